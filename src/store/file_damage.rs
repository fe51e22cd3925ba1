//! Why a whole-file document cannot be read (`header.json`, a version 1
//! `session.json`): typed, so that it is said in the interface language by the
//! string catalogue rather than in the JSON parser's English. Nothing of the file's
//! own bytes is kept: the words are bounded and safe whatever the file holds.

use super::header::BadHeader;
use super::snapshot::BadSnapshot;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileDamage {
    /// The file ends before its JSON does: cut short, at this line.
    CutShort { line: usize },
    /// Not JSON, from this line and column on.
    NotJson { line: usize, column: usize },
    /// JSON, but not what the file holds (a field missing or of the wrong kind).
    WrongContent { line: usize, column: usize },
    /// Its "format" names another kind of file.
    Format,
    /// A schema version this samtal does not read; the one it reads.
    Schema { found: u32, reads: u32 },
    /// The creator is not a device id.
    Creator,
    /// A sequence number or id beyond the largest there may be.
    OutOfRange { max: u64 },
    /// A time or a clock that cannot be.
    Implausible,
    /// The agenda in it is not a valid agenda.
    Agenda,
}

impl FileDamage {
    fn from_json(error: &serde_json::Error) -> FileDamage {
        let (line, column) = (error.line(), error.column());
        match error.classify() {
            serde_json::error::Category::Eof => FileDamage::CutShort { line },
            serde_json::error::Category::Data => FileDamage::WrongContent { line, column },
            serde_json::error::Category::Syntax | serde_json::error::Category::Io => {
                FileDamage::NotJson { line, column }
            }
        }
    }
}

impl From<&BadHeader> for FileDamage {
    fn from(why: &BadHeader) -> FileDamage {
        match why {
            BadHeader::Json(error) => FileDamage::from_json(error),
            BadHeader::Format => FileDamage::Format,
            BadHeader::Schema(found) => FileDamage::Schema {
                found: *found,
                reads: super::header::HEADER_SCHEMA_VERSION,
            },
            BadHeader::Creator(_) => FileDamage::Creator,
            BadHeader::Implausible(_) => FileDamage::Implausible,
            BadHeader::Agenda(_) => FileDamage::Agenda,
        }
    }
}

impl From<&BadSnapshot> for FileDamage {
    fn from(why: &BadSnapshot) -> FileDamage {
        match why {
            BadSnapshot::Json(error) => FileDamage::from_json(error),
            BadSnapshot::Format => FileDamage::Format,
            BadSnapshot::Schema(found) => FileDamage::Schema {
                found: *found,
                reads: super::snapshot::SCHEMA_VERSION,
            },
            BadSnapshot::OutOfRange(max) => FileDamage::OutOfRange { max: *max },
            BadSnapshot::Implausible(_) => FileDamage::Implausible,
            BadSnapshot::Agenda(_) => FileDamage::Agenda,
        }
    }
}
