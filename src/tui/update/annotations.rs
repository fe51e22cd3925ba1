//! The note editors: the item's summary and decisions, a contribution's themes and
//! owner, and the vote screen. Each change is one event, undone by Ctrl+Z.

use super::effect::{Effect, edit_line, persist, record, row_below};
use crate::i18n::annotations_text;
use crate::session::annotations::{ActionAssigned, DotsSet, ItemNotesSet, TagsSet, normalise_tags};
use crate::session::{ContributionId, Event, Kind, Timestamp};
use crate::text::clean;
use crate::tui::action::Action;
use crate::tui::annotations_model::{AnnotateForm, SummaryForm, VoteScreen};
use crate::tui::model::{Mode, Model};
use chrono::NaiveDate;

/// Opens an editor from the capture line.
pub(super) fn open(model: &mut Model, action: Action, now: Timestamp) -> Vec<Effect> {
    match action {
        Action::Summary => {
            model.mode = Mode::Summary(SummaryForm::of(&model.session, model.item()))
        }
        Action::Vote => model.mode = Mode::Vote(VoteScreen::default()),
        _ => {
            let form = model
                .selected_contribution()
                .and_then(|c| AnnotateForm::of(&model.session, c.id));
            match form {
                Some(form) => model.mode = Mode::Annotate(form),
                None => model.flash(annotations_text(model.lang).select_first, now),
            }
        }
    }
    vec![]
}

pub(super) fn dialog(model: &mut Model, action: Action, now: Timestamp) -> Vec<Effect> {
    if action == Action::Cancel {
        model.mode = Mode::Capture;
        return vec![];
    }
    match &mut model.mode {
        Mode::Summary(form) => {
            notes(form, action).map_or(vec![], |form| save_notes(model, &form, now))
        }
        Mode::Annotate(_) => annotate(model, action, now),
        Mode::Vote(_) => vote(model, action, now),
        _ => vec![],
    }
}

/// Edits the notes; returns the form when it is to be saved.
fn notes(form: &mut SummaryForm, action: Action) -> Option<SummaryForm> {
    match action {
        Action::Commit => return Some(form.clone()),
        Action::NextField | Action::PrevField => form.field = 1 - form.field.min(1),
        Action::Newline => form.focused().newline(),
        Action::Backspace => form.focused().backspace(),
        Action::Up => form.focused().up(),
        Action::Down => form.focused().down(),
        other => edit_line(form.focused().current(), other),
    }
    None
}

fn save_notes(model: &mut Model, form: &SummaryForm, now: Timestamp) -> Vec<Effect> {
    model.mode = Mode::Capture;
    let old = model
        .session
        .annotations
        .notes(&form.item)
        .cloned()
        .unwrap_or_default();
    let summary = form.summary.texts().join("\n");
    let decisions = form.decisions.texts();
    let event = Event::ItemNotesSet(ItemNotesSet {
        item: form.item.clone(),
        summary: (summary != old.summary).then_some(summary),
        decisions: (decisions != old.decisions).then_some(decisions),
        at: now,
    });
    if let Event::ItemNotesSet(ItemNotesSet {
        summary: None,
        decisions: None,
        ..
    }) = event
    {
        return vec![];
    }
    let effect = record(model, event, now);
    model.flash(annotations_text(model.lang).notes_saved, now);
    vec![effect]
}

fn annotate(model: &mut Model, action: Action, now: Timestamp) -> Vec<Effect> {
    let known: Vec<String> = model
        .session
        .annotations
        .all_tags()
        .iter()
        .map(|t| t.to_string())
        .collect();
    let Mode::Annotate(form) = &mut model.mode else {
        return vec![];
    };
    let count = form.inputs.len();
    match action {
        Action::Complete if form.field == 0 && complete_tag(&mut form.inputs[0], &known) => {}
        Action::Complete | Action::NextField => form.field = (form.field + 1) % count,
        Action::PrevField => form.field = (form.field + count - 1) % count,
        Action::Commit => {
            let form = form.clone();
            return save_annotations(model, &form, now);
        }
        other => edit_line(&mut form.inputs[form.field.min(count - 1)], other),
    }
    vec![]
}

/// Completes the theme being typed (after the last comma) from the themes in use;
/// false when there is nothing to complete.
fn complete_tag(input: &mut crate::tui::input::LineInput, known: &[String]) -> bool {
    let text = input.text().to_string();
    let (done, typed) = text
        .rsplit_once(',')
        .map_or(("", text.as_str()), |(a, b)| (a, b));
    let typed = typed.trim();
    if typed.is_empty() {
        return false;
    }
    let wanted = crate::text::fold(typed);
    let Some(found) = known
        .iter()
        .find(|k| crate::text::fold(k).starts_with(&wanted) && k.as_str() != typed)
    else {
        return false;
    };
    let lead = if done.is_empty() {
        String::new()
    } else {
        format!("{done}, ")
    };
    *input = crate::tui::input::LineInput::with_text(&format!("{lead}{found}"));
    true
}

