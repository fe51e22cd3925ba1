//! The toolbox of the integration tests, one copy for every test binary:
//! - `cli`: the binary with a fixed environment in a temporary data dir, a new
//!   session, its journal, its minutes;
//! - `sessions`: session builders (hostile texts, all 21 regions);
//! - `golden`: comparing output with the files in `tests/golden/`;
//! - `package`: the parts of a .docx or .xlsx;
//! - `pty`, `pty_session`, `screen`: the binary in a pseudo-terminal, a session for
//!   it, and the screen rebuilt from its output.
//!
//! A test file takes it with `mod common;` (or `#[path = "../common/mod.rs"]` from a
//! folder of tests compiled as one binary).

#![allow(dead_code, unused_imports, clippy::unwrap_used)] // not every test uses every helper

pub mod cli;
pub mod golden;
pub mod package;
pub mod pty;
pub mod pty_session;
pub mod screen;
pub mod sessions;

pub use cli::*;
pub use golden::*;
pub use package::*;
pub use sessions::*;
