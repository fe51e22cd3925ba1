//! Other writers' events reaching an open session: what arrived in `events/` since
//! the last look. Events after everything the caller's session holds are handed
//! back to be applied in id order; an event that belongs before some of them (a
//! laptop that was offline) means folding the session again from its base, which
//! is done on a thread of its own so that no keystroke waits for it.

use super::cache_format::Tail;
use super::disk::Disk;
use super::error::{StoreError, segment_error};
use super::local_cache::with_tail;
use super::segments::{Problem, Union, fold, read_all};
use super::session_store::Store;
use crate::session::{Event, EventId, Session, Stamp};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

/// What one refresh found.
#[derive(Debug, Default)]
pub struct Refreshed {
    /// Events after everything the caller's session held, in id order: to apply.
    pub new: Vec<(EventId, Event)>,
    /// A late event came in: the whole session is being folded again.
    pub refold: Option<Refold>,
    /// Damaged lines and refused files met for the first time.
    pub problems: Vec<Problem>,
}

impl Refreshed {
    /// True when the caller's session is as it was.
    pub fn is_empty(&self) -> bool {
        self.new.is_empty() && self.refold.is_none()
    }
}

/// A session folded again on another thread.
#[derive(Debug)]
pub struct Refold {
    receiver: Receiver<Folded>,
}

/// The result of a re-fold: the base with every event up to `upto` applied; with
/// the union it read, when it read the files (`Store::adopt` takes it).
#[derive(Debug)]
pub struct Folded {
    pub session: Session,
    pub upto: Option<EventId>,
    pub union: Option<Union>,
}

/// Where a re-fold stands.
#[derive(Debug)]
pub enum RefoldState {
    Running,
    Done(Box<Folded>),
    /// The thread ended without a result (it panicked): fold again.
    Failed,
}

impl Refold {
    /// Folds `union` onto `base` on a new thread.
    pub fn start(base: Session, union: Union) -> Refold {
        let (sender, receiver) = channel();
        super::background::spawn(move || {
            let upto = union.highest();
            let session = fold(&base, &union);
            // The receiver is gone when a newer re-fold replaced this one.
            let _ = sender.send(Folded {
                session,
                upto,
                union: None,
            });
        });
        Refold { receiver }
    }

    /// Reads every segment of `session_dir` and folds them onto `base`, on a new
    /// thread: for a store opened from its cache, which holds only the newer events.
    pub fn from_files(disk: Arc<dyn Disk>, session_dir: PathBuf, base: Session) -> Refold {
        let (sender, receiver) = channel();
        super::background::spawn(move || {
            // A folder that cannot be read now ends the thread: `Failed`, try again.
            if let Some(folded) = fold_files(disk.as_ref(), &session_dir, &base) {
                let _ = sender.send(folded);
            }
        });
        Refold { receiver }
    }

    /// Adds the contributions of the local cache's tail to `head` (the session of its
    /// head, as read), on a new thread: the whole session as the cache folded it, up
    /// to `upto`. A tail that turns out damaged has the files read instead.
    pub(super) fn rest_of_cache(
        head: Session,
        upto: Option<EventId>,
        tail: Tail,
        disk: Arc<dyn Disk>,
        session_dir: PathBuf,
        base: Session,
    ) -> Refold {
        let (sender, receiver) = channel();
        super::background::spawn(move || {
            let folded = match with_tail(head, &tail) {
                Some(session) => Some(Folded {
                    session,
                    upto,
                    union: None,
                }),
                None => fold_files(disk.as_ref(), &session_dir, &base),
            };
            if let Some(folded) = folded {
                let _ = sender.send(folded);
            }
        });
        Refold { receiver }
    }

    /// A re-fold whose result is already there: for benchmarks and tests.
    pub fn ready(folded: Folded) -> Refold {
        let (sender, receiver) = channel();
        // The receiver is right here.
        let _ = sender.send(folded);
        Refold { receiver }
    }

