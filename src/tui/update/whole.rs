//! The first frame is drawn from the local cache's head (the current item's
//! contributions and the newest one) while the rest is read on another thread. What
//! shows or acts on other items' contributions (a search, the grid, the vote, the
//! groups and their counts, a move, another item) must not see a session without
//! them: such a key waits for the rest, a few milliseconds. Typing and everything
//! else on the current item never waits.

use super::effect::Effect;
use crate::tui::action::Action;
use crate::tui::model::Model;

/// True when `action` shows or acts on contributions beyond the current item's.
pub fn needs_whole(action: &Action) -> bool {
    matches!(
        action,
        Action::NextItem
            | Action::PrevItem
            | Action::Follow
            | Action::Search
            | Action::Grid
            | Action::Vote
            | Action::SwitchScope
            | Action::Groups
            | Action::MoveTo
            | Action::Export
    )
}

/// While the model shows the cache's head only: the key, handed back to be done
/// once the whole session is in (`Effect::AwaitWhole`).
pub(super) fn wait_for_whole(model: &Model, action: &Action) -> Option<Vec<Effect>> {
    (model.partial && needs_whole(action)).then(|| vec![Effect::AwaitWhole(action.clone())])
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{at_nine, model_with};
    use super::super::keys::update;
    use super::*;
    use crate::tui::model::Mode;

    #[test]
    fn on_the_head_only_a_search_waits_for_the_whole_session_and_typing_does_not() {
        let now = at_nine(5);
        let mut model = model_with(&["Skåne", "Gotland"], now, false);
        model.partial = true;
        for action in [
            Action::Search,
            Action::NextItem,
            Action::Grid,
            Action::MoveTo,
        ] {
            let effects = update(&mut model, action.clone(), now);
            assert_eq!(effects, vec![Effect::AwaitWhole(action)]);
            assert_eq!(model.mode, Mode::Capture);
        }
        let item = model.item().to_string();
        assert_eq!(update(&mut model, Action::Insert("å".into()), now), vec![]);
        assert_eq!(model.capture.text(), "å");
        assert_eq!(model.item(), item);
        // The whole session in: the same key acts at once.
        model.partial = false;
        assert_eq!(update(&mut model, Action::Search, now), vec![]);
        assert!(matches!(model.mode, Mode::Search(_)));
    }
}
