//! The line of groups not yet heard and the capture box grown with a long
//! contribution, on the example forum with all 21 regions, in both languages.

use super::tests::render;
use super::*;
use crate::fixture::{example_session, forum_start};
use crate::i18n::Lang;
use crate::session::{Event, GroupId};
use crate::tui::action::Action;
use crate::tui::model::Model;
use crate::tui::update::update;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// A contribution of about 400 characters, as said in the room.
const LONG: &str = "Vi i Gotland ser att säsongsarbetet kräver bostäder som står tomma \
resten av året, och att unga som vill ta ett jobb på ön inte kommer in på bostadsmarknaden. \
Vi föreslår att regionen och kommunen tillsammans med bostadsbolaget tar fram korttidskontrakt \
för praktikanter och nyanlända, och att kollektivtrafiken planeras så att man kan pendla från \
Visby till arbetsplatserna på landsbygden även under vintern 🇸🇪.";

/// The example forum on challenge 4 with the 14 regions it lacks added, so 21.
fn forum(lang: Lang) -> (Model, Timestamp) {
    let mut session = example_session();
    let now = forum_start() + chrono::Duration::minutes(90);
    session.apply_as(
        crate::session::WriterId::ORIGIN,
        &Event::ItemEntered {
            item: "challenge-4".into(),
            at: now,
        },
    );
    let presets = crate::presets::group_presets();
    let regions = presets.iter().find(|p| p.id == "regioner").unwrap();
    for name in &regions.groups {
        if session.group_by_name(name).is_none() {
            let id: GroupId = crate::session::EventId::origin(session.groups.len() as u64 + 1);
            session.apply_as(
                crate::session::WriterId::ORIGIN,
                &Event::GroupAdded {
                    id,
                    name: name.clone(),
                    at: now,
                },
            );
        }
    }
    assert_eq!(session.groups.len(), 21);
    (Model::new(session, lang, now), now)
}

fn long_line_typed(lang: Lang) -> Terminal<TestBackend> {
    let (mut model, now) = forum(lang);
    update(&mut model, Action::NextNotHeard, now);
    update(
        &mut model,
        Action::SetKind(crate::session::Kind::Proposal),
        now,
    );
    update(&mut model, Action::Insert(LONG.into()), now);
    render(&model, 100, 30, now)
}

#[test]
fn not_heard_and_a_grown_capture_box_in_swedish() {
    insta::assert_snapshot!(long_line_typed(Lang::Sv).backend());
}

#[test]
fn not_heard_and_a_grown_capture_box_in_english() {
    insta::assert_snapshot!(long_line_typed(Lang::En).backend());
}

#[test]
fn every_group_heard_and_a_locked_kind_at_80x24() {
    for lang in [Lang::Sv, Lang::En] {
        let (mut model, now) = forum(lang);
        let ids: Vec<GroupId> = model.session.groups.iter().map(|g| g.id).collect();
        for id in ids {
            model.session.apply_as(
                crate::session::WriterId::ORIGIN,
                &Event::ContributionAdded {
                    id: model
                        .session
                        .next_event_id(crate::session::WriterId::ORIGIN, now),
                    item: "challenge-4".into(),
                    group: id,
                    kind: crate::session::Kind::Comment,
                    text: "Instämmer".into(),
                    at: now,
                },
            );
        }
        update(&mut model, Action::ToggleKindLock, now);
        update(
            &mut model,
            Action::Insert("Åtgärd: Skåne 🇸🇪 samlar in".into()),
            now,
        );
        let name = match lang {
            Lang::Sv => "every_group_heard_in_swedish",
            Lang::En => "every_group_heard_in_english",
        };
        insta::assert_snapshot!(name, render(&model, 80, 24, now).backend());
    }
}

#[test]
fn a_line_longer_than_eight_rows_scrolls_and_says_which_rows_show() {
    for (lang, name) in [
        (Lang::Sv, "a_long_line_scrolls_in_swedish"),
        (Lang::En, "a_long_line_scrolls_in_english"),
    ] {
        let (mut model, now) = forum(lang);
        update(&mut model, Action::Insert(format!("{LONG} {LONG}")), now);
        for _ in 0..40 {
            update(&mut model, Action::WordLeft, now);
        }
        insta::assert_snapshot!(name, render(&model, 100, 30, now).backend());
    }
}
