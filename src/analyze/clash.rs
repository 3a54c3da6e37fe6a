//! Clashes: surface signs that two claims cannot both be true.
//!
//! Small NLI models trained on SNLI call almost any two sentences about different events a
//! contradiction ("The ferry ran aground near Skarra" / "The ferry was carrying 180 people").
//! Contradictions in news nearly always show on the surface as well: different numbers for the
//! same thing, different days or months, different places, opposite words, or one claim
//! denying what the other asserts. A pair is reported only when NLI calls it a contradiction
//! *and* one of these clashes is present (unless the caller turns the requirement off), and the
//! report names the clash, so an editor sees why: "500 jobs" / "50 positions" is a `number`
//! clash.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::relate;

/// Why two claims cannot both hold, as seen on the surface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Clash {
    /// Different numbers for the same thing ("500 jobs" / "50 positions").
    Number,
    /// Different days or months ("on Tuesday" / "on Thursday").
    Date,
    /// Different places ("in Varnholm" / "to Kessby").
    Place,
    /// Opposite words ("rose" / "fell", "approved" / "rejected").
    Antonym,
    /// One claim negates what the other asserts about the same thing ("met" / "never met").
    Negation,
    /// One claim denies outright ("there is no rift", "denied that ...") a claim about the same
    /// people.
    Denial,
}

impl Clash {
    /// Whether two claims with this clash cannot entail each other. An outright denial can: its
    /// proposition is compared, and agreement with it is the contradiction. Different places can
    /// too: "turnout in the Vingardtun election" and "turnout in the Peldorast election" are two
    /// elections, not one in dispute.
    pub fn rules_out_entailment(self) -> bool {
        !matches!(self, Clash::Denial | Clash::Place)
    }

    /// The clash's name as the JSON report writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Clash::Number => "number",
            Clash::Date => "date",
            Clash::Place => "place",
            Clash::Antonym => "antonym",
            Clash::Negation => "negation",
            Clash::Denial => "denial",
        }
    }
}

/// What the clash check needs to know about one side of a pair.
#[derive(Debug, Clone, Copy)]
pub struct Side<'a> {
    /// The text compared (a claim's content, or a denial's proposition).
    pub text: &'a str,
    /// The claim's topic terms (with names borrowed for "the two", "they").
    pub terms: &'a BTreeSet<String>,
    /// The claim says its text is not so (negation word, or a denial verb).
    pub negative: bool,
    /// The claim is an outright denial: a denial verb, or "there is no ...".
    pub denial: bool,
    /// Terms of the names the claim mentions (part of `terms`).
    pub names: &'a BTreeSet<String>,
}

/// The first clash found between two claims, checked from the most to the least specific.
pub fn clash(a: Side<'_>, b: Side<'_>) -> Option<Clash> {
    hard_clash(a.text, b.text).or_else(|| {
        if a.negative != b.negative {
            negation_clash(a, b)
        } else {
            None
        }
    })
}

/// A clash of content rather than polarity (number, date, place, opposite words): two texts
/// with one cannot entail each other.
pub fn hard_clash(a: &str, b: &str) -> Option<Clash> {
    if number_clash(a, b) {
        Some(Clash::Number)
    } else if date_clash(a, b) {
        Some(Clash::Date)
    } else if place_clash(a, b) {
        Some(Clash::Place)
    } else if antonym_clash(a, b) {
        Some(Clash::Antonym)
    } else {
        None
    }
}

/// A negative and a positive claim clash when they share a topic word other than a name ("met"
/// / "never met"); an outright denial also clashes with another claim about the same people
/// ("There is no rift between the two" / "Rubio has been cut out of this").
fn negation_clash(a: Side<'_>, b: Side<'_>) -> Option<Clash> {
    let mut shared = a.terms.intersection(b.terms).peekable();
    shared.peek()?;
    let names = |t: &String| a.names.contains(t) || b.names.contains(t);
    if shared.any(|t| !names(t)) {
        Some(Clash::Negation)
    } else if (a.negative && a.denial) || (b.negative && b.denial) {
        Some(Clash::Denial)
    } else {
        None
    }
}

/// Whether a text denies that something exists or happened at all ("There is no rift",
/// "there has never been a plan").
pub fn is_outright_denial(text: &str) -> bool {
    let lower = text.to_lowercase();
    [
        "there is no ",
        "there are no ",
        "there was no ",
        "there were no ",
        "there has been no ",
        "there have been no ",
        "there is not ",
        "there has never been",
        "there have never been",
        "no truth",
        "never happened",
    ]
    .iter()
    .any(|p| lower.contains(p))
}

