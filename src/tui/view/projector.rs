//! The projector dialog in the app: the less frequent projector controls, each row
//! with what it is set to now.

use super::overlay::centered;
use super::put_input;
use super::style::popup_block;
use super::theme::THEME;
use crate::i18n::Lang;
use crate::i18n::words;
use crate::tui::input::LineInput;
use crate::tui::model::Model;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

pub fn dialog(frame: &mut Frame, area: Rect, model: &Model, row: usize) {
    let w = words(model.lang).projector;
    let projector = &model.session.projector;
    let state = |on: bool| if on { w.on } else { w.off };
    let ids = model.current_ids();
    let released = projector.released_set();
    let shown = ids.iter().filter(|id| released.contains(id)).count();
    let all_shown = !ids.is_empty() && shown == ids.len();
    let message = if projector.message.is_empty() {
        w.none.to_string()
    } else {
        crate::text::display_safe(&projector.message).into_owned()
    };
    let rows = [
        format!(
            "{} ({shown}/{} {})",
            if all_shown {
                w.withdraw_all
            } else {
                w.release_all
            },
            ids.len(),
            w.shown
        ),
        format!("{}: {}", w.names, state(projector.names)),
        format!("{}: {message}", w.message),
        format!("{}: {}", w.show_agenda, state(projector.agenda)),
        format!("{}: {}", w.blank, state(projector.blank)),
    ];
    let width = area.width.min(64);
    let lines: Vec<Line> = rows
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let text = crate::text::fit(&format!(" {}  {text}", i + 1), width as usize - 2);
            let style = THEME.row(i == row);
            Line::from(Span::styled(text, style))
        })
        .collect();
    let popup = centered(area, width, lines.len() as u16 + 2);
    let block = popup_block(w.title, Some(w.hint));
    frame.render_widget(Clear, popup);
    frame.render_widget(Paragraph::new(lines).block(block), popup);
}

pub fn message(frame: &mut Frame, area: Rect, lang: Lang, input: &LineInput) {
    let w = words(lang).projector;
    let popup = centered(area, 60, 3);
    let block = popup_block(
        &format!("{} — {}", w.title, w.message),
        Some(w.message_hint),
    );
    let inner = block.inner(popup);
    frame.render_widget(Clear, popup);
    frame.render_widget(block, popup);
    put_input(frame, inner, input, "› ", true);
}

#[cfg(test)]
mod tests;
