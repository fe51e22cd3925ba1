use super::*;
use crate::agenda::Agenda;
use crate::i18n::Lang;
use crate::minutes::Format;
use crate::session::{Event, Timestamp};
use crate::session::{Kind, Session};
use crate::tui::action::Action;
use crate::tui::model::{Mode, Model};
use chrono::TimeZone;

pub(super) fn at(hh_mm: &str) -> Timestamp {
    let (h, m) = hh_mm.split_once(':').unwrap();
    chrono::FixedOffset::east_opt(3600)
        .unwrap()
        .with_ymd_and_hms(2015, 11, 20, h.parse().unwrap(), m.parse().unwrap(), 0)
        .unwrap()
}

pub(super) fn model() -> Model {
    let session = Session::new(
        "2015-11-20-test".into(),
        "Integration för tillväxt".into(),
        Lang::Sv,
        Agenda::builtin().unwrap(),
        &[
            "Region Skåne".into(),
            "Region Örebro län".into(),
            "Gotland".into(),
        ],
        at("09:00"),
    );
    let mut model = Model::new(session, Lang::Sv, at("09:00"));
    start_clock(&mut model, at("09:00"));
    model
}

pub(super) fn type_text(model: &mut Model, text: &str) {
    for c in text.chars() {
        update(model, Action::Insert(c.to_string()), at("09:01"));
    }
}

pub(super) fn texts(model: &Model) -> Vec<String> {
    model
        .session
        .contributions_for_item(&model.session.current_item)
        .map(|c| c.text.clone())
        .collect()
}

#[test]
fn enter_commits_the_line_with_group_kind_and_time() {
    let mut m = model();
    type_text(&mut m, "Snabbare validering i Skåne");
    update(&mut m, Action::NextGroup, at("09:01"));
    update(&mut m, Action::CycleKind, at("09:01"));
    let effects = update(&mut m, Action::Commit, at("09:02"));
    assert_eq!(effects.len(), 1);
    let Effect::Persist(
        _,
        Event::ContributionAdded {
            item,
            group,
            kind,
            text,
            at: when,
            ..
        },
    ) = &effects[0]
    else {
        panic!("{effects:?}")
    };
    assert_eq!(
        (item.as_str(), *group, *kind, text.as_str(), *when),
        (
            "welcome",
            crate::session::EventId::origin(2),
            Kind::Proposal,
            "Snabbare validering i Skåne",
            at("09:02")
        )
    );
    assert_eq!(m.capture.text(), "");
    assert_eq!(texts(&m), ["Snabbare validering i Skåne"]);
}

#[test]
fn enter_on_a_blank_capture_line_records_nothing() {
    let mut m = model();
    type_text(&mut m, "   ");
    assert!(update(&mut m, Action::Commit, at("09:01")).is_empty());
    assert!(m.session.contributions.is_empty());
}

#[test]
fn esc_clears_the_line() {
    let mut m = model();
    type_text(&mut m, "fel");
    update(&mut m, Action::Cancel, at("09:01"));
    assert_eq!(m.capture.text(), "");
}

#[test]
fn groups_and_kinds_cycle_both_ways() {
    let mut m = model();
    update(&mut m, Action::PrevGroup, at("09:01"));
    assert_eq!(m.group_name(), "Gotland");
    update(&mut m, Action::NextGroup, at("09:01"));
    assert_eq!(m.group_name(), "Region Skåne");
    for expected in [Kind::Proposal, Kind::Question, Kind::Action, Kind::Comment] {
        update(&mut m, Action::CycleKind, at("09:01"));
        assert_eq!(m.kind, expected);
    }
}

