//! The framing every record line shares, in the journal and in the segments of a
//! session folder: `<crc32 8 hex>\t<json>\n`. The checksum (CRC-32 of the JSON bytes)
//! lets a reader tell a torn or garbled line from a good one; the bounds below keep a
//! line that passes its checksum but holds impossible numbers from being used.

use crate::session::Event;

/// The largest sequence number or id a file may hold: the largest integer a JSON
/// number keeps exactly in every reader (2^53), far beyond any real session, and far
/// enough from u64::MAX that counting on from it can never overflow.
pub const MAX_NUMBER: u64 = 1 << 53;

/// Why one record line was not read.
#[derive(Debug, thiserror::Error)]
pub enum BadRecord {
    #[error("no checksum")]
    NoChecksum,
    #[error("unreadable checksum")]
    UnreadableChecksum,
    #[error("checksum mismatch")]
    ChecksumMismatch,
    #[error("unreadable event: {0}")]
    UnreadableEvent(#[from] serde_json::Error),
    #[error("a number out of range")]
    OutOfRange,
    #[error(transparent)]
    Implausible(#[from] crate::session::Implausible),
}

/// One line: checksum, tab, the JSON, newline.
pub fn frame(json: &[u8]) -> Vec<u8> {
    let crc = crc32fast::hash(json);
    let mut line = Vec::with_capacity(json.len() + 10);
    line.extend_from_slice(format!("{crc:08x}\t").as_bytes());
    line.extend_from_slice(json);
    line.push(b'\n');
    line
}

/// The JSON of a line (without its newline) whose checksum matches.
pub fn unframe(line: &[u8]) -> Result<&[u8], BadRecord> {
    let (crc_hex, json) = match line.iter().position(|&b| b == b'\t') {
        Some(tab) => (&line[..tab], &line[tab + 1..]),
        None => return Err(BadRecord::NoChecksum),
    };
    let crc = std::str::from_utf8(crc_hex)
        .ok()
        .and_then(|hex| u32::from_str_radix(hex, 16).ok())
        .ok_or(BadRecord::UnreadableChecksum)?;
    if crc32fast::hash(json) != crc {
        return Err(BadRecord::ChecksumMismatch);
    }
    Ok(json)
}

/// Err when an event read from a file holds a number or a time no real session has.
pub fn check_event(event: &Event) -> Result<(), BadRecord> {
    event.check_plausible()?;
    Ok(())
}
