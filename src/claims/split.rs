//! Splitting a sentence that makes several independent assertions: coordinated main clauses
//! that each have their own subject and verb ("The plant will close, and the mayor said 200 jobs
//! would go"). Ordinary sentences, lists and shared-subject coordination stay whole.

use super::lex;

/// Conjunction heads that can join two main clauses after a comma.
const JOINS: &[&str] = &[", and ", ", but ", ", while ", ", whereas ", ", yet ", "; "];

const SUBJECT_WORDS: &[&str] = &[
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "there",
    "this",
    "these",
    "those",
    "the",
    "a",
    "an",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "some",
    "many",
    "most",
    "several",
    "no",
    "each",
    "every",
    "one",
    "two",
    "three",
    "both",
    "other",
    "officials",
    "sources",
    "critics",
    "analysts",
    "experts",
];

const VERB_WORDS: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "must",
    "should",
    "shall",
    "do",
    "does",
    "did",
    "won't",
    "can't",
    "isn't",
    "wasn't",
    "aren't",
    "weren't",
    "don't",
    "doesn't",
    "didn't",
    "hasn't",
    "haven't",
    "hadn't",
    "wouldn't",
    "couldn't",
    "shouldn't",
    "said",
    "says",
    "told",
    "added",
    "insisted",
    "denied",
    "argued",
    "warned",
    "noted",
    "plans",
    "wants",
    "remains",
    "seems",
    "appears",
    "expects",
    "believes",
    "thinks",
    "knows",
    "needs",
    "faces",
    "makes",
    "takes",
    "gets",
    "goes",
    "expect",
    "say",
    "plan",
    "want",
    "believe",
    "fear",
    "hope",
    "argue",
    "warn",
    "expects",
];

/// Byte ranges (relative to `s`) of the clauses of `s`; one range covering `s` when it stays whole.
/// Each cut drops the joining ", and " so clause spans never overlap.
pub(crate) fn clauses(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = 0;
    let mut pos = 0;
    while pos < s.len() {
        let Some((at, join)) = next_join(&s[pos..]) else {
            break;
        };
        let at = pos + at;
        let right = at + join.len();
        pos = right;
        let left_words = s[from..at].split_whitespace().take(3).count();
        // "the mayor, Councillor Jean Pritchard, and three other councillors had travelled":
        // a list of subjects, no clause before the join.
        if left_words >= 3 && has_verb(&s[from..at]) && independent_clause(&s[right..]) {
            out.push((from, at));
            from = right;
        }
    }
    out.push((from, s.len()));
    out
}

/// The next ", and "-style join in `s`: its offset and the join text.
fn next_join(s: &str) -> Option<(usize, &'static str)> {
    let mut search = 0;
    while let Some(i) = s[search..].find([',', ';']) {
        let at = search + i;
        if let Some(j) = JOINS.iter().find(|j| s[at..].starts_with(**j)) {
            return Some((at, j));
        }
        search = at + 1;
    }
    None
}

/// Whether `s` has a word that looks like a verb (the left of a join must be a clause), counted
/// from after a cue of saying ("X said the mayor, ..." has none).
fn has_verb(s: &str) -> bool {
    // The last 40 words are enough, and keep a long line's splitting linear.
    let mut words: Vec<String> = s
        .split_whitespace()
        .rev()
        .take(40)
        .map(|w| lex::core(w).to_lowercase())
        .collect();
    words.reverse();
    let cues = [
        "said", "says", "told", "claimed", "added", "insisted", "stated", "that",
    ];
    let from = words
        .iter()
        .rposition(|w| cues.contains(&w.as_str()))
        .map_or(0, |k| k + 1);
    words[from..]
        .iter()
        .any(|w| is_verb_like(w) || w.ends_with('s') || w.ends_with("n't"))
}

/// A word of [`VERB_WORDS`] or a past form ("travelled").
fn is_verb_like(w: &str) -> bool {
    VERB_WORDS.contains(&w)
        || (w.len() > 4 && w.ends_with("ed") && w.chars().all(char::is_alphabetic))
}

/// Whether `s` opens with a subject and a finite verb within a few words, and runs on long
/// enough to be a claim of its own.
fn independent_clause(s: &str) -> bool {
    let mut ws = s.split_whitespace().map(lex::core).take(8);
    let Some(first) = ws.next() else {
        return false;
    };
    let first_lower = first.to_lowercase();
    let subject = SUBJECT_WORDS.contains(&first_lower.as_str())
        || (lex::starts_upper(first) && first.chars().any(char::is_lowercase));
    if !subject {
        return false;
    }
    let rest: Vec<String> = ws.map(str::to_lowercase).collect();
    if rest.len() < 3 {
        return false;
    }
    rest.iter().take(6).any(|w| is_verb_like(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(s: &str) -> Vec<&str> {
        clauses(s).into_iter().map(|(a, b)| &s[a..b]).collect()
    }

    #[test]
    fn splits_independent_clauses() {
        assert_eq!(
            parts("Rubio requested to join the meeting, but the French foreign ministry said the decision required approval."),
            vec!["Rubio requested to join the meeting", "the French foreign ministry said the decision required approval."]
        );
        assert_eq!(
            parts("The plant will close in March, and the mayor said 200 jobs would be lost."),
            vec![
                "The plant will close in March",
                "the mayor said 200 jobs would be lost."
            ]
        );
        assert_eq!(
            parts("The bridge reopened on Monday; officials expect traffic to ease by June."),
            vec![
                "The bridge reopened on Monday",
                "officials expect traffic to ease by June."
            ]
        );
    }

    #[test]
    fn leaves_ordinary_sentences_whole() {
        for s in [
            "There is no rift between the two and there never has been.",
            "The shop sells apples, pears, and plums from local farms.",
            "Rubio ultimately made it to Geneva and attended the meeting alongside Witkoff.",
            "We tried, and we failed.",
            "The mayor thanked volunteers, and praised the fire crews for their work.",
            // A list of subjects before the join, no clause.
            "Hallam said the mayor, Councillor Jean Pritchard, and three other councillors had travelled to France.",
        ] {
            assert_eq!(parts(s), vec![s]);
        }
    }
}
