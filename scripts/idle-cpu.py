#!/usr/bin/env python3
"""Idle cost: the release binary (`samtal open <id>`, example session) in a
pseudo-terminal, untouched for IDLE_SECONDS (default 60) after its first frame.

Measures, over that window only:
  - CPU time: utime+stime from /proc/<pid>/stat (clock ticks), and the on-CPU time
    from /proc/<pid>/schedstat (nanoseconds) as a finer cross-check;
  - redraws: bursts of output separated by at least 200 ms of silence (the clock
    should give one small frame diff a second), and the bytes written to the pty;
  - wake-ups: voluntary context switches.

Prints a summary and a last line
`RESULT cpu_percent=<p> redraws_per_second=<r> bytes_per_redraw=<b> bytes_per_second=<s>`.

Usage: IDLE_SECONDS=60 scripts/idle-cpu.py [--seconds N] [--columns C] [--rows R]
Build first: cargo build --release
"""

import argparse
import os
import shutil
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ in scripts/
from ptyrun import BINARY, Pty, session_copy  # noqa: E402

QUIET_GAP = 0.2


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=float(os.environ.get("IDLE_SECONDS", 60)))
    parser.add_argument("--columns", type=int, default=200)
    parser.add_argument("--rows", type=int, default=60)
    args = parser.parse_args()
    if not BINARY.exists():
        sys.exit(f"{BINARY} is missing: run cargo build --release first")
    ticks_per_second = os.sysconf("SC_CLK_TCK")
    data, session_id = session_copy()
    try:
        pty = Pty(data, session_id, args.columns, args.rows)
        try:
            pty.wait_for_first_frame()
            # Let the first frame's tail arrive before the window opens.
            while pty.read(QUIET_GAP)[1] is not None:
                pass
            start = time.perf_counter()
            ticks0, ns0, switches0 = pty.cpu_ticks(), pty.cpu_ns(), pty.context_switches()
            bursts = []  # [first arrival, last arrival, bytes]
            total = 0
            while (left := start + args.seconds - time.perf_counter()) > 0:
                chunk, at = pty.read(left)
                if at is None:
                    continue
                if not chunk:
                    sys.exit(f"samtal exited during the idle window ({pty.process.poll()})")
                total += len(chunk)
                if bursts and at - bursts[-1][1] < QUIET_GAP:
                    bursts[-1][1] = at
                    bursts[-1][2] += len(chunk)
                else:
                    bursts.append([at, at, len(chunk)])
            elapsed = time.perf_counter() - start
            ticks = pty.cpu_ticks() - ticks0
            ns = pty.cpu_ns() - ns0
            switches = pty.context_switches() - switches0
        finally:
            code = pty.quit()
        if code != 0:
            sys.exit(f"samtal exited with {code}")
    finally:
        shutil.rmtree(data, ignore_errors=True)

    cpu_seconds = ticks / ticks_per_second
    cpu_percent = 100 * cpu_seconds / elapsed
    redraws = len(bursts)
    sizes = sorted(b[2] for b in bursts)
    print(f"idle window: {elapsed:.1f} s at {args.columns}x{args.rows}")
    print(
        f"CPU (utime+stime): {ticks} ticks = {cpu_seconds * 1000:.0f} ms = {cpu_percent:.3f} % of one core"
        f" (schedstat: {ns / 1e6:.1f} ms = {100 * ns / 1e9 / elapsed:.3f} %)"
    )
    print(f"wake-ups (voluntary context switches): {switches} = {switches / elapsed:.2f}/s")
    print(f"output: {total} bytes = {total / elapsed:.0f} B/s in {redraws} redraws = {redraws / elapsed:.2f}/s")
    if sizes:
        print(
            f"bytes per redraw: min {sizes[0]}, median {sizes[len(sizes) // 2]}, max {sizes[-1]}"
        )
    print(
        f"RESULT cpu_percent={cpu_percent:.3f} redraws_per_second={redraws / elapsed:.2f} "
        f"bytes_per_redraw={(total / redraws if redraws else 0):.0f} "
        f"bytes_per_second={total / elapsed:.0f}"
    )


if __name__ == "__main__":
    main()
