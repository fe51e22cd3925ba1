//! Runs a command line: parse, dispatch, and turn every failure into one clear
//! message and an exit code (never a panic, never a half-drawn terminal).

mod add;
mod annotate;
pub mod args;
mod data_dir;
mod device;
mod error;
mod export;
mod export_target;
mod group;
mod join;
mod join_args;
mod list;
mod merge;
mod present;
mod sessions;
mod set;
mod stdin_lines;
mod vote;
mod writing;

use crate::agenda::Agenda;
use crate::i18n::Lang;
pub use crate::messages as lang;
use args::{AddArgs, AgendaCommand, Cli, Command, ExportArgs, SetArgs};
use clap::Parser;
pub use error::{CliError, not_saved, note, save};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage_error(e),
    };
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("samtal: {e}");
            ExitCode::from(e.code)
        }
    }
}

/// clap's own message for a command line it cannot read, after one line in the
/// user's language (clap speaks English only). Help and version print as usual.
fn usage_error(error: clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(
        error.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        let _ = error.print();
        return ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2));
    }
    // `--lang` was not parsed; look for it by hand, else the locale.
    let args: Vec<String> = std::env::args().collect();
    let explicit = args
        .windows(2)
        .find(|w| w[0] == "--lang")
        .and_then(|w| Lang::parse(&w[1]))
        .or_else(|| {
            args.iter()
                .find_map(|a| a.strip_prefix("--lang=").and_then(Lang::parse))
        });
    lang::set(Lang::detect(explicit));
    eprintln!("samtal: {}", lang::text().usage);
    let _ = error.print();
    ExitCode::from(2)
}

fn run(cli: Cli) -> Result<(), CliError> {
    let lang = Lang::detect(cli.lang);
    self::lang::set(lang);
    sessions::set_alerts(cli.warn, cli.quiet);
    crate::watch::set_polling(cli.poll);
    let data_dir = data_dir::choose(cli.data_dir.as_deref())?;
    match cli.command {
        None => sessions::start_screen(&data_dir, lang),
        Some(Command::New {
            title,
            groups,
            agenda,
            start,
            no_tui,
        }) => {
            let agenda = agenda_to_run(agenda, start)?;
            sessions::new(&data_dir, lang, title, groups, agenda, no_tui)
        }
        Some(Command::Open { session }) => sessions::open(&data_dir, lang, &session),
        Some(Command::Join(args)) => join::join(&data_dir, lang, args),
        Some(Command::List { json }) => list::list(&data_dir, json),
        Some(Command::Add(args)) => add_command(&data_dir, args),
        Some(Command::Vote {
            session,
            contribution,
            dots,
        }) => vote::vote(&data_dir, &session, &contribution, dots),
        Some(Command::Export(args)) => export_command(&data_dir, cli.lang, args),
        Some(Command::Group { session, change }) => group::group(&data_dir, &session, change),
        Some(Command::Set(args)) => set_command(&data_dir, args),
        Some(Command::Present { session, light }) => {
            present::present(&data_dir, lang, &session, light)
        }
        Some(Command::Device { name }) => device::device(&data_dir, name),
        Some(Command::Merge { from, into, force }) => merge::merge(&data_dir, &from, &into, force),
        Some(Command::Agenda { command }) => agenda_command(command),
    }
}

/// The agenda of `samtal new`: the file given or the built-in one, with the
/// planned start given on the command line, if any.
fn agenda_to_run(file: Option<PathBuf>, start: Option<String>) -> Result<Agenda, CliError> {
    let mut agenda = match file {
        Some(path) => Agenda::load(&path)?,
        None => Agenda::builtin()?,
    };
    if let Some(start) = start {
        let time = crate::agenda_start::parse_clock(&start)
            .ok_or_else(|| CliError::bad_input(lang::fill(lang::text().bad_start, &[&start])))?;
        agenda.start = Some(time);
    }
    Ok(agenda)
}

fn add_command(data_dir: &Path, args: AddArgs) -> Result<(), CliError> {
    let options = add::AddOptions {
        item: args.item,
        group: args.group,
        new_group: args.new_group,
        kind: args.kind,
        encoding: args.encoding,
    };
    let extra = annotate::ExtraArgs {
        owner: args.owner,
        due: args.due,
        tags: args.tags,
    };
    add::add(data_dir, &args.session, options, args.text, extra)
}

fn export_command(data_dir: &Path, lang: Option<Lang>, args: ExportArgs) -> Result<(), CliError> {
    let choices = export::Choices {
        stamp: args.stamp,
        order: args.order,
        times: !args.no_times,
        delimiter: args.delimiter,
        with_notes: args.with_notes,
        anonymous: args.anonymous,
        theme: args.theme,
    };
    let options = export::ExportOptions {
        format: args.format,
        output: args.output,
        all: args.all,
        choices,
    };
    export::export(data_dir, lang, &args.session, options)
}

fn set_command(data_dir: &Path, args: SetArgs) -> Result<(), CliError> {
    let details = set::SetOptions {
        title: args.title,
        place: args.place,
        moderator: args.moderator,
        note_takers: args.note_takers,
        subtitle: args.subtitle,
        date: args.date,
        moderator_device: args.moderator_device,
    };
    let notes = args.item.map(|item| annotate::NotesArgs {
        item,
        summary: args.summary,
        decisions: args.decisions,
        clear_decisions: args.clear_decisions,
    });
    set::set(data_dir, &args.session, details, notes)
}

fn agenda_command(command: AgendaCommand) -> Result<(), CliError> {
    match command {
        AgendaCommand::Check { file } => {
            let agenda = Agenda::load(&file)?;
            error::say(lang::fill(
                lang::text().agenda_ok,
                &[
                    &crate::text::display_safe(&file.display().to_string()),
                    &agenda.items.len(),
                    &agenda.total_minutes(),
                ],
            ));
            Ok(())
        }
        AgendaCommand::Show => show_builtin_agenda(),
    }
}

fn show_builtin_agenda() -> Result<(), CliError> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let written = out
        .write_all(crate::agenda::BUILTIN_JSON.as_bytes())
        .and_then(|()| out.flush());
    match written {
        // `samtal agenda show | head`: the reader has what it wanted.
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}
