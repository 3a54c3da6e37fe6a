//! `batch`: analyse a corpus as a stream, then find contradictions between its documents.
//!
//! The stream: a reader thread ([`input`]) → analysis workers, each running [`analyze`] on one
//! document while a scorer pool fills NLI batches with the pairs of all documents in flight →
//! a writer that appends one JSON line per document **in input order** ([`output`]). At most
//! `in_flight` documents are between the reader and the file at any time, so memory does not grow
//! with the corpus, and each line is exactly what `analyze` gives for that document alone, so it
//! does not depend on threads, batching, sharding or resuming.
//!
//! After the stream, the cross-document pass ([`cross`]) reads the output back, indexes every
//! claim, and scores the best-related pairs of different documents both ways; then a summary and
//! an HTML corpus report are written. [`merge`] does the same over the outputs of `--shard` runs.

pub mod cross;
mod html;
pub mod input;
pub mod output;
mod pool;
pub mod shard;

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use serde::{Deserialize, Serialize};

use crate::analyze::{analyze, AnalyzeOptions, Document};
use crate::error::{Error, Result};
use crate::nli::{ModelInfo, Scorer};
use crate::report::{Generator, Settings};

pub use cross::{CrossContradiction, CrossOptions, CrossStats};
pub use input::{Fields, Format, InputDoc, InputError, InputOptions};
pub use output::{DocAnalysis, DocLine, LineError, LINE_SCHEMA};
pub use shard::Shard;

/// The schema name of the summary file.
pub const SUMMARY_SCHEMA: &str = "gainsay.batch-summary.v1";

/// What to do with a record that cannot be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OnError {
    /// Report it (stderr, summary, and an error line when it has an id) and go on.
    #[default]
    Skip,
    /// Stop the run; what was written stays written and `--resume` goes on from there.
    Fail,
}

/// How a batch run works.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchOptions {
    /// Decision and candidate rules for each document (`cross_document` is ignored: each document
    /// is analysed alone).
    pub analyze: AnalyzeOptions,
    /// How inputs are read.
    pub input: InputOptions,
    /// Bad records: skip or stop.
    pub on_error: OnError,
    /// Analyse only this shard's documents (and leave the cross pass to `merge`).
    pub shard: Option<Shard>,
    /// Go on with an existing output file.
    pub resume: bool,
    /// Replace an existing output file.
    pub overwrite: bool,
    /// Documents read ahead of the writer at most: the memory bound of the stream.
    pub in_flight: usize,
    /// Documents analysed at once (claim extraction runs here, beside inference).
    pub workers: usize,
    /// Pairs gathered into one scorer call.
    pub batch_size: usize,
    /// The cross-document pass; `None` skips it.
    pub cross: Option<CrossOptions>,
}

impl Default for BatchOptions {
    fn default() -> Self {
        BatchOptions {
            analyze: AnalyzeOptions {
                cross_document: false,
                ..AnalyzeOptions::default()
            },
            input: InputOptions::default(),
            on_error: OnError::Skip,
            shard: None,
            resume: false,
            overwrite: false,
            in_flight: 256,
            workers: 4,
            batch_size: 32,
            cross: Some(CrossOptions::default()),
        }
    }
}

/// Where a run writes, all beside the per-document output `OUT.jsonl`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outputs {
    /// Per-document lines.
    pub documents: PathBuf,
    /// Cross-document contradictions, one per line: `OUT.cross.jsonl`.
    pub cross: PathBuf,
    /// Corpus-level disputes, one per line: `OUT.disputes.jsonl`.
    pub disputes: PathBuf,
    /// Counts, errors and throughput: `OUT.summary.json`.
    pub summary: PathBuf,
    /// The corpus report: `OUT.html`, with per-document views in `OUT.docs/`.
    pub html: PathBuf,
}

impl Outputs {
    /// The files that go with per-document output `path`.
    pub fn for_path(path: &Path) -> Outputs {
        let base = match path.extension().and_then(|e| e.to_str()) {
            Some("jsonl" | "ndjson" | "json") => path.with_extension(""),
            _ => path.to_path_buf(),
        };
        let with = |suffix: &str| {
            let mut s = base.clone().into_os_string();
            s.push(suffix);
            PathBuf::from(s)
        };
        Outputs {
            documents: path.to_path_buf(),
            cross: with(".cross.jsonl"),
            disputes: with(".disputes.jsonl"),
            summary: with(".summary.json"),
            html: with(".html"),
        }
    }

