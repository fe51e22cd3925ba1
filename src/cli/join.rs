//! `samtal join`: a note-taker opens a session at a table. The name (`--as`) is
//! recorded in the session as `NoteTakerNamed` under this computer's writer; the
//! group (`--group`) is chosen like `add --group` and pinned in the app; the app
//! follows the moderator and never moves the room (`tui/own_view.rs`).

use super::add::{GroupChoice, choose_group, pick_group};
use super::error::{CliError, note, save, say};
use super::join_args::JoinArgs;
use super::lang::{current, fill};
use super::sessions::{open_as_note_taker, report_recovery, require_terminal, resolve};
use crate::clock::now;
use crate::i18n::Lang;
use crate::session::{Event, GroupId, Session, fold_name};
use crate::store::header::HEADER_FILE;
use crate::store::{Store, device, load, paths};
use std::path::{Path, PathBuf};

pub fn join(data_dir: &Path, lang: Lang, args: JoinArgs) -> Result<(), CliError> {
    let dir = find(data_dir, &args.session)?;
    let name = match &args.name {
        Some(name) => Some(device::validate_name(name).map_err(|_| bad_name())?),
        None => name_of_this_device(data_dir),
    };
    // A refused group changes nothing: checked on a read-only copy first.
    if let Some(group) = &args.group {
        pick_table_group(&load(&dir)?.session, group, args.new_group)?;
    }
    if !args.no_tui {
        require_terminal()?;
    }
    let (mut store, mut session, recovery) = Store::open(&dir)?;
    report_recovery(&recovery);
    if let Some(name) = &name {
        record_name(&mut store, &mut session, name)?;
    }
    let pinned_group = match args.group {
        Some(group) => {
            let choice = pick_table_group(&session, &group, args.new_group)?;
            let id = choose_group(&mut store, &mut session, Some(group), choice)?;
            say_pinned(&session, id);
            Some(id)
        }
        None => None,
    };
    if args.no_tui {
        say(format!("{}\t{}", session.id, store.dir().display()));
        return Ok(());
    }
    open_as_note_taker((store, session, recovery), lang, pinned_group)
}

/// The session's folder; one that is not there (or has no header yet) may still be
/// on its way through the sync, and the message says so.
fn find(data_dir: &Path, arg: &str) -> Result<PathBuf, CliError> {
    resolve(data_dir, arg).map_err(|e| {
        let sessions = paths::sessions_dir(data_dir);
        let candidates = [sessions.join(arg), PathBuf::from(arg)];
        if candidates.iter().any(|c| c.join(HEADER_FILE).exists()) {
            return e;
        }
        let words = crate::i18n::join_text(current());
        if paths::is_valid_id(arg) {
            CliError::bad_input(fill(words.missing, &[&arg, &sessions.display()]))
        } else {
            CliError::bad_input(fill(words.missing_folder, &[&arg]))
        }
    })
}

/// `--group` as the app's picker finds it: a name that folds equal, else the one
/// group whose name holds it ("skane" finds "Region Skåne"); else as `add --group`
/// (refused with the closest names, or new with `--new-group`).
fn pick_table_group(
    session: &Session,
    name: &str,
    new_group: bool,
) -> Result<GroupChoice, CliError> {
    let wanted = fold_name(name);
    let holding: Vec<GroupId> = session
        .groups
        .iter()
        .filter(|g| !wanted.is_empty() && fold_name(&g.name).contains(&wanted))
        .map(|g| g.id)
        .collect();
    match (session.group_by_name(name), holding.as_slice()) {
        (Some(g), _) => Ok(GroupChoice::Existing(g.id)),
        (None, [one]) => Ok(GroupChoice::Existing(*one)),
        _ => pick_group(session, Some(name), new_group),
    }
}

fn bad_name() -> CliError {
    CliError::bad_input(crate::i18n::join_text(current()).bad_name)
}

/// The device's name when someone gave it one (`samtal device --name`); the host
/// name it has until then says nothing about who takes notes.
fn name_of_this_device(data_dir: &Path) -> Option<String> {
    let state = device::state_dir(data_dir).ok()?;
    let device = device::load_or_create(&state).ok()?;
    (device.name != device::host_name()).then_some(device.name)
}

/// `NoteTakerNamed` for this computer, unless the session already has that name.
fn record_name(store: &mut Store, session: &mut Session, name: &str) -> Result<(), CliError> {
    let device = store.writer().device();
    if session.note_taker_of(device) != Some(name) {
        let event = Event::NoteTakerNamed {
            name: name.to_string(),
            at: now(),
        };
        save(store, session, &event)?;
    }
    note(&fill(crate::i18n::join_text(current()).named, &[&name]));
    Ok(())
}

fn say_pinned(session: &Session, id: GroupId) {
    let pinned = crate::i18n::join_text(current()).pinned_group;
    note(&fill(pinned, &[&session.group_name(id)]));
}
