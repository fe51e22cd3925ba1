//! The screen's messages about undo, drafts, the clock and the footer, in Swedish and
//! English. Like `i18n::Strings`, the struct has no defaults, so both languages are
//! always complete; it is kept apart from the main catalogue because these strings
//! belong to the capture screen's own behaviours.

use super::Lang;
use super::projector::{PROJECTOR_EN, PROJECTOR_SV, ProjectorWords};
use super::shared::{en, sv};

pub struct Words {
    /// Footer label of Enter while a contribution is selected.
    pub enter_edit: &'static str,
    /// "Ångrat: borttaget bidrag från Region Skåne"
    pub undone: &'static str,
    pub redone: &'static str,
    /// Ctrl+Z right after Esc: the cleared line is back.
    pub draft_back: &'static str,
    /// Undoing something not on screen asks first: "Ctrl+Z igen ångrar: …".
    pub undo_again: &'static str,
    pub redo_again: &'static str,
    pub added: &'static str,
    pub edited: &'static str,
    pub deleted: &'static str,
    pub restored: &'static str,
    pub group_added: &'static str,
    pub group_removed: &'static str,
    pub group_renamed: &'static str,
    pub groups_merged: &'static str,
    pub group_restored: &'static str,
    pub group_presence: &'static str,
    pub details: &'static str,
    /// The projector (`samtal present`) and its controls in the app.
    pub projector: &'static ProjectorWords,
    pub from: &'static str,
    /// "on item 3" (where an off-screen contribution is).
    pub on_item: &'static str,
    /// Header banner while the clock stands.
    pub clock_banner: &'static str,
    /// Opened after a crash: the clock stands, F6 goes on.
    pub crashed: &'static str,
    /// "(0:12 kvar)" from 80 % of the timebox.
    pub left: &'static str,
    /// Below the minimum size.
    pub too_small: &'static str,
    pub too_small_now: &'static str,
    pub too_small_quit: &'static str,
    /// Help that does not fit: more below / above.
    pub help_more: &'static str,
    /// Start screen: Enter on an empty title.
    pub title_needed: &'static str,
    /// Start screen: the session is open in another copy.
    pub locked: &'static str,
    /// Group picker: Enter on "no match".
    pub no_match_add: &'static str,
    /// Export done: "{file} sparades i {folder}".
    pub exported_in: &'static str,
    /// Ctrl+Q while not saved.
    pub quit_unsaved: &'static str,
    /// On stderr after quitting: "Sparat: ID · exportera: samtal export ID".
    pub quit_saved: &'static str,
    pub quit_export: &'static str,
    /// Ctrl+S: the search box.
    pub search_title: &'static str,
    pub search_hint: &'static str,
    pub search_none: &'static str,
    /// The notes pane: "Anteckningar (privata)".
    pub notes_title: &'static str,
    pub notes_hint: &'static str,
    pub notes_saved: &'static str,
    /// Moving a contribution: the item picker.
    pub move_title: &'static str,
    pub move_hint: &'static str,
    /// Undo's words for a move: "flyttat bidrag från Gotland".
    pub moved: &'static str,
    /// "Flyttat till punkt 3".
    pub moved_to: &'static str,
    /// Undo's words for where a move went: "… till punkt 3".
    pub to_item: &'static str,
    /// The move key with nothing selected.
    pub select_first: &'static str,
    /// Above the capture box: "Ej hörda (5): Region Gotland, …".
    pub not_heard: &'static str,
    /// Every group has spoken on the item (the line, and Ctrl+N's answer).
    pub all_heard: &'static str,
    /// In the capture box title while the kind is locked.
    pub locked_kind: &'static str,
    /// The lock key's answer.
    pub kind_locked: &'static str,
    pub kind_unlocked: &'static str,
    /// The capture box's bottom edge when the line has more rows than it shows.
    pub capture_rows: &'static str,
    /// After a contribution that two note-takers edited at once: "(2 versioner)".
    pub versions: &'static str,
}

