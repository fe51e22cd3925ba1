//! The bottom line: the keys that work right now, and whether the file is saved.
//! "F1 hjälp" is always there. A message (or a dialog's hint) that does not fit on
//! one line takes a second one instead of being cut.

use super::style::{bold, dim, put_lines};
use super::theme::THEME;
use crate::i18n::annotations_text;
use crate::i18n::{schedule_words, words};
use crate::session::Timestamp;
use crate::text::{display_safe, truncate, width, wrap};
use crate::tui::action::Action;
use crate::tui::keymap::{CAPTURE, Show, for_model};
use crate::tui::model::{Mode, Model, SaveState};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

/// The footer's height at `columns` columns: 1, or 2 for a long message.
pub fn height(model: &Model, columns: u16) -> u16 {
    match message(model) {
        Some(text) => message_lines(model, &text, columns as usize).len() as u16,
        None => 1,
    }
}

pub fn render(frame: &mut Frame, area: Rect, model: &Model, now: Timestamp) {
    let save = save_span(model);
    let help = help_span(model);
    let columns = area.width as usize;
    let others = others_span(model, now);
    let right_width = width(&save.content) + width(&help.content) + width(&others.content);
    let room = columns.saturating_sub(right_width);
    let rows: Vec<(Vec<Span>, Vec<Span>)> = match message(model) {
        Some(text) => {
            let lines = message_lines(model, &text, columns);
            let two = lines.len() > 1;
            lines
                .into_iter()
                .enumerate()
                .map(|(i, line)| {
                    let left = vec![Span::styled(line, bold().fg(THEME.amber))];
                    // On two rows: F1 beside the first, the save state beside the second.
                    let right = match (two, i) {
                        (false, _) => vec![help.clone(), save.clone()],
                        (true, 0) => vec![help.clone()],
                        _ => vec![save.clone()],
                    };
                    (left, right)
                })
                .collect()
        }
        None => vec![(hints(model, room), vec![others, help, save])],
    };
    let lines: Vec<Line> = rows
        .into_iter()
        .map(|(mut spans, right)| {
            let used: usize = spans.iter().map(|s| width(&s.content)).sum();
            let right_used: usize = right.iter().map(|s| width(&s.content)).sum();
            let gap = columns.saturating_sub(used + right_used);
            spans.push(Span::raw(" ".repeat(gap)));
            spans.extend(right);
            Line::from(spans)
        })
        .collect();
    put_lines(frame, area, &lines);
}

fn save_span(model: &Model) -> Span<'static> {
    let strings = model.lang.strings();
    match &model.save {
        SaveState::Saved(at) => Span::styled(
            format!(" {} {} ", strings.saved, at.format("%H:%M:%S")),
            THEME.ok,
        ),
        SaveState::NotSaved(reason) => Span::styled(
            format!(" {} — {} ", strings.not_saved, display_safe(reason)),
            THEME.alarm.add_modifier(Modifier::BOLD),
        ),
    }
}

/// "3 antecknare · senast 4 s" beside F1 on the keys' row; empty while no other
/// computer wrote to the session.
fn others_span(model: &Model, now: Timestamp) -> Span<'static> {
    match super::others::others_text(model, now.timestamp_millis()) {
        Some(text) => Span::styled(format!(" {text} "), dim()),
        None => Span::raw(""),
    }
}

/// "F1 hjälp", from the keymap, or "Esc/F1 stänger" while the help is open.
fn help_span(model: &Model) -> Span<'static> {
    let lang = model.lang;
    let text = match (
        &model.mode,
        CAPTURE
            .bindings()
            .find(|b| b.action() == Some(&Action::Help)),
    ) {
        (Mode::Help, _) | (_, None) => lang.strings().help_close.to_string(),
        (_, Some(b)) => format!("{} {}", b.first_key_label(), b.short(lang)),
    };
    Span::styled(format!(" {text} "), bold())
}

/// The footer's message: a flash, or the hint of the open dialog.
fn message(model: &Model) -> Option<String> {
    let strings = model.lang.strings();
    if let Some(flash) = &model.flash {
        return Some(display_safe(&flash.text).into_owned());
    }
    match &model.mode {
        Mode::Capture => own_view(model),
        Mode::Help => None,
        Mode::AddGroup(_) => Some(strings.add_group_hint.into()),
        Mode::Export(_) => Some(strings.export_hint.into()),
        Mode::Details(_) => Some(strings.details_hint.into()),
        Mode::PickGroup(_) => Some(strings.pick_group_hint.into()),
        Mode::Groups(_) => Some(strings.groups_hint.into()),
        Mode::Search(_) => Some(words(model.lang).search_hint.into()),
        Mode::Notes(_) => Some(words(model.lang).notes_hint.into()),
        Mode::MoveTo(_) => Some(words(model.lang).move_hint.into()),
        Mode::Summary(_) => Some(annotations_text(model.lang).notes_hint.into()),
        Mode::Annotate(_) => Some(annotations_text(model.lang).annotate_hint.into()),
        Mode::Vote(_) => Some(annotations_text(model.lang).vote_hint.into()),
        Mode::Projector(_) => Some(words(model.lang).projector.hint.into()),
        Mode::ProjectorMessage(_) => Some(words(model.lang).projector.message_hint.into()),
        Mode::Retime(_) => Some(schedule_words(model.lang).retime_hint.into()),
        Mode::Grid(_) => Some(schedule_words(model.lang).grid_hint.into()),
        Mode::Versions(_) => Some(
            crate::i18n::versions::versions_words(model.lang)
                .hint
                .into(),
        ),
    }
}

