//! The terminal interface: The Elm Architecture, synchronous.

pub mod action;
pub mod alerts;
pub mod annotations_model;
pub mod app;
#[cfg(test)]
mod app_cache_tests;
#[cfg(test)]
mod app_damage_tests;
#[cfg(test)]
mod app_faults;
#[cfg(test)]
mod app_partial_tests;
mod app_refresh;
#[cfg(test)]
mod app_wake_tests;
mod app_whole;
pub mod draft;
pub mod draft_keeper;
pub mod input;
pub mod keymap;
pub mod model;
pub mod move_to;
pub mod notes;
mod others;
pub mod own_view;
pub mod quick;
pub mod retime;
mod runner;
mod runner_draft;
pub mod search;
pub mod seat;
pub mod start;
pub mod update;
pub mod versions;
pub mod view;
