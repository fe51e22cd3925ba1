//! `samtal set --moderator-device`: the device whose agenda moves and item clock
//! count. A new session is led by the device that created it.

use super::*;

#[test]
fn a_new_session_is_led_by_its_creator_and_set_names_another_device() {
    let data = TempDir::new().unwrap();
    let (id, folder) = forum_session(data.path());
    let creator = snapshot(&folder)["session"]["moderator_device"].clone();
    assert!(creator.as_str().is_some_and(|d| d.len() == 10), "{creator}");

    samtal(data.path())
        .args(["set", &id, "--moderator-device", "3fa2c19d0e"])
        .assert()
        .success();
    let events = events(&folder);
    let last = events.last().unwrap();
    assert_eq!(last["type"], "moderator_device_set");
    assert_eq!(last["device"], "3fa2c19d0e");

    // The session, as read back, names the new device.
    let output = samtal(data.path())
        .args(["export", &id, "-f", "json", "-o", "-"])
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["session"]["moderator_device"], "3fa2c19d0e");
}

#[test]
fn a_device_id_that_is_not_hex_is_refused_and_nothing_saved() {
    let data = TempDir::new().unwrap();
    let (id, folder) = forum_session(data.path());
    let before = events(&folder).len();
    for bad in ["xyz", "12345678901", ""] {
        let output = samtal(data.path())
            .args(["set", &id, "--moderator-device", bad])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{bad:?}");
        assert!(
            stderr_of(&output).contains("device id"),
            "{bad:?}: {}",
            stderr_of(&output)
        );
    }
    assert_eq!(events(&folder).len(), before);
}
