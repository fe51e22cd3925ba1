//! Drives the real `samtal` binary in a pseudo-terminal (100×30): what a moderator
//! types, what a crash or a signal does to the session, and what is left of the
//! terminal afterwards. The driver and the screen reader are in `tests/common/`.

#![allow(clippy::unwrap_used)] // tests may stop at the first surprise

#[path = "../common/mod.rs"]
mod common;

mod crash;
mod damage;
mod draft;
mod follow;
mod join;
mod poll;
mod signals;
mod typing;

use common::pty::*;
use common::pty_session::*;
use common::{assert_success, complete_events, foreign_segment, segment_bytes};
use rexpect::process::{WaitStatus, signal::Signal};
use serde_json::Value;
use std::os::fd::AsRawFd;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// True while the process is stopped (state T in /proc/<pid>/stat).
fn is_stopped(pid: i32) -> bool {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // The state follows the command name, which is in parentheses.
    stat.rsplit_once(") ")
        .is_some_and(|(_, rest)| rest.starts_with('T') || rest.starts_with('t'))
}
