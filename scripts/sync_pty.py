"""samtal in pseudo-terminals for the app stage of scripts/sync-check (standard library
only): each app's screen rebuilt as it draws (vt_screen.Screen), and every app read
all the time while the stage waits for a text on one of them.
"""

import fcntl
import os
import select
import signal
import struct
import subprocess
import termios
import time

import ptyrun
from syncthing_pair import SyncCheckError
from vt_screen import Screen

COLUMNS, ROWS = 100, 30


class AppPty(ptyrun.Pty):
    """samtal on a 100×30 pseudo-terminal, its screen rebuilt as it draws. `side`
    gives the command line (`side.argv(args)`) and the environment (`side.env()`)."""

    def __init__(self, side, args, label):
        self.label = label
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))
        self.started = time.perf_counter()
        self.process = subprocess.Popen(
            side.argv(args),
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=side.env(),
            start_new_session=True,
            # The pty as controlling terminal, as a terminal emulator makes it.
            preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0),
        )
        os.close(slave)
        self.output = bytearray()
        self.screen = Screen(COLUMNS, ROWS)
        self.ended = False

    def read(self, timeout):
        chunk, at = super().read(timeout)
        if at is not None and not chunk:
            self.ended = True  # EIO: the app is gone
        self.screen.feed(chunk)
        return chunk, at

    def type(self, data):
        os.write(self.master, data)

    def stop(self):
        """Ctrl+Q and its exit code; SIGKILL for an app that does not go. Once only."""
        if self.master is None:
            return self.process.returncode
        try:
            code = self.quit()
        except subprocess.TimeoutExpired:
            try:
                os.killpg(self.process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass  # gone meanwhile
            code = self.process.wait(5)
            os.close(self.master)
        self.master = None
        return code

    def gone(self):
        """Why waiting for this app is pointless, or None while it runs."""
        if self.process.poll() is None and not self.ended:
            return None
        return (
            f"{self.label} ended (exit {self.process.poll()}); its screen:\n"
            f"{self.screen.text()}"
        )


def pump(apps, timeout):
    """Reads what any app drew within `timeout` s; the time of the last read or None.
    Every app is read all the time, so none ever waits on a full pty."""
    live = [app for app in apps if app.master is not None and not app.ended]
    if not live:
        time.sleep(max(timeout, 0))
        return None
    ready, _, _ = select.select([app.master for app in live], [], [], max(timeout, 0))
    at = None
    for app in live:
        if app.master in ready:
            _, at = app.read(0)
    return at


def wait_until(apps, shown, timeout, watched):
    """Reads every app until `shown()` holds; the time of the read that made it so,
    None after `timeout` s. An app in `watched` that ends stops the check."""
    if shown():
        return time.perf_counter()
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        at = pump(apps, min(0.05, deadline - time.perf_counter()))
        if shown():
            return at or time.perf_counter()
        for app in watched:
            if app.gone():
                raise SyncCheckError(app.gone())
    return None


def keep_reading(apps, seconds):
    """Reads every app for `seconds` (a pause that leaves no pty unread)."""
    wait_until(apps, lambda: False, seconds, apps)
