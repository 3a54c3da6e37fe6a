//! Recognising units that are not claims: metadata and datelines at the head of a sentence,
//! photo captions and credits, bylines, headlines, "Read more" lines, and fragments with no
//! assertion. Questions are recognised from the content once the attribution frame is off.

use std::sync::LazyLock;

use regex::Regex;

use super::lex;
use super::types::ClaimKind;

/// Patterns look at most this many bytes: they are about short lines and sentence heads.
const HEAD: usize = 240;

static METADATA: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?i:date|published|updated|posted|last updated)[ \t]*:?[ \t]*\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?\s+",
    )
    .expect("metadata pattern")
});

/// "WASHINGTON (AP) —", "KYIV, Ukraine —", "NEW YORK (Reuters) - ".
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\p{Lu}[\p{Lu}'’.-]+(?:[ ]\p{Lu}[\p{Lu}'’.-]+){0,3}(?:,[ ]\p{Lu}[\p{L}.'’-]*(?:[ ]\p{Lu}[\p{L}.'’-]*){0,2})?[ ]*(?:\([^()\n]{1,40}\)[ ]*)?(?:[—–][ ]*|[ ](?:--|-)[ ]+)",
    )
    .expect("dateline pattern")
});

static BOILERPLATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^[\[(]?(?:read more\b|read next\b|related(?: coverage| stories| articles?)?:|more:|see also\b|sign up\b|subscribe\b|click here\b|follow (?:us|@)|advertisement\b|share this\b|skip to\b|copyright\b|©|\(c\)\s*\d|all rights reserved|this (?:story|article) (?:has been|was) (?:updated|corrected|originally)|editor['’]s note|additional reporting by|reporting by|editing by|watch:|listen:|download (?:the|our)\b)",
    )
    .expect("boilerplate pattern")
});

static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:By|BY)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:(?:\s*,\s*|\s+and\s+|\s*\|\s*|\s+[-—–]\s+)\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,3}){0,4}\s*$",
    )
    .expect("byline pattern")
});

static CREDIT_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:\bgetty images\b|\bshutterstock\b|\bap photo\b|\bafp\b|\breuters\b|\bepa\b|\bpool\b|\bfile photo\b|\bcourtesy of\b|^\(?photo(?:graph)?s?\s*(?:by\b|:)|^\(?image\s*(?:by\b|:)|^\(?credits?:)",
    )
    .expect("credit pattern")
});

/// "Chandan Khanna/AFP", "Jane Doe/Bloomberg".
static SLASH_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\(?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}\s*/\s*\p{Lu}")
        .expect("slash credit pattern")
});

static BULLET: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:[-*•‣◦▪]|\d{1,3}[.)])\s+").expect("bullet pattern"));

fn head(s: &str) -> &str {
    &s[..lex::floor_boundary(s, HEAD)]
}

/// Length of a leading metadata stamp ("date 2025-12-22 ") or dateline ("WASHINGTON (AP) — ")
/// that should stand as its own unit, provided text follows it.
pub(crate) fn leading_prefix(s: &str) -> Option<usize> {
    let h = head(s);
    let m = METADATA.find(h).or_else(|| DATELINE.find(h))?;
    let end = m.end();
    (end < s.len() && !s[end..].trim().is_empty()).then_some(end)
}

/// A photo credit line, or a caption closing with one.
pub(crate) fn is_credit(s: &str) -> bool {
    if s.len() > 200 || s.split_whitespace().count() > 14 {
        return false;
    }
    let bare = s.trim_end_matches([')', ']']);
    let photo_prefix = {
        let l = s.trim_start_matches(['(', '[']);
        l.starts_with("Photo") || l.starts_with("Image") || l.starts_with("Credit")
    };
    let terminal = bare.ends_with(['.', '!', '?']) && !bare.ends_with("Images.");
    (!terminal || photo_prefix) && (CREDIT_WORDS.is_match(s) || SLASH_CREDIT.is_match(s))
}

/// Length of a leading bullet marker ("- ", "• ", "2. ").
pub(crate) fn bullet_len(s: &str) -> usize {
    BULLET.find(head(s)).map_or(0, |m| m.end())
}

