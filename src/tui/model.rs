//! Everything the screen shows, in one value. Changed only by `update`.

use super::annotations_model::{AnnotateForm, SummaryForm, VoteScreen};
use super::input::LineInput;
use crate::i18n::Lang;
use crate::session::{Contribution, ContributionId, Event, Kind, Session, Timestamp};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    Capture,
    Help,
    AddGroup(LineInput),
    /// Choosing a format to export; the index into `minutes::Format::ALL`.
    Export(usize),
    Details(DetailsForm),
    /// Choosing the group by typing part of its name.
    PickGroup(GroupPicker),
    /// The projector dialog; the selected row.
    Projector(usize),
    /// Typing the message the projector shows.
    ProjectorMessage(LineInput),
    /// The current item's summary and decisions.
    Summary(SummaryForm),
    /// The selected contribution's themes, owner and due date.
    Annotate(AnnotateForm),
    /// Entering the dots of a vote on proposals.
    Vote(VoteScreen),
    /// Searching the whole session (Ctrl+S).
    Search(super::search::Search),
    /// The private notes pane of an item, being edited.
    Notes(super::notes::NoteEditor),
    /// Choosing the item a contribution moves to.
    MoveTo(super::move_to::MovePicker),
    /// Correcting the group list: rename, mark, merge, remove.
    Groups(GroupsDialog),
    /// Re-timing the rest of the agenda (F8).
    Retime(super::retime::RetimeDialog),
    /// The item × group grid (F7).
    Grid(super::retime::GridScroll),
    /// Choosing among the versions of a contribution edited on two laptops at once.
    Versions(super::versions::VersionPicker),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupsDialog {
    /// Index into `session.groups`.
    pub selected: usize,
    pub step: GroupsStep,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GroupsStep {
    List,
    /// Typing the selected group's new name.
    Rename(LineInput),
    /// Choosing the group to merge the selected one into (an index into
    /// `session.groups`).
    MergeInto(usize),
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GroupPicker {
    pub filter: LineInput,
    /// Index into the filtered list.
    pub selected: usize,
}

impl GroupPicker {
    /// Indexes into `session.groups` whose names contain the filter, ignoring case
    /// and Swedish letters' rings and dots ("orebro" finds "Örebro").
    pub fn matches(&self, session: &Session) -> Vec<usize> {
        let wanted = crate::text::fold(self.filter.text().trim());
        session
            .groups
            .iter()
            .enumerate()
            .filter(|(_, g)| crate::text::fold(&g.name).contains(&wanted))
            .map(|(i, _)| i)
            .collect()
    }
}

/// The details form: title, subtitle, date, place, moderator, planned start, then
/// one line per note-taker (a name
/// may hold a comma, "Lind, Per"), with an empty line at the end for one more.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DetailsForm {
    pub field: usize,
    pub inputs: Vec<LineInput>,
}

impl DetailsForm {
    /// The index of the planned start ("13:00", or empty for none).
    pub const START: usize = 5;
    /// The index of the first note-taker line.
    pub const NOTE_TAKERS: usize = 6;

    pub fn of(session: &Session) -> DetailsForm {
        let d = &session.details;
        let mut inputs = vec![
            LineInput::with_text(&session.title),
            LineInput::with_text(session.subtitle(session.lang)),
            LineInput::with_text(&session.date().format("%Y-%m-%d").to_string()),
            LineInput::with_text(&d.place),
            LineInput::with_text(&d.moderator),
            LineInput::with_text(
                &session
                    .schedule
                    .planned_start
                    .map(|t| t.format("%H:%M").to_string())
                    .unwrap_or_default(),
            ),
        ];
        inputs.extend(d.note_takers.iter().map(|n| LineInput::with_text(n)));
        inputs.push(LineInput::default());
        DetailsForm { field: 0, inputs }
    }

    /// The note-takers as typed, one per line, empty lines and repeats dropped.
    pub fn note_takers(&self) -> Vec<String> {
        let names: Vec<&str> = self
            .inputs
            .iter()
            .skip(Self::NOTE_TAKERS)
            .map(|i| i.text())
            .collect();
        crate::text::unique_names(&names)
    }

    /// Keeps one empty note-taker line at the end, for the next name.
    pub fn keep_one_empty_line(&mut self) {
        if self
            .inputs
            .last()
            .is_some_and(|i| !i.text().trim().is_empty())
        {
            self.inputs.push(LineInput::default());
        }
    }
}

/// What the footer says about the disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveState {
    Saved(Timestamp),
    NotSaved(String),
}

/// A short message in the footer, gone after a few seconds; or, when `sticky`, a
/// notice that stays until Esc acknowledges it (a recovery must be seen).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flash {
    pub text: String,
    pub until: Timestamp,
    pub sticky: bool,
}

/// One undoable change: the event that undoes it and the one that redoes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UndoStep {
    pub undo: Event,
    pub redo: Event,
}

