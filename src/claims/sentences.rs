//! Sentence segmentation in two layers. The first finds candidate boundaries with the core of the
//! Unicode sentence rules (UAX #29): a break after `.`/`?`/`!` (and their CJK forms), closing
//! quotes and brackets and spaces, except before a lower-case word, a digit-led continuation or
//! `,;:`; no break inside "3.5" or "U.S"; a break after every line break. The second layer repairs
//! news: it joins what the first splits after abbreviations, titles and initials, after `?"`
//! followed by "he asked", and across soft-wrapped lines, and splits after an ellipsis "…"
//! followed by a new sentence.
//!
//! The first layer began as `unicode-segmentation`'s UAX #29 iterator; it measured about
//! 10 MB/s on news text, the whole budget, so it was replaced by this byte scanner (see
//! docs/CLAIMS.md). Lookahead is bounded, so the scan is linear.

use super::lex;
use super::types::Span;

/// Titles that are always followed by a name, never end a sentence.
const TITLES: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Sens", "Rep", "Reps", "Gov", "Gen", "Lt", "Col",
    "Maj", "Capt", "Sgt", "Cmdr", "Adm", "Rev", "Hon", "Pres", "Supt", "Det", "Insp", "Atty",
    "Amb", "Messrs", "St", "Mt", "Ft", "vs", "Lt.Gen",
];

/// Abbreviations that go on only before a number ("Jan. 6", "No. 2").
const BEFORE_NUMBER: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No",
    "Nos", "Vol", "Art", "Fig", "p", "pp",
];

/// Abbreviations that may end a sentence; they go on unless a usual sentence opener follows.
const MAYBE_FINAL: &[&str] = &[
    "Inc", "Corp", "Co", "Ltd", "Bros", "Jr", "Sr", "etc", "approx", "est", "Ave", "Blvd",
];

/// Words that usually open a sentence; after "U.S." or "Inc." they mean a new sentence began.
const STARTERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "But",
    "And",
    "Or",
    "So",
    "Yet",
    "In",
    "On",
    "At",
    "For",
    "From",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "Its",
    "His",
    "Her",
    "Their",
    "Our",
    "My",
    "As",
    "After",
    "Before",
    "When",
    "While",
    "If",
    "Some",
    "Many",
    "Most",
    "However",
    "Still",
    "Meanwhile",
    "Now",
    "Then",
    "Last",
    "Earlier",
    "Later",
    "Also",
    "Both",
    "Neither",
    "No",
    "Not",
    "One",
    "What",
    "Who",
    "Why",
    "How",
    "Where",
    "According",
    "Since",
    "Although",
    "Though",
    "Despite",
    "Under",
    "Over",
    "During",
    "With",
    "Without",
    "By",
    "Officials",
    "Critics",
    "Sources",
];

/// Sentence spans of `text`: trimmed of whitespace, in order, non-overlapping, never empty.
pub fn sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut pending: Option<(usize, usize)> = None;
    let mut cuts = Vec::new();
    for (start, seg) in candidates(text) {
        cuts.clear();
        ellipsis_cuts(seg, start, &mut cuts);
        cuts.push(start + seg.len());
        let mut from = start;
        for &to in &cuts {
            let (s, e) = lex::trim_ws(text, from, to);
            from = to;
            if s == e {
                continue;
            }
            pending = match pending {
                Some((ps, pe)) if continues(text, ps, pe, s) => Some((ps, e)),
                Some((ps, pe)) => {
                    out.push(Span::new(ps, pe));
                    Some((s, e))
                }
                None => Some((s, e)),
            };
        }
    }
    if let Some((ps, pe)) = pending {
        out.push(Span::new(ps, pe));
    }
    out
}

/// How far past a period the scanner looks for the lower-case word that continues a sentence.
const LOOKAHEAD: usize = 64;

/// Candidate sentences: `(offset, text)` pieces that tile `text`.
fn candidates(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= text.len() {
            return None;
        }
        let end = next_boundary(text, start);
        let piece = (start, &text[start..end]);
        start = end;
        Some(piece)
    })
}

fn is_terminator(c: char) -> bool {
    matches!(
        c,
        '.' | '?' | '!' | '。' | '？' | '！' | '‼' | '⁇' | '⁈' | '⁉'
    )
}

