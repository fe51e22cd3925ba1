//! `samtal export`: the minutes, in one format or all of them.

use super::annotate::known_theme;
use super::error::CliError;
use super::export_target::choose_format;
use super::lang::{current, fill, os_error, text};
use super::sessions::resolve;
use crate::clock::now;
use crate::i18n::Lang;
use crate::messages::damage::damage_summary;
use crate::minutes::{Format, Options, Order, render_with};
use crate::store::disk::{Disk, write_atomically};
use crate::store::os_disk::OsDisk;
use crate::store::output::write_export;
use crate::store::{Damage, load};
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
    /// No group names anywhere: for a public summary.
    pub anonymous: bool,
    /// Only the contributions with this theme.
    pub theme: Option<String>,
}

pub struct ExportOptions {
    pub format: Option<String>,
    pub output: Option<PathBuf>,
    pub all: bool,
    pub choices: Choices,
}

pub fn export(
    data_dir: &Path,
    lang: Option<Lang>,
    session_arg: &str,
    options: ExportOptions,
) -> Result<(), CliError> {
    export_on(&OsDisk::default(), data_dir, lang, session_arg, options)
}

/// `export`, writing through `disk`.
pub fn export_on(
    disk: &dyn Disk,
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
    if let Some(damage) = &loaded.bad_tail {
        let note = match damage {
            Damage::Segments(_) => current().damage().export_note,
            Damage::Journal(_) => text().journal_damaged_export,
        };
        super::error::note(&fill(note, &[&damage_summary(current(), damage)]));
    }
    let lang = lang.unwrap_or(loaded.session.lang);
    let render_options = render_options(&options.choices, lang, &loaded.session, loaded.seq)?;
    if options.choices.delimiter.is_some() && !options.all && format != Format::Csv {
        return Err(CliError::bad_input(text().delimiter_csv_only));
    }
    let render_as = |format| {
        render_with(&loaded.session, format, &render_options)
            .map_err(|e| CliError::io(fill(text().cannot_write, &[&format.extension(), &e])))
    };
    if options.all {
        let folder = options.output.unwrap_or_else(|| dir.clone());
        return write_every_format(disk, &folder, lang, render_as);
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
        Some(path) => write_file(&path, &bytes, |p, b| write_export(disk, p, b)),
        None => write_file(&dir.join(format.file_name(lang)), &bytes, |p, b| {
            write_atomically(disk, p, b)
        }),
    }
}

/// How the minutes are rendered, as the choices ask; an unknown theme is refused.
fn render_options(
    choices: &Choices,
    lang: Lang,
    session: &crate::session::Session,
    seq: u64,
) -> Result<Options, CliError> {
    let theme = match &choices.theme {
        Some(theme) => Some(known_theme(session, theme)?),
        None => None,
    };
    Ok(Options {
        lang,
        stamp: choices.stamp.then(now),
        order: choices.order,
        times: choices.times,
        delimiter: choices.delimiter,
        notes: choices.with_notes,
        anonymous: choices.anonymous,
        theme,
        seq,
    })
}

/// `--all`: every format into `folder`, under the names the language gives them.
fn write_every_format(
    disk: &dyn Disk,
    folder: &Path,
    lang: Lang,
    render_as: impl Fn(Format) -> Result<Vec<u8>, CliError>,
) -> Result<(), CliError> {
    if !folder.is_dir() {
        return Err(CliError::io(fill(
            text().not_a_folder,
            &[&folder.display()],
        )));
    }
    for format in Format::ALL {
        let path = folder.join(format.file_name(lang));
        write_file(&path, &render_as(format)?, |p, b| {
            write_atomically(disk, p, b)
        })?;
    }
    Ok(())
}

fn write_file(
    path: &Path,
    bytes: &[u8],
    write: impl Fn(&Path, &[u8]) -> std::io::Result<()>,
) -> Result<(), CliError> {
    write(path, bytes).map_err(|e| {
        CliError::io(fill(
            text().cannot_write,
            &[&path.display(), &os_error(current(), &e)],
        ))
    })?;
    super::error::say(crate::text::display_safe(&path.display().to_string()));
    Ok(())
}
