#!/usr/bin/python3
# test_rules_window.py: the Rules view of the real Circondario window, through accessibility.
#
# Copyright 2026 The Circondario authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: gui-session /usr/bin/python3 test_rules_window.py PATH/TO/circondario
# A district of three comuni is made with `circondario-cli import` and opened as
# `circondario FILE` opens it. The test answers the workstation-user question, goes to
# the Rules view and drives it the way an assistive technology would: text set through
# EditableText, actions through the Action interface, comuni chosen through the list's
# Selection interface. (GTK 4.8 entries expose an "activate" action that does nothing,
# so the test relies on the date entry taking a complete date as it is typed.)

import os
import sys
import time

from e2e_common import (answer_actor, check, cli, find, find_app, labels_under, make_workdir,
                        start_app, stop_app, wait_for)

SEATS_LABEL = 'Council seats'
DATE_LINE = 'Rules for the election of Sunday 3 October 2021'

DISTRICT_XML = '''<?xml version="1.0" encoding="UTF-8"?>
<circondario format="1">
  <election first-day="2026-05-24"/>
  <comune name="Olivola" province="AL" region="Piemonte" population="123"
          population-source="Censimento 2011"/>
  <comune name="Benevento" province="BN" region="Campania" population="61489"
          population-source="Censimento 2011" capoluogo="yes"/>
  <comune name="Trieste" province="TS" region="Friuli Venezia Giulia" population="202123"
          population-source="Censimento 2011" capoluogo="yes"/>
</circondario>
'''


def shown_seats(app):
    """The value label of the row named after the council-seats parameter.

    GTK 4.8 reports no "showing" state below the window, so this finds the row
    whether or not its page is the visible one."""
    try:
        row = app.findChild(lambda n: n.roleName == 'list item' and n.name.startswith(SEATS_LABEL),
                            retry=False, requireResult=False, showingOnly=False)
    except Exception:
        return None
    if row is None:
        return None
    values = [text for text in labels_under(row) if text.isdigit()]
    return values[0] if values else None


def main():
    if len(sys.argv) != 2:
        sys.exit('usage: test_rules_window.py PATH/TO/circondario')
    binary = os.path.abspath(sys.argv[1])

    workdir = make_workdir()
    source = os.path.join(workdir, 'district.xml')
    district = os.path.join(workdir, 'district.circondario')
    with open(source, 'w', encoding='utf-8') as f:
        f.write(DISTRICT_XML)
    cli(binary, 'import', source, '-o', district)

    process = start_app(binary, district)
    try:
        app = find_app(process)
        answer_actor(app, 'Maria Rossi')
        wait_for('the district', lambda: 'Benevento' in labels_under(app))
        find(app, 'page tab', 'Rules').doActionNamed('click')

        # The district's own election day is shown first.
        wait_for('the district\'s day',
                 lambda: 'Rules for the election of Sunday 24 May 2026' in labels_under(app))

        # The first voting day of the 2021 autumn round, in the Italian form.
        date = app.child(name='First voting day', roleName='text')
        date.text = '03/10/2021'
        wait_for('the date to be shown', lambda: DATE_LINE in labels_under(app))

        # Benevento (61,489 inhabitants, capoluogo): search, then choose the match.
        search = app.findChild(lambda n: n.roleName == 'entry'
                               and n.name.startswith('Search comuni'))
        search.text = 'bene'
        benevento = app.child(name='Benevento', roleName='list item')
        wait_for('the search to filter the list', lambda: not app.isChild(
            name='Olivola', roleName='list item', showingOnly=False))
        benevento.select()
        wait_for('Benevento', lambda: 'BN, Campania' in labels_under(app))
        check('Benevento council seats', wait_for('seats', lambda: shown_seats(app)), '32')

        # Olivola (123 inhabitants), after clearing the search.
        search.doActionNamed('clear')
        app.child(name='Olivola', roleName='list item').select()
        wait_for('Olivola', lambda: 'AL, Piemonte' in labels_under(app))
        wait_for('Olivola seats', lambda: shown_seats(app) == '10')
        check('Olivola council seats', shown_seats(app), '10')

        # A date that is not a date changes nothing.
        date.text = '31/02/2021'
        time.sleep(1)
        check('seats after an invalid date', shown_seats(app), '10')
        check('date after an invalid date', DATE_LINE in labels_under(app), True)

        # Trieste: Friuli Venezia Giulia has its own electoral law; the page says so.
        app.child(name='Trieste', roleName='list item').select()
        wait_for('the special-statute page',
                 lambda: 'Special-Statute Region' in labels_under(app))
        check('Trieste subtitle', 'TS, Friuli Venezia Giulia' in labels_under(app), True)
        print('ok')
    finally:
        stop_app(process)


if __name__ == '__main__':
    main()
