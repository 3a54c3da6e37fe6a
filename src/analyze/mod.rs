//! `analyze`: claims → candidate pairs → NLI both ways → contradictions → disputes → stance.

mod candidates;
pub mod clash;
mod disputes;

use std::collections::{BTreeSet, HashMap};
use std::time::Instant;

use crate::claims::{self, Claim, SpeakerKind};
use crate::error::{Error, Result};
use crate::nli::{Pair, Probs, Scorer};
use crate::relate::{self, Relatedness};
use crate::report::{
    ClaimRef, ClaimReport, Contradiction, DocumentReport, Generator, Report, Settings, Stance,
    StanceLabel, Stats, Target, TargetOrigin, Timing, SCHEMA,
};

pub use candidates::{candidates, Candidate, CandidateRule, Unit};
pub use clash::{clash, Clash};
pub use disputes::{group, to_disputes, Edge, Grouped};

/// A document to analyse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Stable id.
    pub id: String,
    /// Where it came from (a path), when known.
    pub source: Option<String>,
    /// The text.
    pub text: String,
}

/// Decision rules and candidate rule for an analysis.
#[derive(Debug, Clone, PartialEq)]
pub struct AnalyzeOptions {
    /// User targets; empty means "use the disputes' propositions".
    pub targets: Vec<String>,
    /// P(entailment) at or above which a claim favours a target.
    pub favor_threshold: f32,
    /// P(contradiction) at or above which a claim is against a target.
    pub against_threshold: f32,
    /// Mean contradiction probability of both directions at or above which a pair is reported.
    pub contradiction_threshold: f32,
    /// Partners kept per claim by the candidate rule.
    pub neighbours: usize,
    /// Minimum relatedness of two claims for NLI to judge the pair at all.
    pub min_relatedness: f32,
    /// Minimum relatedness of a claim to a target for NLI to judge its stance (else `none`).
    pub stance_min_relatedness: f32,
    /// Extra partners per denial among other speakers' claims about the same names (0: off).
    pub denial_partners: usize,
    /// Also pair the narrator's own sentences (no speaker) of one document with each other (off:
    /// an article's own voice is taken to be consistent; disputes are between its sources).
    pub narrator_pairs: bool,
    /// Report a pair only when it also clashes on the surface (numbers, dates, places, opposite
    /// words, negation); pairs without a clash are not even sent to NLI.
    pub require_clash: bool,
    /// Look for contradictions (needs a 3-way model).
    pub contradictions: bool,
    /// Also pair claims of different documents (off: each document on its own, as `batch` does
    /// before its cross-document pass).
    pub cross_document: bool,
    /// Record wall-clock timings in the report (makes it differ run to run).
    pub timing: bool,
    /// Refuse runs with more claims than this (a 50 MB "article" would mean hours of NLI).
    pub max_claims: usize,
}

impl Default for AnalyzeOptions {
    fn default() -> Self {
        AnalyzeOptions {
            targets: Vec::new(),
            favor_threshold: 0.5,
            against_threshold: 0.5,
            contradiction_threshold: 0.5,
            neighbours: 3,
            min_relatedness: 0.08,
            stance_min_relatedness: 0.15,
            denial_partners: 8,
            narrator_pairs: false,
            require_clash: true,
            contradictions: true,
            cross_document: true,
            timing: false,
            max_claims: 20_000,
        }
    }
}

impl AnalyzeOptions {
    /// The settings a report records.
    pub fn settings(&self) -> Settings {
        Settings {
            favor_threshold: self.favor_threshold,
            against_threshold: self.against_threshold,
            contradiction_threshold: self.contradiction_threshold,
            neighbours: self.neighbours,
            min_relatedness: self.min_relatedness,
            stance_min_relatedness: self.stance_min_relatedness,
            denial_partners: self.denial_partners,
            narrator_pairs: self.narrator_pairs,
            require_clash: self.require_clash,
        }
    }

    fn validate(&self) -> Result<()> {
        let unit = |name: &str, v: f32| {
            if (0.0..=1.0).contains(&v) {
                Ok(())
            } else {
                Err(Error::InvalidOption(format!(
                    "{name} must be within 0..1, got {v}"
                )))
            }
        };
        unit("favor threshold", self.favor_threshold)?;
        unit("against threshold", self.against_threshold)?;
        unit("contradiction threshold", self.contradiction_threshold)?;
        unit("min relatedness", self.min_relatedness)?;
        unit("stance min relatedness", self.stance_min_relatedness)?;
        if self.targets.iter().any(|t| t.trim().is_empty()) {
            return Err(Error::EmptyText { what: "target" });
        }
        Ok(())
    }
}

/// The stance decision rule: favour or against when that label is likely enough and beats the other.
pub fn stance_label(p: &Probs, opts: &AnalyzeOptions) -> StanceLabel {
    if p.entailment >= opts.favor_threshold && p.entailment > p.contradiction {
        StanceLabel::Favor
    } else if p.contradiction >= opts.against_threshold && p.contradiction > p.entailment {
        StanceLabel::Against
    } else {
        StanceLabel::None
    }
}

/// A claim NLI left at `none` toward a target takes the opposite of a claim it contradicts, when
/// that one has a stance: if "500 jobs will go" favours the target and "only 50 will" contradicts
/// it, the latter is against. One step only, strongest contradiction first, so labels never flip.
/// Edges come strongest first, so a claim contradicting claims on both sides follows the
/// strongest contradiction.
fn propagate_across_contradictions(stance: &mut [Vec<Stance>], edges: &[Edge]) {
    let targets = stance.first().map_or(0, Vec::len);
    for t in 0..targets {
        let before: Vec<StanceLabel> = stance.iter().map(|s| s[t].label).collect();
        for e in edges {
            for (from, to) in [(e.a, e.b), (e.b, e.a)] {
                if before[to] == StanceLabel::None
                    && stance[to][t].label == StanceLabel::None
                    && before[from] != StanceLabel::None
                {
                    stance[to][t].label = flip(before[from]);
                }
            }
        }
    }
}

/// A claim left at `none` toward a target takes the stance of its own speaker's claims in the
/// same or a neighbouring sentence, when those agree: "I am staying on as chief executive. I am
/// not going anywhere." are one position, even where NLI only reads the first. The author (no
/// speaker) is not a voice here: narration moves between sides. Nor does a claim with its own
/// number or date inherit ("the meeting would take place on October 8" says nothing about where):
/// such a claim is judged on its own terms.
fn propagate_within_voice(
    stance: &mut [Vec<Stance>],
    units: &[Unit],
    content: &[&str],
    voices: &[usize],
) {
    let targets = stance.first().map_or(0, Vec::len);
    let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
    for (u, &voice) in voices.iter().enumerate() {
        members.entry(voice).or_default().push(u);
    }
    for t in 0..targets {
        let before: Vec<StanceLabel> = stance.iter().map(|s| s[t].label).collect();
        for (u, unit) in units.iter().enumerate() {
            if before[u] != StanceLabel::None
                || unit.speaker.is_none()
                || clash::has_specifics(content[u])
            {
                continue;
            }
            // A voice is one speaker in one document.
            let mut near = members[&voices[u]]
                .iter()
                .copied()
                .filter(|&v| {
                    v != u
                        && units[v].sentence.abs_diff(unit.sentence) <= 1
                        && before[v] != StanceLabel::None
                })
                .map(|v| before[v]);
            if let Some(first) = near.next() {
                if near.all(|l| l == first) {
                    stance[u][t].label = first;
                }
            }
        }
    }
}

