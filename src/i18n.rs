//! The Swedish and English strings of the interface, in one place. Every string has
//! both languages (the struct has no defaults), so a screen is never half translated.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Sv,
    En,
}

impl Lang {
    /// `--lang` if given, else `LC_ALL`, `LC_MESSAGES`, `LANG`: Swedish when the first
    /// one set starts with "sv", else English.
    pub fn detect(explicit: Option<Lang>) -> Lang {
        if let Some(lang) = explicit {
            return lang;
        }
        let var = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| std::env::var(name).ok())
            .find(|value| !value.is_empty());
        Lang::from_locale(var.as_deref())
    }

    pub fn from_locale(locale: Option<&str>) -> Lang {
        match locale {
            Some(l) if l.to_ascii_lowercase().starts_with("sv") => Lang::Sv,
            _ => Lang::En,
        }
    }

    pub fn parse(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "sv" | "svenska" | "swedish" => Some(Lang::Sv),
            "en" | "english" | "engelska" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::Sv => &SV,
            Lang::En => &EN,
        }
    }
}

pub struct Strings {
    pub agenda: &'static str,
    pub contributions: &'static str,
    pub no_contributions_yet: &'static str,
    pub prompts: &'static str,
    pub capture_hint: &'static str,
    pub editing: &'static str,
    pub saved: &'static str,
    pub not_saved: &'static str,
    pub not_saved_yet: &'static str,
    pub item_time: &'static str,
    pub projected_end: &'static str,
    pub help_title: &'static str,
    pub help_close: &'static str,
    pub add_group_title: &'static str,
    pub add_group_hint: &'static str,
    pub group_exists: &'static str,
    pub no_groups: &'static str,
    pub deleted: &'static str,
    pub nothing_to_undo: &'static str,
    pub nothing_to_redo: &'static str,
    pub edited_mark: &'static str,
    pub more_text: &'static str,
    pub recovered: &'static str,
    pub acknowledge: &'static str,
    pub group_added: &'static str,
    pub start_title: &'static str,
    pub start_new: &'static str,
    pub start_no_sessions: &'static str,
    pub start_title_prompt: &'static str,
    pub start_groups_prompt: &'static str,
    pub start_groups_typed: &'static str,
    pub start_groups_typed_hint: &'static str,
    pub start_groups_count: &'static str,
    pub start_keys: &'static str,
    pub start_keys_title: &'static str,
    pub start_keys_groups: &'static str,
    pub start_keys_typed: &'static str,
    pub start_error: &'static str,
    pub start_other_agenda: &'static str,
    pub start_agenda_prompt: &'static str,
    pub start_agenda_typed: &'static str,
    pub start_agenda_path: &'static str,
    pub start_no_agendas: &'static str,
    pub start_keys_agendas: &'static str,
    pub export_title: &'static str,
    pub export_hint: &'static str,
    pub export_failed: &'static str,
    pub details_title: &'static str,
    pub details_hint: &'static str,
    pub details_saved: &'static str,
    pub field_title: &'static str,
    pub field_place: &'static str,
    pub field_subtitle: &'static str,
    pub field_date: &'static str,
    pub bad_date: &'static str,
    pub field_moderator: &'static str,
    pub field_note_takers: &'static str,
    pub pick_group_title: &'static str,
    pub pick_group_hint: &'static str,
    pub no_match: &'static str,
    pub groups_title: &'static str,
    pub groups_hint: &'static str,
    pub groups_rename_hint: &'static str,
    pub groups_merge_hint: &'static str,
    pub groups_merged: &'static str,
    pub group_has_contributions: &'static str,
    pub marked_present: &'static str,
    pub marked_absent: &'static str,
    pub line_cut: &'static str,
    pub clock_started: &'static str,
    pub clock_stopped: &'static str,
    pub of: &'static str,
    pub min: &'static str,
}

