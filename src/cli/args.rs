//! The command line, as clap definitions.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "samtal",
    version,
    about = "Lead a structured group dialogue from the terminal and turn it into minutes",
    long_about = "Lead a structured group dialogue from the terminal and turn it into minutes.\n\n\
        With no command, samtal opens a start screen: resume a recent session or start a new \
        one on the built-in agenda (Tjänstemannaforum 20 November 2015, \"Integration för \
        tillväxt\"). Every contribution is on disk (fsync'd) before the screen says saved.\n\n\
        In the app: type what a group says and press Enter. Tab changes the group, Ctrl+N \
        chooses the next group not yet heard on the item (the line above the capture box \
        names them), Ctrl+K (F2) cycles the kind and Alt+1…Alt+4 set it (Alt+0 keeps it \
        after each contribution), Ctrl+←/Ctrl+→ and Ctrl+W/Ctrl+Delete move and delete by \
        word, PageDown/PageUp (Alt+→/Alt+←) the agenda item, ↑/↓ select a contribution to edit (Enter) or \
        delete (Delete), Ctrl+Z/Ctrl+Y undo/redo (the footer names the change; a change not on \
        screen takes a second press; right after Esc, Ctrl+Z brings the cleared line back), \
        Ctrl+G adds a group, F5 renames, merges, removes and marks groups present or absent, \
        F6 starts and stops the item clock, Alt+S writes the item's summary and decisions, \
        Alt+V enters a dot vote, Alt+T sets a contribution's themes and an action's owner and \
        due date, F7 shows the item × group grid, F8 re-plans the rest of the agenda to end \
        on time (with `new --start 13:00`), F1 shows every key, Ctrl+Q quits.\n\n\
        A new session starts the item clock; opening one again leaves it standing until F6. \
        Quitting keeps a half-typed line for the next opening and prints the session's id \
        and the command that exports it on standard error.\n\n\
        Several note-takers can write one session through a shared folder: the footer \
        says how many others wrote and when last, a contribution two of them edited at \
        once is marked (2 versions) and Ctrl+R on it picks one, and --poll follows a \
        network share where change notification does not come.\n\n\
        Messages and errors follow --lang or LANG (Swedish for sv_*); `saved <id>` from \
        `add` is the same in every language.",
    after_help = "Exit codes: 0 ok, 1 input/output error (or no terminal for the app), 2 bad \
        input (agenda, session file, name, group, format, encoding), 3 `merge` into a version 1 \
        session folder that an older samtal has open."
)]
pub struct Cli {
    /// Where sessions are kept [default: $SAMTAL_DATA_DIR if set and not empty, else
    /// ~/.local/share/samtal]
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// Language: sv or en. For the app and every message [default: from LC_ALL/LANG,
    /// Swedish for sv_*]; for `export`, also the language of the minutes [default: the
    /// session's]
    #[arg(long, global = true, value_parser = parse_lang, value_name = "sv|en")]
    pub lang: Option<crate::i18n::Lang>,

    /// In the app, ring the bell and flash the header at this share of each item's
    /// timebox too (1-99), not only when it is used up [default: the agenda's
    /// "warn_percent", if any]
    #[arg(long, global = true, value_name = "PERCENT", value_parser = clap::value_parser!(u8).range(1..100))]
    pub warn: Option<u8>,

    /// In the app, no bell and no header flash when an item's time is up
    #[arg(long, global = true)]
    pub quiet: bool,

