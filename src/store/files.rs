//! Small file-system helpers with the permissions and fsyncs the store relies on.
//! Notes name people and organisations: folders are 0700, files 0600.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::Path;

pub fn create_private_dir_all(path: &Path) -> io::Result<()> {
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(path)
}

pub fn open_private(path: &Path, options: &mut OpenOptions) -> io::Result<File> {
    options.mode(0o600).open(path)
}

/// Makes a rename or a new file in `dir` durable.
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

/// Replaces `path` with `bytes` on the real disk; see `disk::write_atomically`.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    super::disk::write_atomically(&super::disk::OsDisk::default(), path, bytes)
}
