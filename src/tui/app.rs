//! The loop only: poll → keymap → update → effects → draw if something changed.
//! It wakes once a second for the clock and otherwise sleeps in `poll(2)` (see
//! `wait.rs`); a hung-up terminal or SIGTERM/SIGHUP ends it cleanly.

use super::action::Action;
use super::keymap::{self, Input};
use super::model::Model;
use super::seat::Seat;
use super::update::{Effect, open_session, update};
use super::view;
use crate::i18n::Lang;
use crate::session::{Session, Timestamp};
use crate::store::{Recovery, Store};
use crate::terminal::TerminalGuard;
use crate::terminal::doorbell::Doorbell;
use crate::terminal::wait::{TtyWatch, Wake};
use crate::watch::FolderWatch;
use ratatui::crossterm::event::{self, Event as TermEvent};
use std::io::{self, Write};
use std::path::Path;
use std::time::Duration;

pub use super::runner::Runner;
pub use crate::clock::now;

/// "Sparat: 2026-11-30-forum · exportera: samtal export 2026-11-30-forum"; the
/// command names the folder instead when the id alone would not find it (a session
/// opened by its path, or kept in another data dir than the one `samtal` looks in).
pub fn where_saved(lang: Lang, id: &str, dir: &Path) -> String {
    let w = crate::i18n::words(lang);
    // Where `samtal export ID` would look: SAMTAL_DATA_DIR, or the platform's folder.
    let data_dir = std::env::var_os("SAMTAL_DATA_DIR")
        .map(std::path::PathBuf::from)
        .or_else(|| crate::store::paths::data_dir(None));
    format!(
        "{}: {id} · {}: samtal export {}",
        w.quit_saved,
        w.quit_export,
        export_argument(id, dir, data_dir.as_deref())
    )
}

fn export_argument(id: &str, dir: &Path, data_dir: Option<&Path>) -> String {
    let same = |a: &Path, b: &Path| match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    };
    if data_dir.is_some_and(|d| same(&crate::store::paths::sessions_dir(d).join(id), dir)) {
        return id.to_string();
    }
    let path = dir.display().to_string();
    let plain = |c: char| c.is_ascii_alphanumeric() || "/._-+:,".contains(c);
    if path.chars().all(plain) {
        path
    } else {
        format!("'{}'", path.replace('\'', "'\\''"))
    }
}

/// A test-only trigger, compiled into debug builds alone: with `SAMTAL_TEST_PANIC_ON_QUIT`
/// set, Ctrl+Q panics instead of quitting, so that tests can check that a panic gives
/// the terminal back and loses nothing saved.
fn panic_if_asked(action: &Action) {
    #[cfg(debug_assertions)]
    if *action == Action::Quit && std::env::var_os("SAMTAL_TEST_PANIC_ON_QUIT").is_some() {
        panic!("the panic asked for by SAMTAL_TEST_PANIC_ON_QUIT");
    }
    #[cfg(not(debug_assertions))]
    let _ = action;
}

/// How long crossterm may look for more input once the loop knows the terminal is
/// ready. Its poll(2) reader does not look at all with a zero timeout, so this is
/// the smallest wait that reads what is there; it ends at once when input is there.
const DRAIN_WAIT: Duration = Duration::from_millis(1);

/// Every key and paste that is there already (waiting at most `DRAIN_WAIT` for none);
/// and whether the terminal was resized. Each key is looked up when its turn comes,
/// in the table of the mode the keys before it left.
pub fn pending_input() -> io::Result<(Vec<Input>, bool)> {
    let mut input = Vec::new();
    let mut resized = false;
    while event::poll(DRAIN_WAIT)? {
        match event::read()? {
            TermEvent::Key(key) => input.push(Input::Key(key)),
            TermEvent::Paste(text) => input.push(Input::Paste(text)),
            TermEvent::Resize(..) => resized = true,
            _ => {}
        }
    }
    Ok((input, resized))
}

