//! The agenda: the items a session steps through. Loaded from JSON (see
//! `docs/agenda-format.md`) and validated before the terminal is touched.

mod items;
mod limits;
mod load;
mod text;
mod validate;

pub use items::{Agenda, AgendaItem, ItemKind};
pub use limits::{
    FORMAT_NAME, FORMAT_VERSION, MAX_FILE_BYTES, MAX_ITEMS, MAX_PROMPTS, MAX_TEXT_CHARS,
    MAX_TIMEBOX_MINUTES, MAX_TITLE_CHARS, valid_item_id,
};
pub use load::{AgendaError, BUILTIN_JSON};
pub use text::Text;
pub use validate::{Invalid, ItemProblem};

#[cfg(test)]
mod tests;
