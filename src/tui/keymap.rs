//! The one table of keys. The footer, the help overlay and the README are drawn from
//! it, so what the screen says is what the keys do.

use super::action::Action;
use crate::i18n::Lang;
use crate::session::Kind;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// When a binding is worth showing in the footer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Show {
    /// Always listed in the footer.
    Always,
    /// Listed while the capture line is empty and nothing is selected.
    Idle,
    /// Listed while a contribution is selected.
    Selected,
    /// Listed while a contribution is being edited.
    Editing,
    /// Only in the help overlay.
    HelpOnly,
}

pub struct Binding {
    pub keys: &'static [(KeyCode, KeyModifiers)],
    pub action: Action,
    /// Short label for the footer, sv / en.
    pub short: (&'static str, &'static str),
    /// Description for the help overlay, sv / en.
    pub help: (&'static str, &'static str),
    pub show: Show,
}

impl Binding {
    pub fn short(&self, lang: Lang) -> &'static str {
        pick(self.short, lang)
    }

    pub fn help(&self, lang: Lang) -> &'static str {
        pick(self.help, lang)
    }

    /// "Ctrl+K / F2"
    pub fn keys_label(&self) -> String {
        self.keys
            .iter()
            .map(|(code, mods)| key_name(*code, *mods))
            .collect::<Vec<_>>()
            .join(" / ")
    }

    /// The first key only, for the footer.
    pub fn first_key_label(&self) -> String {
        self.keys
            .first()
            .map(|(code, mods)| key_name(*code, *mods))
            .unwrap_or_default()
    }
}

fn pick(texts: (&'static str, &'static str), lang: Lang) -> &'static str {
    match lang {
        Lang::Sv => texts.0,
        Lang::En => texts.1,
    }
}

const NONE: KeyModifiers = KeyModifiers::NONE;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;
const SHIFT: KeyModifiers = KeyModifiers::SHIFT;
const ALT: KeyModifiers = KeyModifiers::ALT;

