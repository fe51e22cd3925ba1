//! Opening a session from its local cache (`local_cache.rs`): the folded session
//! and the reader's positions from the cache, then only the lines that arrived since.
//! Should one of them belong before what the cache folded, or the cache not fit,
//! everything is read and folded as without a cache. The cache is made from an open
//! store, only when every event of the session shown is on disk.

use super::cache_format::Tail;
use super::error::{StoreError, segment_error};
use super::local_cache::{LocalCache, with_tail};
use super::refresh::Refold;
use super::segments::{Found, Origin, Problem, SegmentReader, Union, fold};
use super::session_store::Store;
use crate::session::{EventId, Session};

/// When an opening from the cache reads the contributions the first screen does not
/// show: before it returns, or on another thread after.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Whole {
    Now,
    Later,
}

/// What an opening for the screen left to read of the cache: its tail, and the
/// session of its head as the cache holds it.
#[derive(Debug)]
pub(super) struct RestOfCache {
    head: Session,
    upto: Option<EventId>,
    tail: Tail,
}

impl Store {
    /// Starts reading the rest of the local cache on another thread, when the store
    /// was opened for the screen from it and nothing replaced it since: a re-fold
    /// whose result is the whole session. Started after the first frame, so that
    /// the frame does not share the processor with it.
    pub fn take_loading(&mut self) -> Option<Refold> {
        let RestOfCache { head, upto, tail } = self.loading.take()?;
        Some(Refold::rest_of_cache(
            head,
            upto,
            tail,
            self.disk.clone(),
            self.dir.clone(),
            self.header.base.clone(),
        ))
    }

    /// True while the session handed out holds the cache's head only: the rest is
    /// still to be read (`take_loading`).
    pub fn is_head_only(&self) -> bool {
        self.loading.is_some()
    }

    /// The session from the local cache with what arrived since applied; None when
    /// there is no cache that fits, or something arrived that belongs before it.
    pub(super) fn open_from_cache(
        &mut self,
        whole: Whole,
    ) -> Result<Option<(Session, Vec<Problem>)>, StoreError> {
        let Some((mut cache, tail)) = LocalCache::read_head(self.disk.as_ref(), &self.dir) else {
            return Ok(None);
        };
        if whole == Whole::Now {
            let Some(session) = with_tail(cache.session, &tail) else {
                return Ok(None);
            };
            cache.session = session;
            return self.fold_from_cache(cache);
        }
        // A clone that shares the contributions: the head as the cache holds it, for
        // the thread that adds the tail.
        let head = cache.session.clone();
        let upto = cache.upto;
        let folded = self.fold_from_cache(cache)?;
        if folded.is_some() {
            self.loading = Some(RestOfCache { head, upto, tail });
        }
        Ok(folded)
    }

    /// Reads every segment from its start and folds the union onto the base.
    pub(super) fn fold_everything(&mut self) -> Result<(Session, Vec<Problem>), StoreError> {
        self.reader = SegmentReader::new(&self.dir);
        self.union = Union::new();
        self.known.clear();
        let batch = self
            .reader
            .read_new(self.disk.as_ref())
            .map_err(segment_error)?;
        self.union.extend(batch.found);
        self.folded = self.union.highest();
        self.problems = batch.problems.clone();
        Ok((fold(&self.header.base, &self.union), batch.problems))
    }

    /// The cached session with what arrived since applied; None when something
    /// arrived that belongs before what the cache folded.
    pub(super) fn fold_from_cache(
        &mut self,
        cache: LocalCache,
    ) -> Result<Option<(Session, Vec<Problem>)>, StoreError> {
        self.reader = SegmentReader::resume(&self.dir, cache.positions);
        self.known = cache.ids.into_iter().collect();
        let batch = self
            .reader
            .read_new(self.disk.as_ref())
            .map_err(segment_error)?;
        let merged = self.union.extend(self.unknown(batch.found));
        if merged
            .first_changed
            .is_some_and(|first| cache.upto.is_some_and(|upto| first <= upto))
        {
            return Ok(None);
        }
        let mut session = cache.session;
        for (id, event) in self.union.iter() {
            session.apply(id, event);
        }
        self.folded = cache.upto.max(self.union.highest());
        self.problems = cache.problems;
        self.note_problems(&batch.problems);
        Ok(Some((session, self.problems.clone())))
    }

    /// Keeps the problems not met before (a refused file is refused again by a
    /// reader resumed from the cache's positions); returns those.
    pub(super) fn note_problems(&mut self, problems: &[Problem]) -> Vec<Problem> {
        let mut new = Vec::new();
        for problem in problems {
            if !self.problems.contains(problem) {
                self.problems.push(problem.clone());
                new.push(problem.clone());
            }
        }
        new
    }

    /// The lines whose ids were not folded from the cache.
    pub(super) fn unknown(&self, found: Vec<Found>) -> Vec<Found> {
        if self.known.is_empty() {
            return found;
        }
        found
            .into_iter()
            .filter(|found| !self.known.contains(&found.id))
            .collect()
    }

    /// A cache of `session`, the caller's session with every event up to the last
    /// one read or committed applied; None while an event is not on disk yet (the
    /// cache must never hold what the files do not), or the rest of the cache is
    /// still to be read.
    pub fn local_cache(&self, session: &Session) -> Option<LocalCache> {
        // Opened for the screen, the caller's session may hold the cache's head only.
        if !self.is_healthy() || self.loading.is_some() {
            return None;
        }
        let ids: Vec<EventId> = self
            .known
            .iter()
            .copied()
            .chain(self.union.iter().map(|(id, _)| id))
            .collect();
        LocalCache::new(
            self.disk.as_ref(),
            &self.dir,
            self.folded,
            self.reader.positions(),
            ids,
            self.problems.clone(),
            // Cheap: the contributions are a persistent map, shared, not copied.
            session.clone(),
        )
    }

    /// Takes `full` (every event, read again from the files by a re-fold) as the
    /// union, with what came in or was committed meanwhile.
    pub fn adopt(&mut self, mut full: Union) {
        for (id, event) in self.union.iter() {
            full.insert(Found {
                id,
                event: event.clone(),
                origin: Origin {
                    file: self.writer.writer().to_string().into(),
                    line: 0,
                },
            });
        }
        self.union = full;
        self.known.clear();
    }
}
