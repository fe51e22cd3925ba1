//! Two laptops on one session folder: the moderator's app (`open`) and a
//! note-taker's (`join`, another device: its own SAMTAL_STATE_DIR). The note-taker's
//! screen follows the moderator's agenda moves, a line lands on the item shown, and
//! the note-taker's app writes nothing about the room's agenda or clock.

use super::*;

/// Each of the moderator's moves is on the note-taker's screen within this.
const FOLLOW_BUDGET: Duration = Duration::from_millis(1000);

/// `samtal join <id> --as … --group …` in a 100×30 pty, as another device.
fn join(fixture: &Fixture, state: &Path) -> Tty {
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(
            r#"stty cols 100 rows 30 || exit 97
SAMTAL_STATE_DIR="$2" exec "$0" join "$1" --as "Anna Lind" --group orebro"#,
        )
        .arg(BIN)
        .arg(&fixture.id)
        .arg(state);
    Tty::spawn("the note-taker", cmd, fixture.data.path())
}

/// The events of each segment file whose events include `marker`.
fn segments_with(folder: &Path, marker: &str) -> Vec<Value> {
    let dir = folder.join("events");
    let mut found = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let events: Vec<Value> = text
            .lines()
            .filter_map(|line| line.split_once('\t'))
            .map(|(_, json)| serde_json::from_str::<Value>(json).unwrap()["event"].clone())
            .collect();
        if events.iter().any(|e| e["type"] == marker) {
            found.extend(events);
        }
    }
    found
}

#[test]
fn a_note_takers_screen_follows_the_moderator_and_a_line_lands_on_the_item_shown() {
    let fixture = Fixture::new();
    let state = tempfile::tempdir().unwrap();
    let items = fixture.items();
    let mut moderator = fixture.opened("the moderator");
    let mut note_taker = join(&fixture, state.path());
    note_taker.wait_first_frame();
    note_taker.wait_for("the pinned group", |s| {
        s.contains("Region Örebro län (fast grupp)")
    });
    for number in 2..=4 {
        moderator.send(PAGE_DOWN);
        let sent = Instant::now();
        let place = format!("Punkt {number} av 10");
        note_taker.wait_for(&format!("{place} on the note-taker's screen"), |s| {
            s.contains(&place)
        });
        let took = sent.elapsed();
        eprintln!(
            "the moderator's move to item {number} on the note-taker's screen after {took:?}"
        );
        assert!(took < FOLLOW_BUDGET, "item {number} took {took:?}");
    }
    let screen = note_taker.commit("Anteckning från bordet", "Region Örebro län");
    assert!(
        !screen.contains("Egen vy"),
        "following, not an own view:\n{screen}"
    );
    moderator.wait_for("the note-taker's line on the moderator's screen", |s| {
        s.log_row("Anteckning från bordet").is_some()
    });

    // The moderator moves on while the note-taker is mid-line: the line stays on
    // item 4 until Enter, and then the view follows to item 5.
    note_taker.send("Halvskriven rad");
    note_taker.wait_for("the draft", |s| s.contains("Halvskriven rad"));
    moderator.send(PAGE_DOWN);
    let screen = note_taker.wait_for("the notice of where the room went", |s| {
        s.contains("Samtalsledaren gick till punkt 5")
    });
    assert!(
        screen.contains("Punkt 4 av 10"),
        "the view stayed:\n{screen}"
    );
    assert!(screen.contains("Enter sparar här"), "{screen}");
    note_taker.send(ENTER);
    note_taker.wait_for("the view on the room's item after Enter", |s| {
        s.contains("Punkt 5 av 10") && !s.contains("Samtalsledaren gick")
    });
    note_taker.quit("Ctrl+Q on the note-taker's app");
    moderator.quit("Ctrl+Q on the moderator's app");

    let stored = fixture.stored();
    let item_of = |text: &str| {
        let found = stored.iter().find(|c| c.text == text);
        found.map(|c| c.item.clone()).unwrap_or_default()
    };
    assert_eq!(item_of("Anteckning från bordet"), items[3]);
    assert_eq!(
        item_of("Halvskriven rad"),
        items[3],
        "saved where it was typed"
    );
    let snapshot = fixture.snapshot();
    assert_eq!(snapshot["session"]["current_item"], items[4]);
    let named = &snapshot["session"]["named_note_takers"];
    assert_eq!(named[0]["name"], "Anna Lind", "{named}");
    let orebro = &snapshot["session"]["groups"][1];
    assert_eq!(orebro["name"], OREBRO);
    let from_table: Vec<&Stored> = stored.iter().filter(|c| c.item == items[3]).collect();
    assert!(
        from_table
            .iter()
            .all(|c| serde_json::to_value(c.group).unwrap() == orebro["id"])
    );
    // Everything the note-taker's app wrote: no agenda move, no clock.
    let written = segments_with(&fixture.folder, "note_taker_named");
    let kinds: Vec<&str> = written.iter().filter_map(|e| e["type"].as_str()).collect();
    assert!(kinds.contains(&"contribution_added"), "{kinds:?}");
    for kind in ["item_entered", "clock_started", "clock_paused"] {
        assert!(
            !kinds.contains(&kind),
            "the note-taker wrote {kind}: {kinds:?}"
        );
    }
}
