//! The open app takes in what other writers saved: at every keystroke and every
//! tick, the runner asks the store what arrived. Events after everything shown are
//! applied at once; a late one (a laptop that was offline) has the session folded
//! again on another thread, and the screen switches to it when it is ready, with
//! whatever was committed meanwhile applied on top.

use super::app::Runner;
use super::model::Model;
use crate::store::segments::Problem;
use crate::store::{Folded, Refold, RefoldState};

/// Damage another writer's files brought while the app runs, said as the damage met
/// at opening is, until Esc; the store hands each problem over once. True when said.
fn say_damage(model: &mut Model, problems: &[Problem]) -> bool {
    let Some(summary) = crate::messages::damage::problems_summary(model.lang, problems) else {
        return false;
    };
    let head = model.lang.damage().notice;
    model.notice(format!("{head}: {summary}"), crate::clock::now());
    true
}

impl Runner {
    /// Takes in what other writers saved since the last look; true when the session
    /// shown changed. Never waits for a re-fold.
    pub fn refresh(&mut self, model: &mut Model) -> bool {
        self.start_loading();
        let mut changed = self.take_refold(model);
        // A folder that cannot be read just now is read again at the next look.
        if let Ok(refreshed) = self.store.refresh() {
            if !refreshed.new.is_empty() {
                model.apply_others(&refreshed.new);
                changed = true;
            }
            if let Some(refold) = refreshed.refold {
                // A newer re-fold makes an older one's result useless.
                self.refold = Some(self.ringing(refold));
            }
            changed |= say_damage(model, &refreshed.problems);
        }
        changed
    }

    /// Starts reading the rest of the local cache, when the store was opened for the
    /// screen (`Store::open_for_screen`): swapped in as a re-fold is. The app calls
    /// it after its first frame; a refresh, an export and closing call it too.
    pub fn start_loading(&mut self) {
        if self.refold.is_none() {
            self.refold = self.store.take_loading().map(|refold| self.ringing(refold));
        }
    }

    /// `refold`, ringing the app's loop awake when it is ready (if the app asked).
    fn ringing(&self, refold: Refold) -> Refold {
        match &self.ready {
            Some(ringer) => {
                let ringer = ringer.clone();
                refold.then(move || ringer.ring())
            }
            None => refold,
        }
    }

    /// Swaps in a finished re-fold; true when it did.
    fn take_refold(&mut self, model: &mut Model) -> bool {
        let Some(refold) = &self.refold else {
            return false;
        };
        match refold.poll() {
            RefoldState::Running => false,
            RefoldState::Failed => {
                self.refold = Some(self.ringing(self.store.start_refold()));
                false
            }
            RefoldState::Done(folded) => {
                self.refold = None;
                self.swap_in(model, *folded);
                true
            }
        }
    }

    /// Waits for a re-fold under way and swaps it in: on the way out, and in tests.
    pub fn finish_refold(&mut self, model: &mut Model) {
        self.start_loading();
        if let Some(refold) = self.refold.take()
            && let Some(folded) = refold.wait()
        {
            self.swap_in(model, folded);
        }
    }

    /// Shows a finished re-fold, with what was committed while it ran applied on top.
    fn swap_in(&mut self, model: &mut Model, folded: Folded) {
        let Folded {
            mut session,
            upto,
            union,
        } = folded;
        if let Some(union) = union {
            self.store.adopt(union);
        }
        for (id, event) in self.store.events_after(upto) {
            session.apply(id, &event);
        }
        let shown = model.replace_session(session);
        // Whatever was shown before, a re-fold's result is the whole session.
        model.partial = false;
        // Freeing every contribution of a large session takes milliseconds.
        crate::store::background::spawn(move || drop(shown));
    }
}

impl Runner {
    /// Writes the local cache of the session shown, on another thread: at a calm
    /// moment (an agenda step). Not while a re-fold is under way or an event is not
    /// on disk yet: the cache holds only what the files hold.
    /// The session is cloned for it on this thread, which is cheap (its contributions
    /// are shared: `session::Contributions`); encoding and writing happen on the
    /// other. One write at a time: a step while one runs writes none.
    pub fn write_cache_in_background(&mut self, model: &Model) {
        // A session shown from the cache's head only is not the whole session.
        self.start_loading();
        if self.refold.is_some() || self.cache_write_running() {
            return;
        }
        if let Some(cache) = self.store.local_cache(&model.session) {
            let disk = self.store.shared_disk();
            let dir = self.store.dir().to_path_buf();
            self.cache_writer = Some(crate::store::background::spawn(move || {
                // A cache that cannot be written costs only speed at the next opening.
                let _ = cache.write(disk.as_ref(), &dir);
            }));
        }
    }

    /// True while the cache is being written on its thread.
    pub fn cache_write_running(&self) -> bool {
        self.cache_writer
            .as_ref()
            .is_some_and(|writer| !writer.is_finished())
    }

    /// Waits for a cache write under way: before the one written on the way out,
    /// and in tests and benchmarks.
    pub fn wait_for_cache_write(&mut self) {
        if let Some(writer) = self.cache_writer.take() {
            let _ = writer.join();
        }
    }

    /// Writes the local cache before the app ends, waiting for it; after reading
    /// what is new (this writer's own last lines too, so the next opening need not).
    pub fn write_cache_now(&mut self, model: &mut Model) {
        self.wait_for_cache_write();
        self.refresh(model);
        if self.refold.is_some() {
            return;
        }
        if let Some(cache) = self.store.local_cache(&model.session) {
            let _ = cache.write(self.store.disk(), self.store.dir());
        }
    }
}
