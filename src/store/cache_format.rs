//! The bytes of `.samtal-local/cache.bin`: a binary encoding of the local cache
//! (`local_cache.rs`), read before the first frame, so what the first frame needs
//! must parse fast whatever the session's size. JSON of the whole folded session
//! spent most of the opening of a large session turning ids and times from text
//! back into numbers, and all of it was parsed before anything was drawn.
//!
//! Layout: the magic line `samtal-local-cache\n`, the format number (u32), the
//! length of the head (u64) and its CRC-32 (u32), the head, the CRC-32 of the tail
//! (u32), the tail; numbers little endian, head and tail in postcard. The head holds
//! what the first screen shows: the header's version, positions, ids and damage
//! reports, the session without its contributions (JSON inside the head, so that
//! it follows the session's own serde), and the contributions of the current item
//! and the newest one. The tail holds every other contribution; the app reads it on
//! another thread (`Refold::rest_of_cache`). Anything that does not fit (another
//! magic or format number, a checksum that differs, bytes that do not parse) is no
//! cache: the session is read from its segments instead.

use super::disk::FileVersion;
use super::segments::{Position, Problem, Unreadable};
use crate::session::{
    Contribution, Contributions, EventId, Kind, Session, Stamp, Timestamp, Version, WriterId,
};
use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

const MAGIC: &[u8] = b"samtal-local-cache\n";
/// Raised whenever the body's layout changes: an older cache is then ignored.
pub const FORMAT: u32 = 3;

/// What the cache's head holds, as read; `session` has only the contributions the
/// first screen shows until `decode_tail`'s are added.
#[derive(Debug, Clone)]
pub struct CacheParts {
    pub header: FileVersion,
    pub upto: Option<EventId>,
    pub positions: Vec<Position>,
    pub ids: Vec<EventId>,
    pub problems: Vec<Problem>,
    pub session: Session,
}

/// What the cache holds, for writing.
#[derive(Debug, Clone, Copy)]
pub struct CacheView<'a> {
    pub header: FileVersion,
    pub upto: Option<EventId>,
    pub positions: &'a [Position],
    pub ids: &'a [EventId],
    pub problems: &'a [Problem],
    pub session: &'a Session,
}

/// The cache's bytes and where its tail starts: what is left to read.
#[derive(Debug, Clone)]
pub struct Tail {
    bytes: Vec<u8>,
    at: usize,
}

#[derive(Serialize, Deserialize)]
struct Head {
    header: FileVersion,
    upto: Option<Id>,
    positions: Vec<Position>,
    ids: Vec<Id>,
    problems: Vec<Damage>,
    /// The session without its contributions, as JSON.
    rest: Vec<u8>,
    /// The current item's contributions and the newest one.
    shown: Vec<Line>,
}

type Id = (u64, u64);

/// A time as seconds, nanoseconds and the offset from UTC in seconds.
type Time = (i64, u32, i32);

#[derive(Serialize, Deserialize)]
struct Line {
    id: Id,
    item: String,
    group: Id,
    kind: Kind,
    text: String,
    at: Time,
    edited_at: Option<Time>,
    rev: Option<Id>,
    versions: Vec<OtherVersion>,
}

/// A damaged line or a refused file (`Problem`), said again at every opening.
#[derive(Serialize, Deserialize)]
struct Damage {
    file: String,
    writer: Option<u64>,
    line: Option<u64>,
    reason: Unreadable,
}

#[derive(Serialize, Deserialize)]
struct OtherVersion {
    group: Id,
    kind: Kind,
    text: String,
    edited_at: Option<Time>,
    rev: Id,
}

/// The bytes of a cache.
pub fn encode(parts: CacheView) -> Result<Vec<u8>, String> {
    let session = parts.session;
    let mut rest = session.clone();
    rest.contributions = Contributions::new();
    let newest = session.contributions.keys().next_back().copied();
    let shown = |c: &&Contribution| c.item == session.current_item || Some(c.id) == newest;
    let head = Head {
        header: parts.header,
        upto: parts.upto.map(id_out),
        positions: parts.positions.to_vec(),
        ids: parts.ids.iter().copied().map(id_out).collect(),
        problems: parts.problems.iter().map(damage_out).collect(),
        rest: serde_json::to_vec(&rest).map_err(|e| e.to_string())?,
        shown: session
            .contributions
            .values()
            .filter(shown)
            .map(line_out)
            .collect(),
    };
    let tail: Vec<Line> = session
        .contributions
        .values()
        .filter(|c| !shown(c))
        .map(line_out)
        .collect();
    let head = postcard::to_stdvec(&head).map_err(|e| e.to_string())?;
    let tail = postcard::to_stdvec(&tail).map_err(|e| e.to_string())?;
    let mut bytes = Vec::with_capacity(MAGIC.len() + 20 + head.len() + tail.len());
    bytes.extend_from_slice(MAGIC);
    bytes.extend_from_slice(&FORMAT.to_le_bytes());
    bytes.extend_from_slice(&(head.len() as u64).to_le_bytes());
    bytes.extend_from_slice(&crc32fast::hash(&head).to_le_bytes());
    bytes.extend_from_slice(&head);
    bytes.extend_from_slice(&crc32fast::hash(&tail).to_le_bytes());
    bytes.extend_from_slice(&tail);
    Ok(bytes)
}

