//! The groups dialog (F5): rename (Enter), mark present/absent (Space), merge into
//! another group (+), remove a group with no contributions (Delete). Every change is
//! one undoable event, like a contribution; Ctrl+Z undoes it.

use super::effect::{Effect, clamp, edit_line, record, row_below};
use crate::session::{Event, GroupId, Presence, Timestamp};
use crate::text::clean;
use crate::tui::action::Action;
use crate::tui::input::LineInput;
use crate::tui::model::{GroupsDialog, GroupsStep, Mode, Model};

pub(super) fn groups(model: &mut Model, action: Action, now: Timestamp) -> Vec<Effect> {
    let Mode::Groups(dialog) = &mut model.mode else {
        return vec![];
    };
    let count = model.session.groups.len();
    match (&mut dialog.step, action) {
        (GroupsStep::List, Action::Cancel | Action::Groups) => model.mode = Mode::Capture,
        (GroupsStep::List, Action::Up) => dialog.selected = dialog.selected.saturating_sub(1),
        (GroupsStep::List, Action::Down) => {
            dialog.selected = row_below(dialog.selected, count);
        }
        (GroupsStep::List, Action::Commit) => {
            if let Some(g) = model.session.groups.get(dialog.selected) {
                dialog.step = GroupsStep::Rename(LineInput::with_text(&g.name));
            }
        }
        (GroupsStep::List, Action::Insert(key)) if key == " " => return cycle_mark(model, now),
        (GroupsStep::List, Action::Insert(key)) if key == "+" && count > 1 => {
            let target = usize::from(dialog.selected == 0);
            dialog.step = GroupsStep::MergeInto(target);
        }
        (GroupsStep::List, Action::Delete) => return remove(model, now),
        (GroupsStep::Rename(_) | GroupsStep::MergeInto(_), Action::Cancel) => {
            dialog.step = GroupsStep::List;
        }
        (GroupsStep::Rename(input), Action::Commit) => {
            let name = clean(input.text());
            return rename(model, name, now);
        }
        (GroupsStep::Rename(input), other) => edit_line(input, other),
        (GroupsStep::MergeInto(target), action @ (Action::Up | Action::Down)) => {
            *target = step_past(*target, dialog.selected, count, action == Action::Down);
        }
        (GroupsStep::MergeInto(target), Action::Commit) => {
            let target = *target;
            return merge(model, target, now);
        }
        _ => {}
    }
    vec![]
}

/// The next row down (or up) from `from`, around the list, skipping the group being
/// merged away.
fn step_past(from: usize, skip: usize, count: usize, down: bool) -> usize {
    let count = count.max(1);
    let step = |row: usize| {
        if down {
            (row + 1) % count
        } else {
            (row + count - 1) % count
        }
    };
    let next = step(from);
    if next == skip { step(next) } else { next }
}

fn selected_id(model: &Model) -> Option<GroupId> {
    let Mode::Groups(dialog) = &model.mode else {
        return None;
    };
    model.session.groups.get(dialog.selected).map(|g| g.id)
}

fn cycle_mark(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    let Some(id) = selected_id(model) else {
        return vec![];
    };
    let presence = match model.session.group(id).map(|g| g.presence) {
        Some(Presence::Unmarked) => Presence::Present,
        Some(Presence::Present) => Presence::Absent,
        _ => Presence::Unmarked,
    };
    vec![record(
        model,
        Event::GroupPresenceSet {
            id,
            presence,
            at: now,
        },
        now,
    )]
}

fn rename(model: &mut Model, name: String, now: Timestamp) -> Vec<Effect> {
    let Some(id) = selected_id(model) else {
        return vec![];
    };
    if let Mode::Groups(dialog) = &mut model.mode {
        dialog.step = GroupsStep::List;
    }
    let unchanged = model.session.group(id).is_none_or(|g| g.name == name);
    if name.is_empty() || unchanged {
        return vec![];
    }
    if model
        .session
        .group_by_name(&name)
        .is_some_and(|g| g.id != id)
    {
        model.flash(model.lang.strings().group_exists, now);
        return vec![];
    }
    vec![record(
        model,
        Event::GroupRenamed { id, name, at: now },
        now,
    )]
}

fn merge(model: &mut Model, target: usize, now: Timestamp) -> Vec<Effect> {
    let Some(from) = selected_id(model) else {
        return vec![];
    };
    let Some(into) = model.session.groups.get(target).map(|g| g.id) else {
        return vec![];
    };
    if from == into {
        return vec![];
    }
    let writing_for = capture_group(model, from, into);
    let effect = record(
        model,
        Event::GroupsMerged {
            from,
            into,
            at: now,
        },
        now,
    );
    after_list_change(model, into, writing_for);
    model.flash(model.lang.strings().groups_merged, now);
    vec![effect]
}

fn remove(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    let Some(id) = selected_id(model) else {
        return vec![];
    };
    if !model.session.contributions_of(id).is_empty() {
        model.flash(model.lang.strings().group_has_contributions, now);
        return vec![];
    }
    let first = model
        .session
        .groups
        .first()
        .map_or(GroupId::default(), |g| g.id);
    let writing_for = capture_group(model, id, first);
    let effect = record(model, Event::GroupRemoved { id, at: now }, now);
    after_list_change(model, writing_for, writing_for);
    vec![effect]
}

/// The group the capture line writes for, after `gone` is gone (then `instead`).
fn capture_group(model: &Model, gone: GroupId, instead: GroupId) -> GroupId {
    match model.session.groups.get(model.group).map(|g| g.id) {
        Some(id) if id != gone => id,
        _ => instead,
    }
}

/// Keeps the dialog's row and the capture line's group on the same groups once one
/// is gone from the list.
fn after_list_change(model: &mut Model, select: GroupId, writing_for: GroupId) {
    let position = |id: GroupId| model.session.groups.iter().position(|g| g.id == id);
    let (row, capture) = (position(select), position(writing_for));
    if let Mode::Groups(dialog) = &mut model.mode {
        dialog.step = GroupsStep::List;
        dialog.selected = row.unwrap_or(0);
    }
    model.group = capture.unwrap_or(0);
    clamp(model);
}

impl GroupsDialog {
    pub fn new(selected: usize) -> GroupsDialog {
        GroupsDialog {
            selected,
            step: GroupsStep::List,
        }
    }
}
