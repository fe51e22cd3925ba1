use super::*;
use crate::session::{DeviceId, WriterId};
use std::collections::BTreeSet;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn the_device_is_made_once_privately_and_read_back_the_same() {
    let root = tempfile::tempdir().unwrap();
    let state = root.path().join("state");
    let first = load_or_create(&state).unwrap();
    assert_ne!(first.id, DeviceId(0));
    assert!(first.id.0 <= DeviceId::MAX);
    assert!(!first.name.is_empty());
    assert_eq!(load_or_create(&state).unwrap(), first);
    assert_eq!(mode(&state), 0o700);
    assert_eq!(mode(&state.join(DEVICE_FILE)), 0o600);
    let text = std::fs::read_to_string(state.join(DEVICE_FILE)).unwrap();
    assert!(
        text.contains(&format!("\"id\": \"{}\"", first.id)),
        "{text}"
    );
    // No temporary file is left behind.
    let names: Vec<_> = std::fs::read_dir(&state).unwrap().collect();
    assert_eq!(names.len(), 1);
}

#[test]
fn racing_creators_all_get_the_winners_id() {
    for _ in 0..20 {
        let root = tempfile::tempdir().unwrap();
        let state = root.path().join("state");
        let ids: BTreeSet<DeviceId> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..8)
                .map(|_| scope.spawn(|| load_or_create(&state).unwrap().id))
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        assert_eq!(ids.len(), 1, "{ids:?}");
        assert_eq!(load_or_create(&state).unwrap().id, *ids.first().unwrap());
    }
}

#[test]
fn a_damaged_device_file_is_an_error_and_left_untouched() {
    let root = tempfile::tempdir().unwrap();
    for (n, bad) in [
        &b""[..],
        b"{\"id\":\"0000000000\",\"name\":\"x\"}",
        b"{\"id\":\"12345\",\"name\":\"x\"}",
        b"{\"id\":\"zz345678ab\",\"name\":\"x\"}",
        b"{\"id\":\"0123456789\",\"name\":\"\"}",
        b"{\"id\":\"0123456789\"",
    ]
    .into_iter()
    .enumerate()
    {
        let state = root.path().join(format!("s{n}"));
        std::fs::create_dir(&state).unwrap();
        std::fs::write(state.join(DEVICE_FILE), bad).unwrap();
        let error = load_or_create(&state).unwrap_err();
        assert!(matches!(error, DeviceError::Damaged { .. }), "{error}");
        assert_eq!(std::fs::read(state.join(DEVICE_FILE)).unwrap(), bad);
    }
}

#[test]
fn a_device_file_that_is_a_link_is_refused_not_followed() {
    let root = tempfile::tempdir().unwrap();
    let state = root.path().join("state");
    std::fs::create_dir(&state).unwrap();
    let elsewhere = root.path().join("other.json");
    std::fs::write(&elsewhere, "{\"id\":\"0123456789\",\"name\":\"x\"}").unwrap();
    std::os::unix::fs::symlink(&elsewhere, state.join(DEVICE_FILE)).unwrap();
    let error = load_or_create(&state).unwrap_err();
    assert!(matches!(error, DeviceError::Damaged { .. }), "{error}");
    assert!(set_name(&state, "ny").is_err());
    assert!(
        std::fs::read_to_string(&elsewhere)
            .unwrap()
            .contains("\"x\"")
    );
}

#[test]
fn a_new_name_is_kept_with_the_same_id() {
    let root = tempfile::tempdir().unwrap();
    let state = root.path().join("state");
    let before = load_or_create(&state).unwrap();
    let renamed = set_name(&state, "  Bord 3 — Skåne  ").unwrap();
    assert_eq!(renamed.id, before.id);
    assert_eq!(renamed.name, "Bord 3 — Skåne");
    assert_eq!(load_or_create(&state).unwrap(), renamed);
    assert_eq!(mode(&state.join(DEVICE_FILE)), 0o600);
}

