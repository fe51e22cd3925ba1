//! The bottom line: the keys that work right now, and whether the file is saved.

use super::{bold, dim, put_lines};
use crate::session::Timestamp;
use crate::text::{truncate, width};
use crate::tui::keymap::{KEYMAP, Show};
use crate::tui::model::{Mode, Model, SaveState};
use crate::tui::notes_text::notes_text;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};

pub fn render(frame: &mut Frame, area: Rect, model: &Model, _now: Timestamp) {
    let strings = model.lang.strings();
    let save = match &model.save {
        SaveState::Saved(at) => Span::styled(
            format!(" {} {} ", strings.saved, at.format("%H:%M:%S")),
            Style::new().fg(Color::Green),
        ),
        SaveState::NotSaved(reason) => Span::styled(
            format!(" {} — {} ", strings.not_saved, reason),
            Style::new()
                .fg(Color::White)
                .bg(Color::Red)
                .add_modifier(Modifier::BOLD),
        ),
    };
    let room = (area.width as usize).saturating_sub(width(&save.content));
    let left: Vec<Span> = match &model.flash {
        Some(flash) => vec![Span::styled(
            format!(" {}", truncate(&flash.text, room.saturating_sub(1))),
            bold().fg(Color::Yellow),
        )],
        None => hints(model, room),
    };
    let used: usize = left.iter().map(|s| width(&s.content)).sum();
    let mut spans = left;
    spans.push(Span::raw(" ".repeat(room.saturating_sub(used))));
    spans.push(save);
    put_lines(frame, area, &[Line::from(spans)]);
}

/// "Enter spara · Tab grupp · …", only the bindings that apply now, cut to fit.
fn hints(model: &Model, room: usize) -> Vec<Span<'static>> {
    let lang = model.lang;
    let strings = lang.strings();
    let pairs: Vec<(String, &str)> = match &model.mode {
        Mode::Help => vec![("".into(), strings.help_close)],
        Mode::AddGroup(_) => vec![("".into(), strings.add_group_hint)],
        Mode::Export(_) => vec![("".into(), strings.export_hint)],
        Mode::Details(_) => vec![("".into(), strings.details_hint)],
        Mode::PickGroup(_) => vec![("".into(), strings.pick_group_hint)],
        Mode::Notes(_) => vec![("".into(), notes_text(lang).notes_hint)],
        Mode::Annotate(_) => vec![("".into(), notes_text(lang).annotate_hint)],
        Mode::Vote(_) => vec![("".into(), notes_text(lang).vote_hint)],
        Mode::Capture => {
            let idle = model.capture.text().is_empty() && model.editing.is_none();
            KEYMAP
                .iter()
                .filter(|b| match b.show {
                    Show::Always => true,
                    Show::Idle => idle && model.selected.is_none(),
                    Show::Selected => model.selected.is_some() && idle,
                    Show::Editing => model.editing.is_some() || model.selected.is_some(),
                    Show::HelpOnly => false,
                })
                .map(|b| (b.first_key_label(), b.short(lang)))
                .collect()
        }
    };
    let mut spans = vec![Span::raw(" ")];
    let mut used = 1;
    for (key, label) in pairs {
        let piece = width(&key) + 1 + width(label) + 3;
        if used + piece > room {
            break;
        }
        if !key.is_empty() {
            spans.push(Span::styled(key, bold()));
            spans.push(Span::raw(" "));
        }
        spans.push(Span::raw(label.to_string()));
        spans.push(Span::styled(" · ", dim()));
        used += piece;
    }
    if spans.len() > 1 {
        spans.pop();
    }
    spans
}
