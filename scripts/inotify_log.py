"""A record of every name created, written, renamed or removed under a folder tree,
taken with Linux inotify through ctypes (standard library only), for scripts/sync-check.

The sync check needs to know *how* a file lands on the receiving side (written in place,
or a temporary file renamed over it) and which temporary names the sync engine uses.
Those temporary files can live for a millisecond, so polling the folder would miss them;
inotify reports each one.
"""

import ctypes
import os
import select
import struct
import threading
import time
from pathlib import Path

IN_MODIFY = 0x002
IN_CLOSE_WRITE = 0x008
IN_MOVED_FROM = 0x040
IN_MOVED_TO = 0x080
IN_CREATE = 0x100
IN_DELETE = 0x200
IN_ISDIR = 0x40000000
WATCHED = IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_CREATE | IN_DELETE
MASK_NAMES = [
    (IN_CREATE, "create"),
    (IN_MODIFY, "modify"),
    (IN_CLOSE_WRITE, "close_write"),
    (IN_MOVED_FROM, "moved_from"),
    (IN_MOVED_TO, "moved_to"),
    (IN_DELETE, "delete"),
]
HEADER = struct.Struct("iIII")  # wd, mask, cookie, len (struct inotify_event)


class Change:
    """One inotify event: when (perf_counter), the path relative to the root, what."""

    __slots__ = ("at", "path", "kinds", "is_dir")

    def __init__(self, at, path, kinds, is_dir):
        self.at, self.path, self.kinds, self.is_dir = at, path, kinds, is_dir

    def __repr__(self):
        return f"Change({self.at:.3f}, {self.path!r}, {'|'.join(self.kinds)})"


class TreeLog:
    """Watches `root` and every folder below it (also folders made later) from a
    background thread; `changes` grows as events arrive. Call `close()` when done."""

    def __init__(self, root):
        self.root = Path(root)
        self._libc = ctypes.CDLL(None, use_errno=True)
        self._fd = self._libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
        if self._fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1 failed")
        self._dirs = {}
        self._lock = threading.Lock()
        self.changes = []
        self._stop = threading.Event()
        for folder, subfolders, _ in os.walk(self.root):
            self._add_watch(Path(folder))
        self._thread = threading.Thread(target=self._run, name="inotify", daemon=True)
        self._thread.start()

    def _add_watch(self, folder):
        wd = self._libc.inotify_add_watch(self._fd, os.fsencode(folder), WATCHED)
        if wd >= 0:  # a folder removed before we got to it is simply not watched
            self._dirs[wd] = folder

    def _run(self):
        while not self._stop.is_set():
            ready, _, _ = select.select([self._fd], [], [], 0.1)
            if not ready:
                continue
            try:
                data = os.read(self._fd, 1 << 16)
            except BlockingIOError:
                continue
            self._parse(data, time.perf_counter())

    def _parse(self, data, at):
        offset = 0
        while offset + HEADER.size <= len(data):
            wd, mask, _cookie, length = HEADER.unpack_from(data, offset)
            raw = data[offset + HEADER.size : offset + HEADER.size + length]
            offset += HEADER.size + length
            folder = self._dirs.get(wd)
            if folder is None:
                continue
            path = folder / os.fsdecode(raw.rstrip(b"\0"))
            is_dir = bool(mask & IN_ISDIR)
            if is_dir and mask & (IN_CREATE | IN_MOVED_TO):
                self._add_watch(path)
            kinds = [name for bit, name in MASK_NAMES if mask & bit]
            with self._lock:
                self.changes.append(Change(at, str(path.relative_to(self.root)), kinds, is_dir))

    def between(self, start, end):
        """The changes seen with start <= at <= end (perf_counter seconds)."""
        with self._lock:
            return [c for c in self.changes if start <= c.at <= end]

    def close(self):
        self._stop.set()
        self._thread.join(2)
        os.close(self._fd)
