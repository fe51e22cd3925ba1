//! The journal of a version 1 folder (read for the conversion; nothing writes it
//! any more): one event per line, `<crc32 hex>\t{"seq":N,"id":"…","event":{…}}\n`.
//! The checksum and the sequence number let a reader recognise a torn or garbled
//! record; reading stops at the first one and reports where the good part ends.

use crate::session::{Event, EventId, Stamp};
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize)]
struct Record<E> {
    seq: u64,
    /// The event's own id; lines written before ids existed are named by their
    /// sequence number (`EventId::origin(seq)`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    id: Option<EventId>,
    event: E,
}

pub use super::line::MAX_NUMBER;
#[cfg(test)]
use super::line::frame;
use super::line::{BadRecord, check_event, unframe};

/// Encodes one record, newline included: how version 1 wrote it, for the tests.
#[cfg(test)]
pub fn encode(seq: u64, id: EventId, event: &Event) -> Result<Vec<u8>, serde_json::Error> {
    let json = serde_json::to_vec(&Record {
        seq,
        id: Some(id),
        event,
    })?;
    Ok(frame(&json))
}

/// A line of the journal that could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Damaged {
    /// 1-based line number in the journal.
    pub line: usize,
    /// Its bytes (newline included); empty for records that are missing.
    pub range: std::ops::Range<usize>,
    pub reason: String,
}

/// What a read of the journal found.
#[derive(Debug, Default)]
pub struct Replay {
    /// Verified records newer than the snapshot (sequence number, id, event), in
    /// order of their sequence numbers (which may skip numbers after a damaged line).
    pub events: Vec<(u64, EventId, Event)>,
    /// The sequence number of the last kept record (or the snapshot's).
    pub last_seq: u64,
    /// Byte length of the part before the first damaged line.
    pub good_len: usize,
    /// A summary of the damage, if there was any.
    pub bad_tail: Option<String>,
    /// Every damaged line.
    pub damaged: Vec<Damaged>,
    /// Records kept after the first damaged line.
    pub salvaged: usize,
    /// The highest sequence number and id stamp readable anywhere, damaged lines
    /// included: new records and ids must come after them.
    pub highest_seq_seen: u64,
    pub highest_stamp_seen: Stamp,
}

impl Replay {
    fn damage(&mut self, line: usize, range: std::ops::Range<usize>, reason: String) {
        if self.damaged.is_empty() {
            self.good_len = range.start;
        }
        self.damaged.push(Damaged {
            line,
            range,
            reason,
        });
    }

    fn summarise(&mut self) {
        let Some(first) = self.damaged.first() else {
            return;
        };
        let mut summary = format!("line {}: {}", first.line, first.reason);
        if self.damaged.len() > 1 {
            summary.push_str(&format!("; {} more damaged lines", self.damaged.len() - 1));
        }
        if self.salvaged > 0 {
            summary.push_str(&format!(
                "; {} good records after it were kept",
                self.salvaged
            ));
        }
        self.bad_tail = Some(summary);
    }
}

