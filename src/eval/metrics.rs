//! Classification metrics (accuracy, per-class precision/recall/F1, macro-F1, confusion matrix)
//! and the FNC-1 weighted score.
//!
//! Undefined ratios (a class never predicted, or absent from the gold labels) count as 0, as in
//! scikit-learn's `zero_division=0`.

use serde::{Deserialize, Serialize};

/// A confusion matrix: rows are gold classes, columns predicted classes.
///
/// The predicted classes start with the gold classes, in the same order, and may add more (such as
/// a stance rule's `none`), which are always wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Confusion {
    /// Gold class names (row order).
    pub gold: Vec<String>,
    /// Predicted class names (column order); `gold` first, then any extra predictions.
    pub predicted: Vec<String>,
    /// `counts[g][p]`: examples of gold class `g` predicted as `p`.
    pub counts: Vec<Vec<usize>>,
}

/// Precision, recall and F1 of one gold class.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClassScores {
    /// The class name.
    pub label: String,
    /// Correct predictions of the class over all predictions of it.
    pub precision: f64,
    /// Correct predictions of the class over its gold examples.
    pub recall: f64,
    /// Harmonic mean of precision and recall.
    pub f1: f64,
    /// Gold examples of the class.
    pub support: usize,
    /// Predictions of the class.
    pub predicted: usize,
}

impl Confusion {
    /// An empty matrix over `gold` classes, with `extra` predicted-only classes.
    pub fn new(gold: &[&str], extra: &[&str]) -> Self {
        let predicted: Vec<String> = gold.iter().chain(extra).map(|s| s.to_string()).collect();
        Confusion {
            gold: gold.iter().map(|s| s.to_string()).collect(),
            counts: vec![vec![0; predicted.len()]; gold.len()],
            predicted,
        }
    }

    /// Counts one example of gold class index `gold` predicted as column `predicted`.
    pub fn add(&mut self, gold: usize, predicted: usize) {
        self.counts[gold][predicted] += 1;
    }

    /// Number of examples.
    pub fn total(&self) -> usize {
        self.counts.iter().flatten().sum()
    }

    /// Examples predicted as column `p`.
    pub fn predicted_count(&self, p: usize) -> usize {
        self.counts.iter().map(|row| row[p]).sum()
    }

    /// Share of examples on the diagonal.
    pub fn accuracy(&self) -> f64 {
        let correct: usize = (0..self.gold.len()).map(|g| self.counts[g][g]).sum();
        ratio(correct, self.total())
    }

    /// Per-gold-class scores, in gold order.
    pub fn class_scores(&self) -> Vec<ClassScores> {
        (0..self.gold.len())
            .map(|c| {
                let tp = self.counts[c][c];
                let support: usize = self.counts[c].iter().sum();
                let predicted = self.predicted_count(c);
                let precision = ratio(tp, predicted);
                let recall = ratio(tp, support);
                let f1 = if precision + recall > 0.0 {
                    2.0 * precision * recall / (precision + recall)
                } else {
                    0.0
                };
                ClassScores {
                    label: self.gold[c].clone(),
                    precision,
                    recall,
                    f1,
                    support,
                    predicted,
                }
            })
            .collect()
    }

    /// Unweighted mean F1 over the gold classes.
    pub fn macro_f1(&self) -> f64 {
        let scores = self.class_scores();
        if scores.is_empty() {
            return 0.0;
        }
        scores.iter().map(|s| s.f1).sum::<f64>() / scores.len() as f64
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// FNC-1 stance classes, in the official order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FncLabel {
    /// The body agrees with the headline.
    Agree,
    /// The body disagrees with the headline.
    Disagree,
    /// The body discusses the headline without taking a side.
    Discuss,
    /// The body is about something else.
    Unrelated,
}

impl FncLabel {
    /// All classes in the official order.
    pub const ALL: [FncLabel; 4] = [
        FncLabel::Agree,
        FncLabel::Disagree,
        FncLabel::Discuss,
        FncLabel::Unrelated,
    ];

    /// The dataset's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            FncLabel::Agree => "agree",
            FncLabel::Disagree => "disagree",
            FncLabel::Discuss => "discuss",
            FncLabel::Unrelated => "unrelated",
        }
    }

    /// Parses the dataset's spelling.
    pub fn parse(s: &str) -> Option<FncLabel> {
        FncLabel::ALL.into_iter().find(|l| l.as_str() == s.trim())
    }

    /// Index in [`FncLabel::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// Agree, disagree or discuss.
    pub fn is_related(self) -> bool {
        self != FncLabel::Unrelated
    }
}

