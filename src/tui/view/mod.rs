//! The screen: one small widget per region, each a view of the model and nothing more.

mod annotations;
mod capture;
mod capture_rows;
mod footer;
mod grid;
mod grid_names;
mod groups;
mod header;
mod item;
mod log;
mod move_to;
mod not_heard;
mod notes;
mod others;
mod overlay;
mod projector;
mod retime;
mod schedule;
mod search;
mod sidebar;
mod style;
pub(crate) mod theme;
mod versions;

use super::model::{Mode, Model};
use crate::session::Timestamp;
use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::widgets::{Paragraph, Wrap};
pub use style::{ACCENT, AMBER, bold, dim, put_input, put_lines};

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

    // The capture box grows with its text; the log gives way, down to a few rows.
    let text_rows = capture::text_rows(model, main.width);
    let room_for_text = main.height.saturating_sub(1 + 2 + 8) as usize;
    let [upper, heard_area, capture_area] = Layout::vertical([
        Constraint::Min(0),
        Constraint::Length(1),
        Constraint::Length(capture::height(text_rows.len(), room_for_text)),
    ])
    .areas(main);
    let full = model.show_full_item && !matches!(model.mode, Mode::Notes(_));
    // The item's text is wrapped once per frame, for its height and for drawing.
    let item_lines = item::lines(model, upper.width.saturating_sub(2) as usize, full);
    // The notes pane takes the log's place, so it shows over the item's whole text too.
    if full {
        item::render(frame, upper, model, item_lines, true);
    } else {
        // Its lines (the prose folded to one), plus the bottom border: the follow-up
        // questions fit whenever the screen has room for them and four rows of log.
        let wanted = (item_lines.len() as u16).saturating_add(1);
        let limit = wanted.min(upper.height.saturating_sub(4)).max(3);
        let [item_area, log_area] =
            Layout::vertical([Constraint::Length(wanted.min(limit)), Constraint::Min(0)])
                .areas(upper);
        item::render(frame, item_area, model, item_lines, false);
        match &model.mode {
            Mode::Notes(editor) => notes::render(frame, log_area, model.lang, editor),
            _ => log::render(frame, log_area, model),
        }
    }
    not_heard::render(frame, heard_area, model);
    capture::render(frame, capture_area, model, &text_rows);

    dialog(frame, area, model, now);
}

/// The dialog or overlay of the mode, drawn over the whole screen.
fn dialog(frame: &mut Frame, area: Rect, model: &Model, now: Timestamp) {
    match &model.mode {
        Mode::Help => {
            let beneath = crate::tui::keymap::beneath_help(model);
            overlay::help(frame, area, model.lang, model.help_scroll, beneath);
        }
        Mode::AddGroup(input) => overlay::add_group(frame, area, model.lang, input),
        Mode::Export(row) => overlay::export(frame, area, model, *row),
        Mode::Details(form) => overlay::details(frame, area, model.lang, form),
        Mode::PickGroup(picker) => overlay::pick_group(frame, area, model, picker),
        Mode::Summary(form) => annotations::summary(frame, area, model, form),
        Mode::Annotate(form) => annotations::annotate(frame, area, model, form),
        Mode::Vote(screen) => annotations::vote(frame, area, model, screen),
        Mode::Groups(dialog) => groups::render(frame, area, model, dialog),
        Mode::Search(search) => search::render(frame, area, model, search),
        Mode::MoveTo(picker) => move_to::render(frame, area, model, picker),
        Mode::Projector(row) => projector::dialog(frame, area, model, *row),
        Mode::ProjectorMessage(input) => projector::message(frame, area, model.lang, input),
        Mode::Retime(dialog) => retime::render(frame, area, model, dialog, now),
        Mode::Grid(scroll) => grid::render(frame, area, model, *scroll),
        Mode::Versions(picker) => versions::render(frame, area, model, picker),
        Mode::Capture | Mode::Notes(_) => {}
    }
}

/// Below the minimum size: one short message with the minimum, wrapped to whatever
/// room there is. Keys do nothing meanwhile (`Model::too_small`), except quitting.
fn too_small(frame: &mut Frame, area: Rect, model: &Model) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let w = crate::i18n::words(model.lang);
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
mod versions_tests;

#[cfg(test)]
mod selection_tests;

#[cfg(test)]
mod cockpit_snapshots;

#[cfg(test)]
mod heard_snapshots;
#[cfg(test)]
mod join_snapshots;
#[cfg(test)]
mod schedule_snapshots;