/// Reads records after `snapshot_seq`. Records at or below it are already in the
/// snapshot (the journal is emptied after a snapshot, but a crash can come between).
/// A damaged line costs only itself: later records that pass their own checksum and
/// come after the last kept one are kept too (salvaged).
pub fn read(bytes: &[u8], snapshot_seq: u64) -> Replay {
    let mut replay = Replay {
        last_seq: snapshot_seq,
        good_len: bytes.len(),
        highest_seq_seen: snapshot_seq,
        ..Replay::default()
    };
    let mut offset = 0;
    let mut line_number = 0;
    while offset < bytes.len() {
        line_number += 1;
        let rest = &bytes[offset..];
        let Some(newline) = rest.iter().position(|&b| b == b'\n') else {
            replay.note_numbers(rest);
            replay.damage(
                line_number,
                offset..bytes.len(),
                format!("incomplete last record at byte {offset}"),
            );
            break;
        };
        let range = offset..offset + newline + 1;
        offset += newline + 1;
        match decode(&rest[..newline]) {
            Ok((seq, _, _)) if seq <= snapshot_seq && replay.events.is_empty() => {}
            Ok((seq, id, event)) if seq > replay.last_seq => {
                if Some(seq) != replay.last_seq.checked_add(1) && replay.damaged.is_empty() {
                    let reason = format!(
                        "sequence number {seq} leaves a gap after {}",
                        replay.last_seq
                    );
                    replay.damage(line_number, range.start..range.start, reason);
                }
                if !replay.damaged.is_empty() {
                    replay.salvaged += 1;
                }
                replay.highest_seq_seen = replay.highest_seq_seen.max(seq);
                replay.events.push((seq, id, event));
                replay.last_seq = seq;
            }
            Ok((seq, _, _)) => {
                let reason = format!(
                    "sequence number {seq} out of order after {}",
                    replay.last_seq
                );
                replay.damage(line_number, range, reason);
            }
            Err(bad) => {
                replay.note_numbers(&rest[..newline]);
                replay.damage(line_number, range, bad.to_string());
            }
        }
    }
    replay.summarise();
    replay
}

impl Replay {
    /// What a damaged line still tells: its sequence number and ids, where readable.
    fn note_numbers(&mut self, line: &[u8]) {
        if let Some(seq) = numbers_after(line, b"\"seq\":").max() {
            self.highest_seq_seen = self.highest_seq_seen.max(seq);
        }
        let old_ids = numbers_after(line, b"\"id\":").map(Stamp);
        if let Some(stamp) = old_ids.chain(stamps_after(line, b"\"id\":\"")).max() {
            self.highest_stamp_seen = self.highest_stamp_seen.max(stamp);
        }
    }
}

/// The stamp of every id in text form that follows `key` in `line`.
fn stamps_after<'a>(line: &'a [u8], key: &'a [u8]) -> impl Iterator<Item = Stamp> + 'a {
    line.windows(key.len())
        .enumerate()
        .filter(move |(_, w)| *w == key)
        .filter_map(move |(at, _)| {
            let hex = line.get(at + key.len()..at + key.len() + 16)?;
            let hex = std::str::from_utf8(hex).ok()?;
            u64::from_str_radix(hex, 16).ok().map(Stamp)
        })
}

/// Every number that follows `key` in `line` (at most `MAX_NUMBER`).
fn numbers_after<'a>(line: &'a [u8], key: &'a [u8]) -> impl Iterator<Item = u64> + 'a {
    line.windows(key.len())
        .enumerate()
        .filter(move |(_, w)| *w == key)
        .filter_map(move |(at, _)| {
            let digits: Vec<u8> = line[at + key.len()..]
                .iter()
                .skip_while(|b| **b == b' ')
                .take_while(|b| b.is_ascii_digit())
                .copied()
                .collect();
            std::str::from_utf8(&digits).ok()?.parse::<u64>().ok()
        })
        .filter(|n| *n <= MAX_NUMBER)
}

