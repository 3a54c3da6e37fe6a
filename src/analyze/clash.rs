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

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

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
    let hard = hard_clash(a.text, b.text);
    // "I won on the recount" (Penhallow) / "Odunsi lost to Gareth Penhallow": one winner.
    if hard == Some(Clash::Antonym)
        && (beats_one_of(b.text, a.names) || beats_one_of(a.text, b.names))
    {
        return None;
    }
    hard.or_else(|| {
        // A negated opposite agrees: "no plans to leave" / "I am staying".
        if antonym_relation(a.text, b.text).is_some() {
            return None;
        }
        match (negative_about(a, b), negative_about(b, a)) {
            (true, false) => negation_clash(a, b),
            (false, true) => negation_clash(b, a),
            _ => None,
        }
    })
}

/// Whether a claim is negative about what the other speaks of. "The water is contaminated and
/// people should not drink it" negates drinking, so it is positive about contamination: it
/// clashes with "[the utility denied that] the water was contaminated".
fn negative_about(x: Side<'_>, other: Side<'_>) -> bool {
    if !x.negative {
        return false;
    }
    if x.denial {
        return true;
    }
    match negated_terms(x.text) {
        Some(negated) => negated.iter().any(|t| other.terms.contains(t)),
        None => true,
    }
}

/// A clash of content rather than polarity (number, date, place, opposite words): two texts
/// with one cannot entail each other. A date, place or pair of opposite words clashes only when
/// the texts share a topic word besides them ("the festival will open on June 12" / "the quay
/// will be closed from June 10" do not: two things, two days).
pub fn hard_clash(a: &str, b: &str) -> Option<Clash> {
    let topic = shared_topic(a, b);
    if number_clash(a, b, &topic) {
        return Some(Clash::Number);
    }
    if old_and_new(a, b) {
        return None;
    }
    if topic.is_empty() {
        // "Vandermeer had won the recount" / "Patricia Vandermeer lost this election": one person
        // on two sides of an outcome only people have.
        let one_person = !shared_names(a, b).is_empty();
        return (one_person && personal_outcome_clash(a, b)).then_some(Clash::Antonym);
    }
    // Two moments of one story ("began in April" / "will end in July", "another meeting") have
    // their own days and places.
    let two_moments = start_and_end(a, b)
        || another_time(a)
        || another_time(b)
        || (restarts(a) && stops(b))
        || (restarts(b) && stops(a));
    // Two days clash for one event, not for one participant's two events ("talks with the
    // union broke down on Thursday" / "the plan was presented to the union on Monday").
    let about_an_event = topic.iter().any(|t| !PARTICIPANTS.contains(&t.as_str()));
    if !two_moments && about_an_event && date_clash(a, b) {
        Some(Clash::Date)
    } else if !two_moments
        && place_clash(a, b)
        && beyond_places(&topic, a, b)
        && !relate::is_negative(a)
        && !relate::is_negative(b)
    {
        // A negative text's place is where something is not ("no proposal to shut any library,
        // in Coldwell or anywhere else"); it takes the negation channel.
        Some(Clash::Place)
    } else if antonym_relation(a, b) == Some(true)
        && topic.iter().any(|t| !OPPOSITE_STEMS.contains(t))
        && !another_thing(a)
        && !another_thing(b)
        && !two_measures(a, b)
    {
        // "no plans to leave" / "I am staying" agree: a negated opposite.
        Some(Clash::Antonym)
    } else {
        None
    }
}

/// A negative claim (`neg`) and a positive one clash when the positive one speaks of what the
/// negative one negates, and of one more thing the negative one speaks of ("fares will rise" / "fares would not rise"; not "the boards approved the deal" /
/// "fares would not rise as a result of the deal"). A claim negative by its frame ("denied that
/// P") clashes when the two share a topic word other than a name. An outright denial also clashes
/// with another claim about the same people ("There is no rift between the two" / "Rubio has
/// been cut out of this").
fn negation_clash(neg: Side<'_>, pos: Side<'_>) -> Option<Clash> {
    let names = |t: &String| neg.names.contains(t) || pos.names.contains(t);
    let shared: BTreeSet<&String> = neg.terms.intersection(pos.terms).collect();
    let topical = match negated_terms(neg.text) {
        // What is negated, and one more thing, for the same subject: "Kristiansen was not for
        // sale" / "Rovers agreed to sell Kristiansen"; not "no nurses would lose their jobs" /
        // "the authority employs 900 nurses".
        Some(negated) => {
            shared.len() >= 2 && negated.iter().any(|t| shared.contains(t) && !names(t))
        }
        None => shared.iter().any(|t| !names(t)),
    };
    if topical {
        Some(Clash::Negation)
    } else if neg.denial && denied_is_spoken_of(neg, pos) {
        Some(Clash::Denial)
    } else {
        None
    }
}

/// Whether an outright denial's object is what the other claim speaks of. A denial of discord
/// ("There is no feud between Rudak and Halvik") needs a claim that shows discord; a denial that
/// negates a thing ("There has never been a mouse in this kitchen") needs a claim with that thing
/// (not every claim about the kitchen); a denied clause ("denied that P") a shared word.
fn denied_is_spoken_of(neg: Side<'_>, pos: Side<'_>) -> bool {
    if neg.terms.is_disjoint(pos.terms) {
        return false;
    }
    if denies_discord(neg.text) {
        return shows_discord(pos.text);
    }
    match negated_terms(neg.text) {
        // A denied plan needs two of what it would do: "there were no plans to introduce staff
        // charges" is not about "Staff are also uneasy".
        Some(negated) if is_outright_denial(neg.text) && !negated.is_empty() => {
            let said = negated.iter().filter(|t| pos.terms.contains(*t)).count();
            match denied_plan_verb(neg.text) {
                // Its verb ("to shut any library" / "intended to close the branches"), or two of
                // its words.
                Some(verb) => pos.terms.contains(&verb) || said >= negated.len().min(2),
                None => said >= 1,
            }
        }
        _ => true,
    }
}

/// The verb of a denied plan: "no plans to introduce staff charges" -> "introduce".
fn denied_plan_verb(text: &str) -> Option<String> {
    let ws: Vec<String> = words(&text.to_lowercase())
        .into_iter()
        .map(str::to_string)
        .collect();
    let at = ws.windows(2).position(|w| {
        SCOPED_NEGATIONS.contains(&w[0].as_str()) && PLAN_NOUNS.contains(&w[1].as_str())
    })?;
    let to = ws[at + 2..ws.len().min(at + 9)]
        .iter()
        .position(|w| w == "to")?;
    relate::term(ws.get(at + 3 + to)?)
}

/// Nouns for what someone said, rejected as a whole ("rejected the agency's account").
const ACCOUNTS: &[&str] = &[
    "account",
    "accounts",
    "version",
    "report",
    "reports",
    "claim",
    "claims",
    "allegation",
    "allegations",
    "figure",
    "figures",
    "findings",
    "description",
    "statement",
    "assessment",
];

/// Whether a denied object is only a reference to what someone said ("the agency's account",
/// "the report"): it names no proposition, so there is nothing to clash with. What it rejects is
/// that speaker's claims, not every claim that mentions the speaker.
pub fn is_account_reference(object: &str) -> bool {
    let lower = object.to_lowercase();
    let ws = words(&lower);
    // "the inspectors' account of pupil departures", "that description of the inspection".
    let account_of = ws
        .iter()
        .take(3)
        .position(|w| ACCOUNTS.contains(w))
        .is_some_and(|i| ws.get(i + 1).is_some_and(|n| *n == "of" || *n == "about"));
    (ws.len() <= 5 && ws.last().is_some_and(|w| ACCOUNTS.contains(w)))
        || (ws.len() <= 8 && account_of)
}

/// Whether a text states a number or a date of its own.
pub fn has_specifics(text: &str) -> bool {
    !quantities(text).is_empty() || !dates(text).is_empty()
}

/// Negation words whose scope is the few words after them.
const SCOPED_NEGATIONS: &[&str] = &[
    "no", "not", "never", "nothing", "none", "nobody", "neither", "nor", "without",
];

/// Nouns whose "that"/"of" clause is what a negation before them denies ("no evidence that ...",
/// "no sign of ...").
const HEDGE_NOUNS: &[&str] = &[
    "evidence",
    "sign",
    "signs",
    "indication",
    "suggestion",
    "proof",
    "truth",
    "question",
];

/// Nouns of intent whose "to" clause is what a negation before them denies ("no proposal ... to
/// shut any library", "no plan to cancel routine surgery").
const PLAN_NOUNS: &[&str] = &[
    "proposal",
    "proposals",
    "plan",
    "plans",
    "intention",
    "decision",
];

/// Verbs that say little of their own: negating one ("had never taken a banned substance", "did
/// not use online banking") negates its object, not every claim with "taken" or "use".
const LIGHT_VERBS: &[&str] = &[
    "take", "taken", "took", "give", "given", "gave", "make", "made", "get", "got", "go", "gone",
    "went", "come", "came", "put", "keep", "kept", "use", "used", "have", "had", "do", "did",
];

/// Auxiliary verbs between a negated subject and its predicate.
const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "can", "did",
];

