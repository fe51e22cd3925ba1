//! Which table is in force: the mode (and, in the groups dialog, its step) decides.

use super::binding::Keymap;
use super::capture::CAPTURE;
use super::dialogs::{
    DETAILS, EXPORT, HELP, LINE_DIALOG, MOVE_TO, NOTES, PICK_GROUP, SEARCH, START,
};
use super::editors::{ANNOTATE, GRID, GROUPS, MERGE_GROUP, PROJECTOR, RETIME, SUMMARY, VOTE};
use crate::tui::model::{GroupsStep, Mode};

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
    }
}

/// Every table, with the name of its section in the README.
pub static ALL: &[(&str, &Keymap)] = &[
    ("Keys", &CAPTURE),
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
];
