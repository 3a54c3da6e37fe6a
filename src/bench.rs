//! Inference speed of an NLI model: pairs/s and tokens/s end to end, the time inside ONNX Runtime
//! on the same pre-encoded batches, padding efficiency, batch latency, load time and peak memory.
//!
//! Batches are formed with [`BatchPolicy::Fast`] so the asked-for batch sizes are honoured even
//! on dynamically quantized models (whose default policy scores one pair at a time).

use std::path::Path;
use std::time::Instant;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::model::ModelDir;
use crate::nli::{
    padding_efficiency, plan_batches, BatchPolicy, OnnxScorer, Pair, Probs, Scorer, ScorerOptions,
};

/// Version of the [`BenchReport`] shape.
pub const SCHEMA: &str = "gainsay.bench/1";

/// What to measure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BenchOptions {
    /// Batch sizes to try.
    pub batch_sizes: Vec<usize>,
    /// Intra-op thread counts to try.
    pub threads: Vec<usize>,
    /// Timed passes over all pairs per configuration (after one warm-up pass).
    pub repeat: usize,
}

impl Default for BenchOptions {
    fn default() -> Self {
        BenchOptions {
            batch_sizes: vec![32],
            threads: vec![ScorerOptions::default().threads],
            repeat: 3,
        }
    }
}

/// Percentiles of batch latency, in milliseconds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Latency {
    /// Median.
    pub p50_ms: f64,
    /// 95th percentile.
    pub p95_ms: f64,
    /// Slowest.
    pub max_ms: f64,
}

/// One (batch size, threads) configuration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BenchRun {
    /// Pairs per ONNX Runtime call.
    pub batch_size: usize,
    /// Intra-op threads.
    pub threads: usize,
    /// Seconds to load the model and tokenizer and build the session.
    pub load_s: f64,
    /// End to end (tokenize, batch, run, softmax): pairs per second, median pass.
    pub pairs_per_s: f64,
    /// End to end: real (unpadded) tokens per second, median pass.
    pub tokens_per_s: f64,
    /// Median seconds of one end-to-end pass over all pairs.
    pub end_to_end_s: f64,
    /// Median seconds of the ONNX Runtime calls (`OnnxScorer::run`: padding into tensors and
    /// `session.run`) over the same length-sorted batches.
    pub ort_s: f64,
    /// Share of an end-to-end pass spent inside those calls (median over passes, each measured
    /// within one instrumented pass: encode, run every batch, softmax).
    pub ort_share: f64,
    /// Median seconds of tokenizing all pairs.
    pub encode_s: f64,
    /// Real tokens over padded tokens in the batches run.
    pub padding_efficiency: f64,
    /// Batches per pass.
    pub batches: usize,
    /// Latency of one ONNX Runtime batch call, over all timed passes.
    pub batch_latency: Latency,
    /// Peak resident memory of the process after this run (VmHWM), KiB.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub peak_rss_kib: Option<u64>,
}

/// Everything one `gainsay bench` measured.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BenchReport {
    /// [`SCHEMA`].
    pub schema: String,
    /// Model name.
    pub model: String,
    /// sha256 of `model.onnx`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub model_sha256: Option<String>,
    /// Whether outputs depend on batch-mates (dynamic int8).
    pub batch_dependent: bool,
    /// ONNX Runtime version.
    pub onnxruntime: String,
    /// Always `fast`: batch sizes are honoured.
    pub policy: String,
    /// Where the pairs came from.
    pub input: String,
    /// Pairs per pass.
    pub pairs: usize,
    /// Mean real tokens per pair.
    pub mean_tokens: f64,
    /// Timed passes per configuration.
    pub repeat: usize,
    /// End-to-end pairs/s of the first configuration.
    pub pairs_per_s: f64,
    /// Peak resident memory of the whole run (VmHWM), KiB.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub peak_rss_kib: Option<u64>,
    /// CPU model, logical CPUs and load average when the run started.
    pub machine: Machine,
    /// One entry per configuration, threads outer, batch size inner.
    pub runs: Vec<BenchRun>,
}

/// The machine a figure was measured on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Machine {
    /// `model name` from /proc/cpuinfo.
    pub cpu: String,
    /// Logical CPUs available to the process.
    pub nproc: usize,
    /// 1-, 5- and 15-minute load averages at the start.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub loadavg: Option<[f64; 3]>,
}

