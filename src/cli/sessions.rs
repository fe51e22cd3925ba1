//! Creating, finding and opening sessions, with or without the app.

use super::error::CliError;
use super::lang::{current, fill, os_error, text};
use crate::agenda::Agenda;
use crate::clock::now;
use crate::i18n::Lang;
use crate::messages::damage::problems_summary;
use crate::session::Session;
use crate::store::disk::Disk;
use crate::store::header::HEADER_FILE;
use crate::store::os_disk::OsDisk;
use crate::store::{Store, paths, summary};
use crate::terminal::TerminalGuard;
use crate::tui::app;
use crate::tui::start::{self, Choice, StartModel};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The time's-up alerts (`--warn`, `--quiet`) for every session the app opens in
/// this run.
pub fn set_alerts(warn_percent: Option<u8>, quiet: bool) {
    crate::tui::alerts::set(crate::tui::alerts::Alerts {
        warn_percent,
        quiet,
    });
}

/// A session id or a session folder → the folder.
pub fn resolve(data_dir: &Path, arg: &str) -> Result<PathBuf, CliError> {
    // An id names a session in the data dir, even if a folder of that name happens
    // to be in the working directory.
    if paths::is_valid_id(arg) {
        let dir = paths::sessions_dir(data_dir).join(arg);
        if paths::is_session_dir(&OsDisk::default(), &dir) {
            return Ok(dir);
        }
    }
    let as_path = Path::new(arg);
    if paths::is_session_dir(&OsDisk::default(), as_path) {
        return Ok(as_path.to_path_buf());
    }
    // A folder that is there but has no readable session file: say what is wrong.
    let in_data_dir = paths::sessions_dir(data_dir).join(arg);
    for folder in [in_data_dir.as_path(), as_path] {
        let file = folder.join(HEADER_FILE);
        if (paths::is_valid_id(arg) || folder == as_path) && folder.is_dir() {
            let template = if file.is_dir() {
                text().session_file_is_dir
            } else {
                text().no_session_file
            };
            return Err(CliError::bad_input(fill(template, &[&file.display()])));
        }
    }
    if paths::is_valid_id(arg) {
        return Err(CliError::bad_input(fill(
            text().no_session,
            &[&arg, &paths::sessions_dir(data_dir).display()],
        )));
    }
    Err(CliError::bad_input(fill(
        text().not_a_session,
        &[&arg, &HEADER_FILE],
    )))
}

/// The app needs a terminal to read keys from: standard input, or /dev/tty.
pub fn require_terminal() -> Result<(), CliError> {
    use std::io::IsTerminal;
    if std::io::stdin().is_terminal() || std::fs::File::open("/dev/tty").is_ok() {
        return Ok(());
    }
    Err(CliError::io(text().needs_terminal))
}

/// Writes a new session to disk and returns it with its open store.
pub fn create(
    data_dir: &Path,
    lang: Lang,
    title: &str,
    groups: &[String],
    agenda: Agenda,
) -> Result<(Store, Session), CliError> {
    let disk: Arc<dyn Disk> = Arc::new(OsDisk::default());
    let sessions_dir = paths::sessions_dir(data_dir);
    disk.create_dir_all(&sessions_dir).map_err(|e| {
        CliError::io(fill(
            text().cannot_create,
            &[&sessions_dir.display(), &os_error(current(), &e)],
        ))
    })?;
    // Syncthing reads `.stignore` only at the root of a shared folder, which may
    // be the data dir: the local-only names are listed there too. A data dir that
    // cannot take it costs only that; the session folder has its own.
    let _ = crate::store::stignore::ensure_stignore(disk.as_ref(), data_dir);
    let now = now();
    let title = crate::text::clean(title);
    let title = if title.is_empty() {
        agenda.title.get(lang).to_string()
    } else {
        title
    };
    let groups = crate::text::unique_names(groups);
    let (id, dir) =
        paths::claim_new_session_dir(disk.as_ref(), &sessions_dir, now.date_naive(), &title)
            .map_err(|e| {
                CliError::io(fill(
                    text().cannot_create_session,
                    &[&sessions_dir.display(), &os_error(current(), &e)],
                ))
            })?;
    let mut session = Session::new(id, title, lang, agenda, &groups, now);
    // The device that creates a session leads it (`set --moderator-device` changes it).
    let (device, _) = match crate::store::claim_for_this_process(&dir) {
        Ok(claimed) => claimed,
        Err(e) => {
            let _ = std::fs::remove_dir_all(&dir);
            return Err(e.into());
        }
    };
    session.moderator_device = Some(device);
    session.schedule.planned_start = planned_start(&session.agenda, now);
    match Store::create_on(disk, &dir, &session) {
        Ok(store) => Ok((store, session)),
        Err(e) => {
            // A folder without a whole session in it would only confuse `list` and
            // the next `new`; it was made a moment ago by this process.
            let _ = std::fs::remove_dir_all(&dir);
            Err(e.into())
        }
    }
}

