//! The cross-document pass: contradictions between claims of different documents.
//!
//! Candidate retrieval is an inverted index over the claims' content terms (the same terms and
//! IDF-weighted cosine as [`crate::relate`], with IDF over the whole corpus), not MinHash or BM25:
//! it is exact and deterministic, it scores pairs with the measure that gates NLI within a
//! document, and news contradictions hinge on a few shared rare terms (names, places, numbers'
//! subjects), which is what IDF overlap rewards. Partners are found only through *specific* terms,
//! those in at most `anchor_fraction` of the claims (clamped to `min_anchor_df..=max_postings`):
//! two claims in different documents are about the same thing when they share a name, a place, a
//! rare word — not when they share "council", "said" and "Monday" (small NLI models call such
//! look-alike sentences about different places contradictions). Similarity is then computed over
//! all their terms. This also keeps the pass sub-quadratic: at most
//! `claims × terms × max_postings` index steps, and each claim keeps its `neighbours` best
//! partners from other documents (the most specific shared term first, then similarity), so at most `2 × neighbours × claims` NLI calls.
//!
//! Memory grows with the number of claims (not documents' text): one compact record per claim —
//! its content, claim id, speaker and `u32` term ids — plus the postings.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Mutex;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use super::output::{read_lines, DoneIds};
use super::Progress;
use crate::analyze::{clash, group, pair_score, to_disputes, Clash, Edge};
use crate::claims;
use crate::error::{Error, Result};
use crate::nli::{Pair, Probs, Scorer};
use crate::relate;
use crate::report::{ClaimRef, Contradiction, Dispute};

/// The cross pass's knobs.
#[derive(Debug, Clone, PartialEq)]
pub struct CrossOptions {
    /// Partners from other documents kept per claim.
    pub neighbours: usize,
    /// Minimum relatedness (corpus IDF) for a pair to be judged.
    pub min_relatedness: f32,
    /// Mean contradiction probability of both directions to report a pair.
    pub contradiction_threshold: f32,
    /// Terms in more than this fraction of the claims are not used to find partners ...
    pub anchor_fraction: f64,
    /// ... but terms in this many claims always are (small corpora) ...
    pub min_anchor_df: usize,
    /// ... and terms in more than this many never are (the cost bound).
    pub max_postings: usize,
    /// Pairs per scoring task.
    pub chunk: usize,
}

impl Default for CrossOptions {
    fn default() -> Self {
        CrossOptions {
            // One more than within a document: across a corpus, look-alike claims about other
            // people or places compete with the true partner for the top places.
            neighbours: 3,
            min_relatedness: 0.2,
            contradiction_threshold: 0.5,
            anchor_fraction: 0.001,
            min_anchor_df: 8,
            max_postings: 1000,
            chunk: 256,
        }
    }
}

/// Counts of the cross pass.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CrossStats {
    /// Claims indexed.
    pub claims: u64,
    /// Distinct terms.
    pub terms: u64,
    /// Terms not used to find partners (in more than `anchor_df` claims).
    pub common_terms: u64,
    /// The document-frequency limit in force for partner-finding terms.
    pub anchor_df: u64,
    /// Pairs of claims from different documents a brute-force pass would judge.
    pub all_pairs: u64,
    /// Pairs judged.
    pub candidate_pairs: u64,
    /// NLI calls (two per pair).
    pub nli_calls: u64,
    /// Pairs at or above the threshold.
    pub contradictions: u64,
    /// Corpus-level disputes.
    pub disputes: u64,
}

/// A contradiction between claims of two documents, with who said what.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CrossContradiction {
    /// The pair, in the report's type (`cross_document` is always true).
    #[serde(flatten)]
    pub pair: Contradiction,
    /// Speaker of `a` (`null`: the document's author).
    pub speaker_a: Option<String>,
    /// Speaker of `b`.
    pub speaker_b: Option<String>,
    /// Content of `a`.
    pub text_a: String,
    /// Content of `b`.
    pub text_b: String,
}

/// One claim, compactly.
#[derive(Debug, Clone)]
pub struct ClaimRec {
    doc: u32,
    claim: Box<str>,
    speaker: Option<Box<str>>,
    content: Box<str>,
    /// Sorted, distinct term ids.
    terms: Box<[u32]>,
}