/// The terms a text negates: those of the three words after each negation word ("would not
/// rise as a result" -> rise; "no decision would be made" -> decision). A negation that only sets
/// a time limit ("no decision would be made before the consultation closes") negates nothing. A
/// text that opens with a negated subject negates its predicate ("No member of staff has ever
/// reported a fault with the bells" -> report, fault, bell).
/// None when the text has no such negation word (it may be negative in another way: "denied",
/// "untrue").
fn negated_terms(text: &str) -> Option<BTreeSet<String>> {
    let ws: Vec<String> = words(text)
        .into_iter()
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect();
    let mut found = false;
    let mut out = BTreeSet::new();
    for (i, w) in ws.iter().enumerate() {
        if !(SCOPED_NEGATIONS.contains(&w.as_str()) || w.ends_with("n't")) {
            continue;
        }
        found = true;
        // "no evidence that any card numbers were taken": what is negated is the clause.
        let i = match (ws.get(i + 1), ws.get(i + 2)) {
            (Some(n), Some(c))
                if HEDGE_NOUNS.contains(&n.as_str()) && ["that", "of"].contains(&c.as_str()) =>
            {
                i + 2
            }
            // "no proposal in front of the cabinet to shut any library": the plan's verb.
            (Some(n), _) if PLAN_NOUNS.contains(&n.as_str()) => ws[i + 1..ws.len().min(i + 8)]
                .iter()
                .position(|w| w == "to")
                .map_or(i, |k| i + 1 + k),
            _ => i,
        };
        let limit = ws[i + 1..ws.len().min(i + 7)]
            .iter()
            .any(|w| ["before", "until", "till", "unless", "since"].contains(&w.as_str()));
        // "No member of staff has ever reported a fault": a negated subject; what is negated is
        // its predicate (not "six members of staff were on shift"), when it has a content word.
        // Not a plan or a hedge ("no decision had been taken on the building's future").
        let plain_subject = || {
            ws.get(1).is_some_and(|n| {
                !PLAN_NOUNS.contains(&n.as_str()) && !HEDGE_NOUNS.contains(&n.as_str())
            })
        };
        if i == 0 && ["no", "nobody", "none", "nothing"].contains(&w.as_str()) && plain_subject() {
            let aux = ws[1..ws.len().min(6)]
                .iter()
                .position(|w| AUXILIARIES.contains(&w.as_str()));
            let predicate: BTreeSet<String> = aux
                .map(|k| {
                    ws[k + 2..ws.len().min(k + 10)]
                        .iter()
                        .filter(|w| !LIGHT_VERBS.contains(&w.as_str()))
                        .filter_map(|w| relate::term(w))
                        .collect()
                })
                .unwrap_or_default();
            if !limit && !predicate.is_empty() {
                out.extend(predicate);
                continue;
            }
        }
        if !limit {
            // Three words, or five past "a single" / "any" ("has not needed a single bottle").
            let reach = if ws[i + 1..ws.len().min(i + 4)]
                .iter()
                .any(|w| ["single", "any"].contains(&w.as_str()))
            {
                6
            } else {
                4
            };
            out.extend(
                ws[i + 1..ws.len().min(i + reach)]
                    .iter()
                    .take_while(|w| {
                        !["and", "but", "because", "when", "while"].contains(&w.as_str())
                    })
                    .filter(|w| !LIGHT_VERBS.contains(&w.as_str()))
                    .filter_map(|w| relate::term(w)),
            );
        }
    }
    found.then_some(out)
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

/// Nouns of discord between people: denying one ("There is no feud between Rudak and Halvik")
/// denies a relation, not everything the two do.
const DISCORD_NOUNS: &[&str] = &[
    "rift",
    "feud",
    "split",
    "rivalry",
    "tension",
    "tensions",
    "friction",
    "row",
    "dispute",
    "conflict",
    "disagreement",
    "disagreements",
    "quarrel",
    "animosity",
    "hostility",
    "division",
    "divisions",
    "divide",
    "clash",
    "discord",
    "strain",
    "acrimony",
    "falling-out",
];

/// Word beginnings that show discord between people ("sideline", "struggled to reach",
/// "reluctantly agreed").
const DISCORD_CUES: &[&str] = &[
    "rift",
    "feud",
    "split",
    "rival",
    "tension",
    "friction",
    "disput",
    "conflict",
    "disagree",
    "quarrel",
    "animos",
    "hostil",
    "divided",
    "divisi",
    "clash",
    "discord",
    "strain",
    "acrimon",
    "struggl",
    "odds",
    "sidelin",
    "exclud",
    "bypass",
    "undermin",
    "resent",
    "distrust",
    "mistrust",
    "snub",
    "reluctan",
    "frustrat",
    "anger",
    "angry",
    "furious",
    "bitter",
    "blame",
    "blaming",
    "accus",
    "criticis",
    "criticiz",
    "sneak",
    "fight",
    "fought",
    "row",
    "rows",
    "falling-out",
];

/// Phrases that show discord without a cue word ("cut out of this", "without notifying him").
const DISCORD_PHRASES: &[&str] = &[
    "cut out",
    "cut him out",
    "cut her out",
    "frozen out",
    "froze out",
    "shut out",
    "left out",
    "kept in the dark",
    "without notifying",
    "without informing",
    "without telling",
    "did not inform",
    "did not tell",
    "not being open",
    "not open about",
    "different sheet",
    "different page",
    "different path",
    "falling out",
    "not speaking",
    "not on speaking terms",
];

/// Whether an outright denial denies discord between people: the word after "no" is a discord
/// noun ("There is no rift between the two", "there has never been any tension").
fn denies_discord(text: &str) -> bool {
    let lower = text.to_lowercase();
    let ws = words(&lower);
    let noun_after = |i: usize| {
        ws[i + 1..ws.len().min(i + 3)]
            .iter()
            .any(|n| DISCORD_NOUNS.contains(n))
    };
    let denied = ws
        .iter()
        .enumerate()
        .any(|(i, w)| ["no", "been", "any"].contains(w) && noun_after(i));
    denied || lower.contains("bad blood") || lower.contains("power struggle")
}

/// Whether a claim shows discord between people (a cue word or phrase).
fn shows_discord(text: &str) -> bool {
    let lower = text.to_lowercase().replace('’', "'");
    DISCORD_PHRASES.iter().any(|p| lower.contains(p))
        || words(&lower).iter().any(|w| {
            DISCORD_CUES.iter().any(|c| {
                if ["row", "rows", "anger", "angry", "odds"].contains(c) {
                    w == c
                } else {
                    w.starts_with(c)
                }
            })
        })
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
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
    ("hundred", 100.0),
    ("dozen", 12.0),
];

/// The value of a number written in words: "nine", "forty", "forty-eight".
fn number_word(word: &str) -> Option<f64> {
    let lower = word.to_lowercase();
    let value = |w: &str| NUMBER_WORDS.iter().find(|(n, _)| *n == w).map(|&(_, v)| v);
    match lower.split_once('-') {
        Some((tens, units)) => {
            let (t, u) = (value(tens)?, value(units)?);
            ((20.0..=90.0).contains(&t) && t % 10.0 == 0.0 && (1.0..=9.0).contains(&u))
                .then_some(t + u)
        }
        None => value(&lower),
    }
}

/// Units written onto their figure ("300kg", "1.2km"), with the unit's term and its factor to
/// the term's unit.
const GLUED_UNITS: &[(&str, &str, f64)] = &[
    ("kg", "kilogram", 1.0),
    ("km", "kilometre", 1.0),
    ("mph", "mph", 1.0),
    ("ft", "foot", 1.0),
];

/// Units a figure is joined to by a hyphen ("a 65-metre stretch", "a 24-hour strike").
const HYPHENED_UNITS: &[&str] = &[
    "metre",
    "mile",
    "inch",
    "foot",
    "yard",
    "kilometre",
    "acre",
    "hectare",
    "tonne",
    "seat",
    "bed",
    "storey",
    "hour",
    "minute",
];

/// A figure with its unit written onto it: "300kg" -> (300, "kilogram"), "65-metre" -> (65,
/// "metre").
fn glued_figure(w: &str) -> Option<(f64, &'static str)> {
    let plain = w.replace(',', "");
    if let Some((figure, unit)) = plain.split_once('-') {
        let unit = relate::term(unit)?;
        let unit = HYPHENED_UNITS.iter().find(|u| **u == unit)?;
        return Some((figure.parse::<f64>().ok()?, unit));
    }
    GLUED_UNITS.iter().find_map(|&(suffix, unit, factor)| {
        let v = plain.strip_suffix(suffix)?.parse::<f64>().ok()?;
        Some((v * factor, unit))
    })
}

/// What a number counts in its sentence: the whole of something ("has 64 schools", "all 230
/// passengers"), a part of a whole ("120 of the homes", "50 employees who accept"), or what an event involves ("12 schools
/// will close"). Numbers in different roles describe different things and do not clash.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Total,
    Part,
    Event,
    /// By how much something changed ("cut by £600,000", "fell by 1.8 metres"): not a level.
    Change,
    /// A difference between two counts ("a margin of 17 votes", "her lead at 52 votes").
    Margin,
}

/// Words before a number that make it a total ("the city has 64 schools").
const TOTAL_CUES: &[&str] = &[
    "has",
    "have",
    "had",
    "employs",
    "employ",
    "employed",
    "owns",
    "own",
    "operates",
    "runs",
    "houses",
    "holds",
    "carries",
    "carried",
    "carrying",
    "all",
    "total",
    "population",
];

/// Words between a cue and its number that leave the role as it is ("has about 64").
const HEDGES: &[&str] = &[
    "about",
    "some",
    "around",
    "nearly",
    "almost",
    "roughly",
    "approximately",
    "more",
    "than",
    "over",
    "fewer",
    "less",
    "only",
    "just",
    "at",
    "least",
    "a",
    "of",
    "the",
    "its",
];

/// A number in a text: its value, the terms of the (up to three) words after it (what is
/// counted), and its role.
struct Quantity {
    value: f64,
    counted: BTreeSet<String>,
    role: Role,
    /// "more than 4,000" (`Greater`), "fewer than 60" (`Less`), or an exact figure (`Equal`).
    bound: std::cmp::Ordering,
    /// "forty fish in a morning", "£86 a year": so many per span of time, not a total.
    rate: Rate,
}

impl Quantity {
    /// Whether the two figures can both hold: "more than 4,000" and "4,200" can, "71 percent"
    /// and "fewer than 60 percent" cannot.
    fn compatible(&self, other: &Quantity) -> bool {
        use std::cmp::Ordering::{Equal, Greater, Less};
        let admits = |q: &Quantity, v: f64| match q.bound {
            Greater => v > q.value,
            Less => v < q.value,
            Equal => v == q.value,
        };
        match (self.bound, other.bound) {
            (Equal, _) => admits(other, self.value),
            (_, Equal) => admits(self, other.value),
            (a, b) if a == b => true,
            (Greater, _) => self.value < other.value,
            _ => other.value < self.value,
        }
    }
}

/// The bound the words before a number set: "more than", "over", "at least" -> at least;
/// "fewer than", "under", "up to" -> at most.
fn bound_before(ws: &[&str], at: usize) -> std::cmp::Ordering {
    use std::cmp::Ordering::{Equal, Greater, Less};
    let before: Vec<String> = ws[at.saturating_sub(2)..at]
        .iter()
        .map(|w| w.to_lowercase())
        .collect();
    let last = before.last().map(String::as_str);
    let pair = before.join(" ");
    if ["more than", "at least", "greater than"].contains(&pair.as_str())
        || matches!(last, Some("over" | "above" | "exceeding"))
    {
        Greater
    } else if ["fewer than", "less than", "up to", "at most"].contains(&pair.as_str())
        || matches!(last, Some("under" | "below" | "within"))
    {
        Less
    } else {
        Equal
    }
}

/// The role of the number at `at` (its last word at `next`: "2 million").
fn role(ws: &[&str], at: usize, next: usize) -> Role {
    let lower = |w: &&str| w.to_lowercase();
    let partitive = ws.get(next + 1).map(lower).as_deref() == Some("of")
        && ws.get(next + 2).map(lower).is_some_and(|w| {
            [
                "the", "its", "their", "them", "those", "these", "his", "her",
            ]
            .contains(&w.as_str())
        });
    // "50 employees who accept voluntary redundancy": a relative clause picks out a part. One
    // that tells what befell them ("60 households that were told to leave", "140 people who have
    // lost their jobs") describes the event's own number. ("64 days over that period": no
    // relative clause.)
    let restricted = ws.iter().enumerate().skip(next + 2).take(2).any(|(k, w)| {
        let w = lower(w);
        let relative = ["who", "whose"].contains(&w.as_str()) || (k == next + 2 && w == "that");
        let verb = ws.get(k + 1).map(lower).unwrap_or_default();
        let befell = ["were", "was", "had", "have", "has", "been"].contains(&verb.as_str())
            || verb.ends_with("ed");
        relative && !befell
    });
    // "a further 25 stores", "eleven additional trams": an increment, not the whole.
    let increment = at > 0
        && ["further", "additional", "extra", "more", "another", "new"]
            .contains(&lower(&ws[at - 1]).as_str());
    if partitive || restricted || increment {
        return Role::Part;
    }
    // "a margin of 17 votes", "cut his lead to just nine votes": a difference between two
    // counts, not a count ("Penhallow received 1,204 votes").
    let difference = ws[at.saturating_sub(4)..at]
        .iter()
        .any(|w| ["margin", "lead", "majority", "gap", "difference"].contains(&lower(w).as_str()));
    if difference {
        return Role::Margin;
    }
    if at > 0 && lower(&ws[at - 1]) == "by" {
        return Role::Change;
    }
    let cue = ws[..at]
        .iter()
        .rev()
        .take(4)
        .map(lower)
        .find(|w| !HEDGES.contains(&w.as_str()));
    match cue {
        Some(w) if TOTAL_CUES.contains(&w.as_str()) => Role::Total,
        _ => Role::Event,
    }
}

