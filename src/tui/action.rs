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
    Export,
    Details,
    Help,
    ToggleItemText,
    ToggleClock,
    Quit,
    /// Ctrl+P: show the selected contribution on the projector, or take it off.
    Release,
    /// F9: blank the projector, or show it again.
    Blank,
    /// The projector dialog (the less frequent projector controls).
    ProjectorMenu,
    /// The clock moved on (once a second).
    Tick,
}
