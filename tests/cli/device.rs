//! `samtal device`: the device id is made once, kept outside the data dir, the same
//! for every run and for racing first runs; `--name` renames it.

use super::*;

/// `samtal device` with its state dir in `state`.
fn device(data: &Path, state: &Path, lang: &str) -> assert_cmd::Command {
    let mut cmd = samtal_in(data, lang);
    cmd.env("SAMTAL_STATE_DIR", state).arg("device");
    cmd
}

/// The id `samtal device` printed (`device id: <10 hex>`).
fn printed_id(stdout: &str) -> String {
    let id = stdout
        .lines()
        .find_map(|l| l.strip_prefix("device id: "))
        .unwrap_or_else(|| panic!("no id in {stdout:?}"));
    assert_eq!(id.len(), 10, "{id}");
    assert!(id.bytes().all(|b| b.is_ascii_hexdigit()), "{id}");
    assert_ne!(id, "0000000000");
    id.to_string()
}

#[test]
fn the_device_id_is_made_once_outside_the_data_dir_and_stays_the_same() {
    let root = TempDir::new().unwrap();
    let (data, state) = (root.path().join("data"), root.path().join("state"));
    let first = device(&data, &state, "C").output().unwrap();
    assert_success(&first, "device");
    let stdout = stdout_of(&first);
    let id = printed_id(&stdout);
    assert!(stdout.contains("device name: "), "{stdout}");
    assert!(stdout.contains(&format!("kept in: {}", state.join("device.json").display())));
    let again = device(&data, &state, "C").output().unwrap();
    assert_eq!(printed_id(&stdout_of(&again)), id);
    assert!(!data.exists(), "nothing is written into the data dir");
    let file = fs::read_to_string(state.join("device.json")).unwrap();
    assert!(file.contains(&id), "{file}");
}

#[test]
fn two_first_runs_at_once_agree_on_the_id() {
    for _ in 0..5 {
        let root = TempDir::new().unwrap();
        let (data, state) = (root.path().join("data"), root.path().join("state"));
        let children: Vec<_> = (0..6)
            .map(|_| {
                let mut cmd = samtal_process(&data);
                cmd.env("SAMTAL_STATE_DIR", &state)
                    .arg("device")
                    .stdout(Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        let ids: BTreeSet<String> = children
            .into_iter()
            .map(|child| {
                let output = child.wait_with_output().unwrap();
                assert_success(&output, "device");
                printed_id(&stdout_of(&output))
            })
            .collect();
        assert_eq!(ids.len(), 1, "{ids:?}");
    }
}

#[test]
fn a_new_name_persists_and_is_said_in_swedish() {
    let root = TempDir::new().unwrap();
    let (data, state) = (root.path().join("data"), root.path().join("state"));
    let before = printed_id(&stdout_of(&device(&data, &state, "C").output().unwrap()));
    device(&data, &state, "sv_SE.UTF-8")
        .args(["--name", "Bord 3 Skåne"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "den här datorn heter nu 'Bord 3 Skåne'",
        ))
        .stdout(predicate::str::contains(format!("enhets-id: {before}")))
        .stdout(predicate::str::contains("enhetsnamn: Bord 3 Skåne"));
    let after = device(&data, &state, "C").output().unwrap();
    let stdout = stdout_of(&after);
    assert!(stdout.contains("device name: Bord 3 Skåne"), "{stdout}");
    assert_eq!(printed_id(&stdout), before);
}

#[test]
fn a_bad_name_is_refused_in_the_users_language_and_nothing_changes() {
    let root = TempDir::new().unwrap();
    let (data, state) = (root.path().join("data"), root.path().join("state"));
    device(&data, &state, "C").assert().success();
    let kept = fs::read(state.join("device.json")).unwrap();
    for (name, message) in [
        ("", "the device name is empty"),
        ("a\tb", "control character"),
        (&"x".repeat(61), "61 characters; at most 60"),
    ] {
        device(&data, &state, "C")
            .args(["--name", name])
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains(message));
    }
    device(&data, &state, "sv_SE.UTF-8")
        .args(["--name", " "])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("enhetsnamnet är tomt"));
    assert_eq!(fs::read(state.join("device.json")).unwrap(), kept);
}

#[test]
fn a_state_dir_inside_the_data_dir_is_refused() {
    let root = TempDir::new().unwrap();
    let data = root.path().join("data");
    device(&data, &data.join("state"), "C")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("inside the data folder"))
        .stderr(predicate::str::contains("SAMTAL_STATE_DIR"));
    assert!(!data.exists());
}

#[test]
fn a_damaged_device_file_is_reported_and_left_untouched() {
    let root = TempDir::new().unwrap();
    let (data, state) = (root.path().join("data"), root.path().join("state"));
    fs::create_dir(&state).unwrap();
    fs::write(state.join("device.json"), "{\"id\":\"0000000000\"").unwrap();
    device(&data, &state, "sv_SE.UTF-8")
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "kan inte läsas som den här datorns identitet",
        ));
    assert_eq!(
        fs::read_to_string(state.join("device.json")).unwrap(),
        "{\"id\":\"0000000000\""
    );
}

#[test]
fn device_help_names_the_state_dir_and_the_name_option() {
    let data = TempDir::new().unwrap();
    samtal(data.path())
        .args(["device", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("--name"))
        .stdout(predicate::str::contains("SAMTAL_STATE_DIR"))
        .stdout(predicate::str::contains("På svenska"));
}
