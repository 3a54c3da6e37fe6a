//! Cheap relatedness between claims: weighted overlap of content words and names.
//!
//! Small NLI models trained on SNLI call unrelated sentences contradictions, so two claims must be
//! about the same thing before NLI may judge them. This module decides "about the same thing"
//! without a model: content words (stop words and reporting verbs removed, light stemming, a few
//! news synonyms folded together) weighted by inverse document frequency over the run's claims.

use std::collections::{BTreeSet, HashMap, HashSet};

/// Words that carry no topic: function words, reporting verbs, vague nouns.
const STOP: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "around",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "even",
    "ever",
    "every",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "last",
    "least",
    "roughly",
    "less",
    "like",
    "made",
    "make",
    "many",
    "may",
    "me",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "never",
    "new",
    "next",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "out",
    "over",
    "own",
    "per",
    "percent",
    "same",
    "she",
    "should",
    "since",
    "so",
    "some",
    "still",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yet",
    "you",
    "your",
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tell",
    "tells",
    "according",
    "added",
    "stated",
    "statement",
    "claimed",
    "claims",
    "claim",
    "insisted",
    "denied",
    "deny",
    "denies",
    "reported",
    "reports",
    "report",
    "noted",
    "argued",
    "believe",
    "believes",
    "think",
    "thinks",
    "thought",
    "seem",
    "seems",
    "seemed",
    "clear",
    "really",
    "actually",
    "indeed",
    "mr",
    "mrs",
    "ms",
    "dr",
    "year",
    "years",
    "week",
    "weeks",
    "day",
    "days",
    "time",
    "times",
    "way",
    "thing",
    "things",
    "people",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "first",
    "second",
    "well",
    "get",
    "got",
    "going",
    "go",
    "went",
    "come",
    "came",
    "take",
    "took",
    "put",
    "set",
    "already",
    "though",
    "although",
    "whose",
    "cannot",
    "won",
    "isn",
    "aren",
    "wasn",
    "weren",
    "don",
    "doesn",
    "didn",
    "hasn",
    "haven",
    "hadn",
    "shouldn",
    "wouldn",
    "couldn",
    "officials",
    "official",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "source",
    "sources",
    "senior",
];

/// Days of the week, lower case.
pub const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Months, lower case.
pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Whether a lower-case word names a day or a month.
pub fn is_calendar_word(word: &str) -> bool {
    WEEKDAYS.contains(&word) || MONTHS.contains(&word)
}

/// Subjects that point back to people or things named in the sentence before.
const ANAPHORA: &[&str] = &[
    "he",
    "she",
    "they",
    "it",
    "both",
    "the two",
    "the pair",
    "the men",
    "the women",
];

/// Synonyms folded to one term, so "500 jobs" and "50 positions" are about the same thing.
const SYNONYMS: &[(&str, &str)] = &[
    ("position", "job"),
    ("post", "job"),
    ("role", "job"),
    ("worker", "job"),
    ("employee", "job"),
    ("staff", "job"),
    ("layoff", "cut"),
    ("redundancy", "cut"),
    ("slash", "cut"),
    ("axe", "cut"),
    ("eliminate", "cut"),
    ("affected", "cut"),
    ("affect", "cut"),
    ("increase", "rise"),
    ("grow", "rise"),
    ("growth", "rise"),
    ("rose", "rise"),
    ("climb", "rise"),
    ("jump", "rise"),
    ("fell", "fall"),
    ("drop", "fall"),
    ("decline", "fall"),
    ("decrease", "fall"),
    ("plunge", "fall"),
    ("talk", "negotiation"),
    ("negotiate", "negotiation"),
    ("deal", "agreement"),
    ("accord", "agreement"),
    ("pact", "agreement"),
    ("framework", "agreement"),
    ("resign", "office"),
    ("resignation", "office"),
    ("quit", "office"),
    ("step", "office"),
    ("stay", "office"),
    ("staying", "office"),
    ("remain", "office"),
    ("leave", "office"),
    ("retire", "office"),
    ("retirement", "office"),
    ("retir", "office"),
    ("remove", "office"),
    ("replace", "office"),
    ("oust", "office"),
    ("sack", "office"),
    ("sell", "sale"),
    ("sold", "sale"),
    ("close", "closure"),
    ("shut", "closure"),
    ("die", "death"),
    ("dead", "death"),
    ("died", "death"),
    ("kill", "death"),
    ("killed", "death"),
    ("clash", "rift"),
    ("clashing", "rift"),
    ("feud", "rift"),
    ("split", "rift"),
    ("dispute", "rift"),
    ("tension", "rift"),
    ("disagreement", "rift"),
    ("friend", "relationship"),
    ("cooperation", "relationship"),
    ("aligned", "relationship"),
    ("sideline", "cut"),
    ("excluded", "cut"),
    ("exclude", "cut"),
    ("bypass", "cut"),
    ("profit", "earning"),
    ("elect", "election"),
    ("poll", "election"),
    ("ballot", "election"),
    ("fund", "money"),
    ("coin", "money"),
    ("cash", "money"),
    ("visitor", "attendance"),
    ("visits", "attendance"),
    ("footfall", "attendance"),
    ("storey", "floor"),
    ("stake", "share"),
    ("borrow", "loan"),
    ("lend", "loan"),
    ("heard", "hear"),
    ("shoplifting", "theft"),
    ("bill", "cost"),
    ("household", "home"),
    ("departure", "depart"),
    ("bribery", "bribe"),
    ("revenue", "earning"),
    ("begin", "start"),
    ("began", "start"),
    ("begun", "start"),
    ("commence", "start"),
    ("cancell", "cancel"),
    ("lose", "cut"),
    ("teacher", "teach"),
    ("thief", "theft"),
    ("thieve", "theft"),
    ("hgv", "lorry"),
    ("measurer", "measur"),
    ("aboard", "board"),
    ("transfer", "move"),
    ("relocate", "move"),
    ("assurance", "promise"),
    ("assure", "promise"),
    ("pledge", "promise"),
    ("vow", "promise"),
    ("undertaking", "promise"),
    ("reduction", "cut"),
    ("reduce", "cut"),
    ("consent", "permission"),
    ("kit", "equipment"),
    ("screen", "show"),
    ("relocat", "move"),
    ("moved", "move"),
    ("sited", "site"),
    ("finalis", "complete"),
    ("finaliz", "complete"),
    ("finalise", "complete"),
    ("complet", "complete"),
];