/// Numbers in a text, with what each counts.
fn quantities(text: &str) -> Vec<Quantity> {
    let ws = words(text);
    let rate_words = ws
        .iter()
        .any(|w| RATE_WORDS.contains(&w.to_lowercase().as_str()));
    let mut out = Vec::new();
    for (i, w) in ws.iter().enumerate() {
        let lower = w.to_lowercase();
        let digits = w.starts_with(|c: char| c.is_ascii_digit());
        let glued = digits.then(|| glued_figure(w)).flatten();
        let value = if digits {
            figure(w).or(glued.map(|g| g.0))
        } else {
            number_word(&lower)
        };
        let Some(mut value) = value else { continue };
        // "any child living more than two miles away": a condition, not a figure anyone gave.
        let bound = bound_before(&ws, i);
        let condition = bound != std::cmp::Ordering::Equal
            && ws[i.saturating_sub(5)..i].iter().any(|w| {
                ["any", "anyone", "anybody", "everyone", "those", "whoever"]
                    .contains(&w.to_lowercase().as_str())
            });
        if condition {
            continue;
        }
        // "Line 4", "Terminal 2", "Stage 5": a label, not a count.
        if i > 0 && LABELS.contains(&ws[i - 1].to_lowercase().as_str()) {
            continue;
        }
        // "Maureen Tally, 74, visits ...": an age, not a count.
        let age = i > 0
            && ws[i - 1].starts_with(char::is_uppercase)
            && text.contains(&format!("{}, {w},", ws[i - 1]));
        if age {
            continue;
        }
        // "in 2019", "by 2035": a year, not a quantity.
        let year = w.len() == 4
            && (1900.0..=2100.0).contains(&value)
            && i > 0
            && YEAR_PREPOSITIONS.contains(&ws[i - 1].to_lowercase().as_str());
        if year {
            continue;
        }
        // "on 12 April", "April 12": a date, not a quantity.
        let day_of = |k: Option<&&str>| k.is_some_and(|d| is_date_word(d));
        if day_of(ws.get(i + 1)) || (i > 0 && day_of(ws.get(i - 1))) {
            continue;
        }
        let mut next = i + 1;
        match ws.get(next).map(|n| n.to_lowercase()).as_deref() {
            Some("million") => value *= 1e6,
            Some("billion") => value *= 1e9,
            Some("thousand") => value *= 1e3,
            _ => next -= 1,
        }
        // "58 per cent of eligible members": what is counted comes after "of".
        let percent_of = (next + 1..ws.len().min(next + 4))
            .find(|&k| ws[k].eq_ignore_ascii_case("of"))
            .filter(|&k| {
                ws[next + 1..k]
                    .iter()
                    .all(|w| ["per", "cent", "percent", "%"].contains(&w.to_lowercase().as_str()))
                    && k > next + 1
            });
        let window = match percent_of {
            Some(k) => k + 1..ws.len().min(k + 4),
            None => next + 1..ws.len().min(next + 4),
        };
        // "three hours either side of high water", "five years ago": a measure counts itself,
        // not the words after it ("40 metres of deck" counts the deck).
        let measure = ws
            .get(next + 1)
            .and_then(|u| relate::term(u))
            .is_some_and(|u| MEASURE_WORDS.contains(&u.as_str()))
            && !ws
                .get(next + 2)
                .is_some_and(|w| w.eq_ignore_ascii_case("of"));
        // "three pieces of play equipment", "six bits of kit": what the pieces are of.
        let pieces = ws
            .get(next + 1)
            .and_then(|u| relate::term(u))
            .is_some_and(|u| {
                ["piece", "bit", "item", "sort", "kind", "type"].contains(&u.as_str())
            })
            && ws
                .get(next + 2)
                .is_some_and(|w| w.eq_ignore_ascii_case("of"));
        let window = if measure && percent_of.is_none() {
            next + 1..next + 2
        } else if pieces {
            next + 3..ws.len().min(next + 6)
        } else {
            window
        };
        let mut counted: BTreeSet<String> = ws[window.clone()]
            .iter()
            .filter_map(|w| relate::term(w))
            .collect();
        if percent_of.is_some() {
            counted.insert("percent".to_string());
        }
        // "£12 million", "$40m": the currency sign says what is counted.
        if let Some(currency) = currency_sign(text, w) {
            counted.insert(currency.to_string());
        }
        // "a capacity of 12,500", "room for 14,000 people": how many a place holds.
        let before = ws[i.saturating_sub(2)..i]
            .iter()
            .map(|w| w.to_lowercase())
            .collect::<Vec<_>>()
            .join(" ");
        let capacity = before.ends_with("capacity")
            || [
                "capacity of",
                "room for",
                "space for",
                "seating for",
                "seats for",
            ]
            .iter()
            .any(|c| before.ends_with(c));
        if capacity {
            counted.insert("capacity".to_string());
        }
        // "forty-eight quid": pounds.
        if counted.remove("quid") {
            counted.insert("pound".to_string());
        }
        if let Some((_, unit)) = glued {
            counted.insert(unit.to_string());
        }
        // "1.2 tonnes" and "850kg" weigh the same thing.
        if counted.contains("tonne") && !counted.contains("kilogram") {
            value *= 1000.0;
            counted.insert("kilogram".to_string());
        }
        // "280 homes" / "450 houses" / "3,400 properties": one kind of thing.
        if counted.iter().any(|t| DWELLINGS.contains(&t.as_str())) {
            counted.insert("home".to_string());
        }
        // "an hour and 25 minutes": 85 minutes.
        let unit_after = |k: usize| ws.get(k).and_then(|u| relate::term(u));
        if counted.contains("minute") && i >= 3 && ws[i - 1].eq_ignore_ascii_case("and") {
            let hours = ws[i - 3].to_lowercase();
            let hours = match hours.as_str() {
                "an" | "a" => Some(1.0),
                n => n.parse::<f64>().ok().or_else(|| number_word(n)),
            };
            if let (Some(h), true) = (hours, unit_after(i - 2).as_deref() == Some("hour")) {
                value += 60.0 * h;
            }
        }
        // "nine hours", "within five hours", "40 minutes": a span of time, in minutes. The hours
        // of "nine hours and 40 minutes" are counted with its minutes.
        let unit = glued
            .map(|g| g.1.to_string())
            .or_else(|| unit_after(next + 1));
        match unit.as_deref() {
            Some("hour") => {
                let minutes_follow = ws
                    .get(next + 2)
                    .is_some_and(|a| a.eq_ignore_ascii_case("and"))
                    && unit_after(next + 4).as_deref() == Some("minute");
                if minutes_follow {
                    continue;
                }
                value *= 60.0;
                counted.insert(DURATION.to_string());
            }
            Some("minute") => {
                counted.insert(DURATION.to_string());
            }
            _ => {}
        }
        // "people" itself is too common a word to be a term.
        let people = ws[window]
            .iter()
            .any(|w| ["people", "persons"].contains(&w.to_lowercase().as_str()));
        if people || counted.iter().any(|t| PEOPLE.contains(&t.as_str())) {
            counted.insert("people".to_string());
        }
        // "on 212 separate days", "on 64 days": a count of occasions, not a span of time.
        let on = i > 0 && ws[i - 1].eq_ignore_ascii_case("on");
        let occasions = ws[next + 1..ws.len().min(next + 3)]
            .iter()
            .any(|w| ["days", "occasions", "times"].contains(&w.to_lowercase().as_str()));
        if on && occasions {
            counted.insert("occasion".to_string());
        }
        out.push(Quantity {
            value,
            counted,
            role: role(&ws, i, next),
            bound,
            rate: if is_rate(&ws, i, next) {
                Rate::Said
            } else if rate_words {
                Rate::Maybe
            } else {
                Rate::No
            },
        });
    }
    out
}

/// Units of time, length and weight: what a figure before them counts.
const MEASURE_WORDS: &[&str] = &[
    "hour",
    "minute",
    "day",
    "week",
    "month",
    "year",
    "mile",
    "metre",
    "kilometre",
    "yard",
    "foot",
    "feet",
    "inch",
    "tonne",
    "kilogram",
    "acre",
    "hectare",
];

/// Whether a figure is so many per span of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rate {
    /// Said so next to it: "forty fish in a morning", "26 weekday trains".
    Said,
    /// A word of rate elsewhere in its text ("the monthly permit for staff would go up to £28").
    Maybe,
    No,
}

impl Rate {
    /// A rate and a figure with no word of rate anywhere near are two things ("forty fish in a
    /// morning" / "about 600 dead fish").
    fn agrees(self, other: Rate) -> bool {
        !matches!(
            (self, other),
            (Rate::Said, Rate::No) | (Rate::No, Rate::Said)
        )
    }
}

/// Whether the figure at `at..=next` is a rate: "a" or "per" and a span of time within the five
/// words after it ("forty fish in a morning", "850kg per boat per month"), or a word of rate
/// near it ("26 weekday trains", "the annual saving would be £600,000").
fn is_rate(ws: &[&str], at: usize, next: usize) -> bool {
    let near = ws[at.saturating_sub(7)..ws.len().min(next + 6)]
        .iter()
        .any(|w| RATE_WORDS.contains(&w.to_lowercase().as_str()));
    let after: Vec<String> = ws[(next + 1).min(ws.len())..ws.len().min(next + 6)]
        .iter()
        .map(|w| w.to_lowercase())
        .collect();
    near || after.windows(2).any(|p| {
        ["a", "an", "per", "each", "every"].contains(&p[0].as_str())
            && (TIME_NOUNS.contains(&p[1].as_str())
                || [
                    "morning",
                    "night",
                    "evening",
                    "afternoon",
                    "hour",
                    "season",
                    "term",
                ]
                .contains(&p[1].as_str()))
    })
}

/// Words that make a text's figures rates.
const RATE_WORDS: &[&str] = &[
    "daily", "weekly", "monthly", "annual", "annually", "yearly", "nightly", "weekday", "weekdays",
    "hourly",
];

/// What a span of hours and minutes counts, in minutes.
const DURATION: &str = "duration";

/// Words before a year ("in 2019", "by 2035").
const YEAR_PREPOSITIONS: &[&str] = &[
    "in", "by", "since", "until", "from", "to", "before", "after", "during", "of", "between",
];

/// Whether a text's figure is a target ("a target of 3 million passengers a year by 2035"),
/// which does not clash with a count of what happened ("We handled 1.9 million"). A forecast
/// does ("now forecast to cost £14.2m" / "the total bill at £11.8m": two estimates of one sum).
fn is_target(text: &str) -> bool {
    let ws = words(text);
    ws.iter().enumerate().any(|(i, w)| {
        let lower = w.to_lowercase();
        ["target", "targets"].contains(&lower.as_str())
            || (lower == "by"
                && ws.get(i + 1).is_some_and(|y| {
                    y.len() == 4 && y.parse::<u32>().is_ok_and(|n| (2000..=2100).contains(&n))
                }))
    })
}

/// Counted words for where people live, one kind of thing in a story ("homes", "houses",
/// "properties", "households").
const DWELLINGS: &[&str] = &["home", "house", "property", "household", "dwelling"];

/// Whether a counted term names a specific kind of thing ("batches", "homes"), whose number in
/// one story is one figure, unlike people ("workers", "employees": each event has its own) or
/// units and currencies.
fn is_specific_count(t: &str) -> bool {
    t != "people"
        && !PEOPLE.contains(&t)
        && !UNITS.contains(&t)
        && !CURRENCIES.contains(&t)
        && t != "occasion"
        && t != DURATION
}

/// The value of a figure: "2,000", "7.5", "12m", "1.5bn", "40k".
fn figure(w: &str) -> Option<f64> {
    let plain = w.replace(',', "");
    if let Ok(v) = plain.parse::<f64>() {
        return Some(v);
    }
    [("bn", 1e9), ("m", 1e6), ("k", 1e3)]
        .iter()
        .find_map(|(suffix, scale)| {
            let v = plain.strip_suffix(suffix)?.parse::<f64>().ok()?;
            Some(v * scale)
        })
}

/// The currency whose sign stands just before the word `w` (a slice of `text`).
fn currency_sign(text: &str, w: &str) -> Option<&'static str> {
    let at = (w.as_ptr() as usize).checked_sub(text.as_ptr() as usize)?;
    match text.get(..at)?.chars().next_back()? {
        '£' => Some("pound"),
        '$' => Some("dollar"),
        '€' => Some("euro"),
        _ => None,
    }
}

/// What a sum of money is for: two sums clash only when both name the same one.
const MONEY_NOUNS: &[&str] = &[
    "fee",
    "fine",
    "cost",
    "price",
    "budget",
    "agreement",
    "worth",
    "value",
    "bill",
    "pay",
    "salary",
    "fare",
    "compensation",
    "damage",
    "bonus",
    "loan",
    "debt",
    "grant",
    "funding",
    "investment",
    "earning",
    "loss",
    "sale",
    "saving",
    "contract",
    "bid",
    "offer",
    "partnership",
    "transfer",
    "payment",
    "penalty",
    "settlement",
    "charge",
    "permit",
    "ticket",
    "rent",
    "toll",
    "tax",
    "levy",
    "subsidy",
    "tariff",
    "donation",
    "save",
    "mileage",
    "expense",
    "allowance",
];

/// Nouns a number labels rather than counts ("Line 4", "Terminal 2").
const LABELS: &[&str] = &[
    "line", "route", "platform", "terminal", "gate", "stage", "phase", "flight", "channel",
    "section", "article", "chapter", "no", "number", "ward", "block", "level", "grade", "category",
    "runway", "pier", "berth", "bus", "room", "lot",
];

/// Units of volume, weight and area: figures in them measure the same thing.
const MEASURES: &[&str] = &[
    "litre", "liter", "gallon", "tonne", "ton", "kilogram", "barrel", "hectare", "acre",
];

/// Terms for people counted as a group: "230 passengers and crew" and "180 people" count the same
/// heads.
const PEOPLE: &[&str] = &[
    "people",
    "person",
    "passenger",
    "crew",
    "resident",
    "visitor",
    "fan",
    "voter",
    "member",
    "student",
    "pupil",
    "patient",
    "child",
    "adult",
    "citizen",
    "tourist",
    "customer",
    "job",
    "spectator",
    "protester",
    "demonstrator",
    "delegate",
    "nurse",
    "doctor",
    "teacher",
];

/// Keys under which a text's numbers can clash with another's (role and counted term), with
/// their values: the candidate rule pairs claims that share a key with different values, however
/// few words they share otherwise.
pub fn quantity_keys(text: &str) -> Vec<(String, f64)> {
    quantities(text)
        .into_iter()
        .flat_map(|q| {
            let role = q.role;
            q.counted
                .into_iter()
                .map(move |t| (format!("{role:?}:{t}"), q.value))
        })
        .collect()
}

/// Different numbers of the same thing in the same role. Numbers of what an event involves must
/// also share the event: "will eliminate 300 jobs" / "the cuts would affect 120 workers" (cut)
/// clash, "the cuts would affect 120 workers" / "retraining for 50 employees" do not.
fn number_clash(a: &str, b: &str, topic: &BTreeSet<String>) -> bool {
    if is_target(a) != is_target(b) {
        return false;
    }
    let qb = quantities(b);
    quantities(a).iter().any(|x| {
        qb.iter().any(|y| {
            // Sums of one currency count one thing: money ("a fee of 18 million crowns" / "the
            // fee was 9 million crowns").
            let counted: BTreeSet<&String> = x
                .counted
                .intersection(&y.counted)
                .filter(|t| !UNITS.contains(&t.as_str()) || CURRENCIES.contains(&t.as_str()))
                .collect();
            let same_thing = !counted.is_empty();
            // Two counted words in common ("4,200 patients were waiting" / "1,300 patients have
            // waited") name the event too.
            // So does a measure of volume, weight or area ("400 litres" / "3,000 litres"): one
            // story rarely measures two things in litres.
            let same_event = || {
                counted.len() >= 2
                    || counted.iter().any(|t| MEASURES.contains(&t.as_str()))
                    || counted.iter().any(|t| is_specific_count(t))
                    || topic.iter().any(|t| !counted.contains(t))
            };
            // Sums a hundred times apart are a price and a total ("fees of 10,000 crowns a year" /
            // "fee income of 30 million crowns"), not two accounts of one sum.
            let money = counted.iter().all(|t| CURRENCIES.contains(&t.as_str()));
            let ratio = x.value.max(y.value) / x.value.min(y.value).max(f64::MIN_POSITIVE);
            // Two sums of money are one only when both say what it pays ("fee", "deal"): a fine
            // and an investment are two sums.
            let what_it_pays = || topic.iter().any(|t| MONEY_NOUNS.contains(&t.as_str()));
            // A share ("40 per cent of the homes") is no count of them ("280 homes"), and a sum
            // ("£184,000 in compensation") no count of anything ("2,310 compensation claims").
            let share = |q: &Quantity| q.counted.contains("percent");
            let sum = |q: &Quantity| q.counted.iter().any(|t| CURRENCIES.contains(&t.as_str()));
            !x.compatible(y)
                && x.role == y.role
                && share(x) == share(y)
                && sum(x) == sum(y)
                && x.rate.agrees(y.rate)
                && same_thing
                && !(money && (ratio >= 100.0 || !what_it_pays()))
                && (x.role != Role::Event || same_event())
        })
    })
}

