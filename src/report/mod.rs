//! The report: everything `gainsay analyze` found, as stable, versioned serde types, and its
//! renderings (JSON, Markdown, HTML, text).
//!
//! The JSON shape is `gainsay.report.v1`; fields are only ever added within a version.

mod html;
mod markdown;
mod text;

use serde::{Deserialize, Serialize};

use crate::claims::Claim;
use crate::nli::{ModelInfo, Probs};

pub use html::render_html;
pub use markdown::render_markdown;
pub use text::render_text;

/// The schema name written into every report.
pub const SCHEMA: &str = "gainsay.report.v1";

/// A whole analysis run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Always [`SCHEMA`].
    pub schema: String,
    /// What wrote the report.
    pub generator: Generator,
    /// The NLI model used.
    pub model: ModelInfo,
    /// The decision rules in force.
    pub settings: Settings,
    /// Statements stance was measured against: given by the user, or the disputes' propositions.
    pub targets: Vec<Target>,
    /// The analysed documents with their claims.
    pub documents: Vec<DocumentReport>,
    /// Pairs of claims that contradict each other, highest score first.
    pub contradictions: Vec<Contradiction>,
    /// Contradictions grouped into contested propositions with two sides.
    pub disputes: Vec<Dispute>,
    /// Counts (and, optionally, timings).
    pub stats: Stats,
}

/// The program that wrote a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Generator {
    /// `gainsay`.
    pub name: String,
    /// Its version.
    pub version: String,
}

impl Default for Generator {
    fn default() -> Self {
        Generator {
            name: "gainsay".into(),
            version: env!("CARGO_PKG_VERSION").into(),
        }
    }
}

/// Thresholds and candidate rules used for a report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// P(entailment) at or above which a claim favours a target.
    pub favor_threshold: f32,
    /// P(contradiction) at or above which a claim is against a target.
    pub against_threshold: f32,
    /// Pair score at or above which two claims are reported as contradicting.
    pub contradiction_threshold: f32,
    /// Candidate partners kept per claim (the pruning rule's k).
    pub neighbours: usize,
    /// Minimum relatedness (0..1) for a pair or a claim/target to be judged by NLI at all.
    pub min_relatedness: f32,
    /// Minimum relatedness of a claim to a target for its stance to be judged (absent in reports
    /// written before it existed; they used `min_relatedness`).
    #[serde(default)]
    pub stance_min_relatedness: f32,
    /// Extra candidate partners per denial (absent in reports written before it existed).
    #[serde(default)]
    pub denial_partners: usize,
    /// The narrator's own sentences were paired with each other (absent in reports written
    /// before it existed, when they were).
    #[serde(default = "yes")]
    pub narrator_pairs: bool,
    /// Pairs had to clash on the surface as well (absent in reports written before it existed).
    #[serde(default)]
    pub require_clash: bool,
}

/// Where a target came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetOrigin {
    /// `--target` or a targets file.
    User,
    /// The proposition of a dispute found in the text.
    Dispute,
}

/// A statement stance is measured against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Target {
    /// `t1`, `t2`, ...
    pub id: String,
    /// The statement.
    pub text: String,
    /// Where it came from.
    pub origin: TargetOrigin,
    /// For dispute targets, the dispute's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dispute: Option<String>,
}

/// One analysed document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentReport {
    /// Stable id: given, or derived from the file name.
    pub id: String,
    /// Where it was read from, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The full text, so spans can be shown in context.
    pub text: String,
    /// Claims and non-claims in order.
    pub claims: Vec<ClaimReport>,
}

/// A claim with its stance toward each target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimReport {
    /// The claim as extracted.
    #[serde(flatten)]
    pub claim: Claim,
    /// Stance toward each target (empty for non-claims).
    pub stance: Vec<Stance>,
}

/// A claim's stance toward one target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stance {
    /// The target's id.
    pub target: String,
    /// The decision.
    pub label: StanceLabel,
    /// NLI probabilities with the claim as premise and the target as hypothesis; absent when the
    /// claim is unrelated to the target and NLI was not asked.
    pub scores: Option<Probs>,
}

/// favor / against / none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StanceLabel {
    /// The claim supports the target.
    Favor,
    /// The claim contradicts the target.
    Against,
    /// Neither, or unrelated.
    None,
}

/// A claim in a given document.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ClaimRef {
    /// Document id.
    pub doc: String,
    /// Claim id within the document.
    pub claim: String,
}

/// Two claims that contradict each other.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Contradiction {
    /// `x1`, `x2`, ...
    pub id: String,
    /// The earlier claim's id.
    pub a: String,
    /// The later claim's id.
    pub b: String,
    /// Document of `a`.
    pub doc_a: String,
    /// Document of `b`.
    pub doc_b: String,
    /// Combined score of both directions (their mean contradiction probability).
    pub score: f32,
    /// NLI with `a` as premise and `b` as hypothesis.
    pub a_to_b: Probs,
    /// NLI with `b` as premise and `a` as hypothesis.
    pub b_to_a: Probs,
    /// The cheap relatedness signal that made this pair a candidate.
    pub relatedness: f32,
    /// Both claims have the same speaker: a self-contradiction.
    pub same_speaker: bool,
    /// The claims come from different documents.
    pub cross_document: bool,
    /// The surface sign that the claims cannot both hold (absent: none was required or found).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clash: Option<crate::analyze::Clash>,
    /// The dispute this pair belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dispute: Option<String>,
}

/// A contested proposition: contradiction pairs grouped, with the claims on each side.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dispute {
    /// `p1`, `p2`, ...
    pub id: String,
    /// The proposition in dispute (the content of the most contradicted claim on the first side).
    pub proposition: String,
    /// The target id under which stance toward the proposition is reported.
    pub target: String,
    /// The two sides: `favor` (asserts the proposition) and `against`.
    pub sides: Vec<Side>,
    /// Ids of the contradiction pairs in this dispute.
    pub contradictions: Vec<String>,
}

/// One side of a dispute.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Side {
    /// The side's stance toward the dispute's proposition.
    pub stance: StanceLabel,
    /// Its claims.
    pub claims: Vec<ClaimRef>,
    /// Its speakers, by name; `null` is the document's author.
    pub speakers: Vec<Option<String>>,
}

/// Counts for a run.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Stats {
    /// Documents analysed.
    pub documents: usize,
    /// Units of type `claim` (the ones that take part in pairing).
    pub claims: usize,
    /// Pairs a brute-force run would have judged: n(n-1)/2.
    pub all_pairs: usize,
    /// Pairs the candidate rule kept.
    pub candidate_pairs: usize,
    /// NLI calls for contradictions: two per candidate pair that clashes (all candidate pairs
    /// when no clash is required).
    pub contradiction_calls: usize,
    /// NLI calls for stance.
    pub stance_calls: usize,
    /// Wall-clock timings; omitted where output must be reproducible byte for byte.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timing: Option<Timing>,
}

/// Where the time went.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Timing {
    /// Whole analysis, milliseconds.
    pub total_ms: f64,
    /// Inside NLI scoring, milliseconds.
    pub nli_ms: f64,
}

impl Report {
    /// Looks a claim up by document and claim id.
    pub fn claim(&self, doc: &str, claim: &str) -> Option<&ClaimReport> {
        self.documents
            .iter()
            .find(|d| d.id == doc)?
            .claims
            .iter()
            .find(|c| c.claim.id == claim)
    }
}

/// Serde default for settings that were always on before they could be turned off.
fn yes() -> bool {
    true
}
