//! The capture screen's three tables: what Enter, Esc, ↑ ↓ and Delete run in each, and
//! the lines they share being the same lists, not copies.

use super::*;
use crate::i18n::Lang;

fn press_in(keymap: &Keymap, code: KeyCode) -> Option<Action> {
    action_for(keymap, KeyEvent::new(code, NONE))
}

#[test]
fn enter_esc_arrows_and_delete_run_each_state_s_own_action() {
    use KeyCode::{Delete, Down, Enter, Esc, Up};
    let expected = [
        (
            &CAPTURE,
            [Action::Commit, Action::Cancel, Action::Up, Action::Delete],
        ),
        (
            &SELECTED,
            [
                Action::EditSelected,
                Action::Deselect,
                Action::Up,
                Action::DeleteSelected,
            ],
        ),
    ];
    for (keymap, [enter, esc, up, delete]) in expected {
        assert_eq!(press_in(keymap, Enter), Some(enter));
        assert_eq!(press_in(keymap, Esc), Some(esc));
        assert_eq!(press_in(keymap, Up), Some(up));
        assert_eq!(press_in(keymap, Delete), Some(delete));
    }
    assert_eq!(press_in(&SELECTED, Down), Some(Action::Down));
    assert_eq!(press_in(&EDITING, Enter), Some(Action::SaveEdit));
    assert_eq!(press_in(&EDITING, Esc), Some(Action::CancelEdit));
    // ↑ ↓ are not the edit's keys; Delete there edits the line.
    assert_eq!(press_in(&EDITING, Up), None);
    assert_eq!(press_in(&EDITING, Down), None);
    assert_eq!(press_in(&EDITING, Delete), Some(Action::Delete));
    // The selection's and the edit's actions belong to their own tables only.
    let runs = |keymap: &Keymap, action: &Action| {
        keymap
            .bindings()
            .flat_map(|b| b.keys.iter())
            .any(|(_, _, a)| a == action)
    };
    for action in [
        Action::EditSelected,
        Action::Deselect,
        Action::DeleteSelected,
    ] {
        assert!(!runs(&CAPTURE, &action) && !runs(&EDITING, &action));
    }
    for action in [Action::SaveEdit, Action::CancelEdit] {
        assert!(!runs(&CAPTURE, &action) && !runs(&SELECTED, &action));
    }
    for action in [Action::Commit, Action::Cancel] {
        assert!(!runs(&SELECTED, &action) && !runs(&EDITING, &action));
    }
}

/// The same line: the same keys and actions, words and place in the footer.
fn same(a: &Binding, b: &Binding) -> bool {
    let words = |b: &Binding| [Lang::Sv, Lang::En].map(|l| (b.short(l), b.help(l)));
    a.keys == b.keys && words(a) == words(b) && a.show == b.show
}

fn same_list(a: &[Binding], b: &[Binding]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(a, b)| same(a, b))
}

/// Every other key works alike in the three states: their tables are made of the
/// capture table's lists (written once in `capture.rs`), in the same order.
#[test]
fn the_three_capture_tables_share_every_other_list() {
    assert_eq!(SELECTED.tables.len(), CAPTURE.tables.len());
    // The edit has no list of its own for ↑ ↓ and Delete.
    assert_eq!(EDITING.tables.len(), CAPTURE.tables.len() - 1);
    for keymap in [&SELECTED, &EDITING] {
        let shared: Vec<_> = CAPTURE
            .tables
            .iter()
            .filter(|list| keymap.tables.iter().any(|l| same_list(l, list)))
            .collect();
        // Only Enter with Esc, and ↑ ↓ with Delete, are not shared.
        assert_eq!(shared.len(), CAPTURE.tables.len() - 2);
        assert!(keymap.text, "a typed character still reaches the line");
    }
}