/// A day or month named in a text ("may" only capitalised: lower case it is the verb).
fn is_date_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    relate::is_calendar_word(&lower) && (lower != "may" || word.starts_with('M'))
}

/// The days, months and days of the month a text names ("Saturday, June 14").
#[derive(Default)]
struct Dates {
    weekdays: BTreeSet<String>,
    months: BTreeSet<String>,
    /// (month, day of the month): "June 14", "14 June".
    days: BTreeSet<(String, u32)>,
}

/// Words that make the date after them the edge of a span ("closed from June 10 until ...",
/// "since August"): such a date is compared only with one after the same word.
const SPAN_WORDS: [&str; 5] = ["from", "until", "till", "since", "through"];

/// The dates of a text by the span word before them ("" for a plain date: "on June 12").
fn dates(text: &str) -> BTreeMap<String, Dates> {
    let ws = words(text);
    let mut out: BTreeMap<String, Dates> = BTreeMap::new();
    let day = |w: Option<&&str>| {
        w.and_then(|w| w.parse::<u32>().ok())
            .filter(|n| (1..=31).contains(n))
    };
    for (i, w) in ws.iter().enumerate() {
        if !is_date_word(w) {
            continue;
        }
        let d = out.entry(span_word(&ws, i)).or_default();
        let lower = w.to_lowercase();
        if relate::WEEKDAYS.contains(&lower.as_str()) {
            d.weekdays.insert(lower);
            continue;
        }
        if let Some(n) =
            day(ws.get(i + 1)).or_else(|| day(i.checked_sub(1).and_then(|j| ws.get(j))))
        {
            d.days.insert((lower.clone(), n));
        }
        d.months.insert(lower);
    }
    out
}

/// The span word before the date phrase that word `i` belongs to ("from Friday, June 10"), or "".
fn span_word(ws: &[&str], i: usize) -> String {
    let mut j = i;
    while j > 0 && (is_date_word(ws[j - 1]) || ws[j - 1].parse::<u32>().is_ok()) {
        j -= 1;
    }
    // "until at least Friday": the span word stands before "at least".
    if j >= 2 && ws[j - 1].eq_ignore_ascii_case("least") && ws[j - 2].eq_ignore_ascii_case("at") {
        j -= 2;
    }
    let word = |k: Option<usize>| k.map(|k| ws[k].to_lowercase()).unwrap_or_default();
    let before = word(j.checked_sub(1));
    // "the deal was not finalised until November 6": it was finalised that day.
    let not_until = ["until", "till"].contains(&before.as_str())
        && ws[j.saturating_sub(6)..j.saturating_sub(1)]
            .iter()
            .any(|w| ["not", "never"].contains(&w.to_lowercase().as_str()) || w.ends_with("n't"));
    if not_until {
        String::new()
    } else if SPAN_WORDS.contains(&before.as_str()) {
        before
    } else if before == "on" && CLOSING_VERBS.contains(&word(j.checked_sub(2)).as_str()) {
        // "the consultation closes on December 12" names a last day, as "runs until January 9"
        // does; "the school will close on July 18" names the day of a closure, as "the closure
        // takes effect on December 19" does. It is compared with both.
        CLOSING.to_string()
    } else {
        String::new()
    }
}

/// The role of a date after a closing verb: compared with plain dates and with "until" dates.
const CLOSING: &str = "closing";

/// Verbs whose date ("closes on December 12") is the last day of a span.
const CLOSING_VERBS: &[&str] = &[
    "closes", "close", "closing", "ends", "end", "ending", "expires", "expire", "expiring",
];

/// Two texts name different days for the same thing: different weekdays, different months, or
/// different days of the same month, each compared with a date of the same kind (plain, or after
/// the same span word). A text naming only the month does not clash with one naming its day ("in
/// June" / "on Saturday, June 14").
fn date_clash(a: &str, b: &str) -> bool {
    let (all_a, all_b) = (dates(a), dates(b));
    all_a.iter().any(|(role, da)| {
        let roles: &[&str] = match role.as_str() {
            CLOSING => &["", "until", CLOSING],
            "" => &["", CLOSING],
            "until" => &["until", CLOSING],
            other => &[other][..],
        };
        roles
            .iter()
            .filter_map(|r| all_b.get(*r))
            .any(|db| different_days(da, db))
    })
}

/// Two sets of dates of one role name different days.
fn different_days(da: &Dates, db: &Dates) -> bool {
    let disjoint =
        |x: &BTreeSet<_>, y: &BTreeSet<_>| !x.is_empty() && !y.is_empty() && x.is_disjoint(y);
    let other_day = da
        .days
        .iter()
        .any(|(m, n)| db.days.iter().any(|(m2, n2)| m == m2 && n != n2));
    disjoint(&da.weekdays, &db.weekdays) || disjoint(&da.months, &db.months) || other_day
}

/// Capitalised names after "in", "at", "near", "to" or "from": where something happens, or
/// (after "from") where it comes from. The flag is true for an origin.
/// Terms for who takes part rather than what happens (organisations' head nouns).
const PARTICIPANTS: &[&str] = &[
    "job",
    "people",
    "resident",
    "customer",
    "patient",
    "passenger",
    "member",
    "union",
    "council",
    "company",
    "government",
    "ministry",
    "police",
    "board",
    "party",
    "authority",
    "commission",
    "agency",
    "group",
    "firm",
    "club",
    "team",
    "court",
    "committee",
    "office",
    "department",
    "representative",
    "official",
    "spokesman",
    "spokeswoman",
];

/// Nouns for a kind of place, before "of" and its name ("the port city of Hessly").
const PLACE_NOUNS: &[&str] = &[
    "city", "town", "village", "port", "capital", "resort", "county", "district", "region",
    "province", "island", "state",
];

/// The place names a text puts something in or at ("held in the coastal city of Lundervik" ->
/// "Lundervik"), origins ("from Vaskor") left out.
pub fn place_names(text: &str) -> Vec<String> {
    places(text)
        .into_iter()
        .filter(|(origin, _)| !origin)
        .map(|(_, name)| name)
        .collect()
}

/// Where a "city of", "town of" ... starts within the three words from `j`.
fn kind_of_place(ws: &[&str], j: usize) -> Option<usize> {
    (j..ws.len().min(j + 3)).find(|&k| {
        PLACE_NOUNS.contains(&ws[k].to_lowercase().as_str())
            && ws.get(k + 1).is_some_and(|o| o.eq_ignore_ascii_case("of"))
    })
}

fn places(text: &str) -> Vec<(bool, String)> {
    let ws = words(text);
    let mut out = Vec::new();
    for (i, w) in ws.iter().enumerate() {
        let lower = w.to_lowercase();
        // "beneath Quarry Lane", "along Crossfell Ridge", "on Hanging Stones Moor": these
        // prepositions put something in a place only before a name that is one.
        let placed_by_head = LOCATIVES.contains(&lower.as_str());
        if !placed_by_head && !["in", "at", "near", "to", "from"].contains(&lower.as_str()) {
            continue;
        }
        let mut j = i + 1;
        if ws.get(j).is_some_and(|n| n.eq_ignore_ascii_case("the")) {
            j += 1;
            // "in the coastal city of Lundervik", "at the mountain town of Grevhalla" (not "diverted
            // to the neighbouring port of Caddon": a destination).
            let kind = ["in", "at"]
                .contains(&lower.as_str())
                .then(|| kind_of_place(&ws, j))
                .flatten();
            if let Some(k) = kind {
                j = k + 2;
            }
        }
        let name: Vec<&str> = ws[j.min(ws.len())..]
            .iter()
            .take_while(|n| n.starts_with(char::is_uppercase))
            .copied()
            .collect();
        // Months and days are dates, not places ("in June"); "to Asian markets" names no place;
        // "in the Aldern Hills race" is in a race.
        let adjective = (name.len() == 1 && is_demonym(name[0]))
            || ws
                .get(j + name.len())
                .is_some_and(|n| EVENT_NOUNS.contains(&n.to_lowercase().as_str()));
        // "the service from Castlemere to Port Edrin": a route's ends, not where it happened.
        let route_end = lower == "from"
            && ws
                .get(j + name.len())
                .is_some_and(|t| t.eq_ignore_ascii_case("to"));
        let route_start = lower == "to"
            && i >= 2
            && ws[i - 1].starts_with(char::is_uppercase)
            && ws[i.saturating_sub(4)..i]
                .iter()
                .any(|p| p.eq_ignore_ascii_case("from"));
        if route_end || route_start {
            continue;
        }
        // "at Tuesday’s meeting": a day, whatever its apostrophe.
        let first = name.first().map(|n| {
            n.trim_end_matches("’s")
                .trim_end_matches("'s")
                .trim_end_matches(['’', '\''])
        });
        if placed_by_head && !ends_in_place_word(&name.join(" ")) {
            continue;
        }
        if first.is_some_and(|f| !is_date_word(f)) && !adjective {
            out.push((lower == "from", name.join(" ")));
        }
    }
    out
}

/// Prepositions of place that need a name ending in a [`PLACE_WORDS`] word.
const LOCATIVES: &[&str] = &[
    "on",
    "beneath",
    "under",
    "underneath",
    "along",
    "beside",
    "behind",
    "outside",
    "inside",
    "opposite",
];

/// Last words of names of places ("Quarry Lane", "Crossfell Ridge"). Unlike the claims module's
/// list for telling places from people, it holds words that are also surnames ("Mill", "Wood"):
/// here the name already stands after a preposition of place.
const PLACE_WORDS: &[&str] = &[
    "street",
    "road",
    "lane",
    "avenue",
    "way",
    "roundabout",
    "bridge",
    "park",
    "square",
    "ridge",
    "moor",
    "hill",
    "hills",
    "valley",
    "river",
    "bay",
    "head",
    "island",
    "estate",
    "farm",
    "field",
    "fields",
    "common",
    "green",
    "wood",
    "woods",
    "forest",
    "quay",
    "pier",
    "harbour",
    "station",
    "junction",
    "sands",
    "beach",
    "point",
    "cross",
    "gate",
    "crescent",
    "close",
    "drive",
    "terrace",
    "reservoir",
    "dam",
    "mill",
    "wharf",
    "dock",
    "docks",
    "parade",
    "promenade",
    "gardens",
    "row",
];

/// Nouns of events a name may label ("the Aldern Hills race", "the Kessby election").
const EVENT_NOUNS: &[&str] = &[
    "race",
    "election",
    "marathon",
    "festival",
    "tournament",
    "match",
    "final",
    "game",
    "contest",
    "championship",
    "vote",
    "referendum",
    "trial",
    "case",
    "inquiry",
    "scheme",
    "project",
    "classic",
    "open",
    "cup",
    "derby",
    "rally",
    "summit",
    "talks",
];

/// A word that looks like an adjective of origin ("Asian", "European", "Chinese", "British").
fn is_demonym(word: &str) -> bool {
    ["ian", "ean", "can", "ese", "ish"]
        .iter()
        .any(|end| word.len() > 4 && word.ends_with(end))
}

/// Two texts put the same kind of thing in different places: where it happens ("held in
/// Varnholm" / "moved to Kessby"), or where it comes from. Where one text names a place the other
/// contains, they agree.
/// Whether the texts share a topic word that is not part of a place they name ("in Port Soley" /
/// "Westmark's own port at Hessly" share only the port of a name).
fn beyond_places(topic: &BTreeSet<String>, a: &str, b: &str) -> bool {
    let place_words: BTreeSet<String> = places(a)
        .into_iter()
        .chain(places(b))
        .flat_map(|(_, name)| name.split(' ').map(str::to_lowercase).collect::<Vec<_>>())
        .collect();
    topic
        .iter()
        .any(|t| !place_words.iter().any(|w| w.starts_with(t.as_str())))
}

