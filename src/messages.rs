//! The command line's own words, in Swedish and English, and the app's once the terminal
//! is given back (the rescue copy); `cli::lang` is this module. Like `i18n::Strings`,
//! the struct has no defaults, so a message missing in one language does not compile.
//! Templates take their values in order at each `{}` (see `fill`).

use crate::i18n::Lang;
use crate::store::StoreError;
use std::sync::OnceLock;

static CLI_LANG: OnceLock<Lang> = OnceLock::new();

/// Sets the language of every message of this run (once, at the start).
pub fn set(lang: Lang) {
    let _ = CLI_LANG.set(lang);
}

/// The language of the command line's messages: the one set, else the locale's.
pub fn current() -> Lang {
    *CLI_LANG.get_or_init(|| Lang::detect(None))
}

pub fn text() -> &'static CliText {
    text_in(current())
}

pub fn text_in(lang: Lang) -> &'static CliText {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

/// `template` with each `{}` replaced by the next value.
pub fn fill(template: &str, values: &[&dyn std::fmt::Display]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut values = values.iter();
    let mut rest = template;
    while let Some(at) = rest.find("{}") {
        out.push_str(&rest[..at]);
        if let Some(value) = values.next() {
            out.push_str(&value.to_string());
        }
        rest = &rest[at + 2..];
    }
    out.push_str(rest);
    out
}

