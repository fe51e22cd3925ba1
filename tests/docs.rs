//! A feature nobody can find does not exist: the README lists every key and command.

#![allow(clippy::unwrap_used)] // tests may stop at the first surprise

use samtal::tui::keymap::KEYMAP;

fn readme() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap()
}

#[test]
fn the_readme_lists_every_key_of_the_keymap() {
    let readme = readme();
    for binding in KEYMAP {
        let row = format!(
            "| {} | {}",
            binding.keys_label(),
            binding.help(samtal::i18n::Lang::En)
        );
        assert!(readme.contains(&row), "README lacks the row: {row}");
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