/// Favor and against swap for a claim that denies its proposition.
fn flip(label: StanceLabel) -> StanceLabel {
    match label {
        StanceLabel::Favor => StanceLabel::Against,
        StanceLabel::Against => StanceLabel::Favor,
        StanceLabel::None => StanceLabel::None,
    }
}

/// NLI probabilities with the entailment mass counted as contradiction: for a pair or a
/// claim/target whose clash rules entailment out ("resigned" / "did not resign", "rose" / "fell"),
/// small models' confident "entailment" is a misreading of the same event.
fn entailment_as_contradiction(p: Probs) -> Probs {
    Probs {
        entailment: 0.0,
        neutral: p.neutral,
        contradiction: p.contradiction + p.entailment,
    }
}

/// NLI probabilities of a claim toward a target, read in the light of their clash. A hard clash
/// ("house prices fell" / "house prices rose", "in Sonteo" / "in Maraval") rules entailment out,
/// whatever the model says; no
/// clash at all rules contradiction out: small NLI models call a related claim that merely adds
/// another fact ("extra trains will run after the concert") a contradiction of the target, and
/// the pairs rule already asks for a clash before it reports one.
fn stance_probs(p: Probs, clash: Option<Clash>) -> Probs {
    match clash {
        Some(Clash::Negation | Clash::Denial) => p,
        Some(_) => entailment_as_contradiction(p),
        None => Probs {
            entailment: p.entailment,
            neutral: p.neutral + p.contradiction,
            contradiction: 0.0,
        },
    }
}

/// P(contradiction) at or above which a negative claim about a target's topic is against it
/// though no clash rule fires ("No one at the factory raised the catch with us" / "Tumbledown
/// Toys was warned about the catch"): stricter than `against_threshold`, as the evidence is only
/// a negation and one shared word. Chosen on the annotated article sets: the one such claim they
/// mark `none` scores 0.59 ("no nurses would lose their jobs"); 0.7 keeps it `none` and turns 12
/// claims marked `against`, scoring 0.75 or more, from `none` to `against`.
const NEGATED_TOPIC_AGAINST: f32 = 0.7;

/// Whether unit `u` says in its own words that something is not so ("Nobody ...", "never") while
/// the target is positive, and shares a topic word with the target other than a name.
fn negates_topic(
    units: &Units<'_>,
    u: usize,
    target_terms: &BTreeSet<String>,
    target_names: &BTreeSet<String>,
    target: &str,
) -> bool {
    let unit = &units.units[u];
    unit.negative
        && !units.negated[u]
        && !relate::is_negative(target)
        && units.sets[u]
            .intersection(target_terms)
            .any(|w| !target_names.contains(w) && !unit.names.contains(w))
}

/// One speaker saying in one sentence, or the next, that one thing is not so and another is
/// ("We're not asking for the tip to close. We're asking to be able to breathe."): a contrast
/// of their own, not a contradiction. Numbers, dates, places and opposites still count.
/// Saying the same thing and its negation ("staff were consulted" / "staff were not
/// consulted") is no contrast: each side must say something the other does not.
fn contrast(units: &[Unit], sets: &[BTreeSet<String>], c: &Candidate, clash: Clash) -> bool {
    let (a, b) = (&units[c.i], &units[c.j]);
    let (sa, sb) = (&sets[c.i], &sets[c.j]);
    matches!(clash, Clash::Negation | Clash::Denial)
        && a.doc == b.doc
        && a.speaker.is_some()
        && a.speaker == b.speaker
        && a.sentence.abs_diff(b.sentence) <= 1
        && !sa.is_subset(sb)
        && !sb.is_subset(sa)
}

/// One side of a clash check, from a text's own words (its polarity, not a denial frame's).
fn text_side<'a>(
    text: &'a str,
    terms: &'a BTreeSet<String>,
    names: &'a BTreeSet<String>,
) -> clash::Side<'a> {
    clash::Side {
        text,
        terms,
        negative: relate::is_negative(text),
        denial: clash::is_outright_denial(text),
        names,
    }
}

/// A pair's contradiction score from both directions. Two assertions contradict when NLI says
/// contradiction both ways (mean), their entailment counting as contradiction where their clash
/// rules entailment out. An assertion and a denial of the same proposition contradict when NLI
/// says one entails the other (max over directions). Two denials are not scored.
pub fn pair_score(
    a_to_b: Probs,
    b_to_a: Probs,
    a_negated: bool,
    b_negated: bool,
    clash: Option<Clash>,
) -> f32 {
    match (a_negated, b_negated) {
        (false, false) if clash.is_some_and(Clash::rules_out_entailment) => {
            let (x, y) = (
                entailment_as_contradiction(a_to_b),
                entailment_as_contradiction(b_to_a),
            );
            (x.contradiction + y.contradiction) / 2.0
        }
        (false, false) => (a_to_b.contradiction + b_to_a.contradiction) / 2.0,
        (true, true) => 0.0,
        _ => a_to_b.entailment.max(b_to_a.entailment),
    }
}

/// Times the NLI calls of one run.
struct Timed<'a> {
    scorer: &'a dyn Scorer,
    nli_ms: f64,
}

impl Timed<'_> {
    fn score(&mut self, pairs: &[Pair<'_>]) -> Result<Vec<Probs>> {
        let t = Instant::now();
        let out = self.scorer.score(pairs);
        self.nli_ms += t.elapsed().as_secs_f64() * 1e3;
        out
    }
}

/// The claims of all documents that take part in pairing, with their topic terms.
struct Units<'d> {
    units: Vec<Unit>,
    /// (document index, claim index) of each unit.
    at: Vec<(usize, usize)>,
    /// What NLI compares: the content, or for a denial the denied proposition.
    content: Vec<&'d str>,
    /// The speaker denies `content` rather than asserting it.
    negated: Vec<bool>,
    sets: Vec<BTreeSet<String>>,
    /// `sets` without the speaker's name borrowed by a first-person claim ("our site"): what the
    /// claim says in its own words, for its relatedness to a target.
    own: Vec<BTreeSet<String>>,
    /// For a bare rejection ("That is false"), the unit it rejects: its only partner.
    rejects: Vec<Option<usize>>,
    /// A denial of an unnamed reference ("X denied that"): no partner at all.
    silent: Vec<bool>,
}

/// Cues whose object the speaker rejects: "Pigott denied that there is any rift".
const DENIAL_CUES: &[&str] = &["denied", "denies", "dismissed", "rejected", "disputed"];

/// The proposition a claim puts forward and whether the speaker denies it. A denial's content
/// keeps its frame ("X denied that P"); NLI compares P, and the polarity is flipped afterwards —
/// small NLI models read "denied that P" poorly.
pub fn proposition(claim: &Claim) -> (&str, bool) {
    let content = claim.content.as_str();
    let Some((cue, rest)) = denied_object(claim) else {
        return (content, false);
    };
    let rest = [
        "claims that ",
        "reports that ",
        "suggestions that ",
        "that ",
    ]
    .iter()
    .find_map(|lead| rest.strip_prefix(lead))
    .unwrap_or(rest);
    // "dismissed claims that P as absurd": drop the verdict.
    let rest = match rest.rfind(" as ") {
        Some(i) if cue == "dismissed" => &rest[..i],
        _ => rest,
    };
    let rest = rest.trim_end_matches(['.', ',', ' ']);
    if rest.split_whitespace().count() < 3 || clash::is_account_reference(rest) {
        return (content, false);
    }
    (rest, true)
}

