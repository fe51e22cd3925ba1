//! Behaviour tests of the groups dialog (F5), the details form (Ctrl+D) and the
//! footer message for a line cut at the limit, with a fixed clock.

use super::fixture::set_note_takers;
use super::keys::update;
use super::tests::{at, model, texts, type_text};
use super::*;
use crate::i18n::Lang;
use crate::minutes::Format;
use crate::session::Event;
use crate::tui::action::Action;
use crate::tui::input::LineInput;
use crate::tui::model::Mode;

const ORIGIN_1: crate::session::EventId = crate::session::EventId::origin(1);
const ORIGIN_2: crate::session::EventId = crate::session::EventId::origin(2);
const ORIGIN_3: crate::session::EventId = crate::session::EventId::origin(3);

#[test]
fn the_groups_dialog_merges_a_typo_group_and_ctrl_z_brings_it_back() {
    let mut m = model();
    // A line from "Gotland" (index 2), to be merged into "Region Skåne" (index 0).
    update(&mut m, Action::PrevGroup, at("09:01"));
    type_text(&mut m, "Från stavfelet");
    update(&mut m, Action::Commit, at("09:02"));
    update(&mut m, Action::Groups, at("09:03"));
    assert!(matches!(&m.mode, Mode::Groups(d) if d.selected == 2));
    update(&mut m, Action::Insert("+".into()), at("09:03"));
    update(&mut m, Action::Down, at("09:03")); // 0 → 1
    update(&mut m, Action::Up, at("09:03")); // back to 0
    let effects = update(&mut m, Action::Commit, at("09:04"));
    assert!(matches!(
        effects.as_slice(),
        [Effect::Persist(
            _,
            Event::GroupsMerged {
                from: ORIGIN_3,
                into: ORIGIN_1,
                ..
            }
        )]
    ));
    assert_eq!(m.session.groups.len(), 2);
    assert!(
        m.session
            .contributions
            .values()
            .all(|c| c.group == crate::session::EventId::origin(1))
    );
    assert_eq!(
        m.group_name(),
        "Region Skåne",
        "the capture line follows the merge"
    );
    update(&mut m, Action::Cancel, at("09:05"));
    assert_eq!(m.mode, Mode::Capture);
    let effects = update(&mut m, Action::Undo, at("09:06"));
    assert!(matches!(
        effects.as_slice(),
        [Effect::Persist(_, Event::GroupRestored { .. })]
    ));
    assert_eq!(m.session.groups[2].name, "Gotland");
    assert!(
        m.session
            .contributions
            .values()
            .all(|c| c.group == crate::session::EventId::origin(3))
    );
}

#[test]
fn the_groups_dialog_renames_marks_and_refuses_to_remove_a_group_that_spoke() {
    let mut m = model();
    type_text(&mut m, "Skåne talar");
    update(&mut m, Action::Commit, at("09:02"));
    update(&mut m, Action::Groups, at("09:03"));
    // Delete on a group with contributions: refused, said in the footer.
    assert!(update(&mut m, Action::Delete, at("09:03")).is_empty());
    assert_eq!(
        m.flash.as_ref().unwrap().text,
        m.lang.strings().group_has_contributions
    );
    update(&mut m, Action::Down, at("09:03"));
    update(&mut m, Action::Insert(" ".into()), at("09:03"));
    update(&mut m, Action::Insert(" ".into()), at("09:03"));
    assert_eq!(
        m.session.groups[1].presence,
        crate::session::Presence::Absent
    );
    update(&mut m, Action::Commit, at("09:04"));
    update(&mut m, Action::End, at("09:04"));
    type_text(&mut m, " och Värmland");
    let effects = update(&mut m, Action::Commit, at("09:04"));
    assert!(matches!(
        effects.as_slice(),
        [Effect::Persist(_, Event::GroupRenamed { id: ORIGIN_2, .. })]
    ));
    assert_eq!(m.session.groups[1].name, "Region Örebro län och Värmland");
    update(&mut m, Action::Down, at("09:05"));
    let effects = update(&mut m, Action::Delete, at("09:05"));
    assert!(matches!(
        effects.as_slice(),
        [Effect::Persist(_, Event::GroupRemoved { id: ORIGIN_3, .. })]
    ));
    assert_eq!(m.session.groups.len(), 2);
}

