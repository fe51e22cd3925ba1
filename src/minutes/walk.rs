//! The one walk through the minutes. Every document format (Markdown, HTML, Word)
//! implements `Writer`, a handful of small primitives; the order of the sections and
//! what goes in them is decided here once, so a new section is added in one place.

use super::{Block, ItemMinutes, Minutes, blocks};
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
    /// The contributions under one heading (or none), each with its meta line.
    fn contributions(&mut self, m: &Minutes, list: &[&Contribution]);
    /// The action items, each with where it was said.
    fn actions(&mut self, m: &Minutes);
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
    overview(m, w);
    w.footer(m);
}

fn item_part(m: &Minutes, item: &ItemMinutes, w: &mut impl Writer) {
    w.open_item(m, item, &blocks(item.text));
    if item.sections.is_empty() {
        w.note(m.labels.no_contributions);
    }
    for section in &item.sections {
        if let Some(group) = section.heading {
            w.heading(group);
        }
        w.contributions(m, &section.contributions);
    }
    w.close_part();
}

/// The closing part: the action items and the count table.
fn overview(m: &Minutes, w: &mut impl Writer) {
    let l = m.labels;
    w.open_part("summary", l.summary);
    w.heading(l.actions);
    if m.actions.is_empty() {
        w.note(l.no_actions);
    } else {
        w.actions(m);
    }
    w.heading(l.per_item_and_group);
    w.count_table(m);
    w.close_part();
}
