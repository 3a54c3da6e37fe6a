//! Candidate pairs: which claims are related enough for NLI to judge them.
//!
//! Each claim keeps its `k` most related partners (IDF-weighted overlap of content words, found
//! through an inverted index); the union of those pairs is judged. So at most `k·n` pairs and
//! `2k·n` NLI calls for `n` claims — linear, not quadratic.

use std::collections::{BTreeSet, HashMap};

use crate::relate::Relatedness;

/// A pairing unit as the candidate rule sees it.
#[derive(Debug, Clone)]
pub struct Unit {
    /// Index of the document.
    pub doc: usize,
    /// Sentence index within the document.
    pub sentence: usize,
    /// Speaker name (`None`: the author).
    pub speaker: Option<String>,
    /// Byte span of the claim in its document.
    pub span: (usize, usize),
}

/// A candidate pair `(i, j)` with `i < j` and its relatedness.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Candidate {
    /// First unit.
    pub i: usize,
    /// Second unit.
    pub j: usize,
    /// Relatedness in 0..=1.
    pub relatedness: f32,
}

/// Pairs that may never be judged: a claim with itself, overlapping text (a claim and its own
/// attribution frame), and one speaker's clauses of one sentence.
fn excluded(a: &Unit, b: &Unit) -> bool {
    if a.doc != b.doc {
        return false;
    }
    let overlap = a.span.0 < b.span.1 && b.span.0 < a.span.1;
    overlap || (a.sentence == b.sentence && a.speaker == b.speaker)
}

/// The candidate rule's knobs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CandidateRule {
    /// Partners kept per unit (k).
    pub neighbours: usize,
    /// Minimum relatedness for a partner.
    pub min_relatedness: f32,
    /// Whether units of different documents may pair.
    pub cross_document: bool,
}

/// Terms shared by more units than this are skipped when looking for partners: they carry almost
/// no weight, and walking their postings would make the search quadratic.
const MAX_POSTINGS: usize = 2_000;

/// The candidate rule: each unit's `k` best partners at or above `min_relatedness`.
pub fn candidates(
    units: &[Unit],
    sets: &[BTreeSet<String>],
    rel: &Relatedness,
    rule: &CandidateRule,
) -> Vec<Candidate> {
    let (k, min_relatedness) = (rule.neighbours, rule.min_relatedness);
    let mut postings: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, s) in sets.iter().enumerate() {
        for t in s {
            postings.entry(t.as_str()).or_default().push(i);
        }
    }
    let mut chosen: BTreeSet<(usize, usize)> = BTreeSet::new();
    let mut scores: HashMap<(usize, usize), f32> = HashMap::new();
    for i in 0..units.len() {
        let mut partners: BTreeSet<usize> = BTreeSet::new();
        for t in &sets[i] {
            let posting = &postings[t.as_str()];
            if posting.len() <= MAX_POSTINGS {
                partners.extend(posting.iter().copied().filter(|&j| j != i));
            }
        }
        let mut ranked: Vec<(usize, f32)> = partners
            .into_iter()
            .filter(|&j| rule.cross_document || units[j].doc == units[i].doc)
            .filter(|&j| !excluded(&units[i], &units[j]))
            .map(|j| (j, rel.similarity(sets, i, j)))
            .filter(|&(_, s)| s >= min_relatedness)
            .collect();
        // Best first; ties go to the nearer claim, then the earlier one, for determinism.
        ranked.sort_by(|x, y| {
            y.1.total_cmp(&x.1)
                .then_with(|| x.0.abs_diff(i).cmp(&y.0.abs_diff(i)))
                .then_with(|| x.0.cmp(&y.0))
        });
        for &(j, s) in ranked.iter().take(k) {
            let key = (i.min(j), i.max(j));
            chosen.insert(key);
            scores.insert(key, s);
        }
    }
    chosen
        .into_iter()
        .map(|(i, j)| Candidate {
            i,
            j,
            relatedness: scores[&(i, j)],
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::relate::terms;

    fn unit(doc: usize, sentence: usize, speaker: Option<&str>, span: (usize, usize)) -> Unit {
        Unit {
            doc,
            sentence,
            speaker: speaker.map(str::to_string),
            span,
        }
    }

    fn rule(neighbours: usize, min_relatedness: f32) -> CandidateRule {
        CandidateRule {
            neighbours,
            min_relatedness,
            cross_document: true,
        }
    }

    #[test]
    fn keeps_related_pairs_and_stays_linear() {
        let texts = [
            "The union said 500 jobs will be cut at the plant.",
            "Management said only 50 positions at the plant will be affected.",
            "The weather was sunny in Leeds.",
            "Rain is expected in Leeds tomorrow.",
        ];
        let units: Vec<Unit> = (0..texts.len())
            .map(|i| unit(0, i, None, (i * 100, i * 100 + 50)))
            .collect();
        let sets: Vec<_> = texts.iter().map(|t| terms(t)).collect();
        let rel = Relatedness::new(&sets);
        let c = candidates(&units, &sets, &rel, &rule(2, 0.05));
        assert!(c.iter().any(|p| (p.i, p.j) == (0, 1)));
        assert!(c.iter().any(|p| (p.i, p.j) == (2, 3)));
        assert!(!c.iter().any(|p| (p.i, p.j) == (0, 2)));
        assert!(c.len() <= 2 * texts.len());
    }

    #[test]
    fn never_pairs_overlapping_or_same_speaker_same_sentence() {
        let a = unit(0, 3, Some("Pigott"), (10, 40));
        assert!(excluded(&a, &unit(0, 3, Some("Pigott"), (50, 60))));
        assert!(excluded(&a, &unit(0, 4, Some("X"), (30, 60))));
        assert!(!excluded(&a, &unit(0, 3, Some("Union"), (50, 60))));
        assert!(!excluded(&a, &unit(1, 3, Some("Pigott"), (10, 40))));
    }

    #[test]
    fn k_bounds_the_pair_count() {
        let texts: Vec<String> = (0..40)
            .map(|i| format!("The council debated the harbour budget, item {i}."))
            .collect();
        let units: Vec<Unit> = (0..texts.len())
            .map(|i| unit(0, i, None, (i * 100, i * 100 + 50)))
            .collect();
        let sets: Vec<_> = texts.iter().map(|t| terms(t)).collect();
        let rel = Relatedness::new(&sets);
        for k in [1, 2, 3] {
            let c = candidates(&units, &sets, &rel, &rule(k, 0.0));
            assert!(c.len() <= k * texts.len(), "k={k}: {}", c.len());
            assert!(c.len() >= texts.len() / 2);
        }
    }
}
