//! Tests press keys. An action in a test stands for the key the capture screen shows
//! for it (Tab for `NextGroup`, Ctrl+E for `Export`, Enter for `Commit` and for
//! `EditSelected`, a typed character for a one-character `Insert`), and that key is
//! looked up in the table in force (`for_model`), as the app's loop does: so a test of
//! a dialog, or of a selected contribution, checks its table too.
//! An action no key stands for (the clock's tick, a longer paste) goes to `update`
//! as it is.

use super::Effect;
use crate::session::Timestamp;
use crate::tui::action::Action;
use crate::tui::keymap::{
    CAPTURE, EDITING, EDITING_KEYS, EDITING_KEYS_ANY_MODIFIER, Input, SELECTED, for_model,
};
use crate::tui::model::Model;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

pub fn update(model: &mut Model, action: Action, now: Timestamp) -> Vec<Effect> {
    let input = match key_for(&action) {
        Some(key) => Input::Key(key),
        None => return super::update(model, action, now),
    };
    match input.action(for_model(model)) {
        Some(action) => super::update(model, action, now),
        None => vec![],
    }
}

/// The key the capture screen runs `action` with, in whichever of its states.
fn key_for(action: &Action) -> Option<KeyEvent> {
    if let Action::Insert(text) = action {
        let mut chars = text.chars();
        return match (chars.next(), chars.next()) {
            (Some(c), None) => Some(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)),
            _ => None,
        };
    }
    let bound = [&CAPTURE, &SELECTED, &EDITING]
        .into_iter()
        .flat_map(|keymap| keymap.bindings())
        .flat_map(|b| b.keys.iter())
        .chain(EDITING_KEYS.iter())
        .find(|(_, _, a)| a == action)
        .map(|(code, mods, _)| KeyEvent::new(*code, *mods));
    bound.or_else(|| {
        EDITING_KEYS_ANY_MODIFIER
            .iter()
            .find(|(_, a)| a == action)
            .map(|(code, _)| KeyEvent::new(*code, KeyModifiers::NONE))
    })
}
