//! The words of the key tables: a short label for the footer and a line for the
//! help and the README, for every key of every mode (the tables themselves are in
//! `tui::keymap`). The capture screen's keys here, the dialogs' in `dialog_keys.rs`.

use super::Lang;

/// One line of a key table.
pub struct KeyText {
    /// The footer's label: "spara".
    pub short: &'static str,
    /// The help's and the README's line.
    pub help: &'static str,
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
    commit: KeyText {
        short: "spara",
        help: "Spara raden som bidrag · redigera valt bidrag · spara ändringen",
    },
    cancel: KeyText {
        short: "avbryt",
        help: "Töm raden · avbryt redigering · avmarkera · stäng dialog",
    },
    group: KeyText {
        short: "grupp",
        help: "Nästa / föregående grupp",
    },
    pick_group: KeyText {
        short: "sök grupp",
        help: "Välj grupp genom att skriva en del av namnet (eller lägg till den)",
    },
    cycle_kind: KeyText {
        short: "typ",
        help: "Byt typ: synpunkt, förslag, fråga, åtgärd",
    },
    next_not_heard: KeyText {
        short: "ej hörd",
        help: "Välj nästa grupp som inte hörts på punkten (i grupplistans ordning, frånvarande hoppas över)",
    },
    set_kind: KeyText {
        short: "typ 1–4",
        help: "Välj typ direkt: 1 synpunkt, 2 förslag, 3 fråga, 4 åtgärd (efter bidraget blir den synpunkt igen)",
    },
    kind_lock: KeyText {
        short: "lås typ",
        help: "Lås typen så att den står kvar efter varje bidrag / lås upp",
    },
    next_item: KeyText {
        short: "nästa punkt",
        help: "Nästa punkt på dagordningen",
    },
    prev_item: KeyText {
        short: "föreg. punkt",
        help: "Föregående punkt (inget går förlorat)",
    },
    word: KeyText {
        short: "ord",
        help: "Markören ett ord åt vänster / höger (på raden och i varje textfält)",
    },
    delete_word: KeyText {
        short: "radera ord",
        help: "Radera ordet före markören (Ctrl+Backspace där terminalen skiljer den från Backspace)",
    },
    delete_word_after: KeyText {
        short: "radera ord framåt",
        help: "Radera ordet efter markören",
    },
    select: KeyText {
        short: "välj bidrag",
        help: "Välj ett loggat bidrag (när raden är tom)",
    },
    delete: KeyText {
        short: "ta bort",
        help: "Ta bort valt bidrag (eller tecknet efter markören)",
    },
    move_to: KeyText {
        short: "flytta",
        help: "Flytta valt (eller redigerat) bidrag till en annan punkt",
    },
    search: KeyText {
        short: "sök",
        help: "Sök i hela sessionen, i bidrag och gruppnamn (å = a, ö = o); Enter går till bidraget, Esc tillbaka",
    },
    notes: KeyText {
        short: "anteckningar",
        help: "Visa / spara och stäng punktens privata anteckningar (Enter ny rad); aldrig i minnesanteckningarna utan export --with-notes",
    },
    undo: KeyText {
        short: "ångra",
        help: "Ångra senaste ändring (direkt efter Esc: den tömda raden)",
    },
    redo: KeyText {
        short: "gör om",
        help: "Gör om det som ångrades",
    },
    add_group: KeyText {
        short: "ny grupp",
        help: "Lägg till en grupp",
    },
    groups: KeyText {
        short: "grupper",
        help: "Grupperna: byt namn (Enter), närvarande/frånvarande (mellanslag), slå ihop med en annan (+), ta bort (Delete)",
    },
    retime: KeyText {
        short: "omplanera",
        help: "Omplanera resten mot planerat slut: nya minuter per punkt (Enter godkänner, ←→ ändrar vald punkt, S hoppar över den, L flyttar den senare)",
    },
    planned: KeyText {
        short: "tidplan",
        help: "Dagordningen: visa planerad starttid per punkt / använda minuter",
    },
    grid: KeyText {
        short: "rummet",
        help: "Rummet: bidrag per punkt och grupp, ej hörda och frånvarande grupper markerade (↑↓←→ bläddrar)",
    },
    export: KeyText {
        short: "exportera",
        help: "Exportera minnesanteckningar (md, html, docx, csv, xlsx, json) till sessionens mapp",
    },
    details: KeyText {
        short: "uppgifter",
        help: "Titel, undertitel, datum, plats, samtalsledare, planerad start och antecknare (en per rad) för minnesanteckningarna",
    },
    summary: KeyText {
        short: "sammanfattning",
        help: "Punktens sammanfattning och beslut (Alt+S igen sparar)",
    },
    vote: KeyText {
        short: "votering",
        help: "Votering med prickar per förslag, för punkten eller hela sessionen (Alt+V igen växlar)",
    },
    annotate: KeyText {
        short: "tema/ansvar",
        help: "Valt bidrags teman; för en åtgärd ansvarig och klart senast",
    },
    clock: KeyText {
        short: "klocka",
        help: "Starta / stoppa punktens klocka (den står när en session öppnas igen)",
    },
    item_text: KeyText {
        short: "hela texten",
        help: "Visa hela punktens text / visa loggen igen",
    },
    release: KeyText {
        short: "projektor",
        help: "Visa valt bidrag på projektorn (samtal present) / ta bort det; ▶ i loggen: visas",
    },
    blank: KeyText {
        short: "släck",
        help: "Släck projektorn (bara sessionens titel) / tänd den igen",
    },
    projector_menu: KeyText {
        short: "projektor",
        help: "Projektorn: visa alla punktens bidrag, gruppnamn, meddelande, dagordning",
    },
    help: KeyText {
        short: "hjälp",
        help: "Visa / stäng hjälpen (↑↓ bläddrar)",
    },
    quit: KeyText {
        short: "avsluta",
        help: "Avsluta (allt är redan sparat, en halvskriven rad också)",
    },
    line_editing: "← → Home End Backspace: redigera raden (ett synligt tecken i taget; Ctrl+← → ord för ord)",
};

