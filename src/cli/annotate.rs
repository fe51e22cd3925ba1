//! The command line's side of summaries, decisions, owners, due dates and themes:
//! checking what was typed and turning it into events.

use super::error::CliError;
use super::lang::{fill, text};
use crate::session::annotations::{
    ActionAssigned, ItemNotesSet, TagsSet, normalise_tags, same_tag,
};
use crate::session::{ContributionId, Event, Kind, Session, Timestamp};
use chrono::NaiveDate;

/// `--due`: a real date, written as `2016-02-01`.
pub fn parse_due(value: &str) -> Result<NaiveDate, CliError> {
    NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d")
        .map_err(|_| CliError::bad_input(fill(text().bad_due, &[&value])))
}

/// `add`'s `--owner`, `--due` and `--tag` as typed.
pub struct ExtraArgs {
    pub owner: Option<String>,
    pub due: Option<String>,
    pub tags: Vec<String>,
}

impl ExtraArgs {
    /// The date checked; owners and due dates only for actions. Refused before
    /// anything is saved.
    pub fn checked(self, kind: Kind) -> Result<Extras, CliError> {
        let extras = Extras {
            owner: self.owner,
            due: self.due.as_deref().map(parse_due).transpose()?,
            tags: self.tags,
        };
        extras.check(kind)?;
        Ok(extras)
    }
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
            return Err(CliError::bad_input(text().owner_for_actions));
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
    CliError::bad_input(fill(text().no_item, &[&item, &ids.join(", ")]))
}

/// `--theme` must name a theme the session has, else the minutes would be empty;
/// the minutes spell it as the session does.
pub fn known_theme(session: &Session, theme: &str) -> Result<String, CliError> {
    let known = session.annotations.all_tags();
    if let Some(spelled) = known.iter().find(|t| same_tag(t, theme)) {
        return Ok(spelled.to_string());
    }
    let known = match known.is_empty() {
        true => text().no_themes_yet.to_string(),
        false => known.join(", "),
    };
    Err(CliError::bad_input(fill(
        text().unknown_theme,
        &[&theme, &known],
    )))
}
