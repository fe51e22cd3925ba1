//! The command line, as clap definitions.

use clap::{Parser, Subcommand};
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
        In the app: type what a group says and press Enter. Tab changes the group, Ctrl+K (F2) \
        the kind, PageDown/PageUp the agenda item, ↑/↓ select a contribution to edit (Enter) or \
        delete (Delete), Ctrl+Z/Ctrl+Y undo/redo, Ctrl+G adds a group, F7 writes the item's summary and decisions, F8 enters a dot vote, \
        F9 sets a contribution's themes and an action's owner and due date, F1 shows every key, \
        Ctrl+Q quits.",
    after_help = "Exit codes: 0 ok, 1 input/output error, 2 bad input (agenda, session file, name), \
        3 the session is open in another copy of samtal."
)]
pub struct Cli {
    /// Where sessions are kept [default: ~/.local/share/samtal]
    #[arg(long, global = true, env = "SAMTAL_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// Language: sv or en. For the app [default: from LC_ALL/LANG, Swedish for sv_*];
    /// for `export`, the language of the minutes [default: the session's]
    #[arg(long, global = true, value_parser = parse_lang, value_name = "sv|en")]
    pub lang: Option<crate::i18n::Lang>,

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
        /// Only create the session and print its id and folder
        #[arg(long)]
        no_tui: bool,
    },
    /// Resume a session where it was left
    Open {
        /// Session id (see `samtal list`) or the session's folder
        session: String,
    },
    /// List sessions, most recent first
    List {
        /// Print JSON instead of a table
        #[arg(long)]
        json: bool,
    },
    /// Commit one contribution, or one per line of standard input
    ///
    /// Prints `saved <id>` after each contribution is durable (fsync'd). Refused while
    /// another copy of samtal has the session open.
    Add {
        /// Session id or folder
        session: String,
        /// Agenda item id [default: the session's current item]
        #[arg(long, value_name = "ITEM_ID")]
        item: Option<String>,
        /// Group name; a name the session does not have yet is added [default: the first group]
        #[arg(long, value_name = "NAME")]
        group: Option<String>,
        /// synpunkt|comment, förslag|proposal, fråga|question, åtgärd|action [default: comment]
        #[arg(long, value_name = "KIND")]
        kind: Option<String>,
        /// The contribution; without it, each line of standard input is one
        text: Option<String>,
        /// Who does the action (a group or a person); with --kind action
        #[arg(long, value_name = "NAME")]
        owner: Option<String>,
        /// When the action is due, as YYYY-MM-DD; with --kind action
        #[arg(long, value_parser = super::annotate::parse_due, value_name = "YYYY-MM-DD")]
        due: Option<chrono::NaiveDate>,
        /// A theme of the contribution, e.g. ESF (repeat for each)
        #[arg(long = "tag", value_name = "NAME")]
        tags: Vec<String>,
    },
    /// Set the dots a proposal got in a vote (0 removes the vote)
    ///
    /// Voting again replaces the count. The contribution id is the one `add` printed.
    #[command(allow_negative_numbers = true)]
    Vote {
        /// Session id or folder
        session: String,
        /// The proposal's contribution id
        contribution: u64,
        /// The number of dots (0 or more)
        dots: i64,
    },
    /// Write the minutes (minnesanteckningar) of a session
    ///
    /// Default: Markdown into the session folder as minnesanteckningar.md (minutes.md in
    /// English). Works while the session is open in the app: it only reads.
    Export {
        /// Session id or folder
        session: String,
        /// md, html, docx, csv, xlsx or json
        #[arg(long, short, default_value = "md", value_name = "FORMAT")]
        format: String,
        /// Write here instead; `-` for standard output
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Add a "generated at" line (otherwise the same session always gives the same bytes)
        #[arg(long)]
        stamp: bool,
        /// Within an item: by group, or by time (in the order things were said)
        #[arg(long, default_value = "group", value_parser = parse_order, value_name = "group|time")]
        order: crate::minutes::Order,
        /// Leave out the times of contributions and the "edited" marks
        #[arg(long)]
        no_times: bool,
        /// CSV field separator: ';', ',' or tab [default: ';' in Swedish, ',' in English]
        #[arg(long, value_parser = parse_delimiter, value_name = "CHAR")]
        delimiter: Option<char>,
        /// No group names anywhere, no item × group table: for a public summary
        #[arg(long)]
        anonymous: bool,
        /// Minutes of the contributions with this theme only (see `add --tag`)
        #[arg(long, value_name = "NAME")]
        theme: Option<String>,
    },
    /// Set the session's details for the minutes: title, place, moderator, note-takers;
    /// and with --item, that item's summary and decisions
    Set {
        /// Session id or folder
        session: String,
        #[arg(long)]
        title: Option<String>,
        #[arg(long)]
        place: Option<String>,
        #[arg(long)]
        moderator: Option<String>,
        /// A note-taker (repeat for each); replaces the list
        #[arg(long = "note-taker", value_name = "NAME")]
        note_takers: Vec<String>,
        /// The agenda item whose summary and decisions to set
        #[arg(long, value_name = "ITEM_ID")]
        item: Option<String>,
        /// The item's summary (Sammanfattning); replaces it, "" removes it
        #[arg(long, requires = "item", value_name = "TEXT")]
        summary: Option<String>,
        /// A decision or conclusion (repeat for each); added after the item's others
        #[arg(long = "decision", requires = "item", value_name = "TEXT")]
        decisions: Vec<String>,
        /// Remove the item's decisions first
        #[arg(long, requires = "item")]
        clear_decisions: bool,
    },
    /// Work with agenda files
    Agenda {
        #[command(subcommand)]
        command: AgendaCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum AgendaCommand {
    /// Check an agenda file and say what is wrong with it, if anything
    Check { file: PathBuf },
    /// Print the built-in agenda as JSON (a starting point for your own)
    Show,
}
