use super::NONE;
use super::*;
use crate::i18n::Lang;
use crate::session::Kind;

fn press(code: KeyCode, mods: KeyModifiers) -> Option<Action> {
    action_for(&CAPTURE, KeyEvent::new(code, mods))
}

fn press_in(keymap: &Keymap, code: KeyCode, mods: KeyModifiers) -> Option<Action> {
    action_for(keymap, KeyEvent::new(code, mods))
}

#[test]
fn the_documented_keys_do_what_they_say() {
    assert_eq!(press(KeyCode::Char('k'), CTRL), Some(Action::CycleKind));
    assert_eq!(press(KeyCode::F(2), NONE), Some(Action::CycleKind));
    assert_eq!(press(KeyCode::Right, ALT), Some(Action::NextItem));
    assert_eq!(press(KeyCode::Left, ALT), Some(Action::PrevItem));
    assert_eq!(press(KeyCode::Right, CTRL), Some(Action::WordRight));
    assert_eq!(press(KeyCode::Left, CTRL), Some(Action::WordLeft));
    assert_eq!(
        press(KeyCode::Char('w'), CTRL),
        Some(Action::DeleteWordBefore)
    );
    assert_eq!(
        press(KeyCode::Backspace, CTRL),
        Some(Action::DeleteWordBefore)
    );
    assert_eq!(press(KeyCode::Backspace, NONE), Some(Action::Backspace));
    assert_eq!(press(KeyCode::Delete, CTRL), Some(Action::DeleteWordAfter));
    assert_eq!(press(KeyCode::Delete, NONE), Some(Action::Delete));
    assert_eq!(press(KeyCode::Char('n'), CTRL), Some(Action::NextNotHeard));
    assert_eq!(
        press(KeyCode::Char('1'), ALT),
        Some(Action::SetKind(Kind::Comment))
    );
    assert_eq!(
        press(KeyCode::Char('2'), ALT),
        Some(Action::SetKind(Kind::Proposal))
    );
    assert_eq!(
        press(KeyCode::Char('4'), ALT),
        Some(Action::SetKind(Kind::Action))
    );
    assert_eq!(press(KeyCode::Char('0'), ALT), Some(Action::ToggleKindLock));
    assert_eq!(press(KeyCode::Char('5'), ALT), None);
    assert_eq!(press(KeyCode::BackTab, SHIFT), Some(Action::PrevGroup));
    assert_eq!(press(KeyCode::Char('c'), CTRL), Some(Action::Quit));
    assert_eq!(press(KeyCode::Char('Q'), CTRL | SHIFT), Some(Action::Quit));
    assert_eq!(
        press(KeyCode::Char('å'), NONE),
        Some(Action::Insert("å".into()))
    );
    assert_eq!(
        press(KeyCode::Char('Ö'), SHIFT),
        Some(Action::Insert("Ö".into()))
    );
    assert_eq!(press(KeyCode::Down, NONE), Some(Action::Down));
}

/// Crossterm reads Esc followed by a letter as that letter with ALT (Shift too
/// when the letter is upper case): the annotation editors' keys. The keys they
/// had before belong to search (Ctrl+S), the private notes (Ctrl+O) and the
/// projector (Ctrl+P, F9); F7 and F8 are the room grid and the re-timing.
#[test]
fn alt_letters_open_the_annotation_editors() {
    assert_eq!(press(KeyCode::Char('s'), ALT), Some(Action::Summary));
    assert_eq!(press(KeyCode::Char('v'), ALT), Some(Action::Vote));
    assert_eq!(press(KeyCode::Char('t'), ALT), Some(Action::Annotate));
    assert_eq!(
        press(KeyCode::Char('S'), ALT | SHIFT),
        Some(Action::Summary)
    );
    assert_eq!(press(KeyCode::Char('s'), CTRL), Some(Action::Search));
    assert_eq!(press(KeyCode::Char('o'), CTRL), Some(Action::Notes));
    assert_eq!(press(KeyCode::Char('p'), CTRL), Some(Action::Release));
    assert_eq!(press(KeyCode::F(9), NONE), Some(Action::Blank));
    assert_eq!(press(KeyCode::F(7), NONE), Some(Action::Grid));
    assert_eq!(press(KeyCode::F(8), NONE), Some(Action::Retime));
    // Alt+letter is never typed into the line.
    assert_eq!(press(KeyCode::Char('q'), ALT), None);
    assert_eq!(key_name(KeyCode::Char('s'), ALT), "Alt+S");
}

#[test]
fn every_key_is_bound_once_in_each_mode() {
    for (name, keymap) in ALL {
        let mut seen = Vec::new();
        for b in keymap.bindings() {
            for (code, mods, _) in b.keys {
                let key = (*code, *mods);
                assert!(!seen.contains(&key), "{name}: {key:?} is bound twice");
                seen.push(key);
            }
        }
    }
}

#[test]
fn key_releases_are_ignored() {
    let mut key = KeyEvent::new(KeyCode::Char('a'), NONE);
    key.kind = KeyEventKind::Release;
    for (_, keymap) in ALL {
        assert_eq!(action_for(keymap, key), None);
    }
}

