//! Converts a version 1 session folder (`session.json` + `events.jsonl`) to version
//! 2 by writing its `header.json`; the version 1 files are only read:
//! `cargo run --example convert_session FOLDER`.

use samtal::store::convert::convert;
use samtal::store::os_disk::OsDisk;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: convert_session FOLDER");
        return ExitCode::from(2);
    };
    match convert(&OsDisk::default(), &dir) {
        Ok(converted) => {
            if let Some(damaged) = converted.damaged {
                eprintln!("not in the header: {damaged}");
            }
            println!("{}", dir.join("header.json").display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}
