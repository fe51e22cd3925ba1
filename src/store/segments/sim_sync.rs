//! A stand-in for a folder sync engine, for tests: it brings two copies of a session
//! folder to hold the same files, one chunk at a time, in a random order, the way
//! Syncthing, a network share or a copy by hand would look to a reader in the middle:
//!
//! - a file copied in place grows chunk by chunk under its own name (a partial file,
//!   a torn last line, visible to readers);
//! - a file copied Syncthing's way is written to `.syncthing.<name>.tmp` and renamed
//!   over the old copy when complete (a new file under the old name);
//! - a file that differs on the two sides (neither a prefix of the other) is kept
//!   beside as `<stem>.sync-conflict-20261130-120000-<7 letters>.jsonl`, and now and
//!   then a finished file also gets such a copy with the same content;
//! - names matched by `.stignore` (`names::STIGNORE_LINES`) and temporary names are
//!   never copied.

use super::examples::SplitMix;
use super::names::{is_local_only, is_sync_temporary};
use crate::store::disk::Disk;
use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

/// One copy of the folder.
#[derive(Debug, Clone, Copy)]
pub struct Side<'a> {
    pub disk: &'a dyn Disk,
    pub dir: &'a Path,
}

/// A copy to a temporary name, renamed into place when complete.
#[derive(Debug)]
struct Transfer {
    to: usize,
    rel: PathBuf,
    content: Vec<u8>,
    written: usize,
}

#[derive(Debug)]
enum Action {
    Grow { from: usize, rel: PathBuf },
    Conflict { from: usize, rel: PathBuf },
    Continue(usize),
}

/// The state of one simulated sync between two sides.
#[derive(Debug)]
pub struct SimSync {
    rng: SplitMix,
    in_flight: Vec<Transfer>,
    /// Chunks written so far.
    pub chunks: usize,
    /// Conflict copies written so far.
    pub conflict_copies: usize,
}

type Files = BTreeMap<PathBuf, Vec<u8>>;

impl SimSync {
    pub fn new(seed: u64) -> SimSync {
        SimSync {
            rng: SplitMix(seed),
            in_flight: Vec::new(),
            chunks: 0,
            conflict_copies: 0,
        }
    }

    fn below(&mut self, n: usize) -> usize {
        self.rng.below(n)
    }

    /// How many of `remaining` bytes the next chunk copies: at least one, if any.
    fn chunk(&mut self, remaining: usize) -> usize {
        if remaining == 0 {
            0
        } else {
            1 + self.below(remaining)
        }
    }

    /// Copies one chunk of one file, in either direction. Ok(false) when there is
    /// nothing left to copy: both sides hold the same files.
    pub fn step(&mut self, a: Side, b: Side) -> io::Result<bool> {
        let sides = [a, b];
        let files = [list(a)?, list(b)?];
        let actions = self.actions(&files);
        if actions.is_empty() {
            return Ok(false);
        }
        let pick = self.below(actions.len());
        match &actions[pick] {
            Action::Grow { from, rel } => self.grow(sides, &files, *from, rel)?,
            Action::Conflict { from, rel } => {
                let content = &files[*from][rel];
                self.write_conflict_copy(sides[1 - from], rel, content)?;
            }
            Action::Continue(index) => self.continue_transfer(sides, *index)?,
        }
        self.chunks += 1;
        Ok(true)
    }

    /// Steps until both sides hold the same files; the number of steps.
    pub fn settle(&mut self, a: Side, b: Side) -> io::Result<usize> {
        for steps in 0..1_000_000 {
            if !self.step(a, b)? {
                return Ok(steps);
            }
        }
        Err(io::Error::other("the simulated sync did not settle"))
    }

    fn actions(&self, files: &[Files; 2]) -> Vec<Action> {
        let mut actions: Vec<Action> = (0..self.in_flight.len()).map(Action::Continue).collect();
        for from in 0..2 {
            let to = 1 - from;
            for (rel, content) in &files[from] {
                if self.in_flight.iter().any(|t| t.to == to && &t.rel == rel) {
                    continue;
                }
                let rel = rel.clone();
                match files[to].get(&rel) {
                    None => actions.push(Action::Grow { from, rel }),
                    Some(there) if there == content || there.starts_with(content) => {}
                    Some(there) if content.starts_with(there) => {
                        actions.push(Action::Grow { from, rel })
                    }
                    Some(_) if !files[to].contains_key(&conflict_name(&rel, content)) => {
                        actions.push(Action::Conflict { from, rel })
                    }
                    Some(_) => {}
                }
            }
        }
        actions
    }

