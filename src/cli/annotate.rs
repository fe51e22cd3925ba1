//! The command line's side of summaries, decisions, owners, due dates and themes:
//! checking what was typed and turning it into events.

use super::CliError;
use crate::session::notes::{ActionAssigned, ItemNotesSet, TagsSet, normalise_tags};
use crate::session::{ContributionId, Event, Kind, Session, Timestamp};
use chrono::NaiveDate;

/// `--due`: a real date, written as `2016-02-01`.
pub fn parse_due(value: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d").map_err(|_| {
        format!("'{value}' is not a date: give a real date as YYYY-MM-DD, e.g. 2016-02-01")
    })
}

/// What `add` may say about a contribution besides its text.
pub struct Extras {
    pub owner: Option<String>,
    pub due: Option<NaiveDate>,
    pub tags: Vec<String>,
}

impl Extras {
    /// Owners and due dates belong to actions only: refused before anything is saved.
    pub fn check(&self, kind: Kind) -> Result<(), CliError> {
        if (self.owner.is_some() || self.due.is_some()) && kind != Kind::Action {
            return Err(CliError::bad_input(
                "--owner and --due are for actions: add --kind action (åtgärd)",
            ));
        }
        Ok(())
    }

    /// The events that give contribution `id` its owner, due date and themes.
    pub fn events(&self, session: &Session, id: ContributionId, at: Timestamp) -> Vec<Event> {
        let mut events = Vec::new();
        let owner = self.owner.as_deref().map(crate::text::clean);
        if owner.as_ref().is_some_and(|o| !o.is_empty()) || self.due.is_some() {
            events.push(Event::ActionAssigned(ActionAssigned {
                id,
                owner: owner.unwrap_or_default(),
                due: self.due,
                at,
            }));
        }
        let tags = normalise_tags(&self.tags, &session.annotations.all_tags());
        if !tags.is_empty() {
            events.push(Event::TagsSet(TagsSet { id, tags, at }));
        }
        events
    }
}

/// `set --item ITEM --summary TEXT --decision TEXT… --clear-decisions`.
pub struct NotesArgs {
    pub item: String,
    pub summary: Option<String>,
    pub decisions: Vec<String>,
    pub clear_decisions: bool,
}

impl NotesArgs {
    pub fn has_changes(&self) -> bool {
        self.summary.is_some() || !self.decisions.is_empty() || self.clear_decisions
    }

    /// The event for the item, or a clear refusal when the session has no such item.
    pub fn event(&self, session: &Session, at: Timestamp) -> Result<Event, CliError> {
        if session.agenda.item(&self.item).is_none() {
            return Err(unknown_item(session, &self.item));
        }
        let decisions = (self.clear_decisions || !self.decisions.is_empty()).then(|| {
            let kept = session.annotations.notes(&self.item);
            let mut list = match kept {
                Some(notes) if !self.clear_decisions => notes.decisions.clone(),
                _ => Vec::new(),
            };
            list.extend(
                self.decisions
                    .iter()
                    .map(|d| crate::text::clean(d))
                    .filter(|d| !d.is_empty()),
            );
            list
        });
        Ok(Event::ItemNotesSet(ItemNotesSet {
            item: self.item.clone(),
            summary: self.summary.as_deref().map(clean_summary),
            decisions,
            at,
        }))
    }
}

/// A summary keeps its line breaks; each line is cleaned, blank lines at the ends go.
pub fn clean_summary(text: &str) -> String {
    let lines: Vec<String> = text.lines().map(crate::text::clean).collect();
    lines.join("\n").trim_matches('\n').to_string()
}

pub fn unknown_item(session: &Session, item: &str) -> CliError {
    let ids: Vec<&str> = session.agenda.items.iter().map(|i| i.id.as_str()).collect();
    CliError::bad_input(format!(
        "no agenda item '{item}' in this session; items: {}",
        ids.join(", ")
    ))
}