#[test]
fn stepping_back_and_forth_loses_nothing() {
    let mut m = model();
    type_text(&mut m, "På välkomsten");
    update(&mut m, Action::Commit, at("09:01"));
    let effects = update(&mut m, Action::NextItem, at("09:05"));
    assert!(effects.contains(&Effect::Snapshot));
    assert_eq!(m.session.current_item, "background");
    type_text(&mut m, "Om bakgrunden");
    update(&mut m, Action::Commit, at("09:06"));
    update(&mut m, Action::PrevItem, at("09:07"));
    assert_eq!(texts(&m), ["På välkomsten"]);
    update(&mut m, Action::NextItem, at("09:08"));
    assert_eq!(texts(&m), ["Om bakgrunden"]);
    assert_eq!(m.session.seconds_on("welcome", at("09:08")), 6 * 60);
    assert_eq!(m.session.seconds_on("background", at("09:08")), 2 * 60);
}

#[test]
fn the_first_and_last_items_are_the_ends() {
    let mut m = model();
    assert!(update(&mut m, Action::PrevItem, at("09:01")).is_empty());
    for _ in 0..20 {
        update(&mut m, Action::NextItem, at("09:01"));
    }
    assert_eq!(m.session.current_item, "wrap-up");
}

#[test]
fn select_edit_and_save_marks_the_contribution_edited() {
    let mut m = model();
    for t in ["Ett", "Två"] {
        type_text(&mut m, t);
        update(&mut m, Action::Commit, at("09:01"));
    }
    update(&mut m, Action::Up, at("09:02"));
    update(&mut m, Action::Up, at("09:02"));
    assert_eq!(m.selected_contribution().unwrap().text, "Ett");
    update(&mut m, Action::Commit, at("09:02"));
    assert_eq!(m.capture.text(), "Ett");
    update(&mut m, Action::End, at("09:02"));
    type_text(&mut m, " (rättat)");
    update(&mut m, Action::Commit, at("09:03"));
    assert_eq!(texts(&m), ["Ett (rättat)", "Två"]);
    assert_eq!(
        m.selected_contribution().unwrap().edited_at,
        Some(at("09:03"))
    );
    assert!(m.editing.is_none());
}

#[test]
fn esc_cancels_an_edit_and_restores_the_selectors() {
    let mut m = model();
    type_text(&mut m, "Ett");
    update(&mut m, Action::Commit, at("09:01"));
    update(&mut m, Action::NextGroup, at("09:01"));
    update(&mut m, Action::Up, at("09:02"));
    update(&mut m, Action::Commit, at("09:02"));
    assert_eq!(m.group_name(), "Region Skåne");
    update(&mut m, Action::Cancel, at("09:02"));
    assert_eq!(m.group_name(), "Region Örebro län");
    assert_eq!(texts(&m), ["Ett"]);
}

#[test]
fn delete_undo_redo() {
    let mut m = model();
    for t in ["Ett", "Två", "Tre"] {
        type_text(&mut m, t);
        update(&mut m, Action::Commit, at("09:01"));
    }
    update(&mut m, Action::Up, at("09:02"));
    update(&mut m, Action::Up, at("09:02"));
    update(&mut m, Action::Delete, at("09:02"));
    assert_eq!(texts(&m), ["Ett", "Tre"]);
    update(&mut m, Action::Undo, at("09:03"));
    assert_eq!(texts(&m), ["Ett", "Två", "Tre"]);
    update(&mut m, Action::Redo, at("09:03"));
    assert_eq!(texts(&m), ["Ett", "Tre"]);
    update(&mut m, Action::Undo, at("09:04"));
    update(&mut m, Action::Undo, at("09:04"));
    assert_eq!(texts(&m), ["Ett", "Två"]);
    let effects = update(&mut m, Action::Undo, at("09:04"));
    assert_eq!(effects.len(), 1);
    update(&mut m, Action::Undo, at("09:04"));
    update(&mut m, Action::Undo, at("09:04"));
    assert!(texts(&m).is_empty());
    assert!(update(&mut m, Action::Undo, at("09:04")).is_empty());
}

#[test]
fn delete_in_a_non_empty_line_deletes_a_character_not_a_contribution() {
    let mut m = model();
    type_text(&mut m, "Ett");
    update(&mut m, Action::Commit, at("09:01"));
    type_text(&mut m, "ab");
    update(&mut m, Action::Home, at("09:01"));
    update(&mut m, Action::Delete, at("09:01"));
    assert_eq!(m.capture.text(), "b");
    assert_eq!(texts(&m), ["Ett"]);
}

