#!/usr/bin/python3
# test_drag_reorder.py: a candidate is moved up the list by dragging their row with the
# mouse.
#
# Copyright 2026 The Circondario authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: gui-session /usr/bin/python3 test_drag_reorder.py PATH/TO/circondario
# A district with one list of four candidates is made with `circondario-cli import` and
# opened as `circondario FILE` opens it. The filing is chosen through accessibility, the
# form is scrolled with the mouse wheel until the table of candidates is on the screen,
# and the drag handle of candidate 3 is dragged onto candidate 1 with real pointer
# events (XTest, through e2e_drag): a press, motions and a release, as a mouse makes
# them. The table must show the new order at once; after the window is closed, the
# district file (`circondario-cli export`) must hold it too, and `circondario-cli
# verify` must pass.

import os
import sys
import time
import xml.etree.ElementTree as ElementTree

from e2e_common import (answer_actor, check, cli, find, find_app, labels_under, make_workdir,
                        screenshot, start_app, stop_app, wait_for)
from e2e_drag import DragWindows, Screen, drag, extents, wheel_down, wheel_up

DISTRICT_XML = '''<?xml version="1.0" encoding="UTF-8"?>
<circondario format="1">
  <election first-day="2026-05-24" second-day="2026-05-25"/>
  <comune name="Olivola" province="AL" region="Piemonte" population="123"
          population-source="Censimento 2011">
    <candidacy id="ol-1">
      <mayor surname="Rossi" given-names="Maria" sex="F" born="1970-05-12" birthplace="Olivola">
        <document kind="acceptance"/>
      </mayor>
      <list id="ol-1-a" name="Lista Civica" filed="2026-04-24T09:12">
        <candidate surname="Bianchi" given-names="Luca" sex="M" born="1980-01-01"
                   birthplace="Napoli"/>
        <candidate surname="Conti" given-names="Sara" sex="F" born="1981-02-02"
                   birthplace="Asti"/>
        <candidate surname="Esposito" given-names="Rita" sex="F" born="1982-03-03"
                   birthplace="Bra"/>
        <candidate surname="Fontana" given-names="Ugo" sex="M" born="1983-04-04"
                   birthplace="Alba"/>
      </list>
    </candidacy>
  </comune>
</circondario>
'''

BEFORE = ['Bianchi', 'Conti', 'Esposito', 'Fontana']
AFTER = ['Esposito', 'Bianchi', 'Conti', 'Fontana']


def data_rows(table):
    """The data rows of a table, in the order shown; [] while it is being rebuilt."""
    try:
        rows = table.findChildren(lambda n: n.roleName == 'table row', showingOnly=False)
        # The header row holds the column titles; the candidates' rows start with the
        # position, the filings' with the day.
        return [row for row in rows if labels_under(row)[:1] and labels_under(row)[0][:1].isdigit()]
    except Exception:
        return []


def surnames(table):
    """The surnames in the candidates table, in the order shown."""
    shown = []
    for row in data_rows(table):
        texts = labels_under(row)
        if len(texts) < 2:
            return []
        shown.append(texts[1])
    return shown


def scroll_pane_of(node):
    """The scrolled form around the candidates table (the second scroll pane up: the
    first is the table's own)."""
    panes = []
    while node is not None and len(panes) < 2:
        node = node.parent
        if node is not None and node.roleName == 'scroll pane':
            panes.append(node)
    return panes[-1]


def handle_of(row):
    """The drag handle (the image in the first cell) of a candidate row."""
    return row.findChild(lambda n: n.roleName == 'image', showingOnly=False)


def settled(what, read, start, quiet=0.4, timeout=10):
    """The value of @read once it differs from @start and has not changed for @quiet
    seconds (the program has taken every event sent so far)."""
    deadline = time.monotonic() + timeout
    last, since = start, time.monotonic()
    while time.monotonic() < deadline:
        value = read()
        if value != last:
            last, since = value, time.monotonic()
        elif value != start and time.monotonic() - since >= quiet:
            return value
        time.sleep(0.1)
    raise AssertionError('timed out waiting for ' + what)


def bring_rows_into_view(table, screen, count):
    """Turns the wheel over the form until the first @count candidate rows are inside
    its visible part. One notch scrolls by a fixed amount, measured on the first one,
    so the rest are sent together."""
    pane = scroll_pane_of(table)
    px, py, _, ph = extents(pane)
    # Over the form's left margin, where no entry or table takes the wheel for itself.
    over_margin = (screen.origin[0] + px + 6, screen.origin[1] + py + ph // 2)
    rows = wait_for('the candidate rows', lambda: data_rows(table)[:count]
                    if len(data_rows(table)) >= count else None)
    notch = None
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        top = extents(rows[0])[1]
        bottom = extents(rows[-1])[1] + extents(rows[-1])[3]
        if top < py + 8:
            distance = top - (py + 8)
        elif bottom > py + ph - 8:
            distance = bottom - (py + ph - 8)
        else:
            return
        clicks = 1 if notch is None else max(1, min(20, int(abs(distance) / notch)))
        (wheel_down if distance > 0 else wheel_up)(over_margin, clicks)
        moved = settled('the form to scroll', lambda: extents(rows[0])[1], top) - top
        notch = abs(moved) / clicks
    raise AssertionError('the candidates table did not scroll into view')


def main():
    if len(sys.argv) != 2:
        sys.exit('usage: test_drag_reorder.py PATH/TO/circondario')
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
        filings = find(app, 'tree table', 'Filings')
        row = wait_for('the filing', lambda: [r for r in data_rows(filings)
                                              if 'Lista Civica' in labels_under(r)])[0]
        row.select()
        table = wait_for('the candidates table', lambda: find(
            app, 'tree table', 'Candidates in list order', retry=False, requireResult=False))
        wait_for('the candidates', lambda: surnames(table) == BEFORE)

        frame = app.findChild(lambda n: n.roleName == 'frame', recursive=False)
        screen = Screen(process.pid, frame)
        bring_rows_into_view(table, screen, 3)
        screenshot('e2e-drag-1-before.png')

        # Candidate 3's drag handle onto candidate 1's row.
        rows = data_rows(table)
        start = screen.point(handle_of(rows[2]))
        end = screen.point(rows[0], fx=0.3)
        # The icon's hot spot is its top left corner (drag_begin_cb).
        windows = DragWindows(process.pid)
        drag(start, end, started=windows.wait_begun, arrived=lambda: windows.wait_icon_at(end))

        wait_for('the new order in the table', lambda: surnames(table) == AFTER, timeout=20)
        check('candidates in the table', surnames(table), AFTER)
        screenshot('e2e-drag-2-after.png')

        # Closing the window saves what is pending and unlocks the file.
        find(frame, 'push button', 'Close').doActionNamed('click')
        process.wait(timeout=15)
    except BaseException:
        screenshot('e2e-drag-failure.png')
        raise
    finally:
        stop_app(process)

    exported = cli(binary, 'export', district, '-o', '-').stdout
    tree = ElementTree.fromstring(exported)
    the_list = [l for l in tree.iter('list') if l.get('name') == 'Lista Civica'][0]
    check('candidates in the file', [c.get('surname') for c in the_list.findall('candidate')],
          AFTER)
    print(cli(binary, 'verify', district).stdout)
    print('ok')


if __name__ == '__main__':
    main()
