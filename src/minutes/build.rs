//! Building the minutes from a session: item by item, with the actions, the
//! priorities and the themes.

use super::counts::count_table;
use super::document::{Minutes, hm};
use super::heading::{span, title_in};
use super::options::Options;
use super::{annotated, items};
use crate::i18n::{labels, long_date};
use crate::session::{Attendance, Contribution, Session};

impl<'a> Minutes<'a> {
    pub fn new(session: &'a Session, options: &'a Options) -> Minutes<'a> {
        Minutes::with_attendance(session, options, session.attendance())
    }

    /// The minutes of `session` with who was there as `attendance` says (the whole
    /// session's, when `session` is the part one theme sees).
    pub(super) fn with_attendance(
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
}