fn decode(line: &[u8]) -> Result<(u64, EventId, Event), BadRecord> {
    let record: Record<Event> = serde_json::from_slice(unframe(line)?)?;
    if record.seq > MAX_NUMBER {
        return Err(BadRecord::OutOfRange);
    }
    check_event(&record.event)?;
    let id = record.id.unwrap_or(EventId::origin(record.seq));
    Ok((record.seq, id, record.event))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::Kind;

    fn event(n: u64) -> Event {
        Event::ContributionAdded {
            id: crate::session::EventId::origin(n),
            item: "welcome".into(),
            group: crate::session::EventId::origin(1),
            kind: Kind::Comment,
            text: format!("Bidrag {n} från Skåne 🇸🇪"),
            at: chrono::DateTime::parse_from_rfc3339("2015-11-20T09:00:00+01:00").unwrap(),
        }
    }

    fn id(n: u64) -> EventId {
        EventId {
            stamp: Stamp(1000 + n),
            writer: crate::session::WriterId(5),
        }
    }

    fn journal(seqs: std::ops::RangeInclusive<u64>) -> Vec<u8> {
        seqs.flat_map(|n| encode(n, id(n), &event(n)).unwrap())
            .collect()
    }

    #[test]
    fn reads_back_what_was_written() {
        let replay = read(&journal(1..=3), 0);
        assert_eq!(replay.events.len(), 3);
        assert_eq!(replay.last_seq, 3);
        assert!(replay.bad_tail.is_none());
        assert_eq!(replay.events[2], (3, id(3), event(3)));
    }

    #[test]
    fn a_record_from_before_ids_is_named_by_its_sequence_number() {
        let json =
            br#"{"seq":4,"event":{"type":"clock_started","at":"2015-11-20T09:00:00+01:00"}}"#;
        let mut line = format!("{:08x}\t", crc32fast::hash(json)).into_bytes();
        line.extend_from_slice(json);
        line.push(b'\n');
        let replay = read(&line, 3);
        assert_eq!(replay.events.len(), 1);
        assert_eq!(replay.events[0].1, EventId::origin(4));
    }

    #[test]
    fn skips_records_already_in_the_snapshot() {
        let replay = read(&journal(1..=5), 3);
        let seqs: Vec<u64> = replay.events.iter().map(|(s, _, _)| *s).collect();
        assert_eq!(seqs, [4, 5]);
    }

    #[test]
    fn a_torn_last_record_costs_only_itself_at_every_cut() {
        let whole = journal(1..=3);
        let two = journal(1..=2).len();
        for cut in two..whole.len() {
            let replay = read(&whole[..cut], 0);
            assert_eq!(replay.events.len(), 2, "cut at {cut}");
            assert_eq!(replay.good_len, two);
            assert_eq!(replay.bad_tail.is_some(), cut > two);
        }
    }

    #[test]
    fn a_flipped_byte_is_caught_by_the_checksum() {
        let mut bytes = journal(1..=2);
        let len = bytes.len();
        bytes[len - 5] ^= 0x01;
        let replay = read(&bytes, 0);
        assert_eq!(replay.events.len(), 1);
        assert!(replay.bad_tail.unwrap().contains("checksum"));
    }

    #[test]
    fn a_gap_in_sequence_numbers_is_reported_and_the_later_record_kept() {
        let mut bytes = journal(1..=1);
        bytes.extend(encode(3, id(3), &event(3)).unwrap());
        let replay = read(&bytes, 0);
        assert_eq!(replay.events.len(), 2);
        assert!(replay.bad_tail.unwrap().contains("gap after 1"));
    }

    #[test]
    fn a_flipped_byte_in_record_3_of_20_costs_only_record_3() {
        let mut bytes = journal(1..=20);
        // In the event's text, so that the record's id is still readable.
        let third = journal(1..=3).len() - 8;
        bytes[third] ^= 0x01;
        let replay = read(&bytes, 0);
        let seqs: Vec<u64> = replay.events.iter().map(|(s, _, _)| *s).collect();
        let expected: Vec<u64> = (1..=20).filter(|n| *n != 3).collect();
        assert_eq!(seqs, expected);
        assert_eq!(replay.salvaged, 17);
        assert_eq!(replay.damaged.len(), 1);
        assert_eq!(replay.damaged[0].line, 3);
        assert_eq!(replay.good_len, journal(1..=2).len());
        assert_eq!(
            replay.highest_stamp_seen,
            Stamp(1003),
            "the damaged record's id is still read"
        );
        assert!(replay.bad_tail.unwrap().starts_with("line 3: checksum"));
    }

    #[test]
    fn a_record_out_of_order_is_damage_and_the_rest_is_kept() {
        let mut bytes = journal(1..=2);
        bytes.extend(encode(1, id(1), &event(1)).unwrap());
        bytes.extend(encode(3, id(3), &event(3)).unwrap());
        let replay = read(&bytes, 0);
        assert_eq!(replay.events.len(), 3);
        assert_eq!(replay.damaged[0].line, 3);
    }
}