#[test]
fn a_group_can_be_added_during_the_session_and_is_selected() {
    let mut m = model();
    update(&mut m, Action::AddGroup, at("09:01"));
    for c in "Region Västerbotten".chars() {
        update(&mut m, Action::Insert(c.to_string()), at("09:01"));
    }
    let effects = update(&mut m, Action::Commit, at("09:01"));
    // The group is named by the event that adds it.
    let added = m.session.groups.last().map(|g| g.id);
    assert!(matches!(
        effects[..],
        [Effect::Persist(event_id, Event::GroupAdded { id, .. })]
            if Some(id) == added && id == event_id
    ));
    assert_eq!(m.mode, Mode::Capture);
    assert_eq!(m.group_name(), "Region Västerbotten");
    update(&mut m, Action::AddGroup, at("09:01"));
    update(&mut m, Action::Insert("region skåne".into()), at("09:01"));
    assert!(update(&mut m, Action::Commit, at("09:01")).is_empty());
}

#[test]
fn help_opens_and_closes_and_quit_quits() {
    let mut m = model();
    update(&mut m, Action::Help, at("09:01"));
    assert_eq!(m.mode, Mode::Help);
    update(&mut m, Action::Insert("x".into()), at("09:01"));
    assert_eq!(m.capture.text(), "");
    update(&mut m, Action::Cancel, at("09:01"));
    assert_eq!(m.mode, Mode::Capture);
    assert_eq!(
        update(&mut m, Action::Quit, at("09:01")),
        vec![Effect::Quit]
    );
}

#[test]
fn the_flash_message_goes_after_five_seconds() {
    let mut m = model();
    update(&mut m, Action::Undo, at("09:01"));
    assert!(m.flash.is_some());
    update(&mut m, Action::Tick, at("09:02"));
    assert!(m.flash.is_none());
}

#[test]
fn ctrl_e_picks_a_format_to_export() {
    let mut m = model();
    update(&mut m, Action::Export, at("09:01"));
    assert_eq!(m.mode, Mode::Export(0));
    update(&mut m, Action::Down, at("09:01"));
    update(&mut m, Action::Down, at("09:01"));
    assert_eq!(
        update(&mut m, Action::Commit, at("09:01")),
        vec![Effect::Export(Format::Docx)]
    );
    assert_eq!(m.mode, Mode::Capture);
    update(&mut m, Action::Export, at("09:01"));
    assert_eq!(
        update(&mut m, Action::Insert("2".into()), at("09:01")),
        vec![Effect::Export(Format::Html)]
    );
    update(&mut m, Action::Export, at("09:01"));
    assert!(update(&mut m, Action::Cancel, at("09:01")).is_empty());
    assert_eq!(m.mode, Mode::Capture);
}

#[test]
fn the_details_form_saves_only_what_changed_and_can_be_undone() {
    let mut m = model();
    update(&mut m, Action::Details, at("09:01"));
    for _ in 0..3 {
        update(&mut m, Action::NextGroup, at("09:01"));
    }
    for c in "Rosenbad, Stockholm".chars() {
        update(&mut m, Action::Insert(c.to_string()), at("09:01"));
    }
    // Past the moderator and the planned start.
    update(&mut m, Action::Down, at("09:01"));
    update(&mut m, Action::Down, at("09:01"));
    update(&mut m, Action::Down, at("09:01"));
    update(&mut m, Action::Insert("Åsa Ö".into()), at("09:01"));
    update(&mut m, Action::Down, at("09:01"));
    update(&mut m, Action::Insert("Per".into()), at("09:01"));
    let effects = update(&mut m, Action::Commit, at("09:02"));
    let [
        Effect::Persist(
            _,
            Event::DetailsSet {
                title,
                place,
                moderator,
                note_takers,
                ..
            },
        ),
    ] = &effects[..]
    else {
        panic!("{effects:?}")
    };
    assert_eq!(title, &None);
    assert_eq!(place.as_deref(), Some("Rosenbad, Stockholm"));
    assert_eq!(moderator, &None);
    assert_eq!(
        note_takers.as_deref(),
        Some(&["Åsa Ö".to_string(), "Per".to_string()][..])
    );
    // The details are not on screen: the first Ctrl+Z names the change, the second
    // undoes it.
    update(&mut m, Action::Undo, at("09:03"));
    assert_eq!(m.session.details.place, "Rosenbad, Stockholm");
    update(&mut m, Action::Undo, at("09:03"));
    assert_eq!(m.session.details.place, "");
    assert!(m.session.details.note_takers.is_empty());
    update(&mut m, Action::Details, at("09:04"));
    assert!(
        update(&mut m, Action::Commit, at("09:04")).is_empty(),
        "nothing changed"
    );
}

