//! The half-typed line on disk while the app runs: what a kill -9 (or a power cut)
//! leaves of it, and that a saved line never comes back as a draft.

use super::*;

/// Longer than the once-a-second tick that writes the draft.
const PAST_A_TICK: Duration = Duration::from_millis(1500);

/// Kills the app in `tty` with SIGKILL, as a power cut would stop it.
fn kill_9(fixture: &Fixture, tty: Tty) {
    assert_eq!(fixture.app_pid(), tty.pid(), "sh execs samtal");
    let mut tty = tty;
    tty.signal(Signal::SIGKILL);
    let finished = tty.finish();
    assert!(
        matches!(finished.status, WaitStatus::Signaled(_, Signal::SIGKILL, _)),
        "samtal should have died of SIGKILL, got {:?}",
        finished.status
    );
}

#[test]
fn a_half_typed_line_survives_kill_9_and_comes_back() {
    let fixture = Fixture::new();
    let mut tty = fixture.opened("open, type half a line");
    let draft = "Halvskriven mening om Gävle och Växjö";
    tty.send(draft);
    tty.wait_for("the half-typed line in the capture line", |s| {
        s.contains(draft) && !s.contains(HINT)
    });
    std::thread::sleep(PAST_A_TICK);
    kill_9(&fixture, tty);
    assert!(fixture.stored().is_empty(), "a draft is not a contribution");

    let mut tty = fixture.open("open again after kill -9");
    let screen = tty.wait_for("the draft back in the capture line", |s| {
        s.contains(draft) && s.row(ROWS).is_some_and(|r| r.contains(SAVED))
    });
    assert!(!screen.contains(HINT), "{screen}");
    assert!(screen.log_row(draft).is_none(), "not on the log:\n{screen}");
    // Killed again, without a keystroke: the line taken back is on disk again.
    std::thread::sleep(PAST_A_TICK);
    kill_9(&fixture, tty);
    let mut tty = fixture.open("open after a second kill -9");
    tty.wait_for("the draft back once more", |s| s.contains(draft));
    tty.send(ENTER);
    tty.wait_for("the draft committed", |s| s.log_row(draft).is_some());
    tty.quit("Ctrl+Q after committing the draft");
    let texts: Vec<String> = fixture.stored().into_iter().map(|s| s.text).collect();
    assert_eq!(texts, [draft]);
    assert!(fixture.drafts().is_empty(), "{:?}", fixture.drafts());
}

#[test]
fn a_line_saved_with_enter_then_killed_does_not_come_back_as_a_draft() {
    let fixture = Fixture::new();
    let mut tty = fixture.opened("open, type a line");
    let line = "Sparad rad från Luleå";
    tty.send(line);
    tty.wait_for("the line typed", |s| s.contains(line));
    // The draft is on disk before Enter, so its removal is what is tested.
    std::thread::sleep(PAST_A_TICK);
    assert_eq!(fixture.drafts().len(), 1, "the draft written at the tick");
    tty.send(ENTER);
    tty.wait_for("the line saved", |s| {
        s.log_row(line).is_some() && s.contains(HINT)
    });
    kill_9(&fixture, tty);
    assert!(fixture.drafts().is_empty(), "{:?}", fixture.drafts());

    let mut tty = fixture.open("open again after kill -9");
    let screen = tty.wait_for("the saved line on the log", |s| {
        s.log_row(line).is_some() && s.row(ROWS).is_some_and(|r| r.contains(SAVED))
    });
    assert!(screen.contains(HINT), "an empty capture line:\n{screen}");
    tty.quit("Ctrl+Q");
    let texts: Vec<String> = fixture.stored().into_iter().map(|s| s.text).collect();
    assert_eq!(texts, [line], "saved once");
}

/// `samtal join <id> --as …` in a 100×30 pty, as another device (its own state dir).
fn join(fixture: &Fixture, state: &Path) -> Tty {
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(
            r#"stty cols 100 rows 30 || exit 97
SAMTAL_STATE_DIR="$2" exec "$0" join "$1" --as "Anna Lind""#,
        )
        .arg(BIN)
        .arg(&fixture.id)
        .arg(state);
    Tty::spawn("the note-taker", cmd, fixture.data.path())
}

/// The moderator and a note-taker on one folder, each its own device: each quits
/// with a half line, and each gets its own line back (one `draft.txt` for both let
/// the note-taker's app take the moderator's line on opening).
#[test]
fn two_devices_on_one_folder_each_get_their_own_half_line_back() {
    let fixture = Fixture::new();
    let state = tempfile::tempdir().unwrap();
    let mut moderator = fixture.opened("the moderator");
    moderator.send("Samtalsledarens halva rad");
    moderator.wait_for("the moderator's line", |s| {
        s.contains("Samtalsledarens halva rad")
    });
    moderator.quit("Ctrl+Q on the moderator's app");
    let mut note_taker = join(&fixture, state.path());
    // An empty capture line: not the moderator's draft.
    note_taker.wait_first_frame();
    note_taker.send("Antecknarens halva rad");
    let screen = note_taker.wait_for("the note-taker's line", |s| {
        s.contains("Antecknarens halva rad")
    });
    assert!(!screen.contains("Samtalsledarens"), "{screen}");
    note_taker.quit("Ctrl+Q on the note-taker's app");
    assert_eq!(fixture.drafts().len(), 2, "{:?}", fixture.drafts());

    let mut moderator = fixture.open("the moderator again");
    let screen = moderator.wait_for("the moderator's line back", |s| {
        s.contains("Samtalsledarens halva rad")
    });
    assert!(!screen.contains("Antecknarens"), "{screen}");
    let mut note_taker = join(&fixture, state.path());
    let screen = note_taker.wait_for("the note-taker's line back", |s| {
        s.contains("Antecknarens halva rad")
    });
    assert!(!screen.contains("Samtalsledarens"), "{screen}");
    note_taker.quit("Ctrl+Q on the note-taker's app");
    moderator.quit("Ctrl+Q on the moderator's app");
    assert!(fixture.stored().is_empty(), "drafts are not contributions");
}