/// Normalises a word to a term, or `None` for a stop word.
pub fn term(word: &str) -> Option<String> {
    let w = word
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
        .replace('’', "'");
    let w = w.strip_suffix("'s").unwrap_or(&w).to_string();
    if w.len() < 3
        || w.chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return None;
    }
    if STOP.contains(&w.as_str()) {
        return None;
    }
    let stem = stem(&w);
    let folded = SYNONYMS
        .iter()
        .find(|(from, _)| *from == stem || *from == w)
        .map(|(_, to)| to.to_string())
        .unwrap_or(stem);
    Some(folded)
}

/// A light English stemmer: plural -s/-es/-ies, -ed, -ing. Good enough to match "talks"/"talk".
/// "cutt" (from "cutting") -> "cut", "plann" -> "plan"; "fall", "miss" keep their double letter.
fn undouble(s: &str) -> String {
    let b = s.as_bytes();
    let n = b.len();
    if n >= 3 && b[n - 1] == b[n - 2] && b"bdgmnprt".contains(&b[n - 1]) {
        s[..n - 1].to_string()
    } else {
        s.to_string()
    }
}

/// The base of an -ed/-ing form: a doubled consonant undone ("cutt" -> "cut"), or the silent "e"
/// the suffix took put back where English spells one ("discharg" -> "discharge", "clos" ->
/// "close", "remov" -> "remove"), so "discharged" and "discharges" meet.
fn restore_e(s: &str) -> String {
    let undoubled = undouble(s);
    if undoubled.len() < s.len() {
        return undoubled;
    }
    let b = s.as_bytes();
    let (last, before) = match b {
        [.., x, y] => (*y, *x),
        _ => return s.to_string(),
    };
    let needs_e = match last {
        b'c' | b'v' | b'z' => true,
        b'g' => matches!(before, b'r' | b'd' | b'a'),
        b's' => matches!(before, b'a' | b'i' | b'o'),
        _ => false,
    };
    if needs_e {
        format!("{s}e")
    } else {
        s.to_string()
    }
}

fn stem(w: &str) -> String {
    let n = w.chars().count();
    if n > 4 {
        if let Some(s) = w.strip_suffix("ies") {
            return format!("{s}y");
        }
        if let Some(s) = w.strip_suffix("ing") {
            return restore_e(s);
        }
        if let Some(s) = w.strip_suffix("ed") {
            if n > 5 {
                return restore_e(s);
            }
        }
    }
    if n > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        let single = &w[..w.len() - 1];
        // "savings" -> "save", "meetings" -> "meet": a plural of an -ing noun; "objections" ->
        // "object", as "objection" is.
        return if single.ends_with("ing") || single.ends_with("ion") {
            stem(single)
        } else {
            single.to_string()
        };
    }
    verb_of_noun(w).unwrap_or_else(|| w.to_string())
}

