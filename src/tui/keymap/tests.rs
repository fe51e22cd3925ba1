use super::binding::NONE;
use super::*;
use crate::i18n::Lang;
use crate::session::Kind;

fn press(code: KeyCode, mods: KeyModifiers) -> Option<Action> {
    action_for(KeyEvent::new(code, mods))
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
fn every_key_is_bound_once() {
    let mut seen = Vec::new();
    for b in KEYMAP {
        for (code, mods, _) in b.keys {
            let key = (*code, *mods);
            assert!(!seen.contains(&key), "{key:?} is bound twice");
            seen.push(key);
        }
    }
}

#[test]
fn key_releases_are_ignored() {
    let mut key = KeyEvent::new(KeyCode::Char('a'), NONE);
    key.kind = KeyEventKind::Release;
    assert_eq!(action_for(key), None);
}

#[test]
fn every_binding_has_both_languages() {
    for b in KEYMAP {
        for lang in [Lang::Sv, Lang::En] {
            assert!(!b.short(lang).is_empty() && !b.help(lang).is_empty());
        }
    }
}

/// The table is what runs: every key listed does exactly the action beside it.
#[test]
fn every_listed_key_runs_its_own_action() {
    let keys = KEYMAP.iter().flat_map(|b| b.keys.iter());
    for (code, mods, action) in keys.chain(EDITING_KEYS.iter()) {
        assert_eq!(
            press(*code, *mods),
            Some(action.clone()),
            "{code:?} {mods:?}"
        );
    }
    for (code, action) in EDITING_KEYS_ANY_MODIFIER {
        assert_eq!(press(*code, NONE), Some(action.clone()));
        assert_eq!(press(*code, ALT), Some(action.clone()));
    }
}
