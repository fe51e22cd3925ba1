"""The file-level measurements of scripts/sync-check (standard library only): segments
appended on one side and watched arriving on the other, the .stignore check, and
comparing the two folder trees.

A segment here has the shape of a session folder's event segment
(`events/<writer 16 hex>.000001.jsonl`, lines `<crc32 8 hex>\\t<json>\\n`, each line
appended and fsync'd), so Syncthing sees the same kind of writes the app makes.
"""

import json
import math
import os
import re
import secrets
import statistics
import time
import zlib
from pathlib import Path

TEMP_NAME = re.compile(r"(^|/)(\.syncthing\..*\.tmp|~syncthing~.*)$")
IGNORED_SAMPLES = (".samtal-local/cache.json", "draft.txt", "x.lock", "events/scratch.tmp")
SYNCTHING_OWN = {".stfolder", ".stignore", ".stversions"}


class Segment:
    """One writer's append-only segment file in `folder`/events/."""

    def __init__(self, folder, label):
        self.writer = secrets.token_hex(8)
        self.relative = f"events/{self.writer}.000001.jsonl"
        self.path = Path(folder) / self.relative
        self.label = label
        self.count = 0
        self.path.parent.mkdir(parents=True, exist_ok=True)

    def append(self):
        """Appends one CRC'd line and fsyncs; returns the file's whole content after."""
        self.count += 1
        stamp = (time.time_ns() // 1_000_000) << 16
        record = {
            "id": f"{stamp:016x}-{self.writer}",
            "event": {"check": "sync", "side": self.label, "n": self.count, "pad": "x" * 120},
        }
        payload = json.dumps(record, separators=(",", ":"))
        line = f"{zlib.crc32(payload.encode()):08x}\t{payload}\n".encode()
        with open(self.path, "ab") as out:
            out.write(line)
            out.flush()
            os.fsync(out.fileno())
        return self.path.read_bytes()


def wait_for_content(path, expected, timeout, existed=False, poll=0.005):
    """Polls `path` until it holds exactly `expected`. Returns (arrival time or None,
    views): views counts what was seen on the way: 'old' (an earlier complete state),
    'partial' (a prefix that ends inside a line), 'foreign' (not a prefix at all) and
    'missing' (no file, where one `existed` before: replaced by delete, then rename)."""
    views = {"old": 0, "partial": 0, "foreign": 0, "missing": 0}
    deadline = time.perf_counter() + timeout
    last = None
    while time.perf_counter() < deadline:
        try:
            content = path.read_bytes()
        except FileNotFoundError:
            content = None
        now = time.perf_counter()
        if content == expected:
            return now, views
        if content != last:
            if content is None:
                views["missing" if existed else "old"] += 1
            elif not expected.startswith(content):
                views["foreign"] += 1
            elif content and not content.endswith(b"\n"):
                views["partial"] += 1
            else:
                views["old"] += 1
            last = content
        time.sleep(poll)
    return None, views


def how_it_landed(changes, relative):
    """'rename' when the receiving side's file was replaced by a rename onto its name,
    'delete, then rename' when the old file was removed first (so for a moment there
    was no file of that name), 'in place' when it was written where it is, '?' when
    inotify saw none of these."""
    renamed = any(c.path == relative and "moved_to" in c.kinds for c in changes)
    deleted = any(c.path == relative and "delete" in c.kinds for c in changes)
    written = any(c.path == relative and "modify" in c.kinds for c in changes)
    if renamed:
        return "delete, then rename" if deleted else "rename"
    return "in place" if written else "?"


def absent_for(changes, relative):
    """Seconds between the receiving side's delete of `relative` and the rename onto
    it, as the inotify reader saw them (events read in one batch give 0)."""
    deleted = [c.at for c in changes if c.path == relative and "delete" in c.kinds]
    renamed = [c.at for c in changes if c.path == relative and "moved_to" in c.kinds]
    if not deleted or not renamed:
        return None
    return max(0.0, renamed[-1] - deleted[-1])


def measure_appends(segment, receiving_folder, receiving_log, appends, timeout, pause):
    """Appends `appends` lines one at a time; after each waits until the other side
    holds the whole file. Latency = fsync returned → the complete content readable."""
    target = Path(receiving_folder) / segment.relative
    latencies, landings, failures, second_landing, gaps = [], {}, [], [], []
    views_total = {"old": 0, "partial": 0, "foreign": 0, "missing": 0}
    for _ in range(appends):
        expected = segment.append()
        written = time.perf_counter()
        arrived, views = wait_for_content(target, expected, timeout, existed=segment.count > 1)
        for key, value in views.items():
            views_total[key] += value
        if arrived is None:
            failures.append(f"line {segment.count} not complete on the other side in {timeout} s")
            break
        latencies.append(arrived - written)
        time.sleep(0.05)  # let the rename's inotify event reach the log
        changes = receiving_log.between(written, arrived + 0.05)
        mode = how_it_landed(changes, segment.relative)
        landings[mode] = landings.get(mode, 0) + 1
        gap = absent_for(changes, segment.relative)
        if gap is not None:
            gaps.append(gap)
        if segment.count == 2:  # the first append to a file that is already there
            second_landing = [f"{c.path} {'|'.join(c.kinds)}" for c in changes]
        time.sleep(pause)
    return {
        "file": segment.relative,
        "appends": segment.count,
        "arrived": len(latencies),
        "latency_s": summary(latencies),
        "landed_by": landings,
        "second_landing_seen_by_inotify": second_landing,
        "absent_between_delete_and_rename_s": summary(gaps, digits=6),
        "seen_on_the_way": views_total,
        "failures": failures,
    }


def measure_burst(segment, receiving_folder, lines, gap, timeout):
    """`lines` appends `gap` seconds apart, then the time from the last fsync until the
    other side holds all of them (the watcher folds a burst into one change)."""
    for _ in range(lines):
        expected = segment.append()
        last = time.perf_counter()
        time.sleep(gap)
    target = Path(receiving_folder) / segment.relative
    arrived, views = wait_for_content(target, expected, timeout)
    return {
        "lines": lines,
        "gap_s": gap,
        "after_last_s": None if arrived is None else round(arrived - last, 3),
        "seen_on_the_way": views,
    }


def check_ignored(folder_a, folder_b, timeout):
    """Writes the local-only samples and then a sentinel on A; once the sentinel is on
    B (so the samples were scanned before it), none of the samples may be on B."""
    for relative in IGNORED_SAMPLES:
        path = Path(folder_a) / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"local only: {relative}\n")
    sentinel = Path(folder_a) / "ignore-sentinel.txt"
    sentinel.write_text("after the local-only files\n")
    arrived, _ = wait_for_content(Path(folder_b) / sentinel.name, sentinel.read_bytes(), timeout)
    leaked = [r for r in IGNORED_SAMPLES if (Path(folder_b) / r).exists()]
    return {
        "samples": list(IGNORED_SAMPLES),
        "sentinel_arrived": arrived is not None,
        "leaked_to_B": leaked,
    }


def synced_tree(folder):
    """{relative path: bytes} of what should be identical on both sides: every file
    except Syncthing's own, the local-only names and temporary files."""
    tree = {}
    root = Path(folder)
    for path in root.rglob("*"):
        relative = path.relative_to(root).as_posix()
        top = relative.split("/")[0]
        if path.is_dir() or top in SYNCTHING_OWN or top == ".samtal-local":
            continue
        if relative in IGNORED_SAMPLES or TEMP_NAME.search(relative):
            continue
        tree[relative] = path.read_bytes()
    return tree


def temp_names(changes):
    """The sync engine's temporary file names seen, in order, each once."""
    seen = []
    for change in changes:
        if TEMP_NAME.search(change.path) and change.path not in seen:
            seen.append(change.path)
    return seen


def percentile(values, fraction):
    """Nearest-rank percentile: the smallest value with at least `fraction` of the
    values at or below it."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def summary(seconds, digits=3):
    if not seconds:
        return None
    return {
        "n": len(seconds),
        "p50": round(statistics.median(seconds), digits),
        "p95": round(percentile(seconds, 0.95), digits),
        "min": round(min(seconds), digits),
        "max": round(max(seconds), digits),
    }
