# e2e_drag.py: real pointer drags for the end-to-end tests: where a widget that the
# accessibility tree names is on the screen, and a press, a path of motions and a
# release there, sent to the X server through XTest.
#
# Copyright 2026 The Circondario authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# GTK 4.8 on X11 reports a widget's extents relative to its window only (it warns
# "Screen coordinates not supported" and gives the same for both kinds), and counts them
# from the window widget, inside the margin that its client-side decorations keep round
# it. The screen position of that origin is read from the X server itself, with libX11
# through ctypes (no package beyond the library that GTK already needs): the top-level
# window that carries the program's _NET_WM_PID, as large as the accessible frame plus
# an even margin. Under gui-session there is no window manager, so every window opens at
# the top left corner and the last one mapped is on top.
#
# The pointer is driven with dogtail.rawinput, which asks the AT-SPI registry to send the
# events with XTest, so GTK sees them as it sees a mouse: a press, motions past the drag
# threshold, a path to the target with pauses for the XDND exchange, and a release.

import ctypes
import ctypes.util
import time

import pyatspi
from dogtail import rawinput
from dogtail.config import config

from e2e_common import wait_for

_Window = ctypes.c_ulong
_Atom = ctypes.c_ulong
_IS_VIEWABLE = 2
_XA_CARDINAL = 6


class _XWindowAttributes(ctypes.Structure):
    _fields_ = [('x', ctypes.c_int), ('y', ctypes.c_int),
                ('width', ctypes.c_int), ('height', ctypes.c_int),
                ('border_width', ctypes.c_int), ('depth', ctypes.c_int),
                ('visual', ctypes.c_void_p), ('root', _Window),
                ('class_', ctypes.c_int), ('bit_gravity', ctypes.c_int),
                ('win_gravity', ctypes.c_int), ('backing_store', ctypes.c_int),
                ('backing_planes', ctypes.c_ulong), ('backing_pixel', ctypes.c_ulong),
                ('save_under', ctypes.c_int), ('colormap', ctypes.c_ulong),
                ('map_installed', ctypes.c_int), ('map_state', ctypes.c_int),
                ('all_event_masks', ctypes.c_long), ('your_event_mask', ctypes.c_long),
                ('do_not_propagate_mask', ctypes.c_long), ('override_redirect', ctypes.c_int),
                ('screen', ctypes.c_void_p)]


# A window may vanish between listing it and reading it (a tooltip, a drag icon):
# Xlib's default handler would end the test for the BadWindow error that follows, so the
# calls are left to fail (they return 0) and the error is ignored.
_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


@_ERROR_HANDLER
def _ignore_x_error(display, event):
    return 0


def _libx11():
    lib = ctypes.CDLL(ctypes.util.find_library('X11') or 'libX11.so.6')
    lib.XOpenDisplay.restype = ctypes.c_void_p
    lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    lib.XDefaultRootWindow.restype = _Window
    lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    lib.XQueryTree.argtypes = [ctypes.c_void_p, _Window, ctypes.POINTER(_Window),
                               ctypes.POINTER(_Window), ctypes.POINTER(ctypes.POINTER(_Window)),
                               ctypes.POINTER(ctypes.c_uint)]
    lib.XFree.argtypes = [ctypes.c_void_p]
    lib.XInternAtom.restype = _Atom
    lib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    lib.XGetWindowProperty.argtypes = [ctypes.c_void_p, _Window, _Atom, ctypes.c_long,
                                       ctypes.c_long, ctypes.c_int, _Atom,
                                       ctypes.POINTER(_Atom), ctypes.POINTER(ctypes.c_int),
                                       ctypes.POINTER(ctypes.c_ulong),
                                       ctypes.POINTER(ctypes.c_ulong),
                                       ctypes.POINTER(ctypes.POINTER(ctypes.c_ubyte))]
    lib.XGetWindowAttributes.argtypes = [ctypes.c_void_p, _Window,
                                         ctypes.POINTER(_XWindowAttributes)]
    lib.XSetErrorHandler.restype = ctypes.c_void_p
    lib.XSetErrorHandler.argtypes = [_ERROR_HANDLER]
    lib.XTranslateCoordinates.argtypes = [ctypes.c_void_p, _Window, _Window, ctypes.c_int,
                                          ctypes.c_int, ctypes.POINTER(ctypes.c_int),
                                          ctypes.POINTER(ctypes.c_int),
                                          ctypes.POINTER(_Window)]
    return lib


_x11 = _libx11()
_x11.XSetErrorHandler(_ignore_x_error)


def _children(display, window):
    root, parent = _Window(), _Window()
    children = ctypes.POINTER(_Window)()
    count = ctypes.c_uint()
    if not _x11.XQueryTree(display, window, ctypes.byref(root), ctypes.byref(parent),
                           ctypes.byref(children), ctypes.byref(count)):
        return []
    found = [children[i] for i in range(count.value)]
    if children:
        _x11.XFree(children)
    return found


def _pid_of(display, window, pid_atom):
    kind, size_format = _Atom(), ctypes.c_int()
    count, remaining = ctypes.c_ulong(), ctypes.c_ulong()
    data = ctypes.POINTER(ctypes.c_ubyte)()
    if _x11.XGetWindowProperty(display, window, pid_atom, 0, 1, 0, _XA_CARDINAL,
                               ctypes.byref(kind), ctypes.byref(size_format),
                               ctypes.byref(count), ctypes.byref(remaining),
                               ctypes.byref(data)) != 0:
        return None
    pid = None
    if data and count.value == 1 and size_format.value == 32:
        # Format 32 comes back as an array of C longs.
        pid = ctypes.cast(data, ctypes.POINTER(ctypes.c_long))[0]
    if data:
        _x11.XFree(data)
    return pid


