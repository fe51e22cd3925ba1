//! Carrying out the effects `update` asks for: commits through the store, exports,
//! the local cache written in the background, the rescue copy when saving fails.

use super::model::{Model, SaveState};
use super::update::{Effect, stop_clock};
use crate::minutes::{Format, Options, render_with};
use crate::session::Timestamp;
use crate::store::disk::write_atomically;
use crate::store::{Refold, Store};
use crate::terminal::doorbell::Ringer;
use std::io::{self, Write};

/// Carries out effects: every change is made durable before the footer says saved.
pub struct Runner {
    pub store: Store,
    /// The session being folded again after a late event, if it is.
    pub refold: Option<Refold>,
    /// The thread writing the local cache, if one was started.
    pub cache_writer: Option<std::thread::JoinHandle<()>>,
    /// Rung when a re-fold or the rest of the cache is ready, so that the app's
    /// loop swaps it in at once (`Runner::wake_on_ready`).
    pub(super) ready: Option<Ringer>,
    /// The draft kept on disk while the app runs (`draft_keeper.rs`), if started.
    pub drafts: Option<super::draft_keeper::DraftKeeper>,
}

impl Runner {
    pub fn new(store: Store) -> Runner {
        Runner {
            store,
            refold: None,
            cache_writer: None,
            ready: None,
            drafts: None,
        }
    }

    /// From now on, `ringer` is rung whenever a re-fold (or the rest of the cache)
    /// has finished: the app's loop sleeps until something wakes it.
    pub fn wake_on_ready(&mut self, ringer: Ringer) {
        self.ready = Some(ringer);
    }

    pub fn run(&mut self, model: &mut Model, effects: Vec<Effect>, now: Timestamp) {
        for effect in effects {
            match effect {
                Effect::Persist(id, event) => {
                    let result = self.store.commit(id, &event);
                    model.saved(result, now);
                }
                // A calm moment: the local cache, off this thread.
                Effect::Snapshot => self.write_cache_in_background(model),
                Effect::Export(format) => self.export(model, format, now),
                Effect::Bell => {
                    // BEL moves nothing on the screen; a closed terminal is no error.
                    let mut out = io::stdout();
                    let _ = out.write_all(b"\x07").and_then(|()| out.flush());
                }
                Effect::AwaitWhole(action) => self.when_whole(model, action, now),
                Effect::Quit => {}
            }
        }
    }

    /// Writes the minutes into the session folder and says where, in the footer.
    pub fn export(&mut self, model: &mut Model, format: Format, now: Timestamp) {
        // The minutes hold every contribution: not a session still being read in.
        self.finish_refold(model);
        let lang = model.session.lang;
        let path = self.store.dir().join(format.file_name(lang));
        let options = Options {
            seq: self.store.seq(),
            ..Options::new(lang)
        };
        let result = render_with(&model.session, format, &options)
            .map_err(|e| e.to_string())
            .and_then(|bytes| {
                write_atomically(self.store.disk(), &path, &bytes)
                    .map_err(|e| crate::messages::os_error(model.lang, &e))
            });
        let strings = model.lang.strings();
        // The file name first: a long folder may not fit, the name always does.
        let text = match result {
            Ok(()) => format!(
                "{} {} {}",
                format.file_name(lang),
                crate::i18n::words(model.lang).exported_in,
                self.store.dir().display()
            ),
            Err(reason) => format!("{}: {reason}", strings.export_failed),
        };
        // A path takes a moment to read.
        model.flash_for(text, now, 15);
    }

    /// After a failed write: try again to write what was not saved.
    pub fn retry_if_unhealthy(&mut self, model: &mut Model, now: Timestamp) {
        if !self.store.is_healthy() {
            let result = self.store.retry();
            model.saved(result, now);
        }
    }

    /// On the way out: stop the item clock and write what is not written yet.
    /// Returns a message for the user when the session could not be saved where it
    /// lives: then a rescue copy was written to the temporary folder.
    pub fn close(&mut self, model: &mut Model, now: Timestamp) -> Option<String> {
        // The cache and a rescue copy are made of the whole session.
        self.finish_refold(model);
        let effects = stop_clock(model, now);
        self.run(model, effects, now);
        self.retry_if_unhealthy(model, now);
        self.write_cache_now(model);
        let SaveState::NotSaved(reason) = &model.save else {
            return None;
        };
        let name = format!(
            "samtal-rescue-{}-{}.json",
            model.session.id,
            now.format("%Y%m%dT%H%M%S")
        );
        let rescue = std::env::temp_dir().join(name);
        let written = crate::store::snapshot::to_json(&model.session, self.store.seq())
            .map_err(std::io::Error::other)
            .and_then(|bytes| write_atomically(self.store.disk(), &rescue, &bytes));
        Some(match written {
            Ok(()) => crate::messages::fill(
                crate::messages::text_in(model.lang).rescued,
                &[&self.store.dir().display(), reason, &rescue.display()],
            ),
            Err(e) => crate::messages::fill(
                crate::messages::text_in(model.lang).not_rescued,
                &[
                    &self.store.dir().display(),
                    reason,
                    &rescue.display(),
                    &crate::messages::os_error(model.lang, &e),
                ],
            ),
        })
    }
}
