//! The screen's named colours and styles, so a colour means one thing everywhere and
//! is changed in one place.

use ratatui::style::{Color, Modifier, Style};

pub struct Theme {
    /// Borders, titles and the current thing.
    pub accent: Color,
    /// Time running short; the private notes.
    pub amber: Color,
    /// The chosen row of any list or dialog.
    pub selected: Style,
    /// Over time, not saved: needs attention now.
    pub alarm: Style,
    /// Close to the timebox.
    pub warning: Style,
    /// Saved, heard: all is well.
    pub ok: Style,
    /// What went wrong, on the start screen.
    pub error: Style,
    /// An action in the log.
    pub action: Style,
    /// A proposal in the log.
    pub proposal: Style,
}

pub const THEME: Theme = Theme {
    accent: Color::Cyan,
    amber: Color::Yellow,
    selected: Style::new()
        .fg(Color::Cyan)
        .add_modifier(Modifier::REVERSED.union(Modifier::BOLD)),
    alarm: Style::new().fg(Color::White).bg(Color::Red),
    warning: Style::new().fg(Color::Black).bg(Color::Yellow),
    ok: Style::new().fg(Color::Green),
    error: Style::new().fg(Color::Red),
    action: Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD),
    proposal: Style::new().fg(Color::Green),
};

impl Theme {
    /// A list row: the selected style when chosen, plain otherwise.
    pub fn row(&self, chosen: bool) -> Style {
        if chosen { self.selected } else { Style::new() }
    }
}