/// What a contribution being edited was, so Esc can put the selectors back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub id: ContributionId,
    /// The revision shown when the edit began: what the edit is made on.
    pub base: crate::session::EventId,
    pub previous_group: usize,
    pub previous_kind: Kind,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub session: Session,
    pub lang: Lang,
    pub mode: Mode,
    pub capture: LineInput,
    /// Index into `session.groups` of the group the next contribution is from.
    pub group: usize,
    pub kind: Kind,
    /// The kind stays after a saved contribution (else it goes back to comment).
    pub kind_locked: bool,
    /// Index into the current item's contributions.
    pub selected: Option<usize>,
    pub editing: Option<Edit>,
    pub show_full_item: bool,
    /// The sidebar shows each item's planned start instead of the minutes spent.
    pub show_planned: bool,
    /// Bell and header flash at the timebox (and the warning share).
    pub alerts: super::alerts::Alerts,
    /// (item, percent) already alerted: each rings once.
    pub alerted: std::collections::BTreeSet<(String, u8)>,
    /// The header is shown flashed until then.
    pub header_flash_until: Option<Timestamp>,
    pub undo: Vec<UndoStep>,
    pub redo: Vec<UndoStep>,
    pub save: SaveState,
    pub flash: Option<Flash>,
    pub quit: bool,
    /// Ctrl+Q was pressed once while the footer said NOT SAVED.
    pub quit_warned: bool,
    /// The line Esc just cleared: Ctrl+Z right after brings it back.
    pub cleared_draft: Option<LineInput>,
    /// Ctrl+Z (or Ctrl+Y) was pressed once for a change that is not on screen: the
    /// footer named it, and the same key again carries it out.
    pub armed: Option<super::action::Action>,
    /// The window is below the minimum size: only quitting acts (and resizing).
    pub too_small: bool,
    /// The first help line shown, when the help is taller than the window.
    pub help_scroll: usize,
    /// The dialog F1 was pressed in: closing the help goes back to it.
    pub behind_help: Option<Box<Mode>>,
    /// Who this app writes as: every event it makes is named by this writer. The
    /// app sets it from its store (`Store::writer`); tests keep the origin.
    pub writer: crate::session::WriterId,
    /// The wall clock in milliseconds when the action being handled came, for event
    /// ids (`now` is to the second); 0 (tests): the action's own time.
    pub stamp_millis: i64,
    /// A note-taker's own view and pinned group (`own_view.rs`).
    pub seat: super::seat::Seat,
    /// The session shown is the local cache's head (the current item's contributions
    /// and the newest) while the rest is read on another thread: keys that need the
    /// rest wait for it (`update/whole.rs`).
    pub partial: bool,
}

impl Model {
    /// The id of the next event this app makes at `now` (pure: the same until the
    /// event is applied).
    pub fn next_id(&self, now: Timestamp) -> crate::session::EventId {
        let millis = now.timestamp_millis().max(self.stamp_millis);
        self.session.next_event_id_at(self.writer, millis)
    }

    /// True on the moderator's device (or when the session names none), unless the
    /// app was started with `samtal join`: only there do the agenda and the clock move.
    pub fn leads_the_room(&self) -> bool {
        !self.seat.joined
            && self
                .session
                .moderator_device
                .is_none_or(|device| device == self.writer.device())
    }

    pub fn new(session: Session, lang: Lang, now: Timestamp) -> Model {
        let saved_at = session.last_change.min(now);
        // Back in a session, the group of the last contribution is the likeliest next.
        let group = session
            .contributions
            .values()
            .next_back()
            .and_then(|last| session.groups.iter().position(|g| g.id == last.group))
            .unwrap_or(0);
        Model {
            session,
            lang,
            mode: Mode::Capture,
            capture: LineInput::default(),
            group,
            kind: Kind::Comment,
            kind_locked: false,
            selected: None,
            editing: None,
            show_full_item: false,
            show_planned: false,
            alerts: super::alerts::current(),
            alerted: Default::default(),
            header_flash_until: None,
            undo: Vec::new(),
            redo: Vec::new(),
            save: SaveState::Saved(saved_at),
            flash: None,
            quit: false,
            quit_warned: false,
            cleared_draft: None,
            armed: None,
            too_small: false,
            help_scroll: 0,
            behind_help: None,
            writer: crate::session::WriterId::ORIGIN,
            stamp_millis: 0,
            seat: Default::default(),
            partial: false,
        }
    }

    pub fn current_ids(&self) -> &[ContributionId] {
        self.session.ids_for_item(self.item())
    }

    pub fn selected_contribution(&self) -> Option<&Contribution> {
        let id = self.current_ids().get(self.selected?)?;
        self.session.contributions.get(id)
    }

    pub fn group_name(&self) -> &str {
        self.session
            .groups
            .get(self.group)
            .map(|g| g.name.as_str())
            .unwrap_or(self.lang.strings().no_groups)
    }

    /// The footer's record of a save: call after the store answered.
    pub fn saved(&mut self, result: Result<(), crate::store::StoreError>, now: Timestamp) {
        self.save = match result {
            Ok(()) => {
                self.quit_warned = false;
                SaveState::Saved(now)
            }
            Err(e) => SaveState::NotSaved(crate::messages::short_reason(self.lang, &e)),
        };
    }

    /// A message for a few seconds; a notice waiting for Esc stays in front of it.
    pub fn flash(&mut self, text: impl Into<String>, now: Timestamp) {
        self.flash_for(text, now, 5);
    }

    /// A footer message that stays `seconds` (a path or a warning takes longer to read);
    /// a notice waiting for Esc stays in front of it.
    pub fn flash_for(&mut self, text: impl Into<String>, now: Timestamp, seconds: i64) {
        if self.flash.as_ref().is_some_and(|f| f.sticky) {
            return;
        }
        self.flash = Some(Flash {
            text: text.into(),
            until: now + chrono::Duration::seconds(seconds),
            sticky: false,
        });
    }

    /// A message that stays until Esc acknowledges it.
    pub fn notice(&mut self, text: impl Into<String>, now: Timestamp) {
        self.flash = Some(Flash {
            text: format!("{} ({})", text.into(), self.lang.strings().acknowledge),
            until: now,
            sticky: true,
        });
    }

    /// The index of contribution `id` among the current item's, if it is there.
    pub fn position_of(&self, id: ContributionId) -> Option<usize> {
        self.current_ids().iter().position(|c| *c == id)
    }
}