pub static SV: Strings = Strings {
    agenda: "Dagordning",
    contributions: "Bidrag",
    no_contributions_yet: "Inga bidrag ännu. Skriv nedan och tryck Enter.",
    prompts: "Följdfrågor",
    capture_hint: "Skriv vad gruppen säger …",
    editing: "redigerar",
    saved: "✓ sparat",
    not_saved: "EJ SPARAT",
    not_saved_yet: "inget ändrat ännu",
    item_time: "Punkt",
    projected_end: "beräknat slut",
    help_title: "Tangenter",
    help_close: "Esc eller F1 stänger",
    add_group_title: "Lägg till grupp",
    add_group_hint: "Gruppens namn, Enter lägger till, Esc avbryter",
    group_exists: "Gruppen finns redan",
    no_groups: "inga grupper",
    deleted: "Bidraget togs bort — Ctrl+Z ångrar",
    nothing_to_undo: "Inget att ångra",
    nothing_to_redo: "Inget att göra om",
    edited_mark: "ändrad",
    more_text: "… F3 visar hela texten",
    recovered: "Återställt efter avbrott",
    acknowledge: "Esc kvitterar",
    group_added: "Grupp tillagd",
    start_title: "samtal — välj session",
    start_new: "＋ Ny session",
    start_no_sessions: "Inga tidigare sessioner",
    start_title_prompt: "Sessionens titel",
    start_groups_prompt: "Välj grupper",
    start_groups_typed: "Skriv egna grupper …",
    start_groups_typed_hint: "Gruppnamn åtskilda med kommatecken",
    start_groups_count: "grupper",
    start_keys: "↑↓ välj · Enter öppna · Ctrl+Q avsluta",
    start_keys_title: "Enter fortsätt · Esc tillbaka",
    start_keys_groups: "↑↓ välj · Enter starta · Esc tillbaka",
    start_keys_typed: "Enter starta · Esc tillbaka",
    start_error: "Kunde inte öppna",
    start_other_agenda: "＋ Ny session på en annan dagordning …",
    start_agenda_prompt: "Välj dagordning",
    start_agenda_typed: "Skriv en sökväg …",
    start_agenda_path: "Sökväg till dagordningen (JSON)",
    start_no_agendas: "Inga dagordningar i datamappens mapp agendas/",
    start_keys_agendas: "↑↓ välj · Enter fortsätt · Esc tillbaka",
    export_title: "Exportera minnesanteckningar",
    export_hint: "↑↓ eller 1–5 välj · Enter exportera · Esc stäng",
    export_failed: "Exporten misslyckades",
    details_title: "Uppgifter för minnesanteckningarna",
    details_hint: "Tab/↑↓ byt fält · Enter spara · Esc avbryt",
    details_saved: "Uppgifterna sparades",
    field_title: "Titel",
    field_place: "Plats",
    field_subtitle: "Undertitel",
    field_date: "Datum (ÅÅÅÅ-MM-DD)",
    bad_date: "Datumet skrivs ÅÅÅÅ-MM-DD, t.ex. 2015-11-20",
    field_moderator: "Samtalsledare",
    field_note_takers: "Antecknare (en per rad)",
    pick_group_title: "Välj grupp",
    pick_group_hint: "Skriv för att söka · ↑↓ välj · Enter välj · Esc avbryt",
    no_match: "Ingen grupp matchar",
    groups_title: "Grupper",
    groups_hint: "Enter byt namn · mellanslag närvaro · + slå ihop · Delete ta bort · Esc stäng",
    groups_rename_hint: "Nytt namn, Enter sparar, Esc avbryter",
    groups_merge_hint: "Slå ihop med: ↑↓ välj · Enter slå ihop · Esc avbryt",
    groups_merged: "Grupperna slogs ihop — Ctrl+Z ångrar",
    group_has_contributions: "Gruppen har bidrag: slå ihop den med en annan (+) i stället",
    marked_present: "närvarande",
    marked_absent: "frånvarande",
    line_cut: "Texten kortades till 10 000 tecken; så här många sparades inte:",
    clock_started: "Klockan går",
    clock_stopped: "Klockan står — F6 startar den",
    of: "av",
    min: "min",
};

