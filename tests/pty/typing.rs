//! What a moderator types and sees: help, paste, escapes, drafts, resizes.

use super::*;

/// Quitting while the help overlay is open (the one screen that hides the cursor).
#[test]
fn quitting_from_the_help_overlay_leaves_the_cursor_visible() {
    let fixture = Fixture::new();
    let mut tty = fixture.opened("open, quit from help");
    tty.keys_then_screen(&[F1], &["Tangenter"]);
    let finished = tty.quit("Ctrl+Q");
    assert_terminal_given_back(&finished.output, "Ctrl+Q from the help overlay");
}

/// A bracketed paste of two lines is one contribution, its line break a space; the
/// newline inside the paste is not an Enter.
#[test]
fn a_pasted_line_break_becomes_a_space_not_a_commit() {
    let fixture = Fixture::new();
    let mut tty = fixture.opened("open, paste");
    assert!(
        count(&tty.output(), b"\x1b[?2004h") == 1,
        "the app should turn bracketed paste on once before its first frame"
    );
    tty.keys_then_screen(
        &["\x1b[200~rad ett\nrad två\x1b[201~"],
        &["rad ett rad två"],
    );
    tty.send(ENTER);
    tty.wait_for("the pasted text in the log", |s| {
        s.log_row("rad ett rad två").is_some() && s.contains(HINT)
    });
    tty.quit("Ctrl+Q");
    let texts: Vec<String> = fixture.stored().into_iter().map(|s| s.text).collect();
    assert_eq!(texts, ["rad ett rad två"]);
}

/// Escape sequences in contribution text never reach the terminal: `samtal add`
/// drops the ESC, and text that carries one anyway (a session file written by
/// something else) is shown with U+FFFD in its place.
#[test]
fn escape_sequences_in_text_never_reach_the_terminal() {
    let fixture = Fixture::new();
    let out = fixture.run(&["add", &fixture.id, "före \u{1b}[2J efter"]);
    assert_success(&out, "samtal add with an ESC in the text");
    let texts: Vec<String> = fixture.stored().into_iter().map(|s| s.text).collect();
    assert_eq!(
        texts,
        ["före [2J efter"],
        "samtal add should store the text without its control characters"
    );

    // Baseline: how often the app itself clears the screen.
    let mut tty = fixture.opened("open with cleaned text");
    tty.wait_for("the cleaned text in the log", |s| {
        s.log_row("före [2J efter").is_some()
    });
    let baseline = tty.quit("Ctrl+Q");
    let clears = count(&baseline.output, b"\x1b[2J");
    fixture.assert_closed_cleanly("Ctrl+Q");

    // Put raw escapes into a segment of another writer, as another laptop might.
    let mut hostile = complete_events(&fixture.folder)
        .into_iter()
        .find(|e| e["type"] == "contribution_added")
        .expect("the contribution just added");
    // A number, as older files name contributions: read as an origin id.
    hostile["id"] = 2.into();
    hostile["text"] = "rå \u{1b}[2J data \u{1b}]0;titel\u{7}slut".into();
    foreign_segment(&fixture.folder, &[hostile]);

    let mut tty = fixture.opened("open with raw escapes in the file");
    let screen = tty.wait_for("the hostile text in the log", |s| {
        s.log_row("slut").is_some()
    });
    let row = screen.log_row("slut").expect("the hostile row");
    assert!(
        row.contains("rå \u{FFFD}[2J data \u{FFFD}]0;titel\u{FFFD}slut"),
        "control characters should show as U+FFFD: {row:?}"
    );
    let finished = tty.quit("Ctrl+Q");
    assert_eq!(
        count(&finished.output, b"\x1b[2J"),
        clears,
        "the hostile text added screen clears"
    );
    for raw in [&b"\x1b[2J data"[..], b"\x1b]0;titel"] {
        assert_eq!(
            count(&finished.output, raw),
            0,
            "{:?} reached the terminal",
            String::from_utf8_lossy(raw)
        );
    }
}

