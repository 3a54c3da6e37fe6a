//! Quality on labelled data: NLI accuracy, stance accuracy and the FNC-1 score of a [`Scorer`].
//!
//! [`datasets`] reads the sets as laid out in `shared/data/`, [`metrics`] scores predictions, and
//! [`evaluate`] runs a scorer over a loaded set with the decision rules of `docs/EVAL.md`.

pub mod datasets;
pub mod metrics;
mod pyrandom;

use std::collections::BTreeSet;
use std::fmt;
use std::str::FromStr;
use std::time::Instant;

use serde::{Deserialize, Serialize};

use crate::analyze::{stance_label, AnalyzeOptions};
use crate::claims::extract_claims;
use crate::error::{Error, Result};
use crate::nli::{Label, ModelInfo, Pair, Probs, Scorer};
use crate::relate::{self, Relatedness};
use crate::report::StanceLabel;

pub use datasets::{load, Examples, FncData, FncExample, NliExample, StanceExample};
pub use metrics::{fnc_score, ClassScores, Confusion, FncLabel, FncScore};
pub use pyrandom::PyRandom;

/// Version of the [`EvalReport`] shape.
pub const SCHEMA: &str = "gainsay.eval/1";

/// The labelled sets `gainsay eval` knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Dataset {
    /// SNLI 1.0 (3-way NLI).
    Snli,
    /// SICK, original labels (3-way NLI).
    Sick,
    /// Adversarial NLI dev R1–R3 (3-way NLI).
    Anli,
    /// Fake News Challenge stage 1 (headline/body stance).
    Fnc1,
    /// PERSPECTRUM claim–perspective stance.
    Perspectrum,
    /// IBM Debater claim–topic stance.
    IbmClaimStance,
    /// Breaking NLI (one-word substitutions, mostly contradiction).
    BreakingNli,
    /// CLIMATE-FEVER claim–evidence pairs (3-way NLI).
    ClimateFever,
}

impl Dataset {
    /// Every set, in the order of `docs/EVAL.md`.
    pub const ALL: [Dataset; 8] = [
        Dataset::Snli,
        Dataset::BreakingNli,
        Dataset::Sick,
        Dataset::Anli,
        Dataset::ClimateFever,
        Dataset::Fnc1,
        Dataset::Perspectrum,
        Dataset::IbmClaimStance,
    ];

    /// The command-line name.
    pub fn name(self) -> &'static str {
        match self {
            Dataset::Snli => "snli",
            Dataset::Sick => "sick",
            Dataset::Anli => "anli",
            Dataset::Fnc1 => "fnc1",
            Dataset::Perspectrum => "perspectrum",
            Dataset::IbmClaimStance => "ibm-claim-stance",
            Dataset::BreakingNli => "breaking-nli",
            Dataset::ClimateFever => "climate-fever",
        }
    }

    /// The folder under `shared/data/`.
    pub fn folder(self) -> &'static str {
        match self {
            Dataset::Anli => "anli_dev",
            Dataset::IbmClaimStance => "ibm_claim_stance",
            Dataset::BreakingNli => "breaking_nli",
            Dataset::ClimateFever => "climate_fever",
            other => other.name(),
        }
    }

    /// The splits this set has; the first is the default.
    pub fn splits(self) -> &'static [Split] {
        match self {
            Dataset::Snli => &[Split::Heldout, Split::Test, Split::Dev],
            Dataset::BreakingNli => &[Split::Heldout, Split::All],
            Dataset::Anli => &[Split::All, Split::R1, Split::R2, Split::R3],
            Dataset::Sick | Dataset::ClimateFever => &[Split::All],
            Dataset::Fnc1 => &[Split::Test, Split::Train],
            Dataset::Perspectrum => &[Split::Test, Split::Dev, Split::Train, Split::All],
            Dataset::IbmClaimStance => &[Split::Test, Split::Train, Split::All],
        }
    }

    /// Checks `split` (or picks the default) for this set.
    pub fn split(self, split: Option<Split>) -> Result<Split> {
        let known = self.splits();
        match split {
            None => Ok(known[0]),
            Some(s) if known.contains(&s) => Ok(s),
            Some(s) => Err(Error::InvalidOption(format!(
                "{} has no split `{s}` (known: {})",
                self.name(),
                known
                    .iter()
                    .map(|k| k.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ))),
        }
    }
}

