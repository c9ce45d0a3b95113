# e2e_common.py: what the end-to-end tests share: starting the program on a district
# file, finding it on the accessibility bus, and finding widgets as a screen reader
# user would, by role and accessible name.
#
# Copyright 2026 The Circondario authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# GTK 4.8 names a button whose label has a mnemonic "_Add Candidate Add Candidate", and
# an entry with a mnemonic label "Surname Surname"; the helpers below accept a name
# that is the wanted one, or begins or ends with it. Check boxes are toggled through
# the "check.toggle" action the program gives them (GTK 4.8 gives them none).

import atexit
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

# The suite's G_DEBUG=fatal-warnings is for the programs under test (circondario-cli;
# start_app sets the program's own). In this script the AT-SPI client library warns
# ("dbind-WARNING … Object does not exist") when an object vanishes while it is read,
# which would end the test now and then. GLib reads G_DEBUG once, when it is loaded (by
# importing gi), so the script's GLib is loaded without it, and the environment that
# the programs inherit is then put back.
_G_DEBUG = os.environ.get('G_DEBUG')
if _G_DEBUG is not None:
    os.environ['G_DEBUG'] = ','.join(flag for flag in _G_DEBUG.split(',')
                                     if flag not in ('fatal-warnings', 'fatal_warnings'))

import gi  # noqa: E402,F401

if _G_DEBUG is not None:
    os.environ['G_DEBUG'] = _G_DEBUG

from dogtail.config import config  # noqa: E402

config.logDebugToFile = False
config.searchCutoffCount = 20     # about 10 s of retries per search
config.actionDelay = 0.2
config.defaultDelay = 0.2

from dogtail.tree import root     # noqa: E402  (config first, as dogtail expects)

CLI_RELATIVE = os.path.join('src', 'cli', 'circondario-cli')


def make_workdir():
    """A folder of the test's own, removed when the test ends (kept when E2E_KEEP is set,
    to look at after a failure)."""
    workdir = tempfile.mkdtemp(prefix='circondario-e2e-')
    if not os.environ.get('E2E_KEEP'):
        atexit.register(shutil.rmtree, workdir, ignore_errors=True)
    return workdir


def build_dir(binary):
    """The build directory of the program (…/src/app/circondario)."""
    return os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(binary))))


def cli(binary, *args, check=True):
    command = [os.path.join(build_dir(binary), CLI_RELATIVE)] + list(args)
    result = subprocess.run(command, capture_output=True, text=True)
    if check and result.returncode != 0:
        raise AssertionError('%s failed (%d): %s%s' % (' '.join(command), result.returncode,
                                                         result.stdout, result.stderr))
    return result


def start_app(binary, *args):
    env = dict(os.environ)
    env['GSETTINGS_BACKEND'] = 'memory'
    env.setdefault('GSETTINGS_SCHEMA_DIR', os.path.join(build_dir(binary), 'data'))
    # Not the widget tests' GTK_A11Y=test / NO_AT_BRIDGE=1, which hide the app from AT-SPI.
    env.pop('NO_AT_BRIDGE', None)
    env.pop('GTK_A11Y', None)
    # Recent files go to a folder of the test's own.
    env.setdefault('XDG_DATA_HOME', os.path.join(os.path.dirname(os.path.abspath(args[0]))
                                                 if args else '/tmp', 'xdg-data'))
    # A critical in the program is a bug: make it end the run. (Not for this script:
    # the AT-SPI client library warns about objects that vanish while it reads them.)
    env['G_DEBUG'] = 'fatal-criticals'
    return subprocess.Popen([binary] + list(args), env=env)


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


def stop_app(process):
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def wait_for(what, condition, timeout=10):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError('timed out waiting for ' + what)


def named(name):
    return lambda n: (n.name == name or n.name.startswith(name + ' ')
                      or n.name.endswith(' ' + name))


def find(node, role, name, **kwargs):
    match = named(name)
    return node.findChild(lambda n: n.roleName == role and match(n), showingOnly=False,
                          **kwargs)


def press(node, name):
    find(node, 'push button', name).doActionNamed('click')


def type_into(node, name, text):
    find(node, 'text', name).text = text


def tick(node, name):
    find(node, 'check box', name).doActionNamed('check.toggle')


def labels_under(node):
    """The texts of the labels below @node; [] while the window is rebuilding them
    (a label that vanishes while it is read raises)."""
    try:
        return [n.name for n in node.findChildren(lambda n: n.roleName == 'label',
                                                  showingOnly=False)]
    except Exception:
        return []


def answer_actor(app, name):
    """The first time, the program asks who works at the workstation."""
    find(app, 'text', 'Your name').text = name
    press(app, 'Continue')


def check(label, actual, expected):
    print('%s: %r (expected %r)' % (label, actual, expected))
    if actual != expected:
        raise AssertionError('%s is %r, expected %r' % (label, actual, expected))


def screenshot(path):
    """With CIRCONDARIO_SCREENSHOTS=DIR, saves the screen as DIR/path (for reviewing)."""
    folder = os.environ.get('CIRCONDARIO_SCREENSHOTS')
    if folder:
        subprocess.run(['import', '-window', 'root', os.path.join(folder, path)], check=False)
