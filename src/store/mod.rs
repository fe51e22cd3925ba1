//! Durable persistence: session folder version 2. A session is a header written
//! once (its state before any event) and every writer's own append-only segments
//! under `events/` (see `segments`). A commit is one append + `fdatasync` to this
//! process's own segment; nothing synced is ever rewritten, so any number of writers
//! (the app, `samtal add`, other laptops through a folder sync) share a folder.
//!
//! No lock: every writer writes only files it created, and a reader takes whatever
//! complete lines are there. A version 1 folder (`session.json` + `events.jsonl`) is
//! converted when opened for writing (its header written, its files left as they
//! were) and read as it is when opened read-only.

pub mod background;
mod cache_format;
mod cache_open;
pub mod convert;
pub mod device;
pub mod disk;
mod error;
mod file_damage;
pub mod header;
pub mod journal;
mod line;
mod load;
mod load_v1;
pub mod local_cache;
pub mod lock;
mod lock_holder;
pub mod merge;
pub mod openat;
pub mod os_disk;
pub mod output;
pub mod paths;
mod refresh;
pub mod segments;
mod session_store;
#[cfg(any(test, feature = "testkit"))]
pub mod sim;
pub mod snapshot;
pub mod stignore;
pub mod summary;
pub mod summary_cache;
pub mod sync_names;
mod this_writer;

pub use error::StoreError;
pub use file_damage::FileDamage;
pub use load::{Damage, Loaded, load, load_on};
pub use load_v1::{LoadedV1, load_v1_on};
pub use paths::{JOURNAL_FILE, SNAPSHOT_FILE, is_session_dir};
pub use refresh::{Folded, Refold, RefoldState, Refreshed};
pub use session_store::{Recovery, Store};
pub use this_writer::claim_for_this_process;

#[cfg(test)]
mod cache_format_tests;
#[cfg(test)]
mod cache_screen_tests;
#[cfg(test)]
mod cache_tests;
#[cfg(test)]
mod output_faults;
#[cfg(test)]
mod refresh_tests;
#[cfg(test)]
mod summary_cache_tests;
#[cfg(test)]
mod tests;
