//! The words of the dialogs' and the start screen's key tables.

use super::Lang;
use super::keys::KeyText;

/// The keys of the dialogs and the start screen.
pub struct DialogKeyWords {
    pub dialog_save: KeyText,
    pub dialog_close: KeyText,
    pub dialog_rows: KeyText,
    pub dialog_fields: KeyText,
    pub newline: KeyText,
    pub lines: KeyText,
    pub help_close: KeyText,
    pub help_scroll: KeyText,
    pub export_go: KeyText,
    pub export_number: KeyText,
    pub pick_go: KeyText,
    pub groups_rename: KeyText,
    pub groups_presence: KeyText,
    pub groups_merge: KeyText,
    pub groups_remove: KeyText,
    pub merge_go: KeyText,
    pub merge_back: KeyText,
    pub search_go: KeyText,
    pub notes_close: KeyText,
    pub move_go: KeyText,
    pub move_number: KeyText,
    pub annotate_complete: KeyText,
    pub vote_next: KeyText,
    pub vote_scope: KeyText,
    pub projector_go: KeyText,
    pub projector_number: KeyText,
    pub retime_accept: KeyText,
    pub retime_minutes: KeyText,
    pub retime_skip: KeyText,
    pub retime_later: KeyText,
    pub grid_scroll: KeyText,
    pub start_go: KeyText,
    pub start_back: KeyText,
}

pub fn dialog_key_words(lang: Lang) -> &'static DialogKeyWords {
    match lang {
        Lang::Sv => &DIALOG_KEYS_SV,
        Lang::En => &DIALOG_KEYS_EN,
    }
}

const DIALOG_KEYS_SV: DialogKeyWords = DialogKeyWords {
    dialog_save: KeyText {
        short: "spara",
        help: "Spara och stäng",
    },
    dialog_close: KeyText {
        short: "stäng",
        help: "Stäng utan att ändra något",
    },
    dialog_rows: KeyText {
        short: "välj",
        help: "Flytta markeringen upp / ned",
    },
    dialog_fields: KeyText {
        short: "fält",
        help: "Nästa / föregående fält",
    },
    newline: KeyText {
        short: "ny rad",
        help: "Ny rad",
    },
    lines: KeyText {
        short: "rad",
        help: "Markören en rad upp / ned",
    },
    help_close: KeyText {
        short: "stäng",
        help: "Stäng hjälpen",
    },
    help_scroll: KeyText {
        short: "bläddra",
        help: "Bläddra i hjälpen",
    },
    export_go: KeyText {
        short: "exportera",
        help: "Exportera i markerat format",
    },
    export_number: KeyText {
        short: "format",
        help: "Exportera i formatet med den siffran",
    },
    pick_go: KeyText {
        short: "välj",
        help: "Välj markerad grupp (ingen träff: lägg till den skrivna)",
    },
    groups_rename: KeyText {
        short: "byt namn",
        help: "Byt namn på markerad grupp",
    },
    groups_presence: KeyText {
        short: "närvaro",
        help: "Markerad grupp närvarande / frånvarande / omarkerad",
    },
    groups_merge: KeyText {
        short: "slå ihop",
        help: "Slå ihop markerad grupp med en annan",
    },
    groups_remove: KeyText {
        short: "ta bort",
        help: "Ta bort markerad grupp (om den inte har några bidrag)",
    },
    merge_go: KeyText {
        short: "slå ihop",
        help: "Slå ihop med markerad grupp",
    },
    merge_back: KeyText {
        short: "tillbaka",
        help: "Tillbaka till grupplistan",
    },
    search_go: KeyText {
        short: "gå till",
        help: "Gå till markerat bidrag",
    },
    notes_close: KeyText {
        short: "stäng",
        help: "Spara anteckningarna och stäng",
    },
    move_go: KeyText {
        short: "flytta",
        help: "Flytta bidraget till markerad punkt",
    },
    move_number: KeyText {
        short: "punkt",
        help: "Markera punkten med det numret",
    },
    annotate_complete: KeyText {
        short: "fyll i",
        help: "Fyll i temat som skrivs; finns inget att fylla i: nästa fält",
    },
    vote_next: KeyText {
        short: "nästa",
        help: "Spara prickarna och gå till nästa förslag",
    },
    vote_scope: KeyText {
        short: "alla",
        help: "Punktens förslag / alla förslag",
    },
    projector_go: KeyText {
        short: "välj",
        help: "Gör det som står på markerad rad",
    },
    projector_number: KeyText {
        short: "rad",
        help: "Gör det som står på raden med den siffran",
    },
    retime_accept: KeyText {
        short: "godkänn",
        help: "Godkänn de nya tiderna",
    },
    retime_minutes: KeyText {
        short: "minuter",
        help: "Färre / fler minuter för vald punkt",
    },
    retime_skip: KeyText {
        short: "hoppa över",
        help: "Hoppa över vald punkt / ta med den igen",
    },
    retime_later: KeyText {
        short: "senare",
        help: "Flytta vald punkt ett steg senare",
    },
    grid_scroll: KeyText {
        short: "bläddra",
        help: "Bläddra i rummet",
    },
    start_go: KeyText {
        short: "välj",
        help: "Välj markerad rad / gå vidare",
    },
    start_back: KeyText {
        short: "tillbaka",
        help: "Tillbaka ett steg (på första: avsluta)",
    },
};

