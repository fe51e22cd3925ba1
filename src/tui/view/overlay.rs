//! Dialogs drawn over the screen: the help (from the key tables), adding a group,
//! the export picker, the details form and the group picker.

use super::style::popup_block;
use super::style::{ACCENT, bold, dim, in_sight, put_input};
use super::theme::THEME;
use crate::i18n::Lang;
use crate::i18n::keys::key_words;
use crate::minutes::Format;
use crate::tui::input::LineInput;
use crate::tui::keymap::{Binding, CAPTURE, Keymap};
use crate::tui::model::{DetailsForm, GroupPicker, Model};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

/// `width` × `height` in the middle of `area`, no larger than it. Not
/// `Rect::centered`: its layout splits an odd margin the other way round and would
/// move the dialogs by one cell.
pub(super) fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

/// The help: over a dialog (or a selected or edited contribution), the keys of its
/// table that the capture screen's do not list first; then the capture screen's.
pub fn help(frame: &mut Frame, area: Rect, lang: Lang, scroll: usize, beneath: &Keymap) {
    let strings = lang.strings();
    let dialog = own_bindings(beneath);
    let key_columns = CAPTURE
        .bindings()
        .chain(dialog.iter().copied())
        .map(|b| crate::text::width(&b.keys_label()))
        .max()
        .unwrap_or(10)
        + 2;
    let width = area.width.min(100);
    let text_columns = (width as usize).saturating_sub(key_columns + 2).max(10);
    let editing = key_words(lang).line_editing;
    // Every description wrapped under itself, never cut: when that is taller than the
    // window, ↑↓ scroll it.
    let mut lines = Vec::new();
    if !dialog.is_empty() {
        lines = help_lines(lang, dialog, key_columns, text_columns);
        lines.push(Line::from(""));
    }
    lines.extend(help_lines(
        lang,
        CAPTURE.bindings(),
        key_columns,
        text_columns,
    ));
    lines.push(Line::from(""));
    for line in crate::text::wrap(editing, (width as usize).saturating_sub(2)) {
        lines.push(Line::from(Span::styled(line, dim())));
    }
    let room = area.height.saturating_sub(2) as usize;
    let mut close = strings.help_close.to_string();
    if lines.len() > room {
        let first = scroll.min(lines.len() - room);
        lines = lines.split_off(first);
        lines.truncate(room);
        close = format!("{} · {close}", crate::i18n::words(lang).help_more);
    }
    let popup = centered(area, width, lines.len() as u16 + 2);
    let block = popup_block(strings.help_title, Some(&close));
    frame.render_widget(Clear, popup);
    frame.render_widget(Paragraph::new(lines).block(block), popup);
}

/// A dialog's bindings that the capture screen's help does not list already (F1,
/// quitting, the word keys: the same keys said the same way).
fn own_bindings(keymap: &Keymap) -> Vec<&'static Binding> {
    let listed = |b: &Binding| {
        CAPTURE
            .bindings()
            .any(|c| c.keys == b.keys && c.help(Lang::En) == b.help(Lang::En))
    };
    keymap.bindings().filter(|b| !listed(b)).collect()
}

fn help_lines<'a>(
    lang: Lang,
    bindings: impl IntoIterator<Item = &'a Binding>,
    key_columns: usize,
    text_columns: usize,
) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for binding in bindings {
        let keys = crate::text::fit(&binding.keys_label(), key_columns);
        let text = binding.help(lang);
        for (i, part) in crate::text::wrap(text, text_columns)
            .into_iter()
            .enumerate()
        {
            let lead = if i == 0 {
                Span::styled(keys.clone(), bold().fg(ACCENT))
            } else {
                Span::raw(" ".repeat(key_columns))
            };
            lines.push(Line::from(vec![lead, Span::raw(part)]));
        }
    }
    lines
}

pub fn add_group(frame: &mut Frame, area: Rect, lang: Lang, input: &LineInput) {
    let strings = lang.strings();
    let popup = centered(area, 60, 4);
    let block = popup_block(strings.add_group_title, Some(strings.add_group_hint));
    let inner = block.inner(popup);
    frame.render_widget(Clear, popup);
    frame.render_widget(block, popup);
    put_input(frame, inner, input, "", true);
}

