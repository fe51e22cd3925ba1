//! Edits and deletes from the app name the revision they were made on, and undo and
//! redo of an edit never leave a second version behind.

use super::effect::Effect;
use super::keys::update;
use super::tests::{at, model, type_text};
use crate::session::Event;
use crate::tui::action::Action;

#[test]
fn an_edit_and_a_delete_name_the_revision_they_were_made_on() {
    let mut m = model();
    type_text(&mut m, "Först");
    update(&mut m, Action::Commit, at("09:01"));
    let line = *m.session.contributions.keys().next().unwrap();
    update(&mut m, Action::Up, at("09:02"));
    update(&mut m, Action::Commit, at("09:02"));
    type_text(&mut m, " och sedan");
    let effects = update(&mut m, Action::Commit, at("09:03"));
    let [Effect::Persist(edit_id, Event::ContributionEdited { base, .. })] = &effects[..] else {
        panic!("{effects:?}")
    };
    assert_eq!(*base, Some(line), "made on the revision that added it");
    assert_eq!(m.session.contributions[&line].rev(), *edit_id);

    update(&mut m, Action::Undo, at("09:04"));
    update(&mut m, Action::Redo, at("09:05"));
    let c = &m.session.contributions[&line];
    assert_eq!(c.text, "Först och sedan");
    assert!(c.versions.is_empty(), "undo and redo are no conflict");

    update(&mut m, Action::Up, at("09:06"));
    let rev = m.session.contributions[&line].rev();
    let effects = update(&mut m, Action::Delete, at("09:06"));
    assert!(
        effects.iter().any(|e| matches!(
            e,
            Effect::Persist(_, Event::ContributionDeleted { base: Some(b), .. }) if *b == rev
        )),
        "{effects:?}"
    );
    assert!(m.session.contributions.is_empty());
}

#[test]
fn an_event_is_timed_to_the_second_and_its_id_to_the_millisecond_it_was_made() {
    let mut m = model();
    let typed = at("09:01");
    m.stamp_millis = typed.timestamp_millis() + 750;
    type_text(&mut m, "Tre kvart in i sekunden");
    let effects = update(&mut m, Action::Commit, typed);
    let [Effect::Persist(id, Event::ContributionAdded { at, .. })] = &effects[..] else {
        panic!("{effects:?}")
    };
    assert_eq!(*at, typed, "the contribution's time is to the second");
    assert_eq!(
        id.stamp.millis(),
        (typed.timestamp_millis() + 750) as u64,
        "its id is stamped with the millisecond"
    );
}