pub fn run(
    guard: TerminalGuard,
    store: Store,
    session: Session,
    lang: Lang,
    recovery: Recovery,
) -> io::Result<()> {
    run_seated(guard, store, session, lang, recovery, Seat::default())
}

/// `run` for a note-taker's `seat` (`samtal join`): following the moderator, with
/// the pinned group chosen.
pub fn run_seated(
    mut guard: TerminalGuard,
    store: Store,
    session: Session,
    lang: Lang,
    recovery: Recovery,
    seat: Seat,
) -> io::Result<()> {
    let mut model = Model::new(session, lang, now());
    model.take_seat(seat);
    // The events the app names are this store's writer's.
    model.writer = store.writer();
    let device = store.writer().device();
    if let Some(text) =
        super::draft::take_unsaved(store.disk(), store.dir(), device, &model.session)
    {
        model.capture.insert(&text);
    }
    let mut runner = Runner::new(store);
    runner.keep_drafts(device);
    // Opened from the cache's head: keys that need the rest wait for it.
    model.partial = runner.store.is_head_only();
    let started = now();
    let watch = TtyWatch::new()?;
    // What other writers save is shown as it lands; without change notification, the
    // refresh once a second still finds it.
    let own = Some(runner.store.writer().to_string());
    let folder = FolderWatch::ignoring(runner.store.dir(), crate::watch::chosen_mode(), own).ok();
    // The rest of the cache and a re-fold are swapped in as soon as they are ready.
    let bell = Doorbell::new().ok();
    if let Some(bell) = &bell {
        runner.wake_on_ready(bell.ringer());
    }
    let effects = open_session(&mut model, &recovery.problems, started);
    runner.run(&mut model, effects, started);
    let waits = Waits {
        tty: &watch,
        folder: folder.as_ref(),
        bell: bell.as_ref(),
    };
    let result = event_loop(&mut guard, &mut model, &mut runner, waits, started);
    finish(guard, &mut model, &mut runner, lang)?;
    // A terminal that hangs up in the middle of a frame fails the write: that is the
    // end of the session, not an error (everything is saved).
    match result {
        Err(_) if matches!(watch.wait(Duration::ZERO), Ok(Wake::HangUp)) => Ok(()),
        other => other,
    }
}

/// What the loop remembers between wake-ups.
struct Screen {
    dirty: bool,
    repaint: bool,
    shown_second: i64,
    /// The folder is watched by change notification: what other writers save is
    /// read as it lands, so keys need not look at every file first.
    notified: bool,
}

/// What the loop sleeps on: the terminal, the session folder when it is watched, and
/// the runner's background threads.
#[derive(Clone, Copy)]
struct Waits<'a> {
    tty: &'a TtyWatch,
    folder: Option<&'a FolderWatch>,
    bell: Option<&'a Doorbell>,
}

/// Runs until the user quits, the terminal hangs up or a signal asks to stop.
fn event_loop(
    guard: &mut TerminalGuard,
    model: &mut Model,
    runner: &mut Runner,
    waits: Waits,
    started: Timestamp,
) -> io::Result<()> {
    let mut screen = Screen {
        dirty: true,
        repaint: false,
        shown_second: started.timestamp(),
        notified: waits.folder.is_some_and(|folder| !folder.is_polling()),
    };
    loop {
        if guard.stop_requested() {
            return Ok(());
        }
        screen.dirty |= guard.handle_job_control()?;
        draw_if_dirty(guard, model, &mut screen)?;
        // Opened from the cache's head: the rest is read once the first frame is out.
        runner.start_loading();
        let millis_to_next_second =
            1000 - u64::from(chrono::Local::now().timestamp_subsec_millis()).min(999);
        let timeout = Duration::from_millis(millis_to_next_second);
        match waits.tty.wait_on(waits.folder, waits.bell, timeout)? {
            Wake::HangUp => return Ok(()),
            Wake::Timeout => {}
            // The session shown in full: the same rows, no need to paint them all.
            Wake::Background => screen.dirty |= runner.refresh(model),
            Wake::Folder => {
                if runner.refresh(model) {
                    screen.dirty = true;
                    screen.repaint = true;
                }
            }
            Wake::Ready => handle_input(guard, model, runner, &mut screen)?,
        }
        let current = now();
        if current.timestamp() != screen.shown_second {
            screen.shown_second = current.timestamp();
            screen.dirty |= runner.refresh(model);
            let effects = update(model, Action::Tick, current);
            runner.run(model, effects, current);
            runner.retry_if_unhealthy(model, current);
            runner.draft_at_tick(model);
            screen.dirty = true;
        }
        if model.quit {
            return Ok(());
        }
    }
}

