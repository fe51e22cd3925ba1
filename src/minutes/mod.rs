//! Session → minutes (minnesanteckningar), in Markdown, HTML, DOCX, CSV and JSON.
//! Pure and deterministic: the same session gives byte-identical files.

mod action_line;
mod annotated;
mod blocks;
mod build;
mod counts;
mod csv;
mod document;
mod docx;
mod docx_parts;
mod error;
mod format;
mod heading;
mod html;
mod items;
mod markdown;
mod markdown_escape;
pub mod notes;
mod options;
mod render;
mod schedule;
mod sections;
mod tables;
mod walk;
mod xlsx;
mod xlsx_cells;
mod xlsx_sheets;

pub use action_line::ActionLine;
pub use annotated::{Priority, Theme};
pub use blocks::{Block, blocks};
pub use counts::CountTable;
pub use document::{ItemMinutes, Minutes, Section, hm};
pub use error::MinutesError;
pub use format::Format;
pub use options::{Options, Order, parse_delimiter};
pub use render::{render, render_with};
