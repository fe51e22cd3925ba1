//! A half-typed line outlives quitting, a kill -9 and a power cut: `draft-<device>.txt`
//! beside the session, kept up to date once a second while the app runs
//! (`draft_keeper.rs`), written when the app closes, and read back (and removed) when
//! the session is opened again.
//!
//! The draft is deliberately not a journal event: it is not a contribution, it never
//! reaches the minutes, and it is not synced (`.stignore` lists `draft*.txt`). It is
//! named by the device, so that two laptops with one session folder (a note-taker's
//! seat on a shared data dir) each get their own line back. The file is private
//! (0600) like everything in the folder.

use crate::session::{DeviceId, Session};
use crate::store::disk::Disk;
use std::io;
use std::path::{Path, PathBuf};

/// The name an older samtal gave every device's draft: still taken once.
pub const LEGACY_DRAFT_FILE: &str = "draft.txt";

/// `draft-<device 10 hex>.txt`.
pub fn file_name(device: DeviceId) -> String {
    format!("draft-{device}.txt")
}

fn path(dir: &Path, device: DeviceId) -> PathBuf {
    dir.join(file_name(device))
}

/// Keeps `text` for the next opening; an empty line removes an old draft.
pub fn keep(disk: &dyn Disk, dir: &Path, device: DeviceId, text: &str) -> io::Result<()> {
    let path = path(dir, device);
    // An old draft goes first: the disk writes new files only.
    match disk.remove(&path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
        _ => {}
    }
    if text.trim().is_empty() {
        return Ok(());
    }
    disk.write(&path, text.as_bytes())
}

/// The draft this device left, removed from disk: it now lives in the capture line
/// (and is written again at the next tick). Without one, a `draft.txt` an older
/// samtal left is taken instead.
pub fn take(disk: &dyn Disk, dir: &Path, device: DeviceId) -> Option<String> {
    take_file(disk, &path(dir, device)).or_else(|| take_file(disk, &dir.join(LEGACY_DRAFT_FILE)))
}

/// `take`, less a draft that was in fact saved: a line saved a moment before the app
/// was killed, before its draft was removed, is one of this device's contributions.
pub fn take_unsaved(
    disk: &dyn Disk,
    dir: &Path,
    device: DeviceId,
    session: &Session,
) -> Option<String> {
    let text = take(disk, dir, device)?;
    let saved = session
        .contributions
        .values()
        .any(|c| c.id.writer.device() == device && c.text.trim() == text.trim());
    (!saved).then_some(text)
}

fn take_file(disk: &dyn Disk, path: &Path) -> Option<String> {
    let bytes = disk.read(path).ok()?;
    let _ = disk.remove(path);
    let text = String::from_utf8_lossy(&bytes).into_owned();
    (!text.trim().is_empty()).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::os_disk::OsDisk;
    use crate::store::sim::{Fault, Op, SimDisk};

    const ME: DeviceId = DeviceId(0x3fa2c19d0e);
    const OTHER: DeviceId = DeviceId(0x0123456789);

    #[test]
    fn a_draft_is_kept_once_and_an_empty_line_removes_it() {
        let disk = OsDisk::default();
        let dir = tempfile::tempdir().unwrap();
        keep(&disk, dir.path(), ME, "Halvskriven rad om Malmö").unwrap();
        assert_eq!(
            take(&disk, dir.path(), ME).as_deref(),
            Some("Halvskriven rad om Malmö")
        );
        assert_eq!(take(&disk, dir.path(), ME), None, "taken once");
        keep(&disk, dir.path(), ME, "x").unwrap();
        keep(&disk, dir.path(), ME, "").unwrap();
        assert_eq!(take(&disk, dir.path(), ME), None);
    }

    #[test]
    fn a_draft_on_a_full_disk_is_reported_not_lost_silently() {
        let disk = SimDisk::new();
        let dir = Path::new("/data/sessions/s");
        disk.set_full(true);
        let error = keep(&disk, dir, ME, "Halvskriven rad").unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::StorageFull);
        assert_eq!(
            take(&disk, dir, ME),
            None,
            "nothing half written is read back"
        );
    }

    #[test]
    fn an_old_draft_that_cannot_be_removed_is_reported() {
        let disk = SimDisk::new();
        let dir = Path::new("/data/sessions/s");
        keep(&disk, dir, ME, "gammal rad").unwrap();
        disk.fail_once(Op::Remove, Fault::Error);
        assert!(keep(&disk, dir, ME, "ny rad").is_err());
        assert_eq!(take(&disk, dir, ME).as_deref(), Some("gammal rad"));
    }

    #[test]
    fn two_devices_on_one_folder_each_get_their_own_draft_back() {
        let disk = OsDisk::default();
        let dir = tempfile::tempdir().unwrap();
        keep(&disk, dir.path(), ME, "samtalsledarens rad").unwrap();
        keep(&disk, dir.path(), OTHER, "antecknarens rad").unwrap();
        assert_eq!(
            take(&disk, dir.path(), OTHER).as_deref(),
            Some("antecknarens rad")
        );
        assert_eq!(
            take(&disk, dir.path(), ME).as_deref(),
            Some("samtalsledarens rad")
        );
    }

    #[test]
    fn an_older_samtals_draft_txt_is_taken_once() {
        let disk = OsDisk::default();
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(LEGACY_DRAFT_FILE), "gammal rad").unwrap();
        assert_eq!(take(&disk, dir.path(), ME).as_deref(), Some("gammal rad"));
        assert!(!dir.path().join(LEGACY_DRAFT_FILE).exists());
        assert_eq!(take(&disk, dir.path(), OTHER), None, "taken once");
    }

    #[test]
    fn a_line_this_device_saved_is_not_taken_back_as_a_draft() {
        use crate::session::{Event, EventId, Kind, Stamp, WriterId};
        let disk = OsDisk::default();
        let dir = tempfile::tempdir().unwrap();
        let at = chrono::DateTime::parse_from_rfc3339("2015-11-20T09:02:00+01:00").unwrap();
        let mut session = Session::new(
            "2015-11-20-test".into(),
            "Test".into(),
            crate::i18n::Lang::Sv,
            crate::agenda::Agenda::builtin().unwrap(),
            &["Region Gotland".into()],
            at,
        );
        let group = session.groups[0].id;
        let item = session.current_item.clone();
        let saved = |device: DeviceId| EventId {
            stamp: Stamp::from_millis(1_448_000_120_000),
            writer: WriterId::new(device, 7),
        };
        let said = |id: EventId| Event::ContributionAdded {
            id,
            item: item.clone(),
            group,
            kind: Kind::Comment,
            text: "Sparad rad".into(),
            at,
        };
        let event = said(saved(OTHER));
        session.apply(saved(OTHER), &event);
        keep(&disk, dir.path(), ME, "Sparad rad").unwrap();
        assert_eq!(
            take_unsaved(&disk, dir.path(), ME, &session).as_deref(),
            Some("Sparad rad"),
            "another device's line with the same words is not this draft"
        );
        let event = said(saved(ME));
        session.apply(saved(ME), &event);
        keep(&disk, dir.path(), ME, "Sparad rad").unwrap();
        assert_eq!(take_unsaved(&disk, dir.path(), ME, &session), None);
        assert!(
            !dir.path().join(file_name(ME)).exists(),
            "removed all the same"
        );
    }
}
