//! The NLI engine against the real offline model.

mod common;

use common::*;
use gainsay::model::ModelDir;
use gainsay::nli::{BatchPolicy, Label, OnnxScorer, Pair, Probs, Scorer, ScorerOptions};
use gainsay::Error;

fn scorer(policy: BatchPolicy, batch_size: usize) -> OnnxScorer {
    let dir = ModelDir::open(default_model()).expect("default model in models/");
    OnnxScorer::load(
        &dir,
        ScorerOptions {
            batch_size,
            threads: 1,
            policy,
            ..ScorerOptions::default()
        },
    )
    .expect("load default model")
}

#[derive(serde::Deserialize)]
struct Reference {
    pairs: Vec<RefPair>,
}

#[derive(serde::Deserialize)]
struct RefPair {
    premise: String,
    hypothesis: String,
    probs: std::collections::HashMap<String, f64>,
}

fn reference() -> Reference {
    let text = std::fs::read_to_string(repo().join("tests/data/nli_reference.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn pairs(r: &Reference) -> Vec<Pair<'_>> {
    r.pairs
        .iter()
        .map(|p| Pair::new(&p.premise, &p.hypothesis))
        .collect()
}

fn max_diff(a: &[Probs], b: &[Probs]) -> f32 {
    a.iter()
        .zip(b)
        .flat_map(|(x, y)| {
            [
                (x.entailment - y.entailment).abs(),
                (x.neutral - y.neutral).abs(),
                (x.contradiction - y.contradiction).abs(),
            ]
        })
        .fold(0.0, f32::max)
}

#[test]
fn matches_python_onnxruntime_within_1e4() {
    let r = reference();
    assert!(r.pairs.len() >= 20);
    let s = scorer(BatchPolicy::Reproducible, 32);
    let got = s.score(&pairs(&r)).unwrap();
    for (p, g) in r.pairs.iter().zip(&got) {
        for (label, want) in &p.probs {
            let have = match label.as_str() {
                "entailment" => g.entailment,
                "neutral" => g.neutral,
                "contradiction" => g.contradiction,
                other => panic!("unexpected label {other}"),
            };
            assert!(
                (f64::from(have) - want).abs() < 1e-4,
                "{label}: {have} vs python {want} for {:?} / {:?}",
                p.premise,
                p.hypothesis
            );
        }
    }
}

#[test]
fn results_do_not_depend_on_input_order() {
    let r = reference();
    let s = scorer(BatchPolicy::Reproducible, 8);
    let forward = s.score(&pairs(&r)).unwrap();
    let mut reversed_pairs = pairs(&r);
    reversed_pairs.reverse();
    let mut backward = s.score(&reversed_pairs).unwrap();
    backward.reverse();
    assert_eq!(max_diff(&forward, &backward), 0.0);
}

#[test]
fn reproducible_mode_does_not_depend_on_batch_size() {
    let r = reference();
    let one = scorer(BatchPolicy::Reproducible, 1)
        .score(&pairs(&r))
        .unwrap();
    let many = scorer(BatchPolicy::Reproducible, 32)
        .score(&pairs(&r))
        .unwrap();
    assert_eq!(max_diff(&one, &many), 0.0);
}

/// A one-thread scorer for `dir` with this batch size and policy.
fn load_one_thread(dir: &ModelDir, batch_size: usize, policy: BatchPolicy) -> OnnxScorer {
    OnnxScorer::load(
        dir,
        ScorerOptions {
            batch_size,
            threads: 1,
            policy,
            ..ScorerOptions::default()
        },
    )
    .unwrap()
}

#[test]
fn fp32_model_is_batch_invariant_in_fast_mode() {
    let Some(shared) = shared("models/minilm-l6-nli") else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    for f in ["tokenizer.json", "config.json"] {
        std::fs::copy(shared.join(f), tmp.path().join(f)).unwrap();
    }
    std::fs::copy(
        shared.join("model_fp32.onnx"),
        tmp.path().join("model.onnx"),
    )
    .unwrap();
    let dir = ModelDir::open(tmp.path()).unwrap();
    let load = |batch_size| load_one_thread(&dir, batch_size, BatchPolicy::Fast);
    let r = reference();
    let s1 = load(1);
    assert!(
        !s1.info().batch_dependent,
        "fp32 has no dynamic quantization"
    );
    let one = s1.score(&pairs(&r)).unwrap();
    let many = load(32).score(&pairs(&r)).unwrap();
    assert!(max_diff(&one, &many) < 1e-5, "{}", max_diff(&one, &many));
}

#[test]
fn bundled_news_model_is_static_int8_and_batch_invariant() {
    let dir = ModelDir::open(repo().join("models/minilm-l6-nli-news")).unwrap();
    let load = |batch_size| load_one_thread(&dir, batch_size, BatchPolicy::Reproducible);
    let s1 = load(1);
    assert!(
        !s1.info().batch_dependent,
        "static int8: no DynamicQuantizeLinear"
    );
    let s32 = load(32);
    assert_eq!(s32.effective_batch_size(), 32);
    let r = reference();
    let one = s1.score(&pairs(&r)).unwrap();
    let many = s32.score(&pairs(&r)).unwrap();
    assert!(max_diff(&one, &many) < 1e-5, "{}", max_diff(&one, &many));
    // A sanity pair the model must get right.
    let p = s1
        .score(&[Pair::new(
            "The union said 500 jobs will be cut.",
            "No jobs will be cut.",
        )])
        .unwrap();
    assert_eq!(p[0].argmax(), Label::Contradiction, "{:?}", p[0]);
}

#[test]
fn dynamic_int8_is_detected() {
    let Some(shared) = shared("models/minilm-l6-nli") else {
        return;
    };
    let dir = ModelDir::open(&shared).unwrap();
    let s = OnnxScorer::load(&dir, ScorerOptions::default()).unwrap();
    assert!(s.info().batch_dependent);
    assert_eq!(s.effective_batch_size(), 1);
    let fast = OnnxScorer::load(
        &dir,
        ScorerOptions {
            policy: BatchPolicy::Fast,
            ..ScorerOptions::default()
        },
    )
    .unwrap();
    assert_eq!(fast.effective_batch_size(), 32);
}

#[test]
fn labels_follow_config_not_position() {
    // Swap two labels in a copy of the config and the reported probabilities swap with them.
    let tmp = tempfile::tempdir().unwrap();
    copy_model(&default_model(), tmp.path());
    let cfg_path = tmp.path().join("config.json");
    let mut cfg: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&cfg_path).unwrap()).unwrap();
    let id2label = cfg["id2label"].as_object_mut().unwrap();
    let (a, b) = (id2label["0"].clone(), id2label["1"].clone());
    id2label.insert("0".into(), b);
    id2label.insert("1".into(), a);
    std::fs::write(&cfg_path, serde_json::to_string(&cfg).unwrap()).unwrap();
    let swapped = OnnxScorer::load(
        &ModelDir::open(tmp.path()).unwrap(),
        ScorerOptions::default(),
    )
    .unwrap();
    let pair = [Pair::new("The cat sleeps.", "A dog barks loudly.")];
    let normal = scorer(BatchPolicy::Reproducible, 1).score(&pair).unwrap()[0];
    let other = swapped.score(&pair).unwrap()[0];
    assert_eq!(normal.contradiction, other.entailment);
    assert_eq!(normal.entailment, other.contradiction);
}