    /// In the app and `present`, look at the session folder four times a second for
    /// what other writers saved, instead of waiting for change notification: for
    /// network shares (SMB, NFS) and synced folders where no notification comes
    #[arg(long, global = true)]
    pub poll: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

fn parse_lang(value: &str) -> Result<crate::i18n::Lang, String> {
    crate::i18n::Lang::parse(value)
        .ok_or_else(|| format!("unknown language '{value}' (use sv or en)"))
}

fn parse_order(value: &str) -> Result<crate::minutes::Order, String> {
    crate::minutes::Order::parse(value)
        .ok_or_else(|| format!("unknown order '{value}' (use group or time)"))
}

fn parse_delimiter(value: &str) -> Result<char, String> {
    crate::minutes::parse_delimiter(value)
        .ok_or_else(|| format!("unknown delimiter '{value}' (use ';', ',' or tab)"))
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Start a new session on the first agenda item
    New {
        /// Title of the session [default: the agenda's title]
        #[arg(long)]
        title: Option<String>,
        /// A participating group (repeat for each); without any, the app asks first
        #[arg(long = "group", value_name = "NAME")]
        groups: Vec<String>,
        /// Run another agenda file instead of the built-in one (see docs/agenda-format.md)
        #[arg(long, value_name = "FILE")]
        agenda: Option<PathBuf>,
        /// Planned start of the first item, today ("13:00"); the header then says how
        /// far behind or ahead of schedule the session is, and F8 re-plans the rest
        /// [default: the agenda's "start", if any]
        #[arg(long, value_name = "HH:MM")]
        start: Option<String>,
        /// Only create the session and print its id and folder
        #[arg(long)]
        no_tui: bool,
    },
    /// Resume a session where it was left
    Open {
        /// Session id (see `samtal list`) or the session's folder
        session: String,
    },
    Join(super::join_args::JoinArgs),
    /// List sessions, most recent first
    List {
        /// Print JSON instead of a table
        #[arg(long)]
        json: bool,
    },
    /// Commit one contribution, or one per line of standard input
    ///
    /// Prints `saved <id>` after each contribution is durable (fsync'd), in every
    /// language. A contribution longer than 10000 characters is cut there, and
    /// standard error says so. Standard input must be UTF-8 (or see --encoding): a line
    /// that is not is refused with its number (exit 2) and nothing from it is saved.
    /// If a line cannot be saved, the lines saved so far are named and the exit code
    /// is not 0. Works while the app (or another `add`, here or on a laptop that syncs
    /// the folder) has the session open: each writes events of its own, and the open
    /// app shows the line as soon as it is saved. Reading from a terminal, it first
    /// prints a one-line prompt on standard error; an empty TEXT is an error (exit 2).
    Add(AddArgs),
    /// Set the dots a proposal got in a vote (0 removes the vote)
    ///
    /// Voting again replaces the count. The contribution id is the one `add` printed.
    #[command(allow_negative_numbers = true)]
    Vote {
        /// Session id or folder
        session: String,
        /// The proposal's contribution id
        contribution: String,
        /// The number of dots (0 or more)
        dots: i64,
    },
    /// Correct the group list: rename, merge a typo group into the right one, remove,
    /// mark present or absent. Without a change, lists the groups.
    ///
    /// Each change is one event of the session, saved as its own writer, so it works
    /// while the app has the session open (the app shows it at once; its Ctrl+Z undoes
    /// only what was done in the app). Names are matched like the app's picker. The minutes list as present the groups
    /// that contributed or are marked present, and as absent the groups marked absent.
    Group {
        /// Session id or folder
        session: String,
        #[command(subcommand)]
        change: Option<GroupChange>,
    },
    /// Write the minutes (minnesanteckningar) of a session
    ///
    /// Default: Markdown into the session folder as minnesanteckningar.md (minutes.md in
    /// English). With -o and no --format, the file's extension picks the format: .md,
    /// .html/.htm, .docx, .csv, .xlsx, .json; no extension, `-` and special files (a pipe,
    /// /dev/stdout) mean Markdown; another extension is an error, and so is a --format
    /// that contradicts the extension. Works while the session is open in the app: it
    /// only reads.
    Export(ExportArgs),
    /// Set the session's details for the minutes: title, subtitle, date, place,
    /// moderator, note-takers; and with --item, that item's summary and decisions
    Set(SetArgs),
    /// Show a session on a projector or second screen (Swedish: visa på projektorn)
    ///
    /// A read-only view for the room: the current item, its countdown in big digits
    /// (orange from 20 % left, red and `+2:15` when over, `⏸` when the clock stands),
    /// and the contributions the moderator released (Ctrl+P in the app; F9 blanks;
    /// F12 opens the projector dialog: all contributions, group names, a message, the
    /// agenda). It takes no lock and never writes: run it beside the app, in another
    /// window or on another computer that syncs the folder. It follows the session
    /// within a second, also when the app is closed and opened again. q, Esc or Ctrl+C
    /// leave. Colours follow NO_COLOR. --lang chooses the language on screen.
    ///
    /// På svenska: en skrivskyddad vy för rummet: aktuell punkt, nedräkning med stora
    /// siffror (orange vid 20 % kvar, röd och `+2:15` efter tiden, `⏸` när klockan står)
    /// och de bidrag samtalsledaren visar (Ctrl+P i appen; F9 släcker; F12 öppnar
    /// projektordialogen). Tar inget lås och skriver aldrig; följer sessionen inom en
    /// sekund. q, Esc eller Ctrl+C avslutar.
    Present {
        /// Session id or folder
        session: String,
        /// Dark text on a light background (default: light on black)
        #[arg(long)]
        light: bool,
    },
    /// Show this computer's device id and name, or rename it (Swedish: enhet)
    ///
    /// Every laptop that writes sessions has a device id: 40 random bits, made on first
    /// use and kept in the local state folder ($SAMTAL_STATE_DIR, else
    /// ~/.local/state/samtal), never in the data dir, which may be synced. The name is
    /// the host name until --name gives another. Prints the id, the name and the file
    /// they are kept in.
    ///
    /// På svenska: varje dator som skriver sessioner har ett enhets-id (40 slumpade
    /// bitar, skapat första gången, sparat i den lokala tillståndsmappen, aldrig i
    /// datamappen som kan synkas). Namnet är datorns värdnamn tills --name ger ett annat.
    Device {
        /// A new name for this computer: 1-60 characters, no control characters
        #[arg(long, value_name = "NAME")]
        name: Option<String>,
    },
    /// Bring in another copy of a session folder (a USB stick, an unzipped attachment)
    ///
    /// For each file under FROM/events/: one missing here is copied (written whole, then
    /// renamed into place); one here with the same bytes is left; one here with other
    /// content stays as it is and the other copy's is kept beside it as
    /// `<name>.merge-conflict-<device>-<n>.jsonl` (the events in both are read, each
    /// once). Sync temporary files (`.syncthing.*.tmp`, `~syncthing~*`, names starting
    /// with `.` or `~`, `*.tmp`, `*.part`, `*.partial`) are skipped. header.json is
    /// copied when this folder has none; a version 1 session here is converted first
    /// (header.json written under its lock; session.json and events.jsonl stay).
    /// The folder's .stignore gets the local-only names it lacks, as on opening. On a
    /// laptop that does not have the session yet, INTO may be the copy's own session
    /// id: its folder is then made in the data dir and filled. Nothing is ever
    /// overwritten: running it twice changes nothing. Refused (exit 2)
    /// when FROM is not a version 2 session folder, when the two hold different
    /// sessions (unless --force), and when FROM/events holds a link or a special file;
    /// exit 3 when an older samtal has the version 1 session here open.
    ///
    /// På svenska: hämtar in en annan kopia av en sessionsmapp (ett USB-minne, en
    /// uppackad bilaga). Filer som saknas här kopieras, lika filer lämnas, och en fil
    /// med samma namn men annat innehåll sparas bredvid som konfliktkopia. Inget skrivs
    /// över; att köra det två gånger ändrar inget. Saknar datorn sessionen, ge kopians
    /// sessions-id som INTO så skapas mappen.
    Merge {
        /// The other copy's session folder
        #[arg(value_name = "FROM-FOLDER")]
        from: PathBuf,
        /// This session: its id (see `samtal list`; the copy's id when this laptop
        /// does not have it yet) or its folder
        #[arg(value_name = "INTO-ID|FOLDER")]
        into: String,
        /// Merge even when the two folders hold different sessions
        #[arg(long)]
        force: bool,
    },
    /// Work with agenda files
    Agenda {
        #[command(subcommand)]
        command: AgendaCommand,
    },
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Session id or folder
    pub session: String,
    /// Agenda item id [default: the session's current item]
    #[arg(long, value_name = "ITEM_ID")]
    pub item: Option<String>,
    /// Group name, matched like the app's picker (case, å/ä/ö and spaces do not
    /// matter); an unknown name is refused with the closest ones [default: the
    /// first group]
    #[arg(long, value_name = "NAME")]
    pub group: Option<String>,
    /// Add the --group name as a new group when the session does not have it
    #[arg(long)]
    pub new_group: bool,
    /// synpunkt|comment, förslag|proposal, fråga|question, åtgärd|action [default: comment]
    #[arg(long, value_name = "KIND")]
    pub kind: Option<String>,
    /// Encoding of standard input: utf-8 or windows-1252 (older office tools)
    #[arg(long, value_name = "ENCODING")]
    pub encoding: Option<String>,
    /// The contribution (not empty); without it, each line of standard input is one
    pub text: Option<String>,
    /// Who does the action (a group or a person); with --kind action
    #[arg(long, value_name = "NAME")]
    pub owner: Option<String>,
    /// When the action is due, as YYYY-MM-DD; with --kind action
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub due: Option<String>,
    /// A theme of the contribution, e.g. ESF (repeat for each)
    #[arg(long = "tag", value_name = "NAME")]
    pub tags: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Session id or folder
    pub session: String,
    /// md, html, docx, csv, xlsx or json [default: from the -o extension, else md]
    #[arg(long, short, value_name = "FORMAT")]
    pub format: Option<String>,
    /// Write here instead; `-` for standard output; with --all, a folder
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Write every format at once, into -o DIR [default: the session folder]
    #[arg(long)]
    pub all: bool,
    /// Add a "generated at" line (otherwise the same session always gives the same bytes)
    #[arg(long)]
    pub stamp: bool,
    /// Within an item: by group, or by time (in the order things were said)
    #[arg(long, default_value = "group", value_parser = parse_order, value_name = "group|time")]
    pub order: crate::minutes::Order,
    /// Leave out the times of contributions and the "edited" marks
    #[arg(long)]
    pub no_times: bool,
    /// CSV field separator: ';', ',' or tab [default: ';' in Swedish, ',' in English]
    #[arg(long, value_parser = parse_delimiter, value_name = "CHAR")]
    pub delimiter: Option<char>,
    /// No group names anywhere, no item × group table: for a public summary
    #[arg(long)]
    pub anonymous: bool,
    /// Minutes of the contributions with this theme only (see `add --tag`)
    #[arg(long, value_name = "NAME")]
    pub theme: Option<String>,
    /// Include the moderator's private notes, under each item (left out otherwise)
    #[arg(long)]
    pub with_notes: bool,
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// Session id or folder
    pub session: String,
    /// The session's title (the minutes' heading)
    #[arg(long)]
    pub title: Option<String>,
    /// Where the session was held
    #[arg(long)]
    pub place: Option<String>,
    /// Who led the session (a name, for the minutes)
    #[arg(long)]
    pub moderator: Option<String>,
    /// A note-taker (repeat for each); replaces the list
    #[arg(long = "note-taker", value_name = "NAME")]
    pub note_takers: Vec<String>,
    /// The agenda item whose summary and decisions to set
    #[arg(long, value_name = "ITEM_ID")]
    pub item: Option<String>,
    /// The item's summary (Sammanfattning); replaces it, "" removes it
    #[arg(long, requires = "item", value_name = "TEXT")]
    pub summary: Option<String>,
    /// A decision or conclusion (repeat for each); added after the item's others
    #[arg(long = "decision", requires = "item", value_name = "TEXT")]
    pub decisions: Vec<String>,
    /// Remove the item's decisions first
    #[arg(long, requires = "item")]
    pub clear_decisions: bool,
    /// The minutes' subtitle [default: the agenda's]
    #[arg(long)]
    pub subtitle: Option<String>,
    /// The minutes' date, YYYY-MM-DD [default: the day the session was created]
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    /// The device whose agenda moves and item clock count (as `samtal device` prints
    /// it) [default: the device that created the session]
    #[arg(long, value_name = "DEVICE-HEX")]
    pub moderator_device: Option<String>,
}

#[derive(Debug, Clone, Subcommand)]
pub enum GroupChange {
    /// Give a group a new name; its contributions stay with it
    Rename { group: String, new_name: String },
    /// Move every contribution of GROUP into INTO and take GROUP off the list
    Merge { group: String, into: String },
    /// Take a group with no contributions off the list
    Remove { group: String },
    /// Mark groups absent (listed as absent in the minutes)
    Absent {
        #[arg(required = true)]
        groups: Vec<String>,
    },
    /// Mark groups present (listed as present even without a contribution)
    Present {
        #[arg(required = true)]
        groups: Vec<String>,
    },
    /// Take the present/absent mark away
    Unmark {
        #[arg(required = true)]
        groups: Vec<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum AgendaCommand {
    /// Check an agenda file and say what is wrong with it, if anything
    Check { file: PathBuf },
    /// Print the built-in agenda as JSON (a starting point for your own)
    Show,
}