fn place_clash(a: &str, b: &str) -> bool {
    let (pa, pb) = (places(a), places(b));
    // A street and a town ("beneath Quarry Lane" / "6,500 homes in Hatherby"): one may lie in
    // the other. A town is a name "in" which things are, with no street word at its end.
    let town = |p: &String, text: &str| !ends_in_place_word(p) && text.contains(&format!("in {p}"));
    let streets_and_towns = |x: &[(bool, String)], y: &[(bool, String)], ty: &str| {
        x.iter().all(|(_, p)| ends_in_place_word(p)) && y.iter().all(|(_, p)| town(p, ty))
    };
    if streets_and_towns(&pa, &pb, b) || streets_and_towns(&pb, &pa, a) {
        return false;
    }
    let differ = |origin: bool| {
        let x: Vec<&String> = pa.iter().filter(|p| p.0 == origin).map(|p| &p.1).collect();
        let y: Vec<&String> = pb.iter().filter(|p| p.0 == origin).map(|p| &p.1).collect();
        !x.is_empty()
            && !y.is_empty()
            && !x
                .iter()
                .any(|p| b.contains(p.as_str()) || measured_from(b, p))
            && !y
                .iter()
                .any(|p| a.contains(p.as_str()) || measured_from(a, p))
    };
    differ(false) || differ(true)
}

/// Whether a place's name ends like a street or a landmark's ("Quarry Lane", "Gullet Head").
fn ends_in_place_word(name: &str) -> bool {
    name.rsplit(' ')
        .next()
        .is_some_and(|h| PLACE_WORDS.contains(&h.to_lowercase().as_str()))
}

/// Whether `text` puts something a distance away from `place` ("cornered in a garden, roughly
/// half a mile from the zoo's main gate" / "escaped from Greywell Zoo"): two spots the text
/// itself tells apart.
fn measured_from(text: &str, place: &str) -> bool {
    const DISTANCES: &[&str] = &[
        "mile",
        "miles",
        "metre",
        "metres",
        "meter",
        "meters",
        "yard",
        "yards",
        "km",
        "kilometre",
        "kilometres",
        "kilometer",
        "kilometers",
    ];
    let place_words: Vec<String> = place.split(' ').map(str::to_lowercase).collect();
    let ws: Vec<String> = words(text).iter().map(|w| w.to_lowercase()).collect();
    ws.windows(2).enumerate().any(|(i, pair)| {
        DISTANCES.contains(&pair[0].as_str())
            && pair[1] == "from"
            && ws[i + 2..ws.len().min(i + 6)].iter().any(|w| {
                let w = w.trim_end_matches("'s").trim_end_matches("’s");
                place_words.iter().any(|p| p == w)
            })
    })
}

/// Words for the start and the end of something. A text about a start and one about an end speak
/// of two moments, which may well have different days and places ("the tour began in Porto in
/// April" / "the tour will end in Vienna in July").
const STARTS: &[&str] = &[
    "start", "starts", "started", "begin", "begins", "began", "begun",
];
const ENDS: &[&str] = &[
    "end",
    "ends",
    "ended",
    "finish",
    "finishes",
    "finished",
    "conclude",
    "concludes",
    "concluded",
];

/// Units and magnitudes: shared, they do not make two numbers or claims about the same thing.
const CURRENCIES: &[&str] = &["crown", "euro", "dollar", "pound", "franc", "mark", "yen"];

const UNITS: &[&str] = &[
    "percent", "per", "cent", "crown", "euro", "dollar", "pound", "franc", "million", "billion",
    "thousand", "hundred", "year", "week", "month", "day", "hour", "minute",
];

/// Topic words two texts share: common terms that are not names in both, days, months or units
/// ("exports" in "Exports rose in June" / "exports fell in July").
fn shared_topic(a: &str, b: &str) -> BTreeSet<String> {
    // A name in both texts ("Lindqvist" in "at the Lindqvist Arena" / "the Lindqvist show");
    // "arena" in "the Lindqvist Arena" / "the arena show" is a shared topic.
    let names = shared_names(a, b);
    relate::terms(&without_time_clauses(a))
        .intersection(&relate::terms(&without_time_clauses(b)))
        .filter(|t| {
            !names.contains(*t) && !relate::is_calendar_word(t) && !UNITS.contains(&t.as_str())
        })
        .cloned()
        .collect()
}

/// A text without its time clauses ("closed to boats from June 10 until the festival ends"
/// speaks of the quay, not of the festival): from "until", "till" or "once" to the next comma or
/// the end.
fn without_time_clauses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut skipping = false;
    for piece in text.split_inclusive(|c: char| c.is_whitespace() || c == ',') {
        let word = piece.trim_matches(|c: char| !c.is_alphanumeric());
        if ["until", "till", "once"]
            .iter()
            .any(|w| word.eq_ignore_ascii_case(w))
        {
            skipping = true;
        }
        if !skipping {
            out.push_str(piece);
        }
        if piece.ends_with(',') {
            skipping = false;
        }
    }
    out
}

/// One text speaks of an old thing and the other of a new one ("the old terminal, which closed
/// in 2019" / "the new terminal would open on December 4"): two things.
fn old_and_new(a: &str, b: &str) -> bool {
    let has = |t: &str, w: &str| words(t).iter().any(|x| x.eq_ignore_ascii_case(w));
    let old = |t: &str| has(t, "old") || has(t, "former");
    // "The old terminal, which closed in 2019" picks out another thing than "the terminal" (not
    // "near the old mill weir" / "on Wednesday": the other text does not name a mill).
    let the_old = |t: &str, other: &str| {
        let lower = t.to_lowercase().replace('’', "'");
        let ws = words(&lower);
        ws.windows(3).any(|p| {
            p[1] == "old"
                && (["the", "its", "their", "his", "her", "our"].contains(&p[0])
                    || p[0].ends_with("'s"))
                && words(other).iter().any(|o| o.eq_ignore_ascii_case(p[2]))
        })
    };
    (old(a) && has(b, "new") && !old(b))
        || (old(b) && has(a, "new") && !old(a))
        || the_old(a, b) != the_old(b, a)
}

/// A text that says its event is another one than some other ("arranged another meeting in
/// Florida", "met again in May"): its day and place are its own.
fn another_time(text: &str) -> bool {
    let ws: Vec<String> = words(text).iter().map(|w| w.to_lowercase()).collect();
    let other = ws.iter().any(|w| {
        ["another", "again", "previously", "separately", "follow-up"].contains(&w.as_str())
    });
    // "A second crossing", "the previous vote", "The last provincial election" (not "the last
    // week of May", "the last of the paperwork").
    let an_earlier_or_second = ws.windows(3).any(|p| {
        matches!(
            (p[0].as_str(), p[1].as_str()),
            ("a", "second") | ("the", "previous") | ("the", "last")
        ) && ![
            "week", "weeks", "month", "months", "year", "years", "day", "days", "of",
        ]
        .contains(&p[2].as_str())
    });
    other || an_earlier_or_second
}

/// Whether a text is about something starting again ("hoped to restart two production lines by
/// Monday"): a later moment than a stop ("Production was halted on Tuesday"), but not than
/// another account of the restart ("talks will resume next week in Maraval").
fn restarts(text: &str) -> bool {
    has_stem(text, &["restart", "resume", "reopen"])
}

/// Whether a text is about something stopping ("Production was halted on Tuesday", "told to keep
/// their windows closed"), which a restart follows.
fn stops(text: &str) -> bool {
    has_stem(
        text,
        &["halt", "stop", "suspend", "shut", "closed", "evacuat"],
    )
}

/// Whether a word of the text starts with one of `stems` (case-insensitive).
fn has_stem(text: &str, stems: &[&str]) -> bool {
    words(text).iter().any(|w| {
        let w = w.to_lowercase();
        stems.iter().any(|stem| w.starts_with(stem))
    })
}

/// A text about a second or other one of a kind ("His second restaurant, Pennant, remains
/// open", "the other plant"): its outcome is not the first one's.
fn another_thing(text: &str) -> bool {
    let ws: Vec<String> = words(text).iter().map(|w| w.to_lowercase()).collect();
    // Not "the second inspection": one thing's second round, which may be the one in dispute.
    ws.windows(3).any(|p| {
        let owner = ["his", "her", "its", "their", "our"].contains(&p[0].as_str());
        let article = ["the", "a", "an"].contains(&p[0].as_str());
        let other = match p[1].as_str() {
            "second" => owner,
            "other" | "sister" => owner || article,
            _ => false,
        };
        other && !TIME_NOUNS.contains(&p[2].as_str())
    })
}

/// Whether two texts move two measures, a price and a count: "House prices rose by 3.1 percent" /
/// "the number of homes sold dropped by 12 percent" can both be true. A text that speaks of both
/// ("passenger numbers went up, fares went up") measures what the other does.
fn two_measures(a: &str, b: &str) -> bool {
    let measures = |t: &str| {
        let ws: Vec<String> = words(t).iter().map(|w| w.to_lowercase()).collect();
        let has = |forms: &[&str]| ws.iter().any(|w| forms.contains(&w.as_str()));
        (has(PRICES), has(COUNTS))
    };
    let (ma, mb) = (measures(a), measures(b));
    let one = |m: (bool, bool)| m.0 != m.1;
    one(ma) && one(mb) && ma != mb
}

/// Words for what something costs.
const PRICES: &[&str] = &[
    "price", "prices", "fare", "fares", "rent", "rents", "cost", "costs", "fee", "fees",
];

/// Words for how many there are.
const COUNTS: &[&str] = &["number", "numbers", "sales", "volumes"];

/// Nouns of time: "a second year" is no second thing.
const TIME_NOUNS: &[&str] = &[
    "week", "weeks", "month", "months", "year", "years", "day", "days", "time", "half", "round",
    "quarter",
];

fn start_and_end(a: &str, b: &str) -> bool {
    let has = |t: &str, forms: &[&str]| {
        words(t)
            .iter()
            .any(|w| forms.contains(&w.to_lowercase().as_str()))
    };
    // "The breach began on November 2" / "was discovered on November 14": also two moments.
    let later = |t: &str| has(t, ENDS) || has(t, FOUND);
    (has(a, STARTS) && later(b)) || (later(a) && has(b, STARTS))
}

/// Words for when something came to light, which is after it began.
const FOUND: &[&str] = &[
    "discovered",
    "detected",
    "found",
    "noticed",
    "spotted",
    "identified",
    "uncovered",
];

/// Opposite words, as pairs of word forms.
/// The terms of the words of rising and falling: two texts that share only these ("Rents rose" /
/// "Prices fell ahead of an expected rise") share no topic for an antonym clash.
static OPPOSITE_STEMS: LazyLock<BTreeSet<String>> = LazyLock::new(|| {
    ANTONYMS
        .iter()
        .filter(|(x, _)| x.contains(&"rise") || x.contains(&"increase"))
        .flat_map(|(x, y)| x.iter().chain(y.iter()))
        .filter_map(|w| relate::term(w))
        .collect()
});

const ANTONYMS: &[(&[&str], &[&str])] = &[
    (
        &[
            "rise",
            "rises",
            "rose",
            "risen",
            "rising",
            "grow",
            "grows",
            "grew",
            "grown",
            "growing",
            "increased",
            "climbed",
        ],
        &[
            "fall", "falls", "fell", "fallen", "falling", "reduce", "reduced", "reduces",
            "dropped", "declined", "sliding", "slid", "slipped",
        ],
    ),
    (
        &["increase", "increased", "increases"],
        &[
            "decrease",
            "decreased",
            "decreases",
            "reduce",
            "reduced",
            "reduces",
        ],
    ),
    (&["east", "eastern"], &["west", "western"]),
    (&["north", "northern"], &["south", "southern"]),
    (
        &["higher", "highest", "boosted", "inflated", "stayed-up"],
        &["lower", "lowest", "lowered"],
    ),
    (&["more"], &["fewer", "less"]),
    (
        &[
            "approve",
            "approved",
            "approves",
            "accept",
            "accepted",
            "accepts",
            "grant",
            "granted",
            "grants",
            "successful",
        ],
        &[
            "reject", "rejected", "rejects", "refuse", "refused", "refuses",
        ],
    ),
    (&["win", "won", "wins"], &["lose", "lost", "loses"]),
    (
        &["open", "opened", "opens", "reopen", "reopened"],
        &["close", "closed", "closes", "shut"],
    ),
    (
        &["remain", "remains", "stay", "stays", "staying"],
        &[
            "leave",
            "leaves",
            "resign",
            "resigns",
            "sack",
            "sacked",
            "quit",
            "quits",
            "step",
            "replaced",
            "dismissed",
            "removed",
            "ousted",
            "fired",
            "scrapped",
            "axed",
        ],
    ),
    (
        &["hire", "hired", "hires"],
        &["fire", "fired", "fires", "sack", "sacked"],
    ),
    (
        &["guilty", "convicted", "convict"],
        &["innocent", "acquitted", "acquit", "cleared"],
    ),
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
        &[
            "oppose", "opposes", "opposed", "reject", "rejected", "rejects",
        ],
    ),
    (
        &["authentic", "genuine"],
        &["forgery", "fake", "forged", "counterfeit"],
    ),
    (&["gain", "gains", "profit"], &["loss", "losses"]),
    (&["alive", "survived"], &["dead", "died", "killed"]),
    (&["legal"], &["illegal"]),
    (&["safe"], &["unsafe", "contaminated"]),
    (
        &["expand", "expanded", "grow", "grew"],
        &["shrink", "shrank", "shrunk"],
    ),
    (&["success", "succeeded"], &["failure", "failed"]),
    (&["pass", "passed", "passes"], &["fail", "failed", "fails"]),
    (&["above"], &["below"]),
    (
        &["longer", "slower"],
        &["shorter", "quicker", "faster", "sooner"],
    ),
    (&["ahead"], &["behind"]),
];

