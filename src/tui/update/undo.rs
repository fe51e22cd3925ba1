//! Ctrl+Z and Ctrl+Y: undo and redo that say what they change, select what they
//! changed, and ask first when the change is not on screen.

use super::effect::{Effect, clamp, persist, stop_editing};
use crate::i18n::annotations_text;
use crate::i18n::words;
use crate::session::annotations::{ActionAssigned, DotsSet, TagsSet};
use crate::session::{ContributionId, Event, GroupId, Session, Timestamp};
use crate::tui::action::Action;
use crate::tui::model::{Model, UndoStep};

/// Undoes (`backwards`) or redoes the last step. `armed` is the key pressed just
/// before, if it was this one and asked for a second press.
pub(super) fn undo(
    model: &mut Model,
    now: Timestamp,
    backwards: bool,
    armed: Option<Action>,
) -> Vec<Effect> {
    if model.editing.is_some() {
        stop_editing(model);
    }
    let strings = model.lang.strings();
    let w = words(model.lang);
    let (key, stack) = if backwards {
        (Action::Undo, &model.undo)
    } else {
        (Action::Redo, &model.redo)
    };
    let Some(step) = stack.last().cloned() else {
        let text = if backwards {
            strings.nothing_to_undo
        } else {
            strings.nothing_to_redo
        };
        model.flash(text, now);
        return vec![];
    };
    let target = affected(&model.session, &step);
    let description = describe(model, &step, target.as_ref());
    if !on_screen(model, &step, target.as_ref()) && armed != Some(key.clone()) {
        let again = if backwards {
            w.undo_again
        } else {
            w.redo_again
        };
        model.flash_for(format!("{again}: {description}"), now, 10);
        model.armed = Some(key);
        return vec![];
    }
    let event = Session::restamp(if backwards { &step.undo } else { &step.redo }, now);
    let event = model.session.rebased(&event);
    let effect = persist(model, event, now);
    let done = if backwards {
        model.undo.pop();
        model.redo.push(step);
        w.undone
    } else {
        model.redo.pop();
        model.undo.push(step);
        w.redone
    };
    model.flash_for(format!("{done}: {description}"), now, 8);
    clamp(model);
    // The contribution it brought back or changed is selected (and so scrolled into
    // view); one that is gone leaves the newest in view.
    if let Some(target) = target {
        model.selected = model.position_of(target.id);
    }
    vec![effect]
}

/// The contribution a step is about, wherever it is now.
struct Target {
    id: ContributionId,
    item: String,
    group: GroupId,
}

fn affected(session: &Session, step: &UndoStep) -> Option<Target> {
    [&step.redo, &step.undo].into_iter().find_map(|event| {
        let (id, item, group) = match event {
            Event::ContributionAdded {
                id, item, group, ..
            } => (*id, Some(item.clone()), Some(*group)),
            Event::ContributionRestored {
                contribution: c, ..
            } => (c.id, Some(c.item.clone()), Some(c.group)),
            Event::ContributionEdited { id, group, .. } => (*id, None, Some(*group)),
            Event::ContributionDeleted { id, .. } | Event::ContributionMoved { id, .. } => {
                (*id, None, None)
            }
            Event::ActionAssigned(ActionAssigned { id, .. })
            | Event::DotsSet(DotsSet { id, .. })
            | Event::TagsSet(TagsSet { id, .. }) => (*id, None, None),
            _ => return None,
        };
        let known = session.contributions.get(&id);
        Some(Target {
            id,
            item: item.or_else(|| known.map(|c| c.item.clone()))?,
            group: group.or_else(|| known.map(|c| c.group))?,
        })
    })
}

