//! A feature nobody can find does not exist: the README lists every key and command.

#![allow(clippy::unwrap_used)] // tests may stop at the first surprise

use samtal::i18n::Lang;
use samtal::tui::keymap::{ALL, Binding, CAPTURE};

fn readme() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap()
}

fn row(binding: &Binding) -> String {
    format!("| {} | {}", binding.keys_label(), binding.help(Lang::En))
}

/// The README's text under a heading that ends in `name`, up to the next heading.
fn section<'a>(readme: &'a str, name: &str) -> &'a str {
    let heading = readme
        .lines()
        .find(|line| line.starts_with('#') && line.trim_start_matches('#').trim() == name)
        .unwrap_or_else(|| panic!("README lacks the section {name}"));
    let start = readme.find(heading).unwrap() + heading.len();
    let rest = &readme[start..];
    let end = rest.find("\n#").unwrap_or(rest.len());
    &rest[..end]
}

#[test]
fn the_readme_lists_every_key_of_the_keymap() {
    let readme = readme();
    let keys = section(&readme, "Keys");
    for binding in CAPTURE.bindings() {
        let row = row(binding);
        assert!(keys.contains(&row), "README lacks the row: {row}");
    }
}

/// Each mode's table in its own section; a key the mode shares with the capture
/// screen (F1, quitting, the word keys) in the main table.
#[test]
fn the_readme_lists_every_key_of_every_mode() {
    let readme = readme();
    let keys = section(&readme, "Keys");
    for (name, keymap) in ALL {
        let own = section(&readme, name);
        for binding in keymap.bindings() {
            let row = row(binding);
            assert!(
                own.contains(&row) || keys.contains(&row),
                "README lacks, under {name}: {row}"
            );
        }
    }
}

#[test]
fn the_readme_names_every_command_and_the_two_setup_commands() {
    let readme = readme();
    for needle in [
        "cargo run --release",
        "cargo test",
        "samtal new",
        "samtal open",
        "samtal join",
        "samtal list",
        "samtal add",
        "samtal vote",
        "samtal agenda check",
        "samtal present",
        "samtal device",
        "samtal merge",
        "SAMTAL_STATE_DIR",
        "SAMTAL_DATA_DIR",
    ] {
        assert!(readme.contains(needle), "README lacks {needle}");
    }
}
