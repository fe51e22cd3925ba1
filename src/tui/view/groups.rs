//! The groups dialog (F5): every group with its number of contributions and its
//! presence mark; the selected row is renamed in place, or a second marker shows
//! the group it will be merged into.

use super::overlay::centered;
use super::style::in_sight;
use super::style::popup_block;
use super::style::put_input;
use super::theme::THEME;
use crate::session::{Group, Presence};
use crate::tui::model::{GroupsDialog, GroupsStep, Model};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

pub fn render(frame: &mut Frame, area: Rect, model: &Model, dialog: &GroupsDialog) {
    let strings = model.lang.strings();
    let groups = &model.session.groups;
    let rows = (groups.len() as u16).clamp(1, area.height.saturating_sub(6).max(3));
    let popup = centered(area, 70, rows + 2);
    let hint = match dialog.step {
        GroupsStep::List => strings.groups_hint,
        GroupsStep::Rename(_) => strings.groups_rename_hint,
        GroupsStep::MergeInto(_) => strings.groups_merge_hint,
    };
    let block = popup_block(strings.groups_title, Some(hint));
    let inner = block.inner(popup);
    frame.render_widget(Clear, popup);
    frame.render_widget(block, popup);
    if inner.height == 0 || inner.width < 10 {
        return;
    }
    let focus = match dialog.step {
        GroupsStep::MergeInto(target) => target,
        _ => dialog.selected,
    };
    let right = 18usize;
    let name_width = (inner.width as usize).saturating_sub(right + 3);
    for (row, (i, group)) in in_sight(groups, focus, inner.height).enumerate() {
        let line_area = Rect {
            y: inner.y + row as u16,
            height: 1,
            ..inner
        };
        if let GroupsStep::Rename(input) = &dialog.step
            && i == dialog.selected
        {
            put_input(frame, line_area, input, "› ", true);
            continue;
        }
        let text = row_text(model, dialog, (i, group), name_width);
        let style = THEME.row(i == focus);
        frame.render_widget(
            Paragraph::new(Line::from(Span::styled(text, style))),
            line_area,
        );
    }
}

/// A group's row: the merge arrow, its name, its contributions and its presence.
fn row_text(
    model: &Model,
    dialog: &GroupsDialog,
    (i, group): (usize, &Group),
    name_width: usize,
) -> String {
    let strings = model.lang.strings();
    let mark = match group.presence {
        Presence::Unmarked => "",
        Presence::Present => strings.marked_present,
        Presence::Absent => strings.marked_absent,
    };
    let count = model.session.contributions_of(group.id).len();
    let arrow = match dialog.step {
        GroupsStep::MergeInto(target) if i == target => "→ ",
        GroupsStep::MergeInto(_) if i == dialog.selected => "× ",
        _ => "  ",
    };
    format!(
        "{arrow}{} {:>4}  {:<12}",
        crate::text::fit(&crate::text::display_safe(&group.name), name_width),
        count,
        mark
    )
}