pub struct CliText {
    pub usage: &'static str,
    pub no_home: &'static str,
    pub data_dir_is_file: &'static str,
    pub bad_agenda: &'static str,
    pub no_session: &'static str,
    pub not_a_session: &'static str,
    pub no_session_file: &'static str,
    pub session_file_is_dir: &'static str,
    pub cannot_create: &'static str,
    pub cannot_create_session: &'static str,
    pub journal_moved_aside: &'static str,
    pub journal_damaged_export: &'static str,
    pub needs_terminal: &'static str,
    pub unknown_kind: &'static str,
    /// `new --start` that is not a time of day.
    pub bad_start: &'static str,
    pub no_item: &'static str,
    pub empty_group: &'static str,
    pub no_groups: &'static str,
    pub group_added: &'static str,
    pub group_used: &'static str,
    pub unknown_group: &'static str,
    pub no_such_group: &'static str,
    pub not_saved: &'static str,
    pub add_stopped: &'static str,
    pub add_nothing_saved: &'static str,
    pub line_cut: &'static str,
    pub add_prompt: &'static str,
    pub delimiter_csv_only: &'static str,
    pub add_empty: &'static str,
    pub not_utf8: &'static str,
    pub unknown_encoding: &'static str,
    pub unknown_format: &'static str,
    pub unknown_extension: &'static str,
    pub format_contradicts: &'static str,
    pub all_with_format: &'static str,
    pub not_a_folder: &'static str,
    pub cannot_write: &'static str,
    pub title_empty: &'static str,
    pub nothing_to_set: &'static str,
    pub bad_date: &'static str,
    pub set_saved: &'static str,
    pub agenda_ok: &'static str,
    pub list_empty: &'static str,
    pub list_skipped: &'static str,
    pub list_headings: [&'static str; 5],
    pub locked: &'static str,
    pub locked_by: &'static str,
    pub corrupt: &'static str,
    pub already_exists: &'static str,
    pub group_renamed: &'static str,
    pub groups_merged: &'static str,
    pub group_removed: &'static str,
    pub group_marked: &'static str,
    pub group_has_contributions: &'static str,
    pub group_same: &'static str,
    pub group_name_taken: &'static str,
    pub or: &'static str,
    pub presence_words: [&'static str; 3],
    pub disk_full: &'static str,
    pub permission_denied: &'static str,
    pub not_found: &'static str,
    pub read_only: &'static str,
    pub is_a_folder: &'static str,
    pub quota: &'static str,
    pub rescued: &'static str,
    pub not_rescued: &'static str,
    pub bad_due: &'static str,
    pub owner_for_actions: &'static str,
    pub unknown_theme: &'static str,
    pub no_themes_yet: &'static str,
    pub vote_negative: &'static str,
    pub no_contribution: &'static str,
    pub not_a_proposal: &'static str,
}

pub static SV: CliText = CliText {
    usage: "kommandoraden kunde inte läsas (se samtal --help); så här säger tolken:",
    no_home: "ingen hemmapp att spara sessioner i; ange --data-dir MAPP",
    data_dir_is_file: "datamappen {} (från {}) är en fil, inte en mapp",
    bad_agenda: "felaktig dagordning {}",
    no_session: "ingen session '{}' i {} (se samtal list)",
    not_a_session: "'{}' är varken en sessionsmapp för samtal (ingen {}) eller ett sessions-id (se samtal list)",
    no_session_file: "{} saknas: mappen är ingen session (eller så har filen tagits bort)",
    session_file_is_dir: "{} är en mapp, inte en sessionsfil",
    cannot_create: "kan inte skapa {}: {}",
    cannot_create_session: "kan inte skapa en session i {}: {}",
    journal_moved_aside: "journalen slutade i en skadad post ({}); den sparades i {}",
    journal_damaged_export: "journalen slutar i en skadad post ({}); allt före den exporterades",
    needs_terminal: "samtal behöver en terminal för appen; för skript finns `samtal add`",
    bad_start: "--start '{}' är ingen klocktid: skriv till exempel 13:00",
    unknown_kind: "okänd typ '{}': använd synpunkt|comment, förslag|proposal, fråga|question eller åtgärd|action",
    no_item: "ingen dagordningspunkt '{}' i sessionen; punkter: {}",
    empty_group: "gruppnamnet är tomt",
    no_groups: "sessionen har inga grupper än; ange --group NAMN",
    group_added: "lade till gruppen '{}'",
    group_used: "använder gruppen '{}' för '{}'",
    unknown_group: "ingen grupp '{}' i sessionen; närmast: {} (--new-group lägger till den)",
    no_such_group: "ingen grupp '{}' i sessionen; närmast: {}",
    not_saved: "inte sparat: {}",
    add_stopped: "stoppade vid rad {}: sparat från rad {}; rad {} och resten sparades inte",
    add_nothing_saved: "stoppade vid rad {}: inget sparades",
    delimiter_csv_only: "--delimiter gäller bara CSV (--format csv eller -o FIL.csv)",
    add_prompt: "samtal add: ett bidrag per rad, avsluta med Ctrl+D",
    add_empty: "bidraget är tomt: skriv en text, eller utelämna den för att läsa rader från standard input",
    line_cut: "rad {}: kortades till {} tecken (gränsen är {}); {} tecken sparades inte",
    not_utf8: "rad {} är inte UTF-8; inget från den raden sparades (för filer från äldre kontorsprogram: --encoding windows-1252)",
    unknown_encoding: "okänd teckenkodning '{}': använd utf-8 eller windows-1252",
    unknown_format: "okänt format '{}': använd {}",
    unknown_extension: "filändelsen '.{}' säger inte vilket format: använd {}, eller ange --format",
    format_contradicts: "--format {} stämmer inte med filnamnet {} (som betyder {})",
    all_with_format: "--all skriver alla format; ange inte --format samtidigt",
    not_a_folder: "{} är ingen mapp (med --all är -o en mapp)",
    cannot_write: "kan inte skriva {}: {}",
    title_empty: "titeln kan inte vara tom",
    nothing_to_set: "inget att ändra: ange --title, --subtitle, --date, --place, --moderator eller --note-taker, eller --item med --summary, --decision eller --clear-decisions",
    bad_date: "datumet '{}' skrivs ÅÅÅÅ-MM-DD, t.ex. 2015-11-20",
    set_saved: "sparat",
    agenda_ok: "{}: ok — {} punkter, {} minuter",
    list_empty: "Inga sessioner än i {}. Starta en med `samtal new`.",
    list_skipped: "hoppade över {}: {}",
    list_headings: ["ID", "TITEL", "DATUM", "BIDRAG", "SENAST ÄNDRAD"],
    locked: "{} är öppen i en annan kopia av samtal; stäng den där först",
    locked_by: "{} är öppen i en annan kopia av samtal (process {}); stäng den där först",
    corrupt: "{}: kan inte läsas som en samtal-session ({}); filen lämnades orörd",
    already_exists: "{} innehåller redan en session",
    group_renamed: "gruppen '{}' heter nu '{}'",
    groups_merged: "'{}' slogs ihop med '{}': {} bidrag flyttades",
    group_removed: "gruppen '{}' togs bort",
    group_marked: "gruppen '{}' är markerad som {}",
    group_has_contributions: "gruppen '{}' har {} bidrag; slå ihop den med en annan grupp i stället (samtal group {} merge '{}' MÅL)",
    group_same: "en grupp kan inte slås ihop med sig själv",
    group_name_taken: "det finns redan en grupp som heter '{}'",
    or: "eller",
    presence_words: ["omarkerad", "närvarande", "frånvarande"],
    disk_full: "disken är full",
    permission_denied: "åtkomst nekad",
    not_found: "finns inte",
    read_only: "skrivskyddat filsystem",
    is_a_folder: "är en mapp",
    quota: "diskkvoten är slut",
    rescued: "sessionen kunde inte sparas i {} ({}); allt finns i {} (kopiera den dit som session.json när disken fungerar)",
    not_rescued: "sessionen kunde inte sparas i {} ({}), inte heller en kopia i {} ({})",
    bad_due: "'{}' är inget datum: ange ett riktigt datum som ÅÅÅÅ-MM-DD, t.ex. 2016-02-01",
    owner_for_actions: "--owner och --due gäller åtgärder: ange --kind åtgärd (action)",
    unknown_theme: "inget tema '{}' i sessionen; teman: {}",
    no_themes_yet: "inga än (add --tag NAMN)",
    vote_negative: "{} prickar: en röst är 0 prickar eller fler (0 tar bort rösten)",
    no_contribution: "inget bidrag {} i sessionen (id:t är det som `add` skrev ut)",
    not_a_proposal: "bidrag {} är en {}: bara förslag prioriteras",
};

pub static EN: CliText = CliText {
    usage: "the command line could not be read (see samtal --help); the parser says:",
    no_home: "no home folder to keep sessions in; give --data-dir DIR",
    data_dir_is_file: "the data dir {} (from {}) is a file, not a folder",
    bad_agenda: "bad agenda {}",
    no_session: "no session '{}' in {} (see samtal list)",
    not_a_session: "'{}' is not a samtal session folder (no {}) and not a session id (see samtal list)",
    no_session_file: "{} is missing: the folder is not a session (or the file was removed)",
    session_file_is_dir: "{} is a folder, not a session file",
    cannot_create: "cannot create {}: {}",
    cannot_create_session: "cannot create a session in {}: {}",
    journal_moved_aside: "the journal ended in a damaged record ({}); it was kept in {}",
    journal_damaged_export: "the journal ends in a damaged record ({}); exported everything before it",
    needs_terminal: "samtal needs a terminal for the app; `samtal add` is for scripts",
    bad_start: "--start '{}' is not a time of day: write for example 13:00",
    unknown_kind: "unknown kind '{}': use synpunkt|comment, förslag|proposal, fråga|question or åtgärd|action",
    no_item: "no agenda item '{}' in this session; items: {}",
    empty_group: "the group name is empty",
    no_groups: "the session has no groups yet; give --group NAME",
    group_added: "added the group '{}'",
    group_used: "using the group '{}' for '{}'",
    unknown_group: "no group '{}' in this session; closest: {} (--new-group adds it)",
    no_such_group: "no group '{}' in this session; closest: {}",
    not_saved: "not saved: {}",
    add_stopped: "stopped at line {}: saved from line {}; line {} and the rest were not saved",
    add_nothing_saved: "stopped at line {}: nothing was saved",
    delimiter_csv_only: "--delimiter is for CSV only (--format csv or -o FILE.csv)",
    add_prompt: "samtal add: one contribution per line, end with Ctrl+D",
    add_empty: "the contribution is empty: give a text, or leave it out to read lines from standard input",
    line_cut: "line {}: cut to {} characters (the limit is {}); {} characters were not saved",
    not_utf8: "line {} is not UTF-8; nothing from that line was saved (for files from older office tools: --encoding windows-1252)",
    unknown_encoding: "unknown encoding '{}': use utf-8 or windows-1252",
    unknown_format: "unknown format '{}': use {}",
    unknown_extension: "the extension '.{}' does not say which format: use {}, or give --format",
    format_contradicts: "--format {} contradicts the file name {} (which means {})",
    all_with_format: "--all writes every format; do not give --format with it",
    not_a_folder: "{} is not a folder (with --all, -o is a folder)",
    cannot_write: "cannot write {}: {}",
    title_empty: "the title cannot be empty",
    nothing_to_set: "nothing to set: give --title, --subtitle, --date, --place, --moderator or --note-taker, or --item with --summary, --decision or --clear-decisions",
    bad_date: "write the date '{}' as YYYY-MM-DD, e.g. 2015-11-20",
    set_saved: "saved",
    agenda_ok: "{}: ok — {} items, {} minutes",
    list_empty: "No sessions yet in {}. Start one with `samtal new`.",
    list_skipped: "skipped {}: {}",
    list_headings: ["ID", "TITLE", "DATE", "CONTRIBUTIONS", "LAST CHANGE"],
    locked: "{} is open in another copy of samtal; close it there first",
    locked_by: "{} is open in another copy of samtal (process {}); close it there first",
    corrupt: "{}: cannot be read as a samtal session ({}); the file was left untouched",
    already_exists: "{} already holds a session",
    group_renamed: "the group '{}' is now called '{}'",
    groups_merged: "'{}' merged into '{}': {} contributions moved",
    group_removed: "removed the group '{}'",
    group_marked: "the group '{}' is marked {}",
    group_has_contributions: "the group '{}' has {} contributions; merge it into another group instead (samtal group {} merge '{}' TARGET)",
    group_same: "a group cannot be merged into itself",
    group_name_taken: "there already is a group called '{}'",
    or: "or",
    presence_words: ["unmarked", "present", "absent"],
    disk_full: "the disk is full",
    permission_denied: "permission denied",
    not_found: "not found",
    read_only: "read-only file system",
    is_a_folder: "is a folder",
    quota: "disk quota exceeded",
    rescued: "the session could not be saved in {} ({}); everything is in {} (copy it there as session.json once the disk works)",
    not_rescued: "the session could not be saved in {} ({}), nor a copy in {} ({})",
    bad_due: "'{}' is not a date: give a real date as YYYY-MM-DD, e.g. 2016-02-01",
    owner_for_actions: "--owner and --due are for actions: add --kind action (åtgärd)",
    unknown_theme: "no theme '{}' in this session; themes: {}",
    no_themes_yet: "none yet (add --tag NAME)",
    vote_negative: "{} dots: a vote is 0 dots or more (0 removes the vote)",
    no_contribution: "no contribution {} in this session (the id is the one `add` printed)",
    not_a_proposal: "contribution {} is a {}: only proposals (förslag) are voted on",
};

/// An OS error in the interface language, with the original in brackets
/// ("disken är full (No space left on device (os error 28))"). English keeps the
/// original alone.
pub fn os_error(lang: Lang, error: &std::io::Error) -> String {
    let t = match lang {
        Lang::Sv => &SV,
        Lang::En => return error.to_string(),
    };
    let said = match error.raw_os_error() {
        Some(libc::ENOSPC) => Some(t.disk_full),
        Some(libc::EACCES | libc::EPERM) => Some(t.permission_denied),
        Some(libc::ENOENT) => Some(t.not_found),
        Some(libc::EROFS) => Some(t.read_only),
        Some(libc::EISDIR) => Some(t.is_a_folder),
        Some(libc::EDQUOT) => Some(t.quota),
        _ => match error.kind() {
            std::io::ErrorKind::NotFound => Some(t.not_found),
            std::io::ErrorKind::PermissionDenied => Some(t.permission_denied),
            std::io::ErrorKind::StorageFull => Some(t.disk_full),
            std::io::ErrorKind::IsADirectory => Some(t.is_a_folder),
            _ => None,
        },
    };
    match said {
        Some(said) => format!("{said} ({error})"),
        None => error.to_string(),
    }
}

/// A store error in the interface language, naming the file.
pub fn store_error(lang: Lang, error: &StoreError) -> String {
    let t = match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    };
    match error {
        StoreError::Io { path, source } => {
            format!("{}: {}", path.display(), os_error(lang, source))
        }
        StoreError::Corrupt { path, reason } => fill(t.corrupt, &[&path.display(), reason]),
        StoreError::Locked {
            dir,
            pid: Some(pid),
        } => fill(t.locked_by, &[&dir.display(), pid]),
        StoreError::Locked { dir, pid: None } => fill(t.locked, &[&dir.display()]),
        StoreError::NotFound { what } => what.clone(),
    }
}

/// The short reason shown in the footer's red NOT SAVED state.
/// In the interface language ("disken är full (No space left on device …)").
pub fn short_reason(lang: Lang, error: &StoreError) -> String {
    match error {
        StoreError::Io { source, .. } => os_error(lang, source),
        other => store_error(lang, other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_take_their_values_in_order() {
        assert_eq!(fill("{} och {}", &[&1, &"två"]), "1 och två");
        assert_eq!(fill("inget", &[]), "inget");
    }

    #[test]
    fn a_full_disk_is_said_in_swedish_with_the_original() {
        let e = std::io::Error::from_raw_os_error(libc::ENOSPC);
        let sv = os_error(Lang::Sv, &e);
        assert!(sv.starts_with("disken är full ("), "{sv}");
        assert!(sv.contains("os error 28"), "{sv}");
        let denied = std::io::Error::from_raw_os_error(libc::EACCES);
        assert!(os_error(Lang::Sv, &denied).starts_with("åtkomst nekad ("));
        assert_eq!(os_error(Lang::En, &e), e.to_string());
    }

    #[test]
    fn the_apps_footer_says_a_full_disk_in_the_interface_language() {
        let error = StoreError::Io {
            path: "/data/sessions/x/events.jsonl".into(),
            source: std::io::Error::from_raw_os_error(libc::ENOSPC),
        };
        let sv = short_reason(Lang::Sv, &error);
        assert!(
            sv.starts_with("disken är full (No space left on device"),
            "{sv}"
        );
        let en = short_reason(Lang::En, &error);
        assert!(en.starts_with("No space left on device"), "{en}");
    }

    #[test]
    fn not_saved_names_the_file_and_the_reason() {
        let error = StoreError::Io {
            path: "/data/sessions/x/events.jsonl".into(),
            source: std::io::Error::from_raw_os_error(libc::EACCES),
        };
        let sv = store_error(Lang::Sv, &error);
        assert!(
            sv.starts_with("/data/sessions/x/events.jsonl: åtkomst nekad ("),
            "{sv}"
        );
        let en = store_error(Lang::En, &error);
        assert!(
            en.contains("/data/sessions/x/events.jsonl: Permission denied"),
            "{en}"
        );
    }
}