pub static SV: Words = Words {
    enter_edit: "redigera",
    undone: "Ångrat",
    redone: "Gjort igen",
    draft_back: "Ångrat: den tömda raden är tillbaka",
    undo_again: "Ctrl+Z igen ångrar",
    redo_again: "Ctrl+Y igen gör om",
    added: "nytt bidrag",
    edited: "ändrat bidrag",
    deleted: "borttaget bidrag",
    restored: "återställt bidrag",
    group_added: "ny grupp",
    group_removed: "borttagen grupp",
    group_renamed: "nytt namn på gruppen",
    groups_merged: "sammanslagning in i",
    group_restored: "återställd grupp",
    group_presence: "närvaromarkering för",
    details: "ändrade uppgifter för minnesanteckningarna",
    projector: &PROJECTOR_SV,
    from: "från",
    on_item: "på punkt",
    clock_banner: "⏸ KLOCKAN STÅR — F6 startar",
    crashed: "Sessionen avbröts oväntat. Klockan står — F6 fortsätter",
    left: sv::LEFT,
    too_small: "Gör fönstret större: minst",
    too_small_now: sv::NOW,
    too_small_quit: "Ctrl+Q avslutar",
    help_more: "↑↓ bläddra",
    title_needed: "Skriv en titel först (den blir sessionens namn)",
    locked: "Sessionen är redan öppen i en annan kopia av samtal — stäng den där först",
    no_match_add: "Ingen grupp matchar — Enter lägger till den som ny grupp",
    exported_in: "sparades i",
    quit_unsaved: "EJ SPARAT: Ctrl+Q igen avslutar ändå, och en kopia skrivs till",
    quit_saved: "Sparat",
    quit_export: "exportera",
    search_title: "Sök i sessionen",
    search_hint: "Skriv för att söka · ↑↓ välj · Enter gå dit · Esc tillbaka",
    search_none: "Inget bidrag eller grupp matchar",
    notes_title: "Anteckningar (privata, inte i minnesanteckningarna)",
    notes_hint: "Enter ny rad · Ctrl+O / Esc sparar och stänger",
    notes_saved: "Anteckningen sparades",
    move_title: "Flytta bidraget till punkt",
    move_hint: "↑↓ välj punkt · Enter flytta · Esc avbryt",
    moved: "flyttat bidrag",
    moved_to: "Flyttat till punkt",
    to_item: "till punkt",
    select_first: "Välj ett bidrag först (↑ när raden är tom)",
    not_heard: "Ej hörda",
    all_heard: "Alla grupper hörda",
    locked_kind: "låst",
    kind_locked: "Typen är låst: den står kvar efter varje bidrag (Alt+0 låser upp)",
    kind_unlocked: "Typen är upplåst: efter varje bidrag blir den synpunkt igen",
    capture_rows: "rad",
    versions: "versioner",
};

pub static EN: Words = Words {
    enter_edit: "edit",
    undone: "Undone",
    redone: "Redone",
    draft_back: "Undone: the cleared line is back",
    undo_again: "Ctrl+Z again undoes",
    redo_again: "Ctrl+Y again redoes",
    added: "new contribution",
    edited: "edited contribution",
    deleted: "deleted contribution",
    restored: "restored contribution",
    group_added: "new group",
    group_removed: "removed group",
    group_renamed: "new name of the group",
    groups_merged: "merge into",
    group_restored: "restored group",
    group_presence: "presence mark of",
    details: "changed details for the minutes",
    projector: &PROJECTOR_EN,
    from: "from",
    on_item: "on item",
    clock_banner: "⏸ CLOCK STOPPED — F6 starts",
    crashed: "The session ended unexpectedly. The clock stands — F6 goes on",
    left: en::LEFT,
    too_small: "Make the window larger: at least",
    too_small_now: en::NOW,
    too_small_quit: "Ctrl+Q quits",
    help_more: "↑↓ scroll",
    title_needed: "Type a title first (it names the session)",
    locked: "The session is open in another copy of samtal — close it there first",
    no_match_add: "No group matches — Enter adds it as a new group",
    exported_in: "saved in",
    quit_unsaved: "NOT SAVED: Ctrl+Q again quits anyway, and a copy is written to",
    quit_saved: "Saved",
    quit_export: "export",
    search_title: "Search the session",
    search_hint: "Type to search · ↑↓ choose · Enter go there · Esc back",
    search_none: "No contribution or group matches",
    notes_title: "Notes (private, not in the minutes)",
    notes_hint: "Enter new line · Ctrl+O / Esc save and close",
    notes_saved: "The note was saved",
    move_title: "Move the contribution to item",
    move_hint: "↑↓ choose item · Enter move · Esc cancel",
    moved: "moved contribution",
    moved_to: "Moved to item",
    to_item: "to item",
    select_first: "Select a contribution first (↑ when the line is empty)",
    not_heard: "Not heard yet",
    all_heard: "Every group heard",
    locked_kind: "locked",
    kind_locked: "The kind is locked: it stays after each contribution (Alt+0 unlocks)",
    kind_unlocked: "The kind is unlocked: after each contribution it is comment again",
    capture_rows: "rows",
    versions: "versions",
};

pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}
