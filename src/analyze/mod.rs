//! `analyze`: claims → candidate pairs → NLI both ways → contradictions → disputes → stance.

mod candidates;
mod disputes;

use std::collections::BTreeSet;
use std::time::Instant;

use crate::claims::{self, Claim};
use crate::error::{Error, Result};
use crate::nli::{Pair, Probs, Scorer};
use crate::relate::{self, Relatedness};
use crate::report::{
    ClaimRef, ClaimReport, Contradiction, Dispute, DocumentReport, Generator, Report, Settings,
    Side, Stance, StanceLabel, Stats, Target, TargetOrigin, Timing, SCHEMA,
};

pub use candidates::{candidates, Candidate, CandidateRule, Unit};
pub use disputes::{group, Grouped};

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
    /// Minimum relatedness for NLI to be asked at all.
    pub min_relatedness: f32,
    /// Look for contradictions (needs a 3-way model).
    pub contradictions: bool,
    /// Also pair claims of different documents (off: each document on its own, as `batch` does
    /// before its cross-document pass).
    pub cross_document: bool,
    /// Record wall-clock timings in the report (makes it differ run to run).
    pub timing: bool,
}

impl Default for AnalyzeOptions {
    fn default() -> Self {
        AnalyzeOptions {
            targets: Vec::new(),
            favor_threshold: 0.5,
            against_threshold: 0.5,
            contradiction_threshold: 0.5,
            neighbours: 2,
            min_relatedness: 0.15,
            contradictions: true,
            cross_document: true,
            timing: false,
        }
    }
}

impl AnalyzeOptions {
    fn settings(&self) -> Settings {
        Settings {
            favor_threshold: self.favor_threshold,
            against_threshold: self.against_threshold,
            contradiction_threshold: self.contradiction_threshold,
            neighbours: self.neighbours,
            min_relatedness: self.min_relatedness,
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
    content: Vec<&'d str>,
    sets: Vec<BTreeSet<String>>,
}

fn collect_units<'d>(docs: &'d [Document], claims: &'d [Vec<Claim>]) -> Units<'d> {
    let mut u = Units {
        units: Vec::new(),
        at: Vec::new(),
        content: Vec::new(),
        sets: Vec::new(),
    };
    for (d, (doc, cs)) in docs.iter().zip(claims).enumerate() {
        let sentences = claims::sentences(&doc.text);
        for (c, claim) in cs.iter().enumerate() {
            if !claim.kind.is_claim() || claim.content.trim().is_empty() {
                continue;
            }
            let mut set = relate::terms(&claim.content);
            // "There is no rift between the two": the two are named in the sentence before.
            if relate::is_anaphoric(&claim.content) && claim.sentence > 0 {
                if let Some(prev) = sentences.get(claim.sentence - 1) {
                    set.extend(relate::name_terms(prev.slice(&doc.text)));
                }
            }
            u.units.push(Unit {
                doc: d,
                sentence: claim.sentence,
                speaker: claim.speaker.as_ref().map(|s| s.name.clone()),
                span: (claim.span.start, claim.span.end),
            });
            u.at.push((d, c));
            u.content.push(&claim.content);
            u.sets.push(set);
        }
    }
    u
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
            },
        );
        let pairs: Vec<Pair<'_>> = cands
            .iter()
            .flat_map(|c| {
                [
                    Pair::new(units.content[c.i], units.content[c.j]),
                    Pair::new(units.content[c.j], units.content[c.i]),
                ]
            })
            .collect();
        stats.candidate_pairs = cands.len();
        stats.contradiction_calls = pairs.len();
        let probs = timed.score(&pairs)?;
        for (c, p) in cands.iter().zip(probs.chunks(2)) {
            let score = (p[0].contradiction + p[1].contradiction) / 2.0;
            if score < opts.contradiction_threshold {
                continue;
            }
            let (a, b) = (claim_ref(c.i), claim_ref(c.j));
            let (ua, ub) = (&units.units[c.i], &units.units[c.j]);
            edges.push((c.i, c.j));
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
                dispute: None,
            });
        }
    }
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
    let edges: Vec<(usize, usize)> = order.iter().map(|&i| edges[i]).collect();

    // Disputes.
    let grouped = group(&edges);
    let mut contradictions = contradictions;
    let mut disputes = Vec::new();
    for (k, g) in grouped.iter().enumerate() {
        let id = format!("p{}", k + 1);
        for &e in &g.edges {
            contradictions[e].dispute = Some(id.clone());
        }
        let side = |members: &[usize], stance| Side {
            stance,
            claims: members.iter().map(|&u| claim_ref(u)).collect(),
            speakers: members
                .iter()
                .map(|&u| units.units[u].speaker.clone())
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect(),
        };
        disputes.push(Dispute {
            id,
            proposition: units.content[g.anchor].to_string(),
            target: String::new(),
            sides: vec![
                side(&g.favor, StanceLabel::Favor),
                side(&g.against, StanceLabel::Against),
            ],
            contradictions: g
                .edges
                .iter()
                .map(|&e| contradictions[e].id.clone())
                .collect(),
        });
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
    let mut asks: Vec<(usize, usize)> = Vec::new();
    for u in 0..n {
        for (t, set) in target_sets.iter().enumerate() {
            if rel.similarity_to(&units.sets, u, set) >= opts.min_relatedness {
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
    for (&(u, t), p) in asks.iter().zip(&probs) {
        stance[u][t] = Stance {
            target: targets[t].id.clone(),
            label: stance_label(p, opts),
            scores: Some(*p),
        };
    }
    // A dispute's members take their side's stance toward its own proposition.
    for (g, t) in grouped.iter().zip(0..) {
        if opts.targets.is_empty() {
            for &u in &g.favor {
                stance[u][t].label = StanceLabel::Favor;
            }
            for &u in &g.against {
                stance[u][t].label = StanceLabel::Against;
            }
        }
    }

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
