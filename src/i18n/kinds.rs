//! The names of the kinds of contribution, shown and typed (`samtal add --kind`).

use super::Lang;
use crate::session::Kind;

impl Lang {
    /// "synpunkt" / "comment", as the log, the minutes and the command line show it.
    pub fn kind(self, kind: Kind) -> &'static str {
        match (kind, self) {
            (Kind::Comment, Lang::Sv) => "synpunkt",
            (Kind::Proposal, Lang::Sv) => "förslag",
            (Kind::Question, Lang::Sv) => "fråga",
            (Kind::Action, Lang::Sv) => "åtgärd",
            (Kind::Comment, Lang::En) => "comment",
            (Kind::Proposal, Lang::En) => "proposal",
            (Kind::Question, Lang::En) => "question",
            (Kind::Action, Lang::En) => "action",
        }
    }
}

/// Every name `parse_kind` takes, for a message about a name it did not:
/// "synpunkt|comment, förslag|proposal, fråga|question eller åtgärd|action".
pub fn kind_choices(lang: Lang) -> String {
    let names: Vec<String> = Kind::ALL
        .iter()
        .map(|&kind| format!("{}|{}", Lang::Sv.kind(kind), Lang::En.kind(kind)))
        .collect();
    let or = match lang {
        Lang::Sv => "eller",
        Lang::En => "or",
    };
    match names.split_last() {
        Some((last, rest)) => format!("{} {or} {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// A kind typed by the user: the Swedish or English name, with or without å/ä/ö.
pub fn parse_kind(name: &str) -> Option<Kind> {
    match name.trim().to_lowercase().as_str() {
        "synpunkt" | "comment" => Some(Kind::Comment),
        "förslag" | "forslag" | "proposal" => Some(Kind::Proposal),
        "fråga" | "fraga" | "question" => Some(Kind::Question),
        "åtgärd" | "atgard" | "action" => Some(Kind::Action),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_reads_back_from_its_name_in_both_languages() {
        for kind in Kind::ALL {
            for lang in [Lang::Sv, Lang::En] {
                assert_eq!(parse_kind(lang.kind(kind)), Some(kind));
            }
        }
        assert_eq!(parse_kind(" Atgard "), Some(Kind::Action));
        assert_eq!(parse_kind("vote"), None);
    }

    #[test]
    fn the_choices_name_every_kind_in_both_languages() {
        assert_eq!(
            kind_choices(Lang::Sv),
            "synpunkt|comment, förslag|proposal, fråga|question eller åtgärd|action"
        );
        assert_eq!(
            kind_choices(Lang::En),
            "synpunkt|comment, förslag|proposal, fråga|question or åtgärd|action"
        );
    }
}