    /// The folder of per-document HTML views.
    pub fn docs_dir(&self) -> PathBuf {
        let mut s = self.html.with_extension("").into_os_string();
        s.push(".docs");
        PathBuf::from(s)
    }
}

/// Receives progress; the CLI draws a bar or logs lines, tests ignore it.
pub trait Progress: Sync {
    /// A document was written (or skipped as already done).
    fn document(&self, tally: &RunTally);
    /// The cross-document pass scored `done` of `total` pairs.
    fn cross(&self, done: u64, total: u64);
    /// Something worth telling the user that does not stop the run.
    fn warn(&self, message: &str);
}

/// Progress that goes nowhere.
#[derive(Debug, Default, Clone, Copy)]
pub struct NoProgress;

impl Progress for NoProgress {
    fn document(&self, _: &RunTally) {}
    fn cross(&self, _: u64, _: u64) {}
    fn warn(&self, _: &str) {}
}

/// Counts for this run (not the whole file: a resumed run counts only what it did).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RunTally {
    /// Lines written by this run.
    pub written: u64,
    /// Documents skipped because the output already had them.
    pub resumed: u64,
    /// Documents left to other shards.
    pub other_shards: u64,
    /// NLI calls (pairs scored) by this run.
    pub nli_calls: u64,
    /// Seconds since the run started.
    pub elapsed_s: f64,
}

/// A problem with one input record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputProblem {
    /// `PATH` or `PATH:LINE`.
    pub location: String,
    /// The record's id, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The message with its causes.
    pub message: String,
}

/// At most this many input problems are listed in the summary (all are counted).
const MAX_LISTED_PROBLEMS: usize = 1000;

/// The corpus summary (`OUT.summary.json`). Everything but `run` is reproducible byte for byte.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// Always [`SUMMARY_SCHEMA`].
    pub schema: String,
    /// What wrote it.
    pub generator: Generator,
    /// The NLI model.
    pub model: ModelInfo,
    /// The per-document decision rules.
    pub settings: Settings,
    /// The shard, for `--shard` runs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shard: Option<String>,
    /// Lines in the output (documents, analysed or not).
    pub documents: u64,
    /// Documents with an analysis.
    pub analysed: u64,
    /// Documents with an error line, by kind.
    pub failed: BTreeMap<String, u64>,
    /// Claims (units of kind `claim`) over all documents.
    pub claims: u64,
    /// Candidate pairs judged within documents.
    pub candidate_pairs: u64,
    /// NLI calls within documents (contradictions and stance).
    pub nli_calls: u64,
    /// Contradictions within documents.
    pub contradictions: u64,
    /// Disputes within documents.
    pub disputes: u64,
    /// The cross-document pass (absent when skipped).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cross: Option<CrossStats>,
    /// Records that could not be read and have no line (no id), or were duplicates.
    pub input_problems: u64,
    /// The first of them.
    pub problems: Vec<InputProblem>,
    /// Timing and throughput of the run that wrote this summary: the one part that varies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub run: Option<RunStats>,
}

/// Throughput of one run.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RunStats {
    /// Scorer threads.
    pub threads: usize,
    /// Documents analysed by this run (resumed ones not counted).
    pub documents: u64,
    /// Documents skipped because the output already had them.
    pub resumed: u64,
    /// Seconds for the stream of documents.
    pub stream_s: f64,
    /// Seconds for the cross-document pass.
    pub cross_s: f64,
    /// Documents per second in the stream.
    pub docs_per_s: f64,
    /// NLI pairs per second, stream and cross pass together.
    pub pairs_per_s: f64,
}

/// One document between the reader and the writer.
enum Work {
    Doc(u64, InputDoc),
    Failed(u64, Box<InputError>),
}

/// A finished line, with what the tallies need.
struct Done {
    seq: u64,
    line: Vec<u8>,
    nli_calls: u64,
}

