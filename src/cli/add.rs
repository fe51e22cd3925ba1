//! `samtal add`: commit contributions without the app, for scripts and imports.
//! Each one is durable before `saved <id>` is printed.

use super::CliError;
use super::sessions::{report_recovery, resolve};
use crate::i18n::Lang;
use crate::session::Session;
use crate::session::{Event, Kind};
use crate::store::{Store, load};
use crate::tui::app::{now, short_reason};
use crate::tui::words::words;
use std::io::{BufRead, IsTerminal, Write};
use std::path::Path;

pub fn add(
    data_dir: &Path,
    lang: Lang,
    session_arg: &str,
    item: Option<String>,
    group: Option<String>,
    kind: Option<String>,
    text: Option<String>,
) -> Result<(), CliError> {
    let kind = match kind {
        None => Kind::Comment,
        Some(name) => Kind::parse(&name).ok_or_else(|| {
            CliError::bad_input(format!(
                "unknown kind '{name}': use synpunkt|comment, förslag|proposal, fråga|question or åtgärd|action"
            ))
        })?,
    };
    // An empty text is a mistake (a shell variable that was empty), not "read stdin".
    if text
        .as_deref()
        .is_some_and(|t| crate::text::clean(t).is_empty())
    {
        return Err(CliError::bad_input(words(lang).add_empty));
    }
    let dir = resolve(data_dir, session_arg)?;
    // Input is checked against a read-only copy first: a command refused for bad
    // input changes no file (not even the repair of a damaged journal).
    let item = check_input(&load(&dir)?.session, item, group.as_deref())?;
    let (mut store, mut session, recovery) = Store::open(&dir)?;
    report_recovery(&recovery);
    let group = match group.as_deref().map(crate::text::clean) {
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
                super::note(&format!("added the group '{name}'"));
                session.groups.last().map_or(0, |g| g.id)
            }
        },
        None => session.groups.first().map_or(0, |g| g.id),
    };

    let mut commit = |text: &str| -> Result<(), CliError> {
        let text = crate::text::clean(text);
        if text.is_empty() {
            return Ok(());
        }
        let id = session.next_contribution_id;
        let event = Event::ContributionAdded {
            id,
            item: item.clone(),
            group,
            kind,
            text,
            at: now(),
        };
        session.apply(&event);
        store
            .commit(&event, &session)
            .map_err(|e| CliError::io(format!("not saved: {}", short_reason(&e))))?;
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
            // Someone at a terminal would otherwise look at a silent cursor.
            if stdin.is_terminal() {
                eprintln!("{}", words(lang).add_prompt);
            }
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

/// The agenda item to add to; refuses an unknown item, an empty group name and a
/// session without groups when no group is named.
fn check_input(
    session: &Session,
    item: Option<String>,
    group: Option<&str>,
) -> Result<String, CliError> {
    let item = item.unwrap_or_else(|| session.current_item.clone());
    if session.agenda.item(&item).is_none() {
        let ids: Vec<&str> = session.agenda.items.iter().map(|i| i.id.as_str()).collect();
        return Err(CliError::bad_input(format!(
            "no agenda item '{item}' in this session; items: {}",
            ids.join(", ")
        )));
    }
    match group.map(crate::text::clean) {
        Some(name) if name.is_empty() => Err(CliError::bad_input("the group name is empty")),
        None if session.groups.is_empty() => Err(CliError::bad_input(
            "the session has no groups yet; give --group NAME",
        )),
        _ => Ok(item),
    }
}
