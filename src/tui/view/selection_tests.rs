//! The footer and the help follow the table in force: typing a line, a contribution
//! selected, one being edited.

use super::tests::render;
use crate::agenda::Agenda;
use crate::i18n::Lang;
use crate::session::{Session, Timestamp};
use crate::tui::action::Action;
use crate::tui::input::LineInput;
use crate::tui::model::Model;
use crate::tui::update::keys::update;
use chrono::TimeZone;

fn nine() -> Timestamp {
    chrono::FixedOffset::east_opt(3600)
        .and_then(|zone| zone.with_ymd_and_hms(2015, 11, 20, 9, 0, 0).single())
        .expect("a valid time")
}

/// Two contributions logged, in English, nothing selected.
fn logged() -> Model {
    let session = Session::new(
        "2015-11-20-test".into(),
        "Integration".into(),
        Lang::Sv,
        Agenda::builtin().expect("the built-in agenda"),
        &["Region Skåne".into(), "Gotland".into()],
        nine(),
    );
    let mut model = Model::new(session, Lang::En, nine());
    for text in ["One", "Two"] {
        model.capture = LineInput::with_text(text);
        update(&mut model, Action::Commit, nine());
    }
    model
}

fn screen_text(model: &Model) -> Vec<String> {
    let terminal = render(model, 140, 45, nine());
    let buffer = terminal.backend().buffer();
    (0..buffer.area.height)
        .map(|y| {
            (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol())
                .collect()
        })
        .collect()
}

fn footer(model: &Model) -> String {
    screen_text(model).last().cloned().unwrap_or_default()
}

#[test]
fn the_footer_names_the_keys_of_each_state_in_its_table_s_words() {
    let mut model = logged();
    let typing = footer(&model);
    assert!(
        typing.contains("Enter save") && typing.contains("↑ select"),
        "{typing}"
    );
    assert!(
        !typing.contains("Delete") && !typing.contains("Esc"),
        "{typing}"
    );
    update(&mut model, Action::Up, nine());
    let selected = footer(&model);
    for words in ["Enter edit", "Esc cancel", "Delete delete", "Ctrl+P"] {
        assert!(selected.contains(words), "{words}: {selected}");
    }
    assert!(
        !selected.contains("↑") && !selected.contains("PgDn"),
        "{selected}"
    );
    update(&mut model, Action::Commit, nine());
    let editing = footer(&model);
    assert!(
        editing.contains("Enter save") && editing.contains("Esc cancel"),
        "{editing}"
    );
    assert!(
        !editing.contains("Delete") && !editing.contains("↑"),
        "{editing}"
    );
}

/// Over a selection the help lists the selection's own keys first, then the capture
/// screen's as always; from the line it lists only the capture screen's.
#[test]
fn the_help_over_a_selection_lists_its_own_keys_first() {
    let mut model = logged();
    update(&mut model, Action::Help, nine());
    let plain = screen_text(&model).join("\n");
    assert!(plain.contains("Save the line as a contribution"), "{plain}");
    assert!(!plain.contains("Deselect the contribution"), "{plain}");
    update(&mut model, Action::Cancel, nine());
    update(&mut model, Action::Up, nine());
    update(&mut model, Action::Help, nine());
    let over = screen_text(&model).join("\n");
    let own = over
        .find("Deselect the contribution")
        .expect("the selection's Esc");
    let capture = over
        .find("Save the line as a contribution")
        .expect("the capture screen's Enter");
    assert!(own < capture, "{over}");
    assert!(over.contains("Edit the selected contribution"), "{over}");
}
