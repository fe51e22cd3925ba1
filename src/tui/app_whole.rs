//! A key that needs the whole session (`update::whole`), pressed while the screen
//! shows the local cache's head only: the rest is waited for, then the key is done.

use super::action::Action;
use super::app::Runner;
use super::model::Model;
use super::update::update;
use crate::session::Timestamp;

impl Runner {
    /// Waits for the rest of the session (the cache's tail, a few milliseconds),
    /// swaps it in and does `action` on it.
    pub fn when_whole(&mut self, model: &mut Model, action: Action, now: Timestamp) {
        self.finish_refold(model);
        if model.partial {
            // The rest of the cache could not be read: the files can.
            self.refold = Some(self.store.start_refold());
            self.finish_refold(model);
        }
        // Not even the files could be read just now: the key acts on what is shown
        // rather than never.
        model.partial = false;
        let effects = update(model, action, now);
        self.run(model, effects, now);
    }
}