/// Every claim of the corpus, ordered by document id then claim order (so the pass does not
/// depend on the order documents were written in, or which shard wrote them).
#[derive(Debug, Default)]
pub struct Corpus {
    docs: Vec<Box<str>>,
    claims: Vec<ClaimRec>,
    terms: usize,
}

impl Corpus {
    /// Claims indexed.
    pub fn len(&self) -> usize {
        self.claims.len()
    }

    /// True when no claim was indexed.
    pub fn is_empty(&self) -> bool {
        self.claims.is_empty()
    }

    /// The document id and claim id of claim `i` (an index in [`candidates`]' pairs).
    pub fn claim(&self, i: u32) -> (&str, &str) {
        let c = &self.claims[i as usize];
        (&self.docs[c.doc as usize], &c.claim)
    }
}

/// Counts read off the per-document lines.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tally {
    /// Lines.
    pub documents: u64,
    /// Lines with an analysis.
    pub analysed: u64,
    /// Lines with an error, by kind.
    pub failed: std::collections::BTreeMap<String, u64>,
    /// Claims.
    pub claims: u64,
    /// Candidate pairs within documents.
    pub candidate_pairs: u64,
    /// NLI calls within documents.
    pub nli_calls: u64,
    /// Contradictions within documents.
    pub contradictions: u64,
    /// Disputes within documents.
    pub disputes: u64,
    /// Lines whose id was seen before (ignored).
    pub duplicates: u64,
}

/// What [`scan`] read.
#[derive(Debug, Default)]
pub struct Scan {
    /// Counts.
    pub tally: Tally,
    /// The claims (empty unless asked for).
    pub corpus: Corpus,
}

/// Reads per-document output files: counts everything, and collects the claims when `claims`.
pub fn scan(paths: &[PathBuf], claims: bool) -> Result<Scan> {
    let mut out = Scan::default();
    let mut seen = DoneIds::default();
    let mut vocab: HashMap<Box<str>, u32> = HashMap::new();
    let mut recs: Vec<ClaimRec> = Vec::new();
    let mut docs: Vec<Box<str>> = Vec::new();
    for item in read_lines(paths) {
        let (_, _, line) = item?;
        if !seen.insert(&line.id) {
            out.tally.duplicates += 1;
            continue;
        }
        let t = &mut out.tally;
        t.documents += 1;
        if let Some(e) = &line.error {
            *t.failed.entry(e.kind.clone()).or_default() += 1;
        }
        let Some(a) = line.analysis else { continue };
        t.analysed += 1;
        t.claims += a.stats.claims as u64;
        t.candidate_pairs += a.stats.candidate_pairs as u64;
        t.nli_calls += (a.stats.contradiction_calls + a.stats.stance_calls) as u64;
        t.contradictions += a.contradictions.len() as u64;
        t.disputes += a.disputes.len() as u64;
        if !claims {
            continue;
        }
        let doc = docs.len() as u32;
        docs.push(line.id.into());
        let text = &a.document.text;
        let sentences = claims::sentences(text);
        for c in a.document.claims {
            let c = c.claim;
            if !c.kind.is_claim() || c.content.trim().is_empty() {
                continue;
            }
            // As in `analyze`: "the two" borrow the sentence before's terms.
            let mut set = relate::terms(&c.content);
            if relate::is_anaphoric(&c.content) && c.sentence > 0 {
                if let Some(prev) = sentences.get(c.sentence - 1) {
                    set.extend(relate::terms(prev.slice(text)));
                }
            }
            let mut terms: Vec<u32> = set
                .into_iter()
                .map(|w| {
                    let next = vocab.len() as u32;
                    *vocab.entry(w.into_boxed_str()).or_insert(next)
                })
                .collect();
            terms.sort_unstable();
            recs.push(ClaimRec {
                doc,
                claim: c.id.into(),
                speaker: c.speaker.map(|s| s.name.into()),
                content: c.content.into(),
                terms: terms.into(),
            });
        }
    }
    if claims {
        // Document-id order, claim order within a document (the sort is stable).
        let mut rank: Vec<u32> = (0..docs.len() as u32).collect();
        rank.sort_by(|&a, &b| docs[a as usize].cmp(&docs[b as usize]));
        let mut pos = vec![0u32; docs.len()];
        for (r, &d) in rank.iter().enumerate() {
            pos[d as usize] = r as u32;
        }
        recs.sort_by_key(|r| pos[r.doc as usize]);
        for r in &mut recs {
            r.doc = pos[r.doc as usize];
        }
        let mut sorted: Vec<Box<str>> = vec![Box::from(""); docs.len()];
        for (d, id) in docs.into_iter().enumerate() {
            sorted[pos[d] as usize] = id;
        }
        out.corpus = Corpus {
            docs: sorted,
            claims: recs,
            terms: vocab.len(),
        };
    }
    Ok(out)
}

