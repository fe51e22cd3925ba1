//! `samtal add`: commit contributions without the app, for scripts and imports.
//! Each one is durable before `saved <id>` is printed.

use super::annotate::{ExtraArgs, Extras, unknown_item};
use super::error::{CliError, next_id, save, save_as};
use super::group::closest_groups;
use super::lang::{current, fill, text};
use super::sessions::resolve;
use super::stdin_lines::{Encoding, for_each_line, ranges};
use super::writing::open_checked;
use crate::clock::now;
use crate::session::{Event, GroupId, Kind, Session};
use crate::store::Store;
use crate::text::{MAX_CONTRIBUTION_CHARS, clean_counted};
use std::io::{IsTerminal, Write};
use std::path::Path;

pub struct AddOptions {
    pub item: Option<String>,
    pub group: Option<String>,
    pub new_group: bool,
    pub kind: Option<String>,
    pub encoding: Option<String>,
}

pub fn add(
    data_dir: &Path,
    session_arg: &str,
    options: AddOptions,
    text_arg: Option<String>,
    extra_args: ExtraArgs,
) -> Result<(), CliError> {
    let dir = resolve(data_dir, session_arg)?;
    let kind = match &options.kind {
        None => Kind::Comment,
        Some(name) => crate::i18n::parse_kind(name).ok_or_else(|| {
            let choices = crate::i18n::kind_choices(current());
            CliError::bad_input(fill(text().unknown_kind, &[name, &choices]))
        })?,
    };
    let extras = extra_args.checked(kind)?;
    // An empty text is a mistake (a shell variable that was empty), not "read stdin".
    if text_arg
        .as_deref()
        .is_some_and(|t| crate::text::clean(t).is_empty())
    {
        return Err(CliError::bad_input(text().add_empty));
    }
    let encoding = Encoding::parse(options.encoding.as_deref())?;
    let (mut store, mut session, (item, choice)) = open_checked(&dir, |session| {
        let item = check_item(session, options.item.as_deref())?;
        let choice = pick_group(session, options.group.as_deref(), options.new_group)?;
        Ok((item, choice))
    })?;
    let group = choose_group(&mut store, &mut session, options.group, choice)?;
    let mut adder = Adder {
        store,
        session,
        item,
        group,
        kind,
        extras,
        saved_lines: Vec::new(),
    };
    let result = commit_all(&mut adder, text_arg, encoding);
    if let Err(e) = &result
        && let Some(line) = e.line
    {
        note_stop(line, &adder.saved_lines);
    }
    result
}

/// The one contribution given, or one per line of standard input.
fn commit_all(
    adder: &mut Adder,
    text_arg: Option<String>,
    encoding: Encoding,
) -> Result<(), CliError> {
    match text_arg {
        Some(line) => adder.commit(1, &line),
        None => {
            let stdin = std::io::stdin();
            // Someone at a terminal would otherwise look at a silent cursor.
            if stdin.is_terminal() {
                eprintln!("{}", text().add_prompt);
            }
            for_each_line(&mut stdin.lock(), encoding, |n, line| {
                adder.commit(n, line).map_err(|e| stopped_at(n, e))
            })
        }
    }
}

/// Says which line the input stopped at, and which lines were saved before it.
fn note_stop(line: usize, saved_lines: &[usize]) {
    let said = if saved_lines.is_empty() {
        fill(text().add_nothing_saved, &[&line])
    } else {
        fill(text().add_stopped, &[&line, &ranges(saved_lines), &line])
    };
    super::error::note(&said);
}

/// What every line is added with, and the lines saved so far.
struct Adder {
    store: Store,
    session: Session,
    item: String,
    group: GroupId,
    kind: Kind,
    extras: Extras,
    saved_lines: Vec<usize>,
}

