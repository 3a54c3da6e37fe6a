//! `gainsay eval` and `gainsay bench` end to end: the card's held-out SNLI accuracy, bad input,
//! and the shape of the JSON both write.

mod common;

use std::path::Path;

use common::*;
use gainsay::bench::BenchReport;
use gainsay::eval::{Dataset, EvalReport, Split};

#[derive(serde::Deserialize)]
struct EvalOutput {
    report: EvalReport,
    batch_size: usize,
    policy: String,
}

fn eval_json(args: &[&str]) -> EvalOutput {
    let mut all = vec!["eval", "--format", "json", "--threads", "2"];
    all.extend_from_slice(args);
    let out = run(&all);
    assert!(out.status.success(), "{:?} failed: {}", all, stderr(&out));
    serde_json::from_slice(&out.stdout).expect("eval JSON")
}

/// The default model card's figures (`eval.json` beside the model).
fn card() -> serde_json::Value {
    let text = std::fs::read_to_string(default_model().join("eval.json")).expect("eval.json");
    serde_json::from_str(&text).unwrap()
}

#[test]
fn snli_heldout_reproduces_the_model_card() {
    let Some(data) = shared("data/snli") else {
        return;
    };
    let card = card();
    let expected = card["results"]["int8"]["snli_test_heldout_3000"]["accuracy"]
        .as_f64()
        .unwrap();
    let held = &card["data_meta"]["held_out"]["snli_test"];
    let out = eval_json(&[
        "--dataset",
        "snli",
        "--split",
        "heldout",
        "--data",
        data.to_str().unwrap(),
    ]);
    let r = &out.report;
    assert_eq!((r.dataset, r.split), (Dataset::Snli, Split::Heldout));
    assert_eq!(r.examples as u64, held["n"].as_u64().unwrap());
    // Same selection: the class counts of the held-out pairs match the card's.
    for s in &r.classification.per_class {
        assert_eq!(
            s.support as u64,
            held["labels"][&s.label].as_u64().unwrap(),
            "{}",
            s.label
        );
    }
    let acc = r.classification.accuracy;
    assert!(
        (acc - expected).abs() <= 0.005,
        "accuracy {acc:.4}, card {expected:.4} (batch {}, {})",
        out.batch_size,
        out.policy
    );
}

#[test]
fn limit_samples_deterministically() {
    let Some(data) = shared("data/ibm_claim_stance") else {
        return;
    };
    let args = [
        "--dataset",
        "ibm-claim-stance",
        "--limit",
        "24",
        "--data",
        data.to_str().unwrap(),
    ];
    let a = eval_json(&args).report;
    let b = eval_json(&args).report;
    assert_eq!(a.examples, 24);
    assert_eq!(a.available, 1355, "IBM claim stance test split");
    assert_eq!(a.classification, b.classification);
    let none = a.predicted_none.expect("stance sets count none");
    let row_sums: usize = a.classification.confusion.counts.iter().map(|r| r[2]).sum();
    assert_eq!(none, row_sums);
}

#[test]
fn fnc1_scores_a_tiny_set() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "competition_test_bodies.csv",
        "Body ID,articleBody\n\
         7,\"The union said 500 jobs will be cut at the plant.\nManagement confirmed the cuts on Monday.\"\n\
         9,The weather in Leeds was sunny all week.\n",
    );
    write(
        dir.path(),
        "competition_test_stances.csv",
        "Headline,Body ID,Stance\n\
         Plant to cut 500 jobs,7,agree\n\
         Plant to cut 500 jobs,9,unrelated\n\
         \"No jobs will be cut, union says\",7,disagree\n",
    );
    let r = eval_json(&["--dataset", "fnc1", "--data", dir.path().to_str().unwrap()]).report;
    assert_eq!(r.examples, 3);
    let fnc = r.fnc.expect("FNC-1 score");
    assert_eq!(fnc.max_score, 1.0 + 0.25 + 1.0);
    assert!(fnc.score <= fnc.max_score);
    // Body 9 shares no content word with the headline: unrelated, without any NLI call.
    assert_eq!(r.classification.confusion.counts[3][3], 1);
    assert!(r.nli_pairs >= 2);
}

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).unwrap();
}

fn eval_fails(args: &[&str]) -> String {
    let mut all = vec!["eval"];
    all.extend_from_slice(args);
    let out = run(&all);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{all:?}: {err}");
    assert!(!err.contains("panicked"), "{err}");
    err
}

#[test]
fn missing_data_folder_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-folder");
    let err = eval_fails(&["--dataset", "sick", "--data", missing.to_str().unwrap()]);
    assert!(
        err.contains("no-such-folder") && err.contains("--data"),
        "{err}"
    );
}

#[test]
fn missing_file_in_data_folder_names_it() {
    let dir = tempfile::tempdir().unwrap();
    let err = eval_fails(&["--dataset", "anli", "--data", dir.path().to_str().unwrap()]);
    assert!(err.contains("ANLI_analysis_r1_dev.csv"), "{err}");
}

