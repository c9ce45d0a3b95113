#!/usr/bin/python3
# drag_source.py: a small GTK 4 window that files can be dragged from, as from a file
# manager, for the end-to-end tests of dropping files on Circondario.
#
# Copyright 2026 The Circondario authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: drag_source.py FILE...
# Shows one undecorated window, 200 by 120 pixels (so that it has no margin round it),
# filled with a label whose GtkDragSource offers FILE... as a GdkFileList and as
# text/uri-list, with the copy action, as Nautilus does; the drag goes to the other
# program through XDND on X11. What happens is written on standard output, one line
# each, for the test to read: "ready" (the window is drawn), "press", "prepare",
# "begin", "accept ACTION" each time a target takes it, then "end delete=…", after
# "cancel reason=…" when there was no drop.

import sys

import gi

gi.require_version('Gdk', '4.0')
gi.require_version('Gtk', '4.0')
from gi.repository import Gdk, Gio, GLib, GObject, Gtk  # noqa: E402


def say(line):
    print(line, flush=True)


def content_for(paths):
    files = [Gio.File.new_for_path(path) for path in paths]
    value = GObject.Value(Gdk.FileList, Gdk.FileList.new_from_list(files))
    uris = ''.join(f.get_uri() + '\r\n' for f in files).encode('utf-8')
    return Gdk.ContentProvider.new_union([
        Gdk.ContentProvider.new_for_value(value),
        Gdk.ContentProvider.new_for_bytes('text/uri-list', GLib.Bytes.new(uris)),
    ])


def prepare_cb(source, x, y, paths):
    say('prepare')
    return content_for(paths)


def drag_begin_cb(source, drag):
    say('begin')

    # The target has answered the XDND position with the action it takes.
    def selected_action_cb(drag, pspec):
        action = drag.get_selected_action()
        if action:
            say('accept %s' % action.first_value_nick)
    drag.connect('notify::selected-action', selected_action_cb)


def drag_end_cb(source, drag, delete_data):
    say('end delete=%s' % delete_data)


def drag_cancel_cb(source, drag, reason):
    say('cancel reason=%s' % reason.value_nick)
    return False


def ready_cb():
    say('ready')
    return GLib.SOURCE_REMOVE


def on_activate(app, paths):
    window = Gtk.ApplicationWindow(application=app, title='Drag source', decorated=False,
                                   default_width=200, default_height=120)
    label = Gtk.Label(label='Drag me', hexpand=True, vexpand=True)
    window.set_child(label)

    source = Gtk.DragSource(actions=Gdk.DragAction.COPY)
    source.connect('prepare', prepare_cb, paths)
    source.connect('drag-begin', drag_begin_cb)
    source.connect('drag-end', drag_end_cb)
    source.connect('drag-cancel', drag_cancel_cb)
    label.add_controller(source)

    # Presses too, so that a drag that never starts can be told apart from a press that
    # never came. (Capture phase, on the window, claiming nothing.)
    click = Gtk.GestureClick(propagation_phase=Gtk.PropagationPhase.CAPTURE)
    click.connect('pressed', lambda *args: say('press'))
    window.add_controller(click)

    # Ready once the first frame is on the screen: before that the window may not take
    # the press yet.
    def after_first_paint(clock):
        clock.disconnect_by_func(after_first_paint)
        GLib.idle_add(ready_cb)

    window.connect('map', lambda w: w.get_frame_clock().connect('after-paint',
                                                                 after_first_paint))
    window.present()


def main():
    if len(sys.argv) < 2:
        sys.exit('usage: drag_source.py FILE...')
    paths = sys.argv[1:]
    app = Gtk.Application(application_id='it.circondario.Circondario.DragSource',
                          flags=Gio.ApplicationFlags.NON_UNIQUE)
    app.connect('activate', on_activate, paths)
    return app.run([sys.argv[0]])


if __name__ == '__main__':
    sys.exit(main())
