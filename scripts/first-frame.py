#!/usr/bin/env python3
"""Start to first frame: spawn the release binary (`samtal open <id>`) in a
pseudo-terminal and time from the spawn to the first output that holds the footer's
"sparat"/"saved" marker, i.e. a complete first frame on the terminal.

The session is a fresh copy of the example in sessions/ (47 contributions). Each run
quits with Ctrl+Q. Prints one line per run and a last line `RESULT first_frame_ms=<median>`.

Usage: scripts/first-frame.py [--runs N] [--columns C] [--rows R]
Build first: cargo build --release
"""

import argparse
import shutil
import statistics
import sys

sys.dont_write_bytecode = True  # no __pycache__ in scripts/
from ptyrun import BINARY, first_frame_ms, session_copy  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--columns", type=int, default=200)
    parser.add_argument("--rows", type=int, default=60)
    args = parser.parse_args()
    if not BINARY.exists():
        sys.exit(f"{BINARY} is missing: run cargo build --release first")
    data, session_id = session_copy()
    times = []
    try:
        for run in range(args.runs):
            times.append(first_frame_ms(data, session_id, args.columns, args.rows))
            print(f"run {run + 1}: {times[-1]:.1f} ms")
    finally:
        shutil.rmtree(data, ignore_errors=True)
    print(
        f"first frame at {args.columns}x{args.rows}: median {statistics.median(times):.1f} ms, "
        f"min {min(times):.1f} ms, max {max(times):.1f} ms over {len(times)} runs"
    )
    print(f"RESULT first_frame_ms={statistics.median(times):.1f}")


if __name__ == "__main__":
    main()
