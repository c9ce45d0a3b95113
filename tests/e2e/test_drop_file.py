#!/usr/bin/python3
# test_drop_file.py: files dragged from another program and dropped on the window.
#
# Copyright 2026 The Circondario authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: gui-session /usr/bin/python3 test_drop_file.py PATH/TO/circondario
# A district (tests/core/interchange/fixtures/minimal.xml: Olivola, one list of one
# candidate) is made with `circondario-cli import` and opened as `circondario FILE`
# opens it. Each file is then dragged with real pointer events (XTest, through
# e2e_drag) from drag_source.py, a separate GTK 4 program that offers it as a file
# manager does, and dropped on the window, so the drop goes through the X drag-and-drop
# protocol (XDND) between two programs:
#   1. a dossier (fixtures/dossier-candidacy.xml, a new mayoral candidacy with its list)
#      is imported into the district: its filing is listed;
#   2. with the list of the district's filing shown, a spreadsheet
#      (tests/core/import/fixtures/excel-it-utf8-bom.csv, five candidates) opens the
#      import preview (found as the "Import Candidates" window), whose Import adds them
#      (the table of filings counts six);
#   3. another district file opens in the window in place of the first.
# After the window is closed, `circondario-cli export` must show the dossier's candidacy
# and the list with its candidate followed by the five from the spreadsheet, and
# `circondario-cli verify` must pass.

import os
import queue
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ElementTree

from e2e_common import (answer_actor, check, cli, find, find_app, labels_under, make_workdir, press,
                        screenshot, start_app, stop_app, wait_for)
from e2e_drag import Screen, drag, top_window_pid, x_windows

HERE = os.path.dirname(os.path.abspath(__file__))
INTERCHANGE = os.path.join(HERE, '..', 'core', 'interchange', 'fixtures')
IMPORT = os.path.join(HERE, '..', 'core', 'import', 'fixtures')
DISTRICT_SOURCE = os.path.join(INTERCHANGE, 'minimal.xml')
DOSSIER = os.path.join(INTERCHANGE, 'dossier-candidacy.xml')
OTHER_SOURCE = os.path.join(INTERCHANGE, 'empty-district.xml')
SPREADSHEET = os.path.join(IMPORT, 'excel-it-utf8-bom.csv')

SPREADSHEET_SURNAMES = ['Rossi', "D'Amico", 'Bianchi', 'Müller', 'De Luca']


