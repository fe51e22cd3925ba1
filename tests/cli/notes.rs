//! `samtal export --with-notes`: the command line asks for the moderator's notes,
//! and without it they stay out, whatever the format.

use super::*;
use samtal::session::Event;
use samtal::store::Store;
use std::path::Path;

/// A new session whose first item has a note, written as the app writes it.
fn session_with_a_note(data: &Path) -> String {
    let (id, folder) = new_session(data, "Forum", &["Gotland"]);
    let (mut store, mut session, _) = Store::open(&folder).unwrap();
    let event = Event::NoteSet {
        item: session.current_item.clone(),
        text: "ta upp ESF-frågan med Skåne\nfråga Gotland om siffror".into(),
        at: session.last_change,
    };
    let event_id = session.next_event_id(store.writer(), event.at());
    store
        .apply_and_commit(&mut session, event_id, &event)
        .unwrap();
    id
}

fn export(data: &Path, id: &str, extra: &[&str]) -> String {
    let output = samtal(data)
        .args(["export", id, "-o", "-"])
        .args(extra)
        .output()
        .unwrap();
    assert!(output.status.success());
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn export_leaves_notes_out_unless_asked() {
    let data = tempfile::tempdir().unwrap();
    let id = session_with_a_note(data.path());
    for format in ["md", "html", "csv", "json"] {
        let without = export(data.path(), &id, &["--format", format]);
        assert!(!without.contains("ESF-frågan"), "{format}: {without}");
        let with = export(data.path(), &id, &["--format", format, "--with-notes"]);
        assert!(with.contains("ESF-frågan"), "{format}: {with}");
        assert!(with.contains("fråga Gotland om siffror"), "{format}");
    }
    let md = export(data.path(), &id, &["--with-notes"]);
    assert!(md.contains("**Moderator's notes**\n\n- ta upp ESF-frågan med Skåne\n"));
}

#[test]
fn export_help_names_with_notes() {
    let data = tempfile::tempdir().unwrap();
    let output = samtal(data.path())
        .args(["export", "--help"])
        .output()
        .unwrap();
    let help = String::from_utf8(output.stdout).unwrap();
    assert!(help.contains("--with-notes"), "{help}");
    assert!(help.contains("private notes"), "{help}");
}
