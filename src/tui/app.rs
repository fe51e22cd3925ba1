//! The loop only: poll → keymap → update → effects → draw if something changed.
//! It wakes once a second for the clock and otherwise sleeps in `poll(2)` (see
//! `wait.rs`); a hung-up terminal or SIGTERM/SIGHUP ends it cleanly.

use super::action::Action;
use super::keymap::action_for;
use super::model::{Model, SaveState};
use super::terminal::TerminalGuard;
use super::update::{Effect, start_clock, stop_clock, update};
use super::view;
use super::wait::{TtyWatch, Wake};
use crate::i18n::Lang;
use crate::minutes::{Format, render};
use crate::session::{Session, Timestamp};
use crate::store::files::write_atomically;
use crate::store::{Recovery, Store, StoreError};
use ratatui::crossterm::event::{self, Event as TermEvent};
use std::io;
use std::time::Duration;

/// The wall clock, to the second (what the screen and the files show).
pub fn now() -> Timestamp {
    let now = chrono::Local::now().fixed_offset();
    now - chrono::Duration::nanoseconds(i64::from(chrono::Timelike::nanosecond(&now)))
}

/// The short reason shown in the footer's red NOT SAVED state.
/// In the interface language ("disken är full (No space left on device …)").
pub fn short_reason(lang: Lang, error: &StoreError) -> String {
    match error {
        StoreError::Io { source, .. } => crate::cli::lang::os_error(lang, source),
        other => crate::cli::lang::store_error(lang, other),
    }
}

/// Carries out effects: every change is made durable before the footer says saved.
pub struct Runner {
    pub store: Store,
}

impl Runner {
    pub fn run(&mut self, model: &mut Model, effects: Vec<Effect>, now: Timestamp) {
        for effect in effects {
            match effect {
                Effect::Persist(event) => {
                    let result = self.store.commit(&event, &model.session);
                    model.saved(result.map_err(|e| short_reason(model.lang, &e)), now);
                    if self.store.snapshot_due(&model.session) {
                        self.snapshot(model, now);
                    }
                }
                Effect::Snapshot => {
                    if self.store.calm_snapshot_due(&model.session) {
                        self.snapshot(model, now);
                    }
                }
                Effect::Export(format) => self.export(model, format, now),
                Effect::Quit => {}
            }
        }
    }

    /// Writes the minutes into the session folder and says where, in the footer.
    pub fn export(&mut self, model: &mut Model, format: Format, now: Timestamp) {
        let lang = model.session.lang;
        let path = self.store.dir().join(format.file_name(lang));
        let result =
            render(&model.session, self.store.seq(), format, lang, None).and_then(|bytes| {
                write_atomically(&path, &bytes)
                    .map_err(|e| crate::cli::lang::os_error(model.lang, &e))
            });
        let strings = model.lang.strings();
        let text = match result {
            Ok(()) => format!("{} {}", strings.exported, path.display()),
            Err(reason) => format!("{}: {reason}", strings.export_failed),
        };
        model.flash(text, now);
        if let Some(flash) = &mut model.flash {
            // A path takes a moment to read.
            flash.until = now + chrono::Duration::seconds(15);
        }
    }

    pub fn snapshot(&mut self, model: &mut Model, now: Timestamp) {
        let result = self.store.snapshot(&model.session);
        model.saved(result.map_err(|e| short_reason(model.lang, &e)), now);
    }

    /// After a failed write: try again to write everything out from memory.
    pub fn retry_if_unhealthy(&mut self, model: &mut Model, now: Timestamp) {
        if !self.store.is_healthy() {
            self.snapshot(model, now);
        }
    }

