//! The session's state: its agenda, groups, contributions and clock, and the one
//! function that changes it (`apply`). Replaying the journal calls the same function.

use super::annotations::Annotations;
use super::contribution::{self, Contribution, ContributionId, Contributions, GroupId};
use super::event::Event;
use super::event_id::{DeviceId, EventId, Stamp, WriterId};
use super::group::Group;
use super::item_index::ItemIndex;
use super::presence::Presence;
use super::projector::Projector;
use super::schedule_plan::Schedule;
use super::timestamp::Timestamp;
use super::writers::Writers;
use crate::agenda::Agenda;
use crate::lang::Lang;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Who and where, for the minutes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Details {
    #[serde(default)]
    pub place: String,
    #[serde(default)]
    pub moderator: String,
    #[serde(default)]
    pub note_takers: Vec<String>,
    /// The minutes' subtitle; empty: the agenda's.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub subtitle: String,
    /// The minutes' date; `None`: the day the session was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<chrono::NaiveDate>,
}

/// Time spent per agenda item. The clock runs from `ClockStarted` to `ClockPaused`,
/// for whichever item is current; `ItemEntered` moves it to another item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct ItemClock {
    pub spent_seconds: BTreeMap<String, i64>,
    pub running_since: Option<Timestamp>,
    /// When the clock last stopped: the end of the session's time span.
    #[serde(default)]
    pub last_stopped: Option<Timestamp>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub id: String,
    pub title: String,
    pub lang: Lang,
    pub created_at: Timestamp,
    pub agenda: Agenda,
    pub groups: Vec<Group>,
    /// Groups added under a name that folds equal to an earlier group's: their ids,
    /// and the group each stands for (`aliases.rs`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub group_aliases: BTreeMap<GroupId, GroupId>,
    #[serde(default)]
    pub details: Details,
    pub current_item: String,
    #[serde(default)]
    pub clock: ItemClock,
    #[serde(default)]
    pub started_at: Option<Timestamp>,
    pub last_change: Timestamp,
    /// The highest stamp folded: a new event's stamp comes after it, so the ids this
    /// writer mints only grow.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub last_stamp: Stamp,
    /// The device whose agenda moves and item clock are honoured; `None`: anyone's
    /// (sessions from before there were devices). See `moderator.rs`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub moderator_device: Option<DeviceId>,
    /// The names devices gave their note-takers (`note_takers.rs`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub named_note_takers: Vec<super::named_note_taker::NamedNoteTaker>,
    /// What the room's screen shows; absent in files from before it existed.
    #[serde(default, skip_serializing_if = "Projector::is_default")]
    pub projector: Projector,
    /// A persistent map: cloning the session (for the thread that writes the local
    /// cache) shares the contributions instead of copying them.
    #[serde(with = "contribution::as_list")]
    pub contributions: Contributions,
    /// Deleted contributions, as they were: an edit made without seeing the delete
    /// brings one back (`revisions.rs`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub tombstones: BTreeMap<ContributionId, Contribution>,
    /// Summaries and decisions per item; owners, due dates, dots and themes per
    /// contribution.
    #[serde(default, skip_serializing_if = "Annotations::is_empty")]
    pub annotations: Annotations,
    /// The moderator's private notes, by agenda item id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub notes: BTreeMap<String, String>,
    /// The planned start, re-timed timeboxes and skipped items.
    #[serde(default, skip_serializing_if = "Schedule::is_empty")]
    pub schedule: Schedule,
    /// The devices that wrote events, each with its newest stamp (`writers.rs`).
    #[serde(default, skip_serializing_if = "Writers::is_empty")]
    pub writers: Writers,
    /// Contribution ids and groups heard per agenda item. Derived; rebuilt on load.
    #[serde(skip)]
    pub(super) by_item: ItemIndex,
}

