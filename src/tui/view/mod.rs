//! The screen: one small widget per region, each a view of the model and nothing more.

mod capture;
mod footer;
mod groups;
mod header;
mod item;
mod log;
mod move_to;
mod notes;
mod overlay;
mod search;
mod sidebar;
mod style;

use super::model::{Mode, Model};
use crate::session::Timestamp;
use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::widgets::{Paragraph, Wrap};
pub use style::{ACCENT, AMBER, bold, clock, dim, put_input, put_lines};

pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;

/// Below the minimum size the screen only asks for a larger window.
pub fn too_small_for(width: u16, height: u16) -> bool {
    width < MIN_WIDTH || height < MIN_HEIGHT
}

pub fn draw(frame: &mut Frame, model: &Model, now: Timestamp) {
    let area = frame.area();
    if too_small_for(area.width, area.height) {
        too_small(frame, area, model);
        return;
    }
    let [header_area, body, footer_area] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(footer::height(model, area.width)),
    ])
    .areas(area);
    let sidebar_width = if area.width >= 110 { 34 } else { 26 };
    let [sidebar_area, main] =
        Layout::horizontal([Constraint::Length(sidebar_width), Constraint::Min(0)]).areas(body);

    header::render(frame, header_area, model, now);
    sidebar::render(frame, sidebar_area, model, now);
    footer::render(frame, footer_area, model, now);

    let [upper, capture_area] =
        Layout::vertical([Constraint::Min(0), Constraint::Length(3)]).areas(main);
    // The item's text is wrapped once per frame, for its height and for drawing.
    let item_lines = item::lines(model, upper.width.saturating_sub(2) as usize);
    // The notes pane takes the log's place, so it shows over the item's whole text too.
    if model.show_full_item && !matches!(model.mode, Mode::Notes(_)) {
        item::render(frame, upper, model, item_lines, true);
    } else {
        // Its lines, plus the bottom border.
        let wanted = (item_lines.len() as u16).saturating_add(1);
        let limit = (upper.height * 2 / 5).max(6);
        let [item_area, log_area] =
            Layout::vertical([Constraint::Length(wanted.min(limit)), Constraint::Min(0)])
                .areas(upper);
        item::render(frame, item_area, model, item_lines, false);
        match &model.mode {
            Mode::Notes(editor) => notes::render(frame, log_area, model.lang, editor),
            _ => log::render(frame, log_area, model),
        }
    }
    capture::render(frame, capture_area, model);

    match &model.mode {
        Mode::Help => overlay::help(frame, area, model.lang, model.help_scroll),
        Mode::AddGroup(input) => overlay::add_group(frame, area, model.lang, input),
        Mode::Export(row) => overlay::export(frame, area, model, *row),
        Mode::Details(form) => overlay::details(frame, area, model.lang, form),
        Mode::PickGroup(picker) => overlay::pick_group(frame, area, model, picker),
        Mode::Groups(dialog) => groups::render(frame, area, model, dialog),
        Mode::Search(search) => search::render(frame, area, model, search),
        Mode::MoveTo(picker) => move_to::render(frame, area, model, picker),
        Mode::Capture | Mode::Notes(_) => {}
    }
}

/// Below the minimum size: one short message with the minimum, wrapped to whatever
/// room there is. Keys do nothing meanwhile (`Model::too_small`), except quitting.
fn too_small(frame: &mut Frame, area: Rect, model: &Model) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let w = super::words::words(model.lang);
    let message = format!(
        "{} {MIN_WIDTH}×{MIN_HEIGHT} ({} {}×{}). {}",
        w.too_small, w.too_small_now, area.width, area.height, w.too_small_quit
    );
    let y = area.height.saturating_sub(2) / 2;
    let rest = Rect {
        y: area.y + y,
        height: area.height - y,
        ..area
    };
    frame.render_widget(
        Paragraph::new(message)
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true }),
        rest,
    );
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod screen_tests;

#[cfg(test)]
mod cockpit_snapshots;