/// The verb an -ion noun is made from, where cutting the suffix leaves it whole: "instruction" ->
/// "instruct", "inspection" -> "inspect", "recommendation" -> "recommend", "consultation" ->
/// "consult", "confirmation" -> "confirm".
fn verb_of_noun(w: &str) -> Option<String> {
    if w.chars().count() <= 7 {
        return None;
    }
    let ends = |s: &str, endings: &[&str]| endings.iter().any(|e| s.ends_with(e));
    w.strip_suffix("ion")
        .filter(|s| ends(s, &["ct", "pt"]))
        .or_else(|| {
            w.strip_suffix("ation")
                .filter(|s| s.len() >= 6 && ends(s, &["mend", "sult", "firm"]))
        })
        .map(str::to_string)
}

/// The topic terms of a text.
pub fn terms(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
        .flat_map(|w| w.split('-'))
        .filter_map(term)
        .collect()
}

/// Whether a text's subject leans on the sentence before it ("There is no rift between the two",
/// "They seem to ...", "He said ...").
pub fn is_anaphoric(text: &str) -> bool {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let head = words.iter().take(3).copied().collect::<Vec<_>>().join(" ");
    let has_phrase = |p: &str| {
        words
            .windows(p.split(' ').count())
            .any(|w| w.join(" ") == p)
    };
    ANAPHORA.iter().any(|a| {
        if a.contains(' ') {
            has_phrase(a)
        } else {
            head.split(' ').any(|w| w == *a)
        }
    })
}

/// Words a document uses in lower case somewhere: a capitalised sentence-initial word that is
/// not among them ("Rubio said ...") is a name, one that is ("Last month ...") is not.
#[derive(Debug, Clone, Default)]
pub struct LowerWords(HashSet<String>);

impl LowerWords {
    /// Collects the lower-case words of a document.
    pub fn of(text: &str) -> Self {
        LowerWords(
            text.split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
                .map(str::to_string)
                .collect(),
        )
    }

    fn contains_lowered(&self, word: &str) -> bool {
        self.0.contains(&word.to_lowercase())
    }
}

/// Terms of the names in a text: capitalised words; a sentence's first word only when the
/// document never writes it in lower case.
pub fn name_terms(text: &str, lower: &LowerWords) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut sentence_start = true;
    for w in text.split_whitespace() {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        let starts_upper = bare.chars().next().is_some_and(char::is_uppercase);
        if starts_upper && !(sentence_start && lower.contains_lowered(bare)) {
            out.extend(w.split('-').filter_map(term));
        }
        sentence_start = w.ends_with(['.', '!', '?']);
    }
    out
}

/// Whether a text says something is not so: a negation word, an n't contraction or a denial
/// verb ("There is no rift", "He denied it", "We won't close").
pub fn is_negative(text: &str) -> bool {
    let ws: Vec<String> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect();
    // "whether or not damp had been found": both ways, no denial.
    let either_way = |i: usize| i >= 1 && ws[i] == "not" && ws[i - 1] == "or";
    ws.iter()
        .enumerate()
        .any(|(i, w)| (NEGATIONS.contains(&w.as_str()) || w.ends_with("n't")) && !either_way(i))
}

const NEGATIONS: &[&str] = &[
    "no", "not", "never", "nothing", "none", "nobody", "neither", "nor", "deny", "denied",
    "denies", "untrue", "false",
];

/// Inverse document frequencies over a set of term sets, and cosine-style similarity under them.
#[derive(Debug, Clone, Default)]
pub struct Relatedness {
    idf: HashMap<String, f32>,
    norms: Vec<f32>,
}

impl Relatedness {
    /// Learns term weights from the claims' term sets.
    pub fn new(sets: &[BTreeSet<String>]) -> Self {
        let mut df: HashMap<String, usize> = HashMap::new();
        for s in sets {
            for t in s {
                *df.entry(t.clone()).or_default() += 1;
            }
        }
        let n = sets.len().max(1) as f32;
        let idf: HashMap<String, f32> = df
            .into_iter()
            .map(|(t, d)| (t, ((1.0 + n) / (1.0 + d as f32)).ln() + 1.0))
            .collect();
        let norms = sets
            .iter()
            .map(|s| s.iter().map(|t| idf[t].powi(2)).sum::<f32>().sqrt())
            .collect();
        Relatedness { idf, norms }
    }

    /// Weighted overlap of sets `i` and `j` in 0..=1 (cosine of binary IDF vectors).
    pub fn similarity(&self, sets: &[BTreeSet<String>], i: usize, j: usize) -> f32 {
        let denom = self.norms[i] * self.norms[j];
        if denom == 0.0 {
            return 0.0;
        }
        let shared: f32 = sets[i]
            .intersection(&sets[j])
            .map(|t| self.idf[t].powi(2))
            .sum();
        shared / denom
    }