impl fmt::Display for Dataset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Dataset {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self> {
        let norm = s.trim().to_ascii_lowercase().replace('_', "-");
        let norm = match norm.as_str() {
            "fnc-1" => "fnc1",
            "anli-dev" => "anli",
            "ibm" => "ibm-claim-stance",
            other => other,
        };
        Dataset::ALL
            .into_iter()
            .find(|d| d.name() == norm)
            .ok_or_else(|| {
                Error::InvalidOption(format!(
                    "unknown dataset `{s}` (known: {})",
                    Dataset::ALL.map(Dataset::name).join(", ")
                ))
            })
    }
}

/// Which part of a set to evaluate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Split {
    /// The pairs the default model's card holds out (SNLI test 3,000; Breaking-NLI 1,000).
    Heldout,
    /// The official test split.
    Test,
    /// The official dev split.
    Dev,
    /// The official train split.
    Train,
    /// Everything in the folder.
    All,
    /// ANLI round 1 dev.
    R1,
    /// ANLI round 2 dev.
    R2,
    /// ANLI round 3 dev.
    R3,
}

impl Split {
    /// The command-line name (also the split name inside PERSPECTRUM and IBM files).
    pub fn as_str(self) -> &'static str {
        match self {
            Split::Heldout => "heldout",
            Split::Test => "test",
            Split::Dev => "dev",
            Split::Train => "train",
            Split::All => "all",
            Split::R1 => "r1",
            Split::R2 => "r2",
            Split::R3 => "r3",
        }
    }
}

impl fmt::Display for Split {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Split {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self> {
        let all = [
            Split::Heldout,
            Split::Test,
            Split::Dev,
            Split::Train,
            Split::All,
            Split::R1,
            Split::R2,
            Split::R3,
        ];
        let norm = s.trim().to_ascii_lowercase().replace(['-', '_'], "");
        all.into_iter()
            .find(|x| x.as_str() == norm)
            .ok_or_else(|| Error::InvalidOption(format!("unknown split `{s}`")))
    }
}

/// How an evaluation run is set up.
#[derive(Debug, Clone, PartialEq)]
pub struct EvalOptions {
    /// Evaluate at most this many examples, drawn with a seeded shuffle.
    pub limit: Option<usize>,
    /// Seed of the `--limit` sample.
    pub seed: u64,
    /// Stance decision rule (thresholds) for the stance sets.
    pub analyze: AnalyzeOptions,
    /// FNC-1 decision rule.
    pub fnc: FncRules,
}

/// The zero-shot FNC-1 rule's settings. The defaults were chosen on a seeded sample of 1,500
/// FNC-1 *training* pairs (never on the test split); see docs/EVAL.md.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FncRules {
    /// A body is related when one of its claims reaches this relatedness to the headline.
    pub min_relatedness: f32,
    /// The most related claims (at or above `min_relatedness`) that NLI judges.
    pub claims: usize,
    /// Agree when the mean P(entailment) over those claims reaches this and beats contradiction.
    pub favor_threshold: f32,
    /// Disagree when the mean P(contradiction) reaches this and beats entailment. High, because
    /// the default model over-predicts contradiction on news text.
    pub against_threshold: f32,
}

impl Default for FncRules {
    fn default() -> Self {
        FncRules {
            min_relatedness: 0.15,
            claims: 2,
            favor_threshold: 0.5,
            against_threshold: 0.95,
        }
    }
}

impl Default for EvalOptions {
    fn default() -> Self {
        EvalOptions {
            limit: None,
            seed: datasets::HOLDOUT_SEED,
            analyze: AnalyzeOptions::default(),
            fnc: FncRules::default(),
        }
    }
}

/// Classification results: accuracy, macro-F1, per-class scores and the confusion matrix.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Classification {
    /// Share of examples labelled correctly.
    pub accuracy: f64,
    /// Unweighted mean F1 over the gold classes.
    pub macro_f1: f64,
    /// Per gold class.
    pub per_class: Vec<ClassScores>,
    /// Rows gold, columns predicted.
    pub confusion: Confusion,
}

impl From<&Confusion> for Classification {
    fn from(c: &Confusion) -> Self {
        Classification {
            accuracy: c.accuracy(),
            macro_f1: c.macro_f1(),
            per_class: c.class_scores(),
            confusion: c.clone(),
        }
    }
}

