//! A v1 session folder (`session.json` + `events.jsonl`) to v2: its `header.json`,
//! whose base is the whole folded v1 session. Nothing of v1 is changed or removed.
//!
//! Deterministic: two laptops converting copies of the same v1 folder write the same
//! header bytes, so a sync sees one file, not two. That is why the creator is the
//! origin device (0), not the converting laptop, and why nothing in the session is
//! serialised from a hash map (its order would differ between processes).

use super::disk::Disk;
use super::error::StoreError;
use super::header::{Header, write_header};
use super::load_v1::load_v1_on;
use crate::session::DeviceId;
use std::path::Path;

/// What a conversion wrote, and what of the v1 journal it could not read.
#[derive(Debug)]
pub struct Converted {
    pub header: Header,
    /// The v1 journal's damaged lines, if any (summary): not in the header; the v1
    /// files keep them.
    pub damaged: Option<String>,
}

/// The header a v1 folder converts to, without writing anything.
pub fn header_from_v1(disk: &dyn Disk, dir: &Path) -> Result<Converted, StoreError> {
    let loaded = load_v1_on(disk, dir)?;
    Ok(Converted {
        header: Header::new(DeviceId(0), loaded.session),
        damaged: loaded.bad_tail,
    })
}

/// Writes the header of the v1 folder `dir` into it. The v1 files are only read.
/// Fails, writing nothing, when the folder already has a header.
pub fn convert(disk: &dyn Disk, dir: &Path) -> Result<Converted, StoreError> {
    let converted = header_from_v1(disk, dir)?;
    write_header(disk, dir, &converted.header)?;
    Ok(converted)
}

#[cfg(test)]
#[path = "convert_tests.rs"]
mod tests;
