//! Who holds a session's lock now, from `/proc/locks` (Linux). The pid written in
//! the lock file can be stale (a copy that was started, killed and replaced); the
//! kernel's table of locks is not.

use std::path::Path;

/// The pid holding an flock on `path`, if the system says.
pub fn holder_of(path: &Path) -> Option<u32> {
    use std::os::unix::fs::MetadataExt;
    let meta = std::fs::metadata(path).ok()?;
    let table = std::fs::read_to_string("/proc/locks").ok()?;
    let device = format!(
        "{:02x}:{:02x}:{}",
        libc::major(meta.dev()),
        libc::minor(meta.dev()),
        meta.ino()
    );
    holder_in(&table, &device)
}

/// The pid of the lock held (not waited for) on `device` ("08:01:1234567",
/// major:minor in hex, inode in decimal) in the text of `/proc/locks`.
fn holder_in(table: &str, device: &str) -> Option<u32> {
    table.lines().find_map(|line| {
        let fields: Vec<&str> = line.split_whitespace().collect();
        // "1: FLOCK  ADVISORY  WRITE 4242 08:01:1234567 0 EOF"; waiters have "->".
        if fields.get(1) != Some(&"FLOCK") || fields.get(5) != Some(&device) {
            return None;
        }
        fields.get(4)?.parse().ok()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_holder_is_read_from_the_kernel_table() {
        let table = "1: POSIX  ADVISORY  WRITE 10 00:2f:99 0 EOF\n\
                     2: FLOCK  ADVISORY  WRITE 4242 08:01:1234567 0 EOF\n\
                     2: -> FLOCK  ADVISORY  WRITE 5151 08:01:1234567 0 EOF\n";
        assert_eq!(holder_in(table, "08:01:1234567"), Some(4242));
        assert_eq!(holder_in(table, "08:01:7"), None);
    }

    #[test]
    fn a_lock_this_process_holds_is_found() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("lock");
        let file = std::fs::File::create(&path).unwrap();
        file.lock().unwrap();
        if std::path::Path::new("/proc/locks").exists() {
            assert_eq!(holder_of(&path), Some(std::process::id()));
        }
    }
}