/// What one evaluation measured.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EvalReport {
    /// [`SCHEMA`].
    pub schema: String,
    /// The set.
    pub dataset: Dataset,
    /// The split.
    pub split: Split,
    /// The model scored.
    pub model: ModelInfo,
    /// Examples in the split before `--limit`.
    pub available: usize,
    /// Examples evaluated.
    pub examples: usize,
    /// The `--limit`, if any.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub limit: Option<usize>,
    /// Seed of the `--limit` sample.
    pub seed: u64,
    /// NLI pairs scored.
    pub nli_pairs: usize,
    /// Wall-clock seconds for scoring (loading excluded).
    pub seconds: f64,
    /// Accuracy, F1 and confusion.
    pub classification: Classification,
    /// FNC-1 only: the official weighted score.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub fnc: Option<FncScore>,
    /// Stance sets only: examples the rule labelled `none` (counted as wrong).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub predicted_none: Option<usize>,
    /// Decision rules in force, in words.
    pub rules: Vec<String>,
}

/// NLI gold classes in the default model's `id2label` order (the card's order).
pub const NLI_CLASSES: [Label; 3] = [Label::Contradiction, Label::Entailment, Label::Neutral];

fn nli_index(l: Label) -> usize {
    match l {
        Label::Contradiction => 0,
        Label::Entailment => 1,
        Label::Neutral | Label::NotEntailment => 2,
    }
}

/// Evaluates `scorer` on loaded `examples` (after applying `opts.limit`).
pub fn evaluate(
    scorer: &dyn Scorer,
    dataset: Dataset,
    split: Split,
    mut examples: Examples,
    opts: &EvalOptions,
) -> Result<EvalReport> {
    let available = examples.len();
    if let Some(limit) = opts.limit {
        examples.sample(limit, opts.seed);
    }
    let started = Instant::now();
    let mut report = EvalReport {
        schema: SCHEMA.to_string(),
        dataset,
        split,
        model: scorer.info().clone(),
        available,
        examples: examples.len(),
        limit: opts.limit,
        seed: opts.seed,
        nli_pairs: 0,
        seconds: 0.0,
        classification: Classification::from(&Confusion::new(&[], &[])),
        fnc: None,
        predicted_none: None,
        rules: Vec::new(),
    };
    match &examples {
        Examples::Nli(rows) => {
            let (c, n) = eval_nli(scorer, rows)?;
            report.classification = Classification::from(&c);
            report.nli_pairs = n;
            report.rules = vec!["label = argmax of the model's probabilities".into()];
        }
        Examples::Stance(rows) => {
            let (c, n) = eval_stance(scorer, rows, &opts.analyze)?;
            report.predicted_none = Some(c.predicted_count(2));
            report.classification = Classification::from(&c);
            report.nli_pairs = n;
            report.rules = stance_rules(&opts.analyze);
        }
        Examples::Fnc(data) => {
            let (c, score, n) = eval_fnc(scorer, data, opts)?;
            report.classification = Classification::from(&c);
            report.fnc = Some(score);
            report.nli_pairs = n;
            report.rules = fnc_rules(opts);
        }
    }
    report.seconds = started.elapsed().as_secs_f64();
    Ok(report)
}

/// NLI: one call over all pairs, so length-sorted batching sees the whole set (as the card's eval).
fn eval_nli(scorer: &dyn Scorer, rows: &[NliExample]) -> Result<(Confusion, usize)> {
    let pairs: Vec<Pair<'_>> = rows
        .iter()
        .map(|r| Pair::new(&r.premise, &r.hypothesis))
        .collect();
    let probs = scorer.score(&pairs)?;
    let names: Vec<&str> = NLI_CLASSES.iter().map(|l| label_name(*l)).collect();
    let mut c = Confusion::new(&names, &[]);
    for (r, p) in rows.iter().zip(&probs) {
        c.add(nli_index(r.label), nli_index(p.argmax()));
    }
    Ok((c, pairs.len()))
}

fn label_name(l: Label) -> &'static str {
    match l {
        Label::Entailment => "entailment",
        Label::Neutral => "neutral",
        Label::Contradiction => "contradiction",
        Label::NotEntailment => "not_entailment",
    }
}

