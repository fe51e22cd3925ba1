//! What the tests of `update` share: a fixed clock on the day of the example
//! session, a session of a few groups on the built-in agenda, and the events a
//! change asked to be saved.

use super::{Effect, start_clock};
use crate::agenda::Agenda;
use crate::i18n::Lang;
use crate::session::{Event, Session, Timestamp};
use crate::tui::model::Model;
use chrono::TimeZone;

/// 20 November 2015, `hour`:`minute`, at +01:00.
pub fn clock(hour: u32, minute: u32) -> Timestamp {
    chrono::FixedOffset::east_opt(3600)
        .and_then(|zone| {
            zone.with_ymd_and_hms(2015, 11, 20, hour, minute, 0)
                .single()
        })
        .expect("a valid time")
}

/// 09:`minute`.
pub fn at_nine(minute: u32) -> Timestamp {
    clock(9, minute)
}

/// A new session on the built-in agenda with these groups, opened at `at` with
/// the clock started, unless `clock_stands`.
pub fn model_with(groups: &[&str], at: Timestamp, clock_stands: bool) -> Model {
    let names: Vec<String> = groups.iter().map(|n| n.to_string()).collect();
    let session = Session::new(
        "2015-11-20-test".into(),
        "Integration för tillväxt".into(),
        Lang::Sv,
        Agenda::builtin().expect("the built-in agenda"),
        &names,
        at,
    );
    let mut model = Model::new(session, Lang::Sv, at);
    if !clock_stands {
        start_clock(&mut model, at);
    }
    model
}

/// The events of `Effect::Persist` among `effects`.
pub fn persisted(effects: &[Effect]) -> Vec<&Event> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Persist(_, event) => Some(event),
            _ => None,
        })
        .collect()
}

/// The texts of the current item's contributions, oldest first.
pub fn texts(model: &Model) -> Vec<String> {
    model
        .session
        .contributions_for_item(&model.session.current_item)
        .map(|c| c.text.clone())
        .collect()
}

/// The note-takers set to `names` at 09:00, as the details form writes them.
pub fn set_note_takers(model: &mut Model, names: &[&str]) {
    model.session.apply_as(
        crate::session::WriterId::ORIGIN,
        &Event::DetailsSet {
            title: None,
            place: None,
            moderator: None,
            note_takers: Some(names.iter().map(|n| n.to_string()).collect()),
            at: at_nine(0),
        },
    );
}
