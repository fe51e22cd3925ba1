//! The moderator's private notes in the minutes: only when asked for
//! (`samtal export --with-notes`), under each item, in every format. One small
//! function per format, each called once from that format's walk over the items.

use super::{ItemMinutes, Minutes, csv, html};
use crate::i18n::Lang;
use crate::session::Session;
use std::fmt::Write;

/// The heading over a note: "Samtalsledarens anteckningar" / "Moderator's notes".
pub fn label(lang: Lang) -> &'static str {
    match lang {
        Lang::Sv => "Samtalsledarens anteckningar",
        Lang::En => "Moderator's notes",
    }
}

/// "anteckning" / "note": the kind column of a note's row in CSV and Excel.
pub fn kind(lang: Lang) -> &'static str {
    match lang {
        Lang::Sv => "anteckning",
        Lang::En => "note",
    }
}

impl<'a> Minutes<'a> {
    /// The item's note when the minutes include notes and it has one.
    pub fn note(&self, item: &ItemMinutes) -> Option<&'a str> {
        let session: &'a Session = self.session;
        let note = session.note(item.id);
        (self.options.notes && !note.trim().is_empty()).then_some(note)
    }
}

/// Its lines, blank ones left out.
fn lines(note: &str) -> impl Iterator<Item = &str> {
    note.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty())
}

/// "**Samtalsledarens anteckningar**" and a list of the note's lines.
pub fn markdown(m: &Minutes, item: &ItemMinutes, out: &mut String) {
    use super::markdown_escape::{Place, escape};
    let Some(note) = m.note(item) else {
        return;
    };
    let _ = writeln!(out, "**{}**\n", label(m.lang));
    for line in lines(note) {
        let _ = writeln!(out, "- {}", escape(line, Place::LineStart));
    }
    out.push('\n');
}

/// `<blockquote class="note">` (drawn like the item's text) with a heading and a
/// paragraph per line.
pub fn html(m: &Minutes, item: &ItemMinutes, out: &mut String) {
    let Some(note) = m.note(item) else {
        return;
    };
    let _ = writeln!(
        out,
        "<blockquote class=\"note\">\n<h3>{}</h3>",
        html::escape(label(m.lang))
    );
    for line in lines(note) {
        let _ = writeln!(out, "<p>{}</p>", html::escape(line));
    }
    out.push_str("</blockquote>\n");
}

/// The Word paragraphs of a note: a heading and an indented paragraph per line.
pub fn docx(m: &Minutes, item: &ItemMinutes) -> Vec<docx_rs::Paragraph> {
    use docx_rs::{Paragraph, Run};
    let Some(note) = m.note(item) else {
        return Vec::new();
    };
    let run = |text: &str| Run::new().add_text(crate::text::display_safe(text));
    let mut paragraphs = vec![
        Paragraph::new()
            .style("Heading2")
            .keep_next(true)
            .add_run(run(label(m.lang))),
    ];
    for line in lines(note) {
        paragraphs.push(
            Paragraph::new()
                .indent(Some(360), None, None, None)
                .add_run(run(line).italic()),
        );
    }
    paragraphs
}

/// The CSV row of a note: its item, kind "anteckning", the whole note as its text.
/// `cells` are the row's columns in the header's order (group, time and edited
/// empty).
pub fn csv_row(m: &Minutes, item: &ItemMinutes) -> Option<[String; 8]> {
    let note = m.note(item)?;
    Some([
        csv::cell(&m.session.id),
        csv::cell(item.id),
        csv::cell(&m.item_heading(item)),
        String::new(),
        csv::cell(kind(m.lang)),
        String::new(),
        csv::cell(note),
        String::new(),
    ])
}

/// The items' notes for the Excel sheet of notes: (item heading, note).
pub fn xlsx_rows<'a>(m: &Minutes<'a>) -> Vec<(String, &'a str)> {
    m.items
        .iter()
        .filter_map(|item| Some((m.item_heading(item), m.note(item)?)))
        .collect()
}

/// The session as data: notes only when the minutes include them.
pub fn json(session: &Session, seq: u64, with_notes: bool) -> Result<Vec<u8>, String> {
    let to_json = |s: &Session| crate::store::snapshot::to_json(s, seq).map_err(|e| e.to_string());
    if with_notes || session.notes.is_empty() {
        return to_json(session);
    }
    let mut without = session.clone();
    without.notes.clear();
    to_json(&without)
}
