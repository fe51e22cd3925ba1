//! The footers of the dialogs and the start screen are short texts from the
//! catalogue; every key they name is bound in the mode's table, and a range of digits
//! they name is the range the table binds.

use super::*;
use crate::i18n::Lang;
use crate::i18n::{annotations_text, schedule_words, words};

/// Each mode's table with the hints shown under it, in both languages.
fn hinted() -> Vec<(&'static Keymap, &'static str)> {
    let mut pairs = Vec::new();
    for lang in [Lang::Sv, Lang::En] {
        let s = lang.strings();
        let (w, a, t) = (words(lang), annotations_text(lang), schedule_words(lang));
        pairs.extend([
            (&EXPORT, s.export_hint),
            (&DETAILS, s.details_hint),
            (&PICK_GROUP, s.pick_group_hint),
            (&GROUPS, s.groups_hint),
            (&MERGE_GROUP, s.groups_merge_hint),
            (&LINE_DIALOG, s.groups_rename_hint),
            (&LINE_DIALOG, s.add_group_hint),
            (&LINE_DIALOG, w.projector.message_hint),
            (&SEARCH, w.search_hint),
            (&NOTES, w.notes_hint),
            (&MOVE_TO, w.move_hint),
            (&SUMMARY, a.notes_hint),
            (&ANNOTATE, a.annotate_hint),
            (&VOTE, a.vote_hint),
            (&PROJECTOR, w.projector.hint),
            (&RETIME, t.retime_hint),
            (&GRID, t.grid_hint),
            (&START, s.start_keys),
            (&START, s.start_keys_title),
            (&START, s.start_keys_groups),
            (&START, s.start_keys_typed),
            (&START, s.start_keys_agendas),
        ]);
    }
    pairs
}

/// The keys a word of a hint names: "Enter", "Ctrl+O", "F7", "↑↓←→", "S", "+",
/// "Space" or "mellanslag"; none for other words.
fn keys_named(word: &str) -> Vec<(KeyCode, KeyModifiers)> {
    let letter = |rest: &str| {
        rest.chars()
            .next()
            .map(|c| KeyCode::Char(c.to_ascii_lowercase()))
    };
    let named = match word {
        "Enter" => Some(KeyCode::Enter),
        "Esc" => Some(KeyCode::Esc),
        "Tab" => Some(KeyCode::Tab),
        "Delete" => Some(KeyCode::Delete),
        "+" => Some(KeyCode::Char('+')),
        "Space" | "mellanslag" => Some(KeyCode::Char(' ')),
        "S" | "L" => letter(word),
        _ => None,
    };
    if let Some(code) = named {
        return vec![(code, NONE)];
    }
    if let Some(rest) = word.strip_prefix("Alt+") {
        return letter(rest).map(|c| (c, ALT)).into_iter().collect();
    }
    if let Some(rest) = word.strip_prefix("Ctrl+") {
        return letter(rest).map(|c| (c, CTRL)).into_iter().collect();
    }
    if let Some(n) = word.strip_prefix('F').and_then(|n| n.parse().ok()) {
        return vec![(KeyCode::F(n), NONE)];
    }
    let arrow = |c| match c {
        '↑' => Some(KeyCode::Up),
        '↓' => Some(KeyCode::Down),
        '←' => Some(KeyCode::Left),
        '→' => Some(KeyCode::Right),
        _ => None,
    };
    let arrows: Option<Vec<_>> = word.chars().map(arrow).collect();
    arrows
        .unwrap_or_default()
        .into_iter()
        .map(|c| (c, NONE))
        .collect()
}

fn bound(keymap: &Keymap, code: KeyCode, mods: KeyModifiers) -> bool {
    keymap
        .bindings()
        .flat_map(|b| b.keys.iter())
        .any(|(c, m, _)| *c == code && *m - SHIFT == mods)
}

#[test]
fn every_key_a_footer_names_is_bound_in_its_table() {
    for (keymap, hint) in hinted() {
        for word in hint.split([' ', '/', ',']).filter(|w| !w.is_empty()) {
            for (code, mods) in keys_named(word) {
                assert!(bound(keymap, code, mods), "{hint}: {word} is not bound");
            }
        }
    }
}

#[test]
fn a_range_of_digits_in_a_footer_is_the_range_the_table_binds() {
    for (keymap, hint) in hinted() {
        let Some((_, last)) = hint.split_once("1–") else {
            continue;
        };
        let last: u8 = last
            .chars()
            .take_while(char::is_ascii_digit)
            .collect::<String>()
            .parse()
            .unwrap();
        let highest = keymap
            .bindings()
            .flat_map(|b| b.keys.iter())
            .filter_map(|(_, _, action)| match action {
                Action::Choose(n) => Some(*n),
                _ => None,
            })
            .max();
        assert_eq!(highest, Some(last), "{hint}");
    }
}
