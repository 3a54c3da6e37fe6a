//! Stages after claims extraction: candidate pruning (claims/s) and end-to-end `analyze`
//! (documents/s) with a fake scorer (the pipeline's own cost) and the real default model.
//! Claims extraction, tokenization and NLI batches have their own benches.

mod common;

use std::collections::BTreeSet;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use gainsay::analyze::{analyze, candidates, AnalyzeOptions, CandidateRule, Document, Unit};
use gainsay::claims::extract_claims;
use gainsay::nli::{BatchPolicy, FnScorer, OnnxScorer, Pair, Probs, ScorerOptions};
use gainsay::relate::{terms, Relatedness};

/// `docs` articles of `sentences` attributed sentences each, built from the bench's news-like pairs.
fn articles(docs: usize, sentences: usize) -> Vec<Document> {
    let pairs = gainsay::bench::generated_pairs(docs * sentences);
    pairs
        .chunks(sentences)
        .enumerate()
        .map(|(i, chunk)| Document {
            id: format!("d{}", i + 1),
            source: None,
            text: chunk
                .iter()
                .map(|(p, _)| p.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        })
        .collect()
}

fn fake() -> FnScorer<impl Fn(&Pair<'_>) -> Probs + Send + Sync> {
    FnScorer::new("fake", |p: &Pair<'_>| {
        let c = if p.premise.len() % 3 == 0 { 0.7 } else { 0.1 };
        Probs {
            entailment: 0.2,
            neutral: 0.8 - c,
            contradiction: c,
        }
    })
}

fn bench_pruning(c: &mut Criterion) {
    let mut g = c.benchmark_group("candidates");
    for n_docs in [4, 16] {
        let docs = articles(n_docs, 12);
        let mut units = Vec::new();
        let mut sets: Vec<BTreeSet<String>> = Vec::new();
        for (d, doc) in docs.iter().enumerate() {
            for claim in extract_claims(&doc.text) {
                if !claim.kind.is_claim() {
                    continue;
                }
                units.push(Unit {
                    doc: d,
                    sentence: claim.sentence,
                    speaker: claim.speaker.map(|s| s.name),
                    span: (claim.span.start, claim.span.end),
                    names: BTreeSet::new(),
                    negative: false,
                    quantities: Vec::new(),
                    places: Vec::new(),
                    antonyms: Vec::new(),
                    background: false,
                });
                sets.push(terms(&claim.content));
            }
        }
        g.throughput(Throughput::Elements(units.len() as u64));
        let rule = CandidateRule {
            neighbours: 2,
            min_relatedness: 0.15,
            cross_document: true,
            denial_partners: 0,
            narrator_pairs: true,
        };
        g.bench_function(BenchmarkId::new("k2", units.len()), |b| {
            b.iter(|| {
                let rel = Relatedness::new(&sets);
                candidates(&units, &sets, &rel, &rule)
            })
        });
    }
    g.finish();
}

fn bench_analyze(c: &mut Criterion) {
    let opts = AnalyzeOptions::default();
    let mut g = c.benchmark_group("analyze");
    g.sample_size(10);
    let docs = articles(4, 12);
    g.throughput(Throughput::Elements(docs.len() as u64));
    let scorer = fake();
    g.bench_function("fake_scorer/4x12", |b| {
        b.iter(|| analyze(&scorer, &docs, &opts).unwrap())
    });
    let real = OnnxScorer::load(
        &gainsay::model::ModelDir::open(common::default_model()).expect("default model"),
        ScorerOptions {
            threads: 2,
            batch_size: 32,
            policy: BatchPolicy::Fast,
            ..ScorerOptions::default()
        },
    )
    .expect("load default model");
    per_thousand_words(&real);
    g.bench_function("minilm_fast_b32_t2/4x12", |b| {
        b.iter(|| analyze(&real, &docs, &opts).unwrap())
    });
    g.finish();
}

/// Analyse time per 1,000 words of real article text (tests/data/articles, each document on its
/// own, default rules) and the share of it spent in NLI; printed once before the timed runs.
fn per_thousand_words(scorer: &OnnxScorer) {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/articles");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/data/articles")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let opts = AnalyzeOptions {
        timing: true,
        ..AnalyzeOptions::default()
    };
    let (mut words, mut total_ms, mut nli_ms) = (0usize, 0.0, 0.0);
    for _ in 0..3 {
        for path in &files {
            let text = std::fs::read_to_string(path).unwrap();
            words += text.split_whitespace().count();
            let doc = Document {
                id: "d".into(),
                source: None,
                text,
            };
            let report = analyze(scorer, &[doc], &opts).unwrap();
            let t = report.stats.timing.expect("timing requested");
            total_ms += t.total_ms;
            nli_ms += t.nli_ms;
        }
    }
    eprintln!(
        "analyze, real articles: {:.0} ms per 1,000 words, {:.0} % of it in NLI ({words} words)",
        total_ms / words as f64 * 1000.0,
        nli_ms / total_ms * 100.0
    );
}

criterion_group!(benches, bench_pruning, bench_analyze);
criterion_main!(benches);