/// Runs a batch: streams `inputs` through [`analyze`] into `out` (see [`Outputs`]), then, unless
/// sharded or switched off, the cross-document pass, the summary and the corpus report.
///
/// `scorers` holds one scorer per thread (the same one may be given several times when it is
/// thread-safe and internally parallel).
pub fn run(
    scorers: &[&dyn Scorer],
    inputs: &[PathBuf],
    out: &Path,
    opts: &BatchOptions,
    progress: &dyn Progress,
) -> Result<Summary> {
    if scorers.is_empty() {
        return Err(Error::InvalidOption("at least one scorer is needed".into()));
    }
    let outputs = Outputs::for_path(out);
    let started = Instant::now();
    let (mut writer, resumed) = output::open(out, opts.resume, opts.overwrite)?;
    if resumed.truncated > 0 {
        progress.warn(&format!(
            "{}: cut off a partial last line ({} bytes) left by an interrupted run",
            out.display(),
            resumed.truncated
        ));
    }
    let in_flight = opts.in_flight.max(1);
    let mut analyze_opts = opts.analyze.clone();
    analyze_opts.cross_document = false;
    analyze_opts.timing = false;
    let stop = AtomicBool::new(false);
    let mut tally = RunTally::default();
    let mut problems: Vec<InputProblem> = Vec::new();
    let mut problem_count = 0u64;

    let stream: Result<()> = std::thread::scope(|s| {
        let pool = pool::start(s, scorers, opts.batch_size);
        let (work_tx, work_rx) = crossbeam_channel::bounded::<Work>(in_flight);
        let (done_tx, done_rx) = crossbeam_channel::unbounded::<Result<Done>>();
        // One token per document between reader and writer: the reorder buffer stays bounded
        // even when one slow document holds the line back.
        let (token_tx, token_rx) = crossbeam_channel::bounded::<()>(in_flight);
        for _ in 0..in_flight {
            token_tx.send(()).expect("room for every token");
        }
        let reader = {
            let stop = &stop;
            let done = resumed.done;
            s.spawn(move || read_stream(inputs, opts, done, &token_rx, &work_tx, stop, progress))
        };
        for _ in 0..opts.workers.max(1) {
            let (work_rx, done_tx, pool) = (work_rx.clone(), done_tx.clone(), pool.clone());
            let analyze_opts = &analyze_opts;
            s.spawn(move || {
                for work in work_rx {
                    let done = analyse_one(&pool, work, analyze_opts);
                    if done_tx.send(done).is_err() {
                        break;
                    }
                }
            });
        }
        drop((work_rx, done_tx, pool));

        let written = write_in_order(
            &done_rx,
            &mut writer,
            &token_tx,
            &mut tally,
            started,
            progress,
        );
        if written.is_err() {
            stop.store(true, Ordering::Relaxed);
        }
        drop(done_rx);
        drop(token_tx);
        let read = reader.join().expect("reader thread does not panic");
        let (resumed_count, shard_skipped, found) = match read {
            Ok(r) => r,
            Err(e) => {
                written?;
                return Err(e);
            }
        };
        tally.resumed = resumed_count;
        tally.other_shards = shard_skipped;
        problem_count = found.len() as u64;
        problems = found.into_iter().take(MAX_LISTED_PROBLEMS).collect();
        written
    });
    writer.sync()?;
    stream?;
    let stream_s = started.elapsed().as_secs_f64();

    let cross = if opts.shard.is_none() {
        opts.cross.as_ref()
    } else {
        None
    };
    let mut summary = finish(
        scorers,
        &[out.to_path_buf()],
        &outputs,
        analyze_opts.settings(),
        cross,
        progress,
    )?;
    summary.shard = opts.shard.map(|s| s.to_string());
    summary.input_problems = problem_count;
    summary.problems = problems;
    let cross_s = started.elapsed().as_secs_f64() - stream_s;
    let cross_calls = summary.cross.as_ref().map_or(0, |c| c.nli_calls);
    summary.run = Some(RunStats {
        threads: scorers.len(),
        documents: tally.written,
        resumed: tally.resumed,
        stream_s,
        cross_s,
        docs_per_s: tally.written as f64 / stream_s.max(1e-9),
        pairs_per_s: (tally.nli_calls + cross_calls) as f64
            / started.elapsed().as_secs_f64().max(1e-9),
    });
    write_summary(&outputs.summary, &summary)?;
    Ok(summary)
}

