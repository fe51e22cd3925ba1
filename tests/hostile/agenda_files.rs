//! Agenda files built to exhaust memory, time or the stack.

use super::*;

fn item_json(n: usize) -> Value {
    serde_json::json!({
        "id": format!("item-{n}"),
        "kind": "question",
        "title": {"sv": format!("Fråga {n}")},
        "timebox_minutes": 5
    })
}

fn agenda_json(title: &str, items: Vec<Value>) -> Vec<u8> {
    serde_json::to_vec(&serde_json::json!({
        "format": "samtal-agenda",
        "version": 1,
        "id": "fientlig",
        "title": {"sv": title},
        "items": items,
    }))
    .unwrap()
}

#[test]
fn an_agenda_of_ten_thousand_items_is_refused_quickly_naming_the_limit() {
    let data = TempDir::new().unwrap();
    let file = data.path().join("tio-tusen.json");
    let bytes = agenda_json("Många", (1..=10_000).map(item_json).collect());
    assert!(
        (bytes.len() as u64) < MAX_FILE_BYTES,
        "under the size limit"
    );
    fs::write(&file, bytes).unwrap();
    let stderr = check_refused(data.path(), &file);
    assert!(stderr.contains("10000 items"), "{stderr}");
    assert!(stderr.contains(&format!("at most {MAX_ITEMS}")), "{stderr}");

    // The same file as `new --agenda` creates nothing.
    samtal_bounded(data.path())
        .args(["new", "--no-tui", "--group", "A", "--agenda"])
        .arg(&file)
        .assert()
        .code(2);
    assert!(!data.path().join("sessions").exists());
}

#[test]
fn an_agenda_with_a_megabyte_title_is_refused_naming_the_limit() {
    let data = TempDir::new().unwrap();
    let file = data.path().join("lang-titel.json");
    let title = "å".repeat(500_000);
    let bytes = agenda_json(&title, vec![item_json(1)]);
    assert!(bytes.len() >= 1_000_000 && (bytes.len() as u64) < MAX_FILE_BYTES);
    fs::write(&file, bytes).unwrap();
    let stderr = check_refused(data.path(), &file);
    assert!(stderr.contains(&MAX_TITLE_CHARS.to_string()), "{stderr}");
    assert!(stderr.contains("title"), "{stderr}");

    // And in an item's title.
    let file = data.path().join("lang-punkt.json");
    let mut item = item_json(1);
    item["title"]["en"] = Value::String("x".repeat(1_000_000));
    fs::write(&file, agenda_json("Kort", vec![item])).unwrap();
    let stderr = check_refused(data.path(), &file);
    assert!(stderr.contains(&MAX_TITLE_CHARS.to_string()), "{stderr}");
    assert!(stderr.contains("item-1"), "{stderr}");
}

#[test]
fn a_five_megabyte_agenda_is_refused_by_its_size() {
    let data = TempDir::new().unwrap();
    let file = data.path().join("fem-mb.json");
    // Valid JSON all through: only the size is wrong.
    let mut bytes = agenda_json("Stor", vec![item_json(1)]);
    let pad = 5 * 1024 * 1024 - bytes.len();
    bytes.splice(0..0, std::iter::repeat_n(b' ', pad));
    assert_eq!(bytes.len(), 5 * 1024 * 1024);
    fs::write(&file, bytes).unwrap();
    let stderr = check_refused(data.path(), &file);
    assert!(stderr.contains(&MAX_FILE_BYTES.to_string()), "{stderr}");
    assert!(stderr.contains(&(5 * 1024 * 1024).to_string()), "{stderr}");
}

#[test]
fn deeply_nested_json_is_refused_without_a_stack_overflow() {
    let data = TempDir::new().unwrap();
    let depth = 100_000;
    let cases: [(&str, Vec<u8>); 3] = [
        ("arrays.json", "[".repeat(depth).into_bytes()),
        (
            "closed-arrays.json",
            format!("{}{}", "[".repeat(depth), "]".repeat(depth)).into_bytes(),
        ),
        (
            "objects.json",
            format!(
                "{{\"format\":\"samtal-agenda\",\"version\":1,\"id\":\"x\",\"title\":{}",
                "{\"sv\":".repeat(depth)
            )
            .into_bytes(),
        ),
    ];
    for (name, bytes) in cases {
        let file = data.path().join(name);
        fs::write(&file, bytes).unwrap();
        let stderr = check_refused(data.path(), &file);
        assert!(stderr.contains("line 1"), "{name}: {stderr}");
    }
}

#[test]
fn nul_bytes_an_empty_file_and_utf16_are_refused() {
    let data = TempDir::new().unwrap();

    let file = data.path().join("nul.json");
    fs::write(&file, vec![0u8; 4096]).unwrap();
    check_refused(data.path(), &file);

    let file = data.path().join("tom.json");
    fs::write(&file, b"").unwrap();
    let stderr = check_refused(data.path(), &file);
    assert!(stderr.contains("EOF"), "{stderr}");

    // The built-in agenda, as UTF-16 with a byte-order mark (what Notepad once saved).
    let mut utf16 = vec![0xff, 0xfe];
    for unit in samtal::agenda::BUILTIN_JSON.encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    let file = data.path().join("utf16.json");
    fs::write(&file, utf16).unwrap();
    let stderr = check_refused(data.path(), &file);
    assert!(stderr.contains("UTF-8"), "{stderr}");
}

#[test]
fn an_agenda_that_is_a_device_or_a_fifo_is_refused_without_reading_it() {
    let data = TempDir::new().unwrap();
    // Reading either would never end.
    let stderr = check_refused(data.path(), Path::new("/dev/zero"));
    assert!(stderr.contains("not a file"), "{stderr}");
    let fifo = data.path().join("fifo.json");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(status.success());
    let stderr = check_refused(data.path(), &fifo);
    assert!(stderr.contains("not a file"), "{stderr}");
}