fn draw_if_dirty(guard: &mut TerminalGuard, model: &Model, screen: &mut Screen) -> io::Result<()> {
    if !screen.dirty {
        return Ok(());
    }
    // Some terminals (tmux among them) disagree with Unicode about the width
    // of flags and joined emoji and leave stray halves behind when the rows
    // around them change. After each change to the session, paint everything.
    if screen.repaint {
        guard.repaint_all()?;
    }
    screen.repaint = false;
    let current = now();
    guard
        .terminal
        .draw(|frame| view::draw(frame, model, current))?;
    screen.dirty = false;
    Ok(())
}

/// Every key and paste waiting, through `update` and the runner.
fn handle_input(
    guard: &mut TerminalGuard,
    model: &mut Model,
    runner: &mut Runner,
    screen: &mut Screen,
) -> io::Result<()> {
    let (input, resized) = pending_input()?;
    screen.dirty |= resized;
    model.too_small = guard
        .terminal
        .size()
        .is_ok_and(|size| view::too_small_for(size.width, size.height));
    // What other writers saved is shown before the keys act on it (when the folder
    // is watched, it already is).
    if !screen.notified && !input.is_empty() && runner.refresh(model) {
        screen.dirty = true;
        screen.repaint = true;
    }
    for input in input {
        let Some(action) = input.action(keymap::for_model(model)) else {
            continue;
        };
        panic_if_asked(&action);
        let current = now();
        model.stamp_millis = crate::clock::now_millis();
        let effects = update(model, action, current);
        screen.repaint |= effects
            .iter()
            .any(|e| matches!(e, Effect::Persist(..) | Effect::AwaitWhole(..)));
        runner.run(model, effects, current);
        screen.dirty = true;
    }
    runner.draft_after_keys(model);
    Ok(())
}

/// Closes the store, keeps the unsent line, gives the terminal back and says
/// where the session is and how to get the minutes.
fn finish(
    guard: TerminalGuard,
    model: &mut Model,
    runner: &mut Runner,
    lang: Lang,
) -> io::Result<()> {
    let unsaved = runner.close(model, now());
    let draft = runner.keep_draft_on_closing(model);
    drop(guard);
    if let Some(message) = unsaved {
        return Err(io::Error::other(message));
    }
    // After the terminal is back: where the session is and how to get the minutes.
    // (A terminal that hung up cannot show it: a failed write is not an error.)
    let mut stderr = io::stderr();
    if let Err(e) = draft {
        let kept = crate::messages::fill(lang.cli().draft_not_kept, &[&e]);
        let _ = writeln!(stderr, "{kept}");
    }
    let _ = writeln!(
        stderr,
        "{}",
        where_saved(lang, &model.session.id, runner.store.dir())
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_quit_line_names_the_folder_when_the_id_would_not_find_it() {
        let elsewhere = Path::new("/tmp/a forum/2026-11-30-forum");
        assert_eq!(
            where_saved(Lang::Sv, "2026-11-30-forum", elsewhere),
            "Sparat: 2026-11-30-forum · exportera: samtal export '/tmp/a forum/2026-11-30-forum'"
        );
        let data = tempfile::tempdir().unwrap();
        let dir = crate::store::paths::sessions_dir(data.path()).join("2026-11-30-forum");
        std::fs::create_dir_all(&dir).unwrap();
        let argument = export_argument("2026-11-30-forum", &dir, Some(data.path()));
        assert_eq!(argument, "2026-11-30-forum");
    }
}