/// What the pass found.
#[derive(Debug, Default)]
pub struct Found {
    /// Contradictions, highest score first, ids `x1`, `x2`, ...
    pub contradictions: Vec<CrossContradiction>,
    /// Disputes, largest first, ids `p1`, `p2`, ...
    pub disputes: Vec<Dispute>,
    /// Counts.
    pub stats: CrossStats,
}

/// IDF weights and vector norms over the corpus's claims.
struct Weights {
    idf2: Vec<f32>,
    norms: Vec<f32>,
}

impl Weights {
    fn new(corpus: &Corpus, df: &[u32]) -> Self {
        let n = corpus.claims.len().max(1) as f32;
        let idf2: Vec<f32> = df
            .iter()
            .map(|&d| (((1.0 + n) / (1.0 + d as f32)).ln() + 1.0).powi(2))
            .collect();
        let norms = corpus
            .claims
            .iter()
            .map(|c| {
                c.terms
                    .iter()
                    .map(|&t| idf2[t as usize])
                    .sum::<f32>()
                    .sqrt()
            })
            .collect();
        Weights { idf2, norms }
    }

    /// Cosine of binary IDF vectors, as [`relate::Relatedness::similarity`], and the weight of
    /// the most specific term the two share.
    fn similarity(&self, a: &ClaimRec, ai: usize, b: &ClaimRec, bi: usize) -> (f32, f32) {
        let denom = self.norms[ai] * self.norms[bi];
        if denom == 0.0 {
            return (0.0, 0.0);
        }
        let (mut i, mut j, mut shared, mut rarest) = (0, 0, 0.0f32, 0.0f32);
        while i < a.terms.len() && j < b.terms.len() {
            match a.terms[i].cmp(&b.terms[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    let w = self.idf2[a.terms[i] as usize];
                    shared += w;
                    rarest = rarest.max(w);
                    i += 1;
                    j += 1;
                }
            }
        }
        (shared / denom, rarest)
    }
}

