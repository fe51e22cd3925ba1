"""The app stage of scripts/sync-check: NOT BUILT YET. Each function below names one
step, what it is given and what it must return; each raises NotImplementedError so
that nothing can report a figure that was not measured.

The stage needs session folders that several writers share (each writer appending to
its own segment under events/, docs/session-format.md) and `samtal join`. With those:

    pair = Pair(binary, root, folder_a=A_DATA/"sessions"/ID, folder_b=B_DATA/"sessions"/ID)
    pair.start(stignore=None)                     # syncthing_pair.py; the app writes
                                                  # the folder's .stignore itself
    moderator = run_moderator_side(pair, A_DATA, ID)
    note_taker = run_note_taker_side(pair, B_DATA, ID)
    lines = run_add_loop(B_DATA, ID, count=20)
    latency = screen_latency(moderator, note_taker, lines)
    pair.wait_settled(60)
    report = compare_sides(A_DATA, B_DATA, ID)

Alternatively the whole data dirs can be shared (folder_a=A_DATA, folder_b=B_DATA): the
app writes a .stignore at the data dir root too.
"""


def run_moderator_side(pair, data_dir, session_id):
    """Starts `samtal --data-dir DATA open ID` in a pseudo-terminal on side A
    (ptyrun.Pty), waits for its first frame and returns the Pty, whose `output`
    keeps everything drawn, for screen_latency."""
    raise NotImplementedError("the moderator side needs the multi-writer session folder")


def run_note_taker_side(pair, data_dir, session_id, name="Bord 2"):
    """Starts `samtal --data-dir DATA join ID --as NAME` in a pseudo-terminal on side
    B once the session folder has arrived there (pair.wait_settled), and returns the
    Pty."""
    raise NotImplementedError("`samtal join` does not exist yet")


def run_add_loop(data_dir, session_id, count, gap_s=1.0):
    """Runs `samtal --data-dir DATA add ID …` `count` times on side B, `gap_s` apart,
    each with a unique text; returns [(text, perf_counter when add exited 0)]."""
    raise NotImplementedError("an add on side B must write its own segment first")


def screen_latency(moderator, note_taker, lines):
    """For each (text, written at) the time until `text` is on the other side's
    screen (its Pty output), and the same for lines typed into a Pty; returns the
    per-direction latencies in seconds (p50/p95 via sync_files.summary)."""
    raise NotImplementedError("needs live follow in the app")


def compare_sides(data_a, data_b, session_id):
    """After settling: the events each side holds (counted per writer) and whether
    `samtal export ID --format json` (and md) are byte-identical on both sides."""
    raise NotImplementedError("needs the union of every writer's segments on load")
