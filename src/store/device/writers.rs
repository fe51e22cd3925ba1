//! Writer numbers: each process that writes a session claims the next number of its
//! device by creating `writers/<n>` exclusively, so two processes on one machine (the
//! app and a `samtal add`) never share a writer id. The claim is durable (the folder
//! is fsync'd) before it is used: after a power cut the number is never handed out
//! again. Claims below the highest are pruned; the highest never is, so the next
//! number always follows every number handed out, and a claim made from an old
//! listing (a number pruned since) is recognised by a higher claim beside it.

use super::error::DeviceError;
use super::file;
use crate::session::{DeviceId, WriterId};
use std::path::Path;

pub const WRITERS_DIR: &str = "writers";

/// How often a claim is tried again when another process took the number first.
const CLAIM_ATTEMPTS: usize = 1000;

/// A new writer id for this process.
pub fn claim_writer(state_dir: &Path, device: DeviceId) -> Result<WriterId, DeviceError> {
    let dir = state_dir.join(WRITERS_DIR);
    file::create_dir(&dir).map_err(DeviceError::io(&dir))?;
    for _ in 0..CLAIM_ATTEMPTS {
        let claimed = claimed_numbers(&dir)?;
        let next = claimed.iter().max().map_or(1, |n| n.saturating_add(1));
        if next > WriterId::MAX_PROCESS {
            return Err(DeviceError::WritersExhausted { dir });
        }
        match file::create_new_empty(&dir, &next.to_string()) {
            Ok(()) if is_highest(&dir, next)? => {
                prune_below(&dir, &claimed, next);
                return Ok(WriterId::new(device, next));
            }
            // A claim above ours was there already: our listing was old, and the
            // number may have been handed out and pruned since. Ours stays as a
            // harmless claim below the highest.
            Ok(()) => continue,
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(DeviceError::io(&dir.join(next.to_string()))(e)),
        }
    }
    Err(DeviceError::io(&dir)(std::io::Error::other(
        "other processes kept claiming the next writer number",
    )))
}

/// True when no claim above `ours` exists. The highest claim is never removed and
/// only grows, so a number that was handed out before and pruned always has a higher
/// claim after it: none above ours proves ours is new.
fn is_highest(dir: &Path, ours: u64) -> Result<bool, DeviceError> {
    Ok(claimed_numbers(dir)?.iter().all(|n| *n <= ours))
}

/// The numbers claimed so far (names that are not numbers are not claims).
fn claimed_numbers(dir: &Path) -> Result<Vec<u64>, DeviceError> {
    let entries = std::fs::read_dir(dir).map_err(DeviceError::io(dir))?;
    let mut numbers = Vec::new();
    for entry in entries {
        let name = entry.map_err(DeviceError::io(dir))?.file_name();
        if let Some(n) = name.to_str().and_then(parse_claim) {
            numbers.push(n);
        }
    }
    Ok(numbers)
}

fn parse_claim(name: &str) -> Option<u64> {
    (!name.is_empty() && name.bytes().all(|b| b.is_ascii_digit()))
        .then(|| name.parse().ok())
        .flatten()
}

/// Removes claims below `ours`: only the highest must stay, and ours is above these.
/// A claim that is already gone (another process pruned it) is no matter.
fn prune_below(dir: &Path, claimed: &[u64], ours: u64) {
    for n in claimed.iter().filter(|n| **n < ours) {
        let _ = std::fs::remove_file(dir.join(n.to_string()));
    }
}