/// "A former trustee, who resigned in October, gave a different account.": a signpost to what
/// follows, with no proposition of its own.
fn only_signposts(content: &str) -> bool {
    let lower = content.to_lowercase();
    let lower = lower.trim_end_matches(['.', ':', ' ']);
    ["account", "version", "picture", "story"]
        .iter()
        .any(|noun| {
            [
                "a different",
                "a very different",
                "a conflicting",
                "a contrasting",
                "another",
                "a rival",
            ]
            .iter()
            .any(|adj| lower.ends_with(&format!("{adj} {noun}")))
        })
}

/// Verbs by which a narrator's sentence reports another source ("Posts on the fans' forum
/// claimed that ...", "the commission found that ...", "The recall notice says ...").
const REPORTING_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "claimed",
    "claims",
    "claim",
    "reported",
    "reports",
    "found",
    "finds",
    "states",
    "stated",
    "estimated",
    "estimates",
    "described",
    "describes",
    "recorded",
    "lists",
    "listed",
    "showed",
    "shows",
    "suggested",
    "suggests",
    "alleged",
    "alleges",
    "warned",
    "warns",
    "insisted",
    "insists",
    "told",
    "according",
    "quoted",
    "cited",
    "citing",
];

/// Sentences at the top of a document (headline and lede) whose narrator's claims are the
/// story's summary, not a side in it: "A family-run brewery has submitted plans for an expansion
/// that it says will create 22 jobs", "Campaigners have accused Arrowmere Water of pumping sewage
/// into the river, an allegation the company says is false". Across the seventeen article sets,
/// 19 reported pairs had such a claim on one side, and none was planted.
const LEDE_SENTENCES: usize = 3;

/// Whether a claim's own words report a source: a verb of reporting, "seen by" (a leaked
/// paper), or "put the total ... at" ("Dorrity put the total cod catch at 41,000 tonnes").
fn reports_a_source(content: &str) -> bool {
    let lower = content.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    let put_at = words
        .iter()
        .position(|&w| w == "put")
        .is_some_and(|p| words[p + 1..].iter().take(8).any(|&w| w == "at"));
    put_at || lower.contains("seen by") || words.iter().any(|w| REPORTING_VERBS.contains(w))
}

/// A denial's cue and what follows it in the content ("denied", "that there is any rift").
fn denied_object(claim: &Claim) -> Option<(&str, &str)> {
    let cue = claim.cue.as_deref().filter(|c| DENIAL_CUES.contains(c))?;
    let content = claim.content.as_str();
    let at = content.find(cue)?;
    Some((cue, content[at + cue.len()..].trim_start()))
}

/// A denial of what was said before, with no proposition of its own: "Neil Prentice denied
/// that", "Colin Dufresne rejected that description of the inspection", "X disputed the
/// inspectors' account of pupil departures". It asserts nothing to pair (its quotation usually
/// does, in the next sentence).
fn rejects_a_reference(claim: &Claim) -> bool {
    let Some((_, rest)) = denied_object(claim) else {
        return false;
    };
    let rest = rest.trim_end_matches(['.', ',', ' ']);
    let rest_lower = rest.to_lowercase();
    let bare = matches!(
        rest_lower.as_str(),
        "that" | "this" | "it" | "these" | "those" | "them" | ""
    );
    bare || clash::is_account_reference(rest)
}

impl Units<'_> {
    /// Whether one of two units is a rejection of the other.
    fn rejection(&self, i: usize, j: usize) -> bool {
        self.rejects[i] == Some(j) || self.rejects[j] == Some(i)
    }
}

fn collect_units<'d>(docs: &'d [Document], claims: &'d [Vec<Claim>]) -> Units<'d> {
    let mut u = Units {
        units: Vec::new(),
        at: Vec::new(),
        content: Vec::new(),
        negated: Vec::new(),
        rejects: Vec::new(),
        silent: Vec::new(),
        sets: Vec::new(),
        own: Vec::new(),
    };
    for (d, (doc, cs)) in docs.iter().zip(claims).enumerate() {
        let sentences = claims::sentences(&doc.text);
        let lower = relate::LowerWords::of(&doc.text);
        let aliases = person_aliases(cs);
        for (c, claim) in cs.iter().enumerate() {
            if !claim.kind.is_claim() || claim.content.trim().is_empty() {
                continue;
            }
            let (mut prop, mut negated) = proposition(claim);
            // "That is false," she said: a denial of the claim before it of another speaker.
            let rejects = rejected_claim(&u, d, claim);
            let mut set = BTreeSet::new();
            if let Some(r) = rejects {
                if is_bare_rejection(&claim.content) {
                    (prop, negated) = (u.content[r], true);
                } else {
                    // "No such promise was ever made" says its own words against the promise, and
                    // is about what the promise is about.
                    set.extend(u.sets[r].iter().cloned());
                }
            }
            set.extend(relate::terms(prop));
            let mut names = relate::name_terms(prop, &lower);
            // "There is no rift between the two": the two are named in the sentence before.
            if relate::is_anaphoric(prop) && claim.sentence > 0 {
                if let Some(prev) = sentences.get(claim.sentence - 1) {
                    names.extend(relate::name_terms(prev.slice(&doc.text), &lower));
                }
            }
            // "Lidia remains our head teacher" / "Carvaggio-Brent will be removed": one person.
            let full: Vec<String> = names
                .iter()
                .filter_map(|t| aliases.get(t))
                .flatten()
                .cloned()
                .collect();
            names.extend(full);
            set.extend(names.iter().cloned());
            let own = set.clone();
            // "I have no intention of leaving my post": the speaker speaks of themself.
            if let Some(speaker) = claim.speaker.as_ref().filter(|_| speaks_of_self(prop)) {
                names.extend(name_parts(&speaker.name));
                set.extend(names.iter().cloned());
            }
            u.units.push(Unit {
                doc: d,
                sentence: claim.sentence,
                speaker: claim.speaker.as_ref().map(|s| s.name.clone()),
                span: (claim.span.start, claim.span.end),
                negative: negated || relate::is_negative(prop),
                names,
                quantities: clash::quantity_keys(prop),
                places: clash::place_names(prop),
                antonyms: clash::antonym_sides(prop),
                background: claim.speaker.is_none()
                    && (claim.sentence < LEDE_SENTENCES || !reports_a_source(&claim.content)),
            });
            u.at.push((d, c));
            u.content.push(prop);
            u.negated.push(negated);
            u.sets.push(set);
            u.own.push(own);
            u.rejects.push(rejects);
            u.silent
                .push(rejects_a_reference(claim) || only_signposts(&claim.content));
        }
    }
    u
}

/// Whether a claim speaks in the first person ("I have no plans to retire", "we are staying").
fn speaks_of_self(content: &str) -> bool {
    content
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .any(|w| {
            [
                "I", "I'm", "I've", "my", "My", "me", "we", "We", "our", "Our", "us",
            ]
            .contains(&w)
        })
}

/// The terms of a speaker's name ("Lidia Carvaggio-Brent" -> lidia, carvaggio, brent).
fn name_parts(name: &str) -> impl Iterator<Item = String> + '_ {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter_map(relate::term)
}

/// For each name part of the people who speak in a document, the parts of that person's full
/// name ("lidia" -> lidia, carvaggio, brent). A part two people share ("Hale" of two Hales) names
/// neither.
fn person_aliases(claims: &[Claim]) -> HashMap<String, BTreeSet<String>> {
    let mut people: BTreeSet<&str> = BTreeSet::new();
    for c in claims {
        if let Some(s) = &c.speaker {
            let kind = s.kind;
            let person = matches!(kind, SpeakerKind::Person | SpeakerKind::Pronoun);
            if person && s.name.split_whitespace().count() >= 2 {
                people.insert(s.name.as_str());
            }
        }
    }
    let mut out: HashMap<String, BTreeSet<String>> = HashMap::new();
    let mut shared: BTreeSet<String> = BTreeSet::new();
    for name in people {
        let parts: BTreeSet<String> = name_parts(name).collect();
        for p in &parts {
            if out.insert(p.clone(), parts.clone()).is_some() {
                shared.insert(p.clone());
            }
        }
    }
    out.retain(|p, _| !shared.contains(p));
    out
}

