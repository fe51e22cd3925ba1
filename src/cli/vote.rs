//! `samtal vote`: the dots a proposal got, entered after the room voted.

use super::lang::{current, fill, text};
use super::sessions::resolve;
use super::writing::open_checked;
use super::{CliError, save};
use crate::clock::now;
use crate::session::annotations::DotsSet;
use crate::session::{Event, EventId, Kind};
use std::path::Path;

pub fn vote(
    data_dir: &Path,
    session_arg: &str,
    contribution: EventId,
    dots: i64,
) -> Result<(), CliError> {
    let dots = u32::try_from(dots)
        .map_err(|_| CliError::bad_input(fill(text().vote_negative, &[&dots])))?;
    let dir = resolve(data_dir, session_arg)?;
    let (mut store, mut session, ()) =
        open_checked(&dir, |session| check_proposal(session, contribution))?;
    let event = Event::DotsSet(DotsSet {
        id: contribution,
        dots,
        at: now(),
    });
    save(&mut store, &mut session, &event)?;
    super::error::say(text().set_saved);
    Ok(())
}

/// Only proposals are voted on; anything else, or no such contribution, is refused.
fn check_proposal(session: &crate::session::Session, id: EventId) -> Result<(), CliError> {
    let typed = as_typed(id);
    let Some(c) = session.contributions.get(&id) else {
        return Err(CliError::bad_input(fill(text().no_contribution, &[&typed])));
    };
    if c.kind != Kind::Proposal {
        return Err(CliError::bad_input(fill(
            text().not_a_proposal,
            &[&typed, &current().kind(c.kind)],
        )));
    }
    Ok(())
}

/// The id as the user typed it: an older session's number, or the id `add` printed.
fn as_typed(id: EventId) -> String {
    if id.writer == crate::session::WriterId::ORIGIN {
        id.stamp.0.to_string()
    } else {
        id.to_string()
    }
}
