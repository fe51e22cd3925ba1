//! The schedule in the header, the re-timing proposal (F8) and the room grid (F7) on
//! the example forum, in both languages.

use super::tests::render;
use super::*;
use crate::fixture::{example_events, forum_start};
use crate::i18n::Lang;
use crate::session::{Event, Presence};
use crate::tui::action::Action;
use crate::tui::model::Model;
use crate::tui::update::update;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The example forum replayed up to challenge 3: the clock runs on challenge 2,
/// two minutes after its last contribution; the rest is not yet visited.
fn forum_midway(lang: Lang) -> (Model, Timestamp) {
    let (mut session, events) = example_events();
    let mut now = forum_start();
    for event in events
        .iter()
        .take_while(|e| !matches!(e, Event::ItemEntered { item, .. } if item == "challenge-3"))
    {
        session.apply_as(crate::session::WriterId::ORIGIN, event);
        now = event.at();
    }
    let now = now + chrono::Duration::minutes(2);
    (Model::new(session, lang, now), now)
}

/// Midway, with the planned start set so that the session is `behind` minutes
/// behind (negative: ahead).
fn forum(lang: Lang, behind: i64) -> (Model, Timestamp) {
    let (mut model, now) = forum_midway(lang);
    let planned_end = model.session.projected_end(now) - chrono::Duration::minutes(behind);
    model.session.apply_as(
        crate::session::WriterId::ORIGIN,
        &Event::PlannedStartSet {
            start: Some(planned_end - chrono::Duration::minutes(90)),
            at: now,
        },
    );
    (model, now)
}

fn header_text(lang: Lang, planned_start: i64) -> String {
    let (model, now) = forum(lang, planned_start);
    let terminal = render(&model, 100, 30, now);
    let buffer = terminal.backend().buffer();
    (0..100).map(|x| buffer[(x, 0)].symbol()).collect()
}

#[test]
fn the_header_says_behind_ahead_or_on_schedule() {
    // At 14:30 on challenge 4 (just entered) the projection is 14:30 + 8 + 8 + 15 +
    // 15 + 5 = 15:21; the planned end is the planned start + 90 min.
    let (model, now) = forum_midway(Lang::Sv);
    let end = model.session.projected_end(now).format("%H:%M").to_string();
    assert!(
        header_text(Lang::Sv, 30).contains(&format!("beräknat slut {end} · 30 min efter schema"))
    );
    assert!(
        header_text(Lang::En, 30)
            .contains(&format!("projected end {end} · 30 min behind schedule"))
    );
    assert!(header_text(Lang::Sv, -9).contains("· 9 min före schema"));
    assert!(header_text(Lang::En, -9).contains("· 9 min ahead of schedule"));
    assert!(header_text(Lang::Sv, 0).contains("· enligt schema"));
    assert!(header_text(Lang::En, 0).contains("· on schedule"));
}

#[test]
fn no_planned_start_no_schedule_words() {
    let (model, now) = forum_midway(Lang::Sv);
    let end = model.session.projected_end(now).format("%H:%M").to_string();
    let terminal = render(&model, 100, 30, now);
    let top: String = (0..100)
        .map(|x| terminal.backend().buffer()[(x, 0)].symbol())
        .collect();
    assert!(top.contains(&format!("beräknat slut {end} ·")), "{top}");
    assert!(!top.contains("schema"), "{top}");
}

fn header(lang: Lang) -> Terminal<TestBackend> {
    let (model, now) = forum(lang, 30);
    let mut terminal = Terminal::new(TestBackend::new(100, 1)).unwrap();
    terminal
        .draw(|frame| header::render(frame, frame.area(), &model, now))
        .unwrap();
    terminal
}

fn retiming(lang: Lang) -> Terminal<TestBackend> {
    let (mut model, now) = forum(lang, 30);
    update(&mut model, Action::Retime, now);
    update(&mut model, Action::Down, now);
    update(&mut model, Action::Down, now);
    update(&mut model, Action::Insert("s".into()), now);
    update(&mut model, Action::Down, now);
    render(&model, 100, 30, now)
}

/// All 21 regions, one of them marked absent.
fn grid(lang: Lang) -> Terminal<TestBackend> {
    let (mut model, now) = forum(lang, 30);
    let preset = crate::presets::group_presets();
    let regions = &preset[0].groups;
    for name in regions {
        if model.session.group_by_name(name).is_none() {
            let id = crate::session::EventId::origin(model.session.groups.len() as u64 + 1);
            model.session.apply_as(
                crate::session::WriterId::ORIGIN,
                &Event::GroupAdded {
                    id,
                    name: name.clone(),
                    at: now,
                },
            );
        }
    }
    if let Some(gotland) = model.session.group_by_name("Region Gotland").map(|g| g.id) {
        model.session.apply_as(
            crate::session::WriterId::ORIGIN,
            &Event::GroupPresenceSet {
                id: gotland,
                presence: Presence::Absent,
                at: now,
            },
        );
    }
    update(&mut model, Action::Grid, now);
    render(&model, 100, 30, now)
}

#[test]
fn header_in_swedish() {
    insta::assert_snapshot!(header(Lang::Sv).backend());
}

#[test]
fn header_in_english() {
    insta::assert_snapshot!(header(Lang::En).backend());
}

#[test]
fn retiming_in_swedish() {
    insta::assert_snapshot!(retiming(Lang::Sv).backend());
}

#[test]
fn retiming_in_english() {
    insta::assert_snapshot!(retiming(Lang::En).backend());
}

#[test]
fn grid_in_swedish() {
    insta::assert_snapshot!(grid(Lang::Sv).backend());
}

#[test]
fn grid_in_english() {
    insta::assert_snapshot!(grid(Lang::En).backend());
}

#[test]
fn the_grid_scrolls_beyond_what_fits() {
    let (mut model, now) = forum(Lang::Sv, 30);
    for n in 1..=30 {
        let id = crate::session::EventId::origin(model.session.groups.len() as u64 + 1);
        model.session.apply_as(
            crate::session::WriterId::ORIGIN,
            &Event::GroupAdded {
                id,
                name: format!("Grupp {n}"),
                at: now,
            },
        );
    }
    update(&mut model, Action::Grid, now);
    let head = |model: &Model| -> String {
        let terminal = render(model, 100, 30, now);
        (0..100)
            .map(|x| terminal.backend().buffer()[(x, 1)].symbol())
            .collect()
    };
    let first = head(&model);
    assert!(first.contains("Skå"), "{first}");
    for _ in 0..40 {
        update(&mut model, Action::Right, now);
    }
    let last = head(&model);
    assert!(!last.contains("Skå"), "{last}");
    assert!(last.trim_end_matches(['│', ' ']).ends_with("30"), "{last}");
}
