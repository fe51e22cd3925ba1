//! Which table is in force: the mode decides (in the groups dialog its step, on the
//! capture screen whether a contribution is selected or edited).

use super::binding::Keymap;
use super::capture::CAPTURE;
use super::dialogs::{
    DETAILS, EXPORT, HELP, LINE_DIALOG, MOVE_TO, NOTES, PICK_GROUP, SEARCH, START,
};
use super::editors::{ANNOTATE, GRID, GROUPS, MERGE_GROUP, PROJECTOR, RETIME, SUMMARY, VOTE};
use super::selection::{EDITING, SELECTED};
use crate::tui::model::{GroupsStep, Mode, Model};

/// The capture screen's three states, each with its table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaptureState {
    /// Typing a new line (a draft may sit beside a selection an undo made).
    Typing,
    /// A contribution selected in the log, the line empty.
    Selected,
    /// A selected contribution's text in the line, being edited.
    Editing,
}

pub fn capture_state(model: &Model) -> CaptureState {
    if model.editing.is_some() {
        CaptureState::Editing
    } else if model.selected.is_some() && model.capture.text().is_empty() {
        CaptureState::Selected
    } else {
        CaptureState::Typing
    }
}

/// The table of the screen as it is now: what the app's loop looks keys up in.
pub fn for_model(model: &Model) -> &'static Keymap {
    match model.mode {
        Mode::Capture => for_capture(capture_state(model)),
        ref mode => for_mode(mode),
    }
}

/// The table the help was opened from: a dialog's, or the capture screen's as it is.
pub fn beneath_help(model: &Model) -> &'static Keymap {
    match model.behind_help.as_deref() {
        Some(mode) => for_mode(mode),
        None => for_capture(capture_state(model)),
    }
}

pub fn for_capture(state: CaptureState) -> &'static Keymap {
    match state {
        CaptureState::Typing => &CAPTURE,
        CaptureState::Selected => &SELECTED,
        CaptureState::Editing => &EDITING,
    }
}

/// The table of a mode; the capture screen's as when a line is typed.
pub fn for_mode(mode: &Mode) -> &'static Keymap {
    match mode {
        Mode::Capture => &CAPTURE,
        Mode::Help => &HELP,
        Mode::AddGroup(_) | Mode::ProjectorMessage(_) => &LINE_DIALOG,
        Mode::Export(_) => &EXPORT,
        Mode::Details(_) => &DETAILS,
        Mode::PickGroup(_) => &PICK_GROUP,
        Mode::Groups(dialog) => match dialog.step {
            GroupsStep::List => &GROUPS,
            GroupsStep::Rename(_) => &LINE_DIALOG,
            GroupsStep::MergeInto(_) => &MERGE_GROUP,
        },
        Mode::Search(_) => &SEARCH,
        Mode::Notes(_) => &NOTES,
        Mode::MoveTo(_) => &MOVE_TO,
        Mode::Summary(_) => &SUMMARY,
        Mode::Annotate(_) => &ANNOTATE,
        Mode::Vote(_) => &VOTE,
        Mode::Projector(_) => &PROJECTOR,
        Mode::Retime(_) => &RETIME,
        Mode::Grid(_) => &GRID,
        Mode::Versions(_) => &super::versions::VERSIONS,
    }
}

/// Every table, with the name of its section in the README.
pub static ALL: &[(&str, &Keymap)] = &[
    ("Keys", &CAPTURE),
    ("A contribution selected (↑ ↓)", &SELECTED),
    ("Editing a contribution (Enter on a selected one)", &EDITING),
    ("Help (F1)", &HELP),
    (
        "A line: a new group (Ctrl+G), a new name (F5, Enter), the projector's message",
        &LINE_DIALOG,
    ),
    ("Export (Ctrl+E)", &EXPORT),
    ("Details (Ctrl+D)", &DETAILS),
    ("Find a group (Ctrl+F, F4)", &PICK_GROUP),
    ("Search (Ctrl+S)", &SEARCH),
    ("Private notes (Ctrl+O)", &NOTES),
    ("Move a contribution (Ctrl+X)", &MOVE_TO),
    ("Summary and decisions (Alt+S)", &SUMMARY),
    ("Themes and owner (Alt+T)", &ANNOTATE),
    ("Dot vote (Alt+V)", &VOTE),
    ("Groups (F5)", &GROUPS),
    ("Groups: merge into (F5, +)", &MERGE_GROUP),
    ("Projector (F12)", &PROJECTOR),
    ("Re-plan (F8)", &RETIME),
    ("The room (F7)", &GRID),
    ("Start screen", &START),
    ("Versions (Ctrl+R)", &super::versions::VERSIONS),
];