impl Machine {
    /// Reads /proc (Linux); elsewhere the CPU is `unknown`.
    pub fn probe() -> Machine {
        let cpu = std::fs::read_to_string("/proc/cpuinfo")
            .ok()
            .and_then(|s| {
                s.lines()
                    .find(|l| l.starts_with("model name"))
                    .and_then(|l| l.split_once(':'))
                    .map(|(_, v)| v.trim().to_string())
            })
            .unwrap_or_else(|| "unknown".into());
        let loadavg = std::fs::read_to_string("/proc/loadavg").ok().and_then(|s| {
            let v: Vec<f64> = s
                .split_whitespace()
                .take(3)
                .filter_map(|x| x.parse().ok())
                .collect();
            (v.len() == 3).then(|| [v[0], v[1], v[2]])
        });
        Machine {
            cpu,
            nproc: std::thread::available_parallelism().map_or(1, |n| n.get()),
            loadavg,
        }
    }
}

/// Peak resident set size of this process (`VmHWM` in /proc/self/status), KiB; `None` off Linux.
pub fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|n| n.parse().ok())
}

/// Runs every configuration of `opts` over `pairs` with the model in `dir`.
pub fn run(
    dir: &ModelDir,
    pairs: &[(String, String)],
    input: &str,
    opts: &BenchOptions,
) -> Result<BenchReport> {
    if pairs.is_empty() {
        return Err(Error::InvalidOption("no pairs to benchmark".into()));
    }
    if opts.batch_sizes.is_empty() || opts.threads.is_empty() || opts.repeat == 0 {
        return Err(Error::InvalidOption(
            "need at least one batch size, one thread count and one repeat".into(),
        ));
    }
    let machine = Machine::probe();
    let pairs: Vec<Pair<'_>> = pairs.iter().map(|(p, h)| Pair::new(p, h)).collect();
    let mut runs = Vec::new();
    let mut head = None;
    for &threads in &opts.threads {
        for &batch_size in &opts.batch_sizes {
            let (run, scorer) = run_one(dir, &pairs, batch_size, threads, opts.repeat)?;
            head.get_or_insert_with(|| {
                let lens: usize = scorer
                    .encode(&pairs)
                    .map(|e| e.iter().map(|x| x.len()).sum())
                    .unwrap_or(0);
                (
                    scorer.info().clone(),
                    scorer.runtime_version().to_string(),
                    lens as f64 / pairs.len() as f64,
                )
            });
            runs.push(run);
        }
    }
    let (info, onnxruntime, mean_tokens) = head.expect("at least one configuration ran");
    Ok(BenchReport {
        schema: SCHEMA.into(),
        model: info.name,
        model_sha256: info.sha256,
        batch_dependent: info.batch_dependent,
        onnxruntime,
        policy: "fast".into(),
        input: input.into(),
        pairs: pairs.len(),
        mean_tokens,
        repeat: opts.repeat,
        pairs_per_s: runs[0].pairs_per_s,
        peak_rss_kib: peak_rss_kib(),
        machine,
        runs,
    })
}

