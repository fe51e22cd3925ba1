//! The bytes of `.samtal-local/cache.bin`: a binary encoding of the local cache
//! (`local_cache.rs`), read before the first frame, so it must parse fast whatever
//! the session's size. JSON of the whole folded session spent most of the opening
//! of a large session turning ids and times from text back into numbers.
//!
//! Layout: the magic line `samtal-local-cache\n`, the format number (u32, little
//! endian), the CRC-32 of the body (u32, little endian), then the body in postcard.
//! The contributions are in the body as plain numbers and strings; the rest of the
//! session (agenda, groups, clock, annotations …, small whatever the session's
//! size) is JSON inside the body, so that it follows the session's own serde.
//! Anything that does not fit (another magic or format number, a checksum that
//! differs, a body that does not parse) is no cache: the session is read from its
//! segments instead.

use super::disk::FileVersion;
use super::segments::{Position, Problem};
use crate::session::{
    Contribution, Contributions, EventId, Kind, Session, Stamp, Timestamp, Version, WriterId,
};
use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

const MAGIC: &[u8] = b"samtal-local-cache\n";
/// Raised whenever the body's layout changes: an older cache is then ignored.
pub const FORMAT: u32 = 2;

/// What the cache holds, as read.
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

#[derive(Serialize, Deserialize)]
struct Body {
    header: FileVersion,
    upto: Option<Id>,
    positions: Vec<Position>,
    ids: Vec<Id>,
    problems: Vec<Damage>,
    /// The session without its contributions, as JSON.
    rest: Vec<u8>,
    contributions: Vec<Line>,
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
    reason: String,
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
    let mut rest = parts.session.clone();
    rest.contributions = Contributions::new();
    let body = Body {
        header: parts.header,
        upto: parts.upto.map(id_out),
        positions: parts.positions.to_vec(),
        ids: parts.ids.iter().copied().map(id_out).collect(),
        problems: parts.problems.iter().map(damage_out).collect(),
        rest: serde_json::to_vec(&rest).map_err(|e| e.to_string())?,
        contributions: parts.session.contributions.values().map(line_out).collect(),
    };
    let body = postcard::to_stdvec(&body).map_err(|e| e.to_string())?;
    let mut bytes = Vec::with_capacity(MAGIC.len() + 8 + body.len());
    bytes.extend_from_slice(MAGIC);
    bytes.extend_from_slice(&FORMAT.to_le_bytes());
    bytes.extend_from_slice(&crc32fast::hash(&body).to_le_bytes());
    bytes.extend_from_slice(&body);
    Ok(bytes)
}

/// The cache in `bytes`, or None when they are not a whole cache of this format.
pub fn decode(bytes: &[u8]) -> Option<CacheParts> {
    let bytes = bytes.strip_prefix(MAGIC)?;
    let (format, bytes) = bytes.split_first_chunk::<4>()?;
    let (crc, body) = bytes.split_first_chunk::<4>()?;
    if u32::from_le_bytes(*format) != FORMAT || u32::from_le_bytes(*crc) != crc32fast::hash(body) {
        return None;
    }
    let body: Body = postcard::from_bytes(body).ok()?;
    let mut session: Session = serde_json::from_slice(&body.rest).ok()?;
    let mut contributions = Contributions::new();
    for line in body.contributions {
        let contribution = line_in(line)?;
        contributions.insert(contribution.id, contribution);
    }
    session.contributions = contributions;
    Some(CacheParts {
        header: body.header,
        upto: body.upto.map(id_in),
        positions: body.positions,
        ids: body.ids.into_iter().map(id_in).collect(),
        problems: body.problems.into_iter().map(damage_in).collect(),
        session,
    })
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
        reason: problem.reason.clone(),
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
