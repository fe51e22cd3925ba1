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
    /// The current item's summary and decisions (also saves them while open).
    Notes,
    /// The selected contribution's themes, owner and due date.
    Annotate,
    /// The vote screen (while open: the item's proposals or all of them).
    Vote,
    Help,
    ToggleItemText,
    ToggleClock,
    Quit,
    /// The clock moved on (once a second).
    Tick,
}
