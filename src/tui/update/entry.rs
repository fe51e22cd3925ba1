//! The one entry: an action for the model at `now`, handed to the screen or dialog
//! that has the keys.

use super::capture::capture;
use super::effect::Effect;
use super::{alerts, dialogs, moves, notes, own_view, search, versions, whole};
use crate::session::Timestamp;
use crate::tui::action::Action;
use crate::tui::model::{Mode, Model, SaveState};

pub fn update(model: &mut Model, action: Action, now: Timestamp) -> Vec<Effect> {
    // Below the minimum size nothing is shown, so nothing but quitting may happen.
    if model.too_small && !matches!(action, Action::Quit | Action::Tick) {
        return vec![];
    }
    if matches!(action, Action::Quit) {
        // Leaving while the disk refuses would lose what is only in memory: ask once.
        if matches!(model.save, SaveState::NotSaved(_)) && !model.quit_warned {
            model.quit_warned = true;
            let rescue = std::env::temp_dir();
            let text = format!(
                "{} {}",
                crate::i18n::words(model.lang).quit_unsaved,
                rescue.display()
            );
            // More urgent than any notice in front of it.
            model.flash = None;
            model.flash_for(text, now, 15);
            return vec![];
        }
        // A note being written is kept like a half-typed line.
        let mut effects = notes::save_on_quit(model, now);
        model.quit = true;
        effects.push(Effect::Quit);
        return effects;
    }
    if let Some(effects) = whole::wait_for_whole(model, &action) {
        return effects;
    }
    // Esc, whatever the table in force calls it, first puts a sticky notice away.
    let esc = matches!(
        action,
        Action::Cancel | Action::Deselect | Action::CancelEdit
    );
    if esc && model.flash.as_ref().is_some_and(|f| f.sticky) {
        model.flash = None;
        return vec![];
    }
    if matches!(action, Action::Tick) {
        if model
            .flash
            .as_ref()
            .is_some_and(|f| f.until <= now && !f.sticky)
        {
            model.flash = None;
        }
        if model.header_flash_until.is_some_and(|until| until <= now) {
            model.header_flash_until = None;
        }
        return alerts::check(model, now);
    }
    match &mut model.mode {
        Mode::Capture => capture_screen(model, action, now),
        Mode::Search(_) => search::key(model, action, now),
        Mode::Notes(_) => notes::key(model, action, now),
        Mode::MoveTo(_) => moves::key(model, action, now),
        Mode::Versions(_) => versions::key(model, action, now),
        _ => dialogs::dialog(model, action, now),
    }
}

/// The capture screen. The room's agenda and clock move only from the moderator's
/// device (the fold passes any other device's moves by): elsewhere the agenda keys
/// move an own view.
fn capture_screen(model: &mut Model, action: Action, now: Timestamp) -> Vec<Effect> {
    if action == Action::Follow {
        return own_view::follow(model);
    }
    if !model.leads_the_room()
        && let Some(effects) = own_view::key(model, &action, now)
    {
        return effects;
    }
    let effects = capture(model, action, now);
    // A line held on the item the room left, once saved or emptied, lets go.
    model.release_held_view();
    effects
}
