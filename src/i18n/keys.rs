//! The words of the key tables: a short label for the footer and a line for the
//! help and the README, for every key of every mode (the tables themselves are the
//! app's keymap). The capture screen's keys here, the dialogs' in `dialog_keys.rs`.

use super::Lang;

/// One line of a key table.
pub struct KeyText {
    /// The footer's label: "spara".
    pub short: &'static str,
    /// The help's and the README's line.
    pub help: &'static str,
}

impl KeyText {
    pub(super) const fn new(short: &'static str, help: &'static str) -> KeyText {
        KeyText { short, help }
    }
}

/// The capture screen's keys.
pub struct KeyWords {
    pub commit: KeyText,
    pub cancel: KeyText,
    pub group: KeyText,
    pub pick_group: KeyText,
    pub cycle_kind: KeyText,
    pub next_not_heard: KeyText,
    pub set_kind: KeyText,
    pub kind_lock: KeyText,
    pub next_item: KeyText,
    pub prev_item: KeyText,
    pub word: KeyText,
    pub delete_word: KeyText,
    pub delete_word_after: KeyText,
    pub select: KeyText,
    pub delete: KeyText,
    /// A selected contribution's own keys (the footer's words as the capture line's).
    pub edit_selected: KeyText,
    pub deselect: KeyText,
    pub move_selection: KeyText,
    pub delete_selected: KeyText,
    /// An edited contribution's own keys.
    pub save_edit: KeyText,
    pub cancel_edit: KeyText,
    pub move_to: KeyText,
    pub search: KeyText,
    pub notes: KeyText,
    pub undo: KeyText,
    pub redo: KeyText,
    pub add_group: KeyText,
    pub groups: KeyText,
    pub retime: KeyText,
    pub planned: KeyText,
    pub grid: KeyText,
    pub export: KeyText,
    pub details: KeyText,
    pub summary: KeyText,
    pub vote: KeyText,
    pub annotate: KeyText,
    pub clock: KeyText,
    pub item_text: KeyText,
    pub release: KeyText,
    pub blank: KeyText,
    pub projector_menu: KeyText,
    pub help: KeyText,
    pub quit: KeyText,
    /// The line-editing keys, explained together in one line of the help.
    pub line_editing: &'static str,
}

pub fn key_words(lang: Lang) -> &'static KeyWords {
    match lang {
        Lang::Sv => &KEYS_SV,
        Lang::En => &KEYS_EN,
    }
}

