//! The projector's colours: high contrast by default (light on black), dark on
//! white with `--light`, and none at all when `NO_COLOR` is set (then bold, the
//! timer's words and its `+` carry what colour would).

use super::timer::Tone;
use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub base: Style,
    pub accent: Style,
    pub dim: Style,
    pub amber: Style,
    pub over: Style,
}

impl Theme {
    pub fn dark() -> Theme {
        let base = Style::new().fg(Color::White).bg(Color::Black);
        Theme {
            base,
            accent: base.fg(Color::LightCyan),
            dim: base.fg(Color::Gray),
            amber: base.fg(Color::Indexed(214)),
            over: base.fg(Color::LightRed),
        }
    }

    pub fn light() -> Theme {
        let base = Style::new().fg(Color::Black).bg(Color::White);
        Theme {
            base,
            accent: base.fg(Color::Blue),
            dim: base.fg(Color::DarkGray),
            amber: base.fg(Color::Indexed(166)),
            over: base.fg(Color::Red),
        }
    }

    /// No colour: the terminal's own, with bold and underline for emphasis.
    pub fn plain() -> Theme {
        let base = Style::new();
        Theme {
            base,
            accent: base.add_modifier(Modifier::BOLD),
            dim: base,
            amber: base.add_modifier(Modifier::BOLD),
            over: base.add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        }
    }

    /// The theme asked for: `NO_COLOR` (set and not empty) wins over `--light`.
    pub fn choose(light: bool, no_color: Option<std::ffi::OsString>) -> Theme {
        if no_color.is_some_and(|v| !v.is_empty()) {
            Theme::plain()
        } else if light {
            Theme::light()
        } else {
            Theme::dark()
        }
    }

    pub fn timer(&self, tone: Tone) -> Style {
        match tone {
            Tone::Normal => self.base,
            Tone::Amber => self.amber,
            Tone::Over => self.over,
        }
    }
}

/// What one frame needs besides the session: the language and the colours.
pub struct Look {
    pub lang: crate::lang::Lang,
    pub theme: Theme,
}
