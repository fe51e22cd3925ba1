//! `--poll`: the folder looked at on a timer instead of change notification (network
//! shares where none comes). Another writer's line is still on screen within a
//! second of landing, with no key pressed.

use super::*;

/// `samtal --poll open <id>` in a 100×30 pty, its first frame drawn.
fn opened_polling(fixture: &Fixture) -> Tty {
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(r#"stty cols 100 rows 30 || exit 97; exec "$0" --poll open "$1""#)
        .arg(BIN)
        .arg(&fixture.id);
    let mut tty = Tty::spawn("the app with --poll", cmd, fixture.data.path());
    tty.wait_first_frame();
    tty
}

#[test]
fn with_poll_another_writers_line_is_on_screen_within_a_second() {
    let fixture = Fixture::new();
    let mut tty = opened_polling(&fixture);
    let mut took_all = Vec::new();
    for n in 1..=5 {
        let text = format!("Via nätverksdisken, rad {n}");
        let out = fixture.run(&["add", &fixture.id, &text]);
        assert_success(&out, "samtal add while the app polls");
        let saved = Instant::now();
        tty.wait_for("the other writer's line, with no key pressed", |s| {
            s.log_row(&text).is_some()
        });
        let took = saved.elapsed();
        assert!(took < Duration::from_secs(1), "line {n} took {took:?}");
        eprintln!("with --poll, line {n} on screen {took:?} after add returned");
        took_all.push(took);
    }
    // The looks come four times a second, well before the app's once-a-second one.
    took_all.sort();
    assert!(took_all[2] < Duration::from_millis(500), "{took_all:?}");
    tty.quit("Ctrl+Q");
}
