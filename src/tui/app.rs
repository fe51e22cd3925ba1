//! The loop only: poll → keymap → update → effects → draw if something changed.
//! It wakes once a second for the clock and otherwise sleeps in `poll`.

use super::action::Action;
use super::keymap::action_for;
use super::model::Model;
use super::terminal::{TerminalGuard, stop_signals};
use super::update::{Effect, start_clock, stop_clock, update};
use super::view;
use crate::i18n::Lang;
use crate::session::{Session, Timestamp};
use crate::store::{Recovery, Store, StoreError};
use ratatui::crossterm::event::{self, Event as TermEvent};
use std::io;
use std::sync::atomic::Ordering;
use std::time::Duration;

/// The wall clock, to the second (what the screen and the files show).
pub fn now() -> Timestamp {
    let now = chrono::Local::now().fixed_offset();
    now - chrono::Duration::nanoseconds(i64::from(chrono::Timelike::nanosecond(&now)))
}

/// The short reason shown in the footer's red NOT SAVED state.
pub fn short_reason(error: &StoreError) -> String {
    match error {
        StoreError::Io { source, .. } => source.to_string(),
        other => other.to_string(),
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
                    model.saved(result.map_err(|e| short_reason(&e)), now);
                    if self.store.snapshot_due(&model.session) {
                        self.snapshot(model, now);
                    }
                }
                Effect::Snapshot => {
                    if self.store.snapshot_due(&model.session) {
                        self.snapshot(model, now);
                    }
                }
                Effect::Quit => {}
            }
        }
    }

    pub fn snapshot(&mut self, model: &mut Model, now: Timestamp) {
        let result = self.store.snapshot(&model.session);
        model.saved(result.map_err(|e| short_reason(&e)), now);
    }

    /// After a failed write: try again to write everything out from memory.
    pub fn retry_if_unhealthy(&mut self, model: &mut Model, now: Timestamp) {
        if !self.store.is_healthy() {
            self.snapshot(model, now);
        }
    }

    /// On the way out: stop the item clock and leave a fresh snapshot.
    pub fn close(&mut self, model: &mut Model, now: Timestamp) {
        let effects = stop_clock(model, now);
        self.run(model, effects, now);
        if self.store.has_unsnapshotted() {
            self.snapshot(model, now);
        }
    }
}

pub fn run(
    mut guard: TerminalGuard,
    store: Store,
    session: Session,
    lang: Lang,
    recovery: Recovery,
) -> io::Result<()> {
    let stop = stop_signals()?;
    let mut model = Model::new(session, lang, now());
    let mut runner = Runner { store };
    let started = now();
    if let Some((path, _reason)) = &recovery.moved_aside {
        model.flash(
            format!("{}: {}", lang.strings().recovered, path.display()),
            started,
        );
    }
    let effects = start_clock(&mut model, started);
    runner.run(&mut model, effects, started);

    let mut dirty = true;
    let mut shown_second = started.timestamp();
    let result = loop {
        if stop.load(Ordering::Relaxed) {
            break Ok(());
        }
        let current = now();
        if dirty {
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
        let ready = match event::poll(Duration::from_millis(millis_to_next_second)) {
            Ok(ready) => ready,
            Err(e) => break Err(e),
        };
        let current = now();
        let action = if ready {
            match event::read() {
                Ok(TermEvent::Key(key)) => action_for(key),
                Ok(TermEvent::Paste(text)) => Some(Action::Insert(text)),
                Ok(TermEvent::Resize(..)) => {
                    dirty = true;
                    None
                }
                Ok(_) => None,
                Err(e) => break Err(e),
            }
        } else {
            None
        };
        if let Some(action) = action {
            let effects = update(&mut model, action, current);
            runner.run(&mut model, effects, current);
            dirty = true;
        }
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
    runner.close(&mut model, now());
    drop(guard);
    result
}
