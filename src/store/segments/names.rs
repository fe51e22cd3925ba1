//! The names in a session folder of version 2: where the segments are, what a
//! segment is called, which names are a sync engine's unfinished transfers, and
//! which names are local to one computer (`.stignore`).

use crate::session::WriterId;
use crate::store::disk;

/// The folder of the segments, inside a session folder.
pub const EVENTS_DIR: &str = "events";
/// What a segment file name ends with.
pub const SEGMENT_SUFFIX: &str = ".jsonl";
/// The highest segment number a name holds (six digits).
pub const MAX_SEGMENT: u32 = 999_999;
/// Syncthing's list of names it must not sync, written at the root of the data dir
/// and in each session folder.
pub const STIGNORE_FILE: &str = ".stignore";
/// The names that are local to one computer: the local cache, locks, the draft and
/// temporary files. One pattern a line, as `.stignore` holds them.
pub const STIGNORE_LINES: [&str; 5] = [".samtal-local", "*.lock", "draft*.txt", "*.tmp", ".*.tmp"];

/// `<writer 16 hex>.<segment 6 digits>.jsonl`, e.g. `3fa2c19d0e000007.000001.jsonl`.
pub fn segment_name(writer: WriterId, segment: u32) -> String {
    format!("{writer}.{segment:06}{SEGMENT_SUFFIX}")
}

/// The writer and segment number of a segment's own name; None for any other name
/// (a conflict copy such as `….000001.sync-conflict-20261130-120000-ABCDEFG.jsonl`
/// included: it is read all the same, its ids say whose events it holds).
pub fn parse_segment_name(name: &str) -> Option<(WriterId, u32)> {
    let stem = name.strip_suffix(SEGMENT_SUFFIX)?;
    let (_, segment) = stem.split_once('.')?;
    let writer = writer_in_name(stem)?;
    let segment = (segment.len() == 6 && segment.bytes().all(|b| b.is_ascii_digit()))
        .then(|| segment.parse::<u32>().ok())
        .flatten()
        .filter(|n| *n >= 1)?;
    Some((writer, segment))
}

/// The writer a file in `events/` names at its start, a conflict copy of a segment
/// included (`<writer 16 hex>.…`): whose file it is, for reports.
pub fn writer_in_name(name: &str) -> Option<WriterId> {
    let (writer, _) = name.split_once('.')?;
    (writer.len() == 16 && writer.bytes().all(|b| b.is_ascii_hexdigit()))
        .then(|| u64::from_str_radix(writer, 16).ok())
        .flatten()
        .map(WriterId)
}

/// True for a name a sync engine (or samtal itself) gives a file while it is still
/// being written, to be renamed when complete: Syncthing's `.syncthing.*.tmp` and
/// `~syncthing~*`, any name starting with `.` or `~`, and `*.tmp`, `*.part`,
/// `*.partial`. Such a file is never read as a segment; what it holds arrives under
/// its real name.
pub fn is_sync_temporary(name: &str) -> bool {
    disk::is_temporary(name)
        || name.starts_with('.')
        || name.starts_with('~')
        || [".tmp", ".part", ".partial"]
            .iter()
            .any(|suffix| name.ends_with(suffix))
}

/// True when one of `STIGNORE_LINES` matches the name (a file's or a folder's own
/// name, as Syncthing matches a pattern without a slash).
pub fn is_local_only(name: &str) -> bool {
    STIGNORE_LINES
        .iter()
        .any(|pattern| glob_matches(pattern, name))
}

/// A pattern with `*` (any run of characters) and nothing else special.
fn glob_matches(pattern: &str, name: &str) -> bool {
    match pattern.split_once('*') {
        None => pattern == name,
        Some((head, tail)) => {
            let Some(rest) = name.strip_prefix(head) else {
                return false;
            };
            (0..=rest.len())
                .filter(|at| rest.is_char_boundary(*at))
                .any(|at| glob_matches(tail, &rest[at..]))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_segment_name_reads_back() {
        let writer = WriterId(0x3fa2_c19d_0e00_0007);
        let name = segment_name(writer, 1);
        assert_eq!(name, "3fa2c19d0e000007.000001.jsonl");
        assert_eq!(parse_segment_name(&name), Some((writer, 1)));
        assert_eq!(
            parse_segment_name(&segment_name(writer, MAX_SEGMENT)),
            Some((writer, MAX_SEGMENT))
        );
    }

    #[test]
    fn a_conflict_copy_still_names_its_writer() {
        let copy = "3fa2c19d0e000007.000001.sync-conflict-20261130-120000-ABCDEFG.jsonl";
        assert_eq!(writer_in_name(copy), Some(WriterId(0x3fa2_c19d_0e00_0007)));
        assert_eq!(writer_in_name("notes.jsonl"), None);
    }

    #[test]
    fn other_names_are_not_segment_names() {
        for name in [
            "3fa2c19d0e000007.000001.sync-conflict-20261130-120000-ABCDEFG.jsonl",
            "3fa2c19d0e000007.000001 (conflicted copy).jsonl",
            "3fa2c19d0e000007.000000.jsonl",
            "3fa2c19d0e00007.000001.jsonl",
            "3fa2c19d0e000007.0000001.jsonl",
            "3fa2c19d0e000007.000001.json",
            "3fa2c19d0e00000g.000001.jsonl",
            "events.jsonl",
        ] {
            assert_eq!(parse_segment_name(name), None, "{name}");
        }
    }

    #[test]
    fn sync_temporaries_are_recognised_and_segments_and_conflict_copies_are_not() {
        for name in [
            ".syncthing.3fa2c19d0e000007.000001.jsonl.tmp",
            "~syncthing~3fa2c19d0e000007.000001.jsonl.tmp",
            ".3fa2c19d0e000007.000001.jsonl.0123456789abcdef.tmp",
            "~$lock",
            "3fa2c19d0e000007.000001.jsonl.part",
            "3fa2c19d0e000007.000001.jsonl.partial",
            "x.tmp",
            ".DS_Store",
        ] {
            assert!(is_sync_temporary(name), "{name}");
        }
        for name in [
            "3fa2c19d0e000007.000001.jsonl",
            "3fa2c19d0e000007.000001.sync-conflict-20261130-120000-ABCDEFG.jsonl",
            "3fa2c19d0e000007.000001 (Case Conflict).jsonl",
        ] {
            assert!(!is_sync_temporary(name), "{name}");
        }
    }

    #[test]
    fn local_only_names_follow_the_stignore_patterns() {
        for name in [
            ".samtal-local",
            "session.lock",
            "draft.txt",
            "draft-3fa2c19d0e.txt",
            "a.tmp",
            ".a.b.tmp",
        ] {
            assert!(is_local_only(name), "{name}");
        }
        for name in [
            "header.json",
            "events",
            "3fa2c19d0e000007.000001.jsonl",
            "draft.txt.bak",
        ] {
            assert!(!is_local_only(name), "{name}");
        }
    }
}
