//! `gainsay batch` and `gainsay merge` end to end, with the real model on small generated corpora.

mod common;

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{default_model, gainsay, repo, stderr};
use gainsay::batch::{CrossContradiction, DocLine, Summary};

/// Generates a corpus with `scripts/gen_corpus.py`; returns (corpus.jsonl, planted.jsonl).
fn generate(dir: &Path, docs: usize, seed: u32) -> (PathBuf, PathBuf) {
    generate_with(dir, docs, seed, 0.05)
}

fn generate_with(dir: &Path, docs: usize, seed: u32, planted: f64) -> (PathBuf, PathBuf) {
    let status = Command::new("python3")
        .arg(repo().join("scripts/gen_corpus.py"))
        .args(["--docs", &docs.to_string(), "--seed", &seed.to_string()])
        .args(["--planted", &planted.to_string()])
        .arg("--out")
        .arg(dir)
        .status()
        .expect("python3 runs the corpus generator");
    assert!(status.success());
    (dir.join("corpus.jsonl"), dir.join("planted.jsonl"))
}

fn batch(args: &[&str]) -> std::process::Output {
    let model = default_model();
    gainsay()
        .arg("batch")
        .args(args)
        .arg("--model")
        .arg(&model)
        .arg("--quiet")
        .output()
        .expect("run gainsay batch")
}

fn lines(path: &Path) -> Vec<DocLine> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("every line parses"))
        .collect()
}

fn by_id(path: &Path) -> BTreeMap<String, String> {
    let mut m = BTreeMap::new();
    for l in std::fs::read_to_string(path).unwrap().lines() {
        let d: DocLine = serde_json::from_str(l).unwrap();
        assert!(
            m.insert(d.id, l.to_string()).is_none(),
            "an id appears twice"
        );
    }
    m
}

