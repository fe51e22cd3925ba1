//! Writes a version 2 session folder of N contributions, all of them events in one
//! writer's segment (none in the header's base), for timing how a session of that size
//! opens: `cargo run --release --example generated_session -- DATA-DIR N` prints the
//! session's id. Used by `scripts/first-frame-sizes.py`.

use samtal::fixture::{generated_events, generated_session};
use samtal::session::{DeviceId, WriterId};
use samtal::store::header::{Header, write_header};
use samtal::store::os_disk::OsDisk;
use samtal::store::segments::{record, segment_name};
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(data), Some(Ok(n))) = (
        args.next().map(PathBuf::from),
        args.next().map(|n| n.parse::<usize>()),
    ) else {
        eprintln!("usage: generated_session DATA-DIR N");
        return ExitCode::from(2);
    };
    match write(&data, n) {
        Ok(id) => {
            println!("{id}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

/// The base is the generated session without contributions; its n contributions are
/// written again as events of one writer, stamped a second apart.
fn write(data: &std::path::Path, n: usize) -> Result<String, Box<dyn std::error::Error>> {
    let mut base = generated_session(0);
    base.id = format!("2015-11-20-generated-{n}");
    let dir = data.join("sessions").join(&base.id);
    std::fs::create_dir_all(dir.join("events"))?;
    let device = DeviceId(0x5a_6e_7a_1a);
    write_header(&OsDisk::default(), &dir, &Header::new(device, base.clone()))?;
    let writer = WriterId::new(device, 1);
    let mut bytes = Vec::new();
    for (id, event) in generated_events(n, writer) {
        bytes.extend(record::encode(id, &event)?);
    }
    std::fs::write(dir.join("events").join(segment_name(writer, 1)), bytes)?;
    Ok(base.id)
}
