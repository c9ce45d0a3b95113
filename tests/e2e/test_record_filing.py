#!/usr/bin/python3
# test_record_filing.py: a secretary records a filing with three candidates.
#
# Copyright 2026 The Circondario authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: gui-session /usr/bin/python3 test_record_filing.py PATH/TO/circondario
# A fresh district with one comune is made with `circondario-cli import`; the real
# program opens it (as `circondario FILE` does) and is driven through accessibility
# only: the workstation user's name, New Filing, the filing's day and minute, the
# mayoral candidate, the list, three candidates with their documents, and a move of
# the third one up. The window is then closed as a person would, and the district file
# is read back with `circondario-cli export`: the candidates must be there in their
# order with their documents; `circondario-cli verify` must pass, and the journal head
# in the window title must be the file's.

import os
import re
import sys
import time
import xml.etree.ElementTree as ElementTree

from e2e_common import (answer_actor, check, cli, find, find_app, labels_under, make_workdir, press,
                        screenshot, start_app, stop_app, tick, wait_for)

DISTRICT_XML = '''<?xml version="1.0" encoding="UTF-8"?>
<circondario format="1">
  <election first-day="2026-05-24" second-day="2026-05-25"/>
  <comune name="Olivola" province="AL" region="Piemonte" population="123"
          population-source="Censimento 2011"/>
</circondario>
'''

ACCEPTANCE = 'Authenticated acceptance of candidacy, with the declaration under d.lgs. 235/2012'
REGISTRATION = 'Certificate of registration on the electoral roll of a comune'
NO_OTHER = "Mayoral candidate's declaration of no candidacy in another comune"
PROGRAMME = 'Administrative programme'

# Surname, given names, sex, born, birthplace, documents (kind label, incomplete).
CANDIDATES = [
    ('Ferrari', 'Giulia', 'Female', '03/02/1980', 'Alessandria',
     [(ACCEPTANCE, False), (REGISTRATION, False)]),
    ('Gallo', 'Marco', 'Male', '14/07/1975', 'Novi Ligure',
     [(ACCEPTANCE, False), (REGISTRATION, True)]),
    ('Moretti', 'Anna', 'Female', '21/11/1990', 'Tortona',
     [(ACCEPTANCE, False)]),
]


def fill_person(panel, surname, given, sex, born, birthplace):
    find(panel, 'text', 'Surname').text = surname
    find(panel, 'text', 'Given names').text = given
    find(panel, 'push button', sex).doActionNamed('click')
    find(panel, 'text', 'Born').text = born
    find(panel, 'text', 'Birthplace').text = birthplace


def table_surnames(app):
    table = find(app, 'tree table', 'Candidates in list order')
    rows = [n for n in table.findChildren(lambda n: n.roleName == 'table row',
                                          showingOnly=False)]
    surnames = []
    for row in rows:
        texts = labels_under(row)
        # The header row holds the column titles; data rows start with the position.
        if texts and texts[0].isdigit():
            surnames.append(texts[1])
    return surnames


def candidate_rows(app):
    table = find(app, 'tree table', 'Candidates in list order')
    return [row for row in table.findChildren(lambda n: n.roleName == 'table row',
                                              showingOnly=False)
            if labels_under(row) and labels_under(row)[0].isdigit()]