/// Stance: premise = the perspective/claim, hypothesis = the target; `stance_label` decides.
fn eval_stance(
    scorer: &dyn Scorer,
    rows: &[StanceExample],
    opts: &AnalyzeOptions,
) -> Result<(Confusion, usize)> {
    let pairs: Vec<Pair<'_>> = rows.iter().map(|r| Pair::new(&r.text, &r.target)).collect();
    let probs = scorer.score(&pairs)?;
    let mut c = Confusion::new(&["favor", "against"], &["none"]);
    for (r, p) in rows.iter().zip(&probs) {
        c.add(stance_index(r.label), stance_index(stance_label(p, opts)));
    }
    Ok((c, pairs.len()))
}

fn stance_index(l: StanceLabel) -> usize {
    match l {
        StanceLabel::Favor => 0,
        StanceLabel::Against => 1,
        StanceLabel::None => 2,
    }
}

fn stance_rules(o: &AnalyzeOptions) -> Vec<String> {
    vec![
        "premise = perspective/claim, hypothesis = target (claim/topic)".into(),
        format!(
            "favor if P(entailment) >= {} and > P(contradiction); against if P(contradiction) >= {} and > P(entailment); else none (gainsay::analyze::stance_label, default AnalyzeOptions)",
            o.favor_threshold, o.against_threshold
        ),
        "none counts as wrong: it is in the confusion matrix as an extra predicted column".into(),
    ]
}

/// Decides one FNC-1 pair from its [`FncEvidence`].
///
/// Unrelated when no body claim reaches `min_relatedness` with the headline. Otherwise the mean
/// NLI probabilities over the judged claims go through [`stance_label`] with the rule's
/// thresholds: favor → agree, against → disagree, none → discuss.
pub fn fnc_decide(ev: &FncEvidence, rules: &FncRules) -> FncLabel {
    if ev.best_relatedness < rules.min_relatedness || ev.probs.is_empty() {
        return FncLabel::Unrelated;
    }
    let n = ev.probs.len() as f32;
    let mean = Probs {
        entailment: ev.probs.iter().map(|p| p.entailment).sum::<f32>() / n,
        neutral: ev.probs.iter().map(|p| p.neutral).sum::<f32>() / n,
        contradiction: ev.probs.iter().map(|p| p.contradiction).sum::<f32>() / n,
    };
    let opts = AnalyzeOptions {
        favor_threshold: rules.favor_threshold,
        against_threshold: rules.against_threshold,
        ..AnalyzeOptions::default()
    };
    match stance_label(&mean, &opts) {
        StanceLabel::Favor => FncLabel::Agree,
        StanceLabel::Against => FncLabel::Disagree,
        StanceLabel::None => FncLabel::Discuss,
    }
}

fn fnc_rules(opts: &EvalOptions) -> Vec<String> {
    let r = &opts.fnc;
    vec![
        "body claims: gainsay::claims::extract_claims, units of kind claim, their content (attribution frame removed)".into(),
        format!(
            "relatedness: gainsay::relate IDF-weighted term overlap of each claim with the headline (IDF over the body's claims and the headline); unrelated if no claim reaches {}",
            r.min_relatedness
        ),
        format!(
            "NLI: premise = each of the {} most related claims at or above that relatedness, hypothesis = headline; probabilities averaged over them",
            r.claims
        ),
        format!(
            "agree if mean P(entailment) >= {} and > mean P(contradiction); disagree if mean P(contradiction) >= {} and > mean P(entailment); else discuss (gainsay::analyze::stance_label with these thresholds)",
            r.favor_threshold, r.against_threshold
        ),
    ]
}

/// The body's claims most related to the headline, with the best relatedness.
struct Related<'a> {
    best: f32,
    premises: Vec<&'a str>,
}

fn related_claims<'a>(
    claims: &'a [String],
    sets: &[BTreeSet<String>],
    rel: &Relatedness,
    headline: &BTreeSet<String>,
    opts: &EvalOptions,
) -> Related<'a> {
    let mut scored: Vec<(usize, f32)> = (0..claims.len())
        .map(|i| (i, rel.similarity_to(sets, i, headline)))
        .collect();
    scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let best = scored.first().map_or(0.0, |s| s.1);
    Related {
        best,
        premises: scored
            .iter()
            .filter(|s| s.1 >= opts.fnc.min_relatedness)
            .take(opts.fnc.claims)
            .map(|s| claims[s.0].as_str())
            .collect(),
    }
}

/// What the FNC-1 rule sees of one (headline, body) pair.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FncEvidence {
    /// Highest relatedness of any body claim to the headline.
    pub best_relatedness: f32,
    /// NLI scores (claim → headline) of the most related claims, most related first.
    pub probs: Vec<Probs>,
}

