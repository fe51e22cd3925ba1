//! Backslash escapes for CommonMark (and GitHub's tables and strikethrough), only
//! where a parser would otherwise read a typed text as markup. "här!" and
//! "Ops & Infra" stay as typed, so minutes pasted into an e-mail show no backslashes;
//! `*fet*`, `[länk](x)`, `<b>` or a line-start `1.` are escaped.

/// Where the escaped text goes in the Markdown line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// Inside a paragraph, after other text on the line.
    Inline,
    /// At the start of a block (a line, a list item, a quote): `#`, `>`, `-`, `1.`
    /// and the like would start a heading, quote or list there.
    LineStart,
    /// The text of an ATX heading (`## …`): trailing `#`s would be dropped.
    Heading,
    /// A pipe-table cell: `|` would end the cell.
    TableCell,
    /// Between our own `*…*`: every `*` is escaped so that none ends the emphasis.
    Emphasised,
}

pub fn escape(text: &str, place: Place) -> String {
    let chars: Vec<char> = crate::text::display_safe(text).chars().collect();
    let mut marked = vec![false; chars.len()];
    mark_inline(&chars, &mut marked);
    match place {
        Place::LineStart => mark_line_start(&chars, &mut marked),
        Place::Heading => mark_closing_hashes(&chars, &mut marked),
        Place::TableCell => mark_all(&chars, &mut marked, |c| c == '|'),
        Place::Emphasised => mark_all(&chars, &mut marked, |c| c == '*'),
        Place::Inline => {}
    }
    let mut out = String::with_capacity(chars.len() + 8);
    for (ch, escape) in chars.iter().zip(marked) {
        if escape {
            out.push('\\');
        }
        out.push(*ch);
    }
    out
}

fn mark_all(chars: &[char], marked: &mut [bool], which: impl Fn(char) -> bool) {
    for (i, ch) in chars.iter().enumerate() {
        if which(*ch) {
            marked[i] = true;
        }
    }
}

/// CommonMark's punctuation (Unicode P and S) is, for our purpose, anything that is
/// neither a letter, a digit nor white space.
fn is_punctuation(ch: char) -> bool {
    !ch.is_alphanumeric() && !ch.is_whitespace()
}

fn mark_inline(chars: &[char], marked: &mut [bool]) {
    for i in 0..chars.len() {
        let next = chars.get(i + 1).copied();
        marked[i] = match chars[i] {
            // A backslash escapes the punctuation after it: keep it a backslash.
            '\\' => next.is_some_and(|c| c.is_ascii_punctuation()),
            // Raw HTML (`<b>`, `</i>`, `<!--`, `<?`) and autolinks (`<http://x>`).
            '<' => next.is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, '/' | '!' | '?')),
            '&' => starts_entity(&chars[i + 1..]),
            _ => false,
        };
    }
    mark_pairs(chars, marked, '`', |_, _| (true, true));
    mark_brackets(chars, marked);
    for delimiter in ['*', '_', '~'] {
        mark_pairs(chars, marked, delimiter, |before, after| {
            flanking(delimiter, before, after)
        });
    }
}

/// `&amp;`, `&#169;`, `&#xA9;`: a character reference that would become one character.
fn starts_entity(rest: &[char]) -> bool {
    let (digits, body): (fn(&char) -> bool, &[char]) = match rest {
        ['#', 'x' | 'X', body @ ..] => (char::is_ascii_hexdigit, body),
        ['#', body @ ..] => (char::is_ascii_digit, body),
        body => (char::is_ascii_alphanumeric, body),
    };
    let length = body.iter().take_while(|c| digits(c)).count();
    length > 0 && body.get(length) == Some(&';')
}

/// Whether a run of `delimiter` between `before` and `after` may open and may close
/// emphasis (or strikethrough), by CommonMark's flanking rules.
fn flanking(delimiter: char, before: Option<char>, after: Option<char>) -> (bool, bool) {
    let space_or_punct = |c: Option<char>| c.is_none_or(|c| c.is_whitespace() || is_punctuation(c));
    let left = after.is_some_and(|c| !c.is_whitespace())
        && (!after.is_some_and(is_punctuation) || space_or_punct(before));
    let right = before.is_some_and(|c| !c.is_whitespace())
        && (!before.is_some_and(is_punctuation) || space_or_punct(after));
    if delimiter == '_' {
        let opens = left && (!right || before.is_some_and(is_punctuation));
        let closes = right && (!left || after.is_some_and(is_punctuation));
        (opens, closes)
    } else {
        (left, right)
    }
}

/// Escapes every `delimiter` of the text when a run of it that may open comes before
/// a run that may close: then they could pair up. A lone `*` or `snake_case` stays.
fn mark_pairs(
    chars: &[char],
    marked: &mut [bool],
    delimiter: char,
    rule: impl Fn(Option<char>, Option<char>) -> (bool, bool),
) {
    let mut runs = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != delimiter || marked[i] {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && chars[i] == delimiter {
            i += 1;
        }
        let before = start.checked_sub(1).map(|b| chars[b]);
        let (opens, closes) = rule(before, chars.get(i).copied());
        runs.push((start, i - start, opens, closes));
    }
    let pairs = if delimiter == '`' {
        // A code span needs two runs of the same length.
        runs.iter()
            .enumerate()
            .any(|(k, a)| runs[k + 1..].iter().any(|b| b.1 == a.1))
    } else {
        let first_opener = runs.iter().position(|r| r.2);
        first_opener.is_some_and(|k| runs[k + 1..].iter().any(|r| r.3))
    };
    if pairs {
        for (start, length, _, _) in runs {
            marked[start..start + length].fill(true);
        }
    }
}

