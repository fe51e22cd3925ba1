//! Crashes and a second copy: what kill -9 and a panic leave, and the lock.

use super::*;

/// Five contributions, typed with Tab between groups and PageDown once; every one is
/// on the log (so committed) before kill -9. Nothing is lost, nothing doubled, and the
/// app comes back on the item it was on.
#[test]
fn kill_9_loses_nothing_that_was_shown_as_saved() {
    let fixture = Fixture::new();
    let items = fixture.items();
    let mut tty = fixture.open("first open");
    let first = tty.wait_first_frame();
    assert!(
        first.contains(SKANE),
        "the capture line should start on {SKANE}:\n{first}"
    );

    let typed = [
        ("Mer pengar åt skolan i Ystad", SKANE, 0),
        ("Öppna förskolor 🇸🇪 på kvällen", OREBRO, 0),
        ("Färre möten, mer tid för läxor", SKANE, 0),
        ("Äldrevård nära hemmet", SKANE, 1),
        ("Snö på vägarna i år 🇸🇪 ✓", OREBRO, 1),
    ];
    tty.commit(typed[0].0, SKANE);
    tty.next_group(OREBRO);
    tty.commit(typed[1].0, OREBRO);
    tty.next_group(SKANE);
    tty.commit(typed[2].0, SKANE);
    tty.send(PAGE_DOWN);
    tty.wait_for("the next item's empty log", |s| {
        s.contains("Inga bidrag ännu") && !s.contains(typed[2].0)
    });
    tty.commit(typed[3].0, SKANE);
    tty.next_group(OREBRO);
    tty.commit(typed[4].0, OREBRO);

    let pid = tty.pid();
    assert_eq!(
        fixture.app_pid(),
        pid,
        "the pty's child should be samtal itself (sh execs it)"
    );
    tty.signal(Signal::SIGKILL);
    let finished = tty.finish();
    assert!(
        matches!(finished.status, WaitStatus::Signaled(_, Signal::SIGKILL, _)),
        "samtal should have died of SIGKILL, got {:?}",
        finished.status
    );

    // `samtal list --json` reads snapshot + journal.
    let out = fixture.run(&["list", "--json"]);
    assert_success(&out, "samtal list --json");
    let list: Value = serde_json::from_slice(&out.stdout).expect("list --json prints JSON");
    let entry = list
        .as_array()
        .expect("list --json prints an array")
        .iter()
        .find(|s| s["id"] == fixture.id.as_str())
        .unwrap_or_else(|| panic!("{} is not in {list}", fixture.id));
    assert_eq!(entry["contributions"], 5, "list --json says {entry}");

    // The files: each text exactly once, with its group and item.
    let stored = fixture.stored();
    assert_eq!(stored.len(), 5, "stored after kill -9: {stored:#?}");
    for (text, group, item) in typed {
        let found: Vec<&Stored> = stored.iter().filter(|s| s.text == text).collect();
        assert_eq!(
            found.len(),
            1,
            "{text:?} should be stored once: {stored:#?}"
        );
        let group_id = samtal::session::EventId::origin(if group == SKANE { 1 } else { 2 });
        assert_eq!(
            (found[0].group, found[0].item.as_str()),
            (group_id, items[item].as_str()),
            "{text:?} has the wrong group or item"
        );
    }

    // Reopen: the lock was freed by the kill, and the app is back on the second item.
    let mut tty = fixture.opened("reopen after kill -9");
    let screen = tty.wait_for("the second item's two contributions", |s| {
        s.log_row(typed[3].0).is_some_and(|r| r.contains(SKANE))
            && s.log_row(typed[4].0).is_some_and(|r| r.contains(OREBRO))
    });
    for (text, _, _) in &typed[..3] {
        assert!(
            !screen.contains(text),
            "{text:?} belongs to the first item and should not be shown:\n{screen}"
        );
    }
    tty.quit("Ctrl+Q");
    assert_eq!(
        fixture.stored().len(),
        5,
        "reopening changed the contributions"
    );
}

/// While the app has the session open, `samtal add` saves into it (a writer of its
/// own); the open app shows the line at the latest at the next keystroke, and
/// what the app saves next comes after it.
#[test]
fn add_saves_while_the_app_is_open_and_the_app_shows_it_at_the_next_key() {
    let fixture = Fixture::new();
    let mut tty = fixture.opened("the app, open");
    tty.commit("Appen skrev detta", SKANE);

    let out = fixture.run(&["add", &fixture.id, "Tillagt under tiden"]);
    assert_success(&out, "samtal add while the app has the session open");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.starts_with("saved "), "{stdout:?}");

    // One key (a letter, then its removal) and the line is on the screen.
    tty.send("x");
    tty.send("\x7f");
    tty.wait_for("the added line in the open app", |s| {
        s.log_row("Tillagt under tiden").is_some()
    });
    tty.commit("Appen skrev sedan detta", SKANE);
    tty.quit("Ctrl+Q");
    let texts: Vec<String> = fixture.stored().into_iter().map(|s| s.text).collect();
    assert_eq!(
        texts,
        [
            "Appen skrev detta",
            "Tillagt under tiden",
            "Appen skrev sedan detta"
        ]
    );
}

/// A panic in the middle of the session (the debug-only trigger makes Ctrl+Q panic):
/// the terminal is given back exactly as it was, the panic is reported, and
/// everything saved before it is still there.
#[test]
fn a_panic_gives_the_terminal_back_and_loses_nothing_saved() {
    let fixture = Fixture::new();
    let (mut tty, files) =
        fixture.open_between_stty_with("open, then a panic", &[("SAMTAL_TEST_PANIC_ON_QUIT", "1")]);
    tty.wait_first_frame();
    let text = "Sparat före paniken: åäö 🇸🇪";
    tty.commit(text, SKANE);
    tty.send(CTRL_Q);
    let finished = tty.finish();
    let read = |path: &Path| std::fs::read_to_string(path).unwrap();
    assert_eq!(read(&files.rc).trim(), "101", "a panic exits with 101");
    assert_eq!(
        read(&files.before),
        read(&files.after),
        "stty -g after the panic"
    );
    assert_terminal_given_back(&finished.output, "a panic");
    let output = String::from_utf8_lossy(&finished.output);
    assert!(
        output.contains("SAMTAL_TEST_PANIC_ON_QUIT"),
        "the panic message is shown"
    );
    let texts: Vec<String> = fixture.stored().into_iter().map(|s| s.text).collect();
    assert_eq!(texts, [text], "after the panic");
}
