//! `samtal present`: the room's screen. It reads the session folder and nothing
//! else: no lock, no file opened for writing. It follows the moderator by looking at
//! the folder's two files every few hundred milliseconds and reading them again (one
//! consistent state, complete journal records only) when they changed, and it draws
//! only when what it shows changed: the session, the timer's second, the window.

mod agenda;
mod contributions;
mod follow;
pub mod theme;
pub mod timer;
pub mod view;

use crate::i18n::Lang;
use crate::store::StoreError;
use crate::terminal::TerminalGuard;
use crate::terminal::wait::{TtyWatch, Wake};
use crate::watch::{FolderWatch, WatchMode};
use follow::Watch;
use ratatui::crossterm::event::{self, Event as TermEvent, KeyCode, KeyEventKind, KeyModifiers};
use std::path::Path;
use std::time::Duration;
use theme::Look;
use timer::Timer;

/// How often the folder is looked at (and the timer's second checked) when no
/// change notification came.
pub const LOOK_EVERY: Duration = Duration::from_millis(250);

/// What a frame showed: when none of it changed, nothing is drawn.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Shown {
    generation: u64,
    timer: Timer,
    /// The window's size: asked every round, so a resize is drawn even when its
    /// signal came before anything listened for it.
    size: ratatui::layout::Size,
}

/// Reads the session again after a change in its folder; true if what it shows changed.
fn reload(dir: &Path, session: &mut crate::session::Session, watch: &mut Watch) -> bool {
    match crate::store::load(dir) {
        Ok(loaded) if loaded.session != *session => {
            *session = loaded.session;
            true
        }
        Ok(_) => false,
        // A read that fails (a file being replaced this instant, a folder being
        // synced) keeps what is on screen; the next look tries again. A damaged file
        // is read again only once it changes.
        Err(StoreError::Io { .. }) => {
            watch.forget();
            false
        }
        Err(_) => false,
    }
}

/// Shows the session in `dir` until q, Esc or Ctrl+C (or the terminal goes away).
pub fn run(dir: &Path, look: Look) -> Result<(), StoreError> {
    let mut session = crate::store::load(dir)?.session;
    let mut watch = Watch::new(dir);
    // Without change notification (or with `--poll`) the looks alone follow the
    // folder: they are a poll of their own, four times a second.
    let notify = if crate::watch::polling() {
        None
    } else {
        FolderWatch::on(dir, WatchMode::Notify).ok()
    };
    let io_error = |source| StoreError::Io {
        path: dir.to_path_buf(),
        source,
    };
    let mut guard = TerminalGuard::enter().map_err(io_error)?;
    let tty = TtyWatch::new().map_err(io_error)?;
    let mut generation = 0;
    let mut shown: Option<Shown> = None;
    loop {
        if guard.stop_requested() {
            return Ok(());
        }
        if guard.handle_job_control().map_err(io_error)? {
            shown = None;
        }
        if watch.changed() && reload(dir, &mut session, &mut watch) {
            generation += 1;
        }
        let now = crate::clock::now();
        let wanted = Shown {
            generation,
            timer: Timer::of(&session, now),
            size: guard.terminal.size().map_err(io_error)?,
        };
        if shown.as_ref() != Some(&wanted) {
            guard
                .terminal
                .draw(|frame| view::draw(frame, &session, now, &look))
                .map_err(io_error)?;
            shown = Some(wanted);
        }
        match tty
            .wait_with(notify.as_ref(), LOOK_EVERY)
            .map_err(io_error)?
        {
            Wake::HangUp => return Ok(()),
            Wake::Timeout | Wake::Folder | Wake::Background => {}
            Wake::Ready => match keys().map_err(io_error)? {
                Input::Quit => return Ok(()),
                Input::Resized => shown = None,
                Input::Nothing => {}
            },
        }
    }
}

enum Input {
    Quit,
    Resized,
    Nothing,
}

/// The keys and window changes waiting: q, Esc and Ctrl+C leave.
fn keys() -> std::io::Result<Input> {
    let mut input = Input::Nothing;
    while event::poll(Duration::ZERO)? {
        match event::read()? {
            TermEvent::Key(key) if key.kind != KeyEventKind::Release => {
                let ctrl_c =
                    key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL);
                if ctrl_c || matches!(key.code, KeyCode::Char('q') | KeyCode::Esc) {
                    return Ok(Input::Quit);
                }
            }
            TermEvent::Resize(..) => input = Input::Resized,
            _ => {}
        }
    }
    Ok(input)
}

/// The look asked for on the command line.
pub fn look(lang: Lang, light: bool) -> Look {
    Look {
        lang,
        theme: theme::Theme::choose(light, std::env::var_os("NO_COLOR")),
    }
}

#[cfg(test)]
mod snapshots;
