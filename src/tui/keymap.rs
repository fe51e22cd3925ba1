//! The one table of keys. The footer, the help overlay and the README are drawn from
//! it, so what the screen says is what the keys do.

use super::action::Action;
use crate::i18n::Lang;
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
        keys: &[(KeyCode::PageDown, NONE), (KeyCode::Right, CTRL)],
        action: Action::NextItem,
        short: ("nästa punkt", "next item"),
        help: ("Nästa punkt på dagordningen", "Next agenda item"),
        show: Show::Idle,
    },
    Binding {
        keys: &[(KeyCode::PageUp, NONE), (KeyCode::Left, CTRL)],
        action: Action::PrevItem,
        short: ("föreg. punkt", "prev. item"),
        help: (
            "Föregående punkt (inget går förlorat)",
            "Previous agenda item (nothing is lost)",
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
    "← → Home End Backspace: redigera raden (ett synligt tecken i taget)",
    "← → Home End Backspace: edit the line (one visible character at a time)",
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
        KeyCode::Backspace => return Some(Action::Backspace),
        KeyCode::Left if mods.is_empty() => return Some(Action::Left),
        KeyCode::Right if mods.is_empty() => return Some(Action::Right),
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
        KeyCode::F(n) => format!("F{n}"),
        KeyCode::Char(c) => c.to_ascii_uppercase().to_string(),
        other => format!("{other:?}"),
    };
    if mods.contains(KeyModifiers::CONTROL) {
        format!("Ctrl+{base}")
    } else {
        base
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, mods: KeyModifiers) -> Option<Action> {
        action_for(KeyEvent::new(code, mods))
    }

    #[test]
    fn the_documented_keys_do_what_they_say() {
        assert_eq!(press(KeyCode::Char('k'), CTRL), Some(Action::CycleKind));
        assert_eq!(press(KeyCode::F(2), NONE), Some(Action::CycleKind));
        assert_eq!(press(KeyCode::Right, CTRL), Some(Action::NextItem));
        assert_eq!(press(KeyCode::Left, CTRL), Some(Action::PrevItem));
        assert_eq!(press(KeyCode::BackTab, SHIFT), Some(Action::PrevGroup));
        assert_eq!(press(KeyCode::Char('c'), CTRL), Some(Action::Quit));
        assert_eq!(press(KeyCode::Char('Q'), CTRL | SHIFT), Some(Action::Quit));
        assert_eq!(
            press(KeyCode::Char('å'), NONE),
            Some(Action::Insert("å".into()))
        );
        assert_eq!(
            press(KeyCode::Char('Ö'), SHIFT),
            Some(Action::Insert("Ö".into()))
        );
        assert_eq!(press(KeyCode::Down, NONE), Some(Action::Down));
    }

    #[test]
    fn key_releases_are_ignored() {
        let mut key = KeyEvent::new(KeyCode::Char('a'), NONE);
        key.kind = KeyEventKind::Release;
        assert_eq!(action_for(key), None);
    }

    #[test]
    fn every_binding_has_both_languages() {
        for b in KEYMAP {
            for lang in [Lang::Sv, Lang::En] {
                assert!(!b.short(lang).is_empty() && !b.help(lang).is_empty());
            }
        }
    }
}