#[test]
fn bad_models_give_clear_errors() {
    let tmp = tempfile::tempdir().unwrap();
    // Truncated model.onnx
    let t = tmp.path().join("truncated");
    copy_model(&default_model(), &t);
    let bytes = std::fs::read(t.join("model.onnx")).unwrap();
    std::fs::write(t.join("model.onnx"), &bytes[..bytes.len() / 3]).unwrap();
    let err = OnnxScorer::load(&ModelDir::open(&t).unwrap(), ScorerOptions::default()).unwrap_err();
    assert!(matches!(err, Error::ModelLoad { .. }), "{err}");
    // A tokenizer that does not load
    let b = tmp.path().join("badtok");
    copy_model(&default_model(), &b);
    std::fs::write(b.join("tokenizer.json"), b"{\"not\": \"a tokenizer\"}").unwrap();
    let err = OnnxScorer::load(&ModelDir::open(&b).unwrap(), ScorerOptions::default()).unwrap_err();
    assert!(matches!(err, Error::TokenizerLoad { .. }), "{err}");
    // No id2label
    let c = tmp.path().join("nolabels");
    copy_model(&default_model(), &c);
    std::fs::write(c.join("config.json"), b"{\"model_type\": \"bert\"}").unwrap();
    assert!(matches!(
        ModelDir::open(&c).unwrap_err(),
        Error::InvalidModel { .. }
    ));
}

#[test]
fn empty_texts_are_refused() {
    let s = scorer(BatchPolicy::Reproducible, 4);
    let err = s.score(&[Pair::new("  ", "Something.")]).unwrap_err();
    assert!(matches!(err, Error::EmptyText { what: "premise" }));
    let err = s.score(&[Pair::new("Something.", "")]).unwrap_err();
    assert!(matches!(err, Error::EmptyText { what: "hypothesis" }));
    assert!(s.score(&[]).unwrap().is_empty());
}