/// The opposite-word groups a text uses, with the side it takes in each ("rose" -> the first side
/// of rise/fall): claims on two sides of one group take the antonym channel.
pub fn antonym_sides(text: &str) -> Vec<(usize, bool)> {
    let ws = opposite_words(text);
    let has = |forms: &[&str]| forms.iter().any(|f| ws.contains(*f));
    ANTONYMS
        .iter()
        .enumerate()
        .flat_map(|(g, (x, y))| {
            [(has(x), (g, true)), (has(y), (g, false))]
                .into_iter()
                .filter_map(|(on, side)| on.then_some(side))
        })
        .collect()
}

/// A text without a clause about another time: "About 22,000 vehicles crossed the bridge each
/// day before it was shut in September" -> "... each day". Opposite words there are of another
/// moment.
fn main_clause(text: &str) -> &str {
    let lower = text.to_lowercase();
    let mut cut = text.len();
    for link in [" before ", " after ", " since "] {
        for subject in ["it ", "they ", "he ", "she ", "we "] {
            if let Some(at) = lower.find(&format!("{link}{subject}")) {
                cut = cut.min(at);
            }
        }
    }
    // What someone wants is not what happens: "he would press for a front desk to remain open".
    for wish in WISHES {
        if let Some(at) = lower.find(wish) {
            cut = cut.min(at);
        }
    }
    &text[..cut]
}

/// A text without its non-restrictive relative clauses: "The Ropewalk Library, which opened in
/// 1968, will be replaced" -> "The Ropewalk Library will be replaced". What they say is
/// background of another moment, not what the claim asserts.
fn without_relative_clauses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = [", which ", ", who "]
        .iter()
        .filter_map(|link| rest.find(link))
        .min()
    {
        out.push_str(&rest[..at]);
        let clause = &rest[at + 2..];
        rest = clause.find(',').map_or("", |end| &clause[end + 1..]);
        out.push(' ');
    }
    out.push_str(rest);
    out
}

/// Words after "remain"/"stay" that make it a state ("remain closed") rather than a tenure.
const STATES: &[&str] = &[
    "closed",
    "open",
    "shut",
    "safe",
    "unchanged",
    "high",
    "low",
    "stable",
    "in",
    "under",
    "on",
    "at",
    "available",
    "intact",
    "untouched",
    "empty",
    "unclear",
    "uncertain",
    "the",
    "a",
];

/// Verbs of wanting: the clause after them is asked for, not asserted.
const WISHES: &[&str] = &[
    " press for ",
    " pressed for ",
    " push for ",
    " pushed for ",
    " call for ",
    " calls for ",
    " called for ",
    " calling for ",
    " campaign for ",
    " campaigned for ",
    " campaigning for ",
    " urge ",
    " urged ",
    " urges ",
    " want ",
    " wants ",
    " wanted ",
    " hope ",
    " hopes ",
    " hoped ",
    " demand ",
    " demanded ",
    " demands ",
    " asked for ",
];

/// The lower-case words of a text's main clause, where opposite words are looked up. A figure's
/// direction counts as a verb: "applications for next year up 6 percent" rose, "down by a third"
/// fell.
fn opposite_words(text: &str) -> BTreeSet<String> {
    let asserted = without_relative_clauses(main_clause(text));
    let ws: Vec<String> = words(&asserted)
        .into_iter()
        .map(str::to_lowercase)
        .collect();
    let mut out: BTreeSet<String> = ws.iter().cloned().collect();
    // "would remain closed", "stays open": a state, not someone keeping a post.
    for pair in ws.windows(2) {
        if ["remain", "remains", "stay", "stays"].contains(&pair[0].as_str())
            && STATES.contains(&pair[1].as_str())
        {
            out.remove(&pair[0]);
        }
    }
    // "turned down", "voted it down", "threw out": a refusal; "in less time": quicker.
    for (i, w) in ws.iter().enumerate() {
        let next = |k: usize| ws.get(i + k).map(String::as_str);
        let particle =
            |p: &str| next(1) == Some(p) || (next(1) == Some("it") && next(2) == Some(p));
        let refused = match w.as_str() {
            "turned" | "turn" | "turns" | "voted" | "vote" | "votes" => particle("down"),
            "threw" | "thrown" | "throw" | "throws" => particle("out"),
            _ => false,
        };
        if refused {
            out.insert("rejected".to_string());
        }
        let prev = i.checked_sub(1).map(|k| ws[k].as_str());
        // "more HGVs on the village road": a rise in their number; "fewer buses": a fall.
        let counted = next(1).is_some_and(|n| {
            (n.len() > 3 && n.ends_with('s') && !n.ends_with("ss"))
                || ["people", "traffic", "money", "staff"].contains(&n)
        }) && !matches!(prev, Some("no" | "any" | "once" | "much"));
        // Phrases that say one of the opposite words: "in less time" (quicker), "has gone through
        // the roof" (risen), "the barriers had stayed up" (not lowered), an inspector's grade
        // ("rated good" passed, "rated inadequate" failed).
        let implied = match (w.as_str(), next(1), next(2)) {
            ("less", Some("time"), _) => Some("quicker"),
            ("more", ..) if counted => Some("rose"),
            ("fewer", ..) if counted => Some("fell"),
            ("stayed" | "stay" | "remained" | "remain", Some("up"), _) => Some("stayed-up"),
            ("rated", Some("good" | "outstanding"), _) => Some("passed"),
            ("rated", Some("inadequate"), _) => Some("failed"),
            ("through", Some("the"), Some("roof")) => Some("rose"),
            // "Planning consent came through": granted.
            ("came" | "come" | "comes", Some("through"), _) => Some("granted"),
            _ => None,
        };
        if let Some(word) = implied {
            out.insert(word.to_string());
        }
        // "close to the lifeboat station": near, not shut.
        let modal = matches!(
            prev,
            Some("will" | "would" | "to" | "could" | "may" | "might" | "should" | "shall" | "must")
        );
        if w == "close" && next(1) == Some("to") && !modal {
            out.remove("close");
        }
    }
    // "up 6 percent", "down sharply", "has gone up", "went down": a movement of a figure.
    for pair in ws.windows(2) {
        let figure = pair[1].starts_with(|c: char| c.is_ascii_digit())
            || ["by", "sharply", "slightly", "significantly"].contains(&pair[1].as_str());
        let moved = [
            "gone", "went", "going", "goes", "go", "come", "came", "coming", "comes",
        ]
        .contains(&pair[0].as_str());
        match (pair[0].as_str(), pair[1].as_str()) {
            ("up", _) if figure => out.insert("rose".to_string()),
            ("down", _) if figure => out.insert("fell".to_string()),
            (_, "up") if moved => out.insert("rose".to_string()),
            (_, "down") if moved => out.insert("fell".to_string()),
            _ => false,
        };
    }
    out
}

/// Opposite outcomes that befall a person: won/lost, guilty/acquitted, alive/dead.
fn personal_outcome_clash(a: &str, b: &str) -> bool {
    let personal = |forms: &[&str]| forms.iter().any(|f| ["won", "guilty", "alive"].contains(f));
    opposites(a, b, personal) == Some(true)
}

/// Whether a text names its winner among `names`: "lost to Gareth Penhallow", "was beaten by
/// Penhallow".
fn beats_one_of(text: &str, names: &BTreeSet<String>) -> bool {
    let ws = words(text);
    (0..ws.len().saturating_sub(2)).any(|i| {
        let (verb, prep) = (ws[i].to_lowercase(), ws[i + 1].to_lowercase());
        let lost_to = verb == "lost" && prep == "to";
        let beaten_by = ["beaten", "defeated"].contains(&verb.as_str()) && prep == "by";
        (lost_to || beaten_by)
            && ws[i + 2..]
                .iter()
                .take(3)
                .take_while(|x| x.starts_with(char::is_uppercase))
                .any(|x| names.contains(&x.to_lowercase()))
    })
}

/// The name terms two texts share (capitalised words of both; a sentence's first word only when
/// neither text writes it in lower case).
fn shared_names(a: &str, b: &str) -> BTreeSet<String> {
    let lower = relate::LowerWords::of(&format!("{a} {b}"));
    relate::name_terms(a, &lower)
        .intersection(&relate::name_terms(b, &lower))
        .cloned()
        .collect()
}

/// Whether two texts use opposite words: `Some(true)` when they clash ("passed" / "failed", both
/// asserted or both negated), `Some(false)` when one negates its word and the other does not ("did
/// not fail" / "passed": they agree), `None` without opposite words.
fn antonym_relation(a: &str, b: &str) -> Option<bool> {
    opposites(a, b, |_| true)
}

/// [`antonym_relation`] over the opposite-word groups whose first side `group` accepts.
fn opposites(a: &str, b: &str, group: impl Fn(&[&str]) -> bool) -> Option<bool> {
    let (la, lb) = (opposite_words(a), opposite_words(b));
    let has = |set: &BTreeSet<String>, forms: &[&str]| forms.iter().any(|f| set.contains(*f));
    ANTONYMS
        .iter()
        .filter(|(x, _)| group(x))
        .find_map(|(x, y)| {
            // A timetable ("the ballot would open on December 1 and close on December 15")
            // takes neither side of opening and closing.
            let timetable =
                |set: &BTreeSet<String>| x.contains(&"open") && has(set, x) && has(set, y);
            if timetable(&la) || timetable(&lb) {
                return None;
            }
            let (fa, fb) = if has(&la, x) && has(&lb, y) {
                (x, y)
            } else if has(&la, y) && has(&lb, x) {
                (y, x)
            } else {
                return None;
            };
            Some(negated_use(a, fa) == negated_use(b, fb))
        })
}

