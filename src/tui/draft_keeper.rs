//! The draft kept on disk while the app runs, so that a kill -9 or a power cut loses
//! at most the last second of typing: at each tick the capture line is handed over
//! when it changed since the last time (nothing is written while it stays the same,
//! so an idle app stays idle), and an emptied line at once after the keys that
//! emptied it (a saved line is committed before its draft is removed).
//!
//! The writes happen on a thread of their own, never on the one that reads keys: a
//! remove and a create are quick on a local disk, but a session folder on a network
//! share or a sleeping disk can take far longer, and no keystroke may wait for a
//! draft. One write at a time; texts handed over while one is written are skipped
//! for the newest.

use super::draft;
use super::model::Model;
use crate::session::DeviceId;
use crate::store::disk::Disk;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Sender, channel};
use std::thread::JoinHandle;

/// The capture line as the user left it: a new contribution half typed (an edit of
/// an existing one is not kept, that contribution is saved as it was).
pub fn unsent_line(model: &Model) -> String {
    if model.editing.is_some() {
        return String::new();
    }
    model.capture.text().to_string()
}

pub struct DraftKeeper {
    /// The text last handed to the writer (the file holds it, or soon will).
    handed: String,
    to_writer: Sender<String>,
    writer: JoinHandle<()>,
}

impl DraftKeeper {
    /// Starts the writer of `device`'s draft in `dir`. The file was just taken, so
    /// nothing is on disk yet: a line taken back is written again at the first tick.
    pub fn start(disk: Arc<dyn Disk>, dir: PathBuf, device: DeviceId) -> DraftKeeper {
        let (to_writer, texts) = channel::<String>();
        let writer = std::thread::spawn(move || {
            while let Ok(mut text) = texts.recv() {
                // Only the newest counts.
                while let Ok(newer) = texts.try_recv() {
                    text = newer;
                }
                // A failure here is not shown: the next change tries again, and the
                // write on quitting reports one.
                let _ = draft::keep(disk.as_ref(), &dir, device, &text);
            }
        });
        DraftKeeper {
            handed: String::new(),
            to_writer,
            writer,
        }
    }

    /// At a tick: hands the line over when it changed since the last time.
    pub fn tick(&mut self, model: &Model) {
        self.hand_over(unsent_line(model));
    }

    /// After keys: an emptied line (saved, cleared, or an edit begun) removes the
    /// draft now rather than at the tick, so that a saved line is not on disk twice.
    pub fn after_keys(&mut self, model: &Model) {
        // Checked without copying the line: this runs after every batch of keys.
        if model.editing.is_some() || model.capture.text().is_empty() {
            self.hand_over(String::new());
        }
    }

    fn hand_over(&mut self, line: String) {
        if line == self.handed {
            return;
        }
        // A writer that is gone (it cannot panic short of a bug) leaves the quit's
        // write to keep the line.
        let _ = self.to_writer.send(line.clone());
        self.handed = line;
    }

    /// Waits for the last write: the write on quitting must come after it.
    pub fn stop(self) {
        drop(self.to_writer);
        let _ = self.writer.join();
    }
}