fn summary(path: &Path) -> Summary {
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

fn side(out: &Path, suffix: &str) -> PathBuf {
    let mut s = out.with_extension("").into_os_string();
    s.push(suffix);
    PathBuf::from(s)
}

#[test]
fn same_corpus_same_bytes_for_any_thread_count_and_planted_pairs_found() {
    let dir = tempfile::tempdir().unwrap();
    let (corpus, planted) = generate_with(dir.path(), 120, 3, 0.2);
    let mut outs = Vec::new();
    for threads in ["1", "2"] {
        let out = dir.path().join(format!("t{threads}.jsonl"));
        let o = batch(&[
            corpus.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "--threads",
            threads,
        ]);
        assert!(o.status.success(), "{}", stderr(&o));
        outs.push(out);
    }
    for suffix in ["", ".cross.jsonl", ".disputes.jsonl"] {
        let read = |o: &PathBuf| {
            std::fs::read(if suffix.is_empty() {
                o.clone()
            } else {
                side(o, suffix)
            })
            .unwrap()
        };
        assert_eq!(
            read(&outs[0]),
            read(&outs[1]),
            "{suffix} differs by thread count"
        );
    }
    let (mut s1, mut s2) = (
        summary(&side(&outs[0], ".summary.json")),
        summary(&side(&outs[1], ".summary.json")),
    );
    assert_eq!(s1.run.take().unwrap().threads, 1);
    assert_eq!(s2.run.take().unwrap().threads, 2);
    assert_eq!(s1, s2, "summaries differ apart from timing");
    assert_eq!(s1.documents, 120);

    // Every document in input order, with its analysis.
    let docs = lines(&outs[0]);
    let ids: Vec<String> = docs.iter().map(|d| d.id.clone()).collect();
    let expected: Vec<String> = (0..120).map(|i| format!("doc{i:06}")).collect();
    assert_eq!(ids, expected);
    assert!(docs
        .iter()
        .all(|d| d.analysis.is_some() && d.source.is_some()));

    // Recall of the planted cross-document contradictions.
    let found: HashSet<(String, String)> = std::fs::read_to_string(side(&outs[0], ".cross.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<CrossContradiction>(l).unwrap())
        .flat_map(|c| {
            [
                (c.pair.doc_a.clone(), c.pair.doc_b.clone()),
                (c.pair.doc_b, c.pair.doc_a),
            ]
        })
        .collect();
    let planted: Vec<serde_json::Value> = std::fs::read_to_string(planted)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let key = |p: &serde_json::Value| {
        (
            p["doc_a"].as_str().unwrap().to_string(),
            p["doc_b"].as_str().unwrap().to_string(),
        )
    };
    // Retrieval (the part batch owns) must offer every planted pair to NLI ...
    let scan = gainsay::batch::cross::scan(&outs[..1], true).unwrap();
    let (cands, _) =
        gainsay::batch::cross::candidates(&scan.corpus, &gainsay::batch::CrossOptions::default());
    let offered: HashSet<(String, String)> = cands
        .iter()
        .flat_map(|&(i, j, _)| {
            let (a, b) = (scan.corpus.claim(i).0, scan.corpus.claim(j).0);
            [
                (a.to_string(), b.to_string()),
                (b.to_string(), a.to_string()),
            ]
        })
        .collect();
    let missed: Vec<_> = planted
        .iter()
        .map(key)
        .filter(|k| !offered.contains(k))
        .collect();
    assert!(missed.is_empty(), "planted pairs never judged: {missed:?}");
    // ... and the small model must call most of them contradictions (it misses some templates,
    // e.g. "highest" vs "lowest"; see docs/BATCH.md).
    let hits = planted.iter().filter(|p| found.contains(&key(p))).count();
    assert!(
        hits * 2 >= planted.len(),
        "end-to-end recall {hits}/{} below 0.5",
        planted.len()
    );
    let html = std::fs::read_to_string(side(&outs[0], ".html")).unwrap();
    assert!(html.contains("Disputes across the corpus") && html.contains(".docs/"));
}

#[test]
fn kill_9_then_resume_gives_each_document_once_with_the_same_results() {
    const DOCS: usize = 3_000;
    let dir = tempfile::tempdir().unwrap();
    // Big enough that the run is still going when the kill comes, even on a fast machine.
    let (corpus, _) = generate(dir.path(), DOCS, 5);
    let full = dir.path().join("full.jsonl");
    let o = batch(&[corpus.to_str().unwrap(), "-o", full.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));

    let part = dir.path().join("part.jsonl");
    let mut child = gainsay()
        .arg("batch")
        .arg(&corpus)
        .arg("-o")
        .arg(&part)
        .arg("--model")
        .arg(default_model())
        .arg("--quiet")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    loop {
        let n = std::fs::read(&part)
            .map(|b| b.iter().filter(|&&c| c == b'\n').count())
            .unwrap_or(0);
        if n >= 20 || started.elapsed() > Duration::from_secs(120) {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let written = by_id_lenient(&part);
    assert!(
        written < DOCS,
        "the run finished before the kill ({written} lines)"
    );
    // Make sure the repair path runs: leave half a line, as a kill inside a write would.
    let mut bytes = std::fs::read(&part).unwrap();
    bytes.extend_from_slice(br#"{"schema":"gainsay.batch.v1","id":"doc0"#);
    std::fs::write(&part, bytes).unwrap();

    let o = gainsay()
        .arg("batch")
        .arg(&corpus)
        .arg("-o")
        .arg(&part)
        .arg("--resume")
        .arg("--model")
        .arg(default_model())
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("partial last line"), "{}", stderr(&o));
    assert_eq!(by_id(&part), by_id(&full));
    assert_eq!(
        std::fs::read(side(&part, ".cross.jsonl")).unwrap(),
        std::fs::read(side(&full, ".cross.jsonl")).unwrap()
    );
    let s = summary(&side(&part, ".summary.json"));
    assert_eq!(s.documents, DOCS as u64);
    assert!(s.run.unwrap().resumed >= 20);
}

/// Whole lines in a file that may end in a partial one.
fn by_id_lenient(path: &Path) -> usize {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .split_inclusive('\n')
        .filter(|l| l.ends_with('\n'))
        .count()
}

#[test]
fn bad_input_is_reported_and_the_rest_of_the_corpus_still_analysed() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("in");
    std::fs::create_dir_all(d.join("sub")).unwrap();
    std::fs::write(
        d.join("a.txt"),
        "The Varnholt bridge will reopen in May, officials said.",
    )
    .unwrap();
    std::fs::write(
        d.join("sub/b.html"),
        "<html><head><title>Bridge</title></head><body><nav>Menu</nav><article>\
         <p>The Varnholt bridge will not reopen in May.</p></article></body></html>",
    )
    .unwrap();
    std::fs::write(d.join("latin1.txt"), b"Caf\xe9 owners said sales rose.").unwrap();
    std::fs::write(d.join("binary.txt"), b"abc\0def").unwrap();
    std::fs::write(d.join("empty.md"), "").unwrap();
    std::os::unix::fs::symlink(d.join("missing"), d.join("gone.txt")).unwrap();
    let big = vec![b'a'; 50 * 1024 * 1024];
    std::fs::write(d.join("huge.txt"), big).unwrap();
    std::fs::write(
        d.join("feed.jsonl"),
        "{\"id\":\"j1\",\"text\":\"Talks on the Quenby merger collapsed.\"}\n\
         {\"id\":\"j2\",\"text\":oops}\n\
         {\"id\":\"j1\",\"text\":\"A duplicate.\"}\n\
         {\"id\":\"j3\",\"text\":\"A Quenby merger deal was agreed.\",\"source\":\"Wire\"}\n",
    )
    .unwrap();
    let out = dir.path().join("out.jsonl");
    let o = batch(&[d.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("feed.jsonl:2"), "malformed line number: {err}");
    assert!(err.contains("duplicate document id `j1`"), "{err}");
    assert!(err.contains("not valid UTF-8"), "{err}");

    let docs: BTreeMap<String, DocLine> =
        lines(&out).into_iter().map(|l| (l.id.clone(), l)).collect();
    let kind = |id: &str| docs[id].error.as_ref().map(|e| e.kind.clone());
    assert_eq!(kind("latin1.txt").as_deref(), Some("not_utf8"));
    assert_eq!(kind("binary.txt").as_deref(), Some("binary"));
    assert_eq!(kind("empty.md").as_deref(), Some("empty"));
    assert_eq!(kind("huge.txt").as_deref(), Some("too_large"));
    assert_eq!(kind("gone.txt").as_deref(), Some("io"));
    for id in ["a.txt", "sub/b.html", "j1", "j3"] {
        assert!(docs[id].analysis.is_some(), "{id} was not analysed");
    }
    let html_doc = docs["sub/b.html"].analysis.as_ref().unwrap();
    assert_eq!(
        html_doc.document.text,
        "The Varnholt bridge will not reopen in May."
    );
    assert_eq!(docs["sub/b.html"].title.as_deref(), Some("Bridge"));
    assert_eq!(docs["j3"].source.as_deref(), Some("Wire"));
    assert_eq!(docs.len(), 9);

    let s = summary(&side(&out, ".summary.json"));
    assert_eq!(s.input_problems, 2);
    assert!(s.problems.iter().any(|p| p.location == "feed.jsonl:2"));
    assert_eq!(s.failed.values().sum::<u64>(), 5);
    let cross = std::fs::read_to_string(side(&out, ".cross.jsonl")).unwrap();
    assert!(
        cross.contains("sub/b.html"),
        "bridge pair not found: {cross}"
    );

    // --on-error fail stops at the first bad record, naming it; existing output needs a flag.
    let o = batch(&[d.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("--resume"), "{}", stderr(&o));
    let o = batch(&[
        d.join("feed.jsonl").to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--overwrite",
        "--on-error",
        "fail",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("feed.jsonl:2"), "{}", stderr(&o));
    assert_eq!(lines(&out).len(), 1, "j1 was written before the stop");
}

#[test]
fn csv_and_stdin_inputs() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("news.csv");
    std::fs::write(
        &csv,
        "doc,body,outlet\nn1,\"The Ilmor hospital will close next year.\",Post\nn2,The Ilmor hospital will stay open.,Herald\n",
    )
    .unwrap();
    let out = dir.path().join("csv.jsonl");
    let o = batch(&[
        csv.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--id-field",
        "doc",
        "--text-field",
        "body",
        "--source-field",
        "outlet",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let ids: Vec<(String, Option<String>)> =
        lines(&out).into_iter().map(|l| (l.id, l.source)).collect();
    assert_eq!(
        ids,
        [
            ("n1".to_string(), Some("Post".to_string())),
            ("n2".to_string(), Some("Herald".to_string()))
        ]
    );

    let out = dir.path().join("stdin.jsonl");
    let o = common::run_with_stdin(
        &[
            "batch",
            "-",
            "-o",
            out.to_str().unwrap(),
            "--quiet",
            "--model",
            default_model().to_str().unwrap(),
        ],
        b"{\"id\":\"s1\",\"text\":\"The Ilmor hospital will close next year.\"}\n",
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(lines(&out)[0].id, "s1");
}

#[test]
fn shards_then_merge_match_one_run() {
    let dir = tempfile::tempdir().unwrap();
    let (corpus, _) = generate(dir.path(), 80, 9);
    let full = dir.path().join("full.jsonl");
    let o = batch(&[corpus.to_str().unwrap(), "-o", full.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let mut shards = Vec::new();
    for i in 0..3 {
        let p = dir.path().join(format!("shard{i}.jsonl"));
        let o = batch(&[
            corpus.to_str().unwrap(),
            "-o",
            p.to_str().unwrap(),
            "--shard",
            &format!("{i}/3"),
        ]);
        assert!(o.status.success(), "{}", stderr(&o));
        assert!(
            !side(&p, ".cross.jsonl").exists(),
            "shards leave the cross pass to merge"
        );
        shards.push(p);
    }
    let merged = dir.path().join("merged.jsonl");
    let o = gainsay()
        .arg("merge")
        .args(&shards)
        .arg("-o")
        .arg(&merged)
        .arg("--model")
        .arg(default_model())
        .arg("--quiet")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(by_id(&merged), by_id(&full));
    for suffix in [".cross.jsonl", ".disputes.jsonl"] {
        assert_eq!(
            std::fs::read(side(&merged, suffix)).unwrap(),
            std::fs::read(side(&full, suffix)).unwrap(),
            "{suffix}"
        );
    }
}
