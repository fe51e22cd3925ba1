//! `samtal list`: the sessions in the data dir, most recent first.

use super::CliError;
use super::lang::{current, fill, store_error, text};
use crate::store::summary::scan;
use crate::text::{display_safe, fit};
use std::io::Write;
use std::path::Path;

pub fn list(data_dir: &Path, json: bool) -> Result<(), CliError> {
    match print_list(data_dir, json) {
        // `samtal list | head` closes the pipe early: that is not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.map_err(CliError::from),
    }
}

fn print_list(data_dir: &Path, json: bool) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    let (sessions, unreadable) = scan(data_dir);
    for (path, reason) in &unreadable {
        super::note(&fill(
            text().list_skipped,
            &[&path.display(), &store_error(current(), reason)],
        ));
    }
    if json {
        let text = serde_json::to_string_pretty(&sessions).map_err(std::io::Error::other)?;
        return writeln!(out, "{text}");
    }
    if sessions.is_empty() {
        return writeln!(
            out,
            "{}",
            fill(
                text().list_empty,
                &[&display_safe(&data_dir.display().to_string())]
            )
        );
    }
    let id_width = sessions
        .iter()
        .map(|s| s.id.len())
        .max()
        .unwrap_or(2)
        .max(2);
    let [id, title, date, contributions, last_change] = text().list_headings;
    writeln!(
        out,
        "{}  {}  {:<10}  {:>13}  {last_change}",
        fit(id, id_width),
        fit(title, 32),
        date,
        contributions
    )?;
    for s in &sessions {
        writeln!(
            out,
            "{}  {}  {:<10}  {:>13}  {}",
            fit(&display_safe(&s.id), id_width),
            fit(&display_safe(&s.title), 32),
            s.date.format("%Y-%m-%d"),
            s.contributions,
            s.last_change.format("%Y-%m-%d %H:%M")
        )?;
    }
    Ok(())
}