/// Candidate pairs `(i, j, relatedness)`, `i < j`, claims of different documents, sorted.
pub fn candidates(corpus: &Corpus, opts: &CrossOptions) -> (Vec<(u32, u32, f32)>, CrossStats) {
    let n = corpus.claims.len();
    let mut df = vec![0u32; corpus.terms];
    for c in &corpus.claims {
        for &t in c.terms.iter() {
            df[t as usize] += 1;
        }
    }
    let weights = Weights::new(corpus, &df);
    let cap = ((opts.anchor_fraction * n as f64) as usize)
        .max(opts.min_anchor_df)
        .min(opts.max_postings)
        .max(2) as u32;
    let walk = |t: u32| (2..=cap).contains(&df[t as usize]);
    let mut postings: Vec<Vec<u32>> = df
        .iter()
        .map(|&d| {
            if (2..=cap).contains(&d) {
                Vec::with_capacity(d as usize)
            } else {
                Vec::new()
            }
        })
        .collect();
    for (i, c) in corpus.claims.iter().enumerate() {
        for &t in c.terms.iter() {
            if walk(t) {
                postings[t as usize].push(i as u32);
            }
        }
    }
    let best: Vec<Vec<(u32, f32)>> = (0..n)
        .into_par_iter()
        .map(|i| {
            let a = &corpus.claims[i];
            let mut partners: Vec<u32> = a
                .terms
                .iter()
                .filter(|&&t| walk(t))
                .flat_map(|&t| postings[t as usize].iter().copied())
                .filter(|&j| corpus.claims[j as usize].doc != a.doc)
                .collect();
            partners.sort_unstable();
            partners.dedup();
            let mut ranked: Vec<(u32, f32, f32)> = partners
                .into_iter()
                .map(|j| {
                    let (sim, rarest) =
                        weights.similarity(a, i, &corpus.claims[j as usize], j as usize);
                    (j, sim, rarest)
                })
                .filter(|&(_, s, _)| s >= opts.min_relatedness)
                .collect();
            // The most specific shared term first, then overall similarity: "the fire at the
            // Kelby factory" pairs with the other Kelby claim before "the fire at the Astby
            // factory", however alike the rest of the wording.
            ranked.sort_by(|x, y| {
                y.2.total_cmp(&x.2)
                    .then(y.1.total_cmp(&x.1))
                    .then(x.0.cmp(&y.0))
            });
            ranked.truncate(opts.neighbours);
            ranked
                .into_iter()
                .map(|(j, s, _)| (j, s))
                .collect::<Vec<_>>()
        })
        .collect();
    let mut pairs: Vec<(u32, u32, f32)> = best
        .into_iter()
        .enumerate()
        .flat_map(|(i, r)| {
            r.into_iter()
                .map(move |(j, s)| ((i as u32).min(j), (i as u32).max(j), s))
        })
        .collect();
    pairs.sort_by_key(|p| (p.0, p.1));
    pairs.dedup_by(|x, y| (x.0, x.1) == (y.0, y.1));
    // Pairs of claims in different documents: all pairs less those within each document.
    let mut per_doc = vec![0u64; corpus.docs.len()];
    for c in &corpus.claims {
        per_doc[c.doc as usize] += 1;
    }
    let all = (n as u64) * (n as u64).saturating_sub(1) / 2
        - per_doc
            .iter()
            .map(|&k| k * k.saturating_sub(1) / 2)
            .sum::<u64>();
    let stats = CrossStats {
        claims: n as u64,
        terms: corpus.terms as u64,
        common_terms: df.iter().filter(|&&d| d > cap).count() as u64,
        anchor_df: u64::from(cap),
        all_pairs: all,
        candidate_pairs: pairs.len() as u64,
        ..CrossStats::default()
    };
    (pairs, stats)
}