/// Words of a text with their punctuation trimmed (digits keep their separators: "2,000").
fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| c.is_whitespace() || c == '—' || c == '–' || c == '/')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect()
}

const NUMBER_WORDS: &[(&str, f64)] = &[
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("twenty", 20.0),
    ("fifty", 50.0),
    ("hundred", 100.0),
    ("dozen", 12.0),
];

/// Numbers in a text with the terms of the (up to three) words after each: what is counted.
fn quantities(text: &str) -> Vec<(f64, BTreeSet<String>)> {
    let ws = words(text);
    let mut out = Vec::new();
    for (i, w) in ws.iter().enumerate() {
        let lower = w.to_lowercase();
        let value = if w.starts_with(|c: char| c.is_ascii_digit()) {
            w.replace(',', "").parse::<f64>().ok()
        } else {
            NUMBER_WORDS
                .iter()
                .find(|(n, _)| *n == lower)
                .map(|&(_, v)| v)
        };
        let Some(mut value) = value else { continue };
        let mut next = i + 1;
        match ws.get(next).map(|n| n.to_lowercase()).as_deref() {
            Some("million") => value *= 1e6,
            Some("billion") => value *= 1e9,
            Some("thousand") => value *= 1e3,
            _ => next -= 1,
        }
        let counted: BTreeSet<String> = ws[next + 1..ws.len().min(next + 4)]
            .iter()
            .filter_map(|w| relate::term(w))
            .collect();
        out.push((value, counted));
    }
    out
}

fn number_clash(a: &str, b: &str) -> bool {
    let qb = quantities(b);
    quantities(a).iter().any(|(va, ta)| {
        qb.iter()
            .any(|(vb, tb)| va != vb && ta.intersection(tb).next().is_some())
    })
}

/// A day or month named in a text ("may" only capitalised: lower case it is the verb).
fn is_date_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    relate::is_calendar_word(&lower) && (lower != "may" || word.starts_with('M'))
}

fn dates(text: &str) -> BTreeSet<String> {
    words(text)
        .into_iter()
        .filter(|w| is_date_word(w))
        .map(str::to_lowercase)
        .collect()
}

fn date_clash(a: &str, b: &str) -> bool {
    let (da, db) = (dates(a), dates(b));
    !da.is_empty() && !db.is_empty() && da != db
}

/// Capitalised names after "in", "at", "near", "to" or "from": where something happens.
fn places(text: &str) -> Vec<String> {
    let ws = words(text);
    let mut out = Vec::new();
    for (i, w) in ws.iter().enumerate() {
        if !["in", "at", "near", "to", "from"].contains(&w.to_lowercase().as_str()) {
            continue;
        }
        let mut j = i + 1;
        if ws.get(j).is_some_and(|n| n.eq_ignore_ascii_case("the")) {
            j += 1;
        }
        let name: Vec<&str> = ws[j.min(ws.len())..]
            .iter()
            .take_while(|n| n.starts_with(char::is_uppercase))
            .copied()
            .collect();
        // Months and days are dates, not places ("in June").
        if !name.is_empty() && !is_date_word(name[0]) {
            out.push(name.join(" "));
        }
    }
    out
}

fn place_clash(a: &str, b: &str) -> bool {
    let (pa, pb) = (places(a), places(b));
    !pa.is_empty()
        && !pb.is_empty()
        && !pa.iter().any(|p| b.contains(p.as_str()))
        && !pb.iter().any(|p| a.contains(p.as_str()))
}

/// Opposite words, as pairs of word forms.
const ANTONYMS: &[(&[&str], &[&str])] = &[
    (
        &["rise", "rises", "rose", "risen"],
        &["fall", "falls", "fell", "fallen"],
    ),
    (
        &["increase", "increased", "increases"],
        &["decrease", "decreased", "decreases"],
    ),
    (&["up"], &["down"]),
    (&["higher", "highest"], &["lower", "lowest"]),
    (&["more"], &["fewer", "less"]),
    (
        &[
            "approve", "approved", "approves", "accept", "accepted", "accepts",
        ],
        &["reject", "rejected", "rejects"],
    ),
    (&["win", "won", "wins"], &["lose", "lost", "loses"]),
    (
        &["open", "opened", "opens", "reopen", "reopened"],
        &["close", "closed", "closes", "shut"],
    ),
    (
        &["remain", "remains", "stay", "stays", "staying"],
        &[
            "leave", "leaves", "resign", "resigns", "sack", "sacked", "quit", "quits", "step",
        ],
    ),
    (
        &["hire", "hired", "hires"],
        &["fire", "fired", "fires", "sack", "sacked"],
    ),
    (&["guilty"], &["innocent"]),
    (
        &["allow", "allowed", "allows", "permit", "permitted"],
        &["ban", "banned", "bans", "forbid", "forbidden"],
    ),
    (
        &["confirm", "confirmed", "confirms"],
        &["deny", "denied", "denies"],
    ),
    (
        &["agree", "agreed", "agrees"],
        &["disagree", "disagreed", "disagrees"],
    ),
    (
        &[
            "support",
            "supports",
            "supported",
            "back",
            "backs",
            "backed",
        ],
        &["oppose", "opposes", "opposed"],
    ),
    (&["gain", "gains", "profit"], &["loss", "losses"]),
    (&["alive", "survived"], &["dead", "died", "killed"]),
    (&["legal"], &["illegal"]),
    (&["safe"], &["unsafe", "contaminated"]),
    (
        &["start", "started", "begin", "began", "begun"],
        &["stop", "stopped", "end", "ended"],
    ),
    (
        &["expand", "expanded", "grow", "grew"],
        &["shrink", "shrank", "shrunk"],
    ),
    (&["success", "succeeded"], &["failure", "failed"]),
    (&["above"], &["below"]),
    (&["ahead"], &["behind"]),
];