const KEYS_SV: KeyWords = KeyWords {
    commit: KeyText::new(
        "spara",
        "Spara raden som bidrag · redigera valt bidrag · spara ändringen",
    ),
    cancel: KeyText::new(
        "avbryt",
        "Töm raden · avbryt redigering · avmarkera · stäng dialog",
    ),
    group: KeyText::new("grupp", "Nästa / föregående grupp"),
    pick_group: KeyText::new(
        "sök grupp",
        "Välj grupp genom att skriva en del av namnet (eller lägg till den)",
    ),
    cycle_kind: KeyText::new("typ", "Byt typ: synpunkt, förslag, fråga, åtgärd"),
    next_not_heard: KeyText::new(
        "ej hörd",
        "Välj nästa grupp som inte hörts på punkten (i grupplistans ordning, frånvarande hoppas över)",
    ),
    set_kind: KeyText::new(
        "typ 1–4",
        "Välj typ direkt: 1 synpunkt, 2 förslag, 3 fråga, 4 åtgärd (efter bidraget blir den synpunkt igen)",
    ),
    kind_lock: KeyText::new(
        "lås typ",
        "Lås typen så att den står kvar efter varje bidrag / lås upp",
    ),
    next_item: KeyText::new("nästa punkt", "Nästa punkt på dagordningen"),
    prev_item: KeyText::new("föreg. punkt", "Föregående punkt (inget går förlorat)"),
    word: KeyText::new(
        "ord",
        "Markören ett ord åt vänster / höger (på raden och i varje textfält)",
    ),
    delete_word: KeyText::new(
        "radera ord",
        "Radera ordet före markören (Ctrl+Backspace där terminalen skiljer den från Backspace)",
    ),
    delete_word_after: KeyText::new("radera ord framåt", "Radera ordet efter markören"),
    select: KeyText::new("välj bidrag", "Välj ett loggat bidrag (när raden är tom)"),
    delete: KeyText::new(
        "ta bort",
        "Ta bort valt bidrag (eller tecknet efter markören)",
    ),
    edit_selected: KeyText::new(
        "redigera",
        "Redigera valt bidrag: texten till raden, dess grupp och typ väljs",
    ),
    deselect: KeyText::new("avbryt", "Avmarkera bidraget"),
    move_selection: KeyText::new(
        "välj bidrag",
        "Välj bidraget ovanför / nedanför (↓ efter det sista: inget valt)",
    ),
    delete_selected: KeyText::new("ta bort", "Ta bort valt bidrag (Ctrl+Z ångrar)"),
    save_edit: KeyText::new("spara", "Spara ändringen (en tömd rad ändrar inget)"),
    cancel_edit: KeyText::new(
        "avbryt",
        "Avbryt redigeringen: bidraget står kvar som det var",
    ),
    move_to: KeyText::new(
        "flytta",
        "Flytta valt (eller redigerat) bidrag till en annan punkt",
    ),
    search: KeyText::new(
        "sök",
        "Sök i hela sessionen, i bidrag och gruppnamn (å = a, ö = o); Enter går till bidraget, Esc tillbaka",
    ),
    notes: KeyText::new(
        "anteckningar",
        "Visa / spara och stäng punktens privata anteckningar (Enter ny rad); aldrig i minnesanteckningarna utan export --with-notes",
    ),
    undo: KeyText::new(
        "ångra",
        "Ångra senaste ändring (direkt efter Esc: den tömda raden)",
    ),
    redo: KeyText::new("gör om", "Gör om det som ångrades"),
    add_group: KeyText::new("ny grupp", "Lägg till en grupp"),
    groups: KeyText::new(
        "grupper",
        "Grupperna: byt namn (Enter), närvarande/frånvarande (mellanslag), slå ihop med en annan (+), ta bort (Delete)",
    ),
    retime: KeyText::new(
        "omplanera",
        "Omplanera resten mot planerat slut: nya minuter per punkt (Enter godkänner, ←→ ändrar vald punkt, S hoppar över den, L flyttar den senare)",
    ),
    planned: KeyText::new(
        "tidplan",
        "Dagordningen: visa planerad starttid per punkt / använda minuter",
    ),
    grid: KeyText::new(
        "rummet",
        "Rummet: bidrag per punkt och grupp, ej hörda och frånvarande grupper markerade (↑↓←→ bläddrar)",
    ),
    export: KeyText::new(
        "exportera",
        "Exportera minnesanteckningar (md, html, docx, csv, xlsx, json) till sessionens mapp",
    ),
    details: KeyText::new(
        "uppgifter",
        "Titel, undertitel, datum, plats, samtalsledare, planerad start och antecknare (en per rad) för minnesanteckningarna",
    ),
    summary: KeyText::new(
        "sammanfattning",
        "Punktens sammanfattning och beslut (Alt+S igen sparar)",
    ),
    vote: KeyText::new(
        "votering",
        "Votering med prickar per förslag, för punkten eller hela sessionen (Alt+V igen växlar)",
    ),
    annotate: KeyText::new(
        "tema/ansvar",
        "Valt bidrags teman; för en åtgärd ansvarig och klart senast",
    ),
    clock: KeyText::new(
        "klocka",
        "Starta / stoppa punktens klocka (den står när en session öppnas igen)",
    ),
    item_text: KeyText::new("hela texten", "Visa hela punktens text / visa loggen igen"),
    release: KeyText::new(
        "projektor",
        "Visa valt bidrag på projektorn (samtal present) / ta bort det; ▶ i loggen: visas",
    ),
    blank: KeyText::new(
        "släck",
        "Släck projektorn (bara sessionens titel) / tänd den igen",
    ),
    projector_menu: KeyText::new(
        "projektor",
        "Projektorn: visa alla punktens bidrag, gruppnamn, meddelande, dagordning",
    ),
    help: KeyText::new("hjälp", "Visa / stäng hjälpen (↑↓ bläddrar)"),
    quit: KeyText::new(
        "avsluta",
        "Avsluta (allt är redan sparat, en halvskriven rad också)",
    ),
    line_editing: "← → Home End Backspace: redigera raden (ett synligt tecken i taget; Ctrl+← → ord för ord)",
};

