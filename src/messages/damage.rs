//! What a read of `events/` skipped, said in the interface language: how many, and
//! the first few by file, line and reason. Never more than `NAMED` are named, so a
//! folder full of damaged lines (or hostile names) cannot flood the screen.

use super::fill;
use crate::i18n::{DamageText, Lang};
use crate::store::Damage;
use crate::store::openat::MAX_FILE_BYTES;
use crate::store::segments::{FileKind, Problem, Unreadable};
use crate::text::{display_safe, truncate};

/// Problems named one by one; the rest are counted.
pub const NAMED: usize = 3;

/// A file name is cut to this many columns (names come from other writers' folders).
const NAME_COLUMNS: usize = 48;

/// "3 unreadable in events/: a.jsonl line 3: checksum mismatch; …; and 1 more";
/// None when nothing was skipped.
pub fn problems_summary(lang: Lang, problems: &[Problem]) -> Option<String> {
    if problems.is_empty() {
        return None;
    }
    let t = lang.damage();
    let named: Vec<String> = problems.iter().take(NAMED).map(|p| one(t, p)).collect();
    let mut list = named.join("; ");
    let rest = problems.len().saturating_sub(NAMED);
    if rest > 0 {
        list.push_str(&fill(t.more, &[&rest]));
    }
    Some(fill(t.summary, &[&problems.len(), &list]))
}

/// What `store::load` skipped, in the interface language (a version 1 journal's
/// summary as its replay wrote it).
pub fn damage_summary(lang: Lang, damage: &Damage) -> String {
    match damage {
        Damage::Segments(problems) => problems_summary(lang, problems).unwrap_or_default(),
        Damage::Journal(summary) => display_safe(summary).into_owned(),
    }
}

fn one(t: &DamageText, problem: &Problem) -> String {
    let safe = display_safe(&problem.file);
    let file = truncate(&safe, NAME_COLUMNS).into_owned();
    let place = match problem.line {
        Some(line) => fill(t.at_line, &[&file, &line]),
        None => file,
    };
    format!("{place}: {}", reason(t, problem.reason))
}

/// Why one line or file was skipped.
pub fn reason(t: &DamageText, reason: Unreadable) -> String {
    match reason {
        Unreadable::NoChecksum => t.no_checksum.to_string(),
        Unreadable::UnreadableChecksum => t.unreadable_checksum.to_string(),
        Unreadable::ChecksumMismatch => t.checksum_mismatch.to_string(),
        Unreadable::NotAnEvent => t.not_an_event.to_string(),
        Unreadable::OutOfRange => t.out_of_range.to_string(),
        Unreadable::Implausible => t.implausible.to_string(),
        Unreadable::StampBeyondYears => fill(t.stamp_beyond, &[crate::session::YEARS.end()]),
        Unreadable::NotAFile(kind) => fill(t.not_a_file, &[&kind_word(t, kind)]),
        Unreadable::TooLarge { mib } => {
            fill(t.too_large, &[&mib, &(MAX_FILE_BYTES / (1024 * 1024))])
        }
    }
}

fn kind_word(t: &DamageText, kind: FileKind) -> &'static str {
    match kind {
        FileKind::Link => t.link,
        FileKind::Folder => t.folder,
        FileKind::Device => t.device,
        FileKind::Pipe => t.pipe,
        FileKind::Socket => t.socket,
        FileKind::Other => t.other_kind,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(file: &str, line: Option<usize>, reason: Unreadable) -> Problem {
        Problem {
            file: file.to_string(),
            writer: None,
            line,
            reason,
        }
    }

    #[test]
    fn refused_files_are_said_in_both_languages_and_only_the_first_few_named() {
        let problems = [
            problem("a.jsonl", None, Unreadable::TooLarge { mib: 300 }),
            problem("b.jsonl", None, Unreadable::NotAFile(FileKind::Pipe)),
            problem("c.jsonl", Some(7), Unreadable::StampBeyondYears),
            problem("d.jsonl", Some(1), Unreadable::NotAnEvent),
            problem("e.jsonl", Some(2), Unreadable::NoChecksum),
        ];
        assert_eq!(
            problems_summary(Lang::Sv, &problems).unwrap(),
            "5 oläsliga i events/: a.jsonl: filen är 300 MiB, mer än de 256 MiB samtal \
             läser; b.jsonl: en namngiven pipe, ingen vanlig fil; c.jsonl rad 7: tidsstämpeln ligger efter år 9999; och 2 till"
        );
        assert_eq!(
            problems_summary(Lang::En, &problems).unwrap(),
            "5 unreadable in events/: a.jsonl: the file is 300 MiB, more than the 256 MiB \
             samtal reads; b.jsonl: a named pipe, not a regular file; c.jsonl line 7: a stamp beyond the year 9999; and 2 more"
        );
        assert_eq!(problems_summary(Lang::Sv, &[]), None);
    }
}
