//! Runs a command line: parse, dispatch, and turn every failure into one clear
//! message and an exit code (never a panic, never a half-drawn terminal).

mod add;
pub mod args;
mod export;
mod list;
mod present;
mod sessions;

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
    /// Messages quote file content, folder names and user input: none of it may
    /// reach the terminal raw (an escape sequence, a right-to-left override).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::text::display_safe(&self.message))
    }
}

/// A note on standard error, made safe like every error message.
pub fn note(message: &str) {
    eprintln!("samtal: {}", crate::text::display_safe(message));
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
        }) => add::add(&data_dir, lang, &session, item, group, kind, text),
        Some(Command::Export {
            session,
            format,
            output,
            stamp,
            order,
            no_times,
            delimiter,
        }) => {
            let choices = export::Choices {
                stamp,
                order,
                times: !no_times,
                delimiter,
            };
            export::export(&data_dir, cli.lang, &session, &format, output, choices)
        }
        Some(Command::Set {
            session,
            title,
            place,
            moderator,
            note_takers,
        }) => export::set(&data_dir, &session, title, place, moderator, note_takers),
        Some(Command::Present { session, light }) => {
            present::present(&data_dir, lang, &session, light)
        }
        Some(Command::Agenda { command }) => match command {
            AgendaCommand::Check { file } => {
                let agenda = Agenda::load(&file)?;
                println!(
                    "{}: ok — {} items, {} minutes",
                    crate::text::display_safe(&file.display().to_string()),
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
