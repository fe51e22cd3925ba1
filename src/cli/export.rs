//! `samtal export` and `samtal set`: the minutes and the details they show.

use super::CliError;
use super::sessions::{report_recovery, resolve};
use crate::i18n::Lang;
use crate::minutes::{Format, Options, Order, render_with};
use crate::session::Event;
use crate::store::files::write_atomically;
use crate::store::{Store, load};
use crate::tui::app::{now, short_reason};
use std::io::Write;
use std::path::{Path, PathBuf};

/// What `samtal export` was asked for besides the format and the file.
pub struct Choices {
    pub stamp: bool,
    pub order: Order,
    pub times: bool,
    pub delimiter: Option<char>,
    /// The moderator's private notes under each item.
    pub with_notes: bool,
}

pub fn export(
    data_dir: &Path,
    lang: Option<Lang>,
    session_arg: &str,
    format: &str,
    output: Option<PathBuf>,
    choices: Choices,
) -> Result<(), CliError> {
    let format = Format::parse(format).ok_or_else(|| {
        CliError::bad_input(format!(
            "unknown format '{format}': use md, html, docx, csv, xlsx or json"
        ))
    })?;
    if choices.delimiter.is_some() && format != Format::Csv {
        return Err(CliError::bad_input("--delimiter is for --format csv only"));
    }
    let dir = resolve(data_dir, session_arg)?;
    // Read-only: no lock, so a note-taker can export a draft while the app runs.
    let loaded = load(&dir)?;
    if let Some(reason) = &loaded.bad_tail {
        eprintln!(
            "samtal: the journal ends in a damaged record ({reason}); exported everything before it"
        );
    }
    let lang = lang.unwrap_or(loaded.session.lang);
    let options = Options {
        lang,
        stamp: choices.stamp.then(now),
        order: choices.order,
        times: choices.times,
        delimiter: choices.delimiter,
        notes: choices.with_notes,
    };
    let bytes = render_with(&loaded.session, loaded.seq, format, &options).map_err(CliError::io)?;
    match output {
        Some(path) if path.as_os_str() == "-" => {
            let mut out = std::io::stdout().lock();
            match out.write_all(&bytes).and_then(|()| out.flush()) {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
                _ => Ok(()),
            }
        }
        Some(path) => write_file(&path, &bytes),
        None => write_file(&dir.join(format.file_name(lang)), &bytes),
    }
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<(), CliError> {
    write_atomically(path, bytes)
        .map_err(|e| CliError::io(format!("cannot write {}: {e}", path.display())))?;
    println!("{}", path.display());
    Ok(())
}

pub fn set(
    data_dir: &Path,
    session_arg: &str,
    title: Option<String>,
    place: Option<String>,
    moderator: Option<String>,
    note_takers: Vec<String>,
) -> Result<(), CliError> {
    let clean = |s: Option<String>| s.map(|s| crate::text::clean(&s));
    if clean(title.clone()).is_some_and(|t| t.is_empty()) {
        return Err(CliError::bad_input("the title cannot be empty"));
    }
    let event = Event::DetailsSet {
        title: clean(title).filter(|t| !t.is_empty()),
        place: clean(place),
        moderator: clean(moderator),
        note_takers: (!note_takers.is_empty()).then(|| crate::text::unique_names(&note_takers)),
        at: now(),
    };
    if let Event::DetailsSet {
        title: None,
        place: None,
        moderator: None,
        note_takers: None,
        ..
    } = event
    {
        return Err(CliError::bad_input(
            "nothing to set: give --title, --place, --moderator or --note-taker",
        ));
    }
    let dir = resolve(data_dir, session_arg)?;
    let (mut store, mut session, recovery) = Store::open(&dir)?;
    report_recovery(&recovery);
    session.apply(&event);
    store
        .commit(&event, &session)
        .map_err(|e| CliError::io(format!("not saved: {}", short_reason(&e))))?;
    println!("saved");
    Ok(())
}
