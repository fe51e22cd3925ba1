//! `.stignore`: the names Syncthing must not sync, written at the root of the data
//! dir and in each session folder (Syncthing reads it only at the root of a shared
//! folder, which may be either): the local cache, the lock, the draft and temporary
//! files. Lines the user already has are kept; only missing lines are added.

use super::disk::{Disk, write_atomically};
use std::io;
use std::path::Path;

pub use super::segments::names::STIGNORE_FILE;

/// Local-only names, one pattern a line.
pub use super::segments::names::STIGNORE_LINES as LOCAL_ONLY;

/// Makes `dir/.stignore` list every local-only name, keeping what it holds. Returns
/// true when the file was written, false when it already listed them all.
pub fn ensure_stignore(disk: &dyn Disk, dir: &Path) -> io::Result<bool> {
    let path = dir.join(STIGNORE_FILE);
    let existing = match disk.read(&path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => Vec::new(),
        Err(e) => return Err(e),
    };
    let missing = missing_lines(&existing);
    if missing.is_empty() {
        return Ok(false);
    }
    let mut bytes = existing;
    if !bytes.is_empty() && !bytes.ends_with(b"\n") {
        bytes.push(b'\n');
    }
    for line in missing {
        bytes.extend_from_slice(line.as_bytes());
        bytes.push(b'\n');
    }
    write_atomically(disk, &path, &bytes)?;
    Ok(true)
}

/// The local-only patterns the file does not have as a line of its own (spaces
/// and a Windows line end around a line do not matter).
fn missing_lines(existing: &[u8]) -> Vec<&'static str> {
    let text = String::from_utf8_lossy(existing);
    let present: Vec<&str> = text.lines().map(str::trim).collect();
    LOCAL_ONLY
        .into_iter()
        .filter(|pattern| !present.contains(pattern))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::os_disk::OsDisk;

    fn read(dir: &Path) -> String {
        std::fs::read_to_string(dir.join(STIGNORE_FILE)).unwrap()
    }

    #[test]
    fn a_new_stignore_lists_every_local_only_name_and_a_second_run_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let disk = OsDisk::default();
        assert!(ensure_stignore(&disk, dir.path()).unwrap());
        assert_eq!(
            read(dir.path()),
            ".samtal-local\n*.lock\ndraft*.txt\n*.tmp\n.*.tmp\n"
        );
        let version = disk.version(&dir.path().join(STIGNORE_FILE)).unwrap();
        assert!(!ensure_stignore(&disk, dir.path()).unwrap());
        assert_eq!(
            disk.version(&dir.path().join(STIGNORE_FILE)).unwrap(),
            version
        );
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn the_users_lines_are_kept_and_only_missing_ones_added() {
        let dir = tempfile::tempdir().unwrap();
        let disk = OsDisk::default();
        let mine = "// my own\n(?d).DS_Store\r\n  *.lock  \n#include more\ndraft.txt";
        std::fs::write(dir.path().join(STIGNORE_FILE), mine).unwrap();
        assert!(ensure_stignore(&disk, dir.path()).unwrap());
        assert_eq!(
            read(dir.path()),
            format!("{mine}\n.samtal-local\ndraft*.txt\n*.tmp\n.*.tmp\n")
        );
        assert!(!ensure_stignore(&disk, dir.path()).unwrap());
    }

    #[test]
    fn a_stignore_that_is_a_link_is_refused_and_its_target_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("target");
        std::fs::write(&target, "keep\n").unwrap();
        std::os::unix::fs::symlink(&target, dir.path().join(STIGNORE_FILE)).unwrap();
        assert!(ensure_stignore(&OsDisk::default(), dir.path()).is_err());
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep\n");
    }
}