    /// Similarity of an outside text's terms to set `i` (for targets).
    pub fn similarity_to(
        &self,
        sets: &[BTreeSet<String>],
        i: usize,
        other: &BTreeSet<String>,
    ) -> f32 {
        let weight = |t: &String| self.idf.get(t).copied().unwrap_or(1.0).powi(2);
        let norm_other: f32 = other.iter().map(weight).sum::<f32>().sqrt();
        let denom = self.norms[i] * norm_other;
        if denom == 0.0 {
            return 0.0;
        }
        sets[i].intersection(other).map(weight).sum::<f32>() / denom
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_ing_nouns_and_ction_nouns_meet_their_verbs() {
        assert_eq!(term("savings"), term("save"));
        assert_eq!(term("meetings"), term("meeting"));
        assert_eq!(term("instruction"), term("instructed"));
        assert_eq!(term("inspection"), term("inspect"));
        // Short words and other "-ion" words keep their form.
        assert_eq!(term("action").as_deref(), Some("action"));
        assert_eq!(term("station").as_deref(), Some("station"));
    }

    #[test]
    fn terms_drop_stop_words_and_fold_synonyms() {
        let a = terms("The union said 500 jobs will be cut.");
        let b = terms("Only 50 positions will be affected.");
        assert!(a.contains("job") && a.contains("union"));
        assert!(b.contains("job"), "{b:?}");
        assert!(!a.contains("said") && !a.contains("the") && !a.contains("500"));
    }

    #[test]
    fn stemming_matches_inflections() {
        assert_eq!(term("talks"), term("talk"));
        assert_eq!(term("Witkoff's"), Some("witkoff".into()));
        assert_eq!(term("negotiations"), term("negotiation"));
        assert_eq!(term("cutting"), term("cut"));
        assert_eq!(term("planned"), term("plan"));
        assert_eq!(term("falling"), term("fall"));
        assert_eq!(term("discharged"), term("discharges"));
        assert_eq!(term("closing"), term("close"));
        assert_eq!(term("removed"), term("remove"));
        assert_eq!(term("bagged"), term("bag"));
        // A plural -ion noun meets its singular; a verb meets its -ion noun.
        assert_eq!(term("objections"), term("objection"));
        assert_eq!(term("recommendation"), term("recommended"));
        assert_eq!(term("consultation"), term("consult"));
        assert_eq!(term("station"), Some("station".into()));
        assert_eq!(term("heard"), term("hearing"));
    }

    #[test]
    fn news_synonyms_fold() {
        assert_eq!(term("visits"), term("visitors"));
        assert_ne!(
            term("visited"),
            term("visitors"),
            "a verb is no count of visits"
        );
        assert_eq!(term("storeys"), term("floors"));
        assert_eq!(term("teachers"), term("teaching"));
        assert_eq!(term("thieves"), term("theft"));
        assert_eq!(term("HGVs"), term("lorries"));
        assert_eq!(term("measurer"), term("measured"));
        assert_eq!(term("aboard"), term("boarded"));
        assert_eq!(term("transfer"), term("move"));
        assert_eq!(term("stake"), term("share"));
        assert_eq!(term("borrowing"), term("loans"));
    }

    #[test]
    fn anaphora() {
        assert!(is_anaphoric("There is no rift between the two"));
        assert!(is_anaphoric(
            "They seem to be singing off a different sheet"
        ));
        assert!(!is_anaphoric("Rubio has been cut out of the talks"));
    }

    #[test]
    fn names_include_sentence_initial_names_but_not_common_words() {
        let doc =
            "Rubio favours pressure on Russia. Last month the talks stalled. It was the last time.";
        let lower = LowerWords::of(doc);
        let names = name_terms(doc, &lower);
        assert!(
            names.contains("rubio") && names.contains("russia"),
            "{names:?}"
        );
        assert!(
            !names.contains("last") && !names.contains("month"),
            "{names:?}"
        );
    }

    #[test]
    fn negatives() {
        assert!(is_negative("There is no rift between the two"));
        assert!(is_negative("We won’t close the plant"));
        assert!(is_negative("Pigott denied the report"));
        assert!(!is_negative("Rubio has been cut out of this"));
        assert!(!is_negative("Notably, the talks went on"));
        assert!(!is_negative(
            "fans would be fitted in all 96 flats, whether or not damp had been found"
        ));
        assert!(is_negative(
            "whether or not it rains, the match will not go ahead"
        ));
    }

    #[test]
    fn similarity_is_higher_for_shared_rare_terms() {
        let sets = vec![
            terms("Rubio was cut out of the Geneva talks."),
            terms("Rubio attended the Geneva talks."),
            terms("The weather in Paris was sunny."),
        ];
        let r = Relatedness::new(&sets);
        assert!(r.similarity(&sets, 0, 1) > 0.3);
        assert_eq!(r.similarity(&sets, 0, 2), 0.0);
        assert!((r.similarity(&sets, 0, 0) - 1.0).abs() < 1e-5);
    }
}
