//! `samtal export` and `samtal set`: the minutes and the details they show.

use super::CliError;
use super::annotate::NotesArgs;
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
    pub anonymous: bool,
    pub theme: Option<String>,
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
    let theme = match &choices.theme {
        Some(theme) => Some(known_theme(&loaded.session, theme)?),
        None => None,
    };
    let lang = lang.unwrap_or(loaded.session.lang);
    let options = Options {
        lang,
        stamp: choices.stamp.then(now),
        order: choices.order,
        times: choices.times,
        delimiter: choices.delimiter,
        anonymous: choices.anonymous,
        theme,
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

/// `--theme` must name a theme the session has, else the minutes would be empty;
/// the minutes spell it as the session does.
fn known_theme(session: &crate::session::Session, theme: &str) -> Result<String, CliError> {
    let known = session.annotations.all_tags();
    if let Some(spelled) = known
        .iter()
        .find(|t| crate::session::notes::same_tag(t, theme))
    {
        return Ok(spelled.to_string());
    }
    let known = match known.is_empty() {
        true => "none yet (add --tag NAME)".to_string(),
        false => known.join(", "),
    };
    Err(CliError::bad_input(format!(
        "no theme '{theme}' in this session; themes: {known}"
    )))
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<(), CliError> {
    write_atomically(path, bytes)
        .map_err(|e| CliError::io(format!("cannot write {}: {e}", path.display())))?;
    println!("{}", path.display());
    Ok(())
}

/// `set`'s details for the minutes; `None` (or no note-takers) leaves one as it is.
pub struct DetailsArgs {
    pub title: Option<String>,
    pub place: Option<String>,
    pub moderator: Option<String>,
    pub note_takers: Vec<String>,
}

impl DetailsArgs {
    fn event(self) -> Result<Option<Event>, CliError> {
        let clean = |s: Option<String>| s.map(|s| crate::text::clean(&s));
        if clean(self.title.clone()).is_some_and(|t| t.is_empty()) {
            return Err(CliError::bad_input("the title cannot be empty"));
        }
        let nothing = self.title.is_none()
            && self.place.is_none()
            && self.moderator.is_none()
            && self.note_takers.is_empty();
        Ok((!nothing).then(|| Event::DetailsSet {
            title: clean(self.title).filter(|t| !t.is_empty()),
            place: clean(self.place),
            moderator: clean(self.moderator),
            note_takers: (!self.note_takers.is_empty())
                .then(|| crate::text::unique_names(&self.note_takers)),
            at: now(),
        }))
    }
}

/// Sets the details and/or one item's summary and decisions. Every check is made
/// before the first event is saved, so a refusal changes nothing.
pub fn set(
    data_dir: &Path,
    session_arg: &str,
    details: DetailsArgs,
    notes: Option<NotesArgs>,
) -> Result<(), CliError> {
    let details = details.event()?;
    let notes = notes.filter(NotesArgs::has_changes);
    if details.is_none() && notes.is_none() {
        return Err(CliError::bad_input(
            "nothing to set: give --title, --place, --moderator or --note-taker, \
             or --item with --summary, --decision or --clear-decisions",
        ));
    }
    let dir = resolve(data_dir, session_arg)?;
    let (mut store, mut session, recovery) = Store::open(&dir)?;
    report_recovery(&recovery);
    let notes = notes.map(|n| n.event(&session, now())).transpose()?;
    for event in details.iter().chain(&notes) {
        session.apply(event);
        store
            .commit(event, &session)
            .map_err(|e| CliError::io(format!("not saved: {}", short_reason(&e))))?;
    }
    println!("saved");
    Ok(())
}