fn save_annotations(model: &mut Model, form: &AnnotateForm, now: Timestamp) -> Vec<Effect> {
    let text = annotations_text(model.lang);
    let due_text = form
        .inputs
        .get(2)
        .map(|i| i.text().trim().to_string())
        .unwrap_or_default();
    let due = match due_text.as_str() {
        "" => None,
        typed => match NaiveDate::parse_from_str(typed, "%Y-%m-%d") {
            Ok(date) => Some(date),
            Err(_) => {
                model.flash(text.bad_date, now);
                return vec![];
            }
        },
    };
    model.mode = Mode::Capture;
    let notes = &model.session.annotations;
    let typed: Vec<String> = form.inputs[0]
        .text()
        .split(',')
        .map(str::to_string)
        .collect();
    let tags = normalise_tags(&typed, &notes.all_tags());
    let mut events = Vec::new();
    if tags != notes.tags_of(form.id) {
        events.push(Event::TagsSet(TagsSet {
            id: form.id,
            tags,
            at: now,
        }));
    }
    if let Some(owner) = form.inputs.get(1) {
        let owner = crate::text::clean(owner.text());
        let old = notes.assignment(form.id).cloned().unwrap_or_default();
        if owner != old.owner || due != old.due {
            events.push(Event::ActionAssigned(ActionAssigned {
                id: form.id,
                owner,
                due,
                at: now,
            }));
        }
    }
    if events.is_empty() {
        return vec![];
    }
    model.flash(text.annotated, now);
    events.into_iter().map(|e| record(model, e, now)).collect()
}

fn vote(model: &mut Model, action: Action, now: Timestamp) -> Vec<Effect> {
    let Mode::Vote(screen) = &mut model.mode else {
        return vec![];
    };
    // The item on screen (`Model::item`), borrowed beside the open screen.
    let item = (model.seat.own_item.as_deref()).unwrap_or(&model.session.current_item);
    let proposals = screen.proposals(&model.session, item);
    match action {
        Action::Insert(text) if text.chars().all(|c| c.is_ascii_digit()) => {
            let typed = screen.typed.get_or_insert_with(String::new);
            if typed.len() < 4 {
                typed.push_str(&text);
            }
            return vec![];
        }
        Action::Backspace => {
            if let Some(typed) = &mut screen.typed {
                typed.pop();
            }
            return vec![];
        }
        _ => {}
    }
    // Anything else first saves the count typed for the chosen proposal.
    let effects = save_dots(model, &proposals, now);
    let Mode::Vote(screen) = &mut model.mode else {
        return effects;
    };
    match action {
        Action::Up => screen.row = screen.row.saturating_sub(1),
        Action::Down | Action::Commit => screen.row = row_below(screen.row, proposals.len()),
        Action::SwitchScope => {
            screen.all = !screen.all;
            screen.row = 0;
        }
        _ => {}
    }
    effects
}

fn save_dots(model: &mut Model, proposals: &[ContributionId], now: Timestamp) -> Vec<Effect> {
    let Mode::Vote(screen) = &mut model.mode else {
        return vec![];
    };
    let (Some(typed), Some(&id)) = (screen.typed.take(), proposals.get(screen.row)) else {
        return vec![];
    };
    let dots = typed.parse::<u32>().unwrap_or(0);
    if dots == model.session.annotations.dots_of(id) {
        return vec![];
    }
    vec![record(
        model,
        Event::DotsSet(DotsSet { id, dots, at: now }),
        now,
    )]
}

/// What the quick syntax gave a new contribution besides its text.
pub(super) struct Extras {
    tags: Vec<String>,
    owner: String,
    due: Option<NaiveDate>,
}

/// The typed line split by the quick syntax: its text and extras. `None` when there
/// is nothing to save yet: no text, or an impossible date (the footer says so).
pub(super) fn quick_extras(model: &mut Model, now: Timestamp) -> Option<(String, Extras)> {
    let action = model.kind == Kind::Action;
    let Ok(quick) = crate::tui::quick::parse(model.capture.text(), action) else {
        model.flash(annotations_text(model.lang).bad_date, now);
        return None;
    };
    let text = clean(&quick.text);
    if text.is_empty() {
        return None;
    }
    let extras = Extras {
        tags: normalise_tags(&quick.tags, &model.session.annotations.all_tags()),
        owner: quick.owner.as_deref().map(clean).unwrap_or_default(),
        due: quick.due,
    };
    Some((text, extras))
}

/// Applies a new contribution's themes and owner without an undo step of their own:
/// undoing the contribution hides them with it, and a redo brings them back.
pub(super) fn apply_extras(
    model: &mut Model,
    extras: Extras,
    id: ContributionId,
    now: Timestamp,
) -> Vec<Effect> {
    let mut events = Vec::new();
    if !extras.tags.is_empty() {
        let tags = extras.tags;
        events.push(Event::TagsSet(TagsSet { id, tags, at: now }));
    }
    if !extras.owner.is_empty() || extras.due.is_some() {
        let (owner, due) = (extras.owner, extras.due);
        events.push(Event::ActionAssigned(ActionAssigned {
            id,
            owner,
            due,
            at: now,
        }));
    }
    events
        .into_iter()
        .map(|event| persist(model, event, now))
        .collect()
}

#[cfg(test)]
mod tests;
