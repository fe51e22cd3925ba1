//! The dialogs over the capture line: help, adding a group, choosing the export
//! format, the details form and the group picker. Each takes the keys while open.

use super::effect::{Effect, chosen, edit_line, record, row_below};
use crate::minutes::Format;
use crate::session::{Event, Timestamp};
use crate::text::clean;
use crate::tui::action::Action;
use crate::tui::input::LineInput;
use crate::tui::model::{DetailsForm, Mode, Model};

pub(super) fn dialog(model: &mut Model, action: Action, now: Timestamp) -> Vec<Effect> {
    // F1 works in every dialog; closing the help goes back to the dialog.
    if action == Action::Help && model.mode != Mode::Help {
        let dialog = std::mem::replace(&mut model.mode, Mode::Help);
        model.behind_help = Some(Box::new(dialog));
        model.help_scroll = 0;
        return vec![];
    }
    match &model.mode {
        Mode::Projector(_) | Mode::ProjectorMessage(_) => {
            super::projector::dialog(model, action, now)
        }
        Mode::Help => help_key(model, action),
        Mode::AddGroup(_) => add_group_key(model, action, now),
        Mode::Export(_) => export_key(model, action),
        Mode::Details(_) => details_key(model, action, now),
        Mode::PickGroup(_) => pick_group_key(model, action),
        Mode::Summary(_) | Mode::Annotate(_) | Mode::Vote(_) => {
            super::annotations::dialog(model, action, now)
        }
        Mode::Groups(_) => super::groups::groups(model, action, now),
        Mode::Retime(_) => super::retime::key(model, action, now),
        Mode::Grid(_) => super::retime::grid_key(model, action),
        // These take their keys in their own modules.
        Mode::Capture | Mode::Search(_) | Mode::Notes(_) | Mode::MoveTo(_) | Mode::Versions(_) => {
            vec![]
        }
    }
}

fn help_key(model: &mut Model, action: Action) -> Vec<Effect> {
    match action {
        Action::Cancel => {
            model.mode = model.behind_help.take().map_or(Mode::Capture, |m| *m);
            model.help_scroll = 0;
        }
        // The view stops the scroll at the last line; this only keeps ↑ from
        // having to climb back from far below it.
        Action::Down => {
            let most = crate::tui::keymap::CAPTURE.bindings().count() * 4;
            model.help_scroll = (model.help_scroll + 1).min(most);
        }
        Action::Up => {
            model.help_scroll = model.help_scroll.saturating_sub(1);
        }
        _ => {}
    }
    vec![]
}

fn add_group_key(model: &mut Model, action: Action, now: Timestamp) -> Vec<Effect> {
    let Mode::AddGroup(input) = &mut model.mode else {
        return vec![];
    };
    let name = clean(input.text());
    match action {
        Action::Cancel => model.mode = Mode::Capture,
        Action::Commit => return add_group(model, name, now),
        other => edit_line(input, other),
    }
    vec![]
}

fn export_key(model: &mut Model, action: Action) -> Vec<Effect> {
    let Mode::Export(row) = &mut model.mode else {
        return vec![];
    };
    let count = Format::ALL.len();
    match action {
        Action::Cancel => model.mode = Mode::Capture,
        Action::Up => *row = row.saturating_sub(1),
        Action::Down => *row = row_below(*row, count),
        Action::Commit => {
            let format = Format::ALL[(*row).min(count - 1)];
            model.mode = Mode::Capture;
            return vec![Effect::Export(format)];
        }
        other => {
            if let Some(n) = chosen(&other).filter(|n| (1..=count).contains(n)) {
                model.mode = Mode::Capture;
                return vec![Effect::Export(Format::ALL[n - 1])];
            }
        }
    }
    vec![]
}

fn details_key(model: &mut Model, action: Action, now: Timestamp) -> Vec<Effect> {
    let Mode::Details(form) = &mut model.mode else {
        return vec![];
    };
    match action {
        Action::Cancel => model.mode = Mode::Capture,
        Action::NextField => {
            form.field = (form.field + 1) % form.inputs.len();
        }
        Action::PrevField => {
            form.field = (form.field + form.inputs.len() - 1) % form.inputs.len();
        }
        Action::Commit => {
            let form = form.clone();
            model.mode = Mode::Capture;
            return save_details(model, &form, now);
        }
        other => {
            let field = form.field.min(form.inputs.len() - 1);
            edit_line(&mut form.inputs[field], other);
            form.keep_one_empty_line();
        }
    }
    vec![]
}

fn pick_group_key(model: &mut Model, action: Action) -> Vec<Effect> {
    let Mode::PickGroup(picker) = &mut model.mode else {
        return vec![];
    };
    let matches = picker.matches(&model.session);
    match action {
        Action::Cancel => model.mode = Mode::Capture,
        Action::Up => picker.selected = picker.selected.saturating_sub(1),
        Action::Down => picker.selected = row_below(picker.selected, matches.len()),
        Action::Commit => match matches.get(picker.selected) {
            Some(&group) => {
                model.group = group;
                model.mode = Mode::Capture;
            }
            // No match: offer the typed name as a new group (Enter adds it).
            None if !picker.filter.is_blank() => {
                let name = LineInput::with_text(&clean(picker.filter.text()));
                model.mode = Mode::AddGroup(name);
            }
            None => {}
        },
        other => {
            edit_line(&mut picker.filter, other);
            picker.selected = 0;
        }
    }
    vec![]
}

