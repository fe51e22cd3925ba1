//! A simulated disk for tests of the store: it counts every operation, can fail or
//! panic at any of them, can be full, and can lose power, keeping only what was
//! made durable (and, if asked, a torn part of what was not).
//!
//! The model: names point to inodes; a file's content survives a power cut as of its
//! last `sync`; a name (new file, rename, removal) survives as of the last `sync_dir`
//! of its folder.

use super::disk::{Disk, FileVersion, HeldLock, LockError, LockGuard};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ffi::OsString;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

mod faults;
pub use faults::{Fault, Op, Tear};

#[derive(Debug, Default, Clone)]
struct Inode {
    current: Vec<u8>,
    durable: Vec<u8>,
}

#[derive(Debug, Default, Clone)]
struct State {
    next_inode: u64,
    inodes: HashMap<u64, Inode>,
    names: BTreeMap<PathBuf, u64>,
    durable_names: BTreeMap<PathBuf, u64>,
    dirs: BTreeSet<PathBuf>,
    ops: Vec<(Op, PathBuf)>,
    /// From this operation on, everything fails: the process died here.
    crash_at: Option<(usize, Fault)>,
    /// The next operation of this kind fails, once.
    fail_once: Option<(Op, Fault)>,
    full: bool,
    /// Only the file system holding this folder is full (the temporary folder,
    /// say, is another one).
    full_under: Option<PathBuf>,
    /// The disk's size in bytes of file content, when limited.
    room: Option<usize>,
}

#[derive(Debug, Default)]
pub struct SimDisk {
    state: Mutex<State>,
}

fn injected(what: &str) -> io::Error {
    io::Error::other(format!("injected failure: {what}"))
}

impl State {
    /// Content of files that have a name (a removed or replaced file frees its room).
    fn used(&self) -> usize {
        let named: BTreeSet<u64> = self.names.values().copied().collect();
        named
            .iter()
            .filter_map(|id| self.inodes.get(id))
            .map(|i| i.current.len())
            .sum()
    }

    fn full_at(&self, path: &Path) -> bool {
        self.full
            || self
                .full_under
                .as_ref()
                .is_some_and(|dir| path.starts_with(dir))
    }

    fn free(&self) -> Option<usize> {
        self.room.map(|room| room.saturating_sub(self.used()))
    }
}

impl SimDisk {
    pub fn new() -> SimDisk {
        SimDisk::default()
    }

    fn state(&self) -> MutexGuard<'_, State> {
        // A test panic in the middle of an operation must not hide the disk.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Operation `index` (counting from 0) and every one after it fail.
    pub fn crash_at(&self, index: usize, fault: Fault) {
        self.state().crash_at = Some((index, fault));
    }

    pub fn fail_once(&self, op: Op, fault: Fault) {
        self.state().fail_once = Some((op, fault));
    }

    /// A full disk: writes and appends fail (an append after writing half its bytes).
    pub fn set_full(&self, full: bool) {
        self.state().full = full;
    }

    /// Full for files in this folder and below only.
    pub fn set_full_under(&self, dir: Option<&Path>) {
        self.state().full_under = dir.map(Path::to_path_buf);
    }

    /// A disk with room for this many bytes of file content in all: a write or an
    /// append that would need more fails (an append after writing what fits).
    pub fn set_room(&self, room: Option<usize>) {
        self.state().room = room;
    }

    /// The bytes of file content in use now.
    pub fn used(&self) -> usize {
        self.state().used()
    }

    pub fn op_count(&self) -> usize {
        self.state().ops.len()
    }

    pub fn ops(&self) -> Vec<(Op, PathBuf)> {
        self.state().ops.clone()
    }

    /// The disk as it is after the power comes back.
    pub fn power_cut(&self, tear: Tear) -> SimDisk {
        let state = self.state();
        let mut after = State {
            next_inode: state.next_inode,
            dirs: state.dirs.clone(),
            names: state.durable_names.clone(),
            durable_names: state.durable_names.clone(),
            ..State::default()
        };
        for (id, inode) in &state.inodes {
            let mut content = inode.durable.clone();
            if let Some(pending) = inode.current.strip_prefix(inode.durable.as_slice()) {
                let keep = match tear {
                    Tear::Nothing => 0,
                    Tear::Half => pending.len() / 2,
                    Tear::All => pending.len(),
                };
                content.extend_from_slice(&pending[..keep]);
            }
            after.inodes.insert(
                *id,
                Inode {
                    current: content.clone(),
                    durable: content,
                },
            );
        }
        SimDisk {
            state: Mutex::new(after),
        }
    }

    /// Counts the operation and applies the injected faults.
    fn check(&self, op: Op, path: &Path) -> io::Result<()> {
        let mut state = self.state();
        let index = state.ops.len();
        state.ops.push((op, path.to_path_buf()));
        if let Some((at, fault)) = state.crash_at
            && index >= at
        {
            if fault == Fault::Panic && index == at {
                drop(state);
                panic!(
                    "injected panic at operation {index} ({op:?} {})",
                    path.display()
                );
            }
            return Err(injected("the process is gone"));
        }
        if let Some((kind, fault)) = state.fail_once
            && kind == op
        {
            state.fail_once = None;
            if fault == Fault::Panic {
                drop(state);
                panic!("injected panic at {op:?} {}", path.display());
            }
            return Err(injected(&format!("{op:?}")));
        }
        Ok(())
    }

    fn file<'a>(state: &'a mut State, path: &Path) -> &'a mut Inode {
        let id = match state.names.get(path) {
            Some(id) => *id,
            None => {
                state.next_inode += 1;
                let id = state.next_inode;
                state.names.insert(path.to_path_buf(), id);
                id
            }
        };
        state.inodes.entry(id).or_default()
    }
}

