//! The name a conflict copy gets when `samtal merge` finds a file of the same name
//! with other content. Which names are a sync engine's half-transferred files is
//! `segments::names::is_sync_temporary`, shared with the segment reader.

use super::segments::names::writer_in_name;

/// `<stem>.merge-conflict-<device>-<n>.jsonl`: the name a file from another copy
/// gets when this folder has the same name with other content. `<device>` is the
/// device of the writer the name starts with (10 hex digits), else `usb`.
pub fn conflict_copy_name(name: &str, n: u32) -> String {
    let stem = name.strip_suffix(".jsonl").unwrap_or(name);
    let from = writer_in_name(name).map_or_else(|| "usb".to_string(), |w| w.device().to_string());
    format!("{stem}.merge-conflict-{from}-{n}.jsonl")
}

/// True for the conflict copies `conflict_copy_name` makes of `name`.
pub fn is_conflict_copy_of(candidate: &str, name: &str) -> bool {
    let stem = name.strip_suffix(".jsonl").unwrap_or(name);
    candidate
        .strip_prefix(stem)
        .is_some_and(|rest| rest.starts_with(".merge-conflict-") && rest.ends_with(".jsonl"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::segments::names::is_sync_temporary;

    #[test]
    fn sync_temporary_names_are_recognised_and_segments_are_not() {
        for temporary in [
            ".syncthing.3fa2c19d0e000001.000001.jsonl.tmp",
            "~syncthing~3fa2c19d0e000001.000001.jsonl.tmp",
            "~syncthing~x",
            ".hidden",
            "3fa2c19d0e000001.000001.jsonl.tmp",
            "3fa2c19d0e000001.000001.jsonl.part",
            "3fa2c19d0e000001.000001.jsonl.partial",
        ] {
            assert!(is_sync_temporary(temporary), "{temporary}");
        }
        for kept in [
            "3fa2c19d0e000001.000001.jsonl",
            "3fa2c19d0e000001.000001.sync-conflict-20151120-101500-ABCDEFG.jsonl",
            "3fa2c19d0e000001.000001 (conflicted copy).jsonl",
            "3fa2c19d0e000001.000001.merge-conflict-usb-1.jsonl",
        ] {
            assert!(!is_sync_temporary(kept), "{kept}");
        }
    }

    #[test]
    fn a_conflict_copy_names_the_writers_device_else_usb() {
        assert_eq!(
            conflict_copy_name("3fa2c19d0e000001.000001.jsonl", 2),
            "3fa2c19d0e000001.000001.merge-conflict-3fa2c19d0e-2.jsonl"
        );
        assert_eq!(
            conflict_copy_name("notes.txt", 1),
            "notes.txt.merge-conflict-usb-1.jsonl"
        );
        assert_eq!(
            conflict_copy_name("3fa2c19d0e00000g.000001.jsonl", 1),
            "3fa2c19d0e00000g.000001.merge-conflict-usb-1.jsonl"
        );
        let name = "3fa2c19d0e000001.000001.jsonl";
        assert!(is_conflict_copy_of(&conflict_copy_name(name, 7), name));
        assert!(!is_conflict_copy_of(name, name));
        assert!(!is_conflict_copy_of("3fa2c19d0e000001.000002.jsonl", name));
    }
}
