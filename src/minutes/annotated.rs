//! What the minutes add to the log of contributions: the owner and due date of each
//! action, the proposals ranked by dots, the themes across items, and the session as
//! a theme's or an anonymous export sees it.

use super::action_line::ActionLine;
use super::options::Options;
use crate::session::annotations::same_tag;
use crate::session::{Contribution, Kind, Session, fold_name};
use std::borrow::Cow;

/// The session the minutes are made of: only the contributions of `--theme` (without
/// the items' summaries, which speak of every theme), and for `--anonymous` no group
/// names and no group as an action's owner.
pub fn prepare<'a>(session: &'a Session, options: &Options) -> Cow<'a, Session> {
    if options.theme.is_none() && !options.anonymous {
        return Cow::Borrowed(session);
    }
    let mut session = session.clone();
    if let Some(theme) = &options.theme {
        let tags = &session.annotations.tags;
        session.contributions = session
            .contributions
            .iter()
            .filter(|(id, _)| {
                tags.get(id)
                    .is_some_and(|list| list.iter().any(|t| same_tag(t, theme)))
            })
            .map(|(id, c)| (*id, c.clone()))
            .collect();
        session.annotations.item_notes.clear();
        session.rebuild_index();
    }
    if options.anonymous {
        // Folded as `Session::group_by_name` folds: "region vasterbotten" is the group too.
        let groups: Vec<String> = session.groups.iter().map(|g| fold_name(&g.name)).collect();
        for assignment in session.annotations.assignments.values_mut() {
            if groups.contains(&fold_name(&assignment.owner)) {
                assignment.owner.clear();
            }
        }
        session.groups.clear();
    }
    Cow::Owned(session)
}

/// Undated actions last; the rest by due date, and in the order they were said.
pub fn sort_actions(actions: &mut [ActionLine]) {
    actions.sort_by_key(|a| (a.due.is_none(), a.due));
}

/// A proposal and its dots, with its place in the ranking (equal dots, equal place).
pub struct Priority<'a> {
    pub rank: usize,
    pub dots: u32,
    pub item_number: usize,
    pub contribution: &'a Contribution,
}

/// The voted proposals, most dots first; equal dots in the order they were entered.
pub fn priorities(session: &Session) -> Vec<Priority<'_>> {
    let mut voted: Vec<(u32, usize, &Contribution)> = session
        .contributions
        .values()
        .filter(|c| c.kind == Kind::Proposal)
        .filter_map(|c| {
            let dots = session.annotations.dots_of(c.id);
            let number = planned_number(session, c)?;
            (dots > 0).then_some((dots, number, c))
        })
        .collect();
    voted.sort_by_key(|(dots, _, c)| (std::cmp::Reverse(*dots), c.id));
    let mut out: Vec<Priority> = Vec::with_capacity(voted.len());
    for (index, (dots, item_number, contribution)) in voted.into_iter().enumerate() {
        let rank = match out.last() {
            Some(previous) if previous.dots == dots => previous.rank,
            _ => index + 1,
        };
        out.push(Priority {
            rank,
            dots,
            item_number,
            contribution,
        });
    }
    out
}

/// One theme and its contributions, in agenda order and then as they were said.
pub struct Theme<'a> {
    pub name: &'a str,
    pub entries: Vec<(usize, &'a Contribution)>,
}

/// Every theme, or only `only` (the minutes of one theme).
pub fn themes<'a>(session: &'a Session, only: Option<&str>) -> Vec<Theme<'a>> {
    let annotations = &session.annotations;
    annotations
        .all_tags()
        .into_iter()
        .filter(|name| only.is_none_or(|wanted| same_tag(name, wanted)))
        .map(|name| {
            let mut tagged: Vec<(usize, &Contribution)> = session
                .contributions
                .values()
                .filter(|c| annotations.tags_of(c.id).iter().any(|t| same_tag(t, name)))
                .filter_map(|c| Some((session.agenda.position(&c.item)?, c)))
                .collect();
            tagged.sort_by_key(|(position, c)| (*position, c.at, c.id));
            let entries = tagged
                .into_iter()
                .filter_map(|(_, c)| Some((planned_number(session, c)?, c)))
                .collect();
            Theme { name, entries }
        })
        .filter(|theme| !theme.entries.is_empty())
        .collect()
}

/// The number the minutes give the contribution's item (the planned one, kept when
/// the item was moved); none for an item no longer on the agenda.
fn planned_number(session: &Session, c: &Contribution) -> Option<usize> {
    session.agenda.position(&c.item)?;
    Some(session.item_number(&c.item))
}
