//! A session's minutes in one format: prepared once, then written by that format.

use super::document::Minutes;
use super::error::MinutesError;
use super::format::Format;
use super::options::Options;
use super::{annotated, csv, docx, html, markdown, notes, xlsx};
use crate::i18n::Lang;
use crate::session::{Session, Timestamp};

/// The whole session in the exported `format`. `stamp` adds a "generated at" line.
pub fn render(
    session: &Session,
    format: Format,
    lang: Lang,
    stamp: Option<Timestamp>,
) -> Result<Vec<u8>, MinutesError> {
    let options = Options {
        stamp,
        ..Options::new(lang)
    };
    render_with(session, format, &options)
}

/// The whole session in the exported `format`, as `options` ask.
pub fn render_with(
    session: &Session,
    format: Format,
    options: &Options,
) -> Result<Vec<u8>, MinutesError> {
    // Who was there is the session's, not the theme's: a group that spoke only of
    // other themes was present all the same.
    let attendance = session.attendance();
    let prepared = annotated::prepare(session, options);
    let session = prepared.as_ref();
    let minutes = Minutes::with_attendance(session, options, attendance);
    match format {
        Format::Markdown => Ok(markdown::render(&minutes).into_bytes()),
        Format::Html => Ok(html::render(&minutes).into_bytes()),
        Format::Csv => Ok(csv::render(&minutes)),
        Format::Xlsx => xlsx::render(&minutes),
        Format::Docx => docx::render(&minutes),
        // The session as data: every time stamp and id, whatever the options.
        Format::Json => notes::json(session, options.seq, options.notes),
    }
}
