//! `samtal export` and `samtal set`: the minutes and the details they show.

use super::CliError;
use super::export_target::choose_format;
use super::lang::{current, fill, os_error, text};
use super::not_saved;
use super::sessions::{report_recovery, resolve};
use crate::i18n::Lang;
use crate::minutes::{Format, render};
use crate::session::Event;
use crate::store::files::write_atomically;
use crate::store::{Store, load};
use crate::tui::app::now;
use std::io::Write;
use std::path::{Path, PathBuf};

pub struct ExportOptions {
    pub format: Option<String>,
    pub output: Option<PathBuf>,
    pub all: bool,
    pub stamp: bool,
}

pub fn export(
    data_dir: &Path,
    lang: Option<Lang>,
    session_arg: &str,
    options: ExportOptions,
) -> Result<(), CliError> {
    let dir = resolve(data_dir, session_arg)?;
    if options.all && options.format.is_some() {
        return Err(CliError::bad_input(text().all_with_format));
    }
    let format = if options.all {
        Format::Markdown
    } else {
        choose_format(options.format.as_deref(), options.output.as_deref())?
    };
    // Read-only: no lock, so a note-taker can export a draft while the app runs.
    let loaded = load(&dir)?;
    if let Some(reason) = &loaded.bad_tail {
        eprintln!("samtal: {}", fill(text().journal_damaged_export, &[reason]));
    }
    let lang = lang.unwrap_or(loaded.session.lang);
    let stamp = options.stamp.then(now);
    let render_as = |format| {
        render(&loaded.session, loaded.seq, format, lang, stamp)
            .map_err(|e| CliError::io(fill(text().cannot_write, &[&format.extension(), &e])))
    };
    if options.all {
        let folder = options.output.unwrap_or_else(|| dir.clone());
        if !folder.is_dir() {
            return Err(CliError::io(fill(
                text().not_a_folder,
                &[&folder.display()],
            )));
        }
        for format in Format::ALL {
            write_file(&folder.join(format.file_name(lang)), &render_as(format)?)?;
        }
        return Ok(());
    }
    let bytes = render_as(format)?;
    match options.output {
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
    write_atomically(path, bytes).map_err(|e| {
        CliError::io(fill(
            text().cannot_write,
            &[&path.display(), &os_error(current(), &e)],
        ))
    })?;
    println!("{}", path.display());
    Ok(())
}

pub struct SetOptions {
    pub title: Option<String>,
    pub place: Option<String>,
    pub moderator: Option<String>,
    pub note_takers: Vec<String>,
    pub subtitle: Option<String>,
    pub date: Option<String>,
}

pub fn set(data_dir: &Path, session_arg: &str, options: SetOptions) -> Result<(), CliError> {
    let dir = resolve(data_dir, session_arg)?;
    let clean = |s: Option<String>| s.map(|s| crate::text::clean(&s));
    if clean(options.title.clone()).is_some_and(|t| t.is_empty()) {
        return Err(CliError::bad_input(text().title_empty));
    }
    let date = match options.date.as_deref().map(str::trim) {
        None => None,
        Some(d) => Some(
            chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .map_err(|_| CliError::bad_input(fill(text().bad_date, &[&d])))?,
        ),
    };
    let note_takers = &options.note_takers;
    let details = Event::DetailsSet {
        title: clean(options.title).filter(|t| !t.is_empty()),
        place: clean(options.place),
        moderator: clean(options.moderator),
        note_takers: (!note_takers.is_empty()).then(|| crate::text::unique_names(note_takers)),
        at: now(),
    };
    let heading = Event::HeadingSet {
        subtitle: clean(options.subtitle),
        date,
        at: now(),
    };
    let mut events = Vec::new();
    if !matches!(
        details,
        Event::DetailsSet {
            title: None,
            place: None,
            moderator: None,
            note_takers: None,
            ..
        }
    ) {
        events.push(details);
    }
    if !matches!(
        heading,
        Event::HeadingSet {
            subtitle: None,
            date: None,
            ..
        }
    ) {
        events.push(heading);
    }
    if events.is_empty() {
        return Err(CliError::bad_input(text().nothing_to_set));
    }
    let (mut store, mut session, recovery) = Store::open(&dir)?;
    report_recovery(&recovery);
    for event in &events {
        session.apply(event);
        store.commit(event, &session).map_err(|e| not_saved(&e))?;
    }
    println!("{}", text().set_saved);
    Ok(())
}