/// A note-taker's own view, said in the footer: where the room went while a line
/// was half typed and what the keys do then, or only that the view is their own.
fn own_view(model: &Model) -> Option<String> {
    if !model.has_own_view() {
        return None;
    }
    let j = crate::i18n::join_text(model.lang);
    if !model.seat.held {
        return Some(j.own_view.to_string());
    }
    let session = &model.session;
    let number = (session.current_position() + 1).to_string();
    let title = session
        .agenda
        .item(&session.current_item)
        .map(|i| display_safe(i.title.get(model.lang)).into_owned())
        .unwrap_or_default();
    Some(
        j.room_went
            .replacen("{}", &number, 1)
            .replacen("{}", &title, 1),
    )
}

/// The message beside F1 and the save state: one row if it fits, else two, the
/// first beside F1 and the second beside the save state, broken at a space (the
/// end of an over-long second row is cut, so messages put what matters first). A
/// message that would fit beside F1 alone still leaves words for the second row.
fn message_lines(model: &Model, text: &str, columns: usize) -> Vec<String> {
    let save = width(&save_span(model).content);
    let help = width(&help_span(model).content);
    if 1 + width(text) + help + save <= columns {
        return vec![format!(" {text}")];
    }
    let first_room = columns.saturating_sub(help + 1).max(1);
    let second_room = columns.saturating_sub(save + 1).max(1);
    let mut first = first_row(text, first_room, second_room);
    if first.len() == text.len() {
        // All of it fits beside F1, not beside the save state too: the words that do
        // not fit beside both go on the second row rather than leave it empty.
        let one_row_room = columns.saturating_sub(help + save + 1).max(1);
        let shorter = wrap(text, one_row_room)
            .into_iter()
            .next()
            .unwrap_or_default();
        // A single word is not cut for it, and what moves must fit beside a long
        // save state ("NOT SAVED — …"): else the message stays whole on the first row.
        let moved = text.strip_prefix(shorter.as_str()).unwrap_or_default();
        let fits = moved.starts_with(' ') && width(moved.trim_start()) <= second_room;
        if !shorter.is_empty() && fits {
            first = shorter;
        }
    }
    let rest = text.get(first.len()..).unwrap_or_default().trim_start();
    vec![
        format!(" {first}"),
        format!(" {}", truncate(rest, second_room)),
    ]
}

/// The first of two rows: the words that fit in `room`. Only a word no row can hold
/// (a long path) is cut, and then the row is filled to the edge so more of it shows.
fn first_row(text: &str, room: usize, second_room: usize) -> String {
    // The first row is a prefix of the text: the second row goes on from there.
    let first = wrap(text, room).into_iter().next().unwrap_or_default();
    let rest = text.get(first.len()..).unwrap_or_default().trim_start();
    let next_word = rest.split(' ').next().unwrap_or_default();
    if width(next_word) > second_room.max(room) {
        return truncate(text, room + 1).trim_end_matches('…').to_string();
    }
    first
}

/// "Enter spara · Tab grupp · …": the bindings of the table in force that apply now,
/// as many as fit, each with its table's words (Enter "redigera" on a selection).
fn hints(model: &Model, room: usize) -> Vec<Span<'static>> {
    if model.mode != Mode::Capture {
        return vec![];
    }
    let lang = model.lang;
    let idle = model.capture.text().is_empty() && model.editing.is_none();
    let selected = model.selected.is_some() && idle;
    let last_item = model.session.current_position() + 1 >= model.session.agenda.items.len();
    let pairs: Vec<(String, &str)> = for_model(model)
        .bindings()
        .filter(|b| match b.show {
            _ if b.action() == Some(&Action::Help) => false, // always shown on the right
            _ if b.action() == Some(&Action::NextItem) && last_item => false,
            Show::Always => true,
            Show::Idle => idle && model.selected.is_none(),
            Show::Selected => selected,
            Show::Editing => model.editing.is_some() || model.selected.is_some(),
            Show::HelpOnly => false,
            Show::Versions => {
                selected
                    && model
                        .selected_contribution()
                        .is_some_and(|c| !c.versions.is_empty())
            }
        })
        .map(|b| (b.first_key_label(), b.short(lang)))
        .collect();
    let mut spans = vec![Span::raw(" ")];
    let mut used = 1;
    for (key, label) in pairs {
        let piece = width(&key) + 1 + width(label) + 3;
        if used + piece > room {
            break;
        }
        spans.push(Span::styled(key, bold()));
        spans.push(Span::raw(" "));
        spans.push(Span::raw(label.to_string()));
        spans.push(Span::styled(" · ", dim()));
        used += piece;
    }
    if spans.len() > 1 {
        spans.pop();
    }
    spans
}

#[cfg(test)]
#[path = "footer_tests.rs"]
mod tests;
