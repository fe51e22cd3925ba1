//! The terminal interface.

pub mod input;
