//! The journal: one event per line, `<crc32 hex>\t{"seq":N,"event":{…}}\n`.
//! The checksum and the sequence number let a reader recognise a torn or garbled
//! record; reading stops at the first one and reports where the good part ends.

use crate::session::Event;
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize)]
struct Record<E> {
    seq: u64,
    event: E,
}

/// The largest sequence number or id a file may hold: the largest integer a JSON
/// number keeps exactly in every reader (2^53), far beyond any real session, and far
/// enough from u64::MAX that counting on from it can never overflow.
pub const MAX_NUMBER: u64 = 1 << 53;

/// Encodes one record, newline included.
pub fn encode(seq: u64, event: &Event) -> Result<Vec<u8>, serde_json::Error> {
    let json = serde_json::to_vec(&Record { seq, event })?;
    let crc = crc32fast::hash(&json);
    let mut line = Vec::with_capacity(json.len() + 10);
    line.extend_from_slice(format!("{crc:08x}\t").as_bytes());
    line.extend_from_slice(&json);
    line.push(b'\n');
    Ok(line)
}

/// What a read of the journal found.
#[derive(Debug, Default)]
pub struct Replay {
    /// Complete, verified records newer than the snapshot, in order.
    pub events: Vec<(u64, Event)>,
    /// The sequence number of the last good record (or the snapshot's).
    pub last_seq: u64,
    /// Byte length of the good part; anything after it is a bad tail.
    pub good_len: usize,
    /// Why reading stopped early, if it did.
    pub bad_tail: Option<String>,
}

/// Reads records after `snapshot_seq`. Records at or below it are already in the
/// snapshot (the journal is emptied after a snapshot, but a crash can come between).
pub fn read(bytes: &[u8], snapshot_seq: u64) -> Replay {
    let mut replay = Replay {
        last_seq: snapshot_seq,
        ..Replay::default()
    };
    let mut offset = 0;
    let mut previous: Option<u64> = None;
    while offset < bytes.len() {
        let rest = &bytes[offset..];
        let Some(newline) = rest.iter().position(|&b| b == b'\n') else {
            replay.bad_tail = Some(format!("incomplete last record at byte {offset}"));
            break;
        };
        match decode(&rest[..newline]) {
            Ok((seq, event)) => {
                if previous.is_some_and(|p| Some(seq) != p.checked_add(1)) {
                    replay.bad_tail = Some(format!(
                        "record at byte {offset} has sequence number {seq} out of order"
                    ));
                    break;
                }
                previous = Some(seq);
                if seq > snapshot_seq {
                    if Some(seq) != replay.last_seq.checked_add(1) {
                        replay.bad_tail = Some(format!(
                            "record at byte {offset}: sequence number {seq} leaves a gap after {}",
                            replay.last_seq
                        ));
                        break;
                    }
                    replay.events.push((seq, event));
                    replay.last_seq = seq;
                }
            }
            Err(reason) => {
                replay.bad_tail = Some(format!("record at byte {offset}: {reason}"));
                break;
            }
        }
        offset += newline + 1;
        replay.good_len = offset;
    }
    replay
}

fn decode(line: &[u8]) -> Result<(u64, Event), String> {
    let (crc_hex, json) = match line.iter().position(|&b| b == b'\t') {
        Some(tab) => (&line[..tab], &line[tab + 1..]),
        None => return Err("no checksum".into()),
    };
    let crc = std::str::from_utf8(crc_hex)
        .ok()
        .and_then(|hex| u32::from_str_radix(hex, 16).ok())
        .ok_or("unreadable checksum")?;
    if crc32fast::hash(json) != crc {
        return Err("checksum mismatch".into());
    }
    let record: Record<Event> =
        serde_json::from_slice(json).map_err(|e| format!("unreadable event: {e}"))?;
    if record.seq > MAX_NUMBER || !record.event.numbers_fit(MAX_NUMBER) {
        return Err("a number out of range".into());
    }
    Ok((record.seq, record.event))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::Kind;

    fn event(n: u64) -> Event {
        Event::ContributionAdded {
            id: n,
            item: "welcome".into(),
            group: 1,
            kind: Kind::Comment,
            text: format!("Bidrag {n} från Skåne 🇸🇪"),
            at: chrono::DateTime::parse_from_rfc3339("2015-11-20T09:00:00+01:00").unwrap(),
        }
    }

    fn journal(seqs: std::ops::RangeInclusive<u64>) -> Vec<u8> {
        seqs.flat_map(|n| encode(n, &event(n)).unwrap()).collect()
    }

    #[test]
    fn reads_back_what_was_written() {
        let replay = read(&journal(1..=3), 0);
        assert_eq!(replay.events.len(), 3);
        assert_eq!(replay.last_seq, 3);
        assert!(replay.bad_tail.is_none());
        assert_eq!(replay.events[2].1, event(3));
    }

    #[test]
    fn skips_records_already_in_the_snapshot() {
        let replay = read(&journal(1..=5), 3);
        let seqs: Vec<u64> = replay.events.iter().map(|(s, _)| *s).collect();
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
    fn a_gap_in_sequence_numbers_stops_the_replay() {
        let mut bytes = journal(1..=1);
        bytes.extend(encode(3, &event(3)).unwrap());
        let replay = read(&bytes, 0);
        assert_eq!(replay.events.len(), 1);
        assert!(replay.bad_tail.is_some());
    }
}
