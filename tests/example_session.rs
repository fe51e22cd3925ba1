//! The example session in `sessions/`: a version 2 folder written by the app's own
//! store (`cargo run --example write_example_session`), as every new session is.

#![allow(clippy::unwrap_used)] // tests may stop at the first surprise

use samtal::fixture::{EXAMPLE_ID, example_events, example_session};
use samtal::store::header::read_header;
use samtal::store::os_disk::OsDisk;
use samtal::store::segments::parse_segment_name;
use samtal::store::segments::record::decode;
use samtal::store::stignore::LOCAL_ONLY;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sessions")
        .join(EXAMPLE_ID)
}

fn names_in(dir: &Path) -> BTreeSet<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

#[test]
fn the_shipped_example_session_is_a_version_2_folder_and_matches_the_fixture() {
    let dir = folder();
    assert_eq!(
        names_in(&dir),
        BTreeSet::from(["header.json", ".stignore", "events"].map(String::from)),
        "a header, .stignore and events/, nothing of version 1"
    );
    let stignore = std::fs::read_to_string(dir.join(".stignore")).unwrap();
    assert_eq!(stignore, LOCAL_ONLY.map(|l| format!("{l}\n")).concat());
    let loaded = samtal::store::load(&dir).unwrap();
    assert!(loaded.bad_tail.is_none(), "{:?}", loaded.bad_tail);
    // Its contributions and groups keep the fixture's numbers (origin ids); the
    // events themselves are named by the writer that wrote them.
    let mut expected = example_session();
    expected.last_stamp = loaded.session.last_stamp;
    // The one writer that wrote the segment is the session's only writing device.
    let me = samtal::session::DeviceId(1);
    assert_eq!(
        loaded.session.writers.others(me).map(|o| o.devices),
        Some(1)
    );
    expected.writers = loaded.session.writers.clone();
    for shipped in loaded.session.contributions.values() {
        if let Some(c) = expected.contributions.get_mut(&shipped.id) {
            c.rev = shipped.rev;
        }
    }
    assert_eq!(loaded.session, expected);
    assert!(loaded.session.contributions.len() >= 40);
}

#[test]
fn the_shipped_segment_holds_the_example_events_in_order_from_one_writer() {
    let dir = folder();
    let (base, events) = example_events();
    assert_eq!(read_header(&OsDisk::default(), &dir).unwrap().base, base);
    let segments = names_in(&dir.join("events"));
    assert_eq!(segments.len(), 1, "{segments:?}");
    let name = segments.first().unwrap();
    let (writer, number) = parse_segment_name(name).unwrap();
    assert_eq!(number, 1);
    let bytes = std::fs::read(dir.join("events").join(name)).unwrap();
    assert!(bytes.ends_with(b"\n"), "no line left half written");
    let lines: Vec<_> = bytes[..bytes.len() - 1]
        .split(|b| *b == b'\n')
        .map(|line| decode(line).unwrap())
        .collect();
    assert!(lines.iter().all(|(id, _)| id.writer == writer));
    assert!(lines.windows(2).all(|w| w[0].0 < w[1].0), "ids in order");
    let shipped: Vec<_> = lines.into_iter().map(|(_, event)| event).collect();
    assert_eq!(shipped, events);
}