/// Kind of a unit decided from its text alone, before attribution. `alone_on_line`: the unit is
/// the only sentence on its line. `None`: a claim candidate.
pub(crate) fn static_kind(s: &str, alone_on_line: bool) -> Option<ClaimKind> {
    let h = head(s);
    if BOILERPLATE.is_match(h) {
        return Some(ClaimKind::Boilerplate);
    }
    if alone_on_line && s.len() < HEAD && BYLINE.is_match(s) {
        return Some(ClaimKind::Byline);
    }
    if alone_on_line && is_headline(s) {
        return Some(ClaimKind::Headline);
    }
    None
}

/// A short title-like line with no closing punctuation.
fn is_headline(s: &str) -> bool {
    let last = s.chars().next_back().unwrap_or('.');
    let closed = matches!(
        last,
        '.' | '!' | '?' | '…' | ':' | ';' | ',' | ')' | ']' | '’'
    ) || lex::is_quote(last);
    let n = s.split_whitespace().take(21).count();
    !closed
        && (2..=20).contains(&n)
        && s.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && bullet_len(s) == 0
}

/// Formulaic lines that assert nothing.
const FORMULAS: &[&str] = &[
    "thank you",
    "thanks",
    "yes",
    "no",
    "okay",
    "ok",
    "stay tuned",
    "good morning",
    "good evening",
    "good night",
    "goodbye",
    "hello",
    "welcome",
    "congratulations",
    "well",
    "oh",
    "wow",
];

/// Kind of a claim candidate once its content is known.
pub(crate) fn content_kind(content: &str) -> ClaimKind {
    if content.ends_with('?') {
        return ClaimKind::Question;
    }
    let words = content.split_whitespace().take(2).count();
    let letters = content.chars().any(char::is_alphabetic);
    let formula = content.len() < 24 && {
        let bare = content
            .trim_end_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        FORMULAS.contains(&bare.as_str())
    };
    if !letters || words < 2 || formula {
        return ClaimKind::NoAssertion;
    }
    ClaimKind::Claim
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes() {
        let s = "WASHINGTON (AP) — The Senate voted.";
        assert_eq!(&s[..leading_prefix(s).unwrap()], "WASHINGTON (AP) — ");
        let s = "KYIV, Ukraine — Drones struck.";
        assert_eq!(&s[..leading_prefix(s).unwrap()], "KYIV, Ukraine — ");
        let s = "date 2025-12-22 Marco Rubio has been humiliated.";
        assert_eq!(&s[..leading_prefix(s).unwrap()], "date 2025-12-22 ");
        assert_eq!(leading_prefix("NATO-led troops left."), None);
        assert_eq!(leading_prefix("The Senate voted."), None);
        assert_eq!(leading_prefix("LONDON —"), None);
    }

    #[test]
    fn credits() {
        assert!(is_credit("Chandan Khanna/AFP via Getty Images"));
        assert!(is_credit("Ludovic Marin/Pool/AFP via Getty Images"));
        assert!(is_credit("(AP Photo/Evan Vucci)"));
        assert!(is_credit("Photo: Mara Lind/Reuters"));
        assert!(!is_credit("Reuters reported that the talks failed."));
        assert!(!is_credit("Rubio met Macron in Paris."));
    }

    #[test]
    fn static_kinds() {
        assert_eq!(
            static_kind("Read more: Why the port strike matters", true),
            Some(ClaimKind::Boilerplate)
        );
        assert_eq!(
            static_kind("By Lena Ortiz and Tom Baker, Reuters", true),
            Some(ClaimKind::Byline)
        );
        assert_eq!(
            static_kind("Port Strike Ends After Nine Days", true),
            Some(ClaimKind::Headline)
        );
        assert_eq!(static_kind("- Wages rise 4 percent", true), None);
        assert_eq!(static_kind("The union agreed.", true), None);
        assert_eq!(
            static_kind("By the end of May the port reopened.", true),
            None
        );
    }

    #[test]
    fn content_kinds() {
        assert_eq!(content_kind("Is the strike over?"), ClaimKind::Question);
        assert_eq!(content_kind("Thank you"), ClaimKind::NoAssertion);
        assert_eq!(content_kind(""), ClaimKind::NoAssertion);
        assert_eq!(content_kind("--- ... ---"), ClaimKind::NoAssertion);
        assert_eq!(content_kind("The port reopened"), ClaimKind::Claim);
        assert_eq!(content_kind("41 ships waited"), ClaimKind::Claim);
        assert_eq!(content_kind("We won"), ClaimKind::Claim);
        assert_eq!(content_kind("Stay tuned!"), ClaimKind::NoAssertion);
    }
}