#[test]
fn names_must_be_short_printable_and_not_empty() {
    assert_eq!(validate_name("   "), Err(NameError::Empty));
    assert_eq!(validate_name("a\u{1b}[2J"), Err(NameError::Control));
    assert_eq!(validate_name("a\nb"), Err(NameError::Control));
    assert_eq!(validate_name(&"å".repeat(61)), Err(NameError::TooLong(61)));
    assert_eq!(validate_name(&"å".repeat(60)), Ok("å".repeat(60)));
    let root = tempfile::tempdir().unwrap();
    let state = root.path().join("state");
    let before = load_or_create(&state).unwrap();
    assert!(matches!(
        set_name(&state, ""),
        Err(DeviceError::BadName(NameError::Empty))
    ));
    assert_eq!(load_or_create(&state).unwrap(), before);
}

#[test]
fn the_state_dir_is_the_variable_else_the_platforms_and_never_inside_the_data_dir() {
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("data");
    let env = root.path().join("env-state");
    let platform = root.path().join("platform-state");
    let chosen = choose_state_dir(Some(env.clone()), Some(platform.clone()), &data);
    assert_eq!(chosen.unwrap(), env);
    assert_eq!(
        choose_state_dir(None, Some(platform.clone()), &data).unwrap(),
        platform
    );
    assert!(matches!(
        choose_state_dir(None, None, &data),
        Err(DeviceError::NoStateDir)
    ));
    for inside in [data.clone(), data.join("state"), data.join("a/../b")] {
        let refused = choose_state_dir(Some(inside), None, &data);
        assert!(
            matches!(refused, Err(DeviceError::InsideDataDir { .. })),
            "{refused:?}"
        );
    }
    // Through a link to the data dir, too, before either exists as a folder.
    std::fs::create_dir(&data).unwrap();
    let link = root.path().join("link");
    std::os::unix::fs::symlink(&data, &link).unwrap();
    let refused = choose_state_dir(Some(link.join("state")), None, &data);
    assert!(matches!(refused, Err(DeviceError::InsideDataDir { .. })));
    // A sibling whose name merely begins like the data dir's is outside it.
    let sibling = root.path().join("data-state");
    assert!(choose_state_dir(Some(sibling), None, &data).is_ok());
}

#[test]
fn writer_numbers_grow_and_only_the_highest_claim_is_kept() {
    let root = tempfile::tempdir().unwrap();
    let device = DeviceId(0xab_cdef_0123);
    let writers: Vec<WriterId> = (0..5)
        .map(|_| claim_writer(root.path(), device).unwrap())
        .collect();
    let expected: Vec<WriterId> = (1..=5).map(|n| WriterId::new(device, n)).collect();
    assert_eq!(writers, expected);
    assert!(writers.iter().all(|w| w.device() == device));
    let left: Vec<String> = std::fs::read_dir(root.path().join(WRITERS_DIR))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(left, ["5"]);
    assert_eq!(mode(&root.path().join(WRITERS_DIR)), 0o700);
    // A name that is not a number is not a claim, and is left alone.
    std::fs::write(root.path().join(WRITERS_DIR).join("notes"), "").unwrap();
    assert_eq!(
        claim_writer(root.path(), device).unwrap(),
        WriterId::new(device, 6)
    );
    assert!(root.path().join(WRITERS_DIR).join("notes").exists());
}

#[test]
fn racing_claims_never_share_a_writer_number() {
    let root = tempfile::tempdir().unwrap();
    let device = DeviceId(7);
    let claims: Vec<WriterId> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..8)
            .map(|_| {
                scope.spawn(|| {
                    (0..25)
                        .map(|_| claim_writer(root.path(), device).unwrap())
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });
    let unique: BTreeSet<WriterId> = claims.iter().copied().collect();
    assert_eq!(unique.len(), claims.len());
    let highest = unique.iter().max().unwrap();
    assert!(
        root.path()
            .join(WRITERS_DIR)
            .join((highest.0 & WriterId::MAX_PROCESS).to_string())
            .exists()
    );
}

#[test]
fn the_last_writer_number_is_refused_once_used() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join(WRITERS_DIR);
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join(WriterId::MAX_PROCESS.to_string()), "").unwrap();
    assert!(matches!(
        claim_writer(root.path(), DeviceId(1)),
        Err(DeviceError::WritersExhausted { .. })
    ));
}
