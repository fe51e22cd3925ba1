//! One agenda item in the minutes: its contributions in sections, and its actions.

use super::action_line::ActionLine;
use super::document::{ItemMinutes, Section};
use super::options::{Options, Order};
use super::sections::group_sections;
use crate::agenda::AgendaItem;
use crate::i18n::{Labels, Lang};
use crate::session::{Contribution, Kind, Session, Timestamp};

/// The actions among an item's contributions, with their owners and due dates.
pub fn action_lines<'a>(
    session: &'a Session,
    item: &'a AgendaItem,
    by_time: &[&'a Contribution],
    lang: Lang,
) -> Vec<ActionLine<'a>> {
    let actions = by_time.iter().filter(|c| c.kind == Kind::Action);
    actions
        .map(|c| {
            let assignment = session.annotations.assignment(c.id);
            ActionLine {
                group: session.group_name(c.group),
                item_number: session.item_number(&item.id),
                item_title: item.title.get(lang),
                contribution: c,
                owner: assignment
                    .map(|a| a.owner.as_str())
                    .filter(|o| !o.is_empty()),
                due: assignment.and_then(|a| a.due),
            }
        })
        .collect()
}

/// An item's minutes; `by_time` are its contributions in time order, and the time
/// on it counts to `clock_end`.
pub fn item_minutes<'a>(
    session: &'a Session,
    options: &Options,
    item: &'a AgendaItem,
    by_time: Vec<&'a Contribution>,
    clock_end: Timestamp,
) -> ItemMinutes<'a> {
    let lang = options.lang;
    let notes = session.annotations.notes(&item.id);
    // Anonymous minutes have no group headings: one list, in time order.
    let by_group = options.order == Order::Group && !options.anonymous;
    let count = by_time.len();
    let sections = if by_group {
        group_sections(session, &by_time)
    } else if by_time.is_empty() {
        Vec::new()
    } else {
        vec![Section {
            heading: None,
            contributions: by_time,
        }]
    };
    ItemMinutes {
        number: session.item_number(&item.id),
        id: &item.id,
        title: item.title.get(lang),
        text: item.text.get(lang),
        summary: notes.map_or("", |n| n.summary.as_str()),
        decisions: notes.map_or(&[], |n| n.decisions.as_slice()),
        planned_minutes: item.timebox_minutes,
        used_minutes: crate::session::whole_minutes(session.seconds_on(&item.id, clock_end)),
        count,
        contributions: sections
            .iter()
            .flat_map(|s| s.contributions.iter().copied())
            .collect(),
        sections,
        expects_contributions: item.kind != crate::agenda::ItemKind::Break,
    }
}

impl<'a> ItemMinutes<'a> {
    /// The item's summary and each decision, with the kind of row they make in a
    /// table (CSV, the workbook's summaries sheet).
    pub fn summary_rows(&self, l: &Labels) -> Vec<(&'static str, &'a str)> {
        let summary = self.summary.trim();
        let mut out = Vec::new();
        if !summary.is_empty() {
            out.push((l.summary_row, summary));
        }
        for decision in self.decisions {
            out.push((l.decision_row, decision.as_str()));
        }
        out
    }
}
