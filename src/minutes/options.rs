//! What the reader of the minutes may choose: language, order within an item,
//! whether times show, the CSV delimiter, and the "generated at" line.

use crate::i18n::Lang;
use crate::session::Timestamp;

/// How the contributions of one agenda item are listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Order {
    /// Group by group (in the session's order of groups), each group's in time order.
    #[default]
    Group,
    /// In the order they were said, whatever the group; each line names its group.
    Time,
}

impl Order {
    pub fn parse(name: &str) -> Option<Order> {
        match name.trim().to_ascii_lowercase().as_str() {
            "group" | "grupp" => Some(Order::Group),
            "time" | "tid" => Some(Order::Time),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub lang: Lang,
    /// Adds a "generated at" line; without it the same session gives the same bytes.
    pub stamp: Option<Timestamp>,
    pub order: Order,
    /// Times of contributions and their "edited" marks; off for minutes that should
    /// say what was said, not when.
    pub times: bool,
    /// The CSV field separator; `None` is the language's: `;` in Swedish, where Excel
    /// expects it, `,` in English.
    pub delimiter: Option<char>,
    /// No group names anywhere, for a public summary.
    pub anonymous: bool,
    /// Minutes of this theme only.
    pub theme: Option<String>,
    /// The moderator's private notes under each item (`--with-notes`); off by default.
    pub notes: bool,
    /// The last journal record the session includes: the JSON minutes carry it, as
    /// `session.json` does. The other formats do not look at it.
    pub seq: u64,
}

impl Options {
    pub fn new(lang: Lang) -> Options {
        Options {
            lang,
            stamp: None,
            order: Order::Group,
            times: true,
            delimiter: None,
            anonymous: false,
            theme: None,
            notes: false,
            seq: 0,
        }
    }

    pub fn csv_delimiter(&self) -> char {
        self.delimiter.unwrap_or(match self.lang {
            Lang::Sv => ';',
            Lang::En => ',',
        })
    }
}

/// `--delimiter`: one of `;` `,` or a tab (`tab` or `\t`).
pub fn parse_delimiter(value: &str) -> Option<char> {
    match value {
        ";" | "semicolon" => Some(';'),
        "," | "comma" => Some(','),
        "\t" | "\\t" | "tab" => Some('\t'),
        _ => None,
    }
}
