//! The two languages of the interface, as a value: which one the user asked for or the
//! locale says. The words themselves are in `crate::i18n`, which adds its accessors to
//! `Lang`; this file depends on nothing, so the domain can name a language without
//! depending on the catalogue.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Sv,
    En,
}

impl Lang {
    /// `--lang` if given, else `LC_ALL`, `LC_MESSAGES`, `LANG`: Swedish when the first
    /// one set starts with "sv", else English.
    pub fn detect(explicit: Option<Lang>) -> Lang {
        if let Some(lang) = explicit {
            return lang;
        }
        let var = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| std::env::var(name).ok())
            .find(|value| !value.is_empty());
        Lang::from_locale(var.as_deref())
    }

    pub fn from_locale(locale: Option<&str>) -> Lang {
        match locale {
            Some(l) if l.to_ascii_lowercase().starts_with("sv") => Lang::Sv,
            _ => Lang::En,
        }
    }

    pub fn parse(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "sv" | "svenska" | "swedish" => Some(Lang::Sv),
            "en" | "english" | "engelska" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }
}