/// `[…]` may become a link, an image (`![…]`), a footnote or a reference: escape every
/// `[` that has a `]` after it.
fn mark_brackets(chars: &[char], marked: &mut [bool]) {
    let Some(last_close) = chars.iter().rposition(|&c| c == ']') else {
        return;
    };
    for i in 0..last_close {
        if chars[i] == '[' && !marked[i] {
            marked[i] = true;
        }
    }
}

/// A heading, quote, list item, thematic break, setext underline, code fence or task
/// box at the start of a block.
fn mark_line_start(chars: &[char], marked: &mut [bool]) {
    let Some(&first) = chars.first() else {
        return;
    };
    let second = chars.get(1).copied();
    let space_or_end = |c: Option<char>| c.is_none_or(|c| c == ' ' || c == '\t');
    let hashes = chars.iter().take_while(|&&c| c == '#').count();
    let digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
    let only = |set: &[char]| chars.iter().all(|c| set.contains(c) || *c == ' ');
    let run = chars.iter().take_while(|&&c| c == first).count();
    if (1..=6).contains(&hashes) && space_or_end(chars.get(hashes).copied())
        || first == '>'
        || matches!(first, '-' | '+' | '*') && space_or_end(second)
        || matches!(first, '-' | '*' | '_' | '=') && only(&[first])
        || matches!(first, '`' | '~') && run >= 3
        || first == '['
    {
        marked[0] = true;
    } else if (1..=9).contains(&digits)
        && matches!(chars.get(digits), Some('.' | ')'))
        && space_or_end(chars.get(digits + 1).copied())
    {
        marked[digits] = true;
    }
}

/// "Punkt #" would lose its "#" as a closing sequence of the heading.
fn mark_closing_hashes(chars: &[char], marked: &mut [bool]) {
    let hashes = chars.iter().rev().take_while(|&&c| c == '#').count();
    let start = chars.len() - hashes;
    if hashes > 0 && (start == 0 || chars[start - 1] == ' ') {
        marked[start] = true;
    }
}

#[cfg(test)]
mod tests {
    use super::{Place, escape};

    #[test]
    fn plain_punctuation_stays_as_typed() {
        for text in [
            "här!",
            "Ops & Infra",
            "5 * 3 = 15",
            "snake_case_name",
            "a < b och c > d",
            "<3",
            "ca ~50 personer",
            "AT&T",
            "[not closed",
            "C:\\Users",
            "100 % – 20 #1",
        ] {
            assert_eq!(escape(text, Place::Inline), text);
        }
    }

    #[test]
    fn markup_is_escaped() {
        let cases = [
            ("*fet*", r"\*fet\*"),
            ("__fet__", r"\_\_fet\_\_"),
            ("~~stryk~~", r"\~\~stryk\~\~"),
            ("`kod`", r"\`kod\`"),
            ("[länk](http://x)", r"\[länk](http://x)"),
            ("![bild](x)", r"!\[bild](x)"),
            ("<b>x</b>", r"\<b>x\</b>"),
            ("&amp; &#169; &#xA9;", r"\&amp; \&#169; \&#xA9;"),
            ("\\*", r"\\*"),
        ];
        for (text, escaped) in cases {
            assert_eq!(escape(text, Place::Inline), escaped, "{text}");
        }
    }

    #[test]
    fn line_starts_are_escaped_only_at_a_line_start() {
        let cases = [
            ("# rubrik", r"\# rubrik"),
            ("> citat", r"\> citat"),
            ("- minus", r"\- minus"),
            ("+ plus", r"\+ plus"),
            ("1. punkt", r"1\. punkt"),
            ("2) punkt", r"2\) punkt"),
            ("---", r"\---"),
            ("===", r"\==="),
            ("```", r"\```"),
            ("[ ] uppgift", r"\[ ] uppgift"),
            ("#hashtag", "#hashtag"),
            ("-5 grader", "-5 grader"),
            ("2015. Året", r"2015\. Året"),
        ];
        for (text, escaped) in cases {
            assert_eq!(escape(text, Place::LineStart), escaped, "{text}");
            if text != "```" && !text.starts_with('[') {
                assert_eq!(escape(text, Place::Inline), text, "{text} inline");
            }
        }
    }

    #[test]
    fn headings_tables_and_emphasis_have_their_own_characters() {
        assert_eq!(escape("Punkt #", Place::Heading), r"Punkt \#");
        assert_eq!(escape("C#", Place::Heading), "C#");
        assert_eq!(escape("a | b", Place::TableCell), r"a \| b");
        assert_eq!(escape("a | b", Place::Inline), "a | b");
        assert_eq!(escape("a* b", Place::Emphasised), r"a\* b");
    }
}