/// A change is on screen when it is about a contribution of the current item, or
/// about the group the capture line shows.
fn on_screen(model: &Model, step: &UndoStep, target: Option<&Target>) -> bool {
    // A move is seen from both ends: the item it left and the item it went to.
    if let (
        Event::ContributionMoved { item: to, .. },
        Event::ContributionMoved { item: from, .. },
    ) = (&step.redo, &step.undo)
    {
        let current = model.item();
        return to == current || from == current;
    }
    if let Some(target) = target {
        return target.item == model.item();
    }
    match &step.redo {
        // A change to the group the capture line writes for is in its title.
        Event::GroupAdded { id, .. }
        | Event::GroupRemoved { id, .. }
        | Event::GroupRenamed { id, .. }
        | Event::GroupPresenceSet { id, .. } => current_group(model) == Some(*id),
        Event::GroupsMerged { from, into, .. } => {
            [Some(*from), Some(*into)].contains(&current_group(model))
        }
        Event::GroupRestored { group, .. } => current_group(model) == Some(group.id),
        Event::ItemNotesSet(e) => e.item == model.item(),
        // The projector's state is what the moderator just set: always in mind.
        Event::Projector { .. } => true,
        // The header shows the schedule.
        Event::PlannedStartSet { .. }
        | Event::TimeboxesSet { .. }
        | Event::ItemSkipped { .. }
        | Event::ItemMoved { .. } => true,
        _ => false,
    }
}

fn current_group(model: &Model) -> Option<crate::session::GroupId> {
    model.session.groups.get(model.group).map(|g| g.id)
}

/// "borttaget bidrag från Region Skåne", "ändrade uppgifter för minnesanteckningarna":
/// the change as it was made, so the same words serve undo and redo.
fn describe(model: &Model, step: &UndoStep, target: Option<&Target>) -> String {
    let w = words(model.lang);
    let a = annotations_text(model.lang);
    let session = &model.session;
    let what = match &step.redo {
        Event::ContributionAdded { .. } => w.added,
        Event::ContributionEdited { .. } => w.edited,
        Event::ContributionDeleted { .. } => w.deleted,
        Event::ContributionRestored { .. } => w.restored,
        Event::ContributionMoved { .. } => w.moved,
        Event::ActionAssigned(_) => a.undo_owner,
        Event::DotsSet(_) => a.undo_dots,
        Event::TagsSet(_) => a.undo_themes,
        Event::ItemNotesSet(e) => {
            let number = session.agenda.position(&e.item).map_or(0, |p| p + 1);
            return format!("{} {number}", a.undo_summary);
        }
        Event::GroupAdded { name, .. } => return format!("{} {name}", w.group_added),
        Event::GroupRemoved { id, .. } => {
            return format!("{} {}", w.group_removed, session.group_name(*id));
        }
        Event::GroupRenamed { name, .. } => return format!("{} {name}", w.group_renamed),
        Event::GroupsMerged { into, .. } => {
            return format!("{} {}", w.groups_merged, session.group_name(*into));
        }
        Event::GroupRestored { group, .. } => {
            return format!("{} {}", w.group_restored, group.name);
        }
        Event::GroupPresenceSet { id, .. } => {
            return format!("{} {}", w.group_presence, session.group_name(*id));
        }
        Event::Projector { .. } => return w.projector.changed.to_string(),
        Event::PlannedStartSet { .. }
        | Event::TimeboxesSet { .. }
        | Event::ItemSkipped { .. }
        | Event::ItemMoved { .. } => {
            return super::retime::describe(model, &step.redo);
        }
        _ => w.details,
    };
    let Some(target) = target else {
        return what.to_string();
    };
    let mut text = format!("{what} {} {}", w.from, session.group_name(target.group));
    // A move names where it went: the same words before and after the undo.
    if let Event::ContributionMoved { item, .. } = &step.redo {
        let number = session.agenda.position(item).map_or(0, |p| p + 1);
        return format!("{text} {} {number}", w.to_item);
    }
    if target.item != model.item()
        && let Some(position) = session.agenda.position(&target.item)
    {
        text.push_str(&format!(" {} {}", w.on_item, position + 1));
    }
    text
}