fn is_closing(c: char) -> bool {
    lex::is_quote(c) || matches!(c, ')' | ']' | '}' | '’' | '\'' | '»' | '›')
}

/// End of the candidate sentence that starts at `from` (> `from`, on a char boundary).
fn next_boundary(text: &str, from: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' {
            return i + 1;
        }
        if b == b'\r' {
            return if bytes.get(i + 1) == Some(&b'\n') {
                i + 2
            } else {
                i + 1
            };
        }
        if b < 0x80 && !matches!(b, b'.' | b'?' | b'!') {
            i += 1;
            continue;
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        if !is_terminator(c) {
            i += c.len_utf8();
            continue;
        }
        // A run of terminators, then closing marks, then spaces.
        let mut only_periods = true;
        let mut j = i;
        while let Some(c) = text[j..].chars().next().filter(|&c| is_terminator(c)) {
            only_periods &= c == '.';
            j += c.len_utf8();
        }
        while let Some(c) = text[j..].chars().next().filter(|&c| is_closing(c)) {
            j += c.len_utf8();
        }
        let mut k = j;
        while let Some(c) = text[k..]
            .chars()
            .next()
            .filter(|&c| c.is_whitespace() && c != '\n' && c != '\r')
        {
            k += c.len_utf8();
        }
        if k == text.len() {
            return k;
        }
        if k == j && !matches!(bytes[k], b'\n' | b'\r') {
            // "3.5", "U.S", "e.g.x": no space, no break.
            i = j.max(i + 1);
            continue;
        }
        if only_periods && continues_lower(&text[k..]) {
            i = k;
            continue;
        }
        if matches!(bytes[k], b',' | b';' | b':') {
            i = k;
            continue;
        }
        return k;
    }
    text.len()
}

/// After a period: whether the next letter, skipping digits and punctuation for a short way, is
/// lower case ("Jan. 6 this year", "U.S. officials").
fn continues_lower(rest: &str) -> bool {
    for c in rest[..lex::floor_boundary(rest, LOOKAHEAD)].chars() {
        if c.is_alphabetic() {
            return c.is_lowercase();
        }
        if c == '\n' || c == '\r' || is_terminator(c) {
            return false;
        }
    }
    false
}

/// Cut points after "…" that is followed by whitespace and a capital: UAX #29 does not count the
/// ellipsis character as a sentence terminator.
fn ellipsis_cuts(seg: &str, base: usize, cuts: &mut Vec<usize>) {
    if !seg.contains('…') {
        return;
    }
    for (i, _) in seg.match_indices('…') {
        let after = &seg[i + '…'.len_utf8()..];
        let rest = after.trim_start();
        if rest.len() < after.len() && lex::starts_upper(rest) {
            cuts.push(base + i + '…'.len_utf8());
        }
    }
}

/// Whether the sentence `ps..pe` goes on into the one starting at `next`.
fn continues(text: &str, ps: usize, pe: usize, next: usize) -> bool {
    let gap = &text[pe..next];
    let prev = &text[ps..pe];
    let rest = &text[next..];
    let newlines =
        gap.bytes().filter(|&b| b == b'\n' || b == b'\r').count() - gap.matches("\r\n").count();
    if newlines >= 2 {
        return false;
    }
    let last = prev.chars().next_back().unwrap_or(' ');
    if newlines == 1 {
        // A soft-wrapped line: it stops mid-sentence and the next line goes on in lower case.
        let ended = matches!(last, '.' | '!' | '?' | '…' | ':') || lex::is_quote(last);
        return !ended && lex::starts_lower(rest);
    }
    let bare =
        prev.trim_end_matches(|c: char| lex::is_close_quote(c) || matches!(c, '"' | '’' | ')'));
    match bare.chars().next_back() {
        // `“Is it over?” she asked.`
        Some('?' | '!') => lex::starts_lower(rest),
        Some('.') if bare.len() == prev.len() => abbreviation_goes_on(prev, rest),
        _ => false,
    }
}

