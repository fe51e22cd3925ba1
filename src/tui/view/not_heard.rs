//! The line above the capture box: the groups not yet heard on the current item,
//! as many names as fit and "+N" for the rest, or that every group has been heard.

use super::theme::THEME;
use super::{AMBER, bold, dim, put_lines};
use crate::i18n::words;
use crate::session::not_heard;
use crate::text::{display_safe, width};
use crate::tui::model::Model;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

pub fn render(frame: &mut Frame, area: Rect, model: &Model) {
    let inner = Rect {
        x: area.x.saturating_add(1),
        width: area.width.saturating_sub(2),
        ..area
    };
    put_lines(frame, inner, &[line(model, inner.width as usize)]);
}

/// "Ej hörda (5): Region Gotland, Region Kalmar län, +3" in `columns` columns.
pub fn line(model: &Model, columns: usize) -> Line<'static> {
    let session = &model.session;
    let w = words(model.lang);
    if session.groups.is_empty() {
        return Line::default();
    }
    let waiting = not_heard(session, model.item());
    if waiting.is_empty() {
        return Line::from(Span::styled(format!("✓ {}", w.all_heard), THEME.ok));
    }
    let label = format!("{} ({}): ", w.not_heard, waiting.len());
    let names: Vec<String> = waiting
        .iter()
        .map(|id| display_safe(session.group_name(*id)).into_owned())
        .collect();
    let (shown, rest) = fitting(&names, columns.saturating_sub(width(&label)));
    let mut spans = vec![
        Span::styled(label, bold().fg(AMBER)),
        Span::raw(names[..shown].join(", ")),
    ];
    if rest > 0 {
        let lead = if shown > 0 { ", " } else { "" };
        spans.push(Span::styled(format!("{lead}+{rest}"), dim()));
    }
    Line::from(spans)
}

/// How many of `names` fit in `room` columns, with ", +N" for those left out.
fn fitting(names: &[String], room: usize) -> (usize, usize) {
    let mut used = 0;
    for (k, name) in names.iter().enumerate() {
        let separator = if k > 0 { 2 } else { 0 };
        used += separator + width(name);
        let left = names.len() - k - 1;
        let suffix = if left > 0 {
            width(&format!(", +{left}"))
        } else {
            0
        };
        if used + suffix > room {
            return (k, names.len() - k);
        }
    }
    (names.len(), 0)
}

#[cfg(test)]
mod tests {
    use super::fitting;

    #[test]
    fn names_that_do_not_fit_become_plus_n() {
        let names: Vec<String> = ["Gotland", "Kalmar", "Örebro"]
            .iter()
            .map(|n| n.to_string())
            .collect();
        assert_eq!(fitting(&names, 40), (3, 0));
        assert_eq!(fitting(&names, "Gotland, Kalmar, Örebro".len() - 2), (2, 1));
        assert_eq!(fitting(&names, 19), (2, 1), "Gotland, Kalmar, +1");
        assert_eq!(fitting(&names, 18), (1, 2));
        assert_eq!(fitting(&names, 17), (1, 2), "Gotland, +2");
        assert_eq!(fitting(&names, 3), (0, 3));
    }
}
