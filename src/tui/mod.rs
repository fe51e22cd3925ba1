//! The terminal interface: The Elm Architecture, synchronous.

pub mod action;
pub mod app;
pub mod input;
pub mod keymap;
pub mod model;
pub mod notes_model;
pub mod notes_text;
pub mod quick;
pub mod start;
pub mod terminal;
pub mod update;
pub mod view;
pub mod wait;
