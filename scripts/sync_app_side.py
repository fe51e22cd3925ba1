"""The app stage of scripts/sync-check (standard library only): samtal itself on both
sides of two Syncthing instances that share one session folder.

    side A (the moderator's laptop)            side B (a note-taker's laptop)
    samtal new --no-tui                        (the folder arrives)
    samtal open ID   in a pty                  samtal join ID --as "Bord 2"   in a pty
    lines typed, PgDn pressed  ─────────────▶  on the note-taker's screen
    on the moderator's screen  ◀─────────────  samtal add ID TEXT, one writer each

Each side has its own data dir and its own state dir (so its own device id, as two
laptops have); Syncthing shares only the session folder, whose .stignore samtal
writes itself. Every latency ends when the text is on the other screen, read from a
terminal rebuilt from the pty's bytes (vt_screen.Screen). Afterwards both apps quit,
the folder settles, and each side's events and exports are compared.
"""

import json
import os
import secrets
import subprocess
import time
from pathlib import Path

import ptyrun
from sync_files import TEMP_NAME, summary, synced_tree
from sync_pty import AppPty, keep_reading, pump, wait_until
from syncthing_pair import Pair, SyncCheckError

# The note-taker's command after `samtal --data-dir B`; {id} is the session id. The one
# place to change it (`["open", "{id}"]` runs the stage with a plain second app).
NOTE_TAKER_ARGS = ("join", "{id}", "--as", "Bord 2")
TITLE = "Synkprov"
GROUPS = ("Region Skåne", "Region Gotland")
PAGE_DOWN, ENTER = b"\x1b[6~", b"\r"
# The footer's save marker: the moderator's first frame is complete.
SAVED = "sparat"