pub static KEYMAP: &[Binding] = &[
    Binding {
        keys: &[(KeyCode::Enter, NONE)],
        action: Action::Commit,
        short: ("spara", "save"),
        help: (
            "Spara raden som bidrag · redigera valt bidrag · spara ändringen",
            "Save the line as a contribution · edit the selected one · save the edit",
        ),
        show: Show::Always,
    },
    Binding {
        keys: &[(KeyCode::Esc, NONE)],
        action: Action::Cancel,
        short: ("avbryt", "cancel"),
        help: (
            "Töm raden · avbryt redigering · avmarkera · stäng dialog",
            "Clear the line · cancel an edit · deselect · close a dialog",
        ),
        show: Show::Editing,
    },
    Binding {
        keys: &[(KeyCode::Tab, NONE), (KeyCode::BackTab, SHIFT)],
        action: Action::NextGroup,
        short: ("grupp", "group"),
        help: ("Nästa / föregående grupp", "Next / previous group"),
        show: Show::Always,
    },
    Binding {
        keys: &[(KeyCode::Char('f'), CTRL), (KeyCode::F(4), NONE)],
        action: Action::PickGroup,
        short: ("sök grupp", "find group"),
        help: (
            "Välj grupp genom att skriva en del av namnet (eller lägg till den)",
            "Choose the group by typing part of its name (or add it)",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Char('k'), CTRL), (KeyCode::F(2), NONE)],
        action: Action::CycleKind,
        short: ("typ", "kind"),
        help: (
            "Byt typ: synpunkt, förslag, fråga, åtgärd",
            "Change kind: comment, proposal, question, action",
        ),
        show: Show::Always,
    },
    Binding {
        keys: &[(KeyCode::Char('n'), CTRL)],
        action: Action::NextNotHeard,
        short: ("ej hörd", "not heard"),
        help: (
            "Välj nästa grupp som inte hörts på punkten (i grupplistans ordning, frånvarande hoppas över)",
            "Choose the next group not yet heard on the item (in the group list's order, absent ones skipped)",
        ),
        show: Show::Always,
    },
    Binding {
        keys: &[
            (KeyCode::Char('1'), ALT),
            (KeyCode::Char('2'), ALT),
            (KeyCode::Char('3'), ALT),
            (KeyCode::Char('4'), ALT),
        ],
        action: Action::SetKind(Kind::Comment),
        short: ("typ 1–4", "kind 1–4"),
        help: (
            "Välj typ direkt: 1 synpunkt, 2 förslag, 3 fråga, 4 åtgärd (efter bidraget blir den synpunkt igen)",
            "Choose the kind directly: 1 comment, 2 proposal, 3 question, 4 action (comment again after the contribution)",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Char('0'), ALT)],
        action: Action::ToggleKindLock,
        short: ("lås typ", "lock kind"),
        help: (
            "Lås typen så att den står kvar efter varje bidrag / lås upp",
            "Lock the kind so it stays after each contribution / unlock",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::PageDown, NONE), (KeyCode::Right, ALT)],
        action: Action::NextItem,
        short: ("nästa punkt", "next item"),
        help: ("Nästa punkt på dagordningen", "Next agenda item"),
        show: Show::Idle,
    },
    Binding {
        keys: &[(KeyCode::PageUp, NONE), (KeyCode::Left, ALT)],
        action: Action::PrevItem,
        short: ("föreg. punkt", "prev. item"),
        help: (
            "Föregående punkt (inget går förlorat)",
            "Previous agenda item (nothing is lost)",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Left, CTRL), (KeyCode::Right, CTRL)],
        action: Action::WordLeft,
        short: ("ord", "word"),
        help: (
            "Markören ett ord åt vänster / höger (på raden och i varje textfält)",
            "The cursor one word left / right (in the line and every text field)",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Char('w'), CTRL), (KeyCode::Backspace, CTRL)],
        action: Action::DeleteWordBefore,
        short: ("radera ord", "delete word"),
        help: (
            "Radera ordet före markören (Ctrl+Backspace där terminalen skiljer den från Backspace)",
            "Delete the word before the cursor (Ctrl+Backspace where the terminal tells it from Backspace)",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Delete, CTRL)],
        action: Action::DeleteWordAfter,
        short: ("radera ord framåt", "delete word after"),
        help: (
            "Radera ordet efter markören",
            "Delete the word after the cursor",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Up, NONE), (KeyCode::Down, NONE)],
        action: Action::Up,
        short: ("välj bidrag", "select"),
        help: (
            "Välj ett loggat bidrag (när raden är tom)",
            "Select a logged contribution (when the line is empty)",
        ),
        show: Show::Idle,
    },
    Binding {
        keys: &[(KeyCode::Delete, NONE)],
        action: Action::Delete,
        short: ("ta bort", "delete"),
        help: (
            "Ta bort valt bidrag (eller tecknet efter markören)",
            "Delete the selected contribution (or the character after the cursor)",
        ),
        show: Show::Selected,
    },
    Binding {
        keys: &[(KeyCode::Char('x'), CTRL)],
        action: Action::MoveTo,
        short: ("flytta", "move"),
        help: (
            "Flytta valt (eller redigerat) bidrag till en annan punkt",
            "Move the selected (or edited) contribution to another item",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Char('s'), CTRL)],
        action: Action::Search,
        short: ("sök", "search"),
        help: (
            "Sök i hela sessionen, i bidrag och gruppnamn (å = a, ö = o); Enter går till bidraget, Esc tillbaka",
            "Search the whole session, contributions and group names (å = a, ö = o); Enter goes to the contribution, Esc back",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Char('o'), CTRL)],
        action: Action::Notes,
        short: ("anteckningar", "notes"),
        help: (
            "Visa / spara och stäng punktens privata anteckningar (Enter ny rad); aldrig i minnesanteckningarna utan export --with-notes",
            "Show / save and close the item's private notes (Enter new line); never in the minutes without export --with-notes",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Char('z'), CTRL)],
        action: Action::Undo,
        short: ("ångra", "undo"),
        help: (
            "Ångra senaste ändring (direkt efter Esc: den tömda raden)",
            "Undo the last change (right after Esc: the cleared line)",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Char('y'), CTRL)],
        action: Action::Redo,
        short: ("gör om", "redo"),
        help: ("Gör om det som ångrades", "Redo what was undone"),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Char('g'), CTRL)],
        action: Action::AddGroup,
        short: ("ny grupp", "add group"),
        help: ("Lägg till en grupp", "Add a group"),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::F(5), NONE)],
        action: Action::Groups,
        short: ("grupper", "groups"),
        help: (
            "Grupperna: byt namn (Enter), närvarande/frånvarande (mellanslag), slå ihop med en annan (+), ta bort (Delete)",
            "The groups: rename (Enter), present/absent (Space), merge into another (+), remove (Delete)",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::F(8), NONE)],
        action: Action::Retime,
        short: ("omplanera", "re-plan"),
        help: (
            "Omplanera resten mot planerat slut: nya minuter per punkt (Enter godkänner, ←→ ändrar vald punkt, S hoppar över den, L flyttar den senare)",
            "Re-plan the rest to end at the planned end: new minutes per item (Enter accepts, ←→ change the chosen item, S skips it, L moves it later)",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Char('l'), CTRL)],
        action: Action::TogglePlanned,
        short: ("tidplan", "schedule"),
        help: (
            "Dagordningen: visa planerad starttid per punkt / använda minuter",
            "The agenda: show each item's planned start / the minutes spent",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::F(7), NONE)],
        action: Action::Grid,
        short: ("rummet", "room"),
        help: (
            "Rummet: bidrag per punkt och grupp, ej hörda och frånvarande grupper markerade (↑↓←→ bläddrar)",
            "The room: contributions per item and group, groups not heard and absent marked (↑↓←→ scroll)",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Char('e'), CTRL)],
        action: Action::Export,
        short: ("exportera", "export"),
        help: (
            "Exportera minnesanteckningar (md, html, docx, csv, xlsx, json) till sessionens mapp",
            "Export the minutes (md, html, docx, csv, xlsx, json) into the session folder",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Char('d'), CTRL)],
        action: Action::Details,
        short: ("uppgifter", "details"),
        help: (
            "Titel, undertitel, datum, plats, samtalsledare, planerad start och antecknare (en per rad) för minnesanteckningarna",
            "Title, subtitle, date, place, moderator, planned start and note-takers (one per line) for the minutes",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Char('s'), ALT)],
        action: Action::Summary,
        short: ("sammanfattning", "summary"),
        help: (
            "Punktens sammanfattning och beslut (Alt+S igen sparar)",
            "The item's summary and decisions (Alt+S again saves)",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Char('v'), ALT)],
        action: Action::Vote,
        short: ("votering", "vote"),
        help: (
            "Votering med prickar per förslag, för punkten eller hela sessionen (Alt+V igen växlar)",
            "Dot vote: the dots per proposal, for the item or the whole session (Alt+V again switches)",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Char('t'), ALT)],
        action: Action::Annotate,
        short: ("tema/ansvar", "theme/owner"),
        help: (
            "Valt bidrags teman; för en åtgärd ansvarig och klart senast",
            "The selected contribution's themes; for an action its owner and due date",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::F(6), NONE), (KeyCode::Char('t'), CTRL)],
        action: Action::ToggleClock,
        short: ("klocka", "clock"),
        help: (
            "Starta / stoppa punktens klocka (den står när en session öppnas igen)",
            "Start / stop the item clock (it stands when a session is opened again)",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::F(3), NONE)],
        action: Action::ToggleItemText,
        short: ("hela texten", "full text"),
        help: (
            "Visa hela punktens text / visa loggen igen",
            "Show the item's whole text / show the log again",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Char('p'), CTRL)],
        action: Action::Release,
        short: ("projektor", "projector"),
        help: (
            "Visa valt bidrag på projektorn (samtal present) / ta bort det; ▶ i loggen: visas",
            "Show the selected contribution on the projector (samtal present) / take it off; ▶ in the log: shown",
        ),
        show: Show::Selected,
    },
    Binding {
        keys: &[(KeyCode::F(9), NONE)],
        action: Action::Blank,
        short: ("släck", "blank"),
        help: (
            "Släck projektorn (bara sessionens titel) / tänd den igen",
            "Blank the projector (only the session's title) / show it again",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::F(12), NONE)],
        action: Action::ProjectorMenu,
        short: ("projektor", "projector"),
        help: (
            "Projektorn: visa alla punktens bidrag, gruppnamn, meddelande, dagordning",
            "The projector: show all of the item's contributions, group names, a message, the agenda",
        ),
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::F(1), NONE)],
        action: Action::Help,
        short: ("hjälp", "help"),
        help: (
            "Visa / stäng hjälpen (↑↓ bläddrar)",
            "Show / close this help (↑↓ scroll)",
        ),
        show: Show::Always,
    },
    Binding {
        keys: &[(KeyCode::Char('q'), CTRL), (KeyCode::Char('c'), CTRL)],
        action: Action::Quit,
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

/// The action for a key press, if any. Release and repeat-less terminals send
/// release events too: only presses (and repeats) count.
pub fn action_for(key: KeyEvent) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let mods = key.modifiers - KeyModifiers::SHIFT;
    match key.code {
        KeyCode::BackTab => return Some(Action::PrevGroup),
        KeyCode::Down if mods.is_empty() => return Some(Action::Down),
        KeyCode::Backspace if mods == CTRL => return Some(Action::DeleteWordBefore),
        KeyCode::Backspace => return Some(Action::Backspace),
        KeyCode::Left if mods.is_empty() => return Some(Action::Left),
        KeyCode::Right if mods.is_empty() => return Some(Action::Right),
        // One binding each lists these keys together; the key decides the action.
        KeyCode::Right if mods == CTRL => return Some(Action::WordRight),
        KeyCode::Char(digit @ '1'..='4') if mods == ALT => {
            let index = digit as usize - '1' as usize;
            return Kind::ALL.get(index).map(|kind| Action::SetKind(*kind));
        }
        KeyCode::Home => return Some(Action::Home),
        KeyCode::End => return Some(Action::End),
        _ => {}
    }
    let normalized = |code: KeyCode| match code {
        KeyCode::Char(c) => KeyCode::Char(c.to_ascii_lowercase()),
        other => other,
    };
    for binding in KEYMAP {
        if binding
            .keys
            .iter()
            .any(|(code, m)| *code == normalized(key.code) && (*m - KeyModifiers::SHIFT) == mods)
        {
            return Some(binding.action.clone());
        }
    }
    match key.code {
        KeyCode::Char(c) if !mods.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) => {
            Some(Action::Insert(c.to_string()))
        }
        _ => None,
    }
}

pub fn key_name(code: KeyCode, mods: KeyModifiers) -> String {
    let base = match code {
        KeyCode::Enter => "Enter".to_string(),
        KeyCode::Esc => "Esc".to_string(),
        KeyCode::Tab => "Tab".to_string(),
        KeyCode::BackTab => "Shift+Tab".to_string(),
        KeyCode::PageDown => "PgDn".to_string(),
        KeyCode::PageUp => "PgUp".to_string(),
        KeyCode::Up => "↑".to_string(),
        KeyCode::Down => "↓".to_string(),
        KeyCode::Left => "←".to_string(),
        KeyCode::Right => "→".to_string(),
        KeyCode::Delete => "Delete".to_string(),
        KeyCode::Backspace => "Backspace".to_string(),
        KeyCode::F(n) => format!("F{n}"),
        KeyCode::Char(c) => c.to_ascii_uppercase().to_string(),
        other => format!("{other:?}"),
    };
    if mods.contains(KeyModifiers::CONTROL) {
        format!("Ctrl+{base}")
    } else if mods.contains(KeyModifiers::ALT) {
        format!("Alt+{base}")
    } else {
        base
    }
}

#[cfg(test)]
mod tests;
