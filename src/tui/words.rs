//! The screen's messages about undo, drafts, the clock and the footer, in Swedish and
//! English. Like `i18n::Strings`, the struct has no defaults, so both languages are
//! always complete; it is kept apart from the main catalogue because these strings
//! belong to the capture screen's own behaviours.

use crate::i18n::Lang;

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
    /// `samtal add ID` on a terminal.
    pub add_prompt: &'static str,
    pub add_empty: &'static str,
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
    left: "kvar",
    too_small: "Gör fönstret större: minst",
    too_small_now: "nu",
    too_small_quit: "Ctrl+Q avslutar",
    help_more: "↑↓ bläddra",
    title_needed: "Skriv en titel först (den blir sessionens namn)",
    locked: "Sessionen är redan öppen i en annan kopia av samtal — stäng den där först",
    no_match_add: "Ingen grupp matchar — Enter lägger till den som ny grupp",
    exported_in: "sparades i",
    quit_unsaved: "EJ SPARAT: Ctrl+Q igen avslutar ändå, och en kopia skrivs till",
    quit_saved: "Sparat",
    quit_export: "exportera",
    add_prompt: "samtal add: ett bidrag per rad, avsluta med Ctrl+D",
    add_empty: "bidraget är tomt: skriv en text, eller utelämna den för att läsa rader från standard input",
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
    left: "left",
    too_small: "Make the window larger: at least",
    too_small_now: "now",
    too_small_quit: "Ctrl+Q quits",
    help_more: "↑↓ scroll",
    title_needed: "Type a title first (it names the session)",
    locked: "The session is open in another copy of samtal — close it there first",
    no_match_add: "No group matches — Enter adds it as a new group",
    exported_in: "saved in",
    quit_unsaved: "NOT SAVED: Ctrl+Q again quits anyway, and a copy is written to",
    quit_saved: "Saved",
    quit_export: "export",
    add_prompt: "samtal add: one contribution per line, end with Ctrl+D",
    add_empty: "the contribution is empty: give a text, or leave it out to read lines from standard input",
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
};

/// What the room's screen says, and what the app says about it.
pub struct ProjectorWords {
    /// "Punkt 4 av 10": the two words around the numbers.
    pub item: &'static str,
    pub of: &'static str,
    pub agenda: &'static str,
    pub done: &'static str,
    pub now: &'static str,
    pub minutes: &'static str,
    /// Under the timer: time left, over time, no timebox, the clock stands.
    pub left: &'static str,
    pub over: &'static str,
    pub elapsed: &'static str,
    pub stopped: &'static str,
    /// The app: the dialog and its rows.
    pub title: &'static str,
    pub hint: &'static str,
    pub release_all: &'static str,
    pub withdraw_all: &'static str,
    pub shown: &'static str,
    pub names: &'static str,
    pub message: &'static str,
    pub message_hint: &'static str,
    pub show_agenda: &'static str,
    pub blank: &'static str,
    pub on: &'static str,
    pub off: &'static str,
    pub none: &'static str,
    /// Footer messages.
    pub select_first: &'static str,
    pub released: &'static str,
    pub withdrawn: &'static str,
    pub blanked: &'static str,
    pub unblanked: &'static str,
    /// Undo's name for any projector change.
    pub changed: &'static str,
}

pub static PROJECTOR_SV: ProjectorWords = ProjectorWords {
    item: "Punkt",
    of: "av",
    agenda: "Dagordning",
    done: "klar",
    now: "pågår",
    minutes: "min",
    left: "kvar",
    over: "över tiden",
    elapsed: "tid",
    stopped: "klockan står",
    title: "Projektor",
    hint: "Enter väljer · 1–5 · Esc stänger",
    release_all: "Visa alla punktens bidrag",
    withdraw_all: "Ta bort punktens bidrag från skärmen",
    shown: "visas",
    names: "Gruppnamn på skärmen",
    message: "Meddelande",
    message_hint: "Enter visar · tom rad tar bort · Esc avbryter",
    show_agenda: "Dagordningen på skärmen",
    blank: "Släckt skärm (F9)",
    on: "på",
    off: "av",
    none: "inget",
    select_first: "Välj först ett bidrag med ↑, sedan Ctrl+P",
    released: "Visas på projektorn",
    withdrawn: "Borttaget från projektorn",
    blanked: "Projektorn är släckt — F9 tänder",
    unblanked: "Projektorn visar igen",
    changed: "ändrad projektorbild",
};

pub static PROJECTOR_EN: ProjectorWords = ProjectorWords {
    item: "Item",
    of: "of",
    agenda: "Agenda",
    done: "done",
    now: "now",
    minutes: "min",
    left: "left",
    over: "over time",
    elapsed: "time",
    stopped: "clock stopped",
    title: "Projector",
    hint: "Enter chooses · 1–5 · Esc closes",
    release_all: "Show all of this item's contributions",
    withdraw_all: "Take this item's contributions off the screen",
    shown: "shown",
    names: "Group names on screen",
    message: "Message",
    message_hint: "Enter shows · an empty line removes · Esc cancels",
    show_agenda: "Agenda on screen",
    blank: "Blank screen (F9)",
    on: "on",
    off: "off",
    none: "none",
    select_first: "Select a contribution with ↑ first, then Ctrl+P",
    released: "On the projector",
    withdrawn: "Off the projector",
    blanked: "The projector is blank — F9 shows it again",
    unblanked: "The projector shows again",
    changed: "changed projector view",
};

pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

/// The schedule's words: how far off, re-timing (F8), the grid (F7).
pub struct ScheduleWords {
    /// "30 min efter schema"
    pub behind: &'static str,
    pub ahead: &'static str,
    pub on_time: &'static str,
    pub retime_title: &'static str,
    /// Column heads of the proposal: item, planned, new.
    pub retime_item: &'static str,
    pub retime_now: &'static str,
    pub retime_new: &'static str,
    pub retime_hint: &'static str,
    /// Nothing to shorten: on time, ahead, or no planned start.
    pub retime_not_behind: &'static str,
    pub retime_no_start: &'static str,
    /// "Går inte: fortfarande 12 min efter med alla punkter på 2 min"
    pub retime_short: &'static str,
    pub retime_floor: &'static str,
    pub retime_none_left: &'static str,
    /// Undo's words and the footer after Enter.
    pub retimed: &'static str,
    pub skipped: &'static str,
    pub unskipped: &'static str,
    pub moved_later: &'static str,
    pub planned_start_set: &'static str,
    /// "hoppas över" in the proposal list.
    pub skipped_mark: &'static str,
    pub break_mark: &'static str,
    pub grid_title: &'static str,
    pub grid_hint: &'static str,
    /// The legend: not heard on the current item, absent.
    pub grid_not_heard: &'static str,
    pub grid_absent: &'static str,
    pub absent_mark: &'static str,
    /// "planerat slut 14:02" and, in F8, the end the proposal gives.
    pub planned_end: &'static str,
    pub with_proposal: &'static str,
    pub grid_no_groups: &'static str,
    /// The sidebar's planned-times heading.
    pub planned: &'static str,
    /// The details form's planned start field, and its error.
    pub field_start: &'static str,
    pub bad_start: &'static str,
}

const SCHEDULE_SV: ScheduleWords = ScheduleWords {
    behind: "min efter schema",
    ahead: "min före schema",
    on_time: "enligt schema",
    retime_title: "Omplanera resten",
    retime_item: "Punkt",
    retime_now: "nu",
    retime_new: "ny",
    retime_hint: "Enter godkänn · ↑↓ välj · ←→ minuter · S hoppa över · L senare · Esc stäng",
    retime_not_behind: "Inte efter schema: inget behöver kortas.",
    retime_no_start: "Ingen planerad start (samtal new --start 13:00 eller Ctrl+D).",
    retime_short: "Räcker inte: ändå",
    retime_floor: "min efter, alla punkter på 2 min",
    retime_none_left: "Inga punkter kvar att korta.",
    retimed: "omplanerade tider",
    skipped: "hoppade över punkt",
    unskipped: "tog tillbaka punkt",
    moved_later: "flyttade senare: punkt",
    planned_start_set: "ändrad planerad start",
    skipped_mark: "hoppas över",
    break_mark: "paus",
    grid_title: "Rummet: bidrag per punkt och grupp",
    grid_hint: "↑↓←→ bläddra · F7/Esc stäng",
    grid_not_heard: "ej hörd på denna punkt",
    grid_absent: "grå: frånvarande",
    absent_mark: "frånvarande",
    planned_end: "planerat slut",
    with_proposal: "Med förslaget: slut",
    grid_no_groups: "Inga grupper ännu.",
    planned: "planerat",
    field_start: "Planerad start (tt:mm, tomt: ingen)",
    bad_start: "Skriv starten som 13:00 (eller lämna tomt)",
};

const SCHEDULE_EN: ScheduleWords = ScheduleWords {
    behind: "min behind schedule",
    ahead: "min ahead of schedule",
    on_time: "on schedule",
    retime_title: "Re-plan the rest",
    retime_item: "Item",
    retime_now: "now",
    retime_new: "new",
    retime_hint: "Enter accept · ↑↓ choose · ←→ minutes · S skip · L later · Esc close",
    retime_not_behind: "Not behind schedule: nothing needs shortening.",
    retime_no_start: "No planned start (samtal new --start 13:00 or Ctrl+D).",
    retime_short: "Not enough: still",
    retime_floor: "min behind, every item at 2 min",
    retime_none_left: "No items left to shorten.",
    retimed: "re-planned timeboxes",
    skipped: "skipped item",
    unskipped: "took back item",
    moved_later: "moved later: item",
    planned_start_set: "changed planned start",
    skipped_mark: "skipped",
    break_mark: "break",
    grid_title: "The room: contributions per item and group",
    grid_hint: "↑↓←→ scroll · F7/Esc close",
    grid_not_heard: "not heard on this item",
    grid_absent: "grey: absent",
    absent_mark: "absent",
    planned_end: "planned end",
    with_proposal: "With the proposal: end",
    grid_no_groups: "No groups yet.",
    planned: "planned",
    field_start: "Planned start (hh:mm, empty: none)",
    bad_start: "Write the start as 13:00 (or leave it empty)",
};

pub fn schedule_words(lang: Lang) -> &'static ScheduleWords {
    match lang {
        Lang::Sv => &SCHEDULE_SV,
        Lang::En => &SCHEDULE_EN,
    }
}
