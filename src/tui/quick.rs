//! The quick way to give a contribution its themes, and an action its owner and due
//! date, while typing it: `#Tema` (anywhere) adds a theme, and on an action
//! `@Region Skåne` sets the owner and `!2016-02-01` the due date:
//! `Skåne sammanställer yrkes-SFI @Region Skåne !2016-03-15 #ESF`.

use chrono::NaiveDate;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Quick {
    pub text: String,
    pub tags: Vec<String>,
    pub owner: Option<String>,
    pub due: Option<NaiveDate>,
}

/// A `!date` that is not a real date: the line is not saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadDate(pub String);

/// Whether `word` starts a marker: `#` and a letter always; `@` and `!` and a digit
/// on an action only.
fn is_marker(word: &str, action: bool) -> bool {
    let mut chars = word.chars();
    match (chars.next(), chars.next()) {
        (Some('#'), Some(c)) => c.is_alphabetic(),
        (Some('@'), Some(_)) => action,
        (Some('!'), Some(c)) => action && c.is_ascii_digit(),
        _ => false,
    }
}

/// Splits a typed line into its text and the markers after it. Words after a theme
/// that are no marker go back to the text; words after `@` belong to the owner.
pub fn parse(line: &str, action: bool) -> Result<Quick, BadDate> {
    let mut quick = Quick::default();
    let mut text: Vec<&str> = Vec::new();
    let mut owner: Option<Vec<&str>> = None;
    for word in line.split_whitespace() {
        if !is_marker(word, action) {
            match owner.as_mut() {
                Some(words) => words.push(word),
                None => text.push(word),
            }
            continue;
        }
        finish_owner(&mut quick, owner.take());
        let (mark, rest) = word.split_at(1);
        match mark {
            "#" => quick.tags.push(rest.to_string()),
            "@" => owner = Some(vec![rest]),
            _ => {
                let due = NaiveDate::parse_from_str(rest, "%Y-%m-%d")
                    .map_err(|_| BadDate(rest.to_string()))?;
                quick.due = Some(due);
            }
        }
    }
    finish_owner(&mut quick, owner);
    quick.text = text.join(" ");
    Ok(quick)
}

fn finish_owner(quick: &mut Quick, words: Option<Vec<&str>>) {
    if let Some(words) = words {
        quick.owner = Some(words.join(" "));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_action_gets_owner_due_date_and_themes() {
        let q = parse(
            "Skåne sammanställer yrkes-SFI @Region Skåne !2016-03-15 #ESF #Validering",
            true,
        )
        .unwrap();
        assert_eq!(q.text, "Skåne sammanställer yrkes-SFI");
        assert_eq!(q.owner.as_deref(), Some("Region Skåne"));
        assert_eq!(q.due, NaiveDate::from_ymd_opt(2016, 3, 15));
        assert_eq!(q.tags, ["ESF", "Validering"]);
    }

    #[test]
    fn other_kinds_keep_at_signs_and_exclamation_marks_as_text() {
        let q = parse("Mejla a@b.se !1 viktigt #ESF", false).unwrap();
        assert_eq!(q.text, "Mejla a@b.se !1 viktigt");
        assert_eq!(q.tags, ["ESF"]);
        assert_eq!((q.owner, q.due), (None, None));
    }

    #[test]
    fn a_hash_before_a_digit_or_inside_a_word_is_text() {
        let q = parse("Fråga #2 om C# och ESF#", false).unwrap();
        assert_eq!(q.text, "Fråga #2 om C# och ESF#");
        assert!(q.tags.is_empty());
    }

    #[test]
    fn an_impossible_date_is_refused() {
        assert_eq!(
            parse("Lägesbild !2016-13-01", true),
            Err(BadDate("2016-13-01".into()))
        );
    }
}