class Side:
    """One laptop: its data dir and its own state dir, hence its own device."""

    def __init__(self, name, root, binary):
        self.name = name
        self.data = Path(root) / f"data-{name.lower()}"
        self.state = Path(root) / f"state-{name.lower()}"
        self.binary = binary
        self.data.mkdir(parents=True, exist_ok=True)
        self.state.mkdir(parents=True, exist_ok=True)

    def env(self):
        env = dict(
            os.environ,
            SAMTAL_STATE_DIR=str(self.state),
            LANG="sv_SE.UTF-8",
            TERM="xterm-256color",
        )
        for name in ("LC_ALL", "LC_MESSAGES", "SAMTAL_DATA_DIR", "COLUMNS", "LINES"):
            env.pop(name, None)
        return env

    def argv(self, args):
        return [str(self.binary), "--data-dir", str(self.data), *args]

    def run(self, args, timeout=60):
        """`samtal --data-dir DATA ARGS…` to its end; the CompletedProcess (bytes)."""
        return subprocess.run(self.argv(args), env=self.env(), capture_output=True, timeout=timeout)

    def start(self, args):
        """`samtal --data-dir DATA ARGS…` without waiting (standard input closed)."""
        return subprocess.Popen(
            self.argv(args),
            env=self.env(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )

    def folder(self, session_id):
        return self.data / "sessions" / session_id


def unique_text(side, n):
    """A short line no screen shows by chance: `A03-9f2c`."""
    return f"{side}{n:02d}-{secrets.token_hex(2)}"


def create_session(side):
    """A new session on side A (`samtal new --no-tui`); its id."""
    groups = [arg for group in GROUPS for arg in ("--group", group)]
    done = side.run(["new", "--no-tui", "--title", TITLE, *groups])
    if done.returncode != 0:
        raise SyncCheckError(f"samtal new failed: {done.stderr.decode(errors='replace')}")
    return done.stdout.decode().split("\t")[0]


def item_titles(side):
    """The built-in agenda's item titles, in Swedish, in order."""
    done = side.run(["agenda", "show"])
    items = json.loads(done.stdout)["items"]
    return [item["title"]["sv"] for item in items]


def run_moderator_side(side, session_id, on_exit):
    """`samtal open ID` on side A in a pty, after its first complete frame."""
    app = AppPty(side, ["open", session_id], "the moderator's app on A")
    on_exit(app.stop)  # at once: an app that never draws must be stopped too
    if wait_until([app], lambda: app.screen.contains(SAVED), 20, [app]) is None:
        raise SyncCheckError(f"no first frame from the moderator's app:\n{app.screen.text()}")
    return app


def wait_arrived(folder_a, folder_b, apps, timeout):
    """Until B holds header.json and every segment A has, each whole; seconds taken."""
    started = time.perf_counter()

    def arrived():
        if not (folder_b / "header.json").is_file():
            return False
        for segment in (folder_a / "events").glob("*.jsonl"):
            there = folder_b / "events" / segment.name
            if not there.is_file() or there.read_bytes() != segment.read_bytes():
                return False
        return True

    if wait_until(apps, arrived, timeout, apps) is None:
        raise SyncCheckError(f"the session folder did not arrive on B within {timeout} s")
    return time.perf_counter() - started


def note_taker_args(session_id):
    return [arg.format(id=session_id) for arg in NOTE_TAKER_ARGS]


def run_note_taker_side(side, session_id, on_exit):
    """The note-taker's app on side B (NOTE_TAKER_ARGS) in a pty, once it shows the
    session's title."""
    app = AppPty(side, note_taker_args(session_id), "the note-taker's app on B")
    on_exit(app.stop)
    if wait_until([app], lambda: app.screen.contains(TITLE), 20, [app]) is None:
        raise SyncCheckError(f"the note-taker's app shows no session:\n{app.screen.text()}")
    return app


def typed_lines(moderator, note_taker, count, timeout, pause):
    """Lines typed on A (text, then Enter): Enter → on the note-taker's screen."""
    apps = (moderator, note_taker)
    latencies, missing = [], []
    for n in range(1, count + 1):
        text = unique_text("A", n)
        moderator.type(text.encode())
        wait_until(apps, lambda: moderator.screen.contains(text), timeout, apps)
        moderator.type(ENTER)
        typed = time.perf_counter()
        arrived = wait_until(apps, lambda: note_taker.screen.contains(text), timeout, apps)
        if arrived is None:
            missing.append(text)
        else:
            latencies.append(arrived - typed)
        keep_reading(apps, pause)
    return {"lines": count, "arrived": len(latencies), "latency_s": summary(latencies),
            "missing": missing}


def run_add(side, session_id, text, apps):
    """One `samtal add` on side B, every screen read meanwhile; when it said saved."""
    process = side.start(["add", session_id, text])
    try:
        while process.poll() is None:
            pump(apps, 0.005)
        saved = time.perf_counter()
        out, err = process.communicate()
    finally:
        if process.poll() is None:  # interrupted meanwhile: it goes too
            process.kill()
            process.wait()
    if process.returncode != 0 or not out.startswith(b"saved "):
        raise SyncCheckError(f"samtal add on B failed ({process.returncode}): {err.decode()}")
    return saved


def add_loop(side, session_id, moderator, note_taker, count, timeout, pause):
    """`samtal add` on B, one writer each: saved → on the moderator's screen (and on
    the note-taker's own, the same laptop)."""
    apps = (moderator, note_taker)
    remote, local, missing = [], [], []
    for n in range(1, count + 1):
        text = unique_text("B", n)
        saved = run_add(side, session_id, text, apps)
        here = wait_until(apps, lambda: note_taker.screen.contains(text), timeout, apps)
        there = wait_until(apps, lambda: moderator.screen.contains(text), timeout, apps)
        if here is not None:
            local.append(here - saved)
        if there is None:
            missing.append(text)
        else:
            remote.append(there - saved)
        keep_reading(apps, pause)
    return {"lines": count, "arrived": len(remote), "latency_s": summary(remote),
            "on_own_screen_s": summary(local), "missing": missing}


def page_downs(moderator, note_taker, titles, pages, timeout, pause):
    """PgDn on A, `pages` times: the key → the next item's title on B's screen (one
    more row holding the title's first 24 characters than before: the sidebar may
    show a short title too)."""
    apps = (moderator, note_taker)
    latencies, missing = [], []
    for title in titles[1 : pages + 1]:
        key = title[:24]
        before = note_taker.screen.rows_with(key)
        moderator.type(PAGE_DOWN)
        pressed = time.perf_counter()
        arrived = wait_until(apps, lambda: note_taker.screen.rows_with(key) > before, timeout,
                             apps)
        if arrived is None:
            missing.append(title)
        else:
            latencies.append(arrived - pressed)
        keep_reading(apps, pause)
    return {"pages": pages, "arrived": len(latencies), "latency_s": summary(latencies),
            "missing": missing}


def events_in(folder):
    """The events a session folder holds: distinct ids, and lines per segment file."""
    ids, files = set(), {}
    for path in sorted((Path(folder) / "events").iterdir()):
        if TEMP_NAME.search(path.name) or not path.is_file():
            continue
        lines = [line for line in path.read_bytes().split(b"\n") if b"\t" in line]
        files[path.name] = len(lines)
        for line in lines:
            ids.add(json.loads(line.split(b"\t", 1)[1])["id"])
    return {"events": len(ids), "files": files}


def compare_sides(side_a, side_b, session_id):
    """After settling: each side's events, and whether `export --format json` and md,
    and the synced files, are byte-identical on both sides."""
    sides = (side_a, side_b)
    result = {"events": {s.name: events_in(s.folder(session_id)) for s in sides}}
    for fmt in ("json", "md"):
        outputs = [s.run(["export", session_id, "--format", fmt, "-o", "-"]) for s in sides]
        result[f"export_{fmt}"] = {
            "identical": outputs[0].stdout == outputs[1].stdout,
            "bytes": [len(o.stdout) for o in outputs],
            "exit_codes": [o.returncode for o in outputs],
        }
    trees = [synced_tree(s.folder(session_id)) for s in sides]
    result["trees"] = {"files": len(trees[0]), "identical": trees[0] == trees[1]}
    return result


def settle_and_compare(pair, side_a, side_b, session_id, watcher_delay_s, tries=3):
    """Waits for the folder to settle (a change made just before is only noticed after
    the watcher delay), then compares; again, a few times, while they differ."""
    for _ in range(tries):
        time.sleep(watcher_delay_s + 1.5)
        pair.wait_settled(60)
        result = compare_sides(side_a, side_b, session_id)
        if all(result[k]["identical"] for k in ("export_json", "export_md", "trees")):
            break
    return result


def run(binary, root, args, on_exit):
    """The whole stage; `on_exit(callable)` registers what must be stopped however the
    check ends. Returns the result (measurements and problems)."""
    samtal = ptyrun.BINARY
    if not samtal.exists():
        raise SyncCheckError(f"{samtal} is missing: run cargo build --release first")
    side_a, side_b = Side("A", root, samtal), Side("B", root, samtal)
    session_id = create_session(side_a)
    pair = Pair(binary, root, folder_a=side_a.folder(session_id),
                folder_b=side_b.folder(session_id), watcher_delay_s=args.watcher_delay)
    on_exit(pair.stop)
    pair.start(timeout=args.connect_timeout, stignore=None)  # samtal writes .stignore
    result = {"session": session_id, "note_taker_args": note_taker_args(session_id),
              "timings": {k: round(v, 3) for k, v in pair.timings.items()}}
    moderator = run_moderator_side(side_a, session_id, on_exit)
    result["timings"]["arrived_on_b_s"] = round(
        wait_arrived(side_a.folder(session_id), side_b.folder(session_id), [moderator],
                     args.file_timeout), 3)
    note_taker = run_note_taker_side(side_b, session_id, on_exit)
    timeout, pause = args.file_timeout, args.pause
    result["typed_a_to_b"] = typed_lines(moderator, note_taker, args.lines, timeout, pause)
    result["added_b_to_a"] = add_loop(side_b, session_id, moderator, note_taker, args.lines,
                                      timeout, pause)
    result["page_down_a_to_b"] = page_downs(moderator, note_taker, item_titles(side_a),
                                            args.pages, timeout, pause)
    result["exit_codes"] = {"moderator": moderator.stop(), "note_taker": note_taker.stop()}
    result.update(settle_and_compare(pair, side_a, side_b, session_id, args.watcher_delay))
    result["folder_errors"] = pair.folder_errors()
    result["problems"] = problems(result)
    return result


def problems(result):
    found = []
    for key in ("typed_a_to_b", "added_b_to_a", "page_down_a_to_b"):
        if result[key]["missing"]:
            found.append(f"{key}: never on the other screen: {result[key]['missing']}")
    for app, code in result["exit_codes"].items():
        if code != 0:
            found.append(f"the {app}'s app exited with {code}")
    events = result["events"]
    if events["A"]["events"] != events["B"]["events"]:
        found.append(f"the sides hold different events: {events}")
    for key in ("export_json", "export_md", "trees"):
        if not result[key]["identical"]:
            found.append(f"{key} differs between the sides: {result[key]}")
    for side, errors in result["folder_errors"].items():
        found += [f"folder error on {side}: {e}" for e in errors]
    return found
