use super::*;
use crate::store::disk::FileVersion;
use crate::store::os_disk::OsDisk;
use crate::store::sim::{Fault, SimDisk, Tear};
use std::os::unix::fs::PermissionsExt;

fn header() -> Header {
    Header::new(DeviceId(0x3f_a2c1_9d0e), crate::fixture::example_session())
}

#[test]
fn a_header_is_written_once_and_read_back_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let disk = OsDisk::default();
    let written = header();
    write_header(&disk, dir.path(), &written).unwrap();
    let path = dir.path().join(HEADER_FILE);
    let bytes = std::fs::read(&path).unwrap();
    assert_eq!(bytes, written.to_json().unwrap());
    assert!(bytes.ends_with(b"}\n"));
    let text = String::from_utf8(bytes.clone()).unwrap();
    assert!(text.starts_with("{\n  \"format\": \"samtal-session\",\n  \"schema_version\": 2,\n  \"creator\": \"3fa2c19d0e\",\n  \"base\": {"), "{text}");
    assert_eq!(read_header(&disk, dir.path()).unwrap(), written);
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    // Only the header: no temporary file left.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn a_header_is_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let disk = OsDisk::default();
    write_header(&disk, dir.path(), &header()).unwrap();
    let before = std::fs::read(dir.path().join(HEADER_FILE)).unwrap();
    let other = Header::new(DeviceId(1), crate::fixture::generated_session(3));
    let error = write_header(&disk, dir.path(), &other).unwrap_err();
    assert!(matches!(error, HeaderError::Exists { .. }), "{error}");
    assert_eq!(std::fs::read(dir.path().join(HEADER_FILE)).unwrap(), before);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

/// The header's JSON with one top-level value replaced.
fn with(key: &str, value: serde_json::Value) -> Vec<u8> {
    let mut json: serde_json::Value = serde_json::from_slice(&header().to_json().unwrap()).unwrap();
    json[key] = value;
    serde_json::to_vec(&json).unwrap()
}

#[test]
fn another_schema_version_or_format_is_refused_not_guessed() {
    for version in [0, 1, 3, 99] {
        let refused = Header::parse(&with("schema_version", version.into()));
        assert!(
            matches!(refused, Err(BadHeader::Schema(v)) if v == version),
            "{refused:?}"
        );
    }
    // A later version is refused by its number even when the rest is unreadable.
    let later = br#"{"format":"samtal-session","schema_version":3,"base":"?"}"#;
    assert!(matches!(Header::parse(later), Err(BadHeader::Schema(3))));
    assert!(matches!(
        Header::parse(&with("format", "other".into())),
        Err(BadHeader::Format)
    ));
    for creator in ["", "3fa2c19d0", "3fa2c19d0e0", "3fa2c19dxe"] {
        let refused = Header::parse(&with("creator", creator.into()));
        assert!(
            matches!(refused, Err(BadHeader::Creator(_))),
            "{creator}: {refused:?}"
        );
    }
    assert!(matches!(
        Header::parse(b"{\"format\""),
        Err(BadHeader::Json(_))
    ));
}

#[test]
fn a_bad_header_is_a_damaged_session_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(HEADER_FILE);
    std::fs::write(&path, with("schema_version", 3.into())).unwrap();
    let error = StoreError::from(read_header(&OsDisk::default(), dir.path()).unwrap_err());
    assert_eq!(error.exit_code(), 2);
    let message = error.to_string();
    assert!(
        message.contains("header.json") && message.contains("schema version 3"),
        "{message}"
    );
}

#[test]
fn a_header_that_is_a_link_is_refused_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    let elsewhere = dir.path().join("elsewhere.json");
    std::fs::write(&elsewhere, header().to_json().unwrap()).unwrap();
    std::os::unix::fs::symlink(&elsewhere, dir.path().join(HEADER_FILE)).unwrap();
    let error = read_header(&OsDisk::default(), dir.path()).unwrap_err();
    assert_eq!(StoreError::from(error).exit_code(), 2);
    let other = Header::new(DeviceId(2), crate::fixture::generated_session(1));
    assert!(write_header(&OsDisk::default(), dir.path(), &other).is_err());
    assert_eq!(
        std::fs::read(&elsewhere).unwrap(),
        header().to_json().unwrap()
    );
}

