//! The open app takes in what other writers saved: at every keystroke and every
//! tick, the runner asks the store what arrived. Events after everything shown are
//! applied at once; a late one (a laptop that was offline) has the session folded
//! again on another thread, and the screen switches to it when it is ready, with
//! whatever was committed meanwhile applied on top.

use super::app::Runner;
use super::model::Model;
use crate::store::{Folded, RefoldState};

impl Runner {
    /// Takes in what other writers saved since the last look; true when the session
    /// shown changed. Never waits for a re-fold.
    pub fn refresh(&mut self, model: &mut Model) -> bool {
        let mut changed = self.take_refold(model);
        // A folder that cannot be read just now is read again at the next look.
        if let Ok(refreshed) = self.store.refresh() {
            if !refreshed.new.is_empty() {
                model.apply_others(&refreshed.new);
                changed = true;
            }
            if let Some(refold) = refreshed.refold {
                // A newer re-fold makes an older one's result useless.
                self.refold = Some(refold);
            }
        }
        changed
    }

    /// Swaps in a finished re-fold; true when it did.
    fn take_refold(&mut self, model: &mut Model) -> bool {
        let Some(refold) = &self.refold else {
            return false;
        };
        match refold.poll() {
            RefoldState::Running => false,
            RefoldState::Failed => {
                self.refold = Some(self.store.start_refold());
                false
            }
            RefoldState::Done(folded) => {
                let Folded { mut session, upto } = *folded;
                self.refold = None;
                for (_, event) in self.store.events_after(upto) {
                    session.apply(&event);
                }
                model.replace_session(session);
                true
            }
        }
    }

    /// Waits for a re-fold under way and swaps it in: on the way out, and in tests.
    pub fn finish_refold(&mut self, model: &mut Model) {
        if let Some(refold) = self.refold.take()
            && let Some(Folded { mut session, upto }) = refold.wait()
        {
            for (_, event) in self.store.events_after(upto) {
                session.apply(&event);
            }
            model.replace_session(session);
        }
    }
}
