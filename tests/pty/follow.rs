//! Another writer's line on screen as it lands, without a key: the app watches the
//! session folder.

use super::*;

/// `samtal add` from another terminal while the app sits untouched: each line is on
/// the app's screen within 300 ms of `add` saying it is saved, the typed draft
/// and the chosen group are as they were, and nothing was pressed.
#[test]
fn another_writers_line_is_on_screen_without_a_key() {
    let fixture = Fixture::new();
    let mut tty = fixture.opened("the app, left alone");
    tty.commit("Appen skrev först", SKANE);
    tty.send("halvskriven rad");
    tty.wait_for("the draft on the capture line", |s| {
        s.contains("halvskriven rad")
    });
    // Three lines, each in well under the once-a-second look the app also makes:
    // without the watch, all three would come in time only by luck (about 1 in 37).
    let mut screen = None;
    for n in 1..=3 {
        let text = format!("Från ett annat bord, rad {n}");
        let out = fixture.run(&["add", &fixture.id, &text]);
        assert_success(&out, "samtal add while the app is open");
        let saved = Instant::now();
        screen = Some(
            tty.wait_for("the other writer's line, with no key pressed", |s| {
                s.log_row(&text).is_some()
            }),
        );
        let took = saved.elapsed();
        assert!(took < Duration::from_millis(300), "line {n} took {took:?}");
        eprintln!("another writer's line {n} on screen {took:?} after add returned");
    }
    let screen = screen.unwrap();
    assert!(screen.contains("halvskriven rad"), "the draft is kept");
    assert!(
        screen.contains(&format!("{SKANE} · {KIND}")),
        "the chosen group is kept"
    );
    tty.quit("Ctrl+Q");
}