/// The reader thread: records → numbered work, skipping done, other-shard and duplicate ids.
/// Returns (resumed, other-shard, problems).
fn read_stream(
    inputs: &[PathBuf],
    opts: &BatchOptions,
    done: output::DoneIds,
    tokens: &crossbeam_channel::Receiver<()>,
    work: &crossbeam_channel::Sender<Work>,
    stop: &AtomicBool,
    progress: &dyn Progress,
) -> Result<(u64, u64, Vec<InputProblem>)> {
    let (mut seq, mut resumed, mut other) = (0u64, 0u64, 0u64);
    let mut seen = output::DoneIds::default();
    let mut problems = Vec::new();
    let mut problem = |location: &str, id: Option<&str>, e: &Error| {
        let message = output::error_chain(e);
        progress.warn(&message);
        problems.push(InputProblem {
            location: location.to_string(),
            id: id.map(str::to_string),
            message,
        });
    };
    for record in input::records(inputs, &opts.input) {
        if stop.load(Ordering::Relaxed) {
            break;
        }
        let (id, location) = match &record {
            Ok(d) => (Some(d.id.as_str()), d.location.as_str()),
            Err(e) => (e.id.as_deref(), e.location.as_str()),
        };
        if let Some(shard) = opts.shard {
            if !shard.owns(id.unwrap_or(location)) {
                other += 1;
                continue;
            }
        }
        let Some(id) = id else {
            let e = record.expect_err("records without an id are errors");
            if opts.on_error == OnError::Fail {
                return Err(Error::InputFailed(Box::new(e.error)));
            }
            problem(&e.location, None, &e.error);
            continue;
        };
        if done.contains(id) {
            resumed += 1;
            continue;
        }
        if !seen.insert(id) {
            let e = Error::DuplicateId {
                id: id.to_string(),
                source_name: location.to_string(),
            };
            if opts.on_error == OnError::Fail {
                return Err(Error::InputFailed(Box::new(e)));
            }
            problem(location, Some(id), &e);
            continue;
        }
        let item = match record {
            Ok(d) => Work::Doc(seq, d),
            Err(e) => {
                if opts.on_error == OnError::Fail {
                    return Err(Error::InputFailed(Box::new(e.error)));
                }
                progress.warn(&output::error_chain(&e.error));
                Work::Failed(seq, e)
            }
        };
        if tokens.recv().is_err() || work.send(item).is_err() {
            break;
        }
        seq += 1;
    }
    Ok((resumed, other, problems))
}

/// One worker step: a document → its line.
fn analyse_one(scorer: &dyn Scorer, work: Work, opts: &AnalyzeOptions) -> Result<Done> {
    let (seq, line, nli_calls) = match work {
        Work::Doc(seq, d) => {
            let doc = Document {
                id: d.id.clone(),
                source: Some(d.location.clone()),
                text: d.text,
            };
            let mut report = analyze(scorer, std::slice::from_ref(&doc), opts)?;
            let calls = (report.stats.contradiction_calls + report.stats.stance_calls) as u64;
            let line = DocLine {
                schema: LINE_SCHEMA.into(),
                id: d.id,
                location: d.location,
                source: d.source,
                title: d.title,
                date: d.date,
                analysis: Some(DocAnalysis {
                    document: report.documents.pop().expect("one document in, one out"),
                    targets: report.targets,
                    contradictions: report.contradictions,
                    disputes: report.disputes,
                    stats: report.stats,
                }),
                error: None,
            };
            (seq, line, calls)
        }
        Work::Failed(seq, e) => {
            let line = DocLine {
                schema: LINE_SCHEMA.into(),
                id: e.id.clone().unwrap_or_else(|| e.location.clone()),
                location: e.location.clone(),
                source: None,
                title: None,
                date: None,
                analysis: None,
                error: Some(LineError::from_error(&e.error)),
            };
            (seq, line, 0)
        }
    };
    let mut bytes = serde_json::to_vec(&line).map_err(|source| Error::Json {
        path: PathBuf::from(&line.id),
        source,
    })?;
    bytes.push(b'\n');
    Ok(Done {
        seq,
        line: bytes,
        nli_calls,
    })
}

