//! The agenda and its items, as the file gives them.

use super::text::Text;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ItemKind {
    Welcome,
    Background,
    Challenge,
    Question,
    Discussion,
    WrapUp,
    /// A pause: it has a timebox and a place in the schedule, but no contributions
    /// are expected (the minutes do not say "no contributions" under it).
    Break,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgendaItem {
    pub id: String,
    pub kind: ItemKind,
    pub title: Text,
    #[serde(default, skip_serializing_if = "Text::is_unset")]
    pub text: Text,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub prompts: Vec<Text>,
    #[serde(deserialize_with = "crate::agenda_fields::whole_minutes")]
    pub timebox_minutes: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agenda {
    pub format: String,
    pub version: u32,
    pub id: String,
    pub title: Text,
    #[serde(default, skip_serializing_if = "Text::is_unset")]
    pub subtitle: Text,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::agenda_fields::iso_date"
    )]
    pub date: Option<chrono::NaiveDate>,
    /// When the first item is planned to begin ("13:00"): a new session holds
    /// this schedule (`samtal new --start` overrides it).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::agenda_start"
    )]
    pub start: Option<chrono::NaiveTime>,
    /// Ring the bell at this share of each timebox too (1–99), not only at 100 %.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warn_percent: Option<u8>,
    pub items: Vec<AgendaItem>,
}
impl Agenda {
    pub fn item(&self, id: &str) -> Option<&AgendaItem> {
        self.items.iter().find(|i| i.id == id)
    }

    pub fn position(&self, id: &str) -> Option<usize> {
        self.items.iter().position(|i| i.id == id)
    }

    pub fn total_minutes(&self) -> u32 {
        self.items.iter().map(|i| i.timebox_minutes).sum()
    }
}
