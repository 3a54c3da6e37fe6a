//! NLI scoring throughput (pairs/s) on the default model: batch sizes 1/8/32, threads 1/2,
//! end to end (tokenize + run + softmax) and raw `session.run` on pre-encoded batches.

mod common;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use gainsay::model::ModelDir;
use gainsay::nli::{plan_batches, BatchPolicy, OnnxScorer, Pair, Scorer, ScorerOptions};

const N: usize = 96;

fn bench_nli(c: &mut Criterion) {
    let dir = ModelDir::open(common::default_model()).expect("default model");
    let owned = common::pairs(N);
    let pairs: Vec<Pair<'_>> = owned.iter().map(|(p, h)| Pair::new(p, h)).collect();
    let mut g = c.benchmark_group("nli");
    g.throughput(Throughput::Elements(N as u64));
    g.sample_size(10);
    for threads in [1, 2] {
        for batch_size in [1, 8, 32] {
            let scorer = OnnxScorer::load(
                &dir,
                ScorerOptions {
                    batch_size,
                    threads,
                    policy: BatchPolicy::Fast,
                    ..ScorerOptions::default()
                },
            )
            .expect("load");
            let id = format!("t{threads}/b{batch_size}");
            g.bench_function(BenchmarkId::new("end_to_end", &id), |b| {
                b.iter(|| scorer.score(&pairs).unwrap())
            });
            let encoded = scorer.encode(&pairs).unwrap();
            let lens: Vec<usize> = encoded.iter().map(|e| e.len()).collect();
            let plan = plan_batches(&lens, batch_size);
            g.bench_function(BenchmarkId::new("session_run", &id), |b| {
                b.iter(|| {
                    for batch in &plan {
                        let members: Vec<_> = batch.indices.iter().map(|&i| &encoded[i]).collect();
                        scorer.run(&members).unwrap();
                    }
                })
            });
        }
    }
    g.finish();
    let scorer = OnnxScorer::load(&dir, ScorerOptions::default()).unwrap();
    let mut g = c.benchmark_group("tokenize");
    g.throughput(Throughput::Elements(N as u64));
    g.bench_function("encode_pairs", |b| {
        b.iter(|| scorer.encode(&pairs).unwrap())
    });
    g.finish();
}

criterion_group!(benches, bench_nli);
criterion_main!(benches);