fn format_name(format: Format) -> &'static str {
    match format {
        Format::Markdown => "Markdown",
        Format::Html => "HTML",
        Format::Docx => "Word",
        Format::Csv => "CSV",
        Format::Xlsx => "Excel",
        Format::Json => "JSON",
    }
}

pub fn export(frame: &mut Frame, area: Rect, model: &Model, row: usize) {
    let strings = model.lang.strings();
    let session_lang = model.session.lang;
    let lines: Vec<Line> = Format::ALL
        .iter()
        .enumerate()
        .map(|(i, format)| {
            let text = format!(
                " {}  {:<12} → {}",
                i + 1,
                format_name(*format),
                format.file_name(session_lang)
            );
            let style = THEME.row(i == row);
            Line::from(Span::styled(text, style))
        })
        .collect();
    let popup = centered(area, 52, lines.len() as u16 + 2);
    let block = popup_block(strings.export_title, None);
    frame.render_widget(Clear, popup);
    frame.render_widget(Paragraph::new(lines).block(block), popup);
}

pub fn details(frame: &mut Frame, area: Rect, lang: Lang, form: &DetailsForm) {
    let strings = lang.strings();
    let labels = [
        strings.field_title,
        strings.field_subtitle,
        strings.field_date,
        strings.field_place,
        strings.field_moderator,
        crate::i18n::schedule_words(lang).field_start,
        strings.field_note_takers,
    ];
    let first_name = DetailsForm::NOTE_TAKERS;
    // Label and input per field; the note-takers share one label, a line each.
    let rows = first_name as u16 * 2 + 1 + (form.inputs.len() - first_name) as u16;
    let popup = centered(area, 70, rows + 2);
    let block = popup_block(strings.details_title, Some(strings.details_hint));
    let inner = block.inner(popup);
    frame.render_widget(Clear, popup);
    frame.render_widget(block, popup);
    let row = |y: u16| Rect {
        y,
        height: 1,
        ..inner
    };
    let mut y = inner.y;
    for (i, input) in form.inputs.iter().enumerate() {
        let focused = i == form.field;
        if i <= first_name {
            if y >= inner.bottom() {
                break;
            }
            let on_label = focused || (i == first_name && form.field >= first_name);
            let label_style = if on_label { bold().fg(ACCENT) } else { dim() };
            frame.render_widget(Paragraph::new(Span::styled(labels[i], label_style)), row(y));
            y += 1;
        }
        if y >= inner.bottom() {
            break;
        }
        put_input(frame, row(y), input, "› ", focused);
        y += 1;
    }
}

pub fn pick_group(frame: &mut Frame, area: Rect, model: &Model, picker: &GroupPicker) {
    let strings = model.lang.strings();
    let matches = picker.matches(&model.session);
    let rows = area.height.saturating_sub(8).clamp(3, 16) as usize;
    let popup = centered(area, 50, rows as u16 + 4);
    let block = popup_block(strings.pick_group_title, None);
    let inner = block.inner(popup);
    frame.render_widget(Clear, popup);
    frame.render_widget(block, popup);
    if inner.height < 2 || inner.width < 4 {
        return;
    }
    let input = Rect { height: 1, ..inner };
    put_input(frame, input, &picker.filter, "› ", true);
    let list = Rect {
        y: inner.y + 2,
        height: inner.height.saturating_sub(2),
        ..inner
    };
    if matches.is_empty() {
        let text = if picker.filter.is_blank() {
            strings.no_match
        } else {
            crate::i18n::words(model.lang).no_match_add
        };
        let lines: Vec<Line> = crate::text::wrap(text, list.width as usize)
            .into_iter()
            .map(|l| Line::from(Span::styled(l, dim())))
            .collect();
        frame.render_widget(Paragraph::new(lines), list);
        return;
    }
    let lines: Vec<Line> = in_sight(&matches, picker.selected, list.height)
        .map(|(i, &group)| {
            let name = model
                .session
                .groups
                .get(group)
                .map(|g| g.name.as_str())
                .unwrap_or("");
            let style = THEME.row(i == picker.selected);
            Line::from(Span::styled(
                crate::text::fit(&crate::text::display_safe(name), list.width as usize),
                style,
            ))
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), list);
}