#[test]
fn a_crash_at_any_step_leaves_no_header_or_the_whole_header() {
    let dir = Path::new("/s");
    let expected = header().to_json().unwrap();
    let steps = {
        let disk = SimDisk::new();
        disk.create_dir_all(dir).unwrap();
        let before = disk.op_count();
        write_header(&disk, dir, &header()).unwrap();
        disk.op_count() - before
    };
    for at in 0..=steps {
        for tear in [Tear::Nothing, Tear::Half, Tear::All] {
            let disk = SimDisk::new();
            disk.create_dir_all(dir).unwrap();
            disk.crash_at(disk.op_count() + at, Fault::Error);
            let written = write_header(&disk, dir, &header()).is_ok();
            let after = disk.power_cut(tear);
            match after.read(&dir.join(HEADER_FILE)) {
                Ok(bytes) => assert_eq!(bytes, expected, "step {at}"),
                Err(_) => assert!(!written, "step {at}: reported written but lost"),
            }
        }
    }
}

/// A disk on which every temporary name is taken: only `write` differs from SimDisk.
#[derive(Debug, Default)]
struct EveryTemporaryTaken(SimDisk);

impl Disk for EveryTemporaryTaken {
    fn create_dir_all(&self, dir: &Path) -> std::io::Result<()> {
        self.0.create_dir_all(dir)
    }
    fn create_dir(&self, dir: &Path) -> std::io::Result<()> {
        self.0.create_dir(dir)
    }
    fn exists(&self, path: &Path) -> bool {
        self.0.exists(path)
    }
    fn is_dir(&self, path: &Path) -> bool {
        self.0.is_dir(path)
    }
    fn is_file(&self, path: &Path) -> bool {
        self.0.is_file(path)
    }
    fn read_versioned(&self, path: &Path) -> std::io::Result<(Vec<u8>, FileVersion)> {
        self.0.read_versioned(path)
    }
    fn version(&self, path: &Path) -> std::io::Result<FileVersion> {
        self.0.version(path)
    }
    fn write(&self, _: &Path, _: &[u8]) -> std::io::Result<()> {
        Err(std::io::Error::from(std::io::ErrorKind::AlreadyExists))
    }
    fn append(&self, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
        self.0.append(path, bytes)
    }
    fn write_stream(&self, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
        self.0.write_stream(path, bytes)
    }
    fn sync(&self, path: &Path) -> std::io::Result<()> {
        self.0.sync(path)
    }
    fn rename(&self, from: &Path, to: &Path) -> std::io::Result<()> {
        self.0.rename(from, to)
    }
    fn remove(&self, path: &Path) -> std::io::Result<()> {
        self.0.remove(path)
    }
    fn sync_dir(&self, dir: &Path) -> std::io::Result<()> {
        self.0.sync_dir(dir)
    }
    fn lock(
        &self,
        dir: &Path,
    ) -> Result<crate::store::disk::LockGuard, crate::store::disk::LockError> {
        self.0.lock(dir)
    }
    fn names_in(&self, dir: &Path) -> std::io::Result<Vec<std::ffi::OsString>> {
        self.0.names_in(dir)
    }
}

#[test]
fn temporary_names_all_taken_is_a_failure_not_a_header_already_there() {
    let disk = EveryTemporaryTaken::default();
    let dir = Path::new("/s");
    disk.create_dir_all(dir).unwrap();
    let error = write_header(&disk, dir, &header()).unwrap_err();
    assert!(matches!(error, HeaderError::Io { .. }), "{error}");
    assert!(!disk.exists(&dir.join(HEADER_FILE)));
}