impl Session {
    pub fn new(
        id: String,
        title: String,
        lang: Lang,
        agenda: Agenda,
        group_names: &[String],
        now: Timestamp,
    ) -> Session {
        let current_item = agenda
            .items
            .first()
            .map(|i| i.id.clone())
            .unwrap_or_default();
        let groups = group_names
            .iter()
            .enumerate()
            .map(|(i, name)| Group {
                id: EventId::origin(i as u64 + 1),
                name: name.clone(),
                presence: Presence::Unmarked,
            })
            .collect();
        Session {
            id,
            title,
            lang,
            created_at: now,
            agenda,
            groups,
            group_aliases: BTreeMap::new(),
            details: Details::default(),
            current_item,
            clock: ItemClock::default(),
            started_at: None,
            last_change: now,
            // After the groups' origin ids, as a rebuilt index says.
            last_stamp: Stamp(group_names.len() as u64),
            moderator_device: None,
            named_note_takers: Vec::new(),
            projector: Projector::default(),
            contributions: Contributions::new(),
            tombstones: BTreeMap::new(),
            annotations: Annotations::default(),
            notes: BTreeMap::new(),
            schedule: Schedule::default(),
            writers: Writers::default(),
            by_item: ItemIndex::default(),
        }
    }

    /// Rebuilds what is derived and not stored. Call after deserialising.
    pub fn rebuild_index(&mut self) {
        // An id in the file is never minted again, whatever the stored stamp says.
        let highest = self
            .contributions
            .keys()
            .chain(self.groups.iter().map(|g| &g.id))
            .max();
        if let Some(id) = highest {
            self.last_stamp = self.last_stamp.max(id.stamp);
        }
        self.by_item.clear();
        for c in self.contributions.values() {
            self.by_item.add(c);
        }
    }

    /// The id of an event `writer` makes at `now`: after every event folded so far.
    /// Pure: asking twice before applying gives the same id (an added contribution is
    /// named by its event's id before the event exists).
    pub fn next_event_id(&self, writer: WriterId, now: Timestamp) -> EventId {
        self.next_event_id_at(writer, now.timestamp_millis())
    }

    /// `next_event_id` at a wall-clock time in milliseconds: events are timed to the
    /// second, but their ids to the millisecond they were made, so that lines from two
    /// laptops in one second keep the order they were typed in.
    pub fn next_event_id_at(&self, writer: WriterId, millis: i64) -> EventId {
        EventId {
            stamp: Stamp::next(self.last_stamp, millis),
            writer,
        }
    }

    /// Applies an event `writer` makes at the event's own time, under a fresh id.
    pub fn apply_as(&mut self, writer: WriterId, event: &Event) -> EventId {
        let id = self.next_event_id(writer, event.at());
        self.apply(id, event);
        id
    }

    /// The only way a session changes. `event_id` is the event's own id. Total: never
    /// panics, whatever the event says.
    pub fn apply(&mut self, event_id: EventId, event: &Event) {
        self.last_stamp = self.last_stamp.max(event_id.stamp);
        if !self.honours(event_id, event) {
            return;
        }
        self.writers.saw(event_id);
        self.last_change = self.last_change.max(event.at());
        let event = self.resolve_aliases(event);
        let event = event.as_ref();
        match event {
            Event::ContributionAdded {
                id,
                item,
                group,
                kind,
                text,
                at,
            } => self.insert(Contribution {
                id: *id,
                item: item.clone(),
                group: *group,
                kind: *kind,
                text: text.clone(),
                at: *at,
                edited_at: None,
                rev: None,
                versions: Vec::new(),
            }),
            Event::ContributionRestored { contribution, .. } => {
                self.restore_contribution(contribution)
            }
            Event::ContributionEdited { .. } => self.edit_contribution(event_id, event),
            Event::ContributionDeleted { id, base, .. } => self.delete_contribution(*id, *base),
            Event::ItemEntered { item, at } => {
                let running = self.clock.running_since.is_some();
                self.stop_clock(*at);
                self.current_item = item.clone();
                if running {
                    self.clock.running_since = Some(*at);
                }
            }
            Event::ClockStarted { at } => {
                if self.clock.running_since.is_none() {
                    self.clock.running_since = Some(*at);
                    self.started_at.get_or_insert(*at);
                }
            }
            Event::ClockPaused { at } => self.stop_clock(*at),
            Event::GroupAdded { id, name, .. } => self.add_group(*id, name),
            Event::GroupRemoved { id, .. } => self.groups.retain(|g| g.id != *id),
            Event::GroupRenamed { .. }
            | Event::GroupsMerged { .. }
            | Event::GroupRestored { .. }
            | Event::GroupPresenceSet { .. } => self.apply_group_event(event),
            Event::HeadingSet { subtitle, date, .. } => {
                if let Some(s) = subtitle {
                    self.details.subtitle = s.clone();
                }
                if let Some(d) = date {
                    self.details.date = Some(*d);
                }
            }
            Event::ContributionMoved { id, item, .. } => self.move_contribution(*id, item),
            Event::NoteSet { item, text, .. } => self.set_note(item, text),
            Event::PlannedStartSet { .. }
            | Event::TimeboxesSet { .. }
            | Event::ItemSkipped { .. }
            | Event::ItemMoved { .. } => self.apply_schedule_event(event),
            Event::DetailsSet {
                title,
                place,
                moderator,
                note_takers,
                ..
            } => {
                if let Some(t) = title {
                    self.title = t.clone();
                }
                if let Some(p) = place {
                    self.details.place = p.clone();
                }
                if let Some(m) = moderator {
                    self.details.moderator = m.clone();
                }
                if let Some(n) = note_takers {
                    self.details.note_takers = n.clone();
                }
            }
            Event::ItemNotesSet(e) => self.annotations.set_item_notes(e),
            Event::ActionAssigned(e) => self.annotations.assign(e),
            Event::DotsSet(e) => self.annotations.set_dots(e),
            Event::TagsSet(e) => self.annotations.set_tags(e),
            Event::Projector { change, .. } => self.projector.apply(change),
            Event::ModeratorDeviceSet { device, .. } => self.moderator_device = Some(*device),
            Event::NoteTakerNamed { name, .. } => {
                self.name_note_taker(event_id.writer.device(), name)
            }
        }
    }