/// For a speaker's rejection of what was said before, the unit it rejects (see [`Rejection`]).
/// Only another speaker's claim earlier in the same document, not the article's background.
fn rejected_claim(u: &Units<'_>, doc: usize, claim: &Claim) -> Option<usize> {
    let speaker = claim.speaker.as_ref()?;
    let rejection = Rejection::of(&claim.content)?;
    let within = |r: usize, reach: usize| {
        let unit = &u.units[r];
        unit.doc == doc
            && unit.span.1 <= claim.span.start
            && claim.sentence.saturating_sub(unit.sentence) <= reach
            && unit.speaker.as_deref() != Some(speaker.name.as_str())
            && !unit.background
            && !u.negated[r]
    };
    let latest = |reach: usize, fits: &dyn Fn(usize) -> bool| {
        (0..u.units.len())
            .filter(|&r| within(r, reach) && fits(r))
            .max_by_key(|&r| u.units[r].span.0)
    };
    let cues = rejection.cues();
    let speaks_of = |r: usize| mentions_any(u.content[r], &cues);
    latest(4, &speaks_of).or_else(|| match rejection {
        Rejection::Such(_) if !cues.is_empty() => None,
        _ => latest(2, &|_| true),
    })
}

/// A denial with no proposition of its own, which rejects what another speaker said before.
#[derive(Debug, Clone, PartialEq)]
enum Rejection {
    /// "That is false", "This is simply untrue", "Nothing of the kind happened in 2023": the
    /// latest claim (that shares the words left, "2023", when there are any).
    Bare(Vec<String>),
    /// "No such promise was ever made": the latest claim that speaks of a promise.
    Such(String),
}

impl Rejection {
    fn of(content: &str) -> Option<Rejection> {
        if is_bare_rejection(content) {
            return Some(Rejection::Bare(Vec::new()));
        }
        let lower = content.to_lowercase().replace('’', "'");
        // Its first clause: "Nothing of the kind happened in 2023, and this is the first ...".
        let clause = lower.split([',', ';']).next().unwrap_or("");
        let words = alphanumeric_words(clause);
        if let Some(at) = words.windows(2).position(|w| w == ["no", "such"]) {
            return words.get(at + 2).map(|n| Rejection::Such(n.to_string()));
        }
        let pointer = [
            "nothing of the kind",
            "nothing of the sort",
            "nothing like that",
        ]
        .iter()
        .any(|p| clause.contains(p))
            || [
                "that never happened",
                "it never happened",
                "this never happened",
            ]
            .iter()
            .any(|p| clause.starts_with(p));
        pointer.then(|| {
            const EMPTY: [&str; 11] = [
                "nothing", "kind", "sort", "like", "that", "this", "never", "ever", "happened",
                "there", "been",
            ];
            Rejection::Bare(
                words
                    .iter()
                    .filter(|w| w.len() >= 4 && !EMPTY.contains(w))
                    .map(|w| w.to_string())
                    .collect(),
            )
        })
    }

    /// Word beginnings of what it rejects: the noun's kin for "no such", the words left for a
    /// bare one ("records", "showed" for "its records showed nothing of the kind").
    fn cues(&self) -> Vec<String> {
        match self {
            Rejection::Bare(words) => words.iter().map(|w| stem_prefix(w)).collect(),
            Rejection::Such(noun) => REJECTED_KIN
                .iter()
                .find(|group| group.iter().any(|k| noun.starts_with(k)))
                .map(|group| group.iter().map(|k| k.to_string()).collect())
                .unwrap_or_else(|| vec![stem_prefix(noun)]),
        }
    }
}

/// Nouns of a "no such" denial and the words a claim says them with: "No such commitment was
/// ever given" rejects "the council had promised in a letter ...". Each is a word's beginning,
/// or with "=" a whole word ("met", not "method").
const REJECTED_KIN: [&[&str]; 6] = [
    &[
        "promis", "pledg", "commit", "guarant", "assur", "undertak", "vow",
    ],
    &["warn", "advis", "caution", "told"],
    &["deal", "offer", "agree", "arrang", "bargain"],
    &["instruct", "order", "told", "direct"],
    &["plan", "propos", "intend", "intent"],
    &["meet", "=met"],
];

/// The runs of letters and digits of a text.
fn alphanumeric_words(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect()
}

/// A word's first five letters (all of a shorter word): "promised" and "promise" meet.
fn stem_prefix(word: &str) -> String {
    word.chars().take(5).collect()
}

/// Whether a text has a word that begins with one of the cues, not as a reference back ("that
/// assurance", "such a promise"): the claim that makes the promise, not one that cites it.
fn mentions_any(text: &str, cues: &[String]) -> bool {
    let lower = text.to_lowercase();
    let words = alphanumeric_words(&lower);
    words.iter().enumerate().any(|(i, w)| {
        let back = i > 0 && ["that", "this", "such", "those", "these"].contains(&words[i - 1]);
        let fits = |c: &String| match c.strip_prefix('=') {
            Some(whole) => *w == whole,
            None => w.starts_with(c.as_str()),
        };
        !back && cues.iter().any(fits)
    })
}

/// Whether a claim says the target again: every term of it (at least three), or every term but
/// its names (at least two) with each of its figures ("the club had paid a fee of 18 million
/// crowns" / "Saltmere Athletic paid 18 million crowns for Emil Vassarek"). The caller has ruled
/// out a clash (another date, place, figure or opposite word).
fn restates_target(
    claim: &BTreeSet<String>,
    claim_figures: &[(String, f64)],
    target: &BTreeSet<String>,
    target_names: &BTreeSet<String>,
    target_figures: &[(String, f64)],
) -> bool {
    if target.len() >= 3 && target.is_subset(claim) {
        return true;
    }
    let plain: Vec<&String> = target.difference(target_names).collect();
    let figures = !target_figures.is_empty()
        && target_figures
            .iter()
            .all(|(_, v)| claim_figures.iter().any(|(_, w)| w == v));
    plain.len() >= 2 && figures && plain.iter().all(|t| claim.contains(*t))
}

/// "That is false", "This is simply untrue", "It is not true", "That's a lie".
fn is_bare_rejection(content: &str) -> bool {
    let lower = content
        .to_lowercase()
        .replace('’', "'")
        .trim_end_matches(['.', '!', ' '])
        .to_string();
    let rest = [
        "that is ",
        "this is ",
        "it is ",
        "that's ",
        "this was ",
        "that was ",
    ]
    .iter()
    .find_map(|p| lower.strip_prefix(p));
    let Some(rest) = rest else { return false };
    let rest = ["simply ", "completely ", "totally ", "absolutely ", "just "]
        .iter()
        .find_map(|a| rest.strip_prefix(a))
        .unwrap_or(rest);
    [
        "false",
        "untrue",
        "not true",
        "wrong",
        "incorrect",
        "nonsense",
        "a lie",
        "not the case",
        "inaccurate",
        "baseless",
    ]
    .contains(&rest)
}

/// Each unit's voice: the first unit of the same named speaker in the same document; the author's
/// sentences (no speaker) each speak alone.
fn voices(units: &[Unit]) -> Vec<usize> {
    let mut first: HashMap<(usize, &str), usize> = HashMap::new();
    units
        .iter()
        .enumerate()
        .map(|(i, u)| match &u.speaker {
            Some(name) => *first.entry((u.doc, name.as_str())).or_insert(i),
            None => i,
        })
        .collect()
}

