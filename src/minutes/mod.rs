//! Session → minutes (minnesanteckningar), in Markdown, HTML, DOCX, CSV and JSON.
//! Pure and deterministic: the same session gives byte-identical files.

mod annotated;
mod blocks;
mod counts;
mod csv;
mod docx;
mod docx_parts;
mod error;
mod heading;
mod html;
mod items;
mod markdown;
mod markdown_escape;
pub mod notes;
mod options;
mod schedule;
mod sections;
mod tables;
mod walk;
mod xlsx;
mod xlsx_cells;
mod xlsx_sheets;

use crate::i18n::{Labels, labels};
use crate::i18n::{Lang, long_date};
use crate::session::{Attendance, Contribution, Session, Timestamp};
pub use annotated::{Priority, Theme};
pub use blocks::{Block, blocks};
pub use counts::CountTable;
use counts::count_table;
pub use error::MinutesError;
use heading::{span, title_in};
pub use options::{Options, Order, parse_delimiter};
use sections::group_sections;

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

/// The whole session in the exported `format`. `stamp` adds a "generated at" line.
pub fn render(
    session: &Session,
    format: Format,
    lang: Lang,
    stamp: Option<Timestamp>,
) -> Result<Vec<u8>, MinutesError> {
    let options = Options {
        stamp,
        ..Options::new(lang)
    };
    render_with(session, format, &options)
}

/// The whole session in the exported `format`, as `options` ask.
pub fn render_with(
    session: &Session,
    format: Format,
    options: &Options,
) -> Result<Vec<u8>, MinutesError> {
    // Who was there is the session's, not the theme's: a group that spoke only of
    // other themes was present all the same.
    let attendance = session.attendance();
    let prepared = annotated::prepare(session, options);
    let session = prepared.as_ref();
    let minutes = Minutes::with_attendance(session, options, attendance);
    match format {
        Format::Markdown => Ok(markdown::render(&minutes).into_bytes()),
        Format::Html => Ok(html::render(&minutes).into_bytes()),
        Format::Csv => Ok(csv::render(&minutes)),
        Format::Xlsx => xlsx::render(&minutes),
        Format::Docx => docx::render(&minutes),
        // The session as data: every time stamp and id, whatever the options.
        Format::Json => notes::json(session, options.seq, options.notes),
    }
}

/// Everything the minutes say, in order, prepared once for every format.
pub struct Minutes<'a> {
    pub session: &'a Session,
    pub lang: Lang,
    pub labels: &'static Labels,
    pub options: &'a Options,
    pub title: &'a str,
    pub subtitle: &'a str,
    pub date: String,
    /// "13:00–14:41", from the first agenda step to the last stop of the clock.
    pub span: Option<String>,
    /// Groups that contributed or were marked present (`Session::attendance`).
    pub groups: Vec<&'a str>,
    /// Groups marked absent that did not contribute.
    pub absent: Vec<&'a str>,
    pub items: Vec<ItemMinutes<'a>>,
    /// Sorted by due date, undated last.
    pub actions: Vec<ActionLine<'a>>,
    pub priorities: Vec<Priority<'a>>,
    pub themes: Vec<Theme<'a>>,
    pub table: CountTable,
    pub stamp: Option<String>,
}

pub struct ItemMinutes<'a> {
    pub number: usize,
    pub id: &'a str,
    pub title: &'a str,
    pub text: &'a str,
    /// What the item came to, written by the note-taker.
    pub summary: &'a str,
    pub decisions: &'a [String],
    pub planned_minutes: u32,
    pub used_minutes: i64,
    /// Under a heading per group, or (in time order) one list without a heading.
    pub sections: Vec<Section<'a>>,
    /// Every contribution of the item, in the order the options ask for.
    pub contributions: Vec<&'a Contribution>,
    pub count: usize,
    /// False for a break: no "no contributions" line under it.
    pub expects_contributions: bool,
}

pub struct Section<'a> {
    pub heading: Option<&'a str>,
    pub contributions: Vec<&'a Contribution>,
}

pub struct ActionLine<'a> {
    pub group: &'a str,
    pub item_number: usize,
    pub item_title: &'a str,
    pub contribution: &'a Contribution,
    /// A group or a person; never a group in anonymous minutes.
    pub owner: Option<&'a str>,
    pub due: Option<chrono::NaiveDate>,
}

/// "14:32": the one time style used everywhere in the minutes.
pub fn hm(at: &Timestamp) -> String {
    at.format("%H:%M").to_string()
}