    pub(super) fn insert(&mut self, contribution: Contribution) {
        self.last_stamp = self.last_stamp.max(contribution.id.stamp);
        if let Some(old) = self.contributions.get(&contribution.id) {
            self.by_item.remove(old);
        }
        self.by_item.add(&contribution);
        self.contributions.insert(contribution.id, contribution);
    }

    pub(super) fn unindex(&mut self, old: &Contribution) {
        self.by_item.remove(old);
    }

    fn stop_clock(&mut self, at: Timestamp) {
        if let Some(since) = self.clock.running_since.take() {
            self.clock.last_stopped = Some(at);
            let seconds = (at - since).num_seconds().max(0);
            *self
                .clock
                .spent_seconds
                .entry(self.current_item.clone())
                .or_default() += seconds;
        }
    }

    /// Seconds spent on `item`, counting the running interval up to `now`.
    pub fn seconds_on(&self, item: &str, now: Timestamp) -> i64 {
        let mut seconds = self.clock.spent_seconds.get(item).copied().unwrap_or(0);
        if item == self.current_item
            && let Some(since) = self.clock.running_since
        {
            seconds += (now - since).num_seconds().max(0);
        }
        seconds
    }

    /// The contribution ids of one agenda item, oldest first.
    pub fn ids_for_item(&self, item: &str) -> &[ContributionId] {
        self.by_item.ids(item)
    }

    /// True when `group` has a contribution on `item`.
    pub fn heard_on(&self, item: &str, group: GroupId) -> bool {
        self.by_item.heard(item, group)
    }

    pub fn contributions_for_item(
        &self,
        item: &str,
    ) -> impl DoubleEndedIterator<Item = &Contribution> {
        self.ids_for_item(item)
            .iter()
            .filter_map(|id| self.contributions.get(id))
    }

    pub fn group(&self, id: GroupId) -> Option<&Group> {
        let id = self.canonical_group(id);
        self.groups.iter().find(|g| g.id == id)
    }

    pub fn group_name(&self, id: GroupId) -> &str {
        self.group(id).map(|g| g.name.as_str()).unwrap_or("?")
    }

    /// The date the minutes and the header show.
    pub fn date(&self) -> chrono::NaiveDate {
        self.details
            .date
            .unwrap_or_else(|| self.created_at.date_naive())
    }

    /// The subtitle the minutes show: the one set, else the agenda's.
    pub fn subtitle(&self, lang: Lang) -> &str {
        if self.details.subtitle.is_empty() {
            self.agenda.subtitle.get(lang)
        } else {
            &self.details.subtitle
        }
    }

    pub fn current_position(&self) -> usize {
        self.agenda.position(&self.current_item).unwrap_or(0)
    }
}

fn is_zero(stamp: &Stamp) -> bool {
    *stamp == Stamp::default()
}