def x_windows(pid=None):
    """The viewable top-level windows (of process @pid, or of any program that gives its
    _NET_WM_PID), bottom to top, as dicts with the X id, the pid and the window's
    rectangle on the screen."""
    display = _x11.XOpenDisplay(None)
    if not display:
        raise AssertionError('cannot open the X display')
    try:
        root = _x11.XDefaultRootWindow(display)
        pid_atom = _x11.XInternAtom(display, b'_NET_WM_PID', 0)
        found = []
        # Under a reparenting window manager the program's window is a grandchild of the root.
        for top in _children(display, root):
            for window in [top] + _children(display, top):
                attributes = _XWindowAttributes()
                if (not _x11.XGetWindowAttributes(display, window, ctypes.byref(attributes))
                        or attributes.map_state != _IS_VIEWABLE):
                    continue
                owner = _pid_of(display, window, pid_atom)
                if owner is None:
                    continue
                if pid is None or owner == pid:
                    x, y, child = ctypes.c_int(), ctypes.c_int(), _Window()
                    _x11.XTranslateCoordinates(display, window, root, 0, 0, ctypes.byref(x),
                                               ctypes.byref(y), ctypes.byref(child))
                    found.append({'xid': window, 'pid': owner, 'x': x.value, 'y': y.value,
                                  'width': attributes.width, 'height': attributes.height})
                break
        return found
    finally:
        _x11.XCloseDisplay(display)


def top_window_pid():
    """The pid of the program whose window is on top of the others."""
    windows = x_windows()
    return windows[-1]['pid'] if windows else None


def extents(node):
    """@node's rectangle (x, y, width, height) in its window's coordinates."""
    box = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    return (box.x, box.y, box.width, box.height)


class Screen:
    """Turns the window coordinates that GTK reports for the widgets of one window
    (@frame, the accessible of role frame or dialog) into screen coordinates."""

    def __init__(self, pid, frame):
        self.origin = wait_for('the X window of %r' % frame.name,
                               lambda: self._find_origin(pid, frame))
        print('%r: window origin on the screen %r' % (frame.name, self.origin))

    @staticmethod
    def _find_origin(pid, frame):
        _, _, width, height = extents(frame)
        for window in reversed(x_windows(pid)):
            margin_x = window['width'] - width
            margin_y = window['height'] - height
            # The decorations keep the same margin on both sides.
            if margin_x >= 0 and margin_y >= 0 and margin_x % 2 == 0 and margin_y % 2 == 0:
                return (window['x'] + margin_x // 2, window['y'] + margin_y // 2)
        return None

    def point(self, node, fx=0.5, fy=0.5):
        """The screen point at the fractions (@fx, @fy) of @node's width and height."""
        x, y, width, height = extents(node)
        return (self.origin[0] + x + int(width * fx), self.origin[1] + y + int(height * fy))


def drag(start, end, steps=12, hold=0.3, started=None, arrived=None):
    """Presses button 1 at @start, moves past GTK's drag threshold, goes to @end in
    @steps motions and a few small ones there, and releases. Where the test can tell,
    @started waits for the drag to have begun, and @arrived for the source to have
    followed the pointer to the target; @hold more seconds then let the target's XDND
    answer reach the source before the drop."""
    sx, sy = start
    ex, ey = end
    print('drag from %r to %r' % (start, end))
    logging = config.logDebugToStdOut
    config.logDebugToStdOut = False     # one line, not one a motion
    try:
        rawinput.press(sx, sy)
        # Small motions first: GTK starts a drag after 8 pixels (gtk-dnd-drag-threshold).
        direction = -1 if ey < sy else 1
        for offset in (2, 4, 7, 10, 14, 18):
            rawinput.absoluteMotion(sx, sy + direction * offset, mouseDelay=0.03)
        if started is not None:
            started()
        fx, fy = sx, sy + direction * 18
        for i in range(1, steps + 1):
            rawinput.absoluteMotion(int(fx + (ex - fx) * i / steps),
                                    int(fy + (ey - fy) * i / steps), mouseDelay=0.04)
        for dx in (1, -1, 0):
            rawinput.absoluteMotion(ex + dx, ey, mouseDelay=0.1)
        if arrived is not None:
            arrived()
        time.sleep(hold)
        rawinput.release(ex, ey)
    finally:
        config.logDebugToStdOut = logging


class DragWindows:
    """The windows that a GTK program maps while one of its own drags goes on (the
    drag icon, and the window it speaks XDND through): their appearing tells that the
    drag has begun, and the icon's place where the program has followed the pointer to."""

    def __init__(self, pid):
        self.pid = pid
        self.before = {window['xid'] for window in x_windows(pid)}

    def new(self):
        return [window for window in x_windows(self.pid) if window['xid'] not in self.before]

    def wait_begun(self):
        wait_for('the drag to begin', self.new)

    def wait_icon_at(self, point, hotspot=(0, 0)):
        wait_for('the drag icon at %r' % (point,), lambda: any(
            (window['x'] + hotspot[0], window['y'] + hotspot[1]) == tuple(point)
            for window in self.new()))


def wheel_down(point, clicks=1):
    """Turns the mouse wheel down by @clicks notches with the pointer at @point."""
    for _ in range(clicks):
        pyatspi.Registry.generateMouseEvent(point[0], point[1], 'b5c')
        time.sleep(0.05)


def wheel_up(point, clicks=1):
    for _ in range(clicks):
        pyatspi.Registry.generateMouseEvent(point[0], point[1], 'b4c')
        time.sleep(0.05)