/// The official FNC-1 weighted score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FncScore {
    /// Points earned.
    pub score: f64,
    /// Points a perfect system would earn on the same examples.
    pub max_score: f64,
    /// `score / max_score`.
    pub relative_score: f64,
}

/// Points for one prediction: 0.25 for related/unrelated right, 0.75 more for the exact related class.
pub fn fnc_points(gold: FncLabel, predicted: FncLabel) -> f64 {
    let mut points = 0.0;
    if gold.is_related() == predicted.is_related() {
        points += 0.25;
    }
    if gold.is_related() && gold == predicted {
        points += 0.75;
    }
    points
}

/// The FNC-1 score of `(gold, predicted)` pairs.
pub fn fnc_score(pairs: impl IntoIterator<Item = (FncLabel, FncLabel)>) -> FncScore {
    let (mut score, mut max_score) = (0.0, 0.0);
    for (g, p) in pairs {
        score += fnc_points(g, p);
        max_score += fnc_points(g, g);
    }
    FncScore {
        score,
        max_score,
        relative_score: if max_score > 0.0 {
            score / max_score
        } else {
            0.0
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    /// gold: a a a b b c; predicted: a a b b c c.
    fn small() -> Confusion {
        let mut m = Confusion::new(&["a", "b", "c"], &[]);
        for (g, p) in [(0, 0), (0, 0), (0, 1), (1, 1), (1, 2), (2, 2)] {
            m.add(g, p);
        }
        m
    }

    #[test]
    fn accuracy_and_confusion() {
        let m = small();
        assert_eq!(m.total(), 6);
        assert!(close(m.accuracy(), 4.0 / 6.0));
        assert_eq!(m.counts, vec![vec![2, 1, 0], vec![0, 1, 1], vec![0, 0, 1]]);
    }

    #[test]
    fn per_class_precision_recall_f1() {
        let s = small().class_scores();
        // a: tp 2, predicted 2, support 3.
        assert!(close(s[0].precision, 1.0) && close(s[0].recall, 2.0 / 3.0));
        assert!(close(s[0].f1, 0.8));
        // b: tp 1, predicted 2, support 2.
        assert!(close(s[1].precision, 0.5) && close(s[1].recall, 0.5) && close(s[1].f1, 0.5));
        // c: tp 1, predicted 2, support 1.
        assert!(close(s[2].precision, 0.5) && close(s[2].recall, 1.0));
        assert!(close(s[2].f1, 2.0 / 3.0));
        assert_eq!((s[2].support, s[2].predicted), (1, 2));
        assert!(close(small().macro_f1(), (0.8 + 0.5 + 2.0 / 3.0) / 3.0));
    }

    #[test]
    fn extra_predicted_class_is_always_wrong() {
        // Stance: gold favor/against, and the rule may say none.
        let mut m = Confusion::new(&["favor", "against"], &["none"]);
        for (g, p) in [(0, 0), (0, 2), (1, 1), (1, 2)] {
            m.add(g, p);
        }
        assert!(close(m.accuracy(), 0.5));
        assert_eq!(m.predicted_count(2), 2);
        let s = m.class_scores();
        assert!(close(s[0].precision, 1.0) && close(s[0].recall, 0.5));
        assert!(close(m.macro_f1(), 2.0 / 3.0));
    }

    #[test]
    fn never_predicted_class_scores_zero() {
        let mut m = Confusion::new(&["x", "y"], &[]);
        m.add(0, 0);
        m.add(1, 0);
        let s = m.class_scores();
        assert!(close(s[1].precision, 0.0) && close(s[1].f1, 0.0));
        assert!(close(Confusion::new(&["x"], &[]).accuracy(), 0.0));
    }

    #[test]
    fn fnc_scoring_rules() {
        use FncLabel::*;
        assert!(close(fnc_points(Unrelated, Unrelated), 0.25));
        assert!(close(fnc_points(Agree, Agree), 1.0));
        assert!(close(fnc_points(Agree, Discuss), 0.25));
        assert!(close(fnc_points(Agree, Unrelated), 0.0));
        assert!(close(fnc_points(Unrelated, Disagree), 0.0));
        let s = fnc_score([
            (Agree, Agree),
            (Disagree, Discuss),
            (Discuss, Unrelated),
            (Unrelated, Unrelated),
        ]);
        assert!(close(s.score, 1.0 + 0.25 + 0.0 + 0.25));
        assert!(close(s.max_score, 3.25));
        assert!(close(s.relative_score, 1.5 / 3.25));
        assert_eq!(FncLabel::parse("disagree"), Some(Disagree));
        assert_eq!(FncLabel::parse("maybe"), None);
    }
}
