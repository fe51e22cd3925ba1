//! The words of the version picker (a contribution two note-takers edited at once)
//! and of the footer's line about the other writers of the session.

use super::Lang;
use super::keys::KeyText;

pub struct VersionsWords {
    /// Ctrl+R on a selected contribution.
    pub key: KeyText,
    /// Enter in the picker.
    pub pick_key: KeyText,
    pub title: &'static str,
    pub hint: &'static str,
    /// The version the log shows now.
    pub shown: &'static str,
    pub this_computer: &'static str,
    pub moderator_computer: &'static str,
    /// Followed by the device id.
    pub device: &'static str,
    /// The session's first groups and older folders: written by nobody's device.
    pub unknown: &'static str,
    pub picked: &'static str,
    pub only_one: &'static str,
    /// "3 antecknare" / "1 note-taker", "3 note-takers".
    pub note_taker: &'static str,
    pub note_takers: &'static str,
    /// "senast 4 s" / "last 4 s ago": before and after the age.
    pub last_before: &'static str,
    pub last_after: &'static str,
}

static SV: VersionsWords = VersionsWords {
    key: KeyText::new(
        "versioner",
        "Visa valt bidrags versioner (märkt (2 versioner): ändrat på två datorer samtidigt) och välj en",
    ),
    pick_key: KeyText::new("välj", "Välj den markerade versionen (Ctrl+Z ångrar)"),
    title: "Versioner av bidraget",
    hint: "↑↓ välj version · Enter behåll den · Esc avbryt",
    shown: "visas",
    this_computer: "den här datorn",
    moderator_computer: "samtalsledarens dator",
    device: "dator",
    unknown: "okänd dator",
    picked: "Version vald: bidraget har nu en version",
    only_one: "Bidraget har bara en version",
    note_taker: "antecknare",
    note_takers: "antecknare",
    last_before: "senast",
    last_after: "",
};

static EN: VersionsWords = VersionsWords {
    key: KeyText::new(
        "versions",
        "Show the selected contribution's versions (marked (2 versions): edited on two computers at once) and pick one",
    ),
    pick_key: KeyText::new("pick", "Pick the highlighted version (Ctrl+Z undoes)"),
    title: "Versions of the contribution",
    hint: "↑↓ choose version · Enter keep it · Esc cancel",
    shown: "shown",
    this_computer: "this computer",
    moderator_computer: "the moderator's computer",
    device: "computer",
    unknown: "unknown computer",
    picked: "Version picked: the contribution has one version now",
    only_one: "The contribution has only one version",
    note_taker: "note-taker",
    note_takers: "note-takers",
    last_before: "last",
    last_after: " ago",
};

pub fn versions_words(lang: Lang) -> &'static VersionsWords {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}