    /// On the way out: stop the item clock and leave a fresh snapshot.
    /// Returns a message for the user when the session could not be saved where it
    /// lives: then a rescue copy was written to the temporary folder.
    pub fn close(&mut self, model: &mut Model, now: Timestamp) -> Option<String> {
        let effects = stop_clock(model, now);
        self.run(model, effects, now);
        if self.store.has_unsnapshotted() {
            self.snapshot(model, now);
        }
        let SaveState::NotSaved(reason) = &model.save else {
            return None;
        };
        let name = format!(
            "samtal-rescue-{}-{}.json",
            model.session.id,
            now.format("%Y%m%dT%H%M%S")
        );
        let rescue = std::env::temp_dir().join(name);
        let written = crate::store::snapshot::to_json(&model.session, self.store.seq())
            .map_err(std::io::Error::other)
            .and_then(|bytes| write_atomically(&rescue, &bytes));
        Some(match written {
            Ok(()) => crate::cli::lang::fill(
                crate::cli::lang::text_in(model.lang).rescued,
                &[&self.store.dir().display(), reason, &rescue.display()],
            ),
            Err(e) => crate::cli::lang::fill(
                crate::cli::lang::text_in(model.lang).not_rescued,
                &[
                    &self.store.dir().display(),
                    reason,
                    &rescue.display(),
                    &crate::cli::lang::os_error(model.lang, &e),
                ],
            ),
        })
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

/// Every event crossterm already has (never waiting), as actions; and whether the
/// terminal was resized.
pub fn pending_actions() -> io::Result<(Vec<Action>, bool)> {
    let mut actions = Vec::new();
    let mut resized = false;
    while event::poll(Duration::ZERO)? {
        match event::read()? {
            TermEvent::Key(key) => actions.extend(action_for(key)),
            TermEvent::Paste(text) => actions.push(Action::Insert(text)),
            TermEvent::Resize(..) => resized = true,
            _ => {}
        }
    }
    Ok((actions, resized))
}

pub fn run(
    mut guard: TerminalGuard,
    store: Store,
    session: Session,
    lang: Lang,
    recovery: Recovery,
) -> io::Result<()> {
    let mut model = Model::new(session, lang, now());
    let mut runner = Runner { store };
    let started = now();
    if let Some((path, _reason)) = &recovery.moved_aside {
        model.flash(
            format!("{}: {}", lang.strings().recovered, path.display()),
            started,
        );
    }
    let watch = TtyWatch::new()?;
    let effects = start_clock(&mut model, started);
    runner.run(&mut model, effects, started);

    let mut dirty = true;
    let mut repaint = false;
    let mut shown_second = started.timestamp();
    let result = loop {
        if guard.stop_requested() {
            break Ok(());
        }
        if dirty {
            // Some terminals (tmux among them) disagree with Unicode about the width
            // of flags and joined emoji and leave stray halves behind when the rows
            // around them change. After each change to the session, paint everything.
            if repaint && let Err(e) = guard.repaint_all() {
                break Err(e);
            }
            repaint = false;
            let current = now();
            if let Err(e) = guard
                .terminal
                .draw(|frame| view::draw(frame, &model, current))
            {
                break Err(e);
            }
            dirty = false;
        }
        let millis_to_next_second =
            1000 - u64::from(chrono::Local::now().timestamp_subsec_millis()).min(999);
        match watch.wait(Duration::from_millis(millis_to_next_second)) {
            Ok(Wake::HangUp) => break Ok(()),
            Ok(Wake::Timeout) => {}
            Ok(Wake::Ready) => match pending_actions() {
                Ok((actions, resized)) => {
                    dirty |= resized;
                    for action in actions {
                        panic_if_asked(&action);
                        let current = now();
                        let effects = update(&mut model, action, current);
                        repaint |= effects.iter().any(|e| matches!(e, Effect::Persist(_)));
                        runner.run(&mut model, effects, current);
                        dirty = true;
                    }
                }
                Err(e) => break Err(e),
            },
            Err(e) => break Err(e),
        }
        let current = now();
        if current.timestamp() != shown_second {
            shown_second = current.timestamp();
            update(&mut model, Action::Tick, current);
            runner.retry_if_unhealthy(&mut model, current);
            dirty = true;
        }
        if model.quit {
            break Ok(());
        }
    };
    let unsaved = runner.close(&mut model, now());
    drop(guard);
    if let Some(message) = unsaved {
        return Err(io::Error::other(message));
    }
    // A terminal that hangs up in the middle of a frame fails the write: that is the
    // end of the session, not an error (everything is saved).
    match result {
        Err(_) if matches!(watch.wait(Duration::ZERO), Ok(Wake::HangUp)) => Ok(()),
        other => other,
    }
}