/// Scores the candidates both ways (chunks spread over the scorers) and groups the
/// contradictions into corpus-level disputes.
pub fn pairs(
    scorers: &[&dyn Scorer],
    corpus: &Corpus,
    opts: &CrossOptions,
    progress: &dyn Progress,
) -> Result<Found> {
    let (cands, mut stats) = candidates(corpus, opts);
    let chunk = opts.chunk.max(1);
    let chunks: Vec<&[(u32, u32, f32)]> = cands.chunks(chunk).collect();
    let next = AtomicUsize::new(0);
    let scored = AtomicU64::new(0);
    type Hit = (usize, Probs, Probs, f32, Option<Clash>);
    let hits: Mutex<Vec<Hit>> = Mutex::new(Vec::new());
    let failure: Mutex<Option<Error>> = Mutex::new(None);
    std::thread::scope(|s| {
        for scorer in scorers {
            s.spawn(|| loop {
                let k = next.fetch_add(1, Ordering::Relaxed);
                let Some(part) = chunks.get(k) else { break };
                if failure.lock().expect("no poisoning").is_some() {
                    break;
                }
                let text = |i: u32| &*corpus.claims[i as usize].content;
                let pairs: Vec<Pair<'_>> = part
                    .iter()
                    .flat_map(|&(i, j, _)| {
                        [Pair::new(text(i), text(j)), Pair::new(text(j), text(i))]
                    })
                    .collect();
                match scorer.score(&pairs) {
                    Ok(probs) => {
                        let mut found = Vec::new();
                        for (m, p) in probs.chunks(2).enumerate() {
                            let (i, j, _) = part[m];
                            let kind = clash_of(text(i), text(j));
                            let score = pair_score(p[0], p[1], false, false, kind);
                            if score >= opts.contradiction_threshold {
                                found.push((k * chunk + m, p[0], p[1], score, kind));
                            }
                        }
                        hits.lock().expect("no poisoning").extend(found);
                        let done = scored.fetch_add(part.len() as u64, Ordering::Relaxed)
                            + part.len() as u64;
                        progress.cross(done, cands.len() as u64);
                    }
                    Err(e) => {
                        *failure.lock().expect("no poisoning") = Some(e);
                        break;
                    }
                }
            });
        }
    });
    if let Some(e) = failure.into_inner().expect("no poisoning") {
        return Err(e);
    }
    let mut hits = hits.into_inner().expect("no poisoning");
    // Highest score first; ties in candidate order. Ids follow this order.
    let score = |h: &Hit| h.3;
    hits.sort_by(|x, y| score(y).total_cmp(&score(x)).then(x.0.cmp(&y.0)));
    stats.nli_calls = 2 * cands.len() as u64;
    stats.contradictions = hits.len() as u64;

    let claim_ref = |i: u32| {
        let c = &corpus.claims[i as usize];
        ClaimRef {
            doc: corpus.docs[c.doc as usize].to_string(),
            claim: c.claim.to_string(),
        }
    };
    let speaker = |i: u32| {
        corpus.claims[i as usize]
            .speaker
            .as_deref()
            .map(str::to_string)
    };
    let mut contradictions: Vec<CrossContradiction> = hits
        .iter()
        .enumerate()
        .map(|(rank, h)| {
            let (i, j, relatedness) = cands[h.0];
            let (a, b) = (claim_ref(i), claim_ref(j));
            CrossContradiction {
                pair: Contradiction {
                    id: format!("x{}", rank + 1),
                    a: a.claim,
                    b: b.claim,
                    doc_a: a.doc,
                    doc_b: b.doc,
                    score: score(h),
                    a_to_b: h.1,
                    b_to_a: h.2,
                    relatedness,
                    clash: h.4,
                    same_speaker: speaker(i).is_some() && speaker(i) == speaker(j),
                    cross_document: true,
                    dispute: None,
                },
                speaker_a: speaker(i),
                speaker_b: speaker(j),
                text_a: corpus.claims[i as usize].content.to_string(),
                text_b: corpus.claims[j as usize].content.to_string(),
            }
        })
        .collect();
    let edges: Vec<Edge> = hits
        .iter()
        .map(|h| Edge {
            a: cands[h.0].0 as usize,
            b: cands[h.0].1 as usize,
            weight: score(h),
        })
        .collect();
    // Across documents each claim speaks alone: one name in two outlets may be two people.
    let grouped = group(&edges, |u| u, |_| false);
    let disputes = to_disputes(
        &grouped,
        |u| claim_ref(u as u32),
        |u| speaker(u as u32),
        |u| corpus.claims[u].content.to_string(),
        |e| contradictions[e].pair.id.clone(),
    );
    for (d, g) in disputes.iter().zip(&grouped) {
        for &e in &g.edges {
            contradictions[e].pair.dispute = Some(d.id.clone());
        }
    }
    stats.disputes = disputes.len() as u64;
    Ok(Found {
        contradictions,
        disputes,
        stats,
    })
}

/// Writes the contradictions and disputes as JSON Lines (each file atomically).
pub fn write(found: &Found, cross: &Path, disputes: &Path) -> Result<()> {
    fn lines<T: Serialize>(items: &[T], path: &Path) -> Result<()> {
        let mut out = Vec::new();
        for item in items {
            serde_json::to_writer(&mut out, item).map_err(|source| Error::Json {
                path: path.to_path_buf(),
                source,
            })?;
            out.write_all(b"\n").map_err(|e| Error::io(path, e))?;
        }
        super::write_atomically(path, &out)
    }
    lines(&found.contradictions, cross)?;
    lines(&found.disputes, disputes)
}