impl Disk for SimDisk {
    fn create_dir_all(&self, dir: &Path) -> io::Result<()> {
        self.check(Op::CreateDir, dir)?;
        let mut state = self.state();
        for ancestor in dir.ancestors() {
            state.dirs.insert(ancestor.to_path_buf());
        }
        Ok(())
    }

    fn create_dir(&self, dir: &Path) -> io::Result<()> {
        self.check(Op::CreateDir, dir)?;
        let mut state = self.state();
        if state.names.contains_key(dir) || !state.dirs.insert(dir.to_path_buf()) {
            return Err(io::Error::from(io::ErrorKind::AlreadyExists));
        }
        Ok(())
    }

    fn exists(&self, path: &Path) -> bool {
        let state = self.state();
        state.names.contains_key(path) || state.dirs.contains(path)
    }

    fn is_dir(&self, path: &Path) -> bool {
        self.state().dirs.contains(path)
    }

    fn is_file(&self, path: &Path) -> bool {
        self.state().names.contains_key(path)
    }

    fn read_versioned(&self, path: &Path) -> io::Result<(Vec<u8>, FileVersion)> {
        let version = self.version(path)?;
        let state = self.state();
        let id = state
            .names
            .get(path)
            .ok_or_else(|| io::Error::from(io::ErrorKind::NotFound))?;
        let bytes = state
            .inodes
            .get(id)
            .map(|i| i.current.clone())
            .unwrap_or_default();
        Ok((bytes, version))
    }

    fn version(&self, path: &Path) -> io::Result<FileVersion> {
        let state = self.state();
        let id = *state
            .names
            .get(path)
            .ok_or_else(|| io::Error::from(io::ErrorKind::NotFound))?;
        let size = state.inodes.get(&id).map_or(0, |i| i.current.len());
        Ok(FileVersion {
            dev: 0,
            ino: id,
            size: size as i64,
            changed: (0, 0),
        })
    }

    fn write(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        self.check(Op::Write, path)?;
        let mut state = self.state();
        if state.names.contains_key(path) {
            return Err(io::Error::from(io::ErrorKind::AlreadyExists));
        }
        if state.full_at(path) || state.free().is_some_and(|free| free < bytes.len()) {
            return Err(io::Error::from(io::ErrorKind::StorageFull));
        }
        SimDisk::file(&mut state, path).current = bytes.to_vec();
        Ok(())
    }

    fn append(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        self.check(Op::Append, path)?;
        let mut state = self.state();
        let full = state.full_at(path);
        let free = state.free();
        let file = SimDisk::file(&mut state, path);
        if full {
            file.current.extend_from_slice(&bytes[..bytes.len() / 2]);
            return Err(io::Error::from(io::ErrorKind::StorageFull));
        }
        if let Some(free) = free.filter(|free| *free < bytes.len()) {
            file.current.extend_from_slice(&bytes[..free]);
            return Err(io::Error::from(io::ErrorKind::StorageFull));
        }
        file.current.extend_from_slice(bytes);
        Ok(())
    }

    /// A device or a pipe: the bytes replace what the name held, as a reader sees them.
    fn write_stream(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        self.check(Op::Write, path)?;
        let mut state = self.state();
        if state.full_at(path) {
            return Err(io::Error::from(io::ErrorKind::StorageFull));
        }
        SimDisk::file(&mut state, path).current = bytes.to_vec();
        Ok(())
    }

    fn sync(&self, path: &Path) -> io::Result<()> {
        self.check(Op::Sync, path)?;
        let mut state = self.state();
        let id = *state
            .names
            .get(path)
            .ok_or_else(|| io::Error::from(io::ErrorKind::NotFound))?;
        if let Some(inode) = state.inodes.get_mut(&id) {
            inode.durable = inode.current.clone();
        }
        Ok(())
    }

    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        self.check(Op::Rename, from)?;
        let mut state = self.state();
        let id = state
            .names
            .remove(from)
            .ok_or_else(|| io::Error::from(io::ErrorKind::NotFound))?;
        state.names.insert(to.to_path_buf(), id);
        Ok(())
    }

    fn remove(&self, path: &Path) -> io::Result<()> {
        self.check(Op::Remove, path)?;
        let mut state = self.state();
        state
            .names
            .remove(path)
            .map(|_| ())
            .ok_or_else(|| io::Error::from(io::ErrorKind::NotFound))
    }

    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        self.check(Op::SyncDir, dir)?;
        let mut state = self.state();
        let in_dir = |p: &Path| p.parent() == Some(dir);
        state.durable_names.retain(|p, _| !in_dir(p));
        let current: Vec<(PathBuf, u64)> = state
            .names
            .iter()
            .filter(|(p, _)| in_dir(p))
            .map(|(p, id)| (p.clone(), *id))
            .collect();
        state.durable_names.extend(current);
        Ok(())
    }

    /// Files and folders.
    fn names_in(&self, dir: &Path) -> io::Result<Vec<OsString>> {
        let state = self.state();
        Ok(state
            .names
            .keys()
            .chain(state.dirs.iter())
            .filter(|p| p.parent() == Some(dir))
            .filter_map(|p| p.file_name())
            .map(|n| n.to_os_string())
            .collect())
    }

    fn lock(&self, _dir: &Path) -> Result<LockGuard, LockError> {
        Ok(Box::new(SimLock))
    }
}

/// The simulated disk has one process: its lock is never contended.
#[derive(Debug)]
struct SimLock;

impl HeldLock for SimLock {}