fn run_one(
    dir: &ModelDir,
    pairs: &[Pair<'_>],
    batch_size: usize,
    threads: usize,
    repeat: usize,
) -> Result<(BenchRun, OnnxScorer)> {
    let t = Instant::now();
    let scorer = OnnxScorer::load(
        dir,
        ScorerOptions {
            batch_size,
            threads,
            policy: BatchPolicy::Fast,
            ..ScorerOptions::default()
        },
    )?;
    let load_s = t.elapsed().as_secs_f64();
    let encoded = scorer.encode(pairs)?;
    let lens: Vec<usize> = encoded.iter().map(|e| e.len()).collect();
    let plan = plan_batches(&lens, scorer.effective_batch_size());
    // Warm-up (allocations, ORT's first-run work).
    scorer.score(pairs)?;
    let (mut e2e, mut ort, mut shares, mut enc, mut latencies) =
        (vec![], vec![], vec![], vec![], vec![]);
    // Each repeat: one pass through the public `score`, then one instrumented pass doing the same
    // steps (encode, run each length-sorted batch, softmax) with the ORT calls timed inside it, so
    // the share inside ONNX Runtime comes from a single pass and not from two noisy ones.
    for _ in 0..repeat {
        let t = Instant::now();
        scorer.score(pairs)?;
        e2e.push(t.elapsed().as_secs_f64());

        let pass = Instant::now();
        let encoded = scorer.encode(pairs)?;
        enc.push(pass.elapsed().as_secs_f64());
        let mut in_ort = 0.0;
        for b in &plan {
            let members: Vec<_> = b.indices.iter().map(|&i| &encoded[i]).collect();
            let t = Instant::now();
            let logits = scorer.run(&members)?;
            let s = t.elapsed().as_secs_f64();
            latencies.push(s * 1e3);
            in_ort += s;
            for row in &logits {
                std::hint::black_box(Probs::from_logits(row, &scorer.info().labels));
            }
        }
        ort.push(in_ort);
        shares.push(in_ort / pass.elapsed().as_secs_f64());
    }
    let end_to_end_s = median(&mut e2e);
    let ort_s = median(&mut ort);
    let tokens: usize = lens.iter().sum();
    latencies.sort_by(f64::total_cmp);
    let run = BenchRun {
        batch_size,
        threads,
        load_s,
        pairs_per_s: pairs.len() as f64 / end_to_end_s,
        tokens_per_s: tokens as f64 / end_to_end_s,
        end_to_end_s,
        ort_s,
        ort_share: median(&mut shares),
        encode_s: median(&mut enc),
        padding_efficiency: padding_efficiency(&lens, &plan),
        batches: plan.len(),
        batch_latency: Latency {
            p50_ms: percentile(&latencies, 0.50),
            p95_ms: percentile(&latencies, 0.95),
            max_ms: latencies.last().copied().unwrap_or(0.0),
        },
        peak_rss_kib: peak_rss_kib(),
    };
    Ok((run, scorer))
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n == 0 {
        0.0
    } else if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

/// Nearest-rank percentile of sorted values.
fn percentile(sorted: &[f64], q: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = (q * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

/// Reads JSON Lines of `{"premise": ..., "hypothesis": ...}`.
pub fn read_pairs(path: &Path) -> Result<Vec<(String, String)>> {
    #[derive(Deserialize)]
    struct Line {
        premise: String,
        hypothesis: String,
    }
    let rows = crate::eval::datasets::read_jsonl::<Line>(path)?;
    if rows.is_empty() {
        return Err(Error::DatasetFormat {
            path: path.to_path_buf(),
            reason: "no pairs (expected JSON Lines of {\"premise\": ..., \"hypothesis\": ...})"
                .into(),
        });
    }
    Ok(rows
        .into_iter()
        .map(|(_, l)| (l.premise, l.hypothesis))
        .collect())
}

/// `n` deterministic news-like pairs of varied length (premises of 1–4 clauses, short hypotheses),
/// so that padding and length sorting matter as they do on real text.
pub fn generated_pairs(n: usize) -> Vec<(String, String)> {
    const WHO: [&str; 8] = [
        "The union",
        "The finance minister",
        "A spokeswoman for the company",
        "Local residents",
        "The prime minister's office",
        "Two senior officials familiar with the talks",
        "The central bank",
        "Opposition leaders",
    ];
    const SAID: [&str; 4] = ["said", "told reporters", "insisted", "claimed on Tuesday"];
    const WHAT: [&str; 10] = [
        "500 jobs will be cut at the plant",
        "the ceasefire talks collapsed after the delegation walked out",
        "interest rates would stay unchanged until the end of the year",
        "the bridge will reopen next month",
        "no agreement had been reached on the budget",
        "the factory in the north of the country would close by March, putting hundreds of contracts at risk",
        "the minister resigned",
        "inflation fell for the third month in a row",
        "there is no rift between the two leaders",
        "the vote was postponed because of the storm",
    ];
    const MORE: [&str; 5] = [
        "although critics say the figures are misleading",
        "according to documents seen by the newspaper",
        "a claim that was quickly denied by the government",
        "while protests continued outside parliament for a second day",
        "and markets reacted calmly",
    ];
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = |m: usize| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((state >> 33) as usize) % m
    };
    (0..n)
        .map(|_| {
            let clauses = 1 + next(4);
            let mut premise = Vec::new();
            for _ in 0..clauses {
                premise.push(format!(
                    "{} {} {}",
                    WHO[next(WHO.len())],
                    SAID[next(SAID.len())],
                    WHAT[next(WHAT.len())]
                ));
                if next(2) == 0 {
                    premise.push(MORE[next(MORE.len())].to_string());
                }
            }
            let hypothesis = format!("{} {}.", WHO[next(WHO.len())], WHAT[next(WHAT.len())]);
            (premise.join(", ") + ".", hypothesis)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_and_median() {
        let v: Vec<f64> = (1..=20).map(f64::from).collect();
        assert_eq!(percentile(&v, 0.5), 10.0);
        assert_eq!(percentile(&v, 0.95), 19.0);
        assert_eq!(median(&mut [3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&mut [4.0, 1.0, 2.0, 3.0]), 2.5);
    }

    #[test]
    fn generated_pairs_are_deterministic_and_varied() {
        let a = generated_pairs(50);
        assert_eq!(a, generated_pairs(50));
        let lens: Vec<usize> = a.iter().map(|(p, _)| p.len()).collect();
        assert!(lens.iter().max().unwrap() > &(2 * lens.iter().min().unwrap()));
    }

    #[test]
    fn peak_rss_is_read_on_linux() {
        if cfg!(target_os = "linux") {
            assert!(peak_rss_kib().unwrap() > 0);
        }
    }
}
