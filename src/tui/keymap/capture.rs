//! The capture screen's keys: the line, the selection in the log, and the keys that
//! open each dialog.

use super::binding::{ALT, Binding, CTRL, Key, NONE, SHIFT, Show};
use crate::session::Kind;
use crate::tui::action::Action;
use ratatui::crossterm::event::KeyCode;

pub static KEYMAP: &[Binding] = &[
    Binding {
        keys: &[(KeyCode::Enter, NONE, Action::Commit)],
        short: ("spara", "save"),
        help: (
            "Spara raden som bidrag · redigera valt bidrag · spara ändringen",
            "Save the line as a contribution · edit the selected one · save the edit",
        ),
        show: Show::Always,
    },
    Binding {
        keys: &[(KeyCode::Esc, NONE, Action::Cancel)],
        short: ("avbryt", "cancel"),
        help: (
            "Töm raden · avbryt redigering · avmarkera · stäng dialog",
            "Clear the line · cancel an edit · deselect · close a dialog",
        ),
        show: Show::Editing,
    },
    Binding {
        keys: &[
            (KeyCode::Tab, NONE, Action::NextGroup),
            (KeyCode::BackTab, SHIFT, Action::PrevGroup),
        ],
        short: ("grupp", "group"),
        help: ("Nästa / föregående grupp", "Next / previous group"),
        show: Show::Always,
    },
    Binding {
        keys: &[
            (KeyCode::Char('f'), CTRL, Action::PickGroup),
            (KeyCode::F(4), NONE, Action::PickGroup),
        ],
        short: ("sök grupp", "find group"),
        help: (
            "Välj grupp genom att skriva en del av namnet (eller lägg till den)",
            "Choose the group by typing part of its name (or add it)",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[
            (KeyCode::Char('k'), CTRL, Action::CycleKind),
            (KeyCode::F(2), NONE, Action::CycleKind),
        ],
        short: ("typ", "kind"),
        help: (
            "Byt typ: synpunkt, förslag, fråga, åtgärd",
            "Change kind: comment, proposal, question, action",
        ),
        show: Show::Always,
    },
    Binding {
        keys: &[(KeyCode::Char('n'), CTRL, Action::NextNotHeard)],
        short: ("ej hörd", "not heard"),
        help: (
            "Välj nästa grupp som inte hörts på punkten (i grupplistans ordning, frånvarande hoppas över)",
            "Choose the next group not yet heard on the item (in the group list's order, absent ones skipped)",
        ),
        show: Show::Always,
    },
    Binding {
        keys: &[
            (KeyCode::Char('1'), ALT, Action::SetKind(Kind::Comment)),
            (KeyCode::Char('2'), ALT, Action::SetKind(Kind::Proposal)),
            (KeyCode::Char('3'), ALT, Action::SetKind(Kind::Question)),
            (KeyCode::Char('4'), ALT, Action::SetKind(Kind::Action)),
        ],
        short: ("typ 1–4", "kind 1–4"),
        help: (
            "Välj typ direkt: 1 synpunkt, 2 förslag, 3 fråga, 4 åtgärd (efter bidraget blir den synpunkt igen)",
            "Choose the kind directly: 1 comment, 2 proposal, 3 question, 4 action (comment again after the contribution)",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Char('0'), ALT, Action::ToggleKindLock)],
        short: ("lås typ", "lock kind"),
        help: (
            "Lås typen så att den står kvar efter varje bidrag / lås upp",
            "Lock the kind so it stays after each contribution / unlock",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[
            (KeyCode::PageDown, NONE, Action::NextItem),
            (KeyCode::Right, ALT, Action::NextItem),
        ],
        short: ("nästa punkt", "next item"),
        help: ("Nästa punkt på dagordningen", "Next agenda item"),
        show: Show::Idle,
    },
    Binding {
        keys: &[
            (KeyCode::PageUp, NONE, Action::PrevItem),
            (KeyCode::Left, ALT, Action::PrevItem),
        ],
        short: ("föreg. punkt", "prev. item"),
        help: (
            "Föregående punkt (inget går förlorat)",
            "Previous agenda item (nothing is lost)",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[
            (KeyCode::Left, CTRL, Action::WordLeft),
            (KeyCode::Right, CTRL, Action::WordRight),
        ],
        short: ("ord", "word"),
        help: (
            "Markören ett ord åt vänster / höger (på raden och i varje textfält)",
            "The cursor one word left / right (in the line and every text field)",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[
            (KeyCode::Char('w'), CTRL, Action::DeleteWordBefore),
            (KeyCode::Backspace, CTRL, Action::DeleteWordBefore),
        ],
        short: ("radera ord", "delete word"),
        help: (
            "Radera ordet före markören (Ctrl+Backspace där terminalen skiljer den från Backspace)",
            "Delete the word before the cursor (Ctrl+Backspace where the terminal tells it from Backspace)",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Delete, CTRL, Action::DeleteWordAfter)],
        short: ("radera ord framåt", "delete word after"),
        help: (
            "Radera ordet efter markören",
            "Delete the word after the cursor",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[
            (KeyCode::Up, NONE, Action::Up),
            (KeyCode::Down, NONE, Action::Down),
        ],
        short: ("välj bidrag", "select"),
        help: (
            "Välj ett loggat bidrag (när raden är tom)",
            "Select a logged contribution (when the line is empty)",
        ),
        show: Show::Idle,
    },
    Binding {
        keys: &[(KeyCode::Delete, NONE, Action::Delete)],
        short: ("ta bort", "delete"),
        help: (
            "Ta bort valt bidrag (eller tecknet efter markören)",
            "Delete the selected contribution (or the character after the cursor)",
        ),
        show: Show::Selected,
    },
    Binding {
        keys: &[(KeyCode::Char('x'), CTRL, Action::MoveTo)],
        short: ("flytta", "move"),
        help: (
            "Flytta valt (eller redigerat) bidrag till en annan punkt",
            "Move the selected (or edited) contribution to another item",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Char('s'), CTRL, Action::Search)],
        short: ("sök", "search"),
        help: (
            "Sök i hela sessionen, i bidrag och gruppnamn (å = a, ö = o); Enter går till bidraget, Esc tillbaka",
            "Search the whole session, contributions and group names (å = a, ö = o); Enter goes to the contribution, Esc back",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Char('o'), CTRL, Action::Notes)],
        short: ("anteckningar", "notes"),
        help: (
            "Visa / spara och stäng punktens privata anteckningar (Enter ny rad); aldrig i minnesanteckningarna utan export --with-notes",
            "Show / save and close the item's private notes (Enter new line); never in the minutes without export --with-notes",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Char('z'), CTRL, Action::Undo)],
        short: ("ångra", "undo"),
        help: (
            "Ångra senaste ändring (direkt efter Esc: den tömda raden)",
            "Undo the last change (right after Esc: the cleared line)",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Char('y'), CTRL, Action::Redo)],
        short: ("gör om", "redo"),
        help: ("Gör om det som ångrades", "Redo what was undone"),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Char('g'), CTRL, Action::AddGroup)],
        short: ("ny grupp", "add group"),
        help: ("Lägg till en grupp", "Add a group"),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::F(5), NONE, Action::Groups)],
        short: ("grupper", "groups"),
        help: (
            "Grupperna: byt namn (Enter), närvarande/frånvarande (mellanslag), slå ihop med en annan (+), ta bort (Delete)",
            "The groups: rename (Enter), present/absent (Space), merge into another (+), remove (Delete)",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::F(8), NONE, Action::Retime)],
        short: ("omplanera", "re-plan"),
        help: (
            "Omplanera resten mot planerat slut: nya minuter per punkt (Enter godkänner, ←→ ändrar vald punkt, S hoppar över den, L flyttar den senare)",
            "Re-plan the rest to end at the planned end: new minutes per item (Enter accepts, ←→ change the chosen item, S skips it, L moves it later)",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Char('l'), CTRL, Action::TogglePlanned)],
        short: ("tidplan", "schedule"),
        help: (
            "Dagordningen: visa planerad starttid per punkt / använda minuter",
            "The agenda: show each item's planned start / the minutes spent",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::F(7), NONE, Action::Grid)],
        short: ("rummet", "room"),
        help: (
            "Rummet: bidrag per punkt och grupp, ej hörda och frånvarande grupper markerade (↑↓←→ bläddrar)",
            "The room: contributions per item and group, groups not heard and absent marked (↑↓←→ scroll)",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Char('e'), CTRL, Action::Export)],
        short: ("exportera", "export"),
        help: (
            "Exportera minnesanteckningar (md, html, docx, csv, xlsx, json) till sessionens mapp",
            "Export the minutes (md, html, docx, csv, xlsx, json) into the session folder",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Char('d'), CTRL, Action::Details)],
        short: ("uppgifter", "details"),
        help: (
            "Titel, undertitel, datum, plats, samtalsledare, planerad start och antecknare (en per rad) för minnesanteckningarna",
            "Title, subtitle, date, place, moderator, planned start and note-takers (one per line) for the minutes",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Char('s'), ALT, Action::Summary)],
        short: ("sammanfattning", "summary"),
        help: (
            "Punktens sammanfattning och beslut (Alt+S igen sparar)",
            "The item's summary and decisions (Alt+S again saves)",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Char('v'), ALT, Action::Vote)],
        short: ("votering", "vote"),
        help: (
            "Votering med prickar per förslag, för punkten eller hela sessionen (Alt+V igen växlar)",
            "Dot vote: the dots per proposal, for the item or the whole session (Alt+V again switches)",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Char('t'), ALT, Action::Annotate)],
        short: ("tema/ansvar", "theme/owner"),
        help: (
            "Valt bidrags teman; för en åtgärd ansvarig och klart senast",
            "The selected contribution's themes; for an action its owner and due date",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[
            (KeyCode::F(6), NONE, Action::ToggleClock),
            (KeyCode::Char('t'), CTRL, Action::ToggleClock),
        ],
        short: ("klocka", "clock"),
        help: (
            "Starta / stoppa punktens klocka (den står när en session öppnas igen)",
            "Start / stop the item clock (it stands when a session is opened again)",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::F(3), NONE, Action::ToggleItemText)],
        short: ("hela texten", "full text"),
        help: (
            "Visa hela punktens text / visa loggen igen",
            "Show the item's whole text / show the log again",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Char('p'), CTRL, Action::Release)],
        short: ("projektor", "projector"),
        help: (
            "Visa valt bidrag på projektorn (samtal present) / ta bort det; ▶ i loggen: visas",
            "Show the selected contribution on the projector (samtal present) / take it off; ▶ in the log: shown",
        ),
        show: Show::Selected,
    },
    Binding {
        keys: &[(KeyCode::F(9), NONE, Action::Blank)],
        short: ("släck", "blank"),
        help: (
            "Släck projektorn (bara sessionens titel) / tänd den igen",
            "Blank the projector (only the session's title) / show it again",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::F(12), NONE, Action::ProjectorMenu)],
        short: ("projektor", "projector"),
        help: (
            "Projektorn: visa alla punktens bidrag, gruppnamn, meddelande, dagordning",
            "The projector: show all of the item's contributions, group names, a message, the agenda",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::F(1), NONE, Action::Help)],
        short: ("hjälp", "help"),
        help: (
            "Visa / stäng hjälpen (↑↓ bläddrar)",
            "Show / close this help (↑↓ scroll)",
        ),
        show: Show::Always,
    },
    Binding {
        keys: &[
            (KeyCode::Char('q'), CTRL, Action::Quit),
            (KeyCode::Char('c'), CTRL, Action::Quit),
        ],
        short: ("avsluta", "quit"),
        help: (
            "Avsluta (allt är redan sparat, en halvskriven rad också)",
            "Quit (everything is already saved, a half-typed line too)",
        ),
        show: Show::Always,
    },
];

/// Line-editing keys: not listed in the footer, explained in one help line.
pub const EDITING_HELP: (&str, &str) = (
    "← → Home End Backspace: redigera raden (ett synligt tecken i taget; Ctrl+← → ord för ord)",
    "← → Home End Backspace: edit the line (one visible character at a time; Ctrl+← → word by word)",
);

/// Line-editing keys, explained together in [`EDITING_HELP`]: ← → bare only (with
/// Ctrl or Alt they are bound above).
pub static EDITING_KEYS: &[Key] = &[
    (KeyCode::Left, NONE, Action::Left),
    (KeyCode::Right, NONE, Action::Right),
];

/// Line-editing keys that work whatever modifier is held, when no binding above
/// takes the key with that modifier (Ctrl+Backspace deletes a word).
pub static EDITING_KEYS_ANY_MODIFIER: &[(KeyCode, Action)] = &[
    (KeyCode::Backspace, Action::Backspace),
    (KeyCode::Home, Action::Home),
    (KeyCode::End, Action::End),
];