/// Whether the period ending `prev` belongs to an abbreviation that `rest` continues.
fn abbreviation_goes_on(prev: &str, rest: &str) -> bool {
    let word = prev.rsplit(char::is_whitespace).next().unwrap_or("");
    let word = word.trim_start_matches(|c: char| lex::is_quote(c) || matches!(c, '(' | '[' | '‘'));
    if word.ends_with("..") {
        return false;
    }
    let stem = &word[..word.len().saturating_sub(1)];
    if stem.is_empty() {
        return false;
    }
    let next_word = rest
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_start_matches(|c: char| lex::is_quote(c) || c == '(');
    let next_word = next_word.trim_end_matches(|c: char| !c.is_alphanumeric());
    let starter = STARTERS.contains(&next_word);
    if TITLES.contains(&stem) {
        return true;
    }
    if BEFORE_NUMBER.contains(&stem) {
        return rest.starts_with(|c: char| c.is_ascii_digit());
    }
    let single_initial = stem.chars().count() == 1 && lex::starts_upper(stem);
    if single_initial {
        return lex::starts_upper(rest) && !starter;
    }
    // "U.S.", "a.m." (not "7.15am.", a time that ends its sentence).
    let dotted = stem.contains('.') && !stem.contains(|c: char| c.is_ascii_digit());
    if dotted || MAYBE_FINAL.contains(&stem) {
        return !starter;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn abbreviations_titles_and_initials() {
        let t = "Dr. Ana Ruiz met Mr. Cole at 9 a.m. Tuesday in the U.S. Capitol. John F. Kennedy was cited. The U.S. Army agreed.";
        assert_eq!(
            split(t),
            vec![
                "Dr. Ana Ruiz met Mr. Cole at 9 a.m. Tuesday in the U.S. Capitol.",
                "John F. Kennedy was cited.",
                "The U.S. Army agreed."
            ]
        );
    }

    #[test]
    fn abbreviation_at_sentence_end() {
        let t = "The firm moved to the U.S. The board agreed. It was Acme Inc. It grew.";
        assert_eq!(
            split(t),
            vec![
                "The firm moved to the U.S.",
                "The board agreed.",
                "It was Acme Inc.",
                "It grew."
            ]
        );
    }

    #[test]
    fn times_end_sentences() {
        assert_eq!(
            split("The carriages came off shortly after 7.15am. Northline Rail said the train left the rails."),
            vec![
                "The carriages came off shortly after 7.15am.",
                "Northline Rail said the train left the rails."
            ]
        );
    }

    #[test]
    fn decimals_money_and_months() {
        let t = "Sales rose 6.1 percent to $4.5 billion on Jan. 6 this year. Shares fell.";
        assert_eq!(
            split(t),
            vec![
                "Sales rose 6.1 percent to $4.5 billion on Jan. 6 this year.",
                "Shares fell."
            ]
        );
    }

    #[test]
    fn quotes_closing_after_terminator() {
        let t = "“We will win.” The crowd cheered. “Is it over?” she asked. \"No,\" he said. \"Why?\" Nobody knew.";
        assert_eq!(
            split(t),
            vec![
                "“We will win.”",
                "The crowd cheered.",
                "“Is it over?” she asked.",
                "\"No,\" he said.",
                "\"Why?\"",
                "Nobody knew."
            ]
        );
    }

    #[test]
    fn ellipses() {
        let t = "He paused... and went on. It was over… Then silence. Wait … what?";
        assert_eq!(
            split(t),
            vec![
                "He paused... and went on.",
                "It was over…",
                "Then silence.",
                "Wait … what?"
            ]
        );
    }

    #[test]
    fn lines_headlines_bullets_and_paragraphs() {
        let t = "Port Strike Ends After Nine Days\n\nBy Lena Ortiz\n\n- Wages rise 4 percent\n- Talks resume in May\n\nThe union\nagreed on Friday.";
        assert_eq!(
            split(t),
            vec![
                "Port Strike Ends After Nine Days",
                "By Lena Ortiz",
                "- Wages rise 4 percent",
                "- Talks resume in May",
                "The union\nagreed on Friday."
            ]
        );
    }

    #[test]
    fn degenerate_inputs() {
        assert!(sentences("").is_empty());
        assert!(sentences(" \n\t\n ").is_empty());
        assert_eq!(
            split("no punctuation at all"),
            vec!["no punctuation at all"]
        );
        assert_eq!(split(". . ."), vec![".", ".", "."]);
        assert_eq!(split("\0\0.\u{1}x"), vec!["\0\0.\u{1}x"]);
    }
}