/// The agenda's start time, today (in the local time zone of `now`).
fn planned_start(
    agenda: &Agenda,
    now: crate::session::Timestamp,
) -> Option<crate::session::Timestamp> {
    let local = now.date_naive().and_time(agenda.start?);
    local.and_local_timezone(*now.offset()).single()
}

pub fn new(
    data_dir: &Path,
    lang: Lang,
    title: Option<String>,
    groups: Vec<String>,
    agenda: Agenda,
    no_tui: bool,
) -> Result<(), CliError> {
    let title = title.unwrap_or_else(|| agenda.title.get(lang).to_string());
    if no_tui {
        let (store, session) = create(data_dir, lang, &title, &groups, agenda)?;
        super::error::say(format!(
            "{}\t{}",
            session.id,
            crate::text::display_safe(&store.dir().display().to_string())
        ));
        return Ok(());
    }
    require_terminal()?;
    let mut guard = TerminalGuard::enter()?;
    let groups = if groups.is_empty() {
        let mut model = StartModel::groups_only(lang, &title);
        match start::run(&mut guard, &mut model)? {
            Choice::New { groups, .. } => groups,
            _ => return Ok(()),
        }
    } else {
        groups
    };
    let (store, session) = create(data_dir, lang, &title, &groups, agenda)?;
    app::run(guard, store, session, lang, Default::default())?;
    Ok(())
}

pub fn open(data_dir: &Path, lang: Lang, arg: &str) -> Result<(), CliError> {
    let dir = resolve(data_dir, arg)?;
    let (store, session, recovery) = Store::open_for_screen(&dir)?;
    require_terminal()?;
    report_recovery(&recovery);
    let guard = TerminalGuard::enter()?;
    app::run(guard, store, session, lang, recovery)?;
    Ok(())
}

/// The app on an opened session as a note-taker (`samtal join`): following the
/// moderator, never moving the room, the capture line on `pinned_group`.
pub fn open_as_note_taker(
    (store, session, recovery): (Store, Session, crate::store::Recovery),
    lang: Lang,
    pinned_group: Option<crate::session::GroupId>,
) -> Result<(), CliError> {
    let seat = crate::tui::seat::Seat {
        joined: true,
        pinned_group,
        ..Default::default()
    };
    let guard = TerminalGuard::enter()?;
    app::run_seated(guard, store, session, lang, recovery, seat)?;
    Ok(())
}

pub fn report_recovery(recovery: &crate::store::Recovery) {
    let lang = current();
    if let Some(summary) = problems_summary(lang, &recovery.problems) {
        super::error::note(&fill(lang.damage().open_note, &[&summary]));
    }
}

pub fn start_screen(data_dir: &Path, lang: Lang) -> Result<(), CliError> {
    require_terminal()?;
    let (sessions, _unreadable) = summary::scan(data_dir);
    let agenda = Agenda::builtin()?;
    let mut guard = TerminalGuard::enter()?;
    let mut model = StartModel::new(lang, sessions, agenda.title.get(lang));
    model.agendas = crate::tui::start::agendas_in(data_dir);
    loop {
        match start::run(&mut guard, &mut model)? {
            Choice::Quit => return Ok(()),
            Choice::Resume(dir) => match Store::open_for_screen(&dir) {
                Ok((store, session, recovery)) => {
                    app::run(guard, store, session, lang, recovery)?;
                    return Ok(());
                }
                Err(e) => model.error = Some(start::open_error(lang, &e)),
            },
            Choice::New {
                title,
                groups,
                agenda: chosen,
            } => {
                let agenda = chosen.map_or_else(|| agenda.clone(), |a| *a);
                match create(data_dir, lang, &title, &groups, agenda) {
                    Ok((store, session)) => {
                        app::run(guard, store, session, lang, Default::default())?;
                        return Ok(());
                    }
                    Err(e) => model.error = Some(e.message),
                }
            }
        }
    }
}
