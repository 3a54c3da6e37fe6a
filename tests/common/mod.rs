//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The checkout's root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `../shared` beside the checkout, when present.
pub fn shared(rel: &str) -> Option<PathBuf> {
    let p = repo().join("..").join("shared").join(rel);
    if p.exists() {
        Some(p)
    } else {
        eprintln!("note: {} is absent; skipping", p.display());
        None
    }
}

/// The offline default model shipped in `models/`.
pub fn default_model() -> PathBuf {
    repo().join("models").join("minilm-l6-nli")
}

/// The `gainsay` binary under test.
pub fn gainsay() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_gainsay"));
    c.env_remove("GAINSAY_MODEL").stdin(Stdio::null());
    c
}

/// Runs `gainsay args...` with `stdin` fed in, returning its output.
pub fn run_with_stdin(args: &[&str], stdin: &[u8]) -> Output {
    use std::io::Write;
    let mut child = gainsay()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn gainsay");
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().expect("wait for gainsay");
    writer.join().unwrap();
    out
}

/// Runs `gainsay args...`.
pub fn run(args: &[&str]) -> Output {
    gainsay().args(args).output().expect("run gainsay")
}

/// Stdout as text.
pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Stderr as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Copies a model directory (files only) so a test can damage the copy.
pub fn copy_model(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for f in ["model.onnx", "tokenizer.json", "config.json"] {
        std::fs::copy(from.join(f), to.join(f)).unwrap();
    }
}
