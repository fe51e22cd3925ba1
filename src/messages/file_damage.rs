//! Why a header (or a version 1 snapshot) cannot be read, in the interface language.

use super::fill;
use crate::i18n::Lang;
use crate::i18n::file_damage::file_damage_text;
use crate::store::FileDamage;

/// "the file ends too early, at line 141": the catalogue's words, never the file's.
pub fn file_damage(lang: Lang, damage: &FileDamage) -> String {
    let t = file_damage_text(lang);
    match *damage {
        FileDamage::CutShort { line } => fill(t.cut_short, &[&line]),
        FileDamage::NotJson { line, column } => fill(t.not_json, &[&line, &column]),
        FileDamage::WrongContent { line, column } => fill(t.wrong_content, &[&line, &column]),
        FileDamage::Format => t.format.to_string(),
        FileDamage::Schema { found, reads } => fill(t.schema, &[&found, &reads]),
        FileDamage::Creator => t.creator.to_string(),
        FileDamage::OutOfRange { max } => fill(t.out_of_range, &[&max]),
        FileDamage::Implausible => t.implausible.to_string(),
        FileDamage::Agenda => t.agenda.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reason_is_filled_in_and_worded_in_each_language() {
        let all = [
            FileDamage::CutShort { line: 141 },
            FileDamage::NotJson { line: 1, column: 9 },
            FileDamage::WrongContent { line: 3, column: 4 },
            FileDamage::Format,
            FileDamage::Schema { found: 3, reads: 2 },
            FileDamage::Creator,
            FileDamage::OutOfRange { max: 9 },
            FileDamage::Implausible,
            FileDamage::Agenda,
        ];
        for damage in &all {
            let (sv, en) = (file_damage(Lang::Sv, damage), file_damage(Lang::En, damage));
            assert!(!sv.contains("{}") && !en.contains("{}"), "{sv} / {en}");
            assert_ne!(sv, en, "{damage:?}");
        }
        let cut = FileDamage::CutShort { line: 141 };
        assert_eq!(
            file_damage(Lang::Sv, &cut),
            "filen tar slut för tidigt, på rad 141"
        );
    }
}