impl Adder {
    /// Saves line `number` as a contribution; an empty line is skipped.
    fn commit(&mut self, number: usize, line: &str) -> Result<(), CliError> {
        let (text, length) = clean_counted(line);
        if text.is_empty() {
            return Ok(());
        }
        let at = now();
        let id = next_id(&self.store, &self.session, at);
        let event = Event::ContributionAdded {
            id,
            item: self.item.clone(),
            group: self.group,
            kind: self.kind,
            text,
            at,
        };
        save_as(&mut self.store, &mut self.session, id, &event)?;
        // The owner, due date and themes follow as their own events, as in the app.
        for extra in self.extras.events(&self.session, id, at) {
            save(&mut self.store, &mut self.session, &extra)?;
        }
        self.saved_lines.push(number);
        let mut out = std::io::stdout().lock();
        writeln!(out, "saved {id}").and_then(|()| out.flush())?;
        if length > MAX_CONTRIBUTION_CHARS {
            say_cut(number, length);
        }
        Ok(())
    }
}

/// Tells that line `number` was cut to the longest contribution kept.
fn say_cut(number: usize, length: usize) {
    let cut = length - MAX_CONTRIBUTION_CHARS;
    let limit = MAX_CONTRIBUTION_CHARS;
    super::error::note(&fill(text().line_cut, &[&number, &limit, &limit, &cut]));
}

/// Marks an error with the line of standard input it stopped at.
fn stopped_at(line: usize, mut e: CliError) -> CliError {
    e.line = Some(line);
    e
}

/// The agenda item to add to (`--item`, else the current one); an unknown one is refused.
fn check_item(session: &Session, item: Option<&str>) -> Result<String, CliError> {
    let item = item.map_or_else(|| session.current_item.clone(), str::to_string);
    if session.agenda.item(&item).is_none() {
        return Err(unknown_item(session, &item));
    }
    Ok(item)
}

/// What `--group` names in `session`.
pub(super) enum GroupChoice {
    Existing(GroupId),
    New(String),
}

/// `--group` matched like the picker, a new group only with `--new-group`, else the
/// first group. Reads only, so it can check the input before anything is opened.
pub(super) fn pick_group(
    session: &Session,
    name: Option<&str>,
    new_group: bool,
) -> Result<GroupChoice, CliError> {
    let Some(name) = name.map(crate::text::clean) else {
        return session
            .groups
            .first()
            .map(|g| GroupChoice::Existing(g.id))
            .ok_or_else(|| CliError::bad_input(text().no_groups));
    };
    if name.is_empty() {
        return Err(CliError::bad_input(text().empty_group));
    }
    if let Some(g) = session.group_by_name(&name) {
        return Ok(GroupChoice::Existing(g.id));
    }
    // With no groups at all there is nothing a typo could have meant.
    if !new_group && !session.groups.is_empty() {
        return Err(CliError::bad_input(fill(
            text().unknown_group,
            &[&name, &closest_groups(session, &name)],
        )));
    }
    Ok(GroupChoice::New(name))
}

/// The group `choice` (from `pick_group`) names; a new one is committed first, and
/// standard error says which group the typed `name` was taken as when it was folded.
pub(super) fn choose_group(
    store: &mut Store,
    session: &mut Session,
    name: Option<String>,
    choice: GroupChoice,
) -> Result<GroupId, CliError> {
    match choice {
        GroupChoice::Existing(id) => {
            let typed = name.as_deref().map(crate::text::clean);
            if let (Some(typed), Some(g)) = (typed, session.group(id))
                && g.name != typed
            {
                super::error::note(&fill(text().group_used, &[&g.name, &typed]));
            }
            Ok(id)
        }
        GroupChoice::New(name) => {
            let at = now();
            let id = next_id(store, session, at);
            let event = Event::GroupAdded {
                id,
                name: name.clone(),
                at,
            };
            save_as(store, session, id, &event)?;
            super::error::note(&fill(text().group_added, &[&name]));
            Ok(id)
        }
    }
}
