//! `samtal add`: commit contributions without the app, for scripts and imports.
//! Each one is durable before `saved <id>` is printed.

use super::CliError;
use super::annotate::{Extras, unknown_item};
use super::sessions::{report_recovery, resolve};
use crate::session::{Event, Kind};
use crate::store::Store;
use crate::tui::app::{now, short_reason};
use std::io::{BufRead, Write};
use std::path::Path;

pub fn add(
    data_dir: &Path,
    session_arg: &str,
    item: Option<String>,
    group: Option<String>,
    kind: Option<String>,
    text: Option<String>,
    extras: Extras,
) -> Result<(), CliError> {
    let kind = match kind {
        None => Kind::Comment,
        Some(name) => Kind::parse(&name).ok_or_else(|| {
            CliError::bad_input(format!(
                "unknown kind '{name}': use synpunkt|comment, förslag|proposal, fråga|question or åtgärd|action"
            ))
        })?,
    };
    extras.check(kind)?;
    let dir = resolve(data_dir, session_arg)?;
    let (mut store, mut session, recovery) = Store::open(&dir)?;
    report_recovery(&recovery);
    let item = item.unwrap_or_else(|| session.current_item.clone());
    if session.agenda.item(&item).is_none() {
        return Err(unknown_item(&session, &item));
    }
    let group = match group.as_deref().map(crate::text::clean) {
        Some(name) if name.is_empty() => {
            return Err(CliError::bad_input("the group name is empty"));
        }
        Some(name) => match session.group_by_name(&name) {
            Some(g) => g.id,
            None => {
                let event = Event::GroupAdded {
                    id: session.next_group_id(),
                    name: name.clone(),
                    at: now(),
                };
                session.apply(&event);
                store
                    .commit(&event, &session)
                    .map_err(|e| CliError::io(format!("not saved: {}", short_reason(&e))))?;
                eprintln!("samtal: added the group '{name}'");
                session.groups.last().map_or(0, |g| g.id)
            }
        },
        None => session.groups.first().map(|g| g.id).ok_or_else(|| {
            CliError::bad_input("the session has no groups yet; give --group NAME")
        })?,
    };

    let mut commit = |text: &str| -> Result<(), CliError> {
        let text = crate::text::clean(text);
        if text.is_empty() {
            return Ok(());
        }
        let id = session.next_contribution_id;
        let at = now();
        let event = Event::ContributionAdded {
            id,
            item: item.clone(),
            group,
            kind,
            text,
            at,
        };
        session.apply(&event);
        // The owner, due date and themes follow as their own events, as in the app.
        let extra = extras.events(&session, id, at);
        for event in std::iter::once(&event).chain(&extra) {
            session.apply(event);
            store
                .commit(event, &session)
                .map_err(|e| CliError::io(format!("not saved: {}", short_reason(&e))))?;
        }
        let mut out = std::io::stdout().lock();
        writeln!(out, "saved {id}").and_then(|()| out.flush())?;
        if store.snapshot_due(&session) {
            store.snapshot(&session)?;
        }
        Ok(())
    };

    match text {
        Some(text) => commit(&text)?,
        None => {
            let stdin = std::io::stdin();
            let mut reader = stdin.lock();
            let mut line = Vec::new();
            loop {
                line.clear();
                if reader.read_until(b'\n', &mut line)? == 0 {
                    break;
                }
                commit(&String::from_utf8_lossy(&line))?;
            }
        }
    }
    Ok(())
}
