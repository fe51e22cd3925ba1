//! What the note editors hold while open: the item's summary and decisions as lines,
//! a contribution's themes and owner, and the vote screen's choice and typed count.

use super::input::LineInput;
use crate::session::{ContributionId, Kind, Session};

/// A few lines of text, edited one line at a time: Enter splits the line at the
/// cursor, Backspace at the start of a line joins it to the one before.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MultiLine {
    pub lines: Vec<LineInput>,
    pub row: usize,
}

impl MultiLine {
    pub fn with_lines<'a>(lines: impl IntoIterator<Item = &'a str>) -> MultiLine {
        let mut lines: Vec<LineInput> = lines.into_iter().map(LineInput::with_text).collect();
        if lines.is_empty() {
            lines.push(LineInput::default());
        }
        MultiLine {
            row: lines.len() - 1,
            lines,
        }
    }

    pub fn current(&mut self) -> &mut LineInput {
        let row = self.row.min(self.lines.len() - 1);
        &mut self.lines[row]
    }

    pub fn newline(&mut self) {
        let rest = self.current().split_off();
        let mut line = LineInput::with_text(&rest);
        line.home();
        self.row += 1;
        self.lines.insert(self.row, line);
    }

    /// Backspace: joins the line to the one before when the cursor is at its start.
    pub fn backspace(&mut self) {
        if !self.current().at_start() {
            self.current().backspace();
            return;
        }
        if self.row == 0 {
            return;
        }
        let line = self.lines.remove(self.row);
        self.row -= 1;
        let previous = self.current();
        let joined_at = previous.text().len();
        let mut joined = LineInput::with_text(&format!("{}{}", previous.text(), line.text()));
        joined.home();
        while joined.cursor_offset() < joined_at {
            joined.right();
        }
        *previous = joined;
    }

    pub fn up(&mut self) {
        self.row = self.row.saturating_sub(1);
    }

    pub fn down(&mut self) {
        self.row = (self.row + 1).min(self.lines.len() - 1);
    }

    /// The non-blank lines, cleaned.
    pub fn texts(&self) -> Vec<String> {
        self.lines
            .iter()
            .map(|l| crate::text::clean(l.text()))
            .filter(|l| !l.is_empty())
            .collect()
    }
}

/// The item notes editor: field 0 the summary, 1 the decisions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryForm {
    pub item: String,
    pub field: usize,
    pub summary: MultiLine,
    pub decisions: MultiLine,
}

impl SummaryForm {
    /// The form for `item` (the item on screen).
    pub fn of(session: &Session, item: &str) -> SummaryForm {
        let item = item.to_string();
        let notes = session
            .annotations
            .notes(&item)
            .cloned()
            .unwrap_or_default();
        SummaryForm {
            field: 0,
            summary: MultiLine::with_lines(notes.summary.lines()),
            decisions: MultiLine::with_lines(notes.decisions.iter().map(String::as_str)),
            item,
        }
    }

    pub fn focused(&mut self) -> &mut MultiLine {
        if self.field == 0 {
            &mut self.summary
        } else {
            &mut self.decisions
        }
    }
}

/// A contribution's themes and, for an action, its owner and due date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnnotateForm {
    pub id: ContributionId,
    pub field: usize,
    /// Themes, owner, due; an action has all three, other kinds only the themes.
    pub inputs: Vec<LineInput>,
}

impl AnnotateForm {
    pub fn of(session: &Session, id: ContributionId) -> Option<AnnotateForm> {
        let c = session.contributions.get(&id)?;
        let notes = &session.annotations;
        // ", " after the themes it has, so what is typed next is a new theme.
        let tags = notes.tags_of(id);
        let tags = match tags.is_empty() {
            true => String::new(),
            false => format!("{}, ", tags.join(", ")),
        };
        let mut inputs = vec![LineInput::with_text(&tags)];
        if c.kind == Kind::Action {
            let assignment = notes.assignment(id).cloned().unwrap_or_default();
            inputs.push(LineInput::with_text(&assignment.owner));
            let due = assignment.due.map(|d| d.to_string()).unwrap_or_default();
            inputs.push(LineInput::with_text(&due));
        }
        Some(AnnotateForm {
            id,
            field: 0,
            inputs,
        })
    }
}

/// The vote screen: the proposals of the current item, or of the whole session.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct VoteScreen {
    pub all: bool,
    pub row: usize,
    /// Digits typed for the chosen proposal, not saved yet.
    pub typed: Option<String>,
}

impl VoteScreen {
    /// The proposals listed, in agenda order and then as they were entered.
    /// `item` is the item on screen.
    pub fn proposals(&self, session: &Session, item: &str) -> Vec<ContributionId> {
        let mut list: Vec<(usize, ContributionId)> = session
            .contributions
            .values()
            .filter(|c| c.kind == Kind::Proposal)
            .filter(|c| self.all || c.item == item)
            .map(|c| (session.agenda.position(&c.item).unwrap_or(usize::MAX), c.id))
            .collect();
        list.sort();
        list.into_iter().map(|(_, id)| id).collect()
    }
}