/// For each edge, whether it is kept: every edge `always` keeps, any other only when it is the
/// strongest (an `always` edge counted too) between each of its ends and the other end's voice
/// (ties go to the earlier edge).
fn strongest_per_voice(
    edges: &[Edge],
    voices: &[usize],
    always: impl Fn(&Edge) -> bool,
) -> Vec<bool> {
    let mut best: HashMap<(usize, usize), usize> = HashMap::new();
    for (k, e) in edges.iter().enumerate() {
        for key in [(e.a, voices[e.b]), (e.b, voices[e.a])] {
            let slot = best.entry(key).or_insert(k);
            if e.weight > edges[*slot].weight {
                *slot = k;
            }
        }
    }
    edges
        .iter()
        .enumerate()
        .map(|(k, e)| {
            always(e) || (best[&(e.a, voices[e.b])] == k && best[&(e.b, voices[e.a])] == k)
        })
        .collect()
}

/// Analyses documents: extracts claims, finds contradictions and disputes, and measures stance.
pub fn analyze(scorer: &dyn Scorer, docs: &[Document], opts: &AnalyzeOptions) -> Result<Report> {
    opts.validate()?;
    let started = Instant::now();
    let info = scorer.info();
    if opts.contradictions && !info.has_contradiction() {
        return Err(Error::NoContradictionLabel {
            model: info.name.clone(),
            labels: format!("{:?}", info.labels),
        });
    }
    let mut timed = Timed {
        scorer,
        nli_ms: 0.0,
    };
    let claims: Vec<Vec<Claim>> = docs
        .iter()
        .map(|d| claims::extract_claims(&d.text))
        .collect();
    let claim_count: usize = claims
        .iter()
        .map(|cs| cs.iter().filter(|c| c.kind.is_claim()).count())
        .sum();
    if claim_count > opts.max_claims {
        return Err(Error::TooLarge {
            what: format!("the input ({} documents)", docs.len()),
            size: claim_count,
            limit: opts.max_claims,
            unit: "claims",
            fix: "split it into smaller documents (gainsay batch) or raise --max-claims",
        });
    }
    let units = collect_units(docs, &claims);
    let rel = Relatedness::new(&units.sets);
    let n = units.units.len();
    let mut stats = Stats {
        documents: docs.len(),
        claims: n,
        all_pairs: n * n.saturating_sub(1) / 2,
        ..Stats::default()
    };

    let claim_ref = |u: usize| {
        let (d, c) = units.at[u];
        ClaimRef {
            doc: docs[d].id.clone(),
            claim: claims[d][c].id.clone(),
        }
    };

    // Contradictions: candidates, then NLI in both directions in one batch.
    let mut contradictions = Vec::new();
    let mut edges = Vec::new();
    if opts.contradictions {
        let cands = candidates(
            &units.units,
            &units.sets,
            &rel,
            &CandidateRule {
                neighbours: opts.neighbours,
                min_relatedness: opts.min_relatedness,
                cross_document: opts.cross_document,
                denial_partners: opts.denial_partners,
                narrator_pairs: opts.narrator_pairs,
            },
        );
        // A bare rejection pairs only with what it rejects.
        let rejects = &units.rejects;
        let cands: Vec<Candidate> = cands
            .into_iter()
            .filter(|c| {
                rejects[c.i].is_none_or(|r| r == c.j)
                    && rejects[c.j].is_none_or(|r| r == c.i)
                    && !units.silent[c.i]
                    && !units.silent[c.j]
            })
            .collect();
        stats.candidate_pairs = cands.len();
        let side = |u: usize| clash::Side {
            text: units.content[u],
            terms: &units.sets[u],
            negative: units.units[u].negative,
            denial: units.negated[u] || clash::is_outright_denial(units.content[u]),
            names: &units.units[u].names,
        };
        let clashes: Vec<Option<Clash>> = cands
            .iter()
            .map(|c| {
                // A rejection speaks of what it rejects by construction.
                if units.rejection(c.i, c.j) {
                    return Some(Clash::Denial);
                }
                clash(side(c.i), side(c.j)).filter(|&k| !contrast(&units.units, &units.sets, c, k))
            })
            .collect();
        let (cands, clashes): (Vec<Candidate>, Vec<Option<Clash>>) = cands
            .into_iter()
            .zip(clashes)
            .filter(|(_, k)| k.is_some() || !opts.require_clash)
            .unzip();
        let pairs: Vec<Pair<'_>> = cands
            .iter()
            .flat_map(|c| {
                [
                    Pair::new(units.content[c.i], units.content[c.j]),
                    Pair::new(units.content[c.j], units.content[c.i]),
                ]
            })
            .collect();
        stats.contradiction_calls = pairs.len();
        let probs = timed.score(&pairs)?;
        for ((c, p), &kind) in cands.iter().zip(probs.chunks(2)).zip(&clashes) {
            let score = pair_score(p[0], p[1], units.negated[c.i], units.negated[c.j], kind);
            if score < opts.contradiction_threshold {
                continue;
            }
            let (a, b) = (claim_ref(c.i), claim_ref(c.j));
            let (ua, ub) = (&units.units[c.i], &units.units[c.j]);
            edges.push(Edge {
                a: c.i,
                b: c.j,
                weight: score,
            });
            contradictions.push(Contradiction {
                id: String::new(),
                same_speaker: ua.doc == ub.doc && ua.speaker == ub.speaker,
                cross_document: ua.doc != ub.doc,
                a: a.claim,
                b: b.claim,
                doc_a: a.doc,
                doc_b: b.doc,
                score,
                a_to_b: p[0],
                b_to_a: p[1],
                relatedness: c.relatedness,
                clash: kind,
                dispute: None,
            });
        }
    }
    // One voice restating itself ("she had no plans to leave" / "I am staying") is one
    // contradiction with a claim, not two: keep a pair only when it is the strongest between each
    // of its claims and the other's voice. An outright denial ("There is no rift") denies each
    // claim of the rift, so its pairs all stay. A rejection with no words of its own ("This was
    // not true", "No such deal") gives way to the same voice's claim that says what is so ("The
    // Thursday market is staying").
    let voices = voices(&units.units);
    let denial = |u: usize| !units.negated[u] && clash::is_outright_denial(units.content[u]);
    let ranked: Vec<Edge> = edges
        .iter()
        .map(|e| Edge {
            weight: e.weight - if units.rejection(e.a, e.b) { 1.0 } else { 0.0 },
            ..*e
        })
        .collect();
    let keep = strongest_per_voice(&ranked, &voices, |e| denial(e.a) || denial(e.b));
    // Stance still flows along every contradiction found.
    let all_edges = edges.clone();
    let (contradictions, edges): (Vec<Contradiction>, Vec<Edge>) = contradictions
        .into_iter()
        .zip(edges)
        .zip(keep)
        .filter_map(|(ce, k)| k.then_some(ce))
        .unzip();
    // Highest score first; ids follow that order.
    let mut order: Vec<usize> = (0..contradictions.len()).collect();
    order.sort_by(|&x, &y| {
        contradictions[y]
            .score
            .total_cmp(&contradictions[x].score)
            .then(x.cmp(&y))
    });
    let contradictions: Vec<Contradiction> = order
        .iter()
        .enumerate()
        .map(|(rank, &i)| Contradiction {
            id: format!("x{}", rank + 1),
            ..contradictions[i].clone()
        })
        .collect();
    let edges: Vec<Edge> = order.iter().map(|&i| edges[i]).collect();

    // Disputes.
    let grouped = group(&edges, |u| voices[u], denial);
    let mut disputes = disputes::to_disputes(
        &grouped,
        claim_ref,
        |u| units.units[u].speaker.clone(),
        |u| units.content[u].to_string(),
        |e| contradictions[e].id.clone(),
    );
    let mut contradictions = contradictions;
    for (d, g) in disputes.iter().zip(&grouped) {
        for &e in &g.edges {
            contradictions[e].dispute = Some(d.id.clone());
        }
    }

    // Targets: the user's, else the disputes' propositions.
    let targets: Vec<Target> = if opts.targets.is_empty() {
        disputes
            .iter_mut()
            .enumerate()
            .map(|(k, d)| {
                let id = format!("t{}", k + 1);
                d.target = id.clone();
                Target {
                    id,
                    text: d.proposition.clone(),
                    origin: TargetOrigin::Dispute,
                    dispute: Some(d.id.clone()),
                }
            })
            .collect()
    } else {
        opts.targets
            .iter()
            .enumerate()
            .map(|(k, t)| Target {
                id: format!("t{}", k + 1),
                text: t.trim().to_string(),
                origin: TargetOrigin::User,
                dispute: None,
            })
            .collect()
    };

    // Stance of every related claim toward every target.
    let target_sets: Vec<BTreeSet<String>> =
        targets.iter().map(|t| relate::terms(&t.text)).collect();
    let own_rel = Relatedness::new(&units.own);
    let mut asks: Vec<(usize, usize)> = Vec::new();
    for u in 0..n {
        for (t, set) in target_sets.iter().enumerate() {
            // A claim whose number, date or place clashes with the target is about it, however
            // few words the two share ("the cuts would affect roughly 120 workers").
            if own_rel.similarity_to(&units.own, u, set) >= opts.stance_min_relatedness
                || clash::hard_clash(units.content[u], &targets[t].text).is_some()
            {
                asks.push((u, t));
            }
        }
    }
    let pairs: Vec<Pair<'_>> = asks
        .iter()
        .map(|&(u, t)| Pair::new(units.content[u], &targets[t].text))
        .collect();
    stats.stance_calls = pairs.len();
    let probs = timed.score(&pairs)?;
    let mut stance: Vec<Vec<Stance>> = (0..n)
        .map(|_| {
            targets
                .iter()
                .map(|t| Stance {
                    target: t.id.clone(),
                    label: StanceLabel::None,
                    scores: None,
                })
                .collect()
        })
        .collect();
    let no_lower = relate::LowerWords::default();
    let target_names: Vec<BTreeSet<String>> = targets
        .iter()
        .map(|t| relate::name_terms(&t.text, &no_lower))
        .collect();
    let target_quantities: Vec<Vec<(String, f64)>> = targets
        .iter()
        .map(|t| clash::quantity_keys(&t.text))
        .collect();
    for (&(u, t), p) in asks.iter().zip(&probs) {
        let text = &targets[t].text;
        let with = clash::clash(
            text_side(units.content[u], &units.sets[u], &units.units[u].names),
            text_side(text, &target_sets[t], &target_names[t]),
        );
        // Every word of the target said again, with nothing against it, is a restatement: small
        // models misread some ("will eliminate 300 jobs" / "is cutting 300 jobs").
        let restates = with.is_none()
            && !units.units[u].negative
            && restates_target(
                &units.sets[u],
                &units.units[u].quantities,
                &target_sets[t],
                &target_names[t],
                &target_quantities[t],
            );
        let label = if restates {
            StanceLabel::Favor
        } else if with.is_none()
            && p.contradiction >= NEGATED_TOPIC_AGAINST
            && negates_topic(&units, u, &target_sets[t], &target_names[t], text)
        {
            StanceLabel::Against
        } else {
            stance_label(&stance_probs(*p, with), opts)
        };
        stance[u][t] = Stance {
            target: targets[t].id.clone(),
            label: if units.negated[u] { flip(label) } else { label },
            scores: Some(*p),
        };
    }
    if opts.targets.is_empty() {
        // A dispute's members take their side's stance toward its own proposition.
        for (t, g) in grouped.iter().enumerate() {
            for &u in &g.favor {
                stance[u][t].label = StanceLabel::Favor;
            }
            for &u in &g.against {
                stance[u][t].label = StanceLabel::Against;
            }
        }
    } else {
        propagate_across_contradictions(&mut stance, &all_edges);
    }
    propagate_within_voice(&mut stance, &units.units, &units.content, &voices);

    // Documents with every unit, claims carrying their stance.
    let mut unit_of = std::collections::HashMap::new();
    for (u, &at) in units.at.iter().enumerate() {
        unit_of.insert(at, u);
    }
    let documents = docs
        .iter()
        .zip(claims)
        .enumerate()
        .map(|(d, (doc, cs))| DocumentReport {
            id: doc.id.clone(),
            source: doc.source.clone(),
            text: doc.text.clone(),
            claims: cs
                .into_iter()
                .enumerate()
                .map(|(c, claim)| ClaimReport {
                    stance: unit_of
                        .get(&(d, c))
                        .map(|&u| stance[u].clone())
                        .unwrap_or_default(),
                    claim,
                })
                .collect(),
        })
        .collect();

    if opts.timing {
        stats.timing = Some(Timing {
            total_ms: started.elapsed().as_secs_f64() * 1e3,
            nli_ms: timed.nli_ms,
        });
    }
    Ok(Report {
        schema: SCHEMA.to_string(),
        generator: Generator::default(),
        model: info.clone(),
        settings: opts.settings(),
        targets,
        documents,
        contradictions,
        disputes,
        stats,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::{ClaimKind, Span, Speaker};

    fn claim(content: &str, cue: Option<&str>) -> Claim {
        Claim {
            id: "c1".into(),
            text: content.into(),
            span: Span {
                start: 0,
                end: content.len(),
            },
            content: content.into(),
            content_span: Span {
                start: 0,
                end: content.len(),
            },
            speaker: None,
            cue: cue.map(str::to_string),
            kind: ClaimKind::Claim,
            sentence: 0,
        }
    }

    #[test]
    fn denials_put_forward_the_denied_proposition() {
        let c = claim(
            "Pigott denied that there is any rift between Rubio and Witkoff",
            Some("denied"),
        );
        assert_eq!(
            proposition(&c),
            ("there is any rift between Rubio and Witkoff", true)
        );
        let c = claim(
            "Pigott dismissed claims that Witkoff was blocking Rubio from meetings as absurd",
            Some("dismissed"),
        );
        assert_eq!(
            proposition(&c),
            ("Witkoff was blocking Rubio from meetings", true)
        );
        let c = claim("There is no rift between the two", Some("said"));
        assert_eq!(proposition(&c), ("There is no rift between the two", false));
        let c = claim("The company denied it", Some("denied"));
        assert!(!proposition(&c).1, "too short to be a proposition");
        let c = claim(
            "Velmor spokesman Gareth Nwosu rejected the agency's account",
            Some("rejected"),
        );
        assert!(!proposition(&c).1, "an account names no proposition");
    }

    #[test]
    fn a_speaker_s_neighbouring_claims_share_their_stance() {
        let unit = |sentence: usize, speaker: Option<&str>| Unit {
            doc: 0,
            sentence,
            speaker: speaker.map(str::to_string),
            span: (0, 0),
            names: BTreeSet::new(),
            negative: false,
            quantities: Vec::new(),
            places: Vec::new(),
            antonyms: Vec::new(),
            background: false,
        };
        let units = [
            unit(0, Some("Brandt")),
            unit(1, Some("Brandt")),
            unit(1, Some("Brandt")),
            unit(5, Some("Brandt")),
            unit(1, None),
        ];
        let content = [
            "I am staying on as chief executive",
            "I am not going anywhere",
            "the review would end on May 3",
            "the board has my support",
            "the board met on Monday",
        ];
        let label = |l| Stance {
            target: "t1".into(),
            label: l,
            scores: None,
        };
        let mut stance: Vec<Vec<Stance>> = [
            StanceLabel::Against,
            StanceLabel::None,
            StanceLabel::None,
            StanceLabel::None,
            StanceLabel::None,
        ]
        .into_iter()
        .map(|l| vec![label(l)])
        .collect();
        let voices = voices(&units);
        propagate_within_voice(&mut stance, &units, &content, &voices);
        let got: Vec<StanceLabel> = stance.iter().map(|s| s[0].label).collect();
        // The neighbouring quote follows; a dated claim, a far one and the author's do not.
        assert_eq!(
            got,
            [
                StanceLabel::Against,
                StanceLabel::Against,
                StanceLabel::None,
                StanceLabel::None,
                StanceLabel::None
            ]
        );
    }

    #[test]
    fn people_are_known_by_each_part_of_their_name() {
        let spoken = |name: &str, kind: SpeakerKind| {
            let mut c = claim("the school will close", Some("said"));
            c.speaker = Some(Speaker {
                name: name.into(),
                span: Span { start: 0, end: 0 },
                kind,
            });
            c
        };
        let claims = [
            spoken("Lidia Carvaggio-Brent", SpeakerKind::Person),
            spoken("Rupert Hale", SpeakerKind::Pronoun),
            spoken("Dora Hale", SpeakerKind::Person),
            spoken("Ostrelby District Council", SpeakerKind::Organization),
        ];
        let aliases = person_aliases(&claims);
        let lidia = &aliases["lidia"];
        assert!(lidia.contains("carvaggio") && lidia.contains("brent"));
        assert!(aliases["rupert"].contains("hale"));
        assert!(
            !aliases.contains_key("hale"),
            "two Hales: the surname names neither"
        );
        assert!(
            !aliases.contains_key("ostrelby"),
            "organisations are not people"
        );
        assert!(speaks_of_self("I have no intention of leaving my post"));
        assert!(speaks_of_self("We are investing there, not leaving"));
        assert!(!speaks_of_self("Drevenko will announce her retirement"));
    }

    #[test]
    fn denials_of_an_unnamed_reference_take_no_part_in_pairs() {
        for t in [
            "Neil Prentice, the factory's operations director, denied that",
            "The centre's general manager, Colin Dufresne, rejected that description of the inspection",
            "Gwendolyn Asher, the headteacher, disputed the inspectors' account of pupil departures",
            "Owen Pridmore rejected that.",
            "A spokesman for the trust also rejected the claims about corridors.",
        ] {
            let cue = ["denied", "rejected", "disputed"]
                .into_iter()
                .find(|c| t.contains(c));
            assert!(rejects_a_reference(&claim(t, cue)), "{t}");
        }
        // A denial with its own proposition pairs as before.
        for (t, cue) in [
            ("Pigott denied that there is any rift", "denied"),
            ("the council rejected the bridge funding", "rejected"),
            ("Neil Prentice denied that", "said"),
        ] {
            assert!(!rejects_a_reference(&claim(t, Some(cue))), "{t}");
        }
    }

    #[test]
    fn rejections_without_a_proposition_are_recognised() {
        let such = |n: &str| Some(Rejection::Such(n.to_string()));
        assert_eq!(
            Rejection::of("No such promise was ever made, in writing or otherwise"),
            such("promise")
        );
        assert_eq!(
            Rejection::of("she had been given no such warning"),
            such("warning")
        );
        assert_eq!(
            Rejection::of("Nothing of the kind happened in 2023, and this is the first derailment"),
            Some(Rejection::Bare(vec!["2023".to_string()]))
        );
        assert_eq!(
            Rejection::of("That is simply untrue"),
            Some(Rejection::Bare(Vec::new()))
        );
        for t in [
            "The council made a promise in 2019",
            "Nothing was decided at the meeting",
            "There was such anger in the room, she said",
        ] {
            assert_eq!(Rejection::of(t), None, "{t}");
        }
    }

    #[test]
    fn a_no_such_denial_looks_for_what_makes_the_promise() {
        let cues = Rejection::Such("commitment".to_string()).cues();
        assert!(mentions_any(
            "the council had promised in a letter last March that the grant would continue",
            &cues
        ));
        // Citing the promise back is not making it.
        assert!(!mentions_any(
            "trustees had turned down other offers on the strength of that assurance",
            &cues
        ));
        assert!(!mentions_any("the grant would continue until 2027", &cues));
        // "met" is a whole word.
        let cues = Rejection::Such("meeting".to_string()).cues();
        assert!(mentions_any("they met property consultants in May", &cues));
        assert!(!mentions_any("the method was changed in May", &cues));
        // A noun with no kin looks for itself.
        let cues = Rejection::Such("report".to_string()).cues();
        assert!(mentions_any("the report was sent in May", &cues));
        assert!(!mentions_any("they met in May", &cues));
    }

    #[test]
    fn signposts_to_another_account_are_recognised() {
        assert!(only_signposts(
            "A former trustee, who resigned in October, gave a different account."
        ));
        assert!(only_signposts(
            "The union offered a very different picture:"
        ));
        assert!(!only_signposts(
            "the trustees approved the accounts at a meeting in September"
        ));
    }

    #[test]
    fn a_speaker_s_own_not_this_but_that_is_a_contrast() {
        let unit = |sentence: usize, speaker: Option<&str>| Unit {
            sentence,
            speaker: speaker.map(str::to_string),
            span: (sentence * 100, sentence * 100 + 50),
            ..Unit::default()
        };
        let units = [
            unit(3, Some("Carol Venning")),
            unit(4, Some("Carol Venning")),
            unit(9, Some("Carol Venning")),
            unit(4, Some("Graham Lusby")),
        ];
        let texts = [
            "We're not asking for the tip to close",
            "We're asking to be able to breathe",
            "We're asking to be able to breathe",
            "We're asking to be able to breathe",
        ];
        let sets: Vec<BTreeSet<String>> = texts.iter().map(|t| relate::terms(t)).collect();
        let pair = |i: usize, j: usize| Candidate {
            i,
            j,
            relatedness: 0.5,
        };
        assert!(contrast(&units, &sets, &pair(0, 1), Clash::Negation));
        assert!(contrast(&units, &sets, &pair(0, 1), Clash::Denial));
        // A number, date or place of their own still clashes; so do far sentences and others.
        assert!(!contrast(&units, &sets, &pair(0, 1), Clash::Date));
        assert!(!contrast(&units, &sets, &pair(0, 2), Clash::Negation));
        assert!(!contrast(&units, &sets, &pair(0, 3), Clash::Negation));
        // The same thing said and unsaid is a self-contradiction.
        let same: Vec<BTreeSet<String>> = [
            "library staff were consulted about the plan",
            "library staff were not consulted about the plan",
        ]
        .iter()
        .map(|t| relate::terms(t))
        .collect();
        assert!(!contrast(&units, &same, &pair(0, 1), Clash::Negation));
    }

    #[test]
    fn narrator_sentences_that_report_a_source_are_recognised() {
        for reported in [
            "Posts on the fans' forum TarnburyTalk this week claimed that two players had failed tests",
            "In its most recent annual assessment, the commission found that Wessmoor was losing water",
            "The recall notice says the affected product is a single batch",
            "A leaked paper, seen by the Easterleigh Post, lists the School of Chemistry",
            "Dorrity put the total cod catch for both fleets at 41,000 tonnes",
        ] {
            assert!(reports_a_source(reported), "{reported}");
        }
        for background in [
            "Tarnbury, founded in 1883, were promoted to the third tier two seasons ago",
            "If approved, the merger would be the fourth involving village schools since 2019",
            "The bridge was last closed for major work in 1994",
            "The club wants to put the back nine holes up for sale",
        ] {
            assert!(!reports_a_source(background), "{background}");
        }
    }

    #[test]
    fn bare_rejections_are_recognised() {
        for t in [
            "That is false",
            "This is simply untrue.",
            "That's a lie",
            "It is not true",
        ] {
            assert!(is_bare_rejection(t), "{t}");
        }
        for t in [
            "That is false modesty on his part",
            "The report is untrue",
            "That is fine",
        ] {
            assert!(!is_bare_rejection(t), "{t}");
        }
    }

    #[test]
    fn pair_score_respects_polarity() {
        let p = |e, c| Probs {
            entailment: e,
            neutral: 1.0 - e - c,
            contradiction: c,
        };
        assert!((pair_score(p(0.0, 0.9), p(0.1, 0.7), false, false, None) - 0.8).abs() < 1e-6);
        assert!((pair_score(p(0.9, 0.0), p(0.3, 0.1), true, false, None) - 0.9).abs() < 1e-6);
        assert_eq!(pair_score(p(0.9, 0.0), p(0.9, 0.0), true, true, None), 0.0);
    }

    #[test]
    fn one_contradiction_per_claim_and_voice() {
        let e = |a, b, weight| Edge { a, b, weight };
        // Units 1 and 2 are one voice (1); 3 speaks alone.
        let voices = [0, 1, 1, 3];
        let edges = [e(0, 1, 0.8), e(0, 2, 0.9), e(0, 3, 0.7), e(3, 1, 0.6)];
        assert_eq!(
            strongest_per_voice(&edges, &voices, |_| false),
            [false, true, true, true]
        );
        // Equal weights: the earlier pair stays.
        let tie = [e(0, 1, 0.9), e(0, 2, 0.9)];
        assert_eq!(strongest_per_voice(&tie, &voices, |_| false), [true, false]);
        // Pairs of an outright denial (unit 0 here) all stay.
        assert_eq!(
            strongest_per_voice(&edges, &voices, |e| e.a == 0),
            [true, true, true, true]
        );
        // A stronger denial of a claim outranks the same voice's other pair with it.
        let denied = [e(3, 1, 0.9), e(3, 2, 0.6)];
        assert_eq!(
            strongest_per_voice(&denied, &[0, 1, 1, 3], |e| e.b == 1),
            [true, false]
        );
        // Units 1 and 2 as two voices: each pair is the only one of its voice.
        assert_eq!(
            strongest_per_voice(&denied, &[0, 1, 2, 3], |e| e.b == 1),
            [true, true]
        );
    }

    #[test]
    fn stance_propagates_one_step_across_contradictions() {
        let st = |label| Stance {
            target: "t1".into(),
            label,
            scores: None,
        };
        let mut stance = vec![
            vec![st(StanceLabel::Favor)],
            vec![st(StanceLabel::None)],
            vec![st(StanceLabel::None)],
            vec![st(StanceLabel::Against)],
        ];
        // 0–1 contradict; 1–2 contradict (two steps from 0); 3 is labelled already.
        let edges: Vec<Edge> = [(0, 1), (1, 2), (0, 3)]
            .into_iter()
            .map(|(a, b)| Edge { a, b, weight: 0.9 })
            .collect();
        propagate_across_contradictions(&mut stance, &edges);
        assert_eq!(stance[1][0].label, StanceLabel::Against);
        assert_eq!(stance[2][0].label, StanceLabel::None);
        assert_eq!(stance[3][0].label, StanceLabel::Against);
    }

    #[test]
    fn stance_rule_needs_the_threshold_and_the_lead() {
        let opts = AnalyzeOptions::default();
        let p = |e, c| Probs {
            entailment: e,
            neutral: 1.0 - e - c,
            contradiction: c,
        };
        assert_eq!(stance_label(&p(0.8, 0.1), &opts), StanceLabel::Favor);
        assert_eq!(stance_label(&p(0.1, 0.8), &opts), StanceLabel::Against);
        assert_eq!(stance_label(&p(0.4, 0.3), &opts), StanceLabel::None);
        assert_eq!(flip(StanceLabel::Favor), StanceLabel::Against);
    }

    #[test]
    fn a_hard_clash_with_the_target_is_never_favour() {
        // A model that calls everything entailment.
        let yes = crate::nli::FnScorer::new("yes", |_: &Pair<'_>| Probs {
            entailment: 0.9,
            neutral: 0.05,
            contradiction: 0.05,
        });
        let docs = [Document {
            id: "d".into(),
            source: None,
            text: "House prices in Calder Bay fell in the third quarter. \
                   House prices in Calder Bay went up in the third quarter."
                .into(),
        }];
        let opts = AnalyzeOptions {
            targets: vec!["House prices in Calder Bay rose in the third quarter.".into()],
            ..AnalyzeOptions::default()
        };
        let report = analyze(&yes, &docs, &opts).unwrap();
        let labels: Vec<StanceLabel> = report.documents[0]
            .claims
            .iter()
            .map(|c| c.stance[0].label)
            .collect();
        assert_eq!(labels, vec![StanceLabel::Against, StanceLabel::Favor]);
    }

    #[test]
    fn against_a_target_needs_a_clash_with_it() {
        // A model that calls everything contradiction, as small SNLI models do off their data.
        let no = crate::nli::FnScorer::new("no", |_: &Pair<'_>| Probs {
            entailment: 0.05,
            neutral: 0.05,
            contradiction: 0.9,
        });
        let docs = [Document {
            id: "d".into(),
            source: None,
            text: "Arena officials said extra trains would run after the concert. \
                   Hart said the concert at the arena would take place on June 22."
                .into(),
        }];
        let opts = AnalyzeOptions {
            targets: vec!["The concert at the arena is on June 14.".into()],
            ..AnalyzeOptions::default()
        };
        let report = analyze(&no, &docs, &opts).unwrap();
        let labels: Vec<StanceLabel> = report.documents[0]
            .claims
            .iter()
            .map(|c| c.stance[0].label)
            .collect();
        assert_eq!(labels, vec![StanceLabel::None, StanceLabel::Against]);
    }

    #[test]
    fn a_negative_claim_about_the_target_s_topic_is_against_it_when_nli_is_sure() {
        let sure = |c: f32| {
            crate::nli::FnScorer::new("c", move |_: &Pair<'_>| Probs {
                entailment: 0.05,
                neutral: 0.95 - c,
                contradiction: c,
            })
        };
        let docs = [Document {
            id: "d".into(),
            source: None,
            text: "Nobody at the depot raised the brakes with us, Rowan said. \
                   Hart said the depot opens at six."
                .into(),
        }];
        let opts = AnalyzeOptions {
            targets: vec!["Kell Buses was warned about the brakes before the crash.".into()],
            ..AnalyzeOptions::default()
        };
        let labels = |c: f32| -> Vec<StanceLabel> {
            analyze(&sure(c), &docs, &opts).unwrap().documents[0]
                .claims
                .iter()
                .map(|c| c.stance[0].label)
                .collect()
        };
        // No clash rule fires; the negation and the shared "brakes" do, when NLI is sure enough.
        assert_eq!(labels(0.9), vec![StanceLabel::Against, StanceLabel::None]);
        assert_eq!(labels(0.6), vec![StanceLabel::None, StanceLabel::None]);
    }
}
