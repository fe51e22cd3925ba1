//! `samtal set`: the details the minutes show, and one item's summary and decisions.

use super::annotate::NotesArgs;
use super::error::{CliError, save};
use super::lang::{fill, text};
use super::sessions::resolve;
use super::writing::{open_checked, open_for_writing};
use crate::clock::now;
use crate::session::Event;
use std::path::Path;

pub struct SetOptions {
    pub title: Option<String>,
    pub place: Option<String>,
    pub moderator: Option<String>,
    pub note_takers: Vec<String>,
    pub subtitle: Option<String>,
    pub date: Option<String>,
    pub moderator_device: Option<String>,
}

/// An optional value read from its text; a text it cannot be read from is refused
/// with `message` (which names it).
fn parsed<T>(
    given: Option<&str>,
    message: &str,
    read: impl Fn(&str) -> Option<T>,
) -> Result<Option<T>, CliError> {
    given
        .map(str::trim)
        .map(|d| read(d).ok_or_else(|| CliError::bad_input(fill(message, &[&d]))))
        .transpose()
}

/// Sets the details and/or one item's summary and decisions. Every check is made
/// before the first event is saved, so a refusal changes nothing.
pub fn set(
    data_dir: &Path,
    session_arg: &str,
    options: SetOptions,
    notes: Option<NotesArgs>,
) -> Result<(), CliError> {
    let dir = resolve(data_dir, session_arg)?;
    let clean = |s: Option<String>| s.map(|s| crate::text::clean(&s));
    if clean(options.title.clone()).is_some_and(|t| t.is_empty()) {
        return Err(CliError::bad_input(text().title_empty));
    }
    let date = parsed(options.date.as_deref(), text().bad_date, |d| {
        chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()
    })?;
    let moderator_device = parsed(
        options.moderator_device.as_deref(),
        text().bad_device_id,
        |d| d.parse::<crate::session::DeviceId>().ok(),
    )?;
    let note_takers = &options.note_takers;
    let details = Event::DetailsSet {
        title: clean(options.title).filter(|t| !t.is_empty()),
        place: clean(options.place),
        moderator: clean(options.moderator),
        note_takers: (!note_takers.is_empty()).then(|| crate::text::unique_names(note_takers)),
        at: now(),
    };
    let heading = Event::HeadingSet {
        subtitle: clean(options.subtitle),
        date,
        at: now(),
    };
    let mut events: Vec<Event> = [details, heading]
        .into_iter()
        .filter(|e| !e.is_noop())
        .collect();
    events.extend(moderator_device.map(|device| Event::ModeratorDeviceSet { device, at: now() }));
    let notes = notes.filter(NotesArgs::has_changes);
    if events.is_empty() && notes.is_none() {
        return Err(CliError::bad_input(text().nothing_to_set));
    }
    // Only an item's notes can be refused by what the session holds.
    let (mut store, mut session) = match &notes {
        Some(notes) => {
            let (store, session, event) = open_checked(&dir, |s| notes.event(s, now()))?;
            events.push(event);
            (store, session)
        }
        None => open_for_writing(&dir)?,
    };
    for event in &events {
        save(&mut store, &mut session, event)?;
    }
    super::error::say(text().set_saved);
    Ok(())
}
