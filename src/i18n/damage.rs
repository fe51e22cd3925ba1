//! The words for what a read of `events/` skipped: damaged lines and files that are
//! not samtal's to read. Used by the app's notice and by the command line's notes.

use super::Lang;

pub struct DamageText {
    /// The app's notice: "{head}: {summary}".
    pub notice: &'static str,
    /// `samtal open` before the app starts, with the summary.
    pub open_note: &'static str,
    /// `samtal export` of a version 2 session, with the summary.
    pub export_note: &'static str,
    /// "{count} … : {the first few}".
    pub summary: &'static str,
    /// A line of a file: file, line number.
    pub at_line: &'static str,
    /// The ones not named: "; and 4 more".
    pub more: &'static str,
    pub no_checksum: &'static str,
    pub unreadable_checksum: &'static str,
    pub checksum_mismatch: &'static str,
    pub not_an_event: &'static str,
    pub out_of_range: &'static str,
    pub implausible: &'static str,
    /// The last year a time may have.
    pub stamp_beyond: &'static str,
    /// A name that is not a regular file: what it is.
    pub not_a_file: &'static str,
    pub link: &'static str,
    pub folder: &'static str,
    pub device: &'static str,
    pub pipe: &'static str,
    pub socket: &'static str,
    pub other_kind: &'static str,
    /// The file's size and the most samtal reads, in MiB.
    pub too_large: &'static str,
}

pub static SV: DamageText = DamageText {
    notice: "Skadade rader hoppades över",
    open_note: "sessionen har rader eller filer som inte kan läsas ({}); de hoppades över och filerna lämnades orörda",
    export_note: "sessionen har rader eller filer som inte kan läsas ({}); alla hela rader, före och efter dem, exporterades och filerna lämnades orörda",
    summary: "{} oläsliga i events/: {}",
    at_line: "{} rad {}",
    more: "; och {} till",
    no_checksum: "kontrollsumma saknas",
    unreadable_checksum: "oläslig kontrollsumma",
    checksum_mismatch: "kontrollsumman stämmer inte",
    not_an_event: "ingen händelse som går att läsa",
    out_of_range: "ett tal utanför sitt intervall",
    implausible: "en omöjlig tid eller klocka",
    stamp_beyond: "tidsstämpeln ligger efter år {}",
    not_a_file: "{}, ingen vanlig fil",
    link: "en symbolisk länk",
    folder: "en mapp",
    device: "en enhetsfil",
    pipe: "en namngiven pipe",
    socket: "en socket",
    other_kind: "inte en fil",
    too_large: "filen är {} MiB, mer än de {} MiB samtal läser",
};

pub static EN: DamageText = DamageText {
    notice: "Damaged lines skipped",
    open_note: "the session has lines or files that cannot be read ({}); they were skipped and the files left untouched",
    export_note: "the session has lines or files that cannot be read ({}); every good line, before and after them, was exported and the files left untouched",
    summary: "{} unreadable in events/: {}",
    at_line: "{} line {}",
    more: "; and {} more",
    no_checksum: "no checksum",
    unreadable_checksum: "unreadable checksum",
    checksum_mismatch: "checksum mismatch",
    not_an_event: "not a readable event",
    out_of_range: "a number out of range",
    implausible: "an impossible time or clock",
    stamp_beyond: "a stamp beyond the year {}",
    not_a_file: "{}, not a regular file",
    link: "a symbolic link",
    folder: "a folder",
    device: "a device",
    pipe: "a named pipe",
    socket: "a socket",
    other_kind: "not a file",
    too_large: "the file is {} MiB, more than the {} MiB samtal reads",
};

pub fn damage_text(lang: Lang) -> &'static DamageText {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}