#[test]
fn a_group_is_found_by_typing_part_of_its_name_without_the_dots() {
    let mut m = model();
    update(&mut m, Action::PickGroup, at("09:01"));
    update(&mut m, Action::Insert("orebro".into()), at("09:01"));
    update(&mut m, Action::Commit, at("09:01"));
    assert_eq!(m.group_name(), "Region Örebro län");
    assert_eq!(m.mode, Mode::Capture);
    update(&mut m, Action::PickGroup, at("09:01"));
    update(&mut m, Action::Insert("region".into()), at("09:01"));
    update(&mut m, Action::Down, at("09:01"));
    update(&mut m, Action::Commit, at("09:01"));
    assert_eq!(m.group_name(), "Region Örebro län");
    update(&mut m, Action::PickGroup, at("09:01"));
    update(&mut m, Action::Insert("zzz".into()), at("09:01"));
    update(&mut m, Action::Commit, at("09:01"));
    assert!(
        matches!(m.mode, Mode::AddGroup(_)),
        "nothing to choose: adding it is offered"
    );
    update(&mut m, Action::Cancel, at("09:01"));
    assert_eq!(m.group_name(), "Region Örebro län");
}

#[test]
fn an_old_session_opens_with_the_clock_standing_and_f6_starts_it() {
    let mut m = model();
    update(&mut m, Action::Quit, at("09:10"));
    let effects = stop_clock(&mut m, at("09:10"));
    assert_eq!(effects.len(), 1);
    // Opened again the next morning: the clock stands, so the span and the minutes
    // used stay as they were.
    let mut later = Model::new(m.session.clone(), Lang::Sv, at("23:00"));
    let effects = start_clock(&mut later, at("23:00"));
    assert!(effects.is_empty(), "{effects:?}");
    update(&mut later, Action::NextItem, at("23:05"));
    assert_eq!(later.session.seconds_on("background", at("23:30")), 0);
    update(&mut later, Action::ToggleClock, at("23:10"));
    assert_eq!(later.session.seconds_on("background", at("23:11")), 60);
    update(&mut later, Action::ToggleClock, at("23:12"));
    assert_eq!(later.session.seconds_on("background", at("23:59")), 120);
}

#[test]
fn the_group_picker_lists_every_group_before_anything_is_typed() {
    let mut m = model();
    update(&mut m, Action::PickGroup, at("09:01"));
    let Mode::PickGroup(picker) = &m.mode else {
        panic!()
    };
    assert_eq!(picker.matches(&m.session), [0, 1, 2]);
    update(&mut m, Action::Down, at("09:01"));
    update(&mut m, Action::Down, at("09:01"));
    update(&mut m, Action::Commit, at("09:01"));
    assert_eq!(m.group_name(), "Gotland");
}

#[test]
fn reopening_selects_the_group_of_the_last_contribution() {
    let mut m = model();
    update(&mut m, Action::NextGroup, at("09:01"));
    update(&mut m, Action::NextGroup, at("09:01"));
    type_text(&mut m, "Från Gotland");
    update(&mut m, Action::Commit, at("09:02"));
    let again = Model::new(m.session.clone(), Lang::Sv, at("09:30"));
    assert_eq!(again.group_name(), "Gotland");
}