#[test]
fn wrong_format_files_name_the_file() {
    let dir = tempfile::tempdir().unwrap();
    // A CSV without the expected columns.
    write(dir.path(), "snli_1.0_test.csv", "a,b\n1,2\n");
    let err = eval_fails(&["--dataset", "snli", "--data", dir.path().to_str().unwrap()]);
    assert!(
        err.contains("snli_1.0_test.csv") && err.contains("column"),
        "{err}"
    );
    // An unknown label on line 3.
    write(
        dir.path(),
        "snli_1.0_test.csv",
        "index,premise,hypothesis,label\n0,A man eats.,A man eats food.,0\n1,A dog.,A cat.,7\n",
    );
    let err = eval_fails(&[
        "--dataset",
        "snli",
        "--split",
        "test",
        "--data",
        dir.path().to_str().unwrap(),
    ]);
    assert!(
        err.contains("snli_1.0_test.csv") && err.contains("line 3"),
        "{err}"
    );
    // JSON Lines that are not JSON.
    write(
        dir.path(),
        "dataset.jsonl",
        "{\"sentence1\": \"x\"\nnot json\n",
    );
    let err = eval_fails(&[
        "--dataset",
        "breaking-nli",
        "--data",
        dir.path().to_str().unwrap(),
    ]);
    assert!(err.contains("dataset.jsonl"), "{err}");
    // A JSON file of the wrong shape.
    for f in ["perspective_pool_v1.0.json", "dataset_split_v1.0.json"] {
        write(dir.path(), f, "{}");
    }
    write(
        dir.path(),
        "perspectrum_with_answers_v1.0.json",
        "[{\"id\": 1}]",
    );
    let err = eval_fails(&[
        "--dataset",
        "perspectrum",
        "--data",
        dir.path().to_str().unwrap(),
    ]);
    assert!(err.contains("perspectrum_with_answers_v1.0.json"), "{err}");
}

#[test]
fn unknown_dataset_and_split_are_refused() {
    let err = eval_fails(&["--dataset", "mnli"]);
    assert!(
        err.contains("unknown dataset") && err.contains("snli"),
        "{err}"
    );
    let err = eval_fails(&["--dataset", "sick", "--split", "heldout"]);
    assert!(err.contains("no split"), "{err}");
}

#[test]
fn bench_reports_each_configuration() {
    let out = run(&[
        "bench",
        "--pairs-count",
        "24",
        "--batch-size",
        "1,8",
        "--threads",
        "1",
        "--repeat",
        "1",
        "--format",
        "json",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let r: BenchReport = serde_json::from_slice(&out.stdout).expect("bench JSON");
    assert_eq!(r.pairs, 24);
    assert_eq!(r.policy, "fast");
    assert_eq!(r.runs.len(), 2);
    assert_eq!((r.runs[0].batch_size, r.runs[1].batch_size), (1, 8));
    assert_eq!(r.pairs_per_s, r.runs[0].pairs_per_s);
    assert_eq!(r.runs[0].batches, 24);
    assert_eq!(r.runs[0].padding_efficiency, 1.0);
    for run in &r.runs {
        assert!(run.pairs_per_s > 0.0 && run.tokens_per_s > run.pairs_per_s);
        assert!(
            run.ort_share > 0.0 && run.ort_share <= 1.5,
            "{}",
            run.ort_share
        );
        assert!(run.batch_latency.p50_ms <= run.batch_latency.p95_ms);
    }
    assert!(r.peak_rss_kib.unwrap_or(1) > 0);
    let text = run(&["bench", "--pairs-count", "8", "--repeat", "1"]);
    assert!(text.status.success(), "{}", stderr(&text));
    assert!(stdout(&text).contains("pairs/s"));
}

#[test]
fn bench_reads_and_writes_pairs_files() {
    let dir = tempfile::tempdir().unwrap();
    let written = dir.path().join("pairs.jsonl");
    let out = run(&[
        "bench",
        "--pairs-count",
        "5",
        "--repeat",
        "1",
        "--threads",
        "1",
        "--write-pairs",
        written.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_to_string(&written).unwrap().lines().count(),
        5
    );
    let out = run(&[
        "bench",
        "--pairs",
        written.to_str().unwrap(),
        "--repeat",
        "1",
        "--threads",
        "1",
        "--format",
        "json",
    ]);
    let r: BenchReport = serde_json::from_slice(&out.stdout).expect("bench JSON");
    assert_eq!(r.pairs, 5);
    let bad = dir.path().join("bad.jsonl");
    write(dir.path(), "bad.jsonl", "{\"premise\": \"only\"}\n");
    let out = run(&["bench", "--pairs", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("bad.jsonl"), "{}", stderr(&out));
}
