#!/usr/bin/python3
# test_rules_window.py: drives the real Circondario window through accessibility.
#
# Copyright 2026 The Circondario authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: gui-session /usr/bin/python3 test_rules_window.py PATH/TO/circondario
# gui-session provides the display, the session bus and the AT-SPI bus. The app is
# started here with its compiled schema and in-memory settings, found by name with
# dogtail, and driven the way an assistive technology would: text set through
# EditableText, actions through the Action interface, comuni chosen through the
# list's Selection interface. (GTK 4.8 entries expose an "activate" action that does
# nothing, so the test relies on the date entry taking a complete date as it is typed.)
# The app is killed by its process id at the end.

import os
import signal
import subprocess
import sys
import time

from dogtail.config import config

config.logDebugToFile = False
config.searchCutoffCount = 20     # about 10 s of retries per search
config.actionDelay = 0.2
config.defaultDelay = 0.2

from dogtail import predicate     # noqa: E402  (config first, as dogtail expects)
from dogtail.tree import root     # noqa: E402

SEATS_LABEL = 'Council seats'
DATE_LINE = 'Rules for the election of Sunday 3 October 2021'


def start_app(binary):
    env = dict(os.environ)
    env['GSETTINGS_BACKEND'] = 'memory'
    schema_dir = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(binary))), 'data')
    env.setdefault('GSETTINGS_SCHEMA_DIR', schema_dir)
    # Not the widget tests' GTK_A11Y=test / NO_AT_BRIDGE=1, which hide the app from AT-SPI.
    env.pop('NO_AT_BRIDGE', None)
    env.pop('GTK_A11Y', None)
    # A critical in the program is a bug: make it end the run. (Not for this script:
    # the AT-SPI client library warns about objects that vanish while it reads them.)
    env['G_DEBUG'] = 'fatal-criticals'

    return subprocess.Popen([binary], env=env)


def find_app(process):
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit('circondario exited early with status %d' % process.returncode)
        try:
            return root.application('circondario', retry=False)
        except Exception:
            time.sleep(0.5)
    sys.exit('circondario did not appear on the accessibility bus')


def wait_for(what, condition, timeout=10):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError('timed out waiting for ' + what)


def labels_under(node):
    return [label.name for label in
            node.findChildren(predicate.GenericPredicate(roleName='label'), showingOnly=False)]


def shown_seats(app):
    """The value label of the row named after the council-seats parameter.

    GTK 4.8 reports no "showing" state below the window, so this finds the row
    whether or not its page is the visible one."""
    row = app.findChild(lambda n: n.roleName == 'list item' and n.name.startswith(SEATS_LABEL),
                        retry=False, requireResult=False, showingOnly=False)
    if row is None:
        return None
    values = [text for text in labels_under(row) if text.isdigit()]
    return values[0] if values else None


def check(label, actual, expected):
    print('%s: %r (expected %r)' % (label, actual, expected))
    if actual != expected:
        raise AssertionError('%s is %r, expected %r' % (label, actual, expected))


def main():
    if len(sys.argv) != 2:
        sys.exit('usage: test_rules_window.py PATH/TO/circondario')

    process = start_app(os.path.abspath(sys.argv[1]))
    try:
        app = find_app(process)

        # The first voting day of the 2021 autumn round, in the Italian form.
        date = app.child(name='First voting day', roleName='text')
        date.text = '03/10/2021'
        wait_for('the date to be shown', lambda: DATE_LINE in labels_under(app))

        # Benevento (61,489 inhabitants, capoluogo): search, then choose the match.
        search = app.findChild(lambda n: n.roleName == 'entry' and n.name.startswith('Search'))
        search.text = 'bene'
        benevento = app.child(name='Benevento', roleName='list item')
        wait_for('the search to filter the list', lambda: not app.isChild(
            name='Olivola', roleName='list item', showingOnly=False))
        benevento.select()
        wait_for('Benevento', lambda: 'BN, Campania' in labels_under(app))
        check('Benevento council seats', shown_seats(app), '32')

        # Olivola (123 inhabitants), after clearing the search.
        search.doActionNamed('clear')
        app.child(name='Olivola', roleName='list item').select()
        wait_for('Olivola', lambda: 'AL, Piemonte' in labels_under(app))
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
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


if __name__ == '__main__':
    main()
