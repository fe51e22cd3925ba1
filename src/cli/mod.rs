//! Runs a command line: parse, dispatch, and turn every failure into one clear
//! message and an exit code (never a panic, never a half-drawn terminal).

mod add;
mod annotate;
pub mod args;
mod export;
mod list;
mod sessions;
mod vote;

use crate::agenda::Agenda;
use crate::i18n::Lang;
use crate::store::StoreError;
use args::{AgendaCommand, Cli, Command};
use clap::Parser;
use std::fmt;
use std::process::ExitCode;

/// A failure with the message the user sees and the exit code.
#[derive(Debug)]
pub struct CliError {
    pub message: String,
    pub code: u8,
}

impl CliError {
    pub fn bad_input(message: impl Into<String>) -> CliError {
        CliError {
            message: message.into(),
            code: 2,
        }
    }

    pub fn io(message: impl Into<String>) -> CliError {
        CliError {
            message: message.into(),
            code: 1,
        }
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl From<StoreError> for CliError {
    fn from(e: StoreError) -> CliError {
        CliError {
            code: e.exit_code(),
            message: e.to_string(),
        }
    }
}

impl From<crate::agenda::AgendaError> for CliError {
    fn from(e: crate::agenda::AgendaError) -> CliError {
        CliError::bad_input(format!("bad agenda {e}"))
    }
}

impl From<std::io::Error> for CliError {
    fn from(e: std::io::Error) -> CliError {
        CliError::io(e.to_string())
    }
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("samtal: {e}");
            ExitCode::from(e.code)
        }
    }
}

fn run(cli: Cli) -> Result<(), CliError> {
    let lang = Lang::detect(cli.lang);
    let data_dir = crate::store::paths::data_dir(cli.data_dir.as_deref())
        .ok_or_else(|| CliError::io("no home folder to keep sessions in; give --data-dir DIR"))?;
    match cli.command {
        None => sessions::start_screen(&data_dir, lang),
        Some(Command::New {
            title,
            groups,
            agenda,
            no_tui,
        }) => {
            let agenda = match agenda {
                Some(path) => Agenda::load(&path)?,
                None => Agenda::builtin()?,
            };
            sessions::new(&data_dir, lang, title, groups, agenda, no_tui)
        }
        Some(Command::Open { session }) => sessions::open(&data_dir, lang, &session),
        Some(Command::List { json }) => list::list(&data_dir, json),
        Some(Command::Add {
            session,
            item,
            group,
            kind,
            text,
            owner,
            due,
            tags,
        }) => {
            let extras = annotate::Extras { owner, due, tags };
            add::add(&data_dir, &session, item, group, kind, text, extras)
        }
        Some(Command::Vote {
            session,
            contribution,
            dots,
        }) => vote::vote(&data_dir, &session, contribution, dots),
        Some(Command::Export {
            session,
            format,
            output,
            stamp,
            order,
            no_times,
            delimiter,
            anonymous,
            theme,
        }) => {
            let choices = export::Choices {
                stamp,
                order,
                times: !no_times,
                delimiter,
                anonymous,
                theme,
            };
            export::export(&data_dir, cli.lang, &session, &format, output, choices)
        }
        Some(Command::Set {
            session,
            title,
            place,
            moderator,
            note_takers,
            item,
            summary,
            decisions,
            clear_decisions,
        }) => {
            let details = export::DetailsArgs {
                title,
                place,
                moderator,
                note_takers,
            };
            let notes = item.map(|item| annotate::NotesArgs {
                item,
                summary,
                decisions,
                clear_decisions,
            });
            export::set(&data_dir, &session, details, notes)
        }
        Some(Command::Agenda { command }) => match command {
            AgendaCommand::Check { file } => {
                let agenda = Agenda::load(&file)?;
                println!(
                    "{}: ok — {} items, {} minutes",
                    file.display(),
                    agenda.items.len(),
                    agenda.total_minutes()
                );
                Ok(())
            }
            AgendaCommand::Show => {
                print!("{}", crate::agenda::BUILTIN_JSON);
                Ok(())
            }
        },
    }
}
