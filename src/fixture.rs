//! Sessions made by the app's own code for the example in `sessions/`, the tests and
//! the benchmarks: the Civil Servants' Forum of 20 November 2015, logged by hand.

mod annotations;
mod dialogue;

use dialogue::LOG;

use crate::agenda::Agenda;
use crate::i18n::Lang;
use crate::session::{Event, EventId, Kind, Session, Timestamp, WriterId};
use chrono::{DateTime, Duration, FixedOffset, TimeZone};

pub const EXAMPLE_ID: &str = "2015-11-20-integration-for-tillvaxt";

pub const REGIONS: [&str; 7] = [
    "Region Skåne",
    "Västra Götalandsregionen",
    "Region Stockholm",
    "Region Örebro län",
    "Region Jämtland Härjedalen",
    "Region Gotland",
    "Region Västerbotten",
];

pub fn forum_start() -> Timestamp {
    FixedOffset::east_opt(3600)
        .and_then(|tz| tz.with_ymd_and_hms(2015, 11, 20, 13, 0, 0).single())
        .unwrap_or_else(|| DateTime::<FixedOffset>::MIN_UTC.fixed_offset())
}

fn new_session(groups: &[&str], now: Timestamp) -> Session {
    let agenda = Agenda::builtin().unwrap_or_else(|_| empty_agenda());
    Session::new(
        EXAMPLE_ID.to_string(),
        "Integration för tillväxt".to_string(),
        Lang::Sv,
        agenda,
        &groups.iter().map(|g| g.to_string()).collect::<Vec<_>>(),
        now,
    )
}

fn empty_agenda() -> Agenda {
    Agenda {
        format: crate::agenda::FORMAT_NAME.into(),
        version: crate::agenda::FORMAT_VERSION,
        id: "x".into(),
        title: crate::agenda::Text::new("x", "x"),
        subtitle: Default::default(),
        date: None,
        start: None,
        warn_percent: None,
        items: Vec::new(),
    }
}

/// The events of the example session, as the moderator made them, in order.
pub fn example_events() -> (Session, Vec<Event>) {
    let start = forum_start();
    let session = new_session(&REGIONS, start);
    let mut events = vec![Event::ClockStarted { at: start }];
    let clock = said_events(&session, start, &mut events);
    // One correction after the fact, as note-takers do.
    events.push(Event::ContributionEdited {
        base: None,
        id: EventId::origin(2),
        group: EventId::origin(4),
        kind: Kind::Question,
        text: "Hur används dagens resultat i regeringens fortsatta arbete och i nästa delrapport?"
            .into(),
        edited: true,
        at: clock + Duration::minutes(2),
    });
    events.push(Event::DetailsSet {
        title: None,
        place: Some("Regeringskansliet, Stockholm".into()),
        moderator: Some("Samtalsledare från enheten för regional tillväxt".into()),
        note_takers: Some(vec!["Sekreterare 1".into(), "Sekreterare 2".into()]),
        at: clock + Duration::minutes(3),
    });
    events.extend(annotations::example_annotations(
        clock + Duration::minutes(3),
    ));
    events.push(Event::ClockPaused {
        at: clock + Duration::minutes(4),
    });
    (session, events)
}

/// Every item entered and every contribution of `LOG`, timed as they happened;
/// returns the time of the last one.
fn said_events(session: &Session, start: Timestamp, events: &mut Vec<Event>) -> Timestamp {
    let mut clock = start;
    let mut current = String::new();
    for (id, (item, group, kind, text)) in (1..).zip(LOG) {
        if *item != current {
            // Each item takes roughly its timebox; the questions ran a little long.
            let minutes = session
                .agenda
                .item(item)
                .map_or(5, |i| i64::from(i.timebox_minutes));
            if !current.is_empty() {
                clock += Duration::minutes(1);
            }
            events.push(Event::ItemEntered {
                item: item.to_string(),
                at: clock,
            });
            current = item.to_string();
            let per = minutes * 60 / (LOG.iter().filter(|l| l.0 == *item).count() as i64 + 1);
            clock += Duration::seconds(per / 2);
        }
        let per = session
            .agenda
            .item(item)
            .map_or(60, |i| i64::from(i.timebox_minutes) * 60)
            / (LOG.iter().filter(|l| l.0 == *item).count() as i64 + 1);
        clock += Duration::seconds(per);
        events.push(Event::ContributionAdded {
            id: EventId::origin(id),
            item: item.to_string(),
            group: EventId::origin(*group as u64 + 1),
            kind: *kind,
            text: text.to_string(),
            at: clock,
        });
    }
    clock
}

/// The example session with every event applied.
pub fn example_session() -> Session {
    let (mut session, events) = example_events();
    // Named like a converted older session: contributions and groups by number,
    // events by their times under the origin writer.
    for event in &events {
        session.apply_as(WriterId::ORIGIN, event);
    }
    session
}

/// A session of `n` generated contributions spread over the agenda, for benchmarks.
pub fn generated_session(n: usize) -> Session {
    let start = forum_start();
    let mut session = new_session(&REGIONS, start);
    let items: Vec<String> = session.agenda.items.iter().map(|i| i.id.clone()).collect();
    if items.is_empty() {
        return session;
    }
    session.apply_as(WriterId::ORIGIN, &Event::ClockStarted { at: start });
    for k in 0..n {
        let (item, group, kind, text) = LOG[k % LOG.len()];
        let event = Event::ContributionAdded {
            id: EventId::origin(k as u64 + 1),
            item: if k < LOG.len() {
                item.to_string()
            } else {
                items[k % items.len()].clone()
            },
            group: EventId::origin(group as u64 + 1),
            kind,
            text: format!("{text} ({k})"),
            at: start + Duration::seconds(k as i64),
        };
        session.apply_as(WriterId::ORIGIN, &event);
    }
    session
}

/// The contributions of `generated_session(n)` as the events one `writer` would
/// have written for them (ids stamped at their times), in order: for a session
/// folder of that size with `generated_session(0)` as its base.
pub fn generated_events(n: usize, writer: WriterId) -> Vec<(EventId, Event)> {
    generated_session(n)
        .contributions
        .values()
        .enumerate()
        .map(|(k, c)| {
            let id = EventId {
                stamp: crate::session::Stamp::from_millis(
                    c.at.timestamp_millis() + k as i64 % 1000,
                ),
                writer,
            };
            let event = Event::ContributionAdded {
                id,
                item: c.item.clone(),
                group: c.group,
                kind: c.kind,
                text: c.text.clone(),
                at: c.at,
            };
            (id, event)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_covers_every_item_from_at_least_six_regions() {
        let session = example_session();
        assert!(session.contributions.len() >= 40);
        for item in &session.agenda.items {
            assert!(
                session.contributions_for_item(&item.id).count() > 0,
                "{}",
                item.id
            );
        }
        let groups: std::collections::HashSet<EventId> =
            session.contributions.values().map(|c| c.group).collect();
        assert!(groups.len() >= 6);
        assert_eq!(session.current_item, "wrap-up");
        assert!(session.clock.running_since.is_none());
    }
}
