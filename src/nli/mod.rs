//! Natural language inference: does a premise entail, contradict, or say nothing about a hypothesis?
//!
//! [`Scorer`] is the one trait in gainsay: the real [`OnnxScorer`] and test fakes implement it.

mod batch;
mod onnx;

use serde::{Deserialize, Serialize};

use crate::error::Result;

pub use batch::{padding_efficiency, plan_batches, Batch};
pub use onnx::{BatchPolicy, OnnxScorer, ScorerOptions};

/// An NLI label, normalised from the model's `id2label` spelling.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Label {
    /// The premise implies the hypothesis.
    Entailment,
    /// Neither implies the other.
    Neutral,
    /// Both cannot be true.
    Contradiction,
    /// Binary models' "anything but entailment".
    NotEntailment,
}

impl Label {
    /// Parses the spellings models use: `ENTAILMENT`, `entailment`, `not_entailment`, `Neutral`, ...
    pub fn parse(s: &str) -> Option<Label> {
        let l = s.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        match l.as_str() {
            "entailment" | "entails" | "entailed" => Some(Label::Entailment),
            "neutral" => Some(Label::Neutral),
            "contradiction" | "contradicts" | "contradictory" => Some(Label::Contradiction),
            "not_entailment" | "non_entailment" => Some(Label::NotEntailment),
            _ => None,
        }
    }
}

/// One (premise, hypothesis) pair to score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pair<'a> {
    /// The text taken as true.
    pub premise: &'a str,
    /// The text judged against it.
    pub hypothesis: &'a str,
}

impl<'a> Pair<'a> {
    /// A pair.
    pub fn new(premise: &'a str, hypothesis: &'a str) -> Self {
        Pair {
            premise,
            hypothesis,
        }
    }
}

/// Label probabilities for one pair. Binary models put their `not_entailment` mass in `neutral`
/// and have `contradiction` 0.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct Probs {
    /// P(entailment).
    pub entailment: f32,
    /// P(neutral) (or P(not_entailment) for binary models).
    pub neutral: f32,
    /// P(contradiction).
    pub contradiction: f32,
}

impl Probs {
    /// Builds probabilities from logits in the model's label order (softmax).
    pub fn from_logits(logits: &[f32], labels: &[Label]) -> Probs {
        let max = logits.iter().copied().fold(f32::NEG_INFINITY, f32::max);
        let exps: Vec<f32> = logits.iter().map(|&x| (x - max).exp()).collect();
        let sum: f32 = exps.iter().sum();
        let mut p = Probs::default();
        for (e, label) in exps.iter().zip(labels) {
            let v = e / sum;
            match label {
                Label::Entailment => p.entailment += v,
                Label::Neutral | Label::NotEntailment => p.neutral += v,
                Label::Contradiction => p.contradiction += v,
            }
        }
        p
    }

    /// The most probable label (ties go to neutral, then entailment).
    pub fn argmax(&self) -> Label {
        if self.contradiction > self.entailment && self.contradiction > self.neutral {
            Label::Contradiction
        } else if self.entailment > self.neutral {
            Label::Entailment
        } else {
            Label::Neutral
        }
    }

    /// Probability of `label`.
    pub fn get(&self, label: Label) -> f32 {
        match label {
            Label::Entailment => self.entailment,
            Label::Neutral | Label::NotEntailment => self.neutral,
            Label::Contradiction => self.contradiction,
        }
    }
}

/// Facts about a loaded scorer that later stages need.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModelInfo {
    /// Short model name.
    pub name: String,
    /// Labels in the model's output order.
    pub labels: Vec<Label>,
    /// True when outputs depend on batch-mates (dynamically quantized int8).
    pub batch_dependent: bool,
    /// sha256 of `model.onnx`, when known.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub sha256: Option<String>,
}

impl ModelInfo {
    /// Whether this model can call contradictions.
    pub fn has_contradiction(&self) -> bool {
        self.labels.contains(&Label::Contradiction)
    }
}

/// Scores NLI pairs. Results come back in input order, one [`Probs`] per pair.
pub trait Scorer: Send + Sync {
    /// Scores `pairs`; an empty slice gives an empty result.
    fn score(&self, pairs: &[Pair<'_>]) -> Result<Vec<Probs>>;
    /// What model this is.
    fn info(&self) -> &ModelInfo;
}

/// A scorer from a function, for tests of the stages above NLI.
pub struct FnScorer<F> {
    info: ModelInfo,
    f: F,
}

impl<F> FnScorer<F>
where
    F: Fn(&Pair<'_>) -> Probs + Send + Sync,
{
    /// Wraps `f` as a 3-way scorer named `name`.
    pub fn new(name: &str, f: F) -> Self {
        FnScorer {
            info: ModelInfo {
                name: name.to_string(),
                labels: vec![Label::Contradiction, Label::Entailment, Label::Neutral],
                batch_dependent: false,
                sha256: None,
            },
            f,
        }
    }
}

impl<F> Scorer for FnScorer<F>
where
    F: Fn(&Pair<'_>) -> Probs + Send + Sync,
{
    fn score(&self, pairs: &[Pair<'_>]) -> Result<Vec<Probs>> {
        Ok(pairs.iter().map(&self.f).collect())
    }

    fn info(&self) -> &ModelInfo {
        &self.info
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn softmax_follows_label_order() {
        let labels = [Label::Neutral, Label::Contradiction, Label::Entailment];
        let p = Probs::from_logits(&[0.0, 2.0, 0.0], &labels);
        assert!(p.contradiction > 0.75);
        assert!((p.entailment - p.neutral).abs() < 1e-6);
        assert!((p.entailment + p.neutral + p.contradiction - 1.0).abs() < 1e-6);
        assert_eq!(p.argmax(), Label::Contradiction);
    }

    #[test]
    fn label_spellings() {
        assert_eq!(Label::parse("ENTAILMENT"), Some(Label::Entailment));
        assert_eq!(Label::parse("not-entailment"), Some(Label::NotEntailment));
        assert_eq!(Label::parse("Contradiction"), Some(Label::Contradiction));
        assert_eq!(Label::parse("LABEL_0"), None);
    }

    #[test]
    fn fn_scorer_keeps_order() {
        let s = FnScorer::new("fake", |p: &Pair<'_>| Probs {
            entailment: p.premise.len() as f32,
            ..Probs::default()
        });
        let out = s
            .score(&[Pair::new("aaa", "x"), Pair::new("a", "x")])
            .unwrap();
        assert_eq!(out[0].entailment, 3.0);
        assert_eq!(out[1].entailment, 1.0);
    }
}
