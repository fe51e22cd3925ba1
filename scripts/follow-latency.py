#!/usr/bin/env python3
"""File landing to frame: how long after another writer's `samtal add` returns its
line is on the open app's screen, with change notification and with `--poll`.

For each mode, the release binary (`samtal open <id>` on a copy of the example
session, 100x30) runs in a pseudo-terminal, untouched. First its CPU time over an
idle window is taken; then, N times, `samtal add` writes one line (its own segment
in events/, fsync'd) and the time from that process's exit to the line's text
arriving on the pty is measured (negative: the line was on screen before `add` had
fsync'd and exited; the exit is seen to within a millisecond). Each line's text is one letter repeated, a
different letter from the line before, so the frame that shows it writes it whole
(a frame diff skips cells that did not change). Prints each latency and, per mode,
p50/p95/max, then a last line
`RESULT notify_p50_ms=.. notify_p95_ms=.. poll_p50_ms=.. poll_p95_ms=..`.

Usage: scripts/follow-latency.py [--lines N] [--idle-seconds S] [--gap S]
Build first: cargo build --release
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ in scripts/
from ptyrun import BINARY, Pty, session_copy  # noqa: E402

LETTERS = "bcdfghjklmnpqrstvwxz"
# The longest a line may take before the run counts it as lost.
GIVE_UP = 5.0
# How often the loop looks whether `add` exited while it reads the pty: the
# resolution of the exit's moment.
POLL_STEP = 0.001


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def add_and_watch(pty, data, session_id, text):
    """`samtal add` of one line, the pty read all the while; (the moment `add` was
    seen to exit, the moment the line's text arrived on the pty). The text may
    arrive first: the app is told of the write before `add` has fsync'd and exited."""
    env = dict(os.environ, LANG="C")
    env.pop("LC_ALL", None)
    needle, since = text.encode(), len(pty.output)
    process = subprocess.Popen(
        [str(BINARY), "--data-dir", str(data), "add", session_id, text],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
    )
    exited = shown = None
    deadline = time.perf_counter() + GIVE_UP
    while (exited is None or shown is None) and time.perf_counter() < deadline:
        _, at = pty.read(POLL_STEP)
        if shown is None and at is not None and needle in pty.output[since:]:
            shown = at
        if exited is None and process.poll() is not None:
            exited = time.perf_counter()
            if process.returncode != 0:
                sys.exit(f"samtal add failed: {process.stderr.read().decode()}")
    if shown is None or exited is None:
        sys.exit(f"the line {text!r} was not on screen within {GIVE_UP} s")
    return exited, shown


def idle_cpu_percent(pty, seconds):
    """The app's share of one CPU while nothing happens, over `seconds`."""
    start, ns0 = time.perf_counter(), pty.cpu_ns()
    while (left := start + seconds - time.perf_counter()) > 0:
        pty.read(left)
    return (pty.cpu_ns() - ns0) / 1e9 / (time.perf_counter() - start) * 100


def measure(mode, lines, idle_seconds, gap):
    extra = ("--poll",) if mode == "poll" else ()
    data, session_id = session_copy()
    try:
        pty = Pty(data, session_id, 100, 30, extra=extra)
        try:
            pty.wait_for_first_frame()
            while pty.read(0.3)[1] is not None:
                pass
            idle = idle_cpu_percent(pty, idle_seconds) if idle_seconds > 0 else None
            latencies = []
            for n in range(lines):
                text = LETTERS[n % len(LETTERS)] * 12
                exited, shown = add_and_watch(pty, data, session_id, text)
                latencies.append((shown - exited) * 1000)
                print(f"{mode} line {n + 1}: {latencies[-1]:.1f} ms", flush=True)
                # Lines apart, as note-takers type them: each lands on a quiet app.
                time.sleep(gap)
        finally:
            pty.quit()
    finally:
        shutil.rmtree(data, ignore_errors=True)
    return latencies, idle


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=20)
    parser.add_argument("--idle-seconds", type=float, default=5.0)
    parser.add_argument("--gap", type=float, default=0.3)
    args = parser.parse_args()
    if not BINARY.exists():
        sys.exit(f"{BINARY} is missing: run cargo build --release first")
    result = []
    for mode in ("notify", "poll"):
        latencies, idle = measure(mode, args.lines, args.idle_seconds, args.gap)
        p50, p95 = percentile(latencies, 0.5), percentile(latencies, 0.95)
        idle_text = f", idle CPU {idle:.2f} %" if idle is not None else ""
        print(
            f"{mode}: p50 {p50:.1f} ms, p95 {p95:.1f} ms, max {max(latencies):.1f} ms, "
            f"mean {statistics.mean(latencies):.1f} ms over {len(latencies)} lines{idle_text}"
        )
        result += [f"{mode}_p50_ms={p50:.1f}", f"{mode}_p95_ms={p95:.1f}"]
    print("RESULT " + " ".join(result))


if __name__ == "__main__":
    main()