fn antonym_clash(a: &str, b: &str) -> bool {
    let lower =
        |t: &str| -> BTreeSet<String> { words(t).into_iter().map(str::to_lowercase).collect() };
    let (la, lb) = (lower(a), lower(b));
    let has = |set: &BTreeSet<String>, forms: &[&str]| forms.iter().any(|f| set.contains(*f));
    ANTONYMS.iter().any(|(x, y)| {
        (has(&la, x) && has(&lb, y) && !has(&la, y)) || (has(&la, y) && has(&lb, x) && !has(&la, x))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn side<'a>(
        text: &'a str,
        terms: &'a BTreeSet<String>,
        names: &'a BTreeSet<String>,
    ) -> Side<'a> {
        Side {
            text,
            terms,
            negative: relate::is_negative(text),
            denial: is_outright_denial(text),
            names,
        }
    }

    fn check(a: &str, b: &str) -> Option<Clash> {
        let lower = relate::LowerWords::default();
        let (na, nb) = (relate::name_terms(a, &lower), relate::name_terms(b, &lower));
        let (ta, tb) = (relate::terms(a), relate::terms(b));
        clash(side(a, &ta, &na), side(b, &tb, &nb))
    }

    #[test]
    fn numbers_of_the_same_thing() {
        assert_eq!(
            check(
                "500 jobs will be cut",
                "only 50 positions would be affected"
            ),
            Some(Clash::Number)
        );
        assert_eq!(
            check("12 schools will close", "the city will close eight schools"),
            Some(Clash::Number)
        );
        assert_eq!(
            check(
                "It carried 2.5 million passengers",
                "It carried 2,500,000 passengers"
            ),
            None
        );
        // Numbers of different things do not clash.
        assert_eq!(
            check(
                "500 jobs will be cut",
                "The strike halted four of six berths"
            ),
            None
        );
    }

    #[test]
    fn dates_places_and_opposites() {
        assert_eq!(
            check(
                "Leaders will meet on Tuesday",
                "the summit would open on Thursday"
            ),
            Some(Clash::Date)
        );
        assert_eq!(
            check(
                "The festival will be held in Varnholm",
                "the festival had moved to Kessby"
            ),
            Some(Clash::Place)
        );
        assert_eq!(
            check(
                "The festival will be held in Varnholm",
                "Tickets sold out in Varnholm"
            ),
            None
        );
        assert_eq!(
            check("House prices rose 3 percent", "house prices fell"),
            Some(Clash::Antonym)
        );
        assert_eq!(
            check("The council approved the plan", "The plan is costly"),
            None
        );
    }

    #[test]
    fn negation_needs_a_shared_topic() {
        assert_eq!(
            check(
                "The two ministers are feuding",
                "There is no feud between the ministers"
            ),
            Some(Clash::Negation)
        );
        assert_eq!(
            check("Sales were flat last year", "There was no rain in Leeds"),
            None
        );
        // Sharing only a name is not enough for a plain negation ...
        assert_eq!(
            check(
                "Witkoff did not inform Rubio of his plans",
                "Rubio attended the Geneva talks"
            ),
            None
        );
        // ... but is for an outright denial.
        assert_eq!(
            check(
                "There is no rift between Rubio and Witkoff",
                "Rubio has been cut out of this"
            ),
            Some(Clash::Denial)
        );
        // Both negative: no clash.
        assert_eq!(
            check("There is no feud", "The ministers have never feuded"),
            None
        );
    }
}