pub static EN: Strings = Strings {
    agenda: "Agenda",
    contributions: "Contributions",
    no_contributions_yet: "No contributions yet. Type below and press Enter.",
    prompts: "Prompts",
    capture_hint: "Type what the group says …",
    editing: "editing",
    saved: "✓ saved",
    not_saved: "NOT SAVED",
    not_saved_yet: "nothing changed yet",
    item_time: "Item",
    projected_end: "projected end",
    help_title: "Keys",
    help_close: "Esc or F1 closes",
    add_group_title: "Add a group",
    add_group_hint: "The group's name, Enter adds, Esc cancels",
    group_exists: "That group already exists",
    no_groups: "no groups",
    deleted: "Contribution deleted — Ctrl+Z undoes",
    nothing_to_undo: "Nothing to undo",
    nothing_to_redo: "Nothing to redo",
    edited_mark: "edited",
    more_text: "… F3 shows the whole text",
    recovered: "Recovered after an interruption",
    acknowledge: "Esc to acknowledge",
    group_added: "Group added",
    start_title: "samtal — choose a session",
    start_new: "＋ New session",
    start_no_sessions: "No earlier sessions",
    start_title_prompt: "Title of the session",
    start_groups_prompt: "Choose the groups",
    start_groups_typed: "Type your own groups …",
    start_groups_typed_hint: "Group names separated by commas",
    start_groups_count: "groups",
    start_keys: "↑↓ choose · Enter open · Ctrl+Q quit",
    start_keys_title: "Enter continue · Esc back",
    start_keys_groups: "↑↓ choose · Enter start · Esc back",
    start_keys_typed: "Enter start · Esc back",
    start_error: "Could not open",
    start_other_agenda: "＋ New session on another agenda …",
    start_agenda_prompt: "Choose the agenda",
    start_agenda_typed: "Type a path …",
    start_agenda_path: "Path of the agenda file (JSON)",
    start_no_agendas: "No agendas in the data dir's agendas/ folder",
    start_keys_agendas: "↑↓ choose · Enter continue · Esc back",
    export_title: "Export the minutes",
    export_hint: "↑↓ or 1–5 choose · Enter export · Esc close",
    export_failed: "The export failed",
    details_title: "Details for the minutes",
    details_hint: "Tab/↑↓ change field · Enter save · Esc cancel",
    details_saved: "The details were saved",
    field_title: "Title",
    field_place: "Place",
    field_subtitle: "Subtitle",
    field_date: "Date (YYYY-MM-DD)",
    bad_date: "Write the date as YYYY-MM-DD, e.g. 2015-11-20",
    field_moderator: "Moderator",
    field_note_takers: "Note-takers (one per line)",
    pick_group_title: "Choose a group",
    pick_group_hint: "Type to search · ↑↓ move · Enter choose · Esc cancel",
    no_match: "No group matches",
    groups_title: "Groups",
    groups_hint: "Enter rename · Space presence · + merge · Delete remove · Esc close",
    groups_rename_hint: "New name, Enter saves, Esc cancels",
    groups_merge_hint: "Merge into: ↑↓ choose · Enter merge · Esc cancel",
    groups_merged: "The groups were merged — Ctrl+Z undoes",
    group_has_contributions: "The group has contributions: merge it into another (+) instead",
    marked_present: "present",
    marked_absent: "absent",
    line_cut: "The text was cut to 10,000 characters; characters not saved:",
    clock_started: "The clock runs",
    clock_stopped: "The clock stands — F6 starts it",
    of: "of",
    min: "min",
};

/// "20 november 2015" / "20 November 2015".
pub fn long_date(date: chrono::NaiveDate, lang: Lang) -> String {
    use chrono::Datelike;
    const SV_MONTHS: [&str; 12] = [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ];
    const EN_MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let months = match lang {
        Lang::Sv => &SV_MONTHS,
        Lang::En => &EN_MONTHS,
    };
    let month = months.get(date.month0() as usize).copied().unwrap_or("");
    format!("{} {} {}", date.day(), month, date.year())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swedish_locales_give_swedish() {
        assert_eq!(Lang::from_locale(Some("sv_SE.UTF-8")), Lang::Sv);
        assert_eq!(Lang::from_locale(Some("en_GB.UTF-8")), Lang::En);
        assert_eq!(Lang::from_locale(Some("C")), Lang::En);
        assert_eq!(Lang::from_locale(None), Lang::En);
    }

    #[test]
    fn dates_read_the_swedish_way() {
        let date = chrono::NaiveDate::from_ymd_opt(2015, 11, 20).unwrap();
        assert_eq!(long_date(date, Lang::Sv), "20 november 2015");
        assert_eq!(long_date(date, Lang::En), "20 November 2015");
    }
}
