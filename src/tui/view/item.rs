//! The current agenda item. Folded (the usual view): where it stands in the agenda,
//! its title, the moderator's follow-up questions, and the background prose on one
//! line. Full (F3): title, the whole text, then the questions.

use super::style::{ACCENT, bold, dim, put_lines};
use crate::agenda::AgendaItem as Item;
use crate::i18n::Lang;
use crate::text::{display_safe, truncate, width, wrap};
use crate::tui::model::Model;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders};

/// The current item's lines at `columns` columns, `full` or folded.
pub fn lines(model: &Model, columns: usize, full: bool) -> Vec<Line<'static>> {
    let session = &model.session;
    let Some(item) = session.agenda.item(model.item()) else {
        return Vec::new();
    };
    let lang = model.lang;
    let strings = lang.strings();
    let mut place = format!(
        "{} {} {} {} · {} {}",
        strings.item_time,
        session.agenda.position(&item.id).unwrap_or(0) + 1,
        strings.of,
        session.agenda.items.len(),
        item.timebox_minutes,
        strings.min
    );
    // A note-taker's own view says where the room is.
    let mut place_style = dim();
    if model.has_own_view() {
        let room = session.current_position() + 1;
        let own = crate::i18n::join_text(lang)
            .room_is_at
            .replace("{}", &room.to_string());
        place.push_str(&format!(" · {own}"));
        place_style = bold().fg(super::AMBER);
    }
    let mut out: Vec<Line> = vec![Line::from(Span::styled(place, place_style))];
    for line in wrap(&display_safe(item.title.get(lang)), columns) {
        out.push(Line::from(Span::styled(line, bold().fg(ACCENT))));
    }
    if full {
        out.extend(prose(item, lang, columns));
        out.extend(prompts(item, lang, columns));
    } else {
        out.extend(prompts(item, lang, columns));
        out.extend(folded_prose(item, lang, columns));
    }
    out
}

/// The paragraphs of the item's text. Paragraphs and bullet lines keep their
/// breaks; blank lines are dropped to save rows on a projector.
fn paragraphs(item: &Item, lang: Lang) -> impl Iterator<Item = &str> {
    item.text
        .get(lang)
        .split('\n')
        .filter(|p| !p.trim().is_empty())
}

fn prose(item: &Item, lang: Lang, columns: usize) -> Vec<Line<'static>> {
    paragraphs(item, lang)
        .flat_map(|paragraph| wrap(&display_safe(paragraph), columns))
        .map(Line::from)
        .collect()
}

/// The whole text on one dim line; cut, it ends in "… F3 shows the whole text".
fn folded_prose(item: &Item, lang: Lang, columns: usize) -> Option<Line<'static>> {
    let joined = paragraphs(item, lang)
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" · ");
    if joined.is_empty() {
        return None;
    }
    let joined = display_safe(&joined);
    if width(&joined) <= columns {
        return Some(Line::from(Span::styled(joined.into_owned(), dim())));
    }
    let hint = lang.strings().more_text;
    let room = columns.saturating_sub(width(hint) + 1);
    let cut = truncate(&joined, room);
    let cut = cut.trim_end_matches(['…', '·', ' ']);
    Some(Line::from(Span::styled(format!("{cut} {hint}"), dim())))
}

fn prompts(item: &Item, lang: Lang, columns: usize) -> Vec<Line<'static>> {
    if item.prompts.is_empty() {
        return Vec::new();
    }
    let mut out = vec![Line::from(Span::styled(
        format!("{}:", lang.strings().prompts),
        dim(),
    ))];
    for prompt in &item.prompts {
        let wrapped = wrap(&display_safe(prompt.get(lang)), columns.saturating_sub(2));
        for (i, line) in wrapped.into_iter().enumerate() {
            let bullet = if i == 0 { "? " } else { "  " };
            out.push(Line::from(vec![
                Span::styled(bullet, Style::new().fg(ACCENT)),
                Span::styled(line, Style::new().add_modifier(Modifier::ITALIC)),
            ]));
        }
    }
    out
}

pub fn render(frame: &mut Frame, area: Rect, model: &Model, mut all: Vec<Line>, full: bool) {
    let block = Block::new().borders(Borders::BOTTOM);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let inner = Rect {
        x: inner.x.saturating_add(1),
        width: inner.width.saturating_sub(2),
        ..inner
    };
    let rows = inner.height as usize;
    if all.len() > rows && rows > 0 {
        all.truncate(rows - 1);
        let hint = if full {
            "…"
        } else {
            model.lang.strings().more_text
        };
        all.push(Line::from(Span::styled(hint, dim())));
    }
    put_lines(frame, inner, &all);
}