    /// This re-fold with its result handed on `by` after it is ready: a slow disk,
    /// in tests.
    #[cfg(test)]
    pub fn delayed(self, by: std::time::Duration) -> Refold {
        let (sender, receiver) = channel();
        std::thread::spawn(move || {
            if let Some(folded) = self.wait() {
                std::thread::sleep(by);
                let _ = sender.send(folded);
            }
        });
        Refold { receiver }
    }

    /// This re-fold, calling `done` once its work has ended, with a result or without
    /// (the result is there to take by then): wakes a loop asleep in `poll(2)`.
    pub fn then(self, done: impl FnOnce() + Send + 'static) -> Refold {
        let (sender, receiver) = channel();
        super::background::spawn(move || {
            if let Some(folded) = self.wait() {
                let _ = sender.send(folded);
            }
            // Without a result, `poll` says `Failed` once the sender is gone.
            drop(sender);
            done();
        });
        Refold { receiver }
    }

    /// The result, if it is ready; never waits.
    pub fn poll(&self) -> RefoldState {
        match self.receiver.try_recv() {
            Ok(folded) => RefoldState::Done(Box::new(folded)),
            Err(TryRecvError::Empty) => RefoldState::Running,
            Err(TryRecvError::Disconnected) => RefoldState::Failed,
        }
    }

    /// Waits for the result: for tests and the command line.
    pub fn wait(self) -> Option<Folded> {
        self.receiver.recv().ok()
    }
}

/// Every segment of `session_dir` read and folded onto `base`; None when the folder
/// cannot be read now.
fn fold_files(disk: &dyn Disk, session_dir: &Path, base: &Session) -> Option<Folded> {
    let batch = read_all(disk, session_dir).ok()?;
    let mut union = Union::new();
    union.extend(batch.found);
    let upto = union.highest();
    let session = fold(base, &union);
    Some(Folded {
        session,
        upto,
        union: Some(union),
    })
}

impl Store {
    /// Reads what other writers added since the last look. The caller applies
    /// `new` to its session in order; with `refold`, it swaps in the re-folded
    /// session when it is ready and applies `events_after` its `upto`.
    pub fn refresh(&mut self) -> Result<Refreshed, StoreError> {
        let batch = self
            .reader
            .read_new(self.disk.as_ref())
            .map_err(segment_error)?;
        let merged = self.union.extend(self.unknown(batch.found));
        let mut refreshed = Refreshed {
            problems: self.note_problems(&batch.problems),
            ..Refreshed::default()
        };
        let Some(first_changed) = merged.first_changed else {
            return Ok(refreshed);
        };
        if let Some(highest) = self.union.highest() {
            self.last_stamp = self.last_stamp.max(highest.stamp);
        }
        if self.folded.is_some_and(|folded| first_changed <= folded) {
            // Folded from the files: the rest of the cache is not needed any more.
            self.loading = None;
            refreshed.refold = Some(self.start_refold());
        } else {
            refreshed.new = self.events_after(self.folded);
        }
        self.folded = self.union.highest();
        Ok(refreshed)
    }

    /// Every event after `after` (all of them for `None`), in id order: what a
    /// re-folded session lacks of what came in or was committed while it was made.
    pub fn events_after(&self, after: Option<EventId>) -> Vec<(EventId, Event)> {
        let after = after.unwrap_or(EventId {
            stamp: Stamp(0),
            writer: crate::session::WriterId::ORIGIN,
        });
        let mut events: Vec<(EventId, Event)> = self
            .union
            .after(after)
            .map(|(id, event)| (id, event.clone()))
            .collect();
        // `after` excludes its own id: the lowest id of all when nothing was folded.
        if after == EventId::default()
            && let Some(first) = self.union.get(&after)
        {
            events.insert(0, (after, first.clone()));
        }
        events
    }
}

impl Store {
    /// Folds the whole session again on another thread (from the files, when the
    /// union holds only what came after the local cache).
    pub fn start_refold(&self) -> Refold {
        if self.known.is_empty() {
            Refold::start(self.header.base.clone(), self.union.clone())
        } else {
            Refold::from_files(
                self.disk.clone(),
                self.dir.clone(),
                self.header.base.clone(),
            )
        }
    }
}
