//! Every user intent, named. The keymap maps keys to these; `update` acts on them.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Enter: commit the capture line, start editing the selected contribution, or
    /// confirm a dialog.
    Commit,
    /// Esc: clear the capture line, cancel an edit, close a dialog.
    Cancel,
    NextGroup,
    PrevGroup,
    CycleKind,
    NextItem,
    PrevItem,
    Up,
    Down,
    /// Delete: the character after the cursor, or the selected contribution.
    Delete,
    Backspace,
    Left,
    Right,
    Home,
    End,
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
    /// The clock moved on (once a second).
    Tick,
}
