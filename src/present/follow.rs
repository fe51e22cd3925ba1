//! Noticing that the session changed, cheaply: a `stat` of its files (no file is
//! opened) every few hundred milliseconds: the header, the version 1 files, and
//! every file in `events/`. An append changes a size, a new segment the list of
//! names, a replaced file the inode; the times catch a rewrite of the same size.

use crate::store::os_disk::OsDisk;
use crate::store::summary_cache::{SummaryCache, Versions};
use std::path::{Path, PathBuf};

pub struct Watch {
    dir: PathBuf,
    seen: Option<Versions>,
}

fn look(dir: &Path) -> Versions {
    SummaryCache::versions_now(&OsDisk::default(), dir)
}

impl Watch {
    /// Watches the session in `dir`, taking its files as they are now as seen.
    pub fn new(dir: &Path) -> Watch {
        Watch {
            dir: dir.to_path_buf(),
            seen: Some(look(dir)),
        }
    }

    /// Makes the next `changed` true: for a read that failed and must be tried again
    /// even if the files stay as they are now.
    pub fn forget(&mut self) {
        self.seen = None;
    }

    /// True when any file changed since the last call (or `new`).
    pub fn changed(&mut self) -> bool {
        let now = look(&self.dir);
        let changed = self.seen.as_ref() != Some(&now);
        self.seen = Some(now);
        changed
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::segments::EVENTS_DIR;
    use crate::store::{JOURNAL_FILE, SNAPSHOT_FILE};
    use std::io::Write;

    #[test]
    fn an_append_and_a_replaced_snapshot_are_noticed_and_nothing_else() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        std::fs::write(dir.path().join(SNAPSHOT_FILE), b"{}").expect("a snapshot");
        let mut watch = Watch::new(dir.path());
        assert!(!watch.changed());
        let mut journal = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(dir.path().join(JOURNAL_FILE))
            .expect("a journal");
        journal.write_all(b"x\n").expect("an append");
        assert!(watch.changed());
        assert!(!watch.changed());
        let next = dir.path().join("next.json");
        std::fs::write(&next, b"{}").expect("a new snapshot");
        std::fs::rename(&next, dir.path().join(SNAPSHOT_FILE)).expect("the rename");
        assert!(watch.changed());
        assert!(!watch.changed());
        watch.forget();
        assert!(watch.changed(), "a failed read is tried again");
    }

    #[test]
    fn a_new_segment_and_an_append_to_one_are_noticed() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let events = dir.path().join(EVENTS_DIR);
        std::fs::create_dir(&events).expect("events/");
        let mut watch = Watch::new(dir.path());
        let segment = events.join("0000000000000001.000001.jsonl");
        std::fs::write(&segment, b"a\n").expect("a segment");
        assert!(watch.changed());
        assert!(!watch.changed());
        let mut file = std::fs::OpenOptions::new()
            .append(true)
            .open(&segment)
            .expect("the segment");
        file.write_all(b"b\n").expect("an append");
        assert!(watch.changed());
    }
}
