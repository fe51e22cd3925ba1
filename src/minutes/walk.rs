//! The one walk through the minutes. Every document format (Markdown, HTML, Word)
//! implements `Writer`, a handful of small primitives; the order of the sections and
//! what goes in them is decided here once, so a new section is added in one place.

use super::blocks::{Block, blocks};
use super::document::{ItemMinutes, Minutes};
use super::notes;
use super::tables::{Table, action_table, priority_table, theme_lines};
use crate::session::Contribution;

/// The primitives a document format writes. The walk calls them in reading order.
pub trait Writer {
    /// Title, subtitle and the details list.
    fn header(&mut self, m: &Minutes);
    /// Opens an agenda item: its heading, the timing line and the agenda's text.
    fn open_item(&mut self, m: &Minutes, item: &ItemMinutes, text: &[Block]);
    /// Opens a part that is not an agenda item (`id` for formats with anchors).
    fn open_part(&mut self, id: &str, heading: &str);
    /// Closes an agenda item or a part.
    fn close_part(&mut self);
    /// A section heading within a part (a group, the action items).
    fn heading(&mut self, text: &str);
    /// A short italic remark such as "No contributions.".
    fn note(&mut self, text: &str);
    /// Text a person wrote, one paragraph per line.
    fn paragraphs(&mut self, text: &str);
    /// A bullet list.
    fn bullets(&mut self, lines: &[String]);
    /// The moderator's private note of an item (`--with-notes`): set apart from the
    /// minutes' own text, one line each.
    fn private_note(&mut self, heading: &str, lines: &[&str]);
    /// The contributions under one heading (or none), each with its meta line.
    fn contributions(&mut self, m: &Minutes, list: &[&Contribution]);
    /// A table with a header row.
    fn table(&mut self, table: &Table);
    /// Contributions per item and group.
    fn count_table(&mut self, m: &Minutes);
    /// The "generated at" line, when asked for, and the end of the document.
    fn footer(&mut self, m: &Minutes);
}

/// Writes the whole minutes through `w`.
pub fn walk(m: &Minutes, w: &mut impl Writer) {
    w.header(m);
    for item in &m.items {
        item_part(m, item, w);
    }
    priorities(m, w);
    themes(m, w);
    overview(m, w);
    w.footer(m);
}

/// An item: what it came to first (summary, decisions), the moderator's private
/// note when asked for, then what was said.
fn item_part(m: &Minutes, item: &ItemMinutes, w: &mut impl Writer) {
    let l = m.labels;
    w.open_item(m, item, &blocks(item.text));
    if !item.summary.trim().is_empty() {
        w.heading(l.summary);
        w.paragraphs(item.summary);
    }
    if !item.decisions.is_empty() {
        w.heading(l.decisions);
        w.bullets(item.decisions);
    }
    if let Some(note) = m.note(item) {
        let lines: Vec<&str> = notes::lines(note).collect();
        w.private_note(notes::label(m.lang), &lines);
    }
    // A break expects no contributions: no "no contributions" line under it.
    if item.sections.is_empty() && item.expects_contributions {
        w.note(l.no_contributions);
    }
    for section in &item.sections {
        if let Some(group) = section.heading {
            w.heading(group);
        }
        w.contributions(m, &section.contributions);
    }
    w.close_part();
}

/// The voted proposals, ranked; left out when nothing was voted on.
fn priorities(m: &Minutes, w: &mut impl Writer) {
    if m.priorities.is_empty() {
        return;
    }
    w.open_part("priorities", m.labels.priorities);
    w.table(&priority_table(m));
    w.close_part();
}

/// Each theme with its contributions across items; left out when nothing is tagged.
fn themes(m: &Minutes, w: &mut impl Writer) {
    if m.themes.is_empty() {
        return;
    }
    w.open_part("themes", m.labels.themes);
    for theme in &m.themes {
        w.heading(theme.name);
        w.bullets(&theme_lines(m, theme));
    }
    w.close_part();
}

/// The closing part: the action items and, unless anonymous, the count table.
fn overview(m: &Minutes, w: &mut impl Writer) {
    let l = m.labels;
    w.open_part("overview", l.overview);
    w.heading(l.actions);
    if m.actions.is_empty() {
        w.note(l.no_actions);
    } else {
        w.table(&action_table(m));
    }
    if !m.options.anonymous {
        w.heading(l.per_item_and_group);
        w.count_table(m);
    }
    w.close_part();
}
