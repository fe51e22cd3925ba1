//! The search dialog: the query, then the hits, newest first, each with its item
//! number, group and time.

use super::overlay::centered;
use super::style::popup_block;
use super::style::{dim, put_input};
use super::theme::THEME;
use crate::i18n::Lang;
use crate::i18n::words;
use crate::session::Session;
use crate::tui::model::Model;
use crate::tui::search::Search;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

pub fn render(frame: &mut Frame, area: Rect, model: &Model, search: &Search) {
    let w = words(model.lang);
    let hits = search.hits(&model.session);
    let width = area.width.saturating_sub(4).min(110);
    // As tall as the hits need (the query, a gap, the hits, the borders), never taller
    // than the screen.
    let height = (hits.len().max(1) as u16 + 4).clamp(6, area.height.saturating_sub(4).max(6));
    let popup = centered(area, width, height);
    let block = popup_block(w.search_title, Some(w.search_hint));
    let inner = block.inner(popup);
    frame.render_widget(Clear, popup);
    frame.render_widget(block, popup);
    if inner.height < 3 || inner.width < 10 {
        return;
    }
    put_input(
        frame,
        Rect { height: 1, ..inner },
        &search.query,
        "› ",
        true,
    );
    let list = Rect {
        y: inner.y + 2,
        height: inner.height - 2,
        ..inner
    };
    if hits.is_empty() {
        frame.render_widget(Paragraph::new(Span::styled(w.search_none, dim())), list);
        return;
    }
    let first = search
        .selected
        .saturating_sub(list.height.saturating_sub(1) as usize);
    let lines: Vec<Line> = hits
        .iter()
        .enumerate()
        .skip(first)
        .take(list.height as usize)
        .map(|(i, id)| {
            let selected = i == search.selected;
            hit_line(&model.session, model.lang, *id, selected, list.width)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), list);
}

/// " 6 Utmaning 4: Bris…  Region Gotland  14:02  Snabbare validering …", cut to the
/// width: where it is, who said it, when, and what.
fn hit_line(
    session: &Session,
    lang: Lang,
    id: crate::session::ContributionId,
    selected: bool,
    width: u16,
) -> Line<'static> {
    let Some(c) = session.contributions.get(&id) else {
        return Line::from("");
    };
    let position = session.agenda.position(&c.item);
    let title = position
        .and_then(|p| session.agenda.items.get(p))
        .map_or("", |i| i.title.get(lang));
    let title = crate::text::fit(title, 18);
    let number = position.map_or(0, |p| p + 1);
    let group = crate::text::fit(&crate::text::display_safe(session.group_name(c.group)), 18);
    let lead = format!("{number:>2} {title}  {group}  {}  ", c.at.format("%H:%M"));
    let room = (width as usize).saturating_sub(crate::text::width(&lead));
    let text = crate::text::truncate(&crate::text::display_safe(&c.text), room).into_owned();
    if selected {
        let style = THEME.selected;
        let row = crate::text::fit(&format!("{lead}{text}"), width as usize);
        return Line::from(Span::styled(row, style));
    }
    Line::from(vec![Span::styled(lead, dim()), Span::raw(text)])
}
