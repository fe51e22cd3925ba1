"""Running the real samtal binary in a pseudo-terminal, for scripts/first-frame.py,
scripts/first-frame-sizes.py, scripts/idle-cpu.py and scripts/follow-latency.py
(standard library only)."""

import fcntl
import os
import select
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BINARY = ROOT / "target" / "release" / "samtal"
EXAMPLE = ROOT / "sessions" / "2015-11-20-integration-for-tillvaxt"
# The footer's saved marker in Swedish and English: on screen means the first frame
# is complete (the footer is drawn with the rest of the frame, in one write).
SAVED_MARKERS = ("sparat".encode(), "saved".encode())
CTRL_Q = b"\x11"


def session_copy():
    """A temporary data dir holding a copy of the example session; (data dir, id)."""
    data = Path(tempfile.mkdtemp(prefix="samtal-bench-"))
    target = data / "sessions" / EXAMPLE.name
    shutil.copytree(EXAMPLE, target)
    for path in [target, *target.iterdir()]:
        os.chmod(path, 0o700 if path.is_dir() else 0o600)
    return data, EXAMPLE.name


class Pty:
    """`samtal open <id>` on a pty of `columns`×`rows`; output is drained by `read`.
    `extra` goes before the command (`("--poll",)`)."""

    def __init__(self, data_dir, session_id, columns=200, rows=60, binary=BINARY, extra=()):
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        env = dict(os.environ, TERM="xterm-256color", LANG="sv_SE.UTF-8")
        env.pop("LC_ALL", None)
        self.started = time.perf_counter()
        self.process = subprocess.Popen(
            [str(binary), "--data-dir", str(data_dir), "--lang", "sv", *extra, "open", session_id],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            start_new_session=True,
            # Make the pty the controlling terminal, as a terminal emulator does.
            preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0),
        )
        os.close(slave)
        self.output = bytearray()

    def read(self, timeout):
        """Reads what is there within `timeout` seconds; (bytes, time of arrival)."""
        ready, _, _ = select.select([self.master], [], [], max(timeout, 0))
        if not ready:
            return b"", None
        try:
            chunk = os.read(self.master, 65536)
        except OSError:  # EIO: the child is gone
            chunk = b""
        at = time.perf_counter()
        self.output += chunk
        return chunk, at

    def wait_for_first_frame(self, timeout=10.0):
        """Seconds from spawn until the footer's saved marker was on the pty."""
        deadline = self.started + timeout
        while time.perf_counter() < deadline:
            chunk, at = self.read(deadline - time.perf_counter())
            if at is not None and chunk == b"":
                break
            if any(m in self.output for m in SAVED_MARKERS):
                return at - self.started
            if self.process.poll() is not None and not chunk:
                break
        tail = bytes(self.output[-400:]).decode("utf-8", "replace")
        raise RuntimeError(f"no first frame within {timeout} s; output ends with: {tail!r}")

    def cpu_ticks(self):
        """utime + stime of the process, in clock ticks (/proc/<pid>/stat)."""
        stat = Path(f"/proc/{self.process.pid}/stat").read_text()
        fields = stat[stat.rindex(")") + 2 :].split()
        # fields[0] is field 3 (state); utime and stime are fields 14 and 15.
        return int(fields[11]) + int(fields[12])

    def cpu_ns(self):
        """Time on the CPU in nanoseconds (/proc/<pid>/schedstat), finer than ticks."""
        return int(Path(f"/proc/{self.process.pid}/schedstat").read_text().split()[0])

    def context_switches(self):
        """Voluntary context switches so far: about one per wake-up of the loop."""
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("voluntary_ctxt_switches:"):
                return int(line.split()[1])
        return 0

    def quit(self):
        """Ctrl+Q, then wait; SIGTERM if it does not go."""
        try:
            os.write(self.master, CTRL_Q)
        except OSError:
            pass
        deadline = time.perf_counter() + 5
        while self.process.poll() is None and time.perf_counter() < deadline:
            self.read(0.05)
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(5)
        os.close(self.master)
        return self.process.returncode


def first_frame_ms(data_dir, session_id, columns, rows):
    """One start of `samtal open <id>` to its first frame, in ms; a bad exit ends the script."""
    pty = Pty(data_dir, session_id, columns, rows)
    try:
        seconds = pty.wait_for_first_frame()
    finally:
        code = pty.quit()
    if code != 0:
        sys.exit(f"samtal exited with {code}")
    return seconds * 1000
