//! `samtal group` and `samtal add --group`: correcting the group list from the
//! command line, and names matched the way the app's picker matches them.

use super::*;
use tempfile::TempDir;

const REGIONS: [&str; 3] = ["Region Skåne", "Region Västerbotten", "Region Gotland"];

#[test]
fn add_uses_the_folded_match_and_says_which_group_it_used() {
    let data = TempDir::new().unwrap();
    let (id, folder) = new_session(data.path(), "Forum", &REGIONS);
    let output = samtal(data.path())
        .args(["add", &id, "--group", "  region VASTERBOTTEN ", "Hej"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert!(is_saved(&stdout_of(&output), 1));
    assert!(
        stderr_of(&output).contains("'Region Västerbotten'"),
        "{}",
        stderr_of(&output)
    );
    let kinds: Vec<String> = events(&folder)
        .iter()
        .map(|e| e["type"].to_string())
        .collect();
    assert!(
        !kinds.iter().any(|k| k.contains("group_added")),
        "{kinds:?}"
    );
    assert_eq!(
        events(&folder)[0]["group"],
        "0000000000000002-0000000000000000"
    );
}

#[test]
fn add_refuses_an_unknown_group_with_the_closest_names_unless_new_group() {
    let data = TempDir::new().unwrap();
    let (id, folder) = new_session(data.path(), "Forum", &REGIONS);
    let output = samtal(data.path())
        .args(["add", &id, "--group", "Region Vasterbotte", "Hej"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stdout_of(&output), "");
    let said = stderr_of(&output);
    assert!(said.contains("no group 'Region Vasterbotte'"), "{said}");
    assert!(said.contains("closest: 'Region Västerbotten'"), "{said}");
    assert!(said.contains("--new-group"), "{said}");
    assert!(events(&folder).is_empty(), "nothing was saved");

    samtal(data.path())
        .args([
            "add",
            &id,
            "--group",
            "Region Norrbotten",
            "--new-group",
            "Hej",
        ])
        .assert()
        .success()
        .stdout(saved(1));
    assert_eq!(events(&folder)[0]["type"], "group_added");
}

#[test]
fn a_typo_group_is_merged_away_and_an_absent_group_is_listed_as_absent() {
    let data = TempDir::new().unwrap();
    let (id, folder) = new_session(data.path(), "Forum", &REGIONS);
    for (group, text) in [
        ("Region Skåne", "Skåne säger"),
        ("Region Västerbotten", "Västerbotten säger"),
        ("Region Vasterbotn", "Ett stavfel säger"),
    ] {
        samtal(data.path())
            .args(["add", &id, "--group", group, "--new-group", text])
            .assert()
            .success();
    }
    samtal(data.path())
        .args([
            "group",
            &id,
            "merge",
            "region vasterbotn",
            "Region Västerbotten",
        ])
        .assert()
        .success()
        .stdout("'Region Vasterbotn' merged into 'Region Västerbotten': 1 contributions moved\n");
    samtal(data.path())
        .args(["group", &id, "absent", "region gotland"])
        .assert()
        .success();
    let last = events(&folder);
    assert!(last.iter().any(|e| e["type"] == "groups_merged"));
    assert!(
        last.iter()
            .any(|e| e["type"] == "group_presence_set" && e["presence"] == "absent")
    );

    let md = minutes(data.path(), &id);
    assert!(
        md.contains("- **Närvarande grupper:** Region Skåne, Region Västerbotten\n"),
        "{md}"
    );
    assert!(
        md.contains("- **Frånvarande grupper:** Region Gotland\n"),
        "{md}"
    );
    assert!(!md.contains("Vasterbotn"), "{md}");

    let listed = samtal(data.path()).args(["group", &id]).output().unwrap();
    assert_eq!(
        stdout_of(&listed),
        "Region Skåne\t1\t\nRegion Västerbotten\t2\t\nRegion Gotland\t0\tabsent\n"
    );
}

#[test]
fn rename_and_remove_and_their_refusals() {
    let data = TempDir::new().unwrap();
    let (id, _) = new_session(data.path(), "Forum", &REGIONS);
    samtal(data.path())
        .args(["group", &id, "rename", "region skane", "Region Skåne län"])
        .assert()
        .success();
    samtal(data.path())
        .args(["add", &id, "--group", "Region Skåne län", "Hej"])
        .assert()
        .success();
    // A group with contributions is merged, not removed.
    let output = samtal(data.path())
        .args(["group", &id, "remove", "Region Skåne län"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr_of(&output).contains("merge"),
        "{}",
        stderr_of(&output)
    );
    samtal(data.path())
        .args(["group", &id, "remove", "Region Gotland"])
        .assert()
        .success();
    let output = samtal(data.path())
        .args(["group", &id, "rename", "Region Gotlnd", "X"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr_of(&output).contains("closest"),
        "{}",
        stderr_of(&output)
    );
    let listed = samtal(data.path()).args(["group", &id]).output().unwrap();
    assert_eq!(
        stdout_of(&listed),
        "Region Skåne län\t1\t\nRegion Västerbotten\t0\t\n"
    );
}

#[test]
fn a_refused_group_change_leaves_a_damaged_journal_and_every_file_as_they_were() {
    let data = TempDir::new().unwrap();
    let (id, folder) = new_session(data.path(), "Forum", &REGIONS);
    add(data.path(), &id, "Hej");
    let events_dir = folder.join("events");
    let journal = events_dir.join(names_in(&events_dir).first().unwrap());
    let mut torn = fs::read(&journal).unwrap();
    torn.extend_from_slice(b"torn{");
    fs::write(&journal, &torn).unwrap();
    let files = |folder: &Path| -> Vec<(String, Vec<u8>)> {
        let events_dir = folder.join("events");
        let in_events = names_in(&events_dir)
            .into_iter()
            .map(|n| events_dir.join(n));
        names_in(folder)
            .into_iter()
            .map(|name| folder.join(name))
            .filter(|path| path.is_file())
            .chain(in_events)
            .map(|path| (path.display().to_string(), fs::read(&path).unwrap()))
            .collect()
    };
    let before = files(&folder);
    for change in [
        &["rename", "Region Nowhere", "X"][..],
        &["merge", "Region Skåne", "Region Skåne"],
        &["remove", "Region Skåne"],
        &["absent", "Region Nowhere"],
    ] {
        let output = samtal(data.path())
            .args(["group", &id])
            .args(change)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{change:?}");
        assert_eq!(files(&folder), before, "{change:?} changed a file");
    }
}