impl<'a> Minutes<'a> {
    pub fn new(session: &'a Session, options: &'a Options) -> Minutes<'a> {
        Minutes::with_attendance(session, options, session.attendance())
    }

    /// The minutes of `session` with who was there as `attendance` says (the whole
    /// session's, when `session` is the part one theme sees).
    fn with_attendance(
        session: &'a Session,
        options: &'a Options,
        attendance: Attendance<'a>,
    ) -> Minutes<'a> {
        let lang = options.lang;
        let labels = labels(lang);
        let agenda = &session.agenda;
        // Time on the running item counts to the last recorded change, not to "now":
        // the export of a session must not depend on when it is made.
        let clock_end = session.last_change;
        let mut items = Vec::new();
        let mut actions = Vec::new();
        for item in &agenda.items {
            let mut by_time: Vec<&Contribution> =
                session.contributions_for_item(&item.id).collect();
            by_time.sort_by_key(|c| (c.at, c.id));
            if options.theme.is_some() && by_time.is_empty() {
                continue; // minutes of one theme list only the items that touch it
            }
            actions.extend(items::action_lines(session, item, &by_time, lang));
            items.push(items::item_minutes(
                session, options, item, by_time, clock_end,
            ));
        }
        annotated::sort_actions(&mut actions);
        Minutes {
            session,
            lang,
            labels,
            options,
            title: title_in(session, lang),
            subtitle: session.subtitle(lang),
            date: long_date(session.date(), lang),
            span: span(session),
            groups: attendance.present,
            absent: attendance.absent,
            table: count_table(session, lang),
            items,
            actions,
            priorities: annotated::priorities(session),
            themes: annotated::themes(session, options.theme.as_deref()),
            stamp: options.stamp.map(|at| {
                format!(
                    "{} {} {}",
                    labels.generated,
                    long_date(at.date_naive(), lang),
                    hm(&at)
                )
            }),
        }
    }

    pub fn item_heading(&self, item: &ItemMinutes) -> String {
        format!("{}. {}", item.number, item.title)
    }

    /// "planerat 8 min · använt 9 min", "planerat 8 min, omplanerat till 6 min · …",
    /// "planerat 8 min · hoppades över"
    pub fn item_timing(&self, item: &ItemMinutes) -> String {
        let l = self.labels;
        let planned = schedule::planned_text(l, self.session, item.id, item.planned_minutes);
        if self.session.schedule.skipped.contains(item.id) {
            return format!("{planned} · {}", l.skipped);
        }
        format!(
            "{planned} · {} {} {}",
            l.used, item.used_minutes, l.minutes_short
        )
    }

    /// "14:32", or "2015-11-21 09:10" for a time on another day than the session's.
    pub fn when(&self, at: &Timestamp) -> String {
        if at.date_naive() == self.session.created_at.date_naive() {
            hm(at)
        } else {
            at.format("%Y-%m-%d %H:%M").to_string()
        }
    }

    /// "13:05 · synpunkt" plus " · ändrad 14:02" when edited; in time order the
    /// group comes after the time; without times only the kind (and group) remain.
    pub fn contribution_meta(&self, c: &Contribution) -> String {
        let mut parts = Vec::new();
        if self.options.times {
            parts.push(self.when(&c.at));
        }
        if self.options.order == Order::Time && !self.options.anonymous {
            parts.push(self.session.group_name(c.group).to_string());
        }
        parts.push(self.lang.kind(c.kind).to_string());
        if let (true, Some(edited)) = (self.options.times, &c.edited_at) {
            parts.push(format!("{} {}", self.labels.edited, self.when(edited)));
        }
        parts.join(" · ")
    }

    /// "Västra Götalandsregionen, punkt 3 (13:21)": where an action item was said.
    pub fn action_source(&self, a: &ActionLine) -> String {
        let mut source = format!(
            "{}, {} {}",
            a.group,
            self.labels.agenda_item.to_lowercase(),
            a.item_number
        );
        if self.options.times {
            source.push_str(&format!(" ({})", self.when(&a.contribution.at)));
        }
        source
    }

    /// The author of a document: the note-takers, who wrote the minutes, else the
    /// moderator; nobody when neither is set.
    pub fn author(&self) -> Option<String> {
        let details = &self.session.details;
        if details.note_takers.is_empty() {
            Some(details.moderator.clone()).filter(|name| !name.is_empty())
        } else {
            Some(details.note_takers.join(", "))
        }
    }

    /// The details lines of the header: (label, value), only those that are set.
    pub fn details(&self) -> Vec<(&'static str, String)> {
        let l = self.labels;
        let d = &self.session.details;
        let mut out = vec![(l.date, self.date.clone())];
        if let Some(span) = &self.span {
            out.push((l.time, span.clone()));
        }
        if !d.place.is_empty() {
            out.push((l.place, d.place.clone()));
        }
        if !d.moderator.is_empty() {
            out.push((l.moderator, d.moderator.clone()));
        }
        if !d.note_takers.is_empty() {
            // "Lind, Per; Öberg, Åsa": a comma inside a name must not split it.
            let separator = if d.note_takers.iter().any(|n| n.contains(',')) {
                "; "
            } else {
                ", "
            };
            out.push((l.note_takers, d.note_takers.join(separator)));
        }
        // Only what is known: a group that neither spoke nor was marked is not claimed.
        // Anonymous minutes name no group at all.
        if !self.groups.is_empty() && !self.options.anonymous {
            out.push((l.groups_present, self.groups.join(", ")));
        }
        if !self.absent.is_empty() && !self.options.anonymous {
            out.push((l.groups_absent, self.absent.join(", ")));
        }
        if let Some(theme) = &self.options.theme {
            out.push((l.theme, theme.clone()));
        }
        out
    }
}