#[test]
fn a_line_cut_at_the_limit_says_so_in_the_footer() {
    let mut m = model();
    update(&mut m, Action::Insert("a".repeat(10_012)), at("09:01"));
    update(&mut m, Action::Commit, at("09:02"));
    let flash = m.flash.as_ref().expect("a message").text.clone();
    assert!(
        flash.contains("10 000") && flash.ends_with(" 12"),
        "{flash}"
    );
    assert_eq!(texts(&m)[0].chars().count(), 10_000);
}

#[test]
fn note_taker_names_with_commas_survive_the_details_form() {
    let mut m = model();
    let names = ["Lind, Per", "Öberg, Åsa"];
    set_note_takers(&mut m, &names);
    update(&mut m, Action::Details, at("09:01"));
    assert!(
        update(&mut m, Action::Commit, at("09:01")).is_empty(),
        "a plain Enter changes nothing"
    );
    assert_eq!(m.session.details.note_takers, names);
    // A third name on the empty line at the end.
    update(&mut m, Action::Details, at("09:02"));
    for _ in 0..8 {
        update(&mut m, Action::Down, at("09:02"));
    }
    update(&mut m, Action::Insert("Berg, Eva".into()), at("09:02"));
    update(&mut m, Action::Commit, at("09:02"));
    assert_eq!(
        m.session.details.note_takers,
        ["Lind, Per", "Öberg, Åsa", "Berg, Eva"]
    );
}

#[test]
fn ctrl_d_changes_the_subtitle_and_the_date_and_refuses_a_bad_date() {
    let mut m = model();
    update(&mut m, Action::Details, at("09:01"));
    update(&mut m, Action::Down, at("09:01"));
    let Mode::Details(form) = &mut m.mode else {
        panic!("{:?}", m.mode)
    };
    form.inputs[1] = LineInput::with_text("Regionträff Norr");
    form.inputs[2] = LineInput::with_text("21 nov");
    assert!(update(&mut m, Action::Commit, at("09:02")).is_empty());
    assert!(
        matches!(&m.mode, Mode::Details(f) if f.field == 2),
        "the form stays open"
    );
    assert_eq!(m.flash.as_ref().unwrap().text, m.lang.strings().bad_date);
    let Mode::Details(form) = &mut m.mode else {
        panic!()
    };
    form.inputs[2] = LineInput::with_text("2015-11-21");
    let effects = update(&mut m, Action::Commit, at("09:03"));
    assert!(matches!(
        effects.as_slice(),
        [Effect::Persist(_, Event::HeadingSet { .. })]
    ));
    assert_eq!(m.session.subtitle(Lang::Sv), "Regionträff Norr");
    assert_eq!(m.session.date().to_string(), "2015-11-21");
    let md = String::from_utf8(
        crate::minutes::render(&m.session, Format::Markdown, Lang::Sv, None).unwrap(),
    )
    .unwrap();
    assert!(md.contains("*Regionträff Norr*"), "{md}");
    assert!(md.contains("21 november 2015"), "{md}");
    // The heading is not on the capture screen: the first Ctrl+Z names it, the second
    // undoes it.
    update(&mut m, Action::Undo, at("09:04"));
    assert_eq!(m.session.subtitle(Lang::Sv), "Regionträff Norr");
    update(&mut m, Action::Undo, at("09:04"));
    assert_eq!(m.session.subtitle(Lang::Sv), "Tjänstemannaforum");
    assert_eq!(m.session.date().to_string(), "2015-11-20");
}

#[test]
fn names_with_commas_are_kept_apart_in_the_minutes() {
    let mut m = model();
    set_note_takers(&mut m, &["Lind, Per", "Öberg, Åsa"]);
    let md = String::from_utf8(
        crate::minutes::render(&m.session, Format::Markdown, Lang::Sv, None).unwrap(),
    )
    .unwrap();
    assert!(
        md.contains("- **Antecknare:** Lind, Per; Öberg, Åsa\n"),
        "{md}"
    );
}