/// Ctrl+Q with a half-typed line: the line is kept in `draft.txt` beside the session
/// (not in the journal, not a contribution) and is back in the capture line when the
/// session is opened again.
#[test]
fn a_half_typed_line_survives_quitting_and_comes_back() {
    let fixture = Fixture::new();
    let mut tty = fixture.opened("open, type half a line, quit");
    let draft = "Halvskriven rad om Malmö";
    tty.send(draft);
    tty.wait_for("the half-typed line in the capture line", |s| {
        s.contains(draft) && !s.contains(HINT)
    });
    tty.quit("Ctrl+Q with a half-typed line");
    let drafts = fixture.drafts();
    assert_eq!(drafts.len(), 1, "one draft beside the session: {drafts:?}");
    let file = drafts[0].clone();
    let name = file.file_name().unwrap().to_string_lossy().into_owned();
    assert!(name.starts_with("draft-"), "named by the device: {name}");
    let kept = std::fs::read_to_string(&file).expect("the draft beside the session");
    assert_eq!(kept, draft);
    assert!(fixture.stored().is_empty(), "a draft is not a contribution");
    let journal = String::from_utf8_lossy(&segment_bytes(&fixture.folder)).into_owned();
    assert!(!journal.contains("Halvskriven"), "not an event");

    let mut tty = fixture.open("open again after quitting with a draft");
    let screen = tty.wait_for("the draft back in the capture line", |s| {
        s.contains(draft) && s.row(ROWS).is_some_and(|r| r.contains(SAVED))
    });
    assert!(!screen.contains(HINT), "{screen}");
    tty.send(ENTER);
    tty.wait_for("the draft committed", |s| s.log_row(draft).is_some());
    tty.quit("Ctrl+Q after committing the draft");
    assert!(!file.exists(), "nothing half typed: no draft file");
    let texts: Vec<String> = fixture.stored().into_iter().map(|s| s.text).collect();
    assert_eq!(texts, [draft]);
}

/// After the terminal is given back, one line on standard error says where the
/// session is and how to export it.
#[test]
fn quitting_prints_the_session_id_and_the_export_command_after_the_terminal_is_back() {
    let fixture = Fixture::new();
    let tty = fixture.opened("open and quit at once");
    let finished = tty.quit("Ctrl+Q");
    let line = format!(
        "Sparat: {id} · exportera: samtal export {id}",
        id = fixture.id
    );
    let at = rfind(&finished.output, line.as_bytes())
        .unwrap_or_else(|| panic!("no {line:?} in {}", tail(&finished.output)));
    let restored = rfind(&finished.output, b"\x1b[?1049l").expect("the alternate screen left");
    assert!(restored < at, "printed before the terminal was given back");
}

/// Keys typed while the window is below the minimum size are neither saved nor
/// typed; the message gives the minimum; Ctrl+Q still quits.
#[test]
fn below_the_minimum_size_keys_are_not_acted_on() {
    let fixture = Fixture::new();
    let mut tty = fixture.opened("open, shrink, type");
    tty.forget_output();
    tty.resize(60, 20);
    tty.wait_for("the too-small message with the minimum", |s| {
        s.contains("minst 80×24") && s.contains("Ctrl+Q avslutar")
    });
    // Keys are read in order: Ctrl+Q quitting proves that the ones before it were read
    // while the window was too small.
    tty.send("osynligt");
    tty.send(ENTER);
    tty.send(PAGE_DOWN);
    tty.send("halvskrivet");
    tty.quit("Ctrl+Q below the minimum size");
    assert!(fixture.stored().is_empty(), "nothing saved unseen");
    assert_eq!(fixture.snapshot()["session"]["current_item"], "welcome");
    assert!(fixture.drafts().is_empty(), "nothing typed unseen");
}

