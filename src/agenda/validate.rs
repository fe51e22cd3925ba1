//! What the type system cannot check in an agenda: ids, limits, timeboxes.

use super::items::{Agenda, AgendaItem};
use super::limits::{
    FORMAT_NAME, FORMAT_VERSION, MAX_ITEMS, MAX_PROMPTS, MAX_TEXT_CHARS, MAX_TIMEBOX_MINUTES,
    MAX_TITLE_CHARS, valid_item_id,
};
use super::text::Text;
use std::collections::HashSet;

/// Why an agenda that parsed is still refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Invalid {
    #[error("\"format\" must be \"{FORMAT_NAME}\", found \"{0}\"")]
    Format(String),
    #[error("unsupported version {0}; this samtal reads version {FORMAT_VERSION}")]
    Version(u32),
    #[error("\"warn_percent\" must be between 1 and 99, found {0}")]
    WarnPercent(u8),
    #[error("the agenda has no title")]
    NoTitle,
    #[error("the agenda title holds a control character")]
    TitleControlCharacter,
    #[error("the agenda title is longer than {MAX_TITLE_CHARS} characters")]
    TitleTooLong,
    #[error("the agenda has no items")]
    NoItems,
    #[error("the agenda has {0} items; at most {MAX_ITEMS} are allowed")]
    TooManyItems(usize),
    #[error("item {number} (id \"{id}\"): {problem}")]
    Item {
        number: usize,
        id: String,
        problem: ItemProblem,
    },
}

/// What is wrong with one item.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ItemProblem {
    #[error("an id is 1–64 characters of a–z, 0–9, '-' and '_'")]
    BadId,
    #[error("duplicate id")]
    DuplicateId,
    #[error("the title is empty")]
    EmptyTitle,
    #[error("the title is longer than {MAX_TITLE_CHARS} characters")]
    TitleTooLong,
    #[error("a text holds a control character (only line breaks and tabs are allowed)")]
    ControlCharacter,
    #[error("the text is longer than {MAX_TEXT_CHARS} characters")]
    TextTooLong,
    #[error("more than {MAX_PROMPTS} prompts")]
    TooManyPrompts,
    #[error("a prompt is empty or longer than {} characters", MAX_TITLE_CHARS * 2)]
    BadPrompt,
    #[error("timebox_minutes must be 1–{MAX_TIMEBOX_MINUTES}, found {0}")]
    BadTimebox(u32),
}

impl Agenda {
    /// Checks what the type system cannot: ids, limits, timeboxes.
    pub fn validate(&self) -> Result<(), Invalid> {
        self.check_header()?;
        let mut seen = HashSet::new();
        for (index, item) in self.items.iter().enumerate() {
            let problem = match seen.insert(item.id.as_str()) {
                _ if !valid_item_id(&item.id) => Some(ItemProblem::BadId),
                false => Some(ItemProblem::DuplicateId),
                true => item_problem(item),
            };
            if let Some(problem) = problem {
                return Err(Invalid::Item {
                    number: index + 1,
                    id: item.id.escape_debug().to_string(),
                    problem,
                });
            }
        }
        Ok(())
    }

    /// The format, version, warning share, title and number of items.
    fn check_header(&self) -> Result<(), Invalid> {
        if self.format != FORMAT_NAME {
            return Err(Invalid::Format(self.format.escape_debug().to_string()));
        }
        if self.version != FORMAT_VERSION {
            return Err(Invalid::Version(self.version));
        }
        if let Some(percent) = self.warn_percent.filter(|p| !(1..100).contains(p)) {
            return Err(Invalid::WarnPercent(percent));
        }
        if self.title.is_empty() {
            return Err(Invalid::NoTitle);
        }
        if self.title.has_control_characters() || self.subtitle.has_control_characters() {
            return Err(Invalid::TitleControlCharacter);
        }
        if self.title.max_chars() > MAX_TITLE_CHARS {
            return Err(Invalid::TitleTooLong);
        }
        if self.items.is_empty() {
            return Err(Invalid::NoItems);
        }
        if self.items.len() > MAX_ITEMS {
            return Err(Invalid::TooManyItems(self.items.len()));
        }
        Ok(())
    }
}

/// The first thing wrong with an item's texts and timebox.
fn item_problem(item: &AgendaItem) -> Option<ItemProblem> {
    let texts = [&item.title, &item.text].into_iter().chain(&item.prompts);
    let bad_prompt = |p: &Text| p.is_empty() || p.max_chars() > MAX_TITLE_CHARS * 2;
    if item.title.is_empty() {
        Some(ItemProblem::EmptyTitle)
    } else if item.title.max_chars() > MAX_TITLE_CHARS {
        Some(ItemProblem::TitleTooLong)
    } else if texts.into_iter().any(Text::has_control_characters) {
        Some(ItemProblem::ControlCharacter)
    } else if item.text.max_chars() > MAX_TEXT_CHARS {
        Some(ItemProblem::TextTooLong)
    } else if item.prompts.len() > MAX_PROMPTS {
        Some(ItemProblem::TooManyPrompts)
    } else if item.prompts.iter().any(bad_prompt) {
        Some(ItemProblem::BadPrompt)
    } else if item.timebox_minutes == 0 || item.timebox_minutes > MAX_TIMEBOX_MINUTES {
        Some(ItemProblem::BadTimebox(item.timebox_minutes))
    } else {
        None
    }
}
