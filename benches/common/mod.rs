//! Helpers shared by the benches.
#![allow(dead_code)]

use std::path::PathBuf;

/// The offline default model.
pub fn default_model() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("models/minilm-l6-nli")
}

/// (premise, hypothesis) pairs from tests/data/nli_pairs.jsonl, repeated to `n`.
pub fn pairs(n: usize) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/nli_pairs.jsonl"),
    )
    .expect("tests/data/nli_pairs.jsonl");
    let base: Vec<(String, String)> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            (
                v["premise"].as_str().unwrap().to_string(),
                v["hypothesis"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    base.iter().cycle().take(n).cloned().collect()
}
