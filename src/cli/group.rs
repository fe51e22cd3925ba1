//! `samtal group`: correct the group list without the app. Each change is one
//! event, committed like any other; names are matched like the picker.

use super::args::GroupChange;
use super::error::{CliError, save};
use super::lang::{fill, text};
use super::sessions::resolve;
use super::writing::open_checked;
use crate::clock::now;
use crate::session::{Event, Group, Presence, Session};
use crate::text::display_safe;
use std::path::Path;

pub fn group(
    data_dir: &Path,
    session_arg: &str,
    change: Option<GroupChange>,
) -> Result<(), CliError> {
    let dir = resolve(data_dir, session_arg)?;
    let Some(change) = change else {
        let loaded = crate::store::load(&dir)?;
        print_groups(&loaded.session);
        return Ok(());
    };
    let (mut store, mut session, events) =
        open_checked(&dir, |session| events_for(session, change.clone()))?;
    for (event, message) in events {
        save(&mut store, &mut session, &event)?;
        super::error::say(display_safe(&message));
    }
    Ok(())
}

fn print_groups(session: &Session) {
    let words = text().presence_words;
    for g in &session.groups {
        let count = session.contributions_of(g.id).len();
        let mark = match g.presence {
            Presence::Unmarked => "",
            Presence::Present => words[1],
            Presence::Absent => words[2],
        };
        super::error::say(format!("{}\t{count}\t{mark}", display_safe(&g.name)));
    }
}

/// The events a change makes, each with what to say once it is saved.
fn events_for(session: &Session, change: GroupChange) -> Result<Vec<(Event, String)>, CliError> {
    let at = now();
    let t = text();
    Ok(match change {
        GroupChange::Rename { group, new_name } => {
            let g = find(session, &group)?;
            let name = crate::text::clean(&new_name);
            if name.is_empty() {
                return Err(CliError::bad_input(t.empty_group));
            }
            if session
                .group_by_name(&name)
                .is_some_and(|other| other.id != g.id)
            {
                return Err(CliError::bad_input(fill(t.group_name_taken, &[&name])));
            }
            let said = fill(t.group_renamed, &[&g.name, &name]);
            vec![(Event::GroupRenamed { id: g.id, name, at }, said)]
        }
        GroupChange::Merge { group, into } => {
            let (from, into) = (find(session, &group)?, find(session, &into)?);
            if from.id == into.id {
                return Err(CliError::bad_input(t.group_same));
            }
            let moved = session.contributions_of(from.id).len();
            let said = fill(t.groups_merged, &[&from.name, &into.name, &moved]);
            let event = Event::GroupsMerged {
                from: from.id,
                into: into.id,
                at,
            };
            vec![(event, said)]
        }
        GroupChange::Remove { group } => {
            let g = find(session, &group)?;
            let count = session.contributions_of(g.id).len();
            if count > 0 {
                return Err(CliError::bad_input(fill(
                    t.group_has_contributions,
                    &[&g.name, &count, &session.id, &g.name],
                )));
            }
            let said = fill(t.group_removed, &[&g.name]);
            vec![(Event::GroupRemoved { id: g.id, at }, said)]
        }
        GroupChange::Absent { groups } => marks(session, &groups, Presence::Absent)?,
        GroupChange::Present { groups } => marks(session, &groups, Presence::Present)?,
        GroupChange::Unmark { groups } => marks(session, &groups, Presence::Unmarked)?,
    })
}

fn marks(
    session: &Session,
    names: &[String],
    presence: Presence,
) -> Result<Vec<(Event, String)>, CliError> {
    let word = text().presence_words[presence as usize];
    names
        .iter()
        .map(|name| {
            let g = find(session, name)?;
            let said = fill(text().group_marked, &[&g.name, &word]);
            let event = Event::GroupPresenceSet {
                id: g.id,
                presence,
                at: now(),
            };
            Ok((event, said))
        })
        .collect()
}

/// A group by name, matched like the picker; an unknown name is refused with the
/// closest ones.
fn find<'a>(session: &'a Session, name: &str) -> Result<&'a Group, CliError> {
    session.group_by_name(name).ok_or_else(|| {
        CliError::bad_input(fill(
            text().no_such_group,
            &[&name, &closest_groups(session, name)],
        ))
    })
}

/// The three group names closest to `name`, quoted, for a refusal to suggest.
pub fn closest_groups(session: &Session, name: &str) -> String {
    let closest: Vec<String> = session
        .closest_groups(name, 3)
        .iter()
        .map(|n| format!("'{n}'"))
        .collect();
    closest.join(", ")
}