/// The head of the cache in `bytes`, and the tail left to read; None when the head
/// is not whole or not of this format. The tail is checked by `decode_tail`.
pub fn decode_head(bytes: Vec<u8>) -> Option<(CacheParts, Tail)> {
    let after_magic = bytes.strip_prefix(MAGIC)?;
    let (format, after) = after_magic.split_first_chunk::<4>()?;
    let (len, after) = after.split_first_chunk::<8>()?;
    let (crc, after) = after.split_first_chunk::<4>()?;
    let len = usize::try_from(u64::from_le_bytes(*len)).ok()?;
    let head = after.get(..len)?;
    if u32::from_le_bytes(*format) != FORMAT || u32::from_le_bytes(*crc) != crc32fast::hash(head) {
        return None;
    }
    let head: Head = postcard::from_bytes(head).ok()?;
    let mut session: Session = serde_json::from_slice(&head.rest).ok()?;
    session.contributions = contributions(head.shown)?;
    let parts = CacheParts {
        header: head.header,
        upto: head.upto.map(id_in),
        positions: head.positions,
        ids: head.ids.into_iter().map(id_in).collect(),
        problems: head.problems.into_iter().map(damage_in).collect(),
        session,
    };
    let at = MAGIC.len() + 16 + len;
    Some((parts, Tail { bytes, at }))
}

/// The contributions of the tail; None when it is not whole.
pub fn decode_tail(tail: &Tail) -> Option<Contributions> {
    let (crc, body) = tail.bytes.get(tail.at..)?.split_first_chunk::<4>()?;
    if u32::from_le_bytes(*crc) != crc32fast::hash(body) {
        return None;
    }
    contributions(postcard::from_bytes(body).ok()?)
}

fn contributions(lines: Vec<Line>) -> Option<Contributions> {
    let mut contributions = Contributions::new();
    for line in lines {
        let contribution = line_in(line)?;
        contributions.insert(contribution.id, contribution);
    }
    Some(contributions)
}

fn id_out(id: EventId) -> Id {
    (id.stamp.0, id.writer.0)
}

fn id_in((stamp, writer): Id) -> EventId {
    EventId {
        stamp: Stamp(stamp),
        writer: WriterId(writer),
    }
}

fn damage_out(problem: &Problem) -> Damage {
    Damage {
        file: problem.file.clone(),
        writer: problem.writer.map(|w| w.0),
        line: problem.line.map(|line| line as u64),
        reason: problem.reason,
    }
}

fn damage_in(damage: Damage) -> Problem {
    Problem {
        file: damage.file,
        writer: damage.writer.map(WriterId),
        line: damage.line.map(|line| line as usize),
        reason: damage.reason,
    }
}

fn time_out(at: &Timestamp) -> Time {
    (
        at.timestamp(),
        at.timestamp_subsec_nanos(),
        at.offset().local_minus_utc(),
    )
}

fn time_in((seconds, nanos, offset): Time) -> Option<Timestamp> {
    let offset = FixedOffset::east_opt(offset)?;
    Some(DateTime::from_timestamp(seconds, nanos)?.with_timezone(&offset))
}

/// Some(None) for no time; None for a time that is out of range.
fn optional_time_in(at: Option<Time>) -> Option<Option<Timestamp>> {
    match at {
        None => Some(None),
        Some(at) => time_in(at).map(Some),
    }
}

fn line_out(c: &Contribution) -> Line {
    Line {
        id: id_out(c.id),
        item: c.item.clone(),
        group: id_out(c.group),
        kind: c.kind,
        text: c.text.clone(),
        at: time_out(&c.at),
        edited_at: c.edited_at.as_ref().map(time_out),
        rev: c.rev.map(id_out),
        versions: c
            .versions
            .iter()
            .map(|v| OtherVersion {
                group: id_out(v.group),
                kind: v.kind,
                text: v.text.clone(),
                edited_at: v.edited_at.as_ref().map(time_out),
                rev: id_out(v.rev),
            })
            .collect(),
    }
}

fn line_in(line: Line) -> Option<Contribution> {
    let versions = line
        .versions
        .into_iter()
        .map(|v| {
            Some(Version {
                group: id_in(v.group),
                kind: v.kind,
                text: v.text,
                edited_at: optional_time_in(v.edited_at)?,
                rev: id_in(v.rev),
            })
        })
        .collect::<Option<Vec<Version>>>()?;
    Some(Contribution {
        id: id_in(line.id),
        item: line.item,
        group: id_in(line.group),
        kind: line.kind,
        text: line.text,
        at: time_in(line.at)?,
        edited_at: optional_time_in(line.edited_at)?,
        rev: line.rev.map(id_in),
        versions,
    })
}