/// Extracts each body's claims, finds those related to the headline, and scores them with NLI.
pub fn fnc_evidence(
    scorer: &dyn Scorer,
    data: &FncData,
    opts: &EvalOptions,
) -> Result<Vec<FncEvidence>> {
    // Claims of each body that is used, extracted once.
    let mut body_claims: Vec<Option<Vec<String>>> = vec![None; data.bodies.len()];
    for ex in &data.examples {
        body_claims[ex.body].get_or_insert_with(|| {
            extract_claims(&data.bodies[ex.body])
                .into_iter()
                .filter(|c| c.kind.is_claim() && !c.content.trim().is_empty())
                .map(|c| c.content)
                .collect()
        });
    }
    let mut found = Vec::with_capacity(data.examples.len());
    let mut pairs: Vec<Pair<'_>> = Vec::new();
    for ex in &data.examples {
        let claims = body_claims[ex.body].as_deref().unwrap_or_default();
        let mut sets: Vec<BTreeSet<String>> = claims.iter().map(|c| relate::terms(c)).collect();
        let headline = relate::terms(&ex.headline);
        sets.push(headline.clone());
        let rel = Relatedness::new(&sets);
        let r = related_claims(claims, &sets, &rel, &headline, opts);
        let start = pairs.len();
        if r.best >= opts.fnc.min_relatedness {
            pairs.extend(r.premises.iter().map(|p| Pair::new(p, &ex.headline)));
        }
        found.push((r.best, start..pairs.len()));
    }
    let probs = scorer.score(&pairs)?;
    Ok(found
        .into_iter()
        .map(|(best, range)| FncEvidence {
            best_relatedness: best,
            probs: probs[range].to_vec(),
        })
        .collect())
}

fn eval_fnc(
    scorer: &dyn Scorer,
    data: &FncData,
    opts: &EvalOptions,
) -> Result<(Confusion, FncScore, usize)> {
    let evidence = fnc_evidence(scorer, data, opts)?;
    let names: Vec<&str> = FncLabel::ALL.iter().map(|l| l.as_str()).collect();
    let mut c = Confusion::new(&names, &[]);
    let mut scored = Vec::with_capacity(data.examples.len());
    for (ex, ev) in data.examples.iter().zip(&evidence) {
        let pred = fnc_decide(ev, &opts.fnc);
        c.add(ex.label.index(), pred.index());
        scored.push((ex.label, pred));
    }
    let pairs = evidence.iter().map(|e| e.probs.len()).sum();
    Ok((c, fnc_score(scored), pairs))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for d in Dataset::ALL {
            assert_eq!(d.name().parse::<Dataset>().unwrap(), d);
            for s in d.splits() {
                assert_eq!(s.as_str().parse::<Split>().unwrap(), *s);
            }
        }
        assert_eq!(
            "ibm_claim_stance".parse::<Dataset>().unwrap().folder(),
            "ibm_claim_stance"
        );
        assert!(Dataset::Sick.split(Some(Split::Heldout)).is_err());
        assert_eq!(Dataset::Snli.split(None).unwrap(), Split::Heldout);
    }

    #[test]
    fn fnc_decision_rules() {
        let r = FncRules::default();
        let p = |e, c| Probs {
            entailment: e,
            neutral: 1.0 - e - c,
            contradiction: c,
        };
        let ev = |rel, probs: Vec<Probs>| FncEvidence {
            best_relatedness: rel,
            probs,
        };
        assert_eq!(
            fnc_decide(&ev(0.01, vec![p(0.9, 0.0)]), &r),
            FncLabel::Unrelated
        );
        assert_eq!(fnc_decide(&ev(0.5, vec![]), &r), FncLabel::Unrelated);
        // Means: E 0.55, C 0.1.
        assert_eq!(
            fnc_decide(&ev(0.5, vec![p(0.3, 0.1), p(0.8, 0.1)]), &r),
            FncLabel::Agree
        );
        assert_eq!(
            fnc_decide(&ev(0.5, vec![p(0.0, 0.99), p(0.02, 0.97)]), &r),
            FncLabel::Disagree
        );
        // Contradiction 0.8 is below the high against threshold: discuss.
        assert_eq!(
            fnc_decide(&ev(0.5, vec![p(0.1, 0.8)]), &r),
            FncLabel::Discuss
        );
    }
}
