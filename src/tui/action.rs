//! Every user intent, named. Each mode's key table maps keys to these; `update` acts
//! on them.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Enter: add the capture line as a contribution, or confirm a dialog.
    Commit,
    /// Esc: clear the capture line, close a dialog.
    Cancel,
    /// Enter on a selected contribution: its text into the line, to be edited.
    EditSelected,
    /// Delete on a selected contribution.
    DeleteSelected,
    /// Esc on a selected contribution: nothing selected.
    Deselect,
    /// Enter while editing: the line replaces the contribution's text.
    SaveEdit,
    /// Esc while editing: the contribution stays as it was.
    CancelEdit,
    NextGroup,
    PrevGroup,
    CycleKind,
    NextItem,
    PrevItem,
    /// Alt+F: a note-taker's view follows the moderator's item again.
    Follow,
    Up,
    Down,
    /// Delete: the character after the cursor.
    Delete,
    Backspace,
    Left,
    Right,
    Home,
    End,
    /// Ctrl+← / Ctrl+→: the cursor by word.
    WordLeft,
    WordRight,
    /// Ctrl+W (Ctrl+Backspace): the word before the cursor.
    DeleteWordBefore,
    /// Ctrl+Delete: the word after the cursor.
    DeleteWordAfter,
    /// Select the next group not yet heard on the current item.
    NextNotHeard,
    /// Alt+1…Alt+4: this kind for the next contribution.
    SetKind(crate::session::Kind),
    /// Keep the kind after a saved contribution instead of going back to comment.
    ToggleKindLock,
    /// Typed or pasted text.
    Insert(String),
    Undo,
    Redo,
    AddGroup,
    PickGroup,
    /// The groups dialog: rename, mark present/absent, merge, remove.
    Groups,
    Export,
    Details,
    /// The current item's summary and decisions (also saves them while open).
    Summary,
    /// The selected contribution's themes, owner and due date.
    Annotate,
    /// The vote screen (while open: the item's proposals or all of them).
    Vote,
    Help,
    ToggleItemText,
    ToggleClock,
    /// Search contributions and group names across the session.
    Search,
    /// Open (or save and close) the current item's private notes.
    Notes,
    /// Move the selected (or edited) contribution to another item.
    MoveTo,
    /// Re-time the items not yet visited, skip one (F8).
    Retime,
    /// The item × group grid (F7).
    Grid,
    /// The sidebar: minutes spent / planned times.
    TogglePlanned,
    Quit,
    /// Ctrl+P: show the selected contribution on the projector, or take it off.
    Release,
    /// F9: blank the projector, or show it again.
    Blank,
    /// The projector dialog (the less frequent projector controls).
    ProjectorMenu,
    /// A form: the next / previous field.
    NextField,
    PrevField,
    /// The themes field: complete the theme being typed, or else the next field.
    Complete,
    /// A text of several lines: a new line.
    Newline,
    /// A list: the row with this number (1 for the first).
    Choose(u8),
    /// The groups dialog: present, absent, unmarked in turn.
    CyclePresence,
    /// The groups dialog: choose a group to merge the highlighted one into.
    MergeGroup,
    /// Re-timing: fewer / more minutes for the chosen item, skip it, move it later.
    Shorter,
    Longer,
    Skip,
    Later,
    /// The vote: the item's proposals or all of them.
    SwitchScope,
    /// The clock moved on (once a second).
    Tick,
    /// Ctrl+R on a selected contribution: its versions, to pick one.
    Versions,
}