/// Whether a text negates its use of one of the word forms: a negation word among the three words
/// before it ("has not closed", "never won"; not "passed with no concerns raised").
fn negated_use(text: &str, forms: &[&str]) -> bool {
    let ws: Vec<String> = words(main_clause(text))
        .into_iter()
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect();
    let figure = |f: &str| match f {
        "rose" => Some("up"),
        "fell" => Some("down"),
        _ => None,
    };
    ws.iter().enumerate().any(|(i, w)| {
        let used = forms
            .iter()
            .any(|f| f == w || figure(f) == Some(w.as_str()));
        used && ws[i.saturating_sub(3)..i]
            .iter()
            .any(|p| SCOPED_NEGATIONS.contains(&p.as_str()) || p.ends_with("n't"))
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
    fn places_named_by_their_street_words_and_told_apart() {
        // "along", "on", "beneath" need a name that ends like a place.
        assert_eq!(
            check(
                "the turbines would be built along Harrow Ridge, north of the village",
                "the plans placed the turbines on Cold Fell Moor, south of the village"
            ),
            Some(Clash::Place)
        );
        assert_eq!(
            place_names("the decision was on Tuesday"),
            Vec::<String>::new()
        );
        assert_eq!(place_names("a song on Radio Kell"), Vec::<String>::new());
        // A street and a town may be one place.
        assert_eq!(
            check(
                "Around 4,000 homes in Dunmore lost their water supply after the burst",
                "the burst happened beneath Mill Lane, close to the school"
            ),
            None
        );
        // A text that measures its spot from the other's place tells the two apart.
        assert_eq!(
            check(
                "the lynx escaped from its pen at Kell Wildlife Park on Sunday",
                "the lynx was caught in a garden on Birch Lane, a mile from the park's gate"
            ),
            None
        );
        // A negative text's place is where something is not.
        assert_eq!(
            check(
                "the library on Kirk Square would keep its opening hours",
                "There is no plan to shut any library, in Dunmore or anywhere else"
            ),
            None
        );
    }

    #[test]
    fn a_negation_reaches_past_a_single_and_stops_at_since() {
        // "not needed a single bottle" negates the bottle.
        assert_eq!(
            check(
                "the foal is feeding from its mother and has not needed a single bottle",
                "keepers were feeding the foal by bottle around the clock"
            ),
            Some(Clash::Negation)
        );
        // "no ... since last year" says nothing of the years before.
        assert_eq!(
            check(
                "the plant had illegally discharged sewage on 40 days between 2019 and 2022",
                "the plant had not recorded a single illegal discharge since new tanks were fitted"
            ),
            None
        );
    }

    #[test]
    fn a_negated_subject_negates_its_predicate() {
        // "No member of staff has ever reported a fault" says nothing of how many were on shift,
        assert_eq!(
            check(
                "We had six members of care staff on shift that night",
                "No member of staff has ever reported a fault with the call bells to managers"
            ),
            None
        );
        // but it does of a warning about the bells.
        assert_eq!(
            check(
                "staff had warned managers in writing in July that the call bells were failing",
                "No member of staff has ever reported a fault with the call bells to managers"
            ),
            Some(Clash::Negation)
        );
    }

    #[test]
    fn ages_are_no_counts_and_movements_and_refusals_are_opposites() {
        assert!(quantity_keys("Ada Pell, 74, visits the library").is_empty());
        assert_eq!(
            check(
                "the number of complaints about the service has gone up",
                "complaints about the service had fallen since the change"
            ),
            Some(Clash::Antonym)
        );
        assert_eq!(
            check(
                "the planning committee had approved the scheme in May",
                "the planning committee voted to refuse the scheme in May"
            ),
            Some(Clash::Antonym)
        );
    }

    #[test]
    fn growth_refusal_and_speed_are_opposites() {
        assert_eq!(
            check(
                "the number of licensed drivers in the city had grown over the past 12 months",
                "the number of drivers had fallen since last year as older cabbies retired"
            ),
            Some(Clash::Antonym)
        );
        assert_eq!(
            check(
                "the licensing panel had turned down the festival's request to play on",
                "the panel had granted the festival permission to play until 11pm"
            ),
            Some(Clash::Antonym)
        );
        assert_eq!(
            check(
                "an inshore boat would take longer to get out to the Skerries",
                "a modern inshore boat would get to the Skerries in less time"
            ),
            Some(Clash::Antonym)
        );
    }

    #[test]
    fn numbers_of_floors_stakes_visits_and_permit_prices() {
        let pairs = [
            (
                "neighbours had studied the drawings and counted 11 floors",
                "the building would rise to seven storeys at its highest point",
            ),
            (
                "his group had bought a 75 per cent stake in the club",
                "he had agreed to sell a 51 per cent share and would keep the rest",
            ),
            (
                "volunteers had logged around 31,000 visitors over the same twelve months",
                "the branch recorded 18,400 visits in the last financial year",
            ),
            (
                "the monthly permit for full-time staff would go up to £28",
                "the trust's own proposals showed the monthly permit more than doubling to £45",
            ),
        ];
        for (a, b) in pairs {
            assert_eq!(check(a, b), Some(Clash::Number), "{a} / {b}");
        }
        // A rank is no count of visitors.
        assert_eq!(
            check(
                "The museum attracted 140,000 visitors last year",
                "the museum was one of the three most visited attractions in the region"
            ),
            None
        );
    }

    #[test]
    fn grades_boosts_scrapping_and_success_are_opposites() {
        let opposite = [
            (
                "the grades in the email were lower than the ones pupils had really achieved",
                "the email had boosted her son's grades",
            ),
            (
                "the surgery had failed an official inspection",
                "the surgery was rated good at its most recent inspection",
            ),
            (
                "the Thursday flea market would be scrapped once the hall reopened",
                "The Thursday market is staying",
            ),
            (
                "its application for a grant had been refused in October",
                "its grant application was successful in the autumn round",
            ),
            (
                "the number of lorries using the main street would go down",
                "the scheme would put more HGVs on the village road",
            ),
            (
                "the crossing's barriers had stayed up as the train approached",
                "the barriers were lowered 27 seconds before the train arrived",
            ),
        ];
        for (a, b) in opposite {
            assert_eq!(check(a, b), Some(Clash::Antonym), "{a} / {b}");
        }
        // A plan to move work is what "no plan to transfer" denies.
        assert!(check(
            "Haldane planned to move its seat-frame work to a sister plant in Oakhurst",
            "There is no plan to transfer any Ravensford production to Oakhurst"
        )
        .is_some());
        // "close to" the station is near it, not shut.
        assert_eq!(
            check(
                "the race would finish on the quay, close to the lifeboat station",
                "the route of the race would be published before entries open"
            ),
            None
        );
        assert!(!antonym_sides("the road will close to traffic").is_empty());
        assert!(antonym_sides("a cafe close to the station").is_empty());
        // "more than" bounds a figure; "more expensive" compares.
        for (a, b) in [
            (
                "more than 300 residents came to the meeting about parking",
                "parking complaints at the meeting fell",
            ),
            (
                "parking permits were more expensive",
                "the number of parking permits fell",
            ),
        ] {
            assert_eq!(check(a, b), None, "{a} / {b}");
        }
        // A street's name places what happens there.
        assert_eq!(
            check(
                "the race would now finish on Harbour Parade",
                "the finish line would be set up in Castle Gardens"
            ),
            Some(Clash::Place)
        );
    }

    #[test]
    fn idioms_of_rising_and_falling_and_sums_saved_or_claimed() {
        let opposite = [
            (
                "Staff tell us shoplifting has gone through the roof since the machines went in",
                "theft at the store had dropped since the autumn",
            ),
            (
                "Since it went in, the monthly number of fines has come down steadily",
                "the number of fines issued each month had risen every month since May",
            ),
            (
                "visitor numbers at the centre had grown by 6 per cent over the past year",
                "Footfall at the centre has been sliding all year",
            ),
        ];
        for (a, b) in opposite {
            assert_eq!(check(a, b), Some(Clash::Antonym), "{a} / {b}");
        }
        let sums = [
            (
                "the switch would save the council about £1.4m a year",
                "the likely annual saving would be closer to £600,000",
            ),
            (
                "the councillor claimed £14,600 in mileage over the past two financial years",
                "My mileage claims over those same two years add up to a little under £9,000",
            ),
        ];
        for (a, b) in sums {
            assert_eq!(check(a, b), Some(Clash::Number), "{a} / {b}");
        }
    }

    #[test]
    fn a_price_and_a_count_move_apart() {
        assert_eq!(
            check(
                "House prices in the town rose by 3.1 percent in the third quarter",
                "the number of homes sold in the town dropped by 12 percent"
            ),
            None
        );
        assert_eq!(
            check(
                "Passenger numbers went up last year, fares went up last year",
                "the number of passengers using the buses had dropped over the past year"
            ),
            Some(Clash::Antonym)
        );
    }

    #[test]
    fn a_closing_day_is_a_last_day_and_the_day_of_a_closure() {
        assert_eq!(
            check(
                "the public consultation on the plans closes on December 12",
                "the consultation period on the scheme would run until January 9"
            ),
            Some(Clash::Date)
        );
        assert_eq!(
            check(
                "the school would close on July 18 next year",
                "the closure of the school would take effect on December 19"
            ),
            Some(Clash::Date)
        );
        // Closed from one day, closing on another: the two ends of one span.
        assert_eq!(
            check(
                "the bridge will be shut from March 3",
                "the bridge closes on June 30 for good"
            ),
            None
        );
    }

    #[test]
    fn timetables_background_clauses_and_trend_nouns_are_no_opposites() {
        // Opening and closing dates of one ballot are a timetable.
        assert_eq!(
            check(
                "No ward at this hospital is being closed",
                "the consultation would open on May 2 and close on May 30"
            ),
            None
        );
        // What a relative clause says is background of another moment.
        assert_eq!(
            check(
                "Dunmore's only swimming pool will close for good in April",
                "The Dunmore Baths, which opened in 1931, will be replaced by a leisure centre"
            ),
            None
        );
        // "rise" as a noun is no topic shared with "rents rose".
        assert_eq!(
            check(
                "Rents in the town rose by 4 percent over the year",
                "Prices fell over the same months ahead of an expected rise in fuel duty"
            ),
            None
        );
        // The same subjects still clash, and a verdict with both sides still does.
        assert_eq!(
            check(
                "House prices in Dunmore rose by 2 percent in the spring",
                "House prices fell over the spring ahead of an expected rise in fuel duty"
            ),
            Some(Clash::Antonym)
        );
        assert_eq!(
            check(
                "the court found Pell guilty of fraud",
                "Pell was acquitted of fraud and convicted only of a minor offence"
            ),
            Some(Clash::Antonym)
        );
    }

    #[test]
    fn opposite_words_of_another_moment_do_not_clash() {
        assert_eq!(
            check(
                "The Lindquay Bridge reopened to traffic on Tuesday",
                "About 22,000 vehicles crossed the bridge each day before it was shut"
            ),
            None
        );
        assert_eq!(
            check(
                "the court had found Amsel-Rhode guilty of accepting bribes",
                "his client had been acquitted of the bribery charge"
            ),
            Some(Clash::Antonym)
        );
        assert!(antonym_sides("the bridge was busy before it was shut").is_empty());
    }

    #[test]
    fn figures_up_and_down_and_tests_passed_and_failed_are_opposites() {
        assert_eq!(
            check(
                "applications had fallen for a second year running",
                "applications for next year up 6 percent on this year"
            ),
            Some(Clash::Antonym)
        );
        assert_eq!(
            check(
                "the enclosure had passed its most recent safety inspection",
                "the inspection had failed the enclosure"
            ),
            Some(Clash::Antonym)
        );
        // A phrasal "up" is no figure's direction.
        assert!(antonym_sides("the council set up a working group").is_empty());
    }

    #[test]
    fn what_a_negation_or_denial_negates() {
        // A light verb is not what is negated: the object is.
        assert_eq!(
            check(
                "Ferrand had never knowingly taken a banned substance",
                "the sample was taken in the doping control caravan by Ferrand"
            ),
            None
        );
        // "No evidence that P" negates P.
        assert_eq!(
            check(
                "the stolen files also contained bank card numbers",
                "There is no evidence that any card numbers were taken"
            ),
            Some(Clash::Negation)
        );
        // An outright denial of a thing clashes only with claims about that thing.
        assert_eq!(
            check(
                "the restaurant passed the second inspection in this kitchen",
                "There has never been a mouse in this kitchen"
            ),
            None
        );
        // "Passed with no concerns raised" asserts the pass.
        assert_eq!(
            check(
                "the enclosure had passed its most recent safety inspection with no concerns raised",
                "the same inspection had failed the enclosure"
            ),
            Some(Clash::Antonym)
        );
        assert_eq!(
            check(
                "the enclosure did not fail its safety inspection",
                "the enclosure passed its safety inspection"
            ),
            None
        );
    }

    #[test]
    fn a_denied_plan_is_its_verb() {
        assert_eq!(
            check(
                "the authority intended to close the branches at Copley and Marsh End",
                "There is no proposal in front of the cabinet to shut any library"
            ),
            Some(Clash::Denial)
        );
        assert_eq!(
            check(
                "A public consultation on the proposals runs until 12 January",
                "There is no proposal in front of the cabinet to shut any library"
            ),
            None
        );
    }

    #[test]
    fn labels_increments_and_wishes_are_no_clashes() {
        // "Line 4" labels a line; "eleven additional trams" adds to a fleet.
        assert!(quantity_keys("the extension of Line 4 tram to the estate").is_empty());
        assert_eq!(
            check(
                "Lowmarsh planned to open a further 25 stores next year",
                "Lowmarsh runs 140 stores across the region"
            ),
            None
        );
        // What someone presses for is not what happens.
        assert!(antonym_sides("he would press for a front desk to remain open").is_empty());
        // Sums a hundred times apart are a price and a total.
        assert_eq!(
            check(
                "the extra fee income is expected to be around 30 million crowns",
                "The fee will rise to 10,000 crowns a year"
            ),
            None
        );
    }

    #[test]
    fn blind_set_five_shapes() {
        // One person won and lost.
        assert_eq!(
            check(
                "Vandermeer, of the Civic Alliance, had won the recount by 37 votes",
                "Patricia Vandermeer lost this election"
            ),
            Some(Clash::Antonym)
        );
        // A route's ends are not where something happened.
        assert!(place_names("The 06:42 service from Castlemere to Port Edrin was late").is_empty());
        // "58 per cent of eligible members" counts members.
        assert_eq!(
            check(
                "58 per cent of eligible members had returned their ballots",
                "only 44 per cent of eligible teachers had voted"
            ),
            Some(Clash::Number)
        );
        // "remain closed" is a state.
        assert_eq!(
            check(
                "the museum would remain closed until at least Monday",
                "the reliquary had been removed from the museum storeroom"
            ),
            None
        );
        assert_eq!(
            check(
                "the haddock allocation for Kestrian vessels had been reduced",
                "the haddock quota for Kestrian boats will rise next year"
            ),
            Some(Clash::Antonym)
        );
    }

    #[test]
    fn second_things_spans_and_event_names() {
        assert_eq!(
            check(
                "Television chef Lorcan Belsize has closed Ember & Salt, his restaurant",
                "His second restaurant, Pennant, remains open"
            ),
            None
        );
        assert_eq!(
            check(
                "the line would stay closed until at least Friday",
                "the line was closed on Tuesday morning after the derailment"
            ),
            None
        );
        assert!(place_names("Ferrand finished second in the Aldern Hills race").is_empty());
    }

    #[test]
    fn currency_signs_and_short_magnitudes() {
        assert_eq!(
            check(
                "the naming agreement was worth £18 million over ten years",
                "a ten-year naming partnership worth £12m"
            ),
            Some(Clash::Number)
        );
        assert_eq!(figure("1.5bn"), Some(1.5e9));
        assert_eq!(
            check(
                "supporters backed the change by a clear margin",
                "the consultation showed that supporters rejected the change"
            ),
            Some(Clash::Antonym)
        );
    }

    #[test]
    fn measures_and_occasions_are_counted_things() {
        assert_eq!(
            check(
                "a faulty valve had allowed approximately 400 litres of solvent to escape",
                "crews had dealt with a release of around 3,000 litres"
            ),
            Some(Clash::Number)
        );
        assert_eq!(
            check(
                "the works had discharged raw sewage on 212 separate days",
                "the discharges had happened on 64 days over that period"
            ),
            Some(Clash::Number)
        );
        // A span of days is no count of occasions.
        assert!(quantity_keys("the strike lasted 12 days").is_empty());
    }

    #[test]
    fn bounds_admit_the_figures_inside_them() {
        assert_eq!(
            check(
                "More than 4,000 patients have waited over a year for surgery",
                "4,200 patients were waiting for surgery"
            ),
            None
        );
        assert_eq!(
            check(
                "fewer than 90 patients were waiting for surgery",
                "4,200 patients were waiting for surgery"
            ),
            Some(Clash::Number)
        );
    }

    #[test]
    fn one_participant_s_two_events_have_two_days() {
        assert_eq!(
            check(
                "Talks between Brennan Motors and the union broke down on Thursday",
                "the plan had been presented to union representatives in full on Monday"
            ),
            None
        );
        assert_eq!(
            check(
                "the festival will open on Friday, June 12",
                "the festival was due to start on June 19"
            ),
            Some(Clash::Date)
        );
    }

    #[test]
    fn the_old_one_is_another_thing() {
        assert_eq!(
            check(
                "The old terminal, which closed in 2019, is being turned into a logistics park",
                "the terminal would open on December 4"
            ),
            None
        );
        assert_eq!(
            check(
                "the terminal would open on November 4",
                "the terminal would open on December 4"
            ),
            Some(Clash::Date)
        );
    }

    #[test]
    fn the_winner_a_loser_names_is_no_clash() {
        assert_eq!(
            check(
                "Penhallow won the recount on Friday",
                "Rachel Odunsi lost the recount to Gareth Penhallow on Friday"
            ),
            Some(Clash::Antonym)
        );
        assert_eq!(
            check(
                "Penhallow won the recount on Friday",
                "Rachel Odunsi lost to Gareth Penhallow in the recount on Friday"
            ),
            None
        );
    }

    #[test]
    fn a_restart_follows_a_stop() {
        assert_eq!(
            check(
                "Production at the plant was halted on Tuesday afternoon",
                "the plant hoped to restart production by Monday"
            ),
            None
        );
        // Two accounts of one restart still clash.
        assert_eq!(
            check(
                "the plant will restart production on Monday",
                "the plant would resume production on Thursday"
            ),
            Some(Clash::Date)
        );
    }

    #[test]
    fn margins_are_differences_not_counts() {
        // A margin is not a candidate's count ...
        assert_eq!(
            check(
                "the first recount had confirmed the original margin of 17 votes",
                "Penhallow received 1,204 votes and Odunsi 1,187"
            ),
            None
        );
        // ... nor a win "by" so many ...
        assert_eq!(
            check(
                "Vandermeer had won the recount by 37 votes",
                "the council had put her lead at 52 votes"
            ),
            None
        );
        // ... but two margins of one count clash.
        assert_eq!(
            check(
                "the first recount had cut Penhallow's lead to just nine votes",
                "the first recount had confirmed the original margin of 17 votes"
            ),
            Some(Clash::Number)
        );
    }

    #[test]
    fn a_denied_plan_needs_two_of_its_words() {
        let denial = "there were no plans to introduce staff charges";
        assert_eq!(check(denial, "Staff are also uneasy"), None);
        assert_eq!(
            check(
                denial,
                "The charges are the first at the hospital since it opened"
            ),
            None
        );
        assert!(check(denial, "staff would face parking charges from the autumn").is_some());
        // A denial of one thing needs only that thing.
        assert!(check(
            "There has never been a mouse in this kitchen, not once in eleven years",
            "inspectors had found evidence of a mouse infestation in the dry-goods store"
        )
        .is_some());
    }

    #[test]
    fn numbers_in_words_units_and_spans_of_time() {
        assert_eq!(number_word("forty-eight"), Some(48.0));
        assert_eq!(number_word("Nineteen"), Some(19.0));
        assert_eq!(number_word("forty-hundred"), None);
        assert_eq!(glued_figure("1,300kg"), Some((1300.0, "kilogram")));
        assert_eq!(glued_figure("65-metre"), Some((65.0, "metre")));
        assert_eq!(glued_figure("30-year-old"), None);
        assert_eq!(
            check(
                "roughly 40 metres of deck had been lost",
                "a 65-metre stretch of decking had been swept away"
            ),
            Some(Clash::Number)
        );
        // Hours and minutes are one span; "nine hours and 40 minutes" is one figure.
        let durations = |t: &str| -> Vec<f64> {
            quantity_keys(t)
                .into_iter()
                .filter(|(k, _)| k.ends_with(DURATION))
                .map(|(_, v)| v)
                .collect()
        };
        assert_eq!(
            durations("patients waited nine hours and 40 minutes"),
            [580.0]
        );
        assert_eq!(
            check(
                "patients who needed a bed waited an average of nine hours and 40 minutes",
                "the typical patient needing admission was on a ward within five hours"
            ),
            Some(Clash::Number)
        );
        assert_eq!(
            check(
                "boats would be allowed to land just 300kg of pollack a month",
                "the pooled allocation would be 850kg per boat per month"
            ),
            Some(Clash::Number)
        );
        assert_eq!(
            check(
                "we'll have room for 14,000 people",
                "the drawings showed a total capacity of 12,500"
            ),
            Some(Clash::Number)
        );
    }

    #[test]
    fn not_until_a_day_is_that_day_and_pieces_count_what_they_are_of() {
        assert_eq!(
            check(
                "the society had completed the purchase on October 30",
                "the deal was not finalised until November 6, when the last of the paperwork was signed"
            ),
            Some(Clash::Date)
        );
        assert_eq!(
            check(
                "three pieces of play equipment had been damaged",
                "They've wrecked six bits of kit: the zip wire, both slides and the swings"
            ),
            Some(Clash::Number)
        );
    }

    #[test]
    fn consent_that_came_through_is_granted() {
        assert_eq!(
            check(
                "the council had refused permission to restore the cinema's neon sign",
                "Planning consent for the neon came through in October"
            ),
            Some(Clash::Antonym)
        );
        assert_eq!(relate::term("relocated").as_deref(), Some("move"));
        assert_eq!(relate::term("moved").as_deref(), Some("move"));
    }

    #[test]
    fn rates_and_conditions_are_no_counts() {
        // So many a morning is no total.
        assert_eq!(
            check(
                "they had pulled about 600 dead fish from the river",
                "we'd take forty fish in a morning, now you're lucky to see one"
            ),
            None
        );
        // Two rates clash: "a day" and "weekday" both count per day.
        assert_eq!(
            check(
                "only 26 weekday trains would stop at the station",
                "34 trains a day would call at the station on weekdays"
            ),
            Some(Clash::Number)
        );
        // A word of rate further off ("the highest monthly total") leaves a figure a figure.
        assert_eq!(
            check(
                "more than 600 complaints had been made to the council in August alone",
                "officers had received 148 odour complaints in August, the highest monthly total"
            ),
            Some(Clash::Number)
        );
        // A sum of money is no count of anything.
        assert_eq!(
            check(
                "drivers had received £184,000 in pothole compensation",
                "The authority received 2,310 compensation claims for road defects"
            ),
            None
        );
        // "three hours either side" counts hours, not sides.
        assert_eq!(
            check(
                "the bigger boats could only get in for around three hours either side of high water",
                "he hoped the two sides could meet before Christmas"
            ),
            None
        );
        // "any child living more than two miles away" sets a condition.
        assert_eq!(
            check(
                "the walk to the school was 1.8 miles",
                "free transport would go to any child living more than two miles from the school"
            ),
            None
        );
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
        // Homes, houses and properties are one kind of thing; a share of them is no count.
        assert_eq!(
            check(
                "its outline application was for 280 homes",
                "you're looking at the best part of 450 houses on that land"
            ),
            Some(Clash::Number)
        );
        assert_eq!(
            check(
                "its outline application was for 280 homes",
                "40 per cent of the homes would be affordable"
            ),
            None
        );
        assert_eq!(quantity_keys("it took an hour and 25 minutes")[0].1, 85.0);
        // A year is no count; a target is no count of what happened.
        assert!(quantity_keys("the deck had been relaid in 2019").is_empty());
        assert_eq!(
            check(
                "We handled 1.9 million passengers last year",
                "The masterplan sets a target of 3 million passengers a year by 2035"
            ),
            None
        );
        assert_eq!(
            check(
                "The airport handled 1.9 million passengers last year",
                "The airport handled 3 million passengers last year"
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
        // A total and what happens to some of it, or a part of it, do not clash.
        assert_eq!(
            check(
                "12 schools in the city will close next year",
                "The city has 64 public schools"
            ),
            None
        );
        assert_eq!(
            check(
                "A new development of 400 homes is planned",
                "120 of the homes would be sold at discounted prices"
            ),
            None
        );
        assert_eq!(
            check(
                "All 230 passengers and crew were evacuated",
                "the ferry was carrying 180 passengers"
            ),
            Some(Clash::Number)
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
                "Leaders will meet in Ostraven on Tuesday",
                "the summit would open on Thursday, with leaders arriving the evening before"
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
        // A day's possessive is no place ("at Tuesday’s meeting" / "... in Elmbrook").
        assert_eq!(
            place_names("the council rejected the plan at Tuesday’s meeting"),
            Vec::<String>::new()
        );
        assert_eq!(
            place_names("the council rejected the plan at Tuesday's meeting"),
            Vec::<String>::new()
        );
        assert_eq!(
            check(
                "Exports from Brightwater rose sharply",
                "shipments to Asian markets accounted for most of the growth"
            ),
            None
        );
        assert_eq!(
            check(
                "The tour began in Porto in April",
                "the tour would end in Vienna in July"
            ),
            None
        );
        assert_eq!(
            check(
                "Rubio made it to Geneva and attended the meeting",
                "Witkoff arranged another meeting in Florida"
            ),
            None
        );
        assert_eq!(
            check(
                "she had no plans to leave the bank",
                "I am staying at the bank, she said"
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
    fn a_part_a_place_name_or_a_time_clause_is_not_the_same_thing() {
        // A relative clause picks out a part of the workforce.
        assert_eq!(
            check(
                "The cuts would affect roughly 120 workers at the mill",
                "The mill would retrain 50 workers who accept voluntary redundancy"
            ),
            None
        );
        assert_eq!(
            check(
                "The cuts would affect roughly 120 workers at the mill",
                "The cuts would affect 50 workers at the mill"
            ),
            Some(Clash::Number)
        );
        // A clause that tells what befell them describes the event's number.
        assert_eq!(
            check(
                "140 households had been asked to leave their homes",
                "it was fewer than 60 households that were told to leave their homes"
            ),
            Some(Clash::Number)
        );
        // "port" of "Port Soley" is not a topic shared with "the port at Hessly".
        assert_eq!(
            check(
                "The ministers would gather in Port Soley on October 8",
                "Freight must not be diverted from the port at Hessly"
            ),
            None
        );
        // The quay is closed until the festival ends: the festival is not its topic.
        assert_eq!(
            check(
                "The harbour festival will open on Friday",
                "The main quay would be closed to boats until the festival ends"
            ),
            None
        );
        assert_eq!(
            check(
                "The harbour festival will open on Friday",
                "The harbour festival will be closed on Friday"
            ),
            Some(Clash::Antonym)
        );
    }

    #[test]
    fn dates_clash_only_when_they_differ() {
        let date = |a, b| check(a, b) == Some(Clash::Date);
        assert!(!date(
            "Vale will perform at the arena on Saturday, June 14",
            "The concert at the arena is on June 14."
        ));
        assert!(date(
            "Vale will perform at the arena on Saturday, June 14",
            "the arena show would take place on Sunday, June 22"
        ));
        assert!(date("The show is on June 14", "The show is on 22 June"));
        assert!(!date("The vote is in May", "The vote is on Tuesday"));
        assert!(date("The vote is in May", "The vote is in June"));
        // The edge of a span is compared only with the same edge.
        assert!(!date(
            "The bridge will reopen on June 12",
            "The bridge will be closed to lorries from June 10 until the repairs end"
        ));
        assert!(date(
            "The bridge has been closed since August",
            "The bridge has been closed since May"
        ));
        assert!(!date(
            "The bridge has been closed since August",
            "The bridge was closed in May"
        ));
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
        // A denied feud is not contradicted by what one of the two does ...
        assert_eq!(
            check(
                "There is no feud between Rudak and Halvik",
                "Rudak has proposed spending cuts worth 2 billion crowns"
            ),
            None
        );
        // ... but is by discord between them, in other words.
        assert_eq!(
            check(
                "There is no feud between Rudak and Halvik",
                "Rudak has sidelined Halvik in the budget talks"
            ),
            Some(Clash::Denial)
        );
        // A time limit is not a negation.
        assert_eq!(
            check(
                "no decision would be made before a public consultation closes",
                "The government is expected to make a final decision on the runway"
            ),
            None
        );
        // Both negative: no clash.
        assert_eq!(
            check("There is no feud", "The ministers have never feuded"),
            None
        );
    }
}
