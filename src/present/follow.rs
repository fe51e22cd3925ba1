//! Noticing that the session changed, cheaply: a `stat` of its two files (no file is
//! opened) every few hundred milliseconds. A journal append changes the size, a new
//! snapshot the inode; the times catch a rewrite of the same size.

use crate::store::{JOURNAL_FILE, SNAPSHOT_FILE};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

/// What a file looked like at the last look; `None` when it was not there.
type Stamp = Option<(u64, u64, u64, i64, i64, i64, i64)>;

pub struct Watch {
    files: [PathBuf; 2],
    seen: [Stamp; 2],
}

fn stamp(path: &Path) -> Stamp {
    let m = std::fs::symlink_metadata(path).ok()?;
    Some((
        m.dev(),
        m.ino(),
        m.size(),
        m.mtime(),
        m.mtime_nsec(),
        m.ctime(),
        m.ctime_nsec(),
    ))
}

impl Watch {
    /// Watches the session in `dir`, taking its files as they are now as seen.
    pub fn new(dir: &Path) -> Watch {
        let files = [dir.join(SNAPSHOT_FILE), dir.join(JOURNAL_FILE)];
        let seen = [stamp(&files[0]), stamp(&files[1])];
        Watch { files, seen }
    }

    /// Makes the next `changed` true: for a read that failed and must be tried again
    /// even if the files stay as they are now.
    pub fn forget(&mut self) {
        self.seen = [None, None];
    }

    /// True when either file changed since the last call (or `new`).
    pub fn changed(&mut self) -> bool {
        let now = [stamp(&self.files[0]), stamp(&self.files[1])];
        let changed = now != self.seen;
        self.seen = now;
        changed
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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
}