/// One `DetailsSet` with only the fields that changed; nothing when none did.
fn save_details(model: &mut Model, form: &DetailsForm, now: Timestamp) -> Vec<Effect> {
    let session = &model.session;
    let text_of = |i: usize| {
        form.inputs
            .get(i)
            .map(|input| clean(input.text()))
            .unwrap_or_default()
    };
    let (title, subtitle, date) = (text_of(0), text_of(1), text_of(2));
    let (place, moderator) = (text_of(3), text_of(4));
    let note_takers = form.note_takers();
    let Ok(date) = chrono::NaiveDate::parse_from_str(&date, "%Y-%m-%d") else {
        let bad_date = model.lang.strings().bad_date;
        return reopen_at(model, form, 2, bad_date, now);
    };
    let Some(start) = planned_start(session, &text_of(DetailsForm::START)) else {
        let bad_start = crate::i18n::schedule_words(model.lang).bad_start;
        return reopen_at(model, form, DetailsForm::START, bad_start, now);
    };
    // The planned start is the moderator's, like the rest of the schedule: on a
    // note-taker's laptop another one is not saved, and the footer says so.
    let start_typed = start != session.schedule.planned_start;
    let start_refused = start_typed && !model.leads_the_room();
    let start_change =
        (start_typed && !start_refused).then_some(Event::PlannedStartSet { start, at: now });
    let mut effects: Vec<Effect> = start_change
        .into_iter()
        .map(|event| record(model, event, now))
        .collect();
    let session = &model.session;
    let heading = Event::HeadingSet {
        subtitle: (subtitle != session.subtitle(session.lang)).then_some(subtitle),
        date: (date != session.date()).then_some(date),
        at: now,
    };
    let event = Event::DetailsSet {
        title: (!title.is_empty() && title != session.title).then_some(title),
        place: (place != session.details.place).then_some(place),
        moderator: (moderator != session.details.moderator).then_some(moderator),
        note_takers: (note_takers != session.details.note_takers).then_some(note_takers),
        at: now,
    };
    if !event.is_noop() {
        effects.push(record(model, event, now));
    }
    effects.extend(save_heading(model, heading, now));
    say_saved(model, !effects.is_empty(), start_refused, now);
    effects
}

/// The footer after the details form: saved, and whether the planned start was
/// left as it was because this laptop does not lead the room.
fn say_saved(model: &mut Model, saved: bool, start_refused: bool, now: Timestamp) {
    let join = crate::i18n::join_text(model.lang);
    let text = match (saved, start_refused) {
        (true, false) => model.lang.strings().details_saved,
        (true, true) => join.start_not_changed_rest_saved,
        (false, true) => join.start_not_changed,
        (false, false) => return,
    };
    model.flash(text, now);
}

/// Keeps the form open, on the field that is wrong, so nothing typed is lost.
fn reopen_at(
    model: &mut Model,
    form: &DetailsForm,
    field: usize,
    message: &'static str,
    now: Timestamp,
) -> Vec<Effect> {
    model.mode = Mode::Details(DetailsForm {
        field,
        ..form.clone()
    });
    model.flash(message, now);
    vec![]
}

/// The subtitle and date, when either changed.
fn save_heading(model: &mut Model, heading: Event, now: Timestamp) -> Vec<Effect> {
    if heading.is_noop() {
        return vec![];
    }
    let effect = record(model, heading, now);
    model.flash(model.lang.strings().details_saved, now);
    vec![effect]
}

fn add_group(model: &mut Model, name: String, now: Timestamp) -> Vec<Effect> {
    if name.is_empty() {
        return vec![];
    }
    if model.session.group_by_name(&name).is_some() {
        model.flash(model.lang.strings().group_exists, now);
        return vec![];
    }
    // The group is named by the event that adds it: `record` mints this id.
    let event = Event::GroupAdded {
        id: model.next_id(now),
        name,
        at: now,
    };
    let effect = record(model, event, now);
    model.group = model.session.groups.len().saturating_sub(1);
    model.mode = Mode::Capture;
    model.flash(model.lang.strings().group_added, now);
    vec![effect]
}

/// The planned start typed in the details form, on the day it already had (or the
/// session's date): `Some(None)` for empty, `None` for text that is not a time.
fn planned_start(session: &crate::session::Session, text: &str) -> Option<Option<Timestamp>> {
    if text.trim().is_empty() {
        return Some(None);
    }
    let time = crate::agenda_start::parse_clock(text)?;
    let day = session
        .schedule
        .planned_start
        .map_or_else(|| session.date(), |t| t.date_naive());
    let offset = *session.created_at.offset();
    Some(day.and_time(time).and_local_timezone(offset).single())
}