/// The surface clash of two claims: recorded to explain a cross-document pair, and where it rules
/// entailment out, the model's entailment counts as contradiction. Not required: the cross pass
/// has its own specific-term rule.
fn clash_of(a: &str, b: &str) -> Option<Clash> {
    use crate::relate::{is_negative, name_terms, terms, LowerWords};
    let lower = LowerWords::default();
    let (ta, tb) = (terms(a), terms(b));
    let (na, nb) = (name_terms(a, &lower), name_terms(b, &lower));
    let side = |text, terms, names| crate::analyze::clash::Side {
        text,
        terms,
        negative: is_negative(text),
        denial: crate::analyze::clash::is_outright_denial(text),
        names,
    };
    clash(side(a, &ta, &na), side(b, &tb, &nb))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus(texts: &[(&str, &str)]) -> Corpus {
        let mut vocab: HashMap<String, u32> = HashMap::new();
        let mut docs: Vec<Box<str>> = Vec::new();
        let mut claims = Vec::new();
        for (doc, text) in texts {
            let d = match docs.iter().position(|x| &**x == *doc) {
                Some(d) => d,
                None => {
                    docs.push((*doc).into());
                    docs.len() - 1
                }
            };
            let mut terms: Vec<u32> = relate::terms(text)
                .into_iter()
                .map(|w| {
                    let n = vocab.len() as u32;
                    *vocab.entry(w).or_insert(n)
                })
                .collect();
            terms.sort_unstable();
            claims.push(ClaimRec {
                doc: d as u32,
                claim: format!("c{}", claims.len() + 1).into(),
                speaker: None,
                content: (*text).into(),
                terms: terms.into(),
            });
        }
        Corpus {
            docs,
            claims,
            terms: vocab.len(),
        }
    }

    #[test]
    fn pairs_only_across_documents_and_by_shared_rare_terms() {
        let c = corpus(&[
            ("a", "The Varnholt talks collapsed on Monday."),
            ("a", "Varnholt negotiators left the talks."),
            ("b", "A framework was agreed at the Varnholt talks."),
            ("c", "The weather in Leeds was sunny."),
            ("d", "Rain is expected in Leeds."),
        ]);
        let (pairs, stats) = candidates(&c, &CrossOptions::default());
        let ids: Vec<(u32, u32)> = pairs.iter().map(|p| (p.0, p.1)).collect();
        assert!(ids.contains(&(0, 2)), "{ids:?}");
        assert!(ids.contains(&(3, 4)), "{ids:?}");
        assert!(!ids.contains(&(0, 1)), "same document: {ids:?}");
        assert!(!ids.iter().any(|&(i, j)| i < 3 && j >= 3), "{ids:?}");
        assert_eq!(stats.all_pairs, 10 - 1);
    }

    #[test]
    fn the_rarest_shared_term_outranks_look_alike_wording() {
        let mut texts = vec![
            ("a", "Nobody was hurt in the fire at the Kelby factory."),
            ("b", "Three workers died in the fire at the Kelby factory."),
        ];
        let others: Vec<(String, String)> = (0..4)
            .map(|k| {
                (
                    format!("o{k}"),
                    format!("Nobody was hurt in the fire at the Place{k} factory."),
                )
            })
            .collect();
        texts.extend(others.iter().map(|(d, t)| (d.as_str(), t.as_str())));
        let c = corpus(&texts);
        let opts = CrossOptions {
            neighbours: 1,
            ..CrossOptions::default()
        };
        let (pairs, _) = candidates(&c, &opts);
        assert!(pairs.iter().any(|p| (p.0, p.1) == (0, 1)), "{pairs:?}");
    }

    #[test]
    fn common_terms_are_not_walked() {
        let texts: Vec<(String, String)> = (0..50)
            .map(|i| {
                (
                    format!("d{i}"),
                    format!("The harbour budget was debated, item {i}."),
                )
            })
            .collect();
        let refs: Vec<(&str, &str)> = texts
            .iter()
            .map(|(a, b)| (a.as_str(), b.as_str()))
            .collect();
        let c = corpus(&refs);
        let opts = CrossOptions {
            max_postings: 10,
            min_relatedness: 0.0,
            ..CrossOptions::default()
        };
        let (pairs, stats) = candidates(&c, &opts);
        assert!(pairs.is_empty(), "{}", pairs.len());
        assert!(stats.common_terms >= 3);
    }
}