class DragSource:
    """drag_source.py showing @path, its window on top of the others at the top left
    corner of the screen (there is no window manager to place it)."""

    def __init__(self, path):
        env = dict(os.environ)
        env['GTK_A11Y'] = 'none'            # not on the accessibility bus beside circondario
        env['GSETTINGS_BACKEND'] = 'memory'
        env['G_DEBUG'] = 'fatal-criticals'
        env['GSK_RENDERER'] = 'cairo'        # no shaders to compile before the first frame
        self.process = subprocess.Popen([sys.executable, os.path.join(HERE, 'drag_source.py'),
                                         path],
                                        stdout=subprocess.PIPE, text=True, env=env)
        self.lines = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.expect('ready')
        self.window = wait_for('the drag source window',
                               lambda: (x_windows(self.process.pid) or [None])[-1])
        # The window mapped last is on top, so the press reaches the drag source.
        check('drag source on top', top_window_pid(), self.process.pid)

    def _read(self):
        for line in self.process.stdout:
            self.lines.put(line.strip())
        self.lines.put(None)

    def expect(self, *wanted, timeout=15):
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise AssertionError('the drag source did not say %r' % (wanted,))
            if line is None:
                raise AssertionError('the drag source exited (%s)' % self.process.wait())
            print('drag source: ' + line)
            if line.startswith('cancel'):
                raise AssertionError('the drag was cancelled: ' + line)
            if line.split(' ')[0] in wanted:
                return line

    def centre(self):
        return (self.window['x'] + self.window['width'] // 2,
                self.window['y'] + self.window['height'] // 2)

    def close(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def drop(process, app, path):
    """Drags @path from a new drag source onto the middle of the table of filings (a
    part of the window that takes no drop of its own, so the window's target gets it)."""
    screen = Screen(process.pid, main_window(app))
    target = screen.point(find(app, 'tree table', 'Filings'), fy=0.75)
    source = DragSource(path)
    try:
        drag(source.centre(), target, started=lambda: source.expect('begin'),
             arrived=lambda: source.expect('accept'))
        source.expect('end')
    finally:
        source.close()


def filings_row(app, name):
    """The row of the table of filings that shows the list @name, or None (also while
    the table is being rebuilt)."""
    try:
        table = find(app, 'tree table', 'Filings', retry=False)
        rows = [r for r in table.findChildren(lambda n: n.roleName == 'table row',
                                              showingOnly=False)
                if name in labels_under(r)]
    except Exception:
        return None
    return rows[0] if rows else None


def candidates_shown(app, name):
    """The number of candidates that the table of filings gives for the list @name."""
    row = filings_row(app, name)
    texts = labels_under(row) if row is not None else []
    return texts[-1] if texts else None


def toplevel(app, match):
    """The window of the program whose title is @match (or satisfies it), or None."""
    test = match if callable(match) else (lambda name: name == match)
    try:
        return app.findChild(lambda n: n.roleName in ('frame', 'dialog') and test(n.name),
                             recursive=False, retry=False, requireResult=False)
    except Exception:
        return None


def main_window(app):
    """The district's window, titled "FILE.circondario · HEAD"."""
    return wait_for('the district window',
                    lambda: toplevel(app, lambda name: '.circondario · ' in name))


def main():
    if len(sys.argv) != 2:
        sys.exit('usage: test_drop_file.py PATH/TO/circondario')
    binary = os.path.abspath(sys.argv[1])

    workdir = make_workdir()
    district = os.path.join(workdir, 'olivola.circondario')
    other = os.path.join(workdir, 'other.circondario')
    cli(binary, 'import', DISTRICT_SOURCE, '-o', district)
    cli(binary, 'import', OTHER_SOURCE, '-o', other)

    process = start_app(binary, district)
    try:
        app = find_app(process)
        answer_actor(app, 'Maria Rossi')
        wait_for('the district', lambda: filings_row(app, 'Lista Civica'))

        # 1. A dossier: imported into the district shown.
        drop(process, app, DOSSIER)
        wait_for('the imported filing', lambda: filings_row(app, 'Nuova Olivola'), timeout=20)
        screenshot('e2e-drop-1-dossier.png')

        # 2. A spreadsheet, with a list shown: the import preview opens.
        filings_row(app, 'Lista Civica').select()
        wait_for('the list', lambda: find(app, 'tree table', 'Candidates in list order',
                                          retry=False, requireResult=False))
        drop(process, app, SPREADSHEET)
        preview = wait_for('the import preview', lambda: toplevel(app, 'Import Candidates'),
                           timeout=20)
        wait_for('the spreadsheet rows', lambda: 'Müller' in labels_under(preview))
        screenshot('e2e-drop-2-preview.png')
        press(preview, 'Import')
        wait_for('the preview to close', lambda: toplevel(app, 'Import Candidates') is None)
        wait_for('the imported candidates', lambda: candidates_shown(app, 'Lista Civica') == '6')

        # 3. Another district file: opened in the window.
        drop(process, app, other)
        frame = wait_for('the other district', lambda: toplevel(
            app, lambda name: name.startswith('other.circondario · ')), timeout=20)
        screenshot('e2e-drop-3-other.png')

        find(frame, 'push button', 'Close').doActionNamed('click')
        process.wait(timeout=15)
    except BaseException:
        screenshot('e2e-drop-failure.png')
        raise
    finally:
        stop_app(process)

    tree = ElementTree.fromstring(cli(binary, 'export', district, '-o', '-').stdout)
    lists = {l.get('name'): l for l in tree.iter('list')}
    check('lists', sorted(lists), ['Lista Civica', 'Nuova Olivola'])
    mayors = sorted(m.get('surname') for m in tree.iter('mayor'))
    check('mayoral candidates', mayors, ['Gallo', 'Rossi'])
    check('candidates of Lista Civica',
          [c.get('surname') for c in lists['Lista Civica'].findall('candidate')],
          ['Bianchi'] + SPREADSHEET_SURNAMES)
    print(cli(binary, 'verify', district).stdout)
    print(cli(binary, 'verify', other).stdout)
    print('ok')


if __name__ == '__main__':
    main()
