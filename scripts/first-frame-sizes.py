#!/usr/bin/env python3
"""First frame of a big session against a small one, side by side: the release binary
(`samtal open <id>`) in a pseudo-terminal, timed from the spawn to the first complete
frame, on a session of 10 contributions and one of 10,000 (every contribution an event
in a writer's segment, none in the header). Each session is opened once first, so
that its local cache (`.samtal-local/cache.bin`) exists, as it does on the laptop that
has been using it; the runs then alternate between the two sizes.

Prints one line per run, the medians, and `RESULT ratio=<big/small>`.

Usage: scripts/first-frame-sizes.py [--runs N] [--sizes 10,10000] [--columns C] [--rows R]
Builds what it needs first (release binary and the generated_session example).
"""

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in scripts/
from ptyrun import ROOT, first_frame_ms  # noqa: E402

EXAMPLE = ROOT / "target" / "release" / "examples" / "generated_session"


def build():
    subprocess.run(
        ["cargo", "build", "--release", "--bin", "samtal", "--example", "generated_session"],
        cwd=ROOT,
        check=True,
    )


def session_of(size):
    data = Path(tempfile.mkdtemp(prefix=f"samtal-ff-{size}-"))
    out = subprocess.run([str(EXAMPLE), str(data), str(size)], check=True, capture_output=True, text=True)
    return data, out.stdout.strip()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--sizes", default="10,10000")
    parser.add_argument("--columns", type=int, default=200)
    parser.add_argument("--rows", type=int, default=60)
    args = parser.parse_args()
    build()
    sizes = [int(s) for s in args.sizes.split(",")]
    sessions = {size: session_of(size) for size in sizes}
    times = {size: [] for size in sizes}
    try:
        for size, (data, sid) in sessions.items():
            first = first_frame_ms(data, sid, args.columns, args.rows)
            cache = data / "sessions" / sid / ".samtal-local" / "cache.bin"
            print(f"{size}: first open (no cache yet) {first:.1f} ms; cache {'made' if cache.exists() else 'MISSING'}")
        for run in range(args.runs):
            for size, (data, sid) in sessions.items():
                times[size].append(first_frame_ms(data, sid, args.columns, args.rows))
                print(f"run {run + 1}, {size}: {times[size][-1]:.1f} ms")
    finally:
        for data, _ in sessions.values():
            shutil.rmtree(data, ignore_errors=True)
    medians = {size: statistics.median(t) for size, t in times.items()}
    for size, t in times.items():
        print(f"{size} contributions: median {medians[size]:.1f} ms, min {min(t):.1f}, max {max(t):.1f} over {len(t)} runs")
    small, big = sizes[0], sizes[-1]
    print(f"RESULT ratio={medians[big] / medians[small]:.2f}")


if __name__ == "__main__":
    main()
