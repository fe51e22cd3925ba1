//! The start screen's model: the steps, what the user chose, and two pieces of
//! drawing every step uses.

use crate::agenda::Agenda;
use crate::i18n::Lang;
use crate::presets::GroupPreset;
use crate::store::summary::Summary;
use crate::tui::input::LineInput;
use crate::tui::view::theme::THEME;
use crate::tui::view::{ACCENT, bold, put_input};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Span;
use ratatui::widgets::{Block, Paragraph};
use std::path::PathBuf;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    Resume(PathBuf),
    /// `agenda` is `None` for the built-in (or the one given on the command line).
    New {
        title: String,
        groups: Vec<String>,
        agenda: Option<Box<Agenda>>,
    },
    Quit,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// Row 0 is "new session"; rows 1.. are the sessions.
    Sessions(usize),
    Title(LineInput),
    /// Rows are the presets, then "type your own".
    Groups(usize),
    TypedGroups(LineInput),
    /// Rows are the agendas in the data dir, then "type a path".
    Agendas(usize),
    AgendaPath(LineInput),
}

pub struct StartModel {
    pub lang: Lang,
    pub sessions: Vec<Summary>,
    pub presets: Vec<GroupPreset>,
    pub step: Step,
    pub title: String,
    pub error: Option<String>,
    /// Agenda files found in the data dir's `agendas/` folder.
    pub agendas: Vec<(PathBuf, Agenda)>,
    /// The agenda chosen on the start screen, if not the default one.
    pub agenda: Option<Agenda>,
}

impl StartModel {
    pub fn new(lang: Lang, sessions: Vec<Summary>, default_title: &str) -> StartModel {
        StartModel {
            lang,
            sessions,
            presets: crate::presets::group_presets(),
            step: Step::Sessions(0),
            title: default_title.to_string(),
            error: None,
            agendas: Vec::new(),
            agenda: None,
        }
    }

    /// Starts at the group step (for `samtal new` without `--group`).
    pub fn groups_only(lang: Lang, title: &str) -> StartModel {
        let mut model = StartModel::new(lang, Vec::new(), title);
        model.step = Step::Groups(0);
        model
    }
}

/// The selected row of a list.
pub fn highlight(selected: bool) -> Style {
    THEME.row(selected)
}

/// A label and a bordered line input under it.
pub fn prompt(frame: &mut Frame, area: Rect, label: &str, input: &LineInput) {
    let [label_area, input_area] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(3)]).areas(area);
    frame.render_widget(
        Paragraph::new(Span::styled(label.to_string(), bold())),
        label_area,
    );
    let block = Block::bordered().border_style(Style::new().fg(ACCENT));
    let inner = block.inner(input_area);
    frame.render_widget(block, input_area);
    put_input(frame, inner, input, "", true);
}