#[test]
fn very_long_premise_is_truncated_not_the_hypothesis() {
    let s = scorer(BatchPolicy::Reproducible, 4);
    let long = "The committee met again and discussed the budget. ".repeat(200);
    let enc = s.encode(&[Pair::new(&long, "The committee met.")]).unwrap();
    let max = s.options().max_length.unwrap();
    assert_eq!(enc[0].len(), max);
    // The hypothesis (segment 1) survives whole: "the committee met." + [SEP] = 5 tokens.
    assert_eq!(enc[0].type_ids.iter().filter(|&&t| t == 1).count(), 5);
    // A hypothesis longer than the limit still scores (both sides truncated).
    let huge = "word ".repeat(1000);
    assert_eq!(s.score(&[Pair::new("Short.", &huge)]).unwrap().len(), 1);
}

#[test]
fn cli_nli_labels_the_rift_denial_a_contradiction() {
    let out = run(&[
        "nli",
        "There is a rift between Rubio and Witkoff.",
        "There is no rift between the two.",
        "--format",
        "json",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["label"], "contradiction");
    let out = run(&[
        "nli",
        "The minister resigned on Tuesday after the vote.",
        "The minister left office.",
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["label"], "entailment");
}

#[test]
fn cli_reports_missing_model_and_runtime() {
    let out = run(&["nli", "a", "b", "--model", "/no/such/model"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("not found"), "{}", stderr(&out));
    let out = gainsay()
        .args(["nli", "a", "b"])
        .env("ORT_DYLIB_PATH", "/no/such/libonnxruntime.so")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("make setup"), "{}", stderr(&out));
    let out = run(&["nli", "", "b"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("premise is empty"),
        "{}",
        stderr(&out)
    );
}

/// A tiny model from tests/data/tiny assembled with the default tokenizer.
fn tiny(name: &str) -> (tempfile::TempDir, ModelDir) {
    let tmp = tempfile::tempdir().unwrap();
    let src = repo().join("tests/data/tiny").join(name);
    for f in ["model.onnx", "config.json"] {
        std::fs::copy(src.join(f), tmp.path().join(f)).unwrap();
    }
    std::fs::copy(
        default_model().join("tokenizer.json"),
        tmp.path().join("tokenizer.json"),
    )
    .unwrap();
    let dir = ModelDir::open(tmp.path()).unwrap();
    (tmp, dir)
}

#[test]
fn models_without_token_type_ids_take_inputs_from_the_session() {
    let (_tmp, dir) = tiny("deberta-like");
    let s = OnnxScorer::load(&dir, ScorerOptions::default()).unwrap();
    let pairs = [
        Pair::new("A short premise.", "A hypothesis."),
        Pair::new("Another, longer premise here.", "H."),
    ];
    let out = s.score(&pairs).unwrap();
    assert_eq!(out.len(), 2);
    assert_ne!(out[0], out[1]);
    for p in out {
        assert!((p.entailment + p.neutral + p.contradiction - 1.0).abs() < 1e-5);
    }
}

#[test]
fn binary_models_score_stance_but_refuse_contradictions() {
    use gainsay::analyze::{analyze, AnalyzeOptions, Document};
    let (_tmp, dir) = tiny("binary");
    let s = OnnxScorer::load(&dir, ScorerOptions::default()).unwrap();
    assert!(!s.info().has_contradiction());
    let p = s
        .score(&[Pair::new("A premise.", "A hypothesis.")])
        .unwrap()[0];
    assert_eq!(p.contradiction, 0.0);
    assert!((p.entailment + p.neutral - 1.0).abs() < 1e-5);
    let docs = [Document {
        id: "d".into(),
        source: None,
        text: "The council approved the bridge. The mayor said the bridge was rejected.".into(),
    }];
    let err = analyze(&s, &docs, &AnalyzeOptions::default()).unwrap_err();
    assert!(matches!(err, Error::NoContradictionLabel { .. }), "{err}");
    let stance_only = AnalyzeOptions {
        contradictions: false,
        targets: vec!["The bridge was approved.".into()],
        ..AnalyzeOptions::default()
    };
    let report = analyze(&s, &docs, &stance_only).unwrap();
    assert_eq!(report.targets.len(), 1);
}

#[test]
fn too_old_runtime_is_refused_with_the_fix() {
    let tmp = tempfile::tempdir().unwrap();
    let lib = tmp.path().join("libonnxruntime.so");
    let built = std::process::Command::new("cc")
        .args(["-shared", "-fPIC", "-o"])
        .arg(&lib)
        .arg(repo().join("tests/data/old_ort.c"))
        .status();
    if !built.map(|s| s.success()).unwrap_or(false) {
        eprintln!("note: no C compiler; skipping");
        return;
    }
    let out = gainsay()
        .args(["nli", "a", "b"])
        .env("ORT_DYLIB_PATH", &lib)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("1.20.0") && err.contains(">= 1.31"), "{err}");
    assert!(err.contains("ORT_DYLIB_PATH"), "{err}");
}