def main():
    if len(sys.argv) != 2:
        sys.exit('usage: test_record_filing.py PATH/TO/circondario')
    binary = os.path.abspath(sys.argv[1])

    workdir = make_workdir()
    source = os.path.join(workdir, 'olivola.xml')
    district = os.path.join(workdir, 'olivola.circondario')
    with open(source, 'w', encoding='utf-8') as f:
        f.write(DISTRICT_XML)
    cli(binary, 'import', source, '-o', district)

    process = start_app(binary, district)
    try:
        app = find_app(process)
        answer_actor(app, 'Maria Rossi')
        wait_for('the district', lambda: 'Olivola' in labels_under(app))

        press(app, 'New Filing')
        mayor = wait_for('the filing form',
                         lambda: find(app, 'panel', 'Mayoral candidate', retry=False,
                                      requireResult=False))
        screenshot('e2e-1-new-filing.png')

        # The papers were handed in on the last morning of the window.
        find(app, 'text', 'Filing day').text = '24/04/2026'
        find(app, 'text', 'Filing minute').text = '10:05'

        fill_person(mayor, 'Bianchi', 'Carla', 'Female', '12/03/1970', 'Alessandria')
        mayor_documents = find(app, 'panel', 'Documents of the mayoral candidate')
        for kind in (ACCEPTANCE, REGISTRATION, NO_OTHER):
            tick(mayor_documents, kind)

        find(app, 'text', 'List name').text = 'Olivola Domani'
        tick(find(app, 'panel', 'Documents of the list'), PROGRAMME)

        form = find(app, 'panel', 'Candidate')
        documents = find(app, 'panel', 'Documents of the candidate')
        for number, (surname, given, sex, born, place, kinds) in enumerate(CANDIDATES, 1):
            fill_person(form, surname, given, sex, born, place)
            for kind, incomplete in kinds:
                tick(documents, kind)
                if incomplete:
                    tick(documents, 'Incomplete: ' + kind)
            press(app, 'Add Candidate')
            wait_for('candidate %d in the table' % number,
                     lambda: len(table_surnames(app)) == number)
        check('candidates in the table', table_surnames(app), ['Ferrari', 'Gallo', 'Moretti'])
        screenshot('e2e-2-three-candidates.png')

        # Moretti goes up one place: choose the row, then Move Candidate Up.
        candidate_rows(app)[2].select()
        wait_for('Moretti chosen', lambda: any(t.startswith('Candidate 3: Moretti Anna')
                                               for t in labels_under(app)))
        press(app, 'Move Candidate Up')
        wait_for('the new order',
                 lambda: table_surnames(app) == ['Ferrari', 'Moretti', 'Gallo'])

        # Every edit is saved a moment after typing stops; the title follows the journal.
        time.sleep(2)
        title = app.findChild(lambda n: n.roleName == 'frame', recursive=False).name
        print('window title: %r' % title)
        match = re.match(r'^olivola\.circondario · ([0-9a-f]{12})$', title)
        if match is None:
            raise AssertionError('the title %r does not show the file and journal head' % title)
        shown_head = match.group(1)
        screenshot('e2e-3-moved.png')

        # Closing the window saves what is pending and unlocks the file.
        frame = app.findChild(lambda n: n.roleName == 'frame', recursive=False)
        find(frame, 'push button', 'Close').doActionNamed('click')
        process.wait(timeout=15)
    except BaseException:
        screenshot('e2e-failure.png')
        raise
    finally:
        stop_app(process)

    exported = cli(binary, 'export', district, '-o', '-').stdout
    tree = ElementTree.fromstring(exported)
    lists = [l for l in tree.iter('list') if l.get('name') == 'Olivola Domani']
    check('lists named Olivola Domani', len(lists), 1)
    the_list = lists[0]
    check('filed', the_list.get('filed'), '2026-04-24T10:05')
    check('recorded at is kept', the_list.get('filed-recorded-at') is not None, True)
    check('list documents', [d.get('kind') for d in the_list.findall('document')], ['programme'])

    mayor = tree.find('.//candidacy/mayor')
    check('mayor', (mayor.get('surname'), mayor.get('given-names'), mayor.get('sex'),
                    mayor.get('born'), mayor.get('birthplace')),
          ('Bianchi', 'Carla', 'F', '1970-03-12', 'Alessandria'))
    check('mayor documents', sorted(d.get('kind') for d in mayor.findall('document')),
          ['acceptance', 'no-other-candidacy', 'registration-certificate'])

    candidates = the_list.findall('candidate')
    check('candidates in order', [(c.get('surname'), c.get('given-names'), c.get('sex'),
                                   c.get('born'), c.get('birthplace')) for c in candidates],
          [('Ferrari', 'Giulia', 'F', '1980-02-03', 'Alessandria'),
           ('Moretti', 'Anna', 'F', '1990-11-21', 'Tortona'),
           ('Gallo', 'Marco', 'M', '1975-07-14', 'Novi Ligure')])

    def documents(candidate):
        return sorted((d.get('kind'), d.get('complete', 'yes')) for d in candidate.findall('document'))

    check('Ferrari documents', documents(candidates[0]),
          [('acceptance', 'yes'), ('registration-certificate', 'yes')])
    check('Moretti documents', documents(candidates[1]), [('acceptance', 'yes')])
    check('Gallo documents', documents(candidates[2]),
          [('acceptance', 'yes'), ('registration-certificate', 'no')])

    verification = cli(binary, 'verify', district).stdout
    print(verification)
    head = re.search(r'head ([0-9a-f]{64})', verification).group(1)
    check('journal head in the title', shown_head, head[:12])
    print('ok')


if __name__ == '__main__':
    main()