    /// Brings the other side's copy of `rel` closer to this side's: in place by a
    /// chunk, or by starting a copy to a temporary name.
    fn grow(
        &mut self,
        sides: [Side; 2],
        files: &[Files; 2],
        from: usize,
        rel: &Path,
    ) -> io::Result<()> {
        let to = 1 - from;
        let content = &files[from][rel];
        if self.below(3) == 0 {
            self.in_flight.push(Transfer {
                to,
                rel: rel.to_path_buf(),
                content: content.clone(),
                written: 0,
            });
            return self.continue_transfer(sides, self.in_flight.len() - 1);
        }
        let there = files[to].get(rel).map_or(0, Vec::len);
        let chunk = self.chunk(content.len() - there);
        let path = sides[to].dir.join(rel);
        let bytes = &content[there..there + chunk];
        if there == 0 && !sides[to].disk.exists(&path) {
            make_parent(sides[to], &path)?;
            sides[to].disk.write(&path, bytes)?;
        } else {
            sides[to].disk.append(&path, bytes)?;
        }
        if there + chunk == content.len() && self.below(4) == 0 {
            self.write_conflict_copy(sides[to], rel, content)?;
        }
        Ok(())
    }

    fn continue_transfer(&mut self, sides: [Side; 2], index: usize) -> io::Result<()> {
        let remaining = self.in_flight[index].content.len() - self.in_flight[index].written;
        let chunk = self.chunk(remaining);
        let transfer = &mut self.in_flight[index];
        let side = sides[transfer.to];
        let path = side.dir.join(&transfer.rel);
        let temp = temporary_name(&path);
        let bytes = &transfer.content[transfer.written..transfer.written + chunk];
        if transfer.written == 0 {
            make_parent(side, &path)?;
            if side.disk.exists(&temp) {
                side.disk.remove(&temp)?;
            }
            side.disk.write(&temp, bytes)?;
        } else {
            side.disk.append(&temp, bytes)?;
        }
        transfer.written += chunk;
        if transfer.written == transfer.content.len() {
            side.disk.rename(&temp, &path)?;
            self.in_flight.remove(index);
        }
        Ok(())
    }

    fn write_conflict_copy(&mut self, side: Side, rel: &Path, content: &[u8]) -> io::Result<()> {
        let path = side.dir.join(conflict_name(rel, content));
        if side.disk.exists(&path) {
            return Ok(());
        }
        make_parent(side, &path)?;
        self.conflict_copies += 1;
        side.disk.write(&path, content)
    }
}

/// `<stem>.sync-conflict-20261130-120000-<7 letters>.<ext>`, the letters from the
/// content: one content gets one name on either side.
pub fn conflict_name(rel: &Path, content: &[u8]) -> PathBuf {
    let mut crc = crc32fast::hash(content);
    let letters: String = (0..7)
        .map(|_| {
            let letter = char::from(b'A' + (crc % 26) as u8);
            crc /= 26;
            letter
        })
        .collect();
    let name = rel
        .file_name()
        .map_or(String::new(), |n| n.to_string_lossy().into_owned());
    let (stem, ext) = name.rsplit_once('.').unwrap_or((name.as_str(), ""));
    rel.with_file_name(format!(
        "{stem}.sync-conflict-20261130-120000-{letters}.{ext}"
    ))
}

fn temporary_name(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map_or(String::new(), |n| n.to_string_lossy().into_owned());
    path.with_file_name(format!(".syncthing.{name}.tmp"))
}

fn make_parent(side: Side, path: &Path) -> io::Result<()> {
    match path.parent() {
        Some(parent) if !side.disk.is_dir(parent) => side.disk.create_dir_all(parent),
        _ => Ok(()),
    }
}

/// Every file a sync engine would copy, by its path inside the folder, with its bytes.
pub fn list(side: Side) -> io::Result<Files> {
    let mut files = Files::new();
    list_into(side, Path::new(""), &mut files)?;
    Ok(files)
}

fn list_into(side: Side, rel: &Path, files: &mut Files) -> io::Result<()> {
    for name in side.disk.names_in(&side.dir.join(rel))? {
        let text = name.to_string_lossy();
        if is_local_only(&text) || is_sync_temporary(&text) {
            continue;
        }
        let rel = rel.join(&name);
        let path = side.dir.join(&rel);
        if side.disk.is_dir(&path) {
            list_into(side, &rel, files)?;
        } else {
            files.insert(rel, side.disk.read(&path)?);
        }
    }
    Ok(())
}