const KEYS_EN: KeyWords = KeyWords {
    commit: KeyText {
        short: "save",
        help: "Save the line as a contribution · edit the selected one · save the edit",
    },
    cancel: KeyText {
        short: "cancel",
        help: "Clear the line · cancel an edit · deselect · close a dialog",
    },
    group: KeyText {
        short: "group",
        help: "Next / previous group",
    },
    pick_group: KeyText {
        short: "find group",
        help: "Choose the group by typing part of its name (or add it)",
    },
    cycle_kind: KeyText {
        short: "kind",
        help: "Change kind: comment, proposal, question, action",
    },
    next_not_heard: KeyText {
        short: "not heard",
        help: "Choose the next group not yet heard on the item (in the group list's order, absent ones skipped)",
    },
    set_kind: KeyText {
        short: "kind 1–4",
        help: "Choose the kind directly: 1 comment, 2 proposal, 3 question, 4 action (comment again after the contribution)",
    },
    kind_lock: KeyText {
        short: "lock kind",
        help: "Lock the kind so it stays after each contribution / unlock",
    },
    next_item: KeyText {
        short: "next item",
        help: "Next agenda item",
    },
    prev_item: KeyText {
        short: "prev. item",
        help: "Previous agenda item (nothing is lost)",
    },
    word: KeyText {
        short: "word",
        help: "The cursor one word left / right (in the line and every text field)",
    },
    delete_word: KeyText {
        short: "delete word",
        help: "Delete the word before the cursor (Ctrl+Backspace where the terminal tells it from Backspace)",
    },
    delete_word_after: KeyText {
        short: "delete word after",
        help: "Delete the word after the cursor",
    },
    select: KeyText {
        short: "select",
        help: "Select a logged contribution (when the line is empty)",
    },
    delete: KeyText {
        short: "delete",
        help: "Delete the selected contribution (or the character after the cursor)",
    },
    move_to: KeyText {
        short: "move",
        help: "Move the selected (or edited) contribution to another item",
    },
    search: KeyText {
        short: "search",
        help: "Search the whole session, contributions and group names (å = a, ö = o); Enter goes to the contribution, Esc back",
    },
    notes: KeyText {
        short: "notes",
        help: "Show / save and close the item's private notes (Enter new line); never in the minutes without export --with-notes",
    },
    undo: KeyText {
        short: "undo",
        help: "Undo the last change (right after Esc: the cleared line)",
    },
    redo: KeyText {
        short: "redo",
        help: "Redo what was undone",
    },
    add_group: KeyText {
        short: "add group",
        help: "Add a group",
    },
    groups: KeyText {
        short: "groups",
        help: "The groups: rename (Enter), present/absent (Space), merge into another (+), remove (Delete)",
    },
    retime: KeyText {
        short: "re-plan",
        help: "Re-plan the rest to end at the planned end: new minutes per item (Enter accepts, ←→ change the chosen item, S skips it, L moves it later)",
    },
    planned: KeyText {
        short: "schedule",
        help: "The agenda: show each item's planned start / the minutes spent",
    },
    grid: KeyText {
        short: "room",
        help: "The room: contributions per item and group, groups not heard and absent marked (↑↓←→ scroll)",
    },
    export: KeyText {
        short: "export",
        help: "Export the minutes (md, html, docx, csv, xlsx, json) into the session folder",
    },
    details: KeyText {
        short: "details",
        help: "Title, subtitle, date, place, moderator, planned start and note-takers (one per line) for the minutes",
    },
    summary: KeyText {
        short: "summary",
        help: "The item's summary and decisions (Alt+S again saves)",
    },
    vote: KeyText {
        short: "vote",
        help: "Dot vote: the dots per proposal, for the item or the whole session (Alt+V again switches)",
    },
    annotate: KeyText {
        short: "theme/owner",
        help: "The selected contribution's themes; for an action its owner and due date",
    },
    clock: KeyText {
        short: "clock",
        help: "Start / stop the item clock (it stands when a session is opened again)",
    },
    item_text: KeyText {
        short: "full text",
        help: "Show the item's whole text / show the log again",
    },
    release: KeyText {
        short: "projector",
        help: "Show the selected contribution on the projector (samtal present) / take it off; ▶ in the log: shown",
    },
    blank: KeyText {
        short: "blank",
        help: "Blank the projector (only the session's title) / show it again",
    },
    projector_menu: KeyText {
        short: "projector",
        help: "The projector: show all of the item's contributions, group names, a message, the agenda",
    },
    help: KeyText {
        short: "help",
        help: "Show / close this help (↑↓ scroll)",
    },
    quit: KeyText {
        short: "quit",
        help: "Quit (everything is already saved, a half-typed line too)",
    },
    line_editing: "← → Home End Backspace: edit the line (one visible character at a time; Ctrl+← → word by word)",
};
