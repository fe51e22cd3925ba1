//! The schedule's words.

use super::Lang;
use super::shared::{en, sv};

/// The schedule's words: how far off, re-timing (F8), the grid (F7).
pub struct ScheduleWords {
    /// "30 min efter schema"
    pub behind: &'static str,
    pub ahead: &'static str,
    pub on_time: &'static str,
    pub retime_title: &'static str,
    /// Column heads of the proposal: item, planned, new.
    pub retime_item: &'static str,
    pub retime_now: &'static str,
    pub retime_new: &'static str,
    pub retime_hint: &'static str,
    /// Nothing to shorten: on time, ahead, or no planned start.
    pub retime_not_behind: &'static str,
    pub retime_no_start: &'static str,
    /// "Går inte: fortfarande 12 min efter med alla punkter på 2 min"
    pub retime_short: &'static str,
    pub retime_floor: &'static str,
    pub retime_none_left: &'static str,
    /// Undo's words and the footer after Enter.
    pub retimed: &'static str,
    pub skipped: &'static str,
    pub unskipped: &'static str,
    pub moved_later: &'static str,
    pub planned_start_set: &'static str,
    /// "hoppas över" in the proposal list.
    pub skipped_mark: &'static str,
    pub break_mark: &'static str,
    pub grid_title: &'static str,
    pub grid_hint: &'static str,
    /// The legend: not heard on the current item, absent.
    pub grid_not_heard: &'static str,
    pub grid_absent: &'static str,
    pub absent_mark: &'static str,
    /// "planerat slut 14:02" and, in F8, the end the proposal gives.
    pub planned_end: &'static str,
    pub with_proposal: &'static str,
    pub grid_no_groups: &'static str,
    /// The sidebar's planned-times heading.
    pub planned: &'static str,
    /// The details form's planned start field, and its error.
    pub field_start: &'static str,
    pub bad_start: &'static str,
}

const SCHEDULE_SV: ScheduleWords = ScheduleWords {
    behind: "min efter schema",
    ahead: "min före schema",
    on_time: "enligt schema",
    retime_title: "Omplanera resten",
    retime_item: sv::ITEM,
    retime_now: sv::NOW,
    retime_new: "ny",
    retime_hint: "Enter godkänn · ↑↓ välj · ←→ minuter · S hoppa över · L senare · Esc stäng",
    retime_not_behind: "Inte efter schema: inget behöver kortas.",
    retime_no_start: "Ingen planerad start (samtal new --start 13:00 eller Ctrl+D).",
    retime_short: "Räcker inte: ändå",
    retime_floor: "min efter, alla punkter på 2 min",
    retime_none_left: "Inga punkter kvar att korta.",
    retimed: "omplanerade tider",
    skipped: "hoppade över punkt",
    unskipped: "tog tillbaka punkt",
    moved_later: "flyttade senare: punkt",
    planned_start_set: "ändrad planerad start",
    skipped_mark: "hoppas över",
    break_mark: "paus",
    grid_title: "Rummet: bidrag per punkt och grupp",
    grid_hint: "↑↓←→ bläddra · F7/Esc stäng",
    grid_not_heard: "ej hörd på denna punkt",
    grid_absent: "grå: frånvarande",
    absent_mark: sv::ABSENT,
    planned_end: "planerat slut",
    with_proposal: "Med förslaget: slut",
    grid_no_groups: "Inga grupper ännu.",
    planned: sv::PLANNED,
    field_start: "Planerad start (tt:mm, tomt: ingen)",
    bad_start: "Skriv starten som 13:00 (eller lämna tomt)",
};

const SCHEDULE_EN: ScheduleWords = ScheduleWords {
    behind: "min behind schedule",
    ahead: "min ahead of schedule",
    on_time: "on schedule",
    retime_title: "Re-plan the rest",
    retime_item: en::ITEM,
    retime_now: en::NOW,
    retime_new: "new",
    retime_hint: "Enter accept · ↑↓ choose · ←→ minutes · S skip · L later · Esc close",
    retime_not_behind: "Not behind schedule: nothing needs shortening.",
    retime_no_start: "No planned start (samtal new --start 13:00 or Ctrl+D).",
    retime_short: "Not enough: still",
    retime_floor: "min behind, every item at 2 min",
    retime_none_left: "No items left to shorten.",
    retimed: "re-planned timeboxes",
    skipped: "skipped item",
    unskipped: "took back item",
    moved_later: "moved later: item",
    planned_start_set: "changed planned start",
    skipped_mark: "skipped",
    break_mark: "break",
    grid_title: "The room: contributions per item and group",
    grid_hint: "↑↓←→ scroll · F7/Esc close",
    grid_not_heard: "not heard on this item",
    grid_absent: "grey: absent",
    absent_mark: en::ABSENT,
    planned_end: "planned end",
    with_proposal: "With the proposal: end",
    grid_no_groups: "No groups yet.",
    planned: en::PLANNED,
    field_start: "Planned start (hh:mm, empty: none)",
    bad_start: "Write the start as 13:00 (or leave it empty)",
};

pub fn schedule_words(lang: Lang) -> &'static ScheduleWords {
    match lang {
        Lang::Sv => &SCHEDULE_SV,
        Lang::En => &SCHEDULE_EN,
    }
}
