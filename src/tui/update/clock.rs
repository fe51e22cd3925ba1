//! The item clock from the app: started or stopped when a session opens or closes,
//! and toggled by the moderator.

use super::effect::{Effect, persist};
use crate::session::{Event, Timestamp};
use crate::tui::model::Model;

/// The item clock when the app opens a session. A new session starts it. A clock
/// left running by an unclean stop (a crash, a power cut) is stopped at the last
/// recorded change, so the time the app was not running does not count, and the
/// footer offers to go on (F6). Any other opening leaves it standing: reading or
/// correcting a session afterwards must not add to its recorded time.
pub fn start_clock(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    let mut effects = Vec::new();
    // Only the moderator's device keeps the room's clock: a note-taker's events
    // about it would be passed by in the fold, so none are written.
    if !model.leads_the_room() {
        return effects;
    }
    let session = &model.session;
    if session.clock.running_since.is_some() {
        let event = Event::ClockPaused {
            at: session.last_change.min(now),
        };
        effects.push(persist(model, event, now));
        model.flash_for(crate::i18n::words(model.lang).crashed, now, 60);
    }
    if model.session.started_at.is_none() {
        let event = Event::ClockStarted { at: now };
        effects.push(persist(model, event, now));
    }
    effects
}

/// What the app does as it opens a session: `start_clock`, and the damage the opening
/// met (`problems`) said until Esc. A notice hides any message after it, so the crash
/// message `start_clock` may leave goes in front of the damage, in the same notice.
pub fn open_session(
    model: &mut Model,
    problems: &[crate::store::segments::Problem],
    now: Timestamp,
) -> Vec<Effect> {
    let effects = start_clock(model, now);
    if let Some(summary) = crate::messages::damage::problems_summary(model.lang, problems) {
        let crashed = model.flash.take().map(|f| format!("{} · ", f.text));
        let head = model.lang.damage().notice;
        let text = format!("{}{head}: {summary}", crashed.unwrap_or_default());
        model.notice(text, now);
    }
    effects
}

pub(super) fn toggle_clock(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    let strings = model.lang.strings();
    let (event, text) = if model.session.clock.running_since.is_some() {
        (Event::ClockPaused { at: now }, strings.clock_stopped)
    } else {
        (Event::ClockStarted { at: now }, strings.clock_started)
    };
    let effect = persist(model, event, now);
    model.flash(text, now);
    vec![effect]
}

/// Stops the item clock when the app closes.
pub fn stop_clock(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    if model.session.clock.running_since.is_none() || !model.leads_the_room() {
        return vec![];
    }
    let event = Event::ClockPaused { at: now };
    vec![persist(model, event, now)]
}