const KEYS_EN: KeyWords = KeyWords {
    commit: KeyText::new(
        "save",
        "Save the line as a contribution · edit the selected one · save the edit",
    ),
    cancel: KeyText::new(
        "cancel",
        "Clear the line · cancel an edit · deselect · close a dialog",
    ),
    group: KeyText::new("group", "Next / previous group"),
    pick_group: KeyText::new(
        "find group",
        "Choose the group by typing part of its name (or add it)",
    ),
    cycle_kind: KeyText::new("kind", "Change kind: comment, proposal, question, action"),
    next_not_heard: KeyText::new(
        "not heard",
        "Choose the next group not yet heard on the item (in the group list's order, absent ones skipped)",
    ),
    set_kind: KeyText::new(
        "kind 1–4",
        "Choose the kind directly: 1 comment, 2 proposal, 3 question, 4 action (comment again after the contribution)",
    ),
    kind_lock: KeyText::new(
        "lock kind",
        "Lock the kind so it stays after each contribution / unlock",
    ),
    next_item: KeyText::new("next item", "Next agenda item"),
    prev_item: KeyText::new("prev. item", "Previous agenda item (nothing is lost)"),
    word: KeyText::new(
        "word",
        "The cursor one word left / right (in the line and every text field)",
    ),
    delete_word: KeyText::new(
        "delete word",
        "Delete the word before the cursor (Ctrl+Backspace where the terminal tells it from Backspace)",
    ),
    delete_word_after: KeyText::new("delete word after", "Delete the word after the cursor"),
    select: KeyText::new(
        "select",
        "Select a logged contribution (when the line is empty)",
    ),
    delete: KeyText::new(
        "delete",
        "Delete the selected contribution (or the character after the cursor)",
    ),
    edit_selected: KeyText::new(
        "edit",
        "Edit the selected contribution: its text into the line, its group and kind chosen",
    ),
    deselect: KeyText::new("cancel", "Deselect the contribution"),
    move_selection: KeyText::new(
        "select",
        "Select the contribution above / below (↓ past the last: none)",
    ),
    delete_selected: KeyText::new("delete", "Delete the selected contribution (Ctrl+Z undoes)"),
    save_edit: KeyText::new("save", "Save the edit (an emptied line changes nothing)"),
    cancel_edit: KeyText::new(
        "cancel",
        "Cancel the edit: the contribution stays as it was",
    ),
    move_to: KeyText::new(
        "move",
        "Move the selected (or edited) contribution to another item",
    ),
    search: KeyText::new(
        "search",
        "Search the whole session, contributions and group names (å = a, ö = o); Enter goes to the contribution, Esc back",
    ),
    notes: KeyText::new(
        "notes",
        "Show / save and close the item's private notes (Enter new line); never in the minutes without export --with-notes",
    ),
    undo: KeyText::new(
        "undo",
        "Undo the last change (right after Esc: the cleared line)",
    ),
    redo: KeyText::new("redo", "Redo what was undone"),
    add_group: KeyText::new("add group", "Add a group"),
    groups: KeyText::new(
        "groups",
        "The groups: rename (Enter), present/absent (Space), merge into another (+), remove (Delete)",
    ),
    retime: KeyText::new(
        "re-plan",
        "Re-plan the rest to end at the planned end: new minutes per item (Enter accepts, ←→ change the chosen item, S skips it, L moves it later)",
    ),
    planned: KeyText::new(
        "schedule",
        "The agenda: show each item's planned start / the minutes spent",
    ),
    grid: KeyText::new(
        "room",
        "The room: contributions per item and group, groups not heard and absent marked (↑↓←→ scroll)",
    ),
    export: KeyText::new(
        "export",
        "Export the minutes (md, html, docx, csv, xlsx, json) into the session folder",
    ),
    details: KeyText::new(
        "details",
        "Title, subtitle, date, place, moderator, planned start and note-takers (one per line) for the minutes",
    ),
    summary: KeyText::new(
        "summary",
        "The item's summary and decisions (Alt+S again saves)",
    ),
    vote: KeyText::new(
        "vote",
        "Dot vote: the dots per proposal, for the item or the whole session (Alt+V again switches)",
    ),
    annotate: KeyText::new(
        "theme/owner",
        "The selected contribution's themes; for an action its owner and due date",
    ),
    clock: KeyText::new(
        "clock",
        "Start / stop the item clock (it stands when a session is opened again)",
    ),
    item_text: KeyText::new(
        "full text",
        "Show the item's whole text / show the log again",
    ),
    release: KeyText::new(
        "projector",
        "Show the selected contribution on the projector (samtal present) / take it off; ▶ in the log: shown",
    ),
    blank: KeyText::new(
        "blank",
        "Blank the projector (only the session's title) / show it again",
    ),
    projector_menu: KeyText::new(
        "projector",
        "The projector: show all of the item's contributions, group names, a message, the agenda",
    ),
    help: KeyText::new("help", "Show / close this help (↑↓ scroll)"),
    quit: KeyText::new(
        "quit",
        "Quit (everything is already saved, a half-typed line too)",
    ),
    line_editing: "← → Home End Backspace: edit the line (one visible character at a time; Ctrl+← → word by word)",
};