const DIALOG_KEYS_EN: DialogKeyWords = DialogKeyWords {
    dialog_save: KeyText {
        short: "save",
        help: "Save and close",
    },
    dialog_close: KeyText {
        short: "close",
        help: "Close without changing anything",
    },
    dialog_rows: KeyText {
        short: "choose",
        help: "Move the highlight up / down",
    },
    dialog_fields: KeyText {
        short: "field",
        help: "Next / previous field",
    },
    newline: KeyText {
        short: "new line",
        help: "New line",
    },
    lines: KeyText {
        short: "line",
        help: "The cursor one line up / down",
    },
    help_close: KeyText {
        short: "close",
        help: "Close the help",
    },
    help_scroll: KeyText {
        short: "scroll",
        help: "Scroll the help",
    },
    export_go: KeyText {
        short: "export",
        help: "Export in the highlighted format",
    },
    export_number: KeyText {
        short: "format",
        help: "Export in the format with that number",
    },
    pick_go: KeyText {
        short: "choose",
        help: "Choose the highlighted group (no match: add the typed one)",
    },
    groups_rename: KeyText {
        short: "rename",
        help: "Rename the highlighted group",
    },
    groups_presence: KeyText {
        short: "presence",
        help: "The highlighted group present / absent / unmarked",
    },
    groups_merge: KeyText {
        short: "merge",
        help: "Merge the highlighted group into another",
    },
    groups_remove: KeyText {
        short: "remove",
        help: "Remove the highlighted group (when it has no contributions)",
    },
    merge_go: KeyText {
        short: "merge",
        help: "Merge into the highlighted group",
    },
    merge_back: KeyText {
        short: "back",
        help: "Back to the group list",
    },
    search_go: KeyText {
        short: "go to",
        help: "Go to the highlighted contribution",
    },
    notes_close: KeyText {
        short: "close",
        help: "Save the notes and close",
    },
    move_go: KeyText {
        short: "move",
        help: "Move the contribution to the highlighted item",
    },
    move_number: KeyText {
        short: "item",
        help: "Highlight the item with that number",
    },
    annotate_complete: KeyText {
        short: "complete",
        help: "Complete the theme being typed; with nothing to complete: next field",
    },
    vote_next: KeyText {
        short: "next",
        help: "Save the dots and go to the next proposal",
    },
    vote_scope: KeyText {
        short: "all",
        help: "The item's proposals / all proposals",
    },
    projector_go: KeyText {
        short: "choose",
        help: "Do what the highlighted row says",
    },
    projector_number: KeyText {
        short: "row",
        help: "Do what the row with that number says",
    },
    retime_accept: KeyText {
        short: "accept",
        help: "Accept the new times",
    },
    retime_minutes: KeyText {
        short: "minutes",
        help: "Fewer / more minutes for the chosen item",
    },
    retime_skip: KeyText {
        short: "skip",
        help: "Skip the chosen item / take it back",
    },
    retime_later: KeyText {
        short: "later",
        help: "Move the chosen item one place later",
    },
    grid_scroll: KeyText {
        short: "scroll",
        help: "Scroll the room",
    },
    start_go: KeyText {
        short: "choose",
        help: "Choose the highlighted row / go on",
    },
    start_back: KeyText {
        short: "back",
        help: "Back one step (on the first: quit)",
    },
};
