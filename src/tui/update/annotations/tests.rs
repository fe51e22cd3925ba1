use crate::i18n::annotations::SV;
use crate::session::annotations::{ActionAssigned, DotsSet, ItemNotesSet, TagsSet};
use crate::session::{Event, Kind};
use crate::tui::action::Action;
use crate::tui::model::{Mode, Model};
use crate::tui::update::Effect;
use crate::tui::update::fixture::{at_nine as at, model_with, persisted};
use crate::tui::update::keys::update;
use chrono::NaiveDate;

/// The id of the `n`th contribution said (ids grow in the order they are minted).
fn cid(m: &Model, n: usize) -> crate::session::ContributionId {
    *m.session.contributions.keys().nth(n - 1).unwrap()
}

fn model() -> Model {
    model_with(&["Region Skåne", "Gotland"], at(0), false)
}

fn press(model: &mut Model, action: Action) -> Vec<Effect> {
    update(model, action, at(5))
}

fn type_text(model: &mut Model, text: &str) {
    for c in text.chars() {
        press(model, Action::Insert(c.to_string()));
    }
}

/// Commits a line of `kind`; returns the effects.
fn say(model: &mut Model, kind: Kind, text: &str) -> Vec<Effect> {
    model.kind = kind;
    type_text(model, text);
    press(model, Action::Commit)
}

#[test]
fn the_quick_syntax_gives_an_action_owner_due_date_and_themes_in_one_undo_step() {
    let mut m = model();
    let effects = say(
        &mut m,
        Kind::Action,
        "Lägesbild till februari @Region Skåne !2016-02-29 #ESF #esf",
    );
    let events = persisted(&effects);
    assert!(
        matches!(events[0], Event::ContributionAdded { text, .. } if text == "Lägesbild till februari")
    );
    let due = NaiveDate::from_ymd_opt(2016, 2, 29);
    assert_eq!(
        events[1..],
        [
            &Event::TagsSet(TagsSet {
                id: cid(&m, 1),
                tags: vec!["ESF".into()],
                at: at(5)
            }),
            &Event::ActionAssigned(ActionAssigned {
                id: cid(&m, 1),
                owner: "Region Skåne".into(),
                due,
                at: at(5)
            }),
        ]
    );
    assert_eq!(m.undo.len(), 1, "one step for the line and its extras");
    press(&mut m, Action::Undo);
    assert!(m.session.contributions.is_empty());
    press(&mut m, Action::Redo);
    assert_eq!(
        m.session.annotations.assignment(cid(&m, 1)).unwrap().due,
        due
    );
    assert_eq!(m.session.annotations.tags_of(cid(&m, 1)), ["ESF"]);
}

#[test]
fn an_impossible_date_keeps_the_line_and_saves_nothing() {
    let mut m = model();
    let line = "Lägesbild !2016-13-01";
    assert!(say(&mut m, Kind::Action, line).is_empty());
    assert_eq!(m.capture.text(), line);
    assert!(m.session.contributions.is_empty());
    assert_eq!(m.flash.as_ref().unwrap().text, SV.bad_date);
}

#[test]
fn the_summary_editor_writes_a_multi_line_summary_and_decisions() {
    let mut m = model();
    press(&mut m, Action::Summary);
    type_text(&mut m, "Rad ett");
    press(&mut m, Action::Commit);
    type_text(&mut m, "Rad två");
    press(&mut m, Action::NextGroup);
    type_text(&mut m, "Beslut A");
    press(&mut m, Action::Commit);
    type_text(&mut m, "Beslut B");
    let effects = press(&mut m, Action::Summary);
    assert_eq!(m.mode, Mode::Capture);
    assert_eq!(
        persisted(&effects),
        [&Event::ItemNotesSet(ItemNotesSet {
            item: "welcome".into(),
            summary: Some("Rad ett\nRad två".into()),
            decisions: Some(vec!["Beslut A".into(), "Beslut B".into()]),
            at: at(5),
        })]
    );
    press(&mut m, Action::Undo);
    assert!(m.session.annotations.notes("welcome").is_none());
}

#[test]
fn backspace_at_the_start_of_a_line_joins_it_and_esc_saves_nothing() {
    let mut m = model();
    press(&mut m, Action::Summary);
    type_text(&mut m, "Första");
    press(&mut m, Action::Commit);
    type_text(&mut m, "andra");
    press(&mut m, Action::Home);
    press(&mut m, Action::Backspace);
    type_text(&mut m, " ");
    let Mode::Summary(form) = &m.mode else {
        panic!("{:?}", m.mode)
    };
    assert_eq!(form.summary.texts(), ["Första andra"]);
    assert!(press(&mut m, Action::Cancel).is_empty());
    assert_eq!(m.mode, Mode::Capture);
    assert!(m.session.annotations.is_empty());
}

#[test]
fn the_theme_form_completes_used_themes_and_refuses_a_bad_date() {
    let mut m = model();
    say(&mut m, Kind::Comment, "Om validering #Validering");
    say(&mut m, Kind::Action, "Bjud in till forum");
    press(&mut m, Action::Up);
    press(&mut m, Action::Annotate);
    type_text(&mut m, "ESF, val");
    press(&mut m, Action::NextGroup);
    press(&mut m, Action::NextGroup);
    type_text(&mut m, "Region Örebro län");
    press(&mut m, Action::NextGroup);
    type_text(&mut m, "2016-13-01");
    assert!(press(&mut m, Action::Commit).is_empty());
    assert!(
        matches!(m.mode, Mode::Annotate(_)),
        "still open to fix the date"
    );
    for _ in 0..5 {
        press(&mut m, Action::Backspace);
    }
    type_text(&mut m, "01-31");
    let effects = press(&mut m, Action::Commit);
    let due = NaiveDate::from_ymd_opt(2016, 1, 31);
    assert_eq!(
        persisted(&effects),
        [
            &Event::TagsSet(TagsSet {
                id: cid(&m, 2),
                tags: vec!["ESF".into(), "Validering".into()],
                at: at(5)
            }),
            &Event::ActionAssigned(ActionAssigned {
                id: cid(&m, 2),
                owner: "Region Örebro län".into(),
                due,
                at: at(5)
            }),
        ]
    );
    press(&mut m, Action::Undo);
    assert!(m.session.annotations.assignment(cid(&m, 2)).is_none());
}