/// The writer: lines in sequence order, one token back per line written.
fn write_in_order(
    done: &crossbeam_channel::Receiver<Result<Done>>,
    writer: &mut output::LineWriter,
    tokens: &crossbeam_channel::Sender<()>,
    tally: &mut RunTally,
    started: Instant,
    progress: &dyn Progress,
) -> Result<()> {
    let mut waiting: BTreeMap<u64, Done> = BTreeMap::new();
    let mut next = 0u64;
    for d in done {
        let d = d?;
        waiting.insert(d.seq, d);
        while let Some(d) = waiting.remove(&next) {
            writer.write_line(&d.line)?;
            next += 1;
            tally.written += 1;
            tally.nli_calls += d.nli_calls;
            tally.elapsed_s = started.elapsed().as_secs_f64();
            progress.document(tally);
            let _ = tokens.send(());
        }
    }
    Ok(())
}

/// After the stream (or a merge): reads the per-document output back for the corpus counts,
/// runs the cross-document pass when asked, and writes the cross files and the HTML report.
fn finish(
    scorers: &[&dyn Scorer],
    documents: &[PathBuf],
    outputs: &Outputs,
    settings: Settings,
    cross_opts: Option<&CrossOptions>,
    progress: &dyn Progress,
) -> Result<Summary> {
    let scan = cross::scan(documents, cross_opts.is_some())?;
    let mut summary = Summary {
        schema: SUMMARY_SCHEMA.into(),
        generator: Generator::default(),
        model: scorers[0].info().clone(),
        settings,
        shard: None,
        documents: scan.tally.documents,
        analysed: scan.tally.analysed,
        failed: scan.tally.failed.clone(),
        claims: scan.tally.claims,
        candidate_pairs: scan.tally.candidate_pairs,
        nli_calls: scan.tally.nli_calls,
        contradictions: scan.tally.contradictions,
        disputes: scan.tally.disputes,
        cross: None,
        input_problems: 0,
        problems: Vec::new(),
        run: None,
    };
    if scan.tally.duplicates > 0 {
        progress.warn(&format!(
            "{} duplicate document lines were ignored by the cross-document pass",
            scan.tally.duplicates
        ));
    }
    if let Some(o) = cross_opts {
        let found = cross::pairs(scorers, &scan.corpus, o, progress)?;
        cross::write(&found, &outputs.cross, &outputs.disputes)?;
        html::write_report(documents, &summary, &found, outputs)?;
        summary.cross = Some(found.stats);
    }
    Ok(summary)
}

fn write_summary(path: &Path, summary: &Summary) -> Result<()> {
    let mut bytes = serde_json::to_vec_pretty(summary).map_err(|source| Error::Json {
        path: path.to_path_buf(),
        source,
    })?;
    bytes.push(b'\n');
    write_atomically(path, &bytes)
}

/// Writes `bytes` to `path` through a temporary file and a rename.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(|e| Error::io(dir, e))?;
    tmp.write_all(bytes).map_err(|e| Error::io(tmp.path(), e))?;
    tmp.as_file().sync_all().map_err(|e| Error::io(path, e))?;
    tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
    Ok(())
}

