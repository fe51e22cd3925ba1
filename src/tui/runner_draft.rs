//! The runner's part in keeping the half-typed line (`draft_keeper.rs`): started
//! with the app, fed at each tick and after keys, stopped before the last write.

use super::draft_keeper::{DraftKeeper, unsent_line};
use super::model::Model;
use super::runner::Runner;
use crate::session::DeviceId;
use std::io;

impl Runner {
    /// From now on `device`'s draft follows the capture line.
    pub fn keep_drafts(&mut self, device: DeviceId) {
        let dir = self.store.dir().to_path_buf();
        self.drafts = Some(DraftKeeper::start(self.store.shared_disk(), dir, device));
    }

    pub fn draft_at_tick(&mut self, model: &Model) {
        if let Some(drafts) = self.drafts.as_mut() {
            drafts.tick(model);
        }
    }

    pub fn draft_after_keys(&mut self, model: &Model) {
        if let Some(drafts) = self.drafts.as_mut() {
            drafts.after_keys(model);
        }
    }

    /// On the way out, after the store is closed: the line as it is now, written
    /// after every write of the keeper (so an older text cannot land last).
    pub fn keep_draft_on_closing(&mut self, model: &Model) -> io::Result<()> {
        if let Some(drafts) = self.drafts.take() {
            drafts.stop();
        }
        let device = self.store.writer().device();
        let line = unsent_line(model);
        super::draft::keep(self.store.disk(), self.store.dir(), device, &line)
    }
}
