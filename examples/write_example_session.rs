//! Writes the example session with the app's own store, as version 2 (a header,
//! `.stignore` and this process's segment):
//! `SAMTAL_STATE_DIR=$(mktemp -d) cargo run --example write_example_session [FOLDER]`
//! (default: sessions/; remove the session's folder there first). The one in
//! `sessions/` was written so.

use samtal::fixture::{EXAMPLE_ID, example_events};
use samtal::store::Store;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let folder = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("sessions"));
    let dir = folder.join(EXAMPLE_ID);
    if dir.exists() {
        eprintln!("{} exists; remove it first", dir.display());
        return ExitCode::from(2);
    }
    let (mut session, events) = example_events();
    let result = (|| {
        let mut store = Store::create(&dir, &session)?;
        for event in &events {
            store.apply_and_commit_new(&mut session, event)?;
        }
        Ok::<(), samtal::store::StoreError>(())
    })();
    match result {
        Ok(()) => {
            println!("{}", dir.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}
