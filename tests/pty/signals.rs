//! Signals and hang-ups: the terminal is given back and the session kept.

use super::*;

#[derive(Debug, Clone, Copy)]
enum Stop {
    CtrlQ,
    Signal(libc::c_int, &'static str),
}

/// Opens under a shell that records `stty -g` before and after, types one
/// contribution, stops the app as told, and checks that the terminal settings and
/// modes are as before and the contribution is saved.
fn terminal_is_given_back(stop: Stop) {
    let how = match stop {
        Stop::CtrlQ => "Ctrl+Q".to_string(),
        Stop::Signal(_, name) => name.to_string(),
    };
    let fixture = Fixture::new();
    let (mut tty, files) = fixture.open_between_stty(&format!("open, stopped by {how}"));
    tty.wait_first_frame();
    let text = format!("Sparat före {how}: åäö");
    tty.commit(&text, SKANE);
    match stop {
        Stop::CtrlQ => tty.send(CTRL_Q),
        Stop::Signal(signal, _) => {
            let pid = fixture.app_pid();
            assert_ne!(pid, tty.pid(), "the lock should be held by samtal, not sh");
            kill(pid, signal);
        }
    }
    let finished = tty.finish();
    assert!(
        matches!(finished.status, WaitStatus::Exited(_, 0)),
        "the shell around samtal should end normally, got {:?}",
        finished.status
    );
    let read = |path: &Path| {
        std::fs::read_to_string(path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
    };
    assert_eq!(
        read(&files.rc).trim(),
        "0",
        "samtal should exit with 0 after {how}"
    );
    let (before, after) = (read(&files.before), read(&files.after));
    assert!(!before.trim().is_empty(), "stty -g printed nothing");
    assert_eq!(
        before, after,
        "after {how} the terminal settings (stty -g) differ from before samtal started"
    );
    assert_terminal_given_back(&finished.output, &how);
    let texts: Vec<String> = fixture.stored().into_iter().map(|s| s.text).collect();
    assert_eq!(texts, [text], "after {how}");
    fixture.assert_closed_cleanly(&how);
}

#[test]
fn ctrl_q_gives_the_terminal_back() {
    terminal_is_given_back(Stop::CtrlQ);
}

#[test]
fn sigterm_gives_the_terminal_back_and_keeps_the_session() {
    terminal_is_given_back(Stop::Signal(libc::SIGTERM, "SIGTERM"));
}

#[test]
fn sighup_gives_the_terminal_back_and_keeps_the_session() {
    terminal_is_given_back(Stop::Signal(libc::SIGHUP, "SIGHUP"));
}

#[test]
fn sigquit_gives_the_terminal_back_and_keeps_the_session() {
    terminal_is_given_back(Stop::Signal(libc::SIGQUIT, "SIGQUIT"));
}

/// The pty's terminal settings, as the program sees them.
fn local_modes(tty: &Tty) -> libc::tcflag_t {
    // SAFETY: zeroed is a valid termios; tcgetattr fills it from an open descriptor.
    let mut termios: libc::termios = unsafe { std::mem::zeroed() };
    let rc = unsafe { libc::tcgetattr(tty.writer.as_raw_fd(), &mut termios) };
    assert_eq!(rc, 0, "tcgetattr: {}", std::io::Error::last_os_error());
    termios.c_lflag
}

#[test]
fn sigtstp_gives_the_terminal_back_while_stopped_and_sigcont_a_working_app() {
    let fixture = Fixture::new();
    let (mut tty, files) = fixture.open_between_stty("open, SIGTSTP, then SIGCONT");
    tty.wait_first_frame();
    tty.commit("Före pausen", SKANE);
    let pid = fixture.app_pid();
    assert_eq!(
        local_modes(&tty) & libc::ICANON,
        0,
        "raw mode while running"
    );

    kill(pid, libc::SIGTSTP);
    let deadline = Instant::now() + TIMEOUT;
    while !is_stopped(pid) {
        assert!(
            Instant::now() < deadline,
            "samtal did not stop after SIGTSTP"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    // What it wrote before stopping may still be on its way to the reader thread.
    let left = |output: &[u8]| rfind(output, b"\x1b[?1049l") > rfind(output, b"\x1b[?1049h");
    while !left(&tty.output()) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_terminal_given_back(&tty.output(), "SIGTSTP");
    // `stty -g` is iflag:oflag:cflag:lflag:… in hex, as before samtal started.
    let before = std::fs::read_to_string(&files.before).unwrap();
    let lflag = before.split(':').nth(3).unwrap();
    let before_modes = libc::tcflag_t::from_str_radix(lflag, 16).unwrap();
    assert_ne!(before_modes & libc::ICANON, 0);
    assert_eq!(
        local_modes(&tty),
        before_modes,
        "the terminal's modes while stopped"
    );

    tty.forget_output();
    kill(pid, libc::SIGCONT);
    let screen = tty.wait_first_frame();
    assert!(
        screen.log_row("Före pausen").is_some(),
        "redrawn:\n{screen}"
    );
    assert_eq!(local_modes(&tty) & libc::ICANON, 0, "raw mode again");
    tty.commit("Efter pausen", SKANE);
    tty.send(CTRL_Q);
    let finished = tty.finish();
    assert!(matches!(finished.status, WaitStatus::Exited(_, 0)));
    let read = |path: &Path| std::fs::read_to_string(path).unwrap();
    assert_eq!(read(&files.rc).trim(), "0");
    assert_eq!(
        read(&files.before),
        read(&files.after),
        "stty -g after quitting"
    );
    let texts: Vec<String> = fixture.stored().into_iter().map(|s| s.text).collect();
    assert_eq!(texts, ["Före pausen", "Efter pausen"]);
}

/// SIGTERM while the start screen (`samtal` without a command) is up: the same clean
/// way out as in the app.
#[test]
fn sigterm_on_the_start_screen_gives_the_terminal_back() {
    let fixture = Fixture::new();
    let files = fixture.stty_files();
    let pid_file = fixture.path("pid");
    // The inner shell writes its pid, then becomes samtal.
    let cmd = files.around(
        r#"sh -c 'echo $$ > "$0"; exec "$1"' "$5" "$4""#,
        &[BIN.as_ref(), pid_file.as_os_str()],
    );
    let mut tty = Tty::spawn("start screen, SIGTERM", cmd, fixture.data.path());
    tty.wait_for("the start screen", |s| s.contains("välj session"));
    let pid: i32 = std::fs::read_to_string(&pid_file)
        .expect("the pid file")
        .trim()
        .parse()
        .expect("a pid");
    kill(pid, libc::SIGTERM);
    let finished = tty.finish();
    let read = |path: &Path| std::fs::read_to_string(path).expect("a file the shell wrote");
    assert_eq!(
        read(&files.before),
        read(&files.after),
        "SIGTERM on the start screen left the terminal settings changed (exit code {})",
        read(&files.rc).trim()
    );
    assert_terminal_given_back(&finished.output, "SIGTERM on the start screen");
}

/// The terminal window is closed while samtal runs as its session leader (what a
/// terminal emulator or tmux starts): SIGHUP plus a hang-up. The session is saved
/// and closed, and samtal exits normally.
#[test]
fn closing_the_terminal_window_saves_and_exits_normally() {
    let fixture = Fixture::new();
    let mut tty = fixture.opened("open, window closed");
    let text = "Skrivet innan fönstret stängdes";
    tty.commit(text, SKANE);
    let status = tty.hang_up(fixture.app_pid());
    let texts: Vec<String> = fixture.stored().into_iter().map(|s| s.text).collect();
    assert_eq!(texts, [text], "after the hang-up");
    fixture.assert_closed_cleanly("the hang-up");
    assert!(
        matches!(status, WaitStatus::Exited(_, 0)),
        "samtal should exit with 0 when its terminal hangs up, got {status:?}"
    );
}

/// The terminal hangs up but no SIGHUP reaches samtal (the shell that is the session
/// leader ignores it, as under nohup): samtal must notice the hang-up by itself rather
/// than spin on a terminal that reads as end-of-file. Its stderr goes to a file here,
/// so that only the hang-up handling is tested.
#[test]
fn a_hang_up_without_sighup_ends_the_session_cleanly() {
    let fixture = Fixture::new();
    let rc = fixture.path("rc");
    let stderr = fixture.path("stderr");
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(
            r#"trap '' HUP
stty cols 100 rows 30 || exit 97
"$1" open "$2" 2> "$4"
echo $? > "$3""#,
        )
        .arg("sh")
        .arg(BIN)
        .arg(&fixture.id)
        .arg(&rc)
        .arg(&stderr);
    let mut tty = Tty::spawn("open under sh ignoring SIGHUP", cmd, fixture.data.path());
    tty.wait_first_frame();
    let text = "Sparat före avbrottet";
    tty.commit(text, SKANE);
    let status = tty.hang_up(fixture.app_pid());
    assert!(
        matches!(status, WaitStatus::Exited(_, 0)),
        "the shell around samtal should end normally, got {status:?}"
    );
    let code = std::fs::read_to_string(&rc).expect("the shell wrote samtal's exit code");
    assert_eq!(
        code.trim(),
        "0",
        "samtal's exit code after the hang-up; its stderr: {}",
        std::fs::read_to_string(&stderr).unwrap_or_default()
    );
    let texts: Vec<String> = fixture.stored().into_iter().map(|s| s.text).collect();
    assert_eq!(texts, [text], "after the hang-up");
    fixture.assert_closed_cleanly("the hang-up");
}
