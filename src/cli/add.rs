//! `samtal add`: commit contributions without the app, for scripts and imports.
//! Each one is durable before `saved <id>` is printed.

use super::lang::{fill, text};
use super::sessions::{report_recovery, resolve};
use super::stdin_lines::{Encoding, for_each_line, ranges};
use super::{CliError, not_saved};
use crate::session::{Event, GroupId, Kind, Session};
use crate::store::Store;
use crate::text::{MAX_CONTRIBUTION_CHARS, clean_counted};
use crate::tui::app::now;
use std::io::Write;
use std::path::Path;

pub struct AddOptions {
    pub item: Option<String>,
    pub group: Option<String>,
    pub new_group: bool,
    pub kind: Option<String>,
    pub encoding: Option<String>,
}

pub fn add(
    data_dir: &Path,
    session_arg: &str,
    options: AddOptions,
    text_arg: Option<String>,
) -> Result<(), CliError> {
    let dir = resolve(data_dir, session_arg)?;
    let kind = match &options.kind {
        None => Kind::Comment,
        Some(name) => Kind::parse(name)
            .ok_or_else(|| CliError::bad_input(fill(text().unknown_kind, &[name])))?,
    };
    let encoding = Encoding::parse(options.encoding.as_deref())?;
    let (mut store, mut session, recovery) = Store::open(&dir)?;
    report_recovery(&recovery);
    let item = options.item.unwrap_or_else(|| session.current_item.clone());
    if session.agenda.item(&item).is_none() {
        let ids: Vec<&str> = session.agenda.items.iter().map(|i| i.id.as_str()).collect();
        return Err(CliError::bad_input(fill(
            text().no_item,
            &[&item, &ids.join(", ")],
        )));
    }
    let group = choose_group(&mut store, &mut session, options.group, options.new_group)?;

    let mut saved_lines: Vec<usize> = Vec::new();
    let mut commit = |number: usize, line: &str| -> Result<(), CliError> {
        let (text, length) = clean_counted(line);
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
        store.commit(&event, &session).map_err(|e| not_saved(&e))?;
        saved_lines.push(number);
        let mut out = std::io::stdout().lock();
        writeln!(out, "saved {id}").and_then(|()| out.flush())?;
        if length > MAX_CONTRIBUTION_CHARS {
            eprintln!(
                "samtal: {}",
                fill(
                    super::lang::text().line_cut,
                    &[
                        &number,
                        &MAX_CONTRIBUTION_CHARS,
                        &MAX_CONTRIBUTION_CHARS,
                        &(length - MAX_CONTRIBUTION_CHARS)
                    ]
                )
            );
        }
        if store.snapshot_due(&session) {
            store.snapshot(&session)?;
        }
        Ok(())
    };

    let result = match text_arg {
        Some(line) => commit(1, &line),
        None => for_each_line(&mut std::io::stdin().lock(), encoding, |n, line| {
            commit(n, line).map_err(|e| stopped_at(n, e))
        }),
    };
    if let Err(e) = &result
        && let Some(line) = e.line
    {
        let said = if saved_lines.is_empty() {
            fill(text().add_nothing_saved, &[&line])
        } else {
            fill(text().add_stopped, &[&line, &ranges(&saved_lines), &line])
        };
        eprintln!("samtal: {said}");
    }
    result
}

/// Marks an error with the line of standard input it stopped at.
fn stopped_at(line: usize, mut e: CliError) -> CliError {
    e.line = Some(line);
    e
}

/// The group to add to: `--group` matched like the picker, a new group only with
/// `--new-group`, else the first group.
fn choose_group(
    store: &mut Store,
    session: &mut Session,
    name: Option<String>,
    new_group: bool,
) -> Result<GroupId, CliError> {
    let Some(name) = name.as_deref().map(crate::text::clean) else {
        return session
            .groups
            .first()
            .map(|g| g.id)
            .ok_or_else(|| CliError::bad_input(text().no_groups));
    };
    if name.is_empty() {
        return Err(CliError::bad_input(text().empty_group));
    }
    if let Some(g) = session.group_by_name(&name) {
        if g.name != name {
            eprintln!("samtal: {}", fill(text().group_used, &[&g.name, &name]));
        }
        return Ok(g.id);
    }
    // With no groups at all there is nothing a typo could have meant.
    if !new_group && !session.groups.is_empty() {
        let closest: Vec<String> = session
            .closest_groups(&name, 3)
            .iter()
            .map(|n| format!("'{n}'"))
            .collect();
        return Err(CliError::bad_input(fill(
            text().unknown_group,
            &[&name, &closest.join(", ")],
        )));
    }
    let id = session.next_group_id();
    let event = Event::GroupAdded {
        id,
        name: name.clone(),
        at: now(),
    };
    session.apply(&event);
    store.commit(&event, session).map_err(|e| not_saved(&e))?;
    eprintln!("samtal: {}", fill(text().group_added, &[&name]));
    Ok(id)
}