/// Combines the outputs of `--shard` runs into `out` (later duplicates of an id are dropped with
/// a warning), then runs the cross-document pass over the whole corpus and writes the summary and
/// the report, as an unsharded run would.
pub fn merge(
    scorers: &[&dyn Scorer],
    shards: &[PathBuf],
    out: &Path,
    cross: Option<&CrossOptions>,
    overwrite: bool,
    progress: &dyn Progress,
) -> Result<Summary> {
    if scorers.is_empty() {
        return Err(Error::InvalidOption("at least one scorer is needed".into()));
    }
    let started = Instant::now();
    let (mut writer, _) = output::open(out, false, overwrite)?;
    let mut seen = output::DoneIds::default();
    let (mut problems, mut rules) = (Vec::new(), None);
    let mut shard_names = HashSet::new();
    for shard in shards {
        shard_names.insert(shard.clone());
        let summary_path = Outputs::for_path(shard).summary;
        if let Ok(bytes) = std::fs::read(&summary_path) {
            if let Ok(s) = serde_json::from_slice::<Summary>(&bytes) {
                problems.extend(s.problems);
                rules.get_or_insert(s.settings);
            }
        }
    }
    let mut written = 0u64;
    for item in output::read_lines(shards) {
        let (path, line, doc) = item?;
        if !seen.insert(&doc.id) {
            progress.warn(&format!(
                "{}:{line}: document `{}` is already in an earlier shard; dropped",
                path.display(),
                doc.id
            ));
            continue;
        }
        let mut bytes = serde_json::to_vec(&doc).map_err(|source| Error::Json {
            path: path.clone(),
            source,
        })?;
        bytes.push(b'\n');
        writer.write_line(&bytes)?;
        written += 1;
    }
    writer.sync()?;
    let outputs = Outputs::for_path(out);
    let t = Instant::now();
    let rules = rules.unwrap_or_else(|| AnalyzeOptions::default().settings());
    let mut summary = finish(
        scorers,
        &[out.to_path_buf()],
        &outputs,
        rules,
        cross,
        progress,
    )?;
    summary.input_problems = problems.len() as u64;
    summary.problems = problems;
    let cross_calls = summary.cross.as_ref().map_or(0, |c| c.nli_calls);
    summary.run = Some(RunStats {
        threads: scorers.len(),
        documents: written,
        resumed: 0,
        stream_s: t.duration_since(started).as_secs_f64(),
        cross_s: t.elapsed().as_secs_f64(),
        docs_per_s: 0.0,
        pairs_per_s: cross_calls as f64 / t.elapsed().as_secs_f64().max(1e-9),
    });
    write_summary(&outputs.summary, &summary)?;
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nli::{FnScorer, Pair, Probs};

    /// "not" on exactly one side reads as a contradiction.
    fn fake() -> FnScorer<impl Fn(&Pair<'_>) -> Probs + Send + Sync> {
        FnScorer::new("fake", |p: &Pair<'_>| {
            let neg = |s: &str| s.contains(" not ") || s.contains("n't");
            if neg(p.premise) != neg(p.hypothesis) {
                Probs {
                    entailment: 0.05,
                    neutral: 0.05,
                    contradiction: 0.9,
                }
            } else {
                Probs {
                    entailment: 0.1,
                    neutral: 0.8,
                    contradiction: 0.1,
                }
            }
        })
    }

    fn corpus(dir: &Path, n: usize) -> PathBuf {
        let p = dir.join("c.jsonl");
        let mut s = String::new();
        for i in 0..n {
            let text = if i % 10 == 3 {
                format!("The Zorbel{i} bridge will not reopen in May. Officials met on Monday.")
            } else if i % 10 == 4 {
                format!(
                    "The Zorbel{} bridge will reopen in May, the council said.",
                    i - 1
                )
            } else {
                format!(
                    "The Quill{i} library opened a new wing. Visitors liked the Quill{i} garden."
                )
            };
            s.push_str(&serde_json::json!({"id": format!("d{i:03}"), "text": text}).to_string());
            s.push('\n');
        }
        std::fs::write(&p, s).unwrap();
        p
    }

    fn ids(path: &Path) -> Vec<String> {
        output::read_lines(&[path.to_path_buf()])
            .map(|l| l.unwrap().2.id)
            .collect()
    }

    #[test]
    fn output_is_in_input_order_and_the_same_for_any_thread_count() {
        let dir = tempfile::tempdir().unwrap();
        let input = corpus(dir.path(), 60);
        let f = fake();
        let mut outs = Vec::new();
        for (k, threads) in [1usize, 3].into_iter().enumerate() {
            let out = dir.path().join(format!("out{k}.jsonl"));
            let scorers: Vec<&dyn Scorer> = vec![&f; threads];
            let opts = BatchOptions {
                workers: threads * 2,
                in_flight: 4,
                ..BatchOptions::default()
            };
            let s = run(
                &scorers,
                std::slice::from_ref(&input),
                &out,
                &opts,
                &NoProgress,
            )
            .unwrap();
            assert_eq!(s.documents, 60);
            outs.push(out);
        }
        let expected: Vec<String> = (0..60).map(|i| format!("d{i:03}")).collect();
        assert_eq!(ids(&outs[0]), expected);
        for suffix in ["", ".cross.jsonl", ".disputes.jsonl"] {
            let read = |o: &PathBuf| {
                let p = if suffix.is_empty() {
                    o.clone()
                } else {
                    o.with_extension("").with_extension(&suffix[1..])
                };
                std::fs::read(p).unwrap()
            };
            assert_eq!(read(&outs[0]), read(&outs[1]), "{suffix}");
        }
    }

    #[test]
    fn cross_pass_finds_the_planted_pairs() {
        let dir = tempfile::tempdir().unwrap();
        let input = corpus(dir.path(), 40);
        let f = fake();
        let out = dir.path().join("out.jsonl");
        let s = run(&[&f], &[input], &out, &BatchOptions::default(), &NoProgress).unwrap();
        let cross: Vec<CrossContradiction> =
            std::fs::read_to_string(dir.path().join("out.cross.jsonl"))
                .unwrap()
                .lines()
                .map(|l| serde_json::from_str(l).unwrap())
                .collect();
        let found: HashSet<(String, String)> = cross
            .iter()
            .map(|c| (c.pair.doc_a.clone(), c.pair.doc_b.clone()))
            .collect();
        for i in [3, 13, 23, 33] {
            let key = (format!("d{i:03}"), format!("d{:03}", i + 1));
            assert!(found.contains(&key), "{key:?} not in {found:?}");
        }
        assert_eq!(s.cross.unwrap().contradictions, cross.len() as u64);
    }

    #[test]
    fn resume_after_a_partial_line_gives_the_same_file() {
        let dir = tempfile::tempdir().unwrap();
        let input = corpus(dir.path(), 30);
        let f = fake();
        let full = dir.path().join("full.jsonl");
        run(
            &[&f],
            std::slice::from_ref(&input),
            &full,
            &BatchOptions::default(),
            &NoProgress,
        )
        .unwrap();
        let bytes = std::fs::read(&full).unwrap();
        // A "killed" run: 11 whole lines and half of the 12th.
        let cut = bytes
            .iter()
            .enumerate()
            .filter(|(_, &b)| b == b'\n')
            .nth(10)
            .unwrap()
            .0
            + 40;
        let part = dir.path().join("part.jsonl");
        std::fs::write(&part, &bytes[..cut]).unwrap();
        let opts = BatchOptions {
            resume: true,
            ..BatchOptions::default()
        };
        let s = run(&[&f], &[input], &part, &opts, &NoProgress).unwrap();
        assert_eq!(s.run.unwrap().resumed, 11);
        assert_eq!(std::fs::read(&part).unwrap(), bytes);
        assert_eq!(
            std::fs::read(dir.path().join("part.cross.jsonl")).unwrap(),
            std::fs::read(dir.path().join("full.cross.jsonl")).unwrap()
        );
    }

    #[test]
    fn shards_merge_into_the_unsharded_result() {
        let dir = tempfile::tempdir().unwrap();
        let input = corpus(dir.path(), 40);
        let f = fake();
        let full = dir.path().join("full.jsonl");
        run(
            &[&f],
            std::slice::from_ref(&input),
            &full,
            &BatchOptions::default(),
            &NoProgress,
        )
        .unwrap();
        let mut parts = Vec::new();
        for i in 0..3 {
            let p = dir.path().join(format!("s{i}.jsonl"));
            let opts = BatchOptions {
                shard: Some(format!("{i}/3").parse().unwrap()),
                ..BatchOptions::default()
            };
            run(&[&f], std::slice::from_ref(&input), &p, &opts, &NoProgress).unwrap();
            parts.push(p);
        }
        let merged = dir.path().join("merged.jsonl");
        let s = merge(
            &[&f],
            &parts,
            &merged,
            Some(&CrossOptions::default()),
            false,
            &NoProgress,
        )
        .unwrap();
        assert_eq!(s.documents, 40);
        let mut a = ids(&merged);
        a.sort();
        assert_eq!(a, ids(&full));
        assert_eq!(
            std::fs::read(dir.path().join("merged.cross.jsonl")).unwrap(),
            std::fs::read(dir.path().join("full.cross.jsonl")).unwrap()
        );
    }
}