/// `samtal add ID` at a terminal says what it waits for, on standard error.
#[test]
fn add_at_a_terminal_prints_a_one_line_prompt() {
    let fixture = Fixture::new();
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(r#"stty cols 100 rows 30 || exit 97; exec "$0" add "$1""#)
        .arg(BIN)
        .arg(&fixture.id);
    let mut tty = Tty::spawn("samtal add at a terminal", cmd, fixture.data.path());
    tty.wait_for("the prompt", |s| {
        s.contains("samtal add: ett bidrag per rad, avsluta med Ctrl+D")
    });
    tty.send("Rad från terminalen\r");
    tty.wait_for("saved and an id", |s| s.contains("saved 0"));
    tty.send("\x04");
    assert_exited_0(&tty.finish(), "Ctrl+D");
    let texts: Vec<String> = fixture.stored().into_iter().map(|s| s.text).collect();
    assert_eq!(texts, ["Rad från terminalen"]);
}

/// Fifty rapid resizes between 20×5 and 200×60: samtal keeps running, and after the
/// last one (back to 100×30) the whole screen is drawn right, log included.
#[test]
fn fifty_rapid_resizes_end_in_a_correct_screen() {
    let fixture = Fixture::new();
    let mut tty = fixture.opened("open, resized fifty times");
    tty.commit("Före storleksändringarna: Malmö 🇸🇪", "Region Skåne");
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    for _ in 0..50 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let cols = 20 + (state % 181) as u16;
        let rows = 5 + ((state >> 16) % 56) as u16;
        tty.resize(cols, rows);
        std::thread::sleep(std::time::Duration::from_millis(3));
    }
    tty.resize(20, 5);
    tty.wait_for("the too-small message at 20×5", |s| s.contains("Gör"));
    tty.forget_output();
    tty.resize(COLS as u16, ROWS as u16);
    let screen = tty.wait_for("a whole frame at 100×30 after the resizes", |s| {
        s.contains(HINT)
            && s.row(ROWS).is_some_and(|r| r.contains(SAVED))
            && s.log_row("Före storleksändringarna: Malmö 🇸🇪").is_some()
            && s.row(1).is_some_and(|r| r.contains("Integration"))
    });
    assert!(screen.rows().any(|r| r.contains("Dagordning")), "{screen}");
    assert!(
        tty.poll_status().is_none(),
        "samtal stopped during the resizes"
    );
    let finished = tty.quit("Ctrl+Q after the resizes");
    assert_terminal_given_back(&finished.output, "after the resizes");
}

/// Keys that arrive together with a resize are acted on at once. (crossterm's default
/// event reader is edge-triggered: when it answered the resize first, the keys that
/// came with it stayed unread until the next key, while the loop spun at full CPU.)
#[test]
fn keys_that_arrive_with_a_resize_are_acted_on_at_once() {
    let fixture = Fixture::new();
    let mut tty = fixture.opened("open, keys together with resizes");
    let pid = fixture.app_pid();
    for round in 0..48u16 {
        kill(pid, libc::SIGSTOP);
        let deadline = Instant::now() + TIMEOUT;
        while !is_stopped(pid) {
            assert!(Instant::now() < deadline, "samtal did not stop");
            std::thread::sleep(Duration::from_millis(5));
        }
        // While it is stopped the resize's SIGWINCH waits; SIGCONT delivers it, and
        // the keys follow at once or a moment later.
        tty.resize(COLS as u16 + (round % 2) * 4, ROWS as u16);
        kill(pid, libc::SIGCONT);
        std::thread::sleep(Duration::from_micros(u64::from(round % 24) * 250));
        let word = format!("ord{round}x");
        tty.send(&word);
        tty.wait_for(&format!("{word:?} in the capture line"), |s| {
            s.contains(&word)
        });
        tty.send(ESC);
        tty.wait_for(&format!("{word:?} cleared"), |s| !s.contains(&word));
    }
    tty.quit("Ctrl+Q after the resizes");
}

/// A terminal sends Alt+S as Esc and "s": crossterm reads the pair as one Alt key,
/// which opens the summary editor; Alt+S again saves it in the session.
#[test]
fn alt_s_as_a_terminal_sends_it_opens_and_saves_the_summary() {
    let fixture = Fixture::new();
    let mut tty = fixture.open("open, Alt+S, type, Alt+S");
    tty.wait_first_frame();
    tty.send("\x1bs");
    tty.wait_for("the summary editor", |s| {
        s.contains("Sammanfattning och beslut för punkt")
    });
    tty.send("Kort sammanfattning");
    tty.wait_for("the typed summary", |s| s.contains("Kort sammanfattning"));
    tty.send("\x1bs");
    tty.wait_for("the summary saved", |s| {
        s.contains("Punktens sammanfattning och beslut sparades")
    });
    tty.send(CTRL_Q);
    assert_exited_0(&tty.finish(), "Ctrl+Q after Alt+S");
    // A clean quit folds the journal into the snapshot.
    let notes = fixture.snapshot()["session"]["annotations"]["item_notes"].to_string();
    assert!(
        notes.contains("\"summary\":\"Kort sammanfattning\""),
        "{notes}"
    );
    assert!(
        fixture.stored().is_empty(),
        "the typing was not a contribution"
    );
}