#[test]
fn every_binding_has_both_languages() {
    for (_, keymap) in ALL {
        for b in keymap.bindings() {
            for lang in [Lang::Sv, Lang::En] {
                assert!(!b.short(lang).is_empty() && !b.help(lang).is_empty());
                assert!(!b.keys.is_empty());
            }
        }
    }
}

/// The table is what runs: in every mode, every key listed does exactly the action
/// beside it.
#[test]
fn every_listed_key_runs_its_own_action() {
    for (name, keymap) in ALL {
        for (code, mods, action) in keymap.bindings().flat_map(|b| b.keys.iter()) {
            let got = press_in(keymap, *code, *mods);
            assert_eq!(got, Some(action.clone()), "{name}: {code:?} {mods:?}");
        }
    }
    for (code, mods, action) in EDITING_KEYS {
        assert_eq!(press(*code, *mods), Some(action.clone()), "{code:?}");
    }
    for (code, action) in EDITING_KEYS_ANY_MODIFIER {
        assert_eq!(press(*code, NONE), Some(action.clone()));
        assert_eq!(press(*code, ALT), Some(action.clone()));
    }
}

/// Every mode the screen can be in has its table, and the README lists it.
#[test]
fn every_mode_has_a_table_in_the_list() {
    use crate::tui::model::{GroupsDialog, GroupsStep, Mode};
    let mut groups = GroupsDialog::new(0);
    let modes = [
        Mode::Capture,
        Mode::Help,
        Mode::AddGroup(Default::default()),
        Mode::Export(0),
        Mode::PickGroup(Default::default()),
        Mode::Groups(groups.clone()),
        Mode::Projector(0),
        Mode::ProjectorMessage(Default::default()),
        Mode::Grid(Default::default()),
    ];
    for mode in modes {
        let table = for_mode(&mode);
        assert!(ALL.iter().any(|(_, k)| std::ptr::eq(*k, table)), "{mode:?}");
    }
    groups.step = GroupsStep::MergeInto(0);
    assert!(std::ptr::eq(for_mode(&Mode::Groups(groups)), &MERGE_GROUP));
}

/// Where there is no text, an unbound character does nothing; where there is, it is
/// typed.
#[test]
fn characters_are_typed_only_where_there_is_text() {
    let a = KeyCode::Char('a');
    assert_eq!(press_in(&EXPORT, a, NONE), None);
    assert_eq!(press_in(&GROUPS, a, NONE), None);
    assert_eq!(press_in(&HELP, KeyCode::Backspace, NONE), None);
    assert_eq!(press_in(&SEARCH, a, NONE), Some(Action::Insert("a".into())));
    assert_eq!(
        press_in(&VOTE, KeyCode::Char('7'), NONE),
        Some(Action::Insert("7".into()))
    );
}

/// The keys a dialog shares with the capture screen mean the dialog's own thing there:
/// the dialog's table says so, not the code that handles it.
#[test]
fn each_dialog_says_what_its_keys_do() {
    let ctrl_e = press_in(&EXPORT, KeyCode::Char('e'), CTRL);
    assert_eq!(ctrl_e, Some(Action::Cancel));
    assert_eq!(
        press_in(&EXPORT, KeyCode::Char('3'), NONE),
        Some(Action::Choose(3))
    );
    assert_eq!(
        press_in(&DETAILS, KeyCode::Tab, NONE),
        Some(Action::NextField)
    );
    assert_eq!(
        press_in(&DETAILS, KeyCode::Down, NONE),
        Some(Action::NextField)
    );
    assert_eq!(
        press_in(&PICK_GROUP, KeyCode::Tab, NONE),
        Some(Action::Down)
    );
    assert_eq!(
        press_in(&NOTES, KeyCode::Enter, NONE),
        Some(Action::Newline)
    );
    assert_eq!(
        press_in(&SUMMARY, KeyCode::Char('s'), ALT),
        Some(Action::Commit)
    );
    assert_eq!(
        press_in(&ANNOTATE, KeyCode::Tab, NONE),
        Some(Action::Complete)
    );
    assert_eq!(
        press_in(&GROUPS, KeyCode::Char(' '), NONE),
        Some(Action::CyclePresence)
    );
    assert_eq!(
        press_in(&GROUPS, KeyCode::Char('+'), SHIFT),
        Some(Action::MergeGroup)
    );
    assert_eq!(
        press_in(&RETIME, KeyCode::Char('S'), SHIFT),
        Some(Action::Skip)
    );
    assert_eq!(
        press_in(&RETIME, KeyCode::Left, NONE),
        Some(Action::Shorter)
    );
    assert_eq!(press_in(&HELP, KeyCode::PageDown, NONE), Some(Action::Down));
    assert_eq!(press_in(&MOVE_TO, KeyCode::Right, ALT), Some(Action::Down));
    assert_eq!(
        press_in(&VOTE, KeyCode::Char('v'), ALT),
        Some(Action::SwitchScope)
    );
    // A capture-screen key a dialog does not list does nothing there.
    assert_eq!(press_in(&EXPORT, KeyCode::Char('k'), CTRL), None);
    assert_eq!(press_in(&START, KeyCode::F(1), NONE), None);
}
