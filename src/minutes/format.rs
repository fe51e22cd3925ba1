//! The file formats the minutes come in, and their names on the command line and
//! on disk.

use crate::i18n::{Lang, labels};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Html,
    Docx,
    Csv,
    Xlsx,
    Json,
}

impl Format {
    pub const ALL: [Format; 6] = [
        Format::Markdown,
        Format::Html,
        Format::Docx,
        Format::Csv,
        Format::Xlsx,
        Format::Json,
    ];

    pub fn parse(name: &str) -> Option<Format> {
        match name.trim().to_ascii_lowercase().as_str() {
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" => Some(Format::Html),
            "docx" | "word" => Some(Format::Docx),
            "csv" => Some(Format::Csv),
            "xlsx" | "excel" => Some(Format::Xlsx),
            "json" => Some(Format::Json),
            _ => None,
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Docx => "docx",
            Format::Csv => "csv",
            Format::Xlsx => "xlsx",
            Format::Json => "json",
        }
    }

    /// The default file name in the session folder: `minnesanteckningar.md` /
    /// `minutes.md`.
    pub fn file_name(self, lang: Lang) -> String {
        format!("{}.{}", labels(lang).file_stem, self.extension())
    }
}
