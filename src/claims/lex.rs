//! Small text helpers shared by the claims modules: quotes, words, boundaries, trimming.
//! Everything works on byte offsets into one `&str` and never slices off a char boundary.

/// Quote marks that only open (curly and guillemet forms).
/// `text` without the first of `suffixes` it ends with, if any.
pub(crate) fn before_suffix<'t>(text: &'t str, suffixes: &[&str]) -> Option<&'t str> {
    suffixes.iter().find_map(|s| text.strip_suffix(s))
}

pub(crate) fn is_open_quote(c: char) -> bool {
    matches!(c, '“' | '„' | '«')
}

/// Quote marks that only close.
pub(crate) fn is_close_quote(c: char) -> bool {
    matches!(c, '”' | '»')
}

/// Any double quote mark, straight or curly.
pub(crate) fn is_quote(c: char) -> bool {
    c == '"' || is_open_quote(c) || is_close_quote(c)
}

/// Largest char boundary `<= i`.
pub(crate) fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Smallest char boundary `>= i`.
pub(crate) fn ceil_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// `start..end` with surrounding whitespace removed.
pub(crate) fn trim_ws(s: &str, start: usize, end: usize) -> (usize, usize) {
    let sub = &s[start..end];
    let lead = sub.len() - sub.trim_start().len();
    let trimmed = sub.trim();
    (start + lead, start + lead + trimmed.len())
}

/// Whitespace-separated words with their byte offsets in `s`.
pub(crate) fn words(s: &str) -> impl Iterator<Item = (usize, &str)> {
    s.split_whitespace()
        .map(move |w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
}

/// A word without surrounding punctuation and quotes ("“Rubio’s," -> "Rubio’s").
pub(crate) fn core(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_alphanumeric())
}

/// A word's core without a possessive ending ("Trump’s" -> "Trump").
pub(crate) fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("’s")
        .or_else(|| w.strip_suffix("'s"))
        .unwrap_or(w)
}

pub(crate) fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

pub(crate) fn starts_lower(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_lowercase)
}

/// Byte ranges of quoted stretches in `s` (from the opening mark to past the closing one), and
/// whether a quote is still open at the end. `inside` says a quote was already open at the start.
/// An opening mark inside an open quote restarts it: news reopens a quote at each paragraph of a
/// long quotation without closing the last.
pub(crate) fn quote_regions(s: &str, inside: bool) -> (Vec<(usize, usize)>, bool) {
    let mut regions = Vec::new();
    let mut open_at = if inside { Some(0) } else { None };
    for (i, c) in s.char_indices() {
        if is_open_quote(c) {
            if let Some(o) = open_at {
                if o < i {
                    regions.push((o, i));
                }
            }
            open_at = Some(i);
        } else if is_close_quote(c) {
            if let Some(o) = open_at.take() {
                regions.push((o, i + c.len_utf8()));
            }
        } else if c == '"' {
            match open_at.take() {
                Some(o) => regions.push((o, i + 1)),
                None => open_at = Some(i),
            }
        }
    }
    let open = open_at.is_some();
    if let Some(o) = open_at {
        regions.push((o, s.len()));
    }
    (regions, open)
}

/// Whether byte `pos` lies inside one of `regions` (sorted, non-overlapping).
pub(crate) fn in_regions(regions: &[(usize, usize)], pos: usize) -> bool {
    let i = regions.partition_point(|&(_, e)| e <= pos);
    regions.get(i).is_some_and(|&(s, _)| s <= pos)
}

/// Narrow `start..end` of `s` to a clean proposition: no surrounding whitespace, no outer or
/// unbalanced quote marks, no trailing `,;:` or final period, no leading bullet or dash.
/// Linear in the span: quote counts are taken once and kept up to date while trimming.
pub(crate) fn trim_content(s: &str, start: usize, end: usize) -> (usize, usize) {
    let (mut a, mut b) = trim_ws(s, start, end);
    let sub = &s[a..b];
    let mut opens = sub.chars().filter(|&c| is_open_quote(c)).count();
    let mut closes = sub.chars().filter(|&c| is_close_quote(c)).count();
    let mut straight = sub.bytes().filter(|&b| b == b'"').count();
    loop {
        let (na, nb) = trim_ws(s, a, b);
        a = na;
        b = nb;
        let sub = &s[a..b];
        let (Some(first), Some(last)) = (sub.chars().next(), sub.chars().next_back()) else {
            break;
        };
        let single = a + first.len_utf8() >= b;
        if is_open_quote(first)
            && (closes == 0 || (opens == 1 && closes == 1 && is_close_quote(last) && !single))
        {
            if is_close_quote(last) && closes == 1 && opens == 1 && !single {
                b -= last.len_utf8();
                closes -= 1;
            }
            a += first.len_utf8();
            opens -= 1;
            continue;
        }
        if is_close_quote(last) && opens == 0 {
            b -= last.len_utf8();
            closes -= 1;
            continue;
        }
        if first == '"' && (straight % 2 == 1 || (straight == 2 && last == '"' && !single)) {
            if straight == 2 && last == '"' && !single {
                b -= 1;
                straight -= 1;
            }
            a += 1;
            straight -= 1;
            continue;
        }
        if last == '"' && straight % 2 == 1 {
            b -= 1;
            straight -= 1;
            continue;
        }
        if matches!(last, ',' | ';' | ':' | '—' | '–')
            || (last == '.' && !ends_in_abbreviation(sub))
        {
            b -= last.len_utf8();
            continue;
        }
        if matches!(first, '—' | '–' | '•' | '‣' | '◦' | '▪' | '*')
            || (first == '-' && sub[1..].starts_with(char::is_whitespace))
        {
            a += first.len_utf8();
            continue;
        }
        break;
    }
    (a, b)
}

/// "U.S." or "Jr." ends in a period that belongs to the word, not the sentence.
fn ends_in_abbreviation(sub: &str) -> bool {
    let word = sub.rsplit(char::is_whitespace).next().unwrap_or("");
    let stem = &word[..word.len() - 1];
    stem.contains('.') || (stem.chars().count() == 1 && starts_upper(stem))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tc(s: &str) -> &str {
        let (a, b) = trim_content(s, 0, s.len());
        &s[a..b]
    }

    #[test]
    fn trims_outer_quotes_and_punctuation() {
        assert_eq!(tc("“There is no rift,”"), "There is no rift");
        assert_eq!(tc("“It is so clear."), "It is so clear");
        assert_eq!(tc("He should lead,”"), "He should lead");
        assert_eq!(tc("\"We will win.\""), "We will win");
        assert_eq!(tc("as “absurd.”"), "as “absurd.”");
        assert_eq!(tc("moved to the U.S."), "moved to the U.S.");
        assert_eq!(tc("- prices rose 6.1 percent"), "prices rose 6.1 percent");
        assert_eq!(tc("“”"), "");
        assert_eq!(tc("\""), "");
    }

    #[test]
    fn quote_regions_track_state() {
        let (r, open) = quote_regions("“a” b “c", false);
        assert_eq!(r, vec![(0, 7), (10, 14)]);
        assert!(open);
        let (r, open) = quote_regions("a,” b", true);
        assert_eq!(r, vec![(0, 5)]);
        assert!(!open);
        assert!(in_regions(&r, 2));
        assert!(!in_regions(&r, 6));
    }
}
