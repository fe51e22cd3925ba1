//! Three-letter names for the room grid's columns, unique within the session:
//! "Region Skåne" → "Skå", "Västra Götalandsregionen" → "VäG". Words several groups
//! share ("Region", "län") say nothing and are left out.

use std::collections::HashSet;

/// The abbreviation and the shortened name (for the legend) of each name, in order.
pub fn abbreviations(names: &[String]) -> Vec<(String, String)> {
    let common = common_words(names);
    let mut taken: HashSet<String> = HashSet::new();
    names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let words: Vec<&str> = name
                .split_whitespace()
                .filter(|w| !common.contains(&w.to_lowercase()))
                .collect();
            let words = if words.is_empty() {
                name.split_whitespace().collect()
            } else {
                words
            };
            let short = words.join(" ");
            let abbreviation = candidates(&words)
                .into_iter()
                .find(|c| !taken.contains(c))
                .unwrap_or_else(|| format!("{:>3}", i + 1));
            taken.insert(abbreviation.clone());
            (abbreviation, short)
        })
        .collect()
}

/// Words in three names or more ("Region", "län", "Grupp").
fn common_words(names: &[String]) -> HashSet<String> {
    if names.len() < 3 {
        return HashSet::new();
    }
    let mut counts: std::collections::HashMap<String, usize> = Default::default();
    for name in names {
        let words: HashSet<String> = name.split_whitespace().map(str::to_lowercase).collect();
        for w in words {
            *counts.entry(w).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .filter(|(_, n)| *n >= 3)
        .map(|(w, _)| w)
        .collect()
}

/// Three letters, best first: the first two of the first word and the initial of
/// the second; the first three; the first two and any later letter; the first and
/// any two later.
fn candidates(words: &[&str]) -> Vec<String> {
    let letters: Vec<char> = words
        .concat()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    let mut out = Vec::new();
    let first: Vec<char> = words.first().map_or(vec![], |w| w.chars().collect());
    let second = words.get(1).and_then(|w| w.chars().next());
    // Only a name's own second word ("Härjedalen"), not "län".
    if let Some(second) = second.filter(|c| c.is_uppercase())
        && first.len() >= 2
    {
        out.push([first[0], first[1], second].iter().collect());
    }
    if letters.len() < 3 {
        out.push(letters.iter().collect());
        return out;
    }
    out.push(letters[..3].iter().collect());
    for k in 2..letters.len() {
        out.push([letters[0], letters[1], letters[k]].iter().collect());
    }
    for j in 1..letters.len() {
        for k in j + 1..letters.len() {
            out.push([letters[0], letters[j], letters[k]].iter().collect());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_21_regions_get_distinct_readable_names() {
        let json = include_str!("../../../assets/groups/regioner.json");
        let value: serde_json::Value = serde_json::from_str(json).expect("preset");
        let names: Vec<String> = value["groups"]
            .as_array()
            .expect("groups")
            .iter()
            .map(|v| v.as_str().expect("name").to_string())
            .collect();
        let short = abbreviations(&names);
        let unique: HashSet<&String> = short.iter().map(|(a, _)| a).collect();
        assert_eq!(unique.len(), 21);
        let of = |name: &str| {
            let i = names.iter().position(|n| n == name).expect("known");
            short[i].clone()
        };
        assert_eq!(of("Region Skåne"), ("Skå".into(), "Skåne".into()));
        assert_eq!(of("Region Stockholm").0, "Sto");
        assert_eq!(of("Västra Götalandsregionen").0, "VäG");
        assert_eq!(of("Region Jämtland Härjedalen").0, "JäH");
    }
}
