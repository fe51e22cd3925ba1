//! On each tick: has the current item just reached its warning share or its whole
//! timebox? Then one bell (an effect the Runner carries out, on the moderator's
//! device only) and one flash of the header, once per item and threshold.

use super::effect::Effect;
use crate::session::Timestamp;
use crate::tui::model::Model;

/// How long the header stays flashed.
const FLASH_SECONDS: i64 = 1;

pub(super) fn check(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    let session = &model.session;
    if session.clock.running_since.is_none() {
        return vec![];
    }
    let item = session.current_item.clone();
    let spent = session.seconds_on(&item, now);
    let timebox = i64::from(session.timebox_minutes(&item)) * 60;
    if timebox == 0 {
        return vec![];
    }
    let warn = model.alerts.warn_percent.or(session.agenda.warn_percent);
    let reached = if spent >= timebox {
        100
    } else if let Some(w) = warn.filter(|w| spent * 100 >= timebox * i64::from(*w)) {
        w
    } else {
        return vec![];
    };
    // Past 100 % the warning is not rung afterwards.
    let new = model.alerted.insert((item.clone(), reached));
    if reached == 100 {
        model.alerted.extend(warn.map(|w| (item, w)));
    }
    if !new || model.alerts.quiet {
        return vec![];
    }
    model.header_flash_until = Some(now + chrono::Duration::seconds(FLASH_SECONDS));
    // The bell is the moderator's: five laptops beeping in a room tell no one more
    // than one. A note-taker keeps the silent flash of the header, so the one typing
    // sees the item is out of time and that the room is about to move on.
    if !model.leads_the_room() {
        return vec![];
    }
    vec![Effect::Bell]
}
