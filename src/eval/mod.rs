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
    /// Decision rules for stance and FNC-1 (thresholds, relatedness).
    pub analyze: AnalyzeOptions,
    /// FNC-1: at most this many of a body's claims (the most related to the headline) go to NLI.
    pub fnc_claims: usize,
}

impl Default for EvalOptions {
    fn default() -> Self {
        EvalOptions {
            limit: None,
            seed: datasets::HOLDOUT_SEED,
            analyze: AnalyzeOptions::default(),
            fnc_claims: 5,
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

/// Decides one FNC-1 pair from the body's claims' relatedness and NLI scores.
///
/// Unrelated when no claim reaches `min_relatedness` with the headline; otherwise the most related
/// claims are premises for the headline, and the strongest entailment or contradiction among them
/// decides agree or disagree, else discuss.
pub fn fnc_decide(max_related: f32, probs: &[Probs], opts: &AnalyzeOptions) -> FncLabel {
    if max_related < opts.min_relatedness || probs.is_empty() {
        return FncLabel::Unrelated;
    }
    let max_e = probs.iter().map(|p| p.entailment).fold(0.0, f32::max);
    let max_c = probs.iter().map(|p| p.contradiction).fold(0.0, f32::max);
    let best = Probs {
        entailment: max_e,
        contradiction: max_c,
        neutral: 0.0,
    };
    match stance_label(&best, opts) {
        StanceLabel::Favor => FncLabel::Agree,
        StanceLabel::Against => FncLabel::Disagree,
        StanceLabel::None => FncLabel::Discuss,
    }
}

fn fnc_rules(opts: &EvalOptions) -> Vec<String> {
    let a = &opts.analyze;
    vec![
        "body claims: gainsay::claims::extract_claims, claims only (kind is claim), their content".into(),
        format!(
            "relatedness: gainsay::relate IDF-weighted term overlap of each claim with the headline (IDF over the body's claims and the headline); unrelated if no claim reaches {}",
            a.min_relatedness
        ),
        format!(
            "NLI: premise = each of the {} most related claims at or above that relatedness, hypothesis = headline",
            opts.fnc_claims
        ),
        format!(
            "agree if max P(entailment) >= {} and > max P(contradiction); disagree if max P(contradiction) >= {} and > max P(entailment); else discuss",
            a.favor_threshold, a.against_threshold
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
            .filter(|s| s.1 >= opts.analyze.min_relatedness)
            .take(opts.fnc_claims)
            .map(|s| claims[s.0].as_str())
            .collect(),
    }
}

fn eval_fnc(
    scorer: &dyn Scorer,
    data: &FncData,
    opts: &EvalOptions,
) -> Result<(Confusion, FncScore, usize)> {
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
    let mut decisions = Vec::with_capacity(data.examples.len());
    let mut pairs: Vec<Pair<'_>> = Vec::new();
    // (best relatedness, range of this example's pairs)
    for ex in &data.examples {
        let claims = body_claims[ex.body].as_deref().unwrap_or_default();
        let mut sets: Vec<BTreeSet<String>> = claims.iter().map(|c| relate::terms(c)).collect();
        let headline = relate::terms(&ex.headline);
        sets.push(headline.clone());
        let rel = Relatedness::new(&sets);
        let r = related_claims(claims, &sets, &rel, &headline, opts);
        let start = pairs.len();
        if r.best >= opts.analyze.min_relatedness {
            pairs.extend(r.premises.iter().map(|p| Pair::new(p, &ex.headline)));
        }
        decisions.push((r.best, start..pairs.len()));
    }
    let probs = scorer.score(&pairs)?;
    let names: Vec<&str> = FncLabel::ALL.iter().map(|l| l.as_str()).collect();
    let mut c = Confusion::new(&names, &[]);
    let mut scored = Vec::with_capacity(data.examples.len());
    for (ex, (best, range)) in data.examples.iter().zip(decisions) {
        let pred = fnc_decide(best, &probs[range], &opts.analyze);
        c.add(ex.label.index(), pred.index());
        scored.push((ex.label, pred));
    }
    Ok((c, fnc_score(scored), pairs.len()))
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
        let o = AnalyzeOptions::default();
        let p = |e, c| Probs {
            entailment: e,
            neutral: 1.0 - e - c,
            contradiction: c,
        };
        assert_eq!(fnc_decide(0.01, &[p(0.9, 0.0)], &o), FncLabel::Unrelated);
        assert_eq!(fnc_decide(0.5, &[], &o), FncLabel::Unrelated);
        assert_eq!(
            fnc_decide(0.5, &[p(0.1, 0.2), p(0.8, 0.1)], &o),
            FncLabel::Agree
        );
        assert_eq!(
            fnc_decide(0.5, &[p(0.1, 0.7), p(0.3, 0.1)], &o),
            FncLabel::Disagree
        );
        assert_eq!(fnc_decide(0.5, &[p(0.3, 0.3)], &o), FncLabel::Discuss);
    }
}