#[test]
fn the_theme_form_needs_a_selected_contribution() {
    let mut m = model();
    assert!(press(&mut m, Action::Annotate).is_empty());
    assert_eq!(m.mode, Mode::Capture);
    assert_eq!(m.flash.as_ref().unwrap().text, SV.select_first);
}

#[test]
fn the_vote_screen_sets_replaces_and_removes_dots() {
    let mut m = model();
    say(&mut m, Kind::Proposal, "Första förslaget");
    say(&mut m, Kind::Comment, "Ingen röst");
    say(&mut m, Kind::Proposal, "Andra förslaget");
    press(&mut m, Action::Vote);
    type_text(&mut m, "7");
    let first = press(&mut m, Action::Down);
    type_text(&mut m, "12");
    press(&mut m, Action::Backspace);
    let second = press(&mut m, Action::Commit);
    let dots = |id, dots| {
        Event::DotsSet(DotsSet {
            id,
            dots,
            at: at(5),
        })
    };
    assert_eq!(persisted(&first), [&dots(cid(&m, 1), 7)]);
    assert_eq!(
        persisted(&second),
        [&dots(cid(&m, 3), 1)],
        "only proposals are listed"
    );
    press(&mut m, Action::Up);
    type_text(&mut m, "0");
    assert_eq!(
        persisted(&press(&mut m, Action::Commit)),
        [&dots(cid(&m, 1), 0)]
    );
    assert_eq!(m.session.annotations.dots_of(cid(&m, 1)), 0);
    press(&mut m, Action::Cancel);
    press(&mut m, Action::Undo);
    assert_eq!(
        m.session.annotations.dots_of(cid(&m, 1)),
        7,
        "undo brings the vote back"
    );
}

#[test]
fn alt_v_again_on_the_vote_screen_lists_every_items_proposals() {
    let mut m = model();
    say(&mut m, Kind::Proposal, "På välkomsten");
    press(&mut m, Action::NextItem);
    say(&mut m, Kind::Proposal, "I bakgrunden");
    press(&mut m, Action::Vote);
    let Mode::Vote(screen) = &m.mode else {
        panic!()
    };
    assert_eq!(screen.proposals(&m.session, m.item()), [cid(&m, 2)]);
    press(&mut m, Action::Vote);
    let Mode::Vote(screen) = &m.mode else {
        panic!()
    };
    assert!(screen.all);
    assert_eq!(
        screen.proposals(&m.session, m.item()),
        [cid(&m, 1), cid(&m, 2)]
    );
}

#[test]
fn the_theme_form_adds_to_the_themes_a_contribution_has() {
    let mut m = model();
    say(&mut m, Kind::Comment, "Om validering #Validering");
    say(&mut m, Kind::Comment, "Om fonder #ESF");
    press(&mut m, Action::Up);
    press(&mut m, Action::Annotate);
    type_text(&mut m, "vali");
    press(&mut m, Action::NextGroup);
    let effects = press(&mut m, Action::Commit);
    let tags = vec!["ESF".to_string(), "Validering".to_string()];
    assert_eq!(
        persisted(&effects),
        [&Event::TagsSet(TagsSet {
            id: cid(&m, 2),
            tags,
            at: at(5)
        })]
    );
}

/// Undo names a summary by its item; from another item it asks for a second press.
#[test]
fn undo_names_the_summary_of_an_item_that_is_not_on_screen_and_asks_first() {
    let mut m = model();
    press(&mut m, Action::Summary);
    type_text(&mut m, "Kort sammanfattning");
    press(&mut m, Action::Summary);
    press(&mut m, Action::NextItem);
    press(&mut m, Action::Undo);
    assert_eq!(
        m.flash.as_ref().unwrap().text,
        "Ctrl+Z igen ångrar: sammanfattning och beslut för punkt 1"
    );
    assert!(m.session.annotations.notes("welcome").is_some(), "not yet");
    press(&mut m, Action::Undo);
    assert_eq!(
        m.flash.as_ref().unwrap().text,
        "Ångrat: sammanfattning och beslut för punkt 1"
    );
    assert!(m.session.annotations.notes("welcome").is_none());
}

/// Dots, themes and owners are about one contribution: undo names it by its group
/// and selects it.
#[test]
fn undo_of_a_vote_names_the_proposal_and_selects_it() {
    let mut m = model();
    say(&mut m, Kind::Proposal, "Första förslaget");
    say(&mut m, Kind::Comment, "Ingen röst");
    press(&mut m, Action::Vote);
    type_text(&mut m, "4");
    press(&mut m, Action::Commit);
    press(&mut m, Action::Cancel);
    press(&mut m, Action::Undo);
    assert_eq!(
        m.flash.as_ref().unwrap().text,
        "Ångrat: prickar för förslag från Region Skåne"
    );
    assert_eq!(m.session.annotations.dots_of(cid(&m, 1)), 0);
    assert_eq!(m.selected, m.position_of(cid(&m, 1)));
    press(&mut m, Action::Redo);
    assert_eq!(
        m.flash.as_ref().unwrap().text,
        "Gjort igen: prickar för förslag från Region Skåne"
    );
}
