//! `samtal vote`: the dots a proposal got, entered after the room voted.

use super::CliError;
use super::sessions::{report_recovery, resolve};
use crate::session::notes::DotsSet;
use crate::session::{Event, Kind};
use crate::store::Store;
use crate::tui::app::{now, short_reason};
use std::path::Path;

pub fn vote(
    data_dir: &Path,
    session_arg: &str,
    contribution: u64,
    dots: i64,
) -> Result<(), CliError> {
    let dots = u32::try_from(dots).map_err(|_| {
        CliError::bad_input(format!(
            "{dots} dots: a vote is 0 dots or more (0 removes the vote)"
        ))
    })?;
    let dir = resolve(data_dir, session_arg)?;
    let (mut store, mut session, recovery) = Store::open(&dir)?;
    report_recovery(&recovery);
    let Some(c) = session.contributions.get(&contribution) else {
        return Err(CliError::bad_input(format!(
            "no contribution {contribution} in this session (the id is the one `add` printed)"
        )));
    };
    if c.kind != Kind::Proposal {
        return Err(CliError::bad_input(format!(
            "contribution {contribution} is a {}: only proposals (förslag) are voted on",
            c.kind.label(crate::i18n::Lang::En)
        )));
    }
    let event = Event::DotsSet(DotsSet {
        id: contribution,
        dots,
        at: now(),
    });
    session.apply(&event);
    store
        .commit(&event, &session)
        .map_err(|e| CliError::io(format!("not saved: {}", short_reason(&e))))?;
    println!("saved");
    Ok(())
}
