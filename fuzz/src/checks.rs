//! The invariants the fuzz targets assert, one function per target. Each one panics
//! when the code under test panics or breaks an invariant, and returns otherwise.
//!
//! Shared by the fuzz targets (`fuzz/fuzz_targets/*.rs`, as the `samtal_fuzz` lib)
//! and by the main crate's `tests/fuzz_regressions.rs` (through `#[path]`), so the
//! regression test checks exactly what the fuzzer checked.

use samtal::agenda::Agenda;
use samtal::store::{journal as journal_format, snapshot as snapshot_format};

/// Every journal input is read as if the snapshot held these sequence numbers.
pub const SNAPSHOT_SEQS: [u64; 4] = [0, 1, 3, u64::MAX - 1];

/// `journal::read` never panics, on the bytes as given and on the same bytes with
/// every line's checksum recomputed (so that mutations get past the CRC and reach
/// the JSON and sequence-number logic). For each read:
/// - `good_len <= bytes.len()`, and `bytes[..good_len]` is empty or ends with `\n`;
/// - no bad tail means the whole input was good;
/// - the events' seqs follow the snapshot's and rise (by exactly 1 up to the first
///   damaged line; good records after it are kept too), and `last_seq` is the last
///   of them (or the snapshot's);
/// - reading `bytes[..good_len]` again gives no bad tail and the events read before
///   the first damaged line.
pub fn journal(data: &[u8]) {
    for snapshot_seq in SNAPSHOT_SEQS {
        journal_read(data, snapshot_seq);
    }
    let fixed = with_fixed_checksums(data);
    if fixed != data {
        for snapshot_seq in SNAPSHOT_SEQS {
            journal_read(&fixed, snapshot_seq);
        }
    }
}

fn journal_read(bytes: &[u8], snapshot_seq: u64) {
    let replay = journal_format::read(bytes, snapshot_seq);
    assert!(
        replay.good_len <= bytes.len(),
        "good_len {} > {} bytes",
        replay.good_len,
        bytes.len()
    );
    let good = &bytes[..replay.good_len];
    assert!(
        good.is_empty() || good.ends_with(b"\n"),
        "the good part does not end with a newline"
    );
    if replay.bad_tail.is_none() {
        assert_eq!(
            replay.good_len,
            bytes.len(),
            "no bad tail, yet not all good"
        );
    }
    let mut expected = snapshot_seq;
    for (seq, _, _) in &replay.events {
        assert!(
            *seq > expected,
            "event seqs {:?} after snapshot {snapshot_seq}",
            replay.events.iter().map(|(s, _, _)| s).collect::<Vec<_>>()
        );
        expected = *seq;
    }
    assert_eq!(replay.last_seq, expected, "last_seq");
    assert!(replay.salvaged <= replay.events.len(), "salvaged");

    let again = journal_format::read(good, snapshot_seq);
    let before_damage = replay.events.len() - replay.salvaged;
    assert_eq!(
        again.events,
        replay.events[..before_damage],
        "re-reading the good part"
    );
    for (i, (seq, _, _)) in again.events.iter().enumerate() {
        let previous = if i == 0 {
            snapshot_seq
        } else {
            again.events[i - 1].0
        };
        assert_eq!(
            Some(*seq),
            previous.checked_add(1),
            "the good part rises by 1"
        );
    }
    assert_eq!(again.bad_tail, None, "re-reading the good part");
    assert_eq!(again.good_len, good.len(), "re-reading the good part");
}

/// The same bytes with the checksum before each line's first tab replaced by the
/// CRC-32 of the rest of the line, as `journal::encode` writes it.
pub fn with_fixed_checksums(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() + 16);
    for line in data.split_inclusive(|&b| b == b'\n') {
        let (body, newline) = match line.split_last() {
            Some((b'\n', body)) => (body, true),
            _ => (line, false),
        };
        match body.iter().position(|&b| b == b'\t') {
            Some(tab) => {
                let json = &body[tab + 1..];
                out.extend_from_slice(format!("{:08x}\t", crc32fast::hash(json)).as_bytes());
                out.extend_from_slice(json);
            }
            None => out.extend_from_slice(body),
        }
        if newline {
            out.push(b'\n');
        }
    }
    out
}

/// `snapshot::parse` never panics; what it accepts survives `to_json` and a second
/// `parse` unchanged (equal session, same seq), and a second `to_json` gives the
/// same bytes as the first.
pub fn snapshot(data: &[u8]) {
    let Ok((session, seq)) = snapshot_format::parse(data) else {
        return;
    };
    let json = match snapshot_format::to_json(&session, seq) {
        Ok(json) => json,
        Err(e) => panic!("a parsed session does not serialize: {e}"),
    };
    let (again, seq_again) = match snapshot_format::parse(&json) {
        Ok(parsed) => parsed,
        Err(e) => panic!("samtal cannot read the snapshot it wrote: {e}"),
    };
    assert_eq!(seq_again, seq, "seq after a round trip");
    assert_same("the session after a round trip", &session, &again);
    let json_again = match snapshot_format::to_json(&again, seq_again) {
        Ok(json) => json,
        Err(e) => panic!("a re-parsed session does not serialize: {e}"),
    };
    assert!(
        json_again == json,
        "the second snapshot differs from the first:\n{}\n---\n{}",
        String::from_utf8_lossy(&json),
        String::from_utf8_lossy(&json_again)
    );
}

/// `Agenda::from_json` never panics on UTF-8 input; what it accepts passes
/// `validate()`, and serializing it and reading it back gives an equal agenda (an
/// agenda is stored that way inside every `session.json`).
pub fn agenda(data: &[u8]) {
    let Ok(json) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(agenda) = Agenda::from_json(json, "fuzz input") else {
        return;
    };
    if let Err(e) = agenda.validate() {
        panic!("from_json accepted an agenda that validate() refuses: {e}");
    }
    let written = match serde_json::to_string(&agenda) {
        Ok(written) => written,
        Err(e) => panic!("an accepted agenda does not serialize: {e}"),
    };
    match Agenda::from_json(&written, "round trip") {
        Ok(again) => assert_same("the agenda after a round trip", &agenda, &again),
        Err(e) => panic!("samtal cannot read the agenda it wrote: {e}"),
    }
}

/// Panics when `before != after`, showing where their `Debug` forms first differ
/// (a whole session is too long to read in a failure message).
fn assert_same<T: PartialEq + std::fmt::Debug>(what: &str, before: &T, after: &T) {
    if before == after {
        return;
    }
    let (a, b) = (format!("{before:?}"), format!("{after:?}"));
    let at = a
        .char_indices()
        .zip(b.chars())
        .find(|((_, x), y)| x != y)
        .map_or(a.len().min(b.len()), |((i, _), _)| i);
    let around = |s: &str| -> String {
        let mut start = at.saturating_sub(60);
        while !s.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = (at + 60).min(s.len());
        while !s.is_char_boundary(end) {
            end += 1;
        }
        s[start..end].to_string()
    };
    panic!(
        "{what} differs at char {at} of its Debug form:\n before: …{}…\n  after: …{}…",
        around(&a),
        around(&b)
    );
}
