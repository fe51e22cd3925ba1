//! One line of a segment: `<crc32 8 hex>\t{"id":"<EventId>","event":{…}}\n`. The
//! framing (checksum, bounds) is the journal's (`store::line`); the record names its
//! event by id instead of a sequence number, because ids, not positions, order and
//! deduplicate the events of many writers.

use crate::session::{Event, EventId};
use crate::store::line::{BadRecord, check_event, frame, unframe};
use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

#[derive(Serialize)]
struct Record<'a> {
    id: EventId,
    event: &'a Event,
}

#[derive(Deserialize)]
struct Owned {
    id: EventId,
    event: Event,
}

/// Why a segment line was not used.
#[derive(Debug, thiserror::Error)]
pub enum BadLine {
    #[error(transparent)]
    Record(#[from] BadRecord),
    /// A stamp after the end of the years a session may have times in: a writer that
    /// read it would have to stamp every later event after it.
    #[error("the id {0} has a stamp beyond the year {year}", year = crate::session::YEARS.end())]
    StampOutOfRange(EventId),
}

impl From<serde_json::Error> for BadLine {
    fn from(e: serde_json::Error) -> BadLine {
        BadLine::Record(BadRecord::from(e))
    }
}

/// Encodes one record, newline included.
pub fn encode(id: EventId, event: &Event) -> Result<Vec<u8>, serde_json::Error> {
    Ok(frame(&serde_json::to_vec(&Record { id, event })?))
}

/// Decodes one line, without its newline.
pub fn decode(line: &[u8]) -> Result<(EventId, Event), BadLine> {
    let record: Owned = serde_json::from_slice(unframe(line)?)?;
    check_event(&record.event)?;
    if record.id.stamp.millis() > max_stamp_millis() {
        return Err(BadLine::StampOutOfRange(record.id));
    }
    Ok((record.id, record.event))
}

/// The wall-clock part of the latest stamp a record may carry: the last millisecond
/// of the last year a session's times may fall in.
pub(super) fn max_stamp_millis() -> u64 {
    let last_day = NaiveDate::from_ymd_opt(*crate::session::YEARS.end(), 12, 31);
    last_day
        .and_then(|day| {
            day.and_time(NaiveTime::MIN)
                .and_utc()
                .timestamp_millis()
                .checked_add(86_399_999)
        })
        .and_then(|millis| u64::try_from(millis).ok())
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::{Stamp, WriterId};
    use crate::store::segments::examples::event;

    fn id(stamp: u64) -> EventId {
        EventId {
            stamp: Stamp(stamp),
            writer: WriterId(0x3fa2_c19d_0e00_0007),
        }
    }

    #[test]
    fn a_record_reads_back_and_looks_as_documented() {
        let line = encode(id(0x0189_a3f2_c1d0_0001), &event(3)).unwrap();
        let text = std::str::from_utf8(&line).unwrap();
        let (crc, json) = text.split_once('\t').unwrap();
        assert_eq!(crc.len(), 8);
        assert!(json.starts_with(
            r#"{"id":"0189a3f2c1d00001-3fa2c19d0e000007","event":{"type":"contribution_added""#
        ));
        assert!(json.ends_with("}}\n"));
        let (got_id, got_event) = decode(&line[..line.len() - 1]).unwrap();
        assert_eq!((got_id, got_event), (id(0x0189_a3f2_c1d0_0001), event(3)));
    }

    #[test]
    fn a_flipped_byte_is_caught_by_the_checksum() {
        let mut line = encode(id(5), &event(5)).unwrap();
        line[20] ^= 0x01;
        let error = decode(&line[..line.len() - 1]).unwrap_err();
        assert!(
            matches!(error, BadLine::Record(BadRecord::ChecksumMismatch)),
            "{error}"
        );
    }

    #[test]
    fn stamps_out_of_range_are_refused() {
        let far = Stamp::from_millis(max_stamp_millis() as i64 + 1);
        let line = encode(id(far.0), &event(1)).unwrap();
        assert!(matches!(
            decode(&line[..line.len() - 1]),
            Err(BadLine::StampOutOfRange(_))
        ));
        let last = Stamp::from_millis(max_stamp_millis() as i64);
        let line = encode(id(last.0 | 0xffff), &event(1)).unwrap();
        assert!(decode(&line[..line.len() - 1]).is_ok());
    }

    #[test]
    fn a_line_without_an_id_is_refused() {
        let json =
            br#"{"seq":1,"event":{"type":"clock_started","at":"2026-11-30T09:00:00+01:00"}}"#;
        let line = frame(json);
        assert!(decode(&line[..line.len() - 1]).is_err());
    }
}
