//! `gainsay batch INPUT... -o FILE` and `gainsay merge SHARD... -o FILE`

use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use anyhow::Context;
use clap::{Args, ValueEnum};
use gainsay::analyze::AnalyzeOptions;
use gainsay::batch::{
    self, BatchOptions, CrossOptions, Fields, Format, InputOptions, OnError, Outputs, Progress,
    RunTally, Shard, Summary,
};
use gainsay::nli::{BatchPolicy, OnnxScorer, Scorer, ScorerOptions};

/// Model and scoring flags shared by `batch` and `merge`.
#[derive(Debug, Args)]
pub struct ScoringArgs {
    /// Model name or directory.
    #[arg(long, short, default_value = gainsay::model::DEFAULT_MODEL, env = "GAINSAY_MODEL")]
    model: String,
    /// Scorer threads (one model instance each, one ONNX Runtime thread each).
    #[arg(long, default_value_t = 1)]
    threads: usize,
    /// Pairs gathered into one NLI call (across documents).
    #[arg(long, default_value_t = 32)]
    batch_size: usize,
    /// Batch even models whose results depend on batch-mates (faster; results then depend on
    /// which documents were scored together, so they are not reproducible).
    #[arg(long)]
    fast: bool,
    /// No progress bar or log lines (warnings about bad input are still printed).
    #[arg(long, short)]
    quiet: bool,
    /// Skip the cross-document pass.
    #[arg(long)]
    no_cross: bool,
    /// Cross pass: partners from other documents kept per claim.
    #[arg(long, default_value_t = CrossOptions::default().neighbours)]
    cross_neighbours: usize,
    /// Cross pass: minimum relatedness (IDF over the corpus) for NLI to judge a pair.
    #[arg(long, default_value_t = CrossOptions::default().min_relatedness)]
    cross_min_relatedness: f32,
    /// Cross pass: pair score to report a contradiction.
    #[arg(long, default_value_t = CrossOptions::default().contradiction_threshold)]
    cross_threshold: f32,
    /// Cross pass: terms in more than this fraction of claims are not used to find partners
    /// (clamped to 8..=--max-postings claims).
    #[arg(long, default_value_t = CrossOptions::default().anchor_fraction)]
    anchor_fraction: f64,
    /// Cross pass: terms in more claims than this are never used to find partners (cost bound).
    #[arg(long, default_value_t = CrossOptions::default().max_postings)]
    max_postings: usize,
}

impl ScoringArgs {
    fn cross(&self) -> anyhow::Result<Option<CrossOptions>> {
        if self.no_cross {
            return Ok(None);
        }
        for (name, v) in [
            ("--cross-min-relatedness", self.cross_min_relatedness),
            ("--cross-threshold", self.cross_threshold),
        ] {
            anyhow::ensure!(
                (0.0..=1.0).contains(&v),
                "{name} must be within 0..1, got {v}"
            );
        }
        Ok(Some(CrossOptions {
            neighbours: self.cross_neighbours,
            min_relatedness: self.cross_min_relatedness,
            contradiction_threshold: self.cross_threshold,
            anchor_fraction: self.anchor_fraction,
            max_postings: self.max_postings.max(2),
            ..CrossOptions::default()
        }))
    }

    /// One scorer per thread, each with one ONNX Runtime thread.
    fn scorers(&self) -> anyhow::Result<Vec<OnnxScorer>> {
        anyhow::ensure!(self.threads >= 1, "--threads must be at least 1");
        (0..self.threads)
            .map(|_| {
                OnnxScorer::from_name(
                    &self.model,
                    ScorerOptions {
                        batch_size: self.batch_size,
                        threads: 1,
                        policy: if self.fast {
                            BatchPolicy::Fast
                        } else {
                            BatchPolicy::Reproducible
                        },
                        ..ScorerOptions::default()
                    },
                )
                .with_context(|| format!("loading model `{}`", self.model))
            })
            .collect()
    }
}

#[derive(Debug, Args)]
pub struct BatchArgs {
    /// Files, directories (walked for .txt .md .html .jsonl .csv), or `-` for stdin.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Per-document JSON Lines output; beside it go FILE.cross.jsonl, FILE.disputes.jsonl,
    /// FILE.summary.json and FILE.html.
    #[arg(long, short)]
    output: PathBuf,
    /// Go on with an existing output: skip documents already in it (a partial last line left by
    /// a kill is cut off first).
    #[arg(long, conflicts_with = "overwrite")]
    resume: bool,
    /// Replace an existing output.
    #[arg(long)]
    overwrite: bool,
    /// Analyse only shard I of N (0-based), chosen by a hash of the document id; combine the
    /// shards' outputs with `gainsay merge`, which runs the cross-document pass.
    #[arg(long, value_name = "I/N")]
    shard: Option<Shard>,
    /// On a record that cannot be read: report it and go on, or stop.
    #[arg(long, value_enum, default_value_t = OnErrorArg::Skip)]
    on_error: OnErrorArg,
    /// What stdin holds.
    #[arg(long, value_enum, default_value_t = FormatArg::Jsonl)]
    stdin_format: FormatArg,
    /// Documents longer than this many bytes are reported, not analysed.
    #[arg(long, default_value_t = InputOptions::default().max_doc_bytes)]
    max_doc_bytes: u64,
    /// Documents between reader and writer at most (bounds memory).
    #[arg(long, default_value_t = 256)]
    in_flight: usize,
    /// JSON Lines / CSV field with the document id.
    #[arg(long, default_value = "id")]
    id_field: String,
    /// Field with the text.
    #[arg(long, default_value = "text")]
    text_field: String,
    /// Field with the title.
    #[arg(long, default_value = "title")]
    title_field: String,
    /// Field with the outlet or source.
    #[arg(long, default_value = "source")]
    source_field: String,
    /// Field with the date.
    #[arg(long, default_value = "date")]
    date_field: String,
    /// Pair score (mean contradiction probability of both directions) to report a pair.
    #[arg(long, default_value_t = AnalyzeOptions::default().contradiction_threshold)]
    contradiction_threshold: f32,
    /// Candidate partners per claim within a document.
    #[arg(long, default_value_t = AnalyzeOptions::default().neighbours)]
    neighbours: usize,
    /// Minimum relatedness within a document.
    #[arg(long, default_value_t = AnalyzeOptions::default().min_relatedness)]
    min_relatedness: f32,
    #[command(flatten)]
    scoring: ScoringArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum OnErrorArg {
    Skip,
    Fail,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum FormatArg {
    Jsonl,
    Csv,
    Text,
    Html,
}

impl TryFrom<&BatchArgs> for BatchOptions {
    type Error = anyhow::Error;

    fn try_from(a: &BatchArgs) -> anyhow::Result<Self> {
        let threads = a.scoring.threads.max(1);
        Ok(BatchOptions {
            analyze: AnalyzeOptions {
                contradiction_threshold: a.contradiction_threshold,
                neighbours: a.neighbours,
                min_relatedness: a.min_relatedness,
                cross_document: false,
                ..AnalyzeOptions::default()
            },
            input: InputOptions {
                fields: Fields {
                    id: a.id_field.clone(),
                    text: a.text_field.clone(),
                    title: a.title_field.clone(),
                    source: a.source_field.clone(),
                    date: a.date_field.clone(),
                },
                stdin_format: match a.stdin_format {
                    FormatArg::Jsonl => Format::Jsonl,
                    FormatArg::Csv => Format::Csv,
                    FormatArg::Text => Format::Text,
                    FormatArg::Html => Format::Html,
                },
                max_doc_bytes: a.max_doc_bytes,
            },
            on_error: match a.on_error {
                OnErrorArg::Skip => OnError::Skip,
                OnErrorArg::Fail => OnError::Fail,
            },
            shard: a.shard,
            resume: a.resume,
            overwrite: a.overwrite,
            in_flight: a.in_flight.max(1),
            // Enough documents in flight that one is extracting claims while others wait on NLI.
            workers: 2 * threads + 2,
            batch_size: a.scoring.batch_size.max(1),
            cross: a.scoring.cross()?,
        })
    }
}

pub fn run(args: BatchArgs) -> anyhow::Result<()> {
    let opts = BatchOptions::try_from(&args)?;
    let scorers = args.scoring.scorers()?;
    let refs: Vec<&dyn Scorer> = scorers.iter().map(|s| s as &dyn Scorer).collect();
    let total = (!args.scoring.quiet && std::io::stderr().is_terminal())
        .then(|| batch::input::count(&args.inputs))
        .flatten()
        .map(|n| n / u64::from(args.shard.map_or(1, |s| s.count)));
    let reporter = Reporter::new(args.scoring.quiet, total);
    let summary = batch::run(&refs, &args.inputs, &args.output, &opts, &reporter)
        .with_context(|| format!("batch run into {}", args.output.display()))?;
    reporter.done(&summary, &Outputs::for_path(&args.output));
    Ok(())
}

#[derive(Debug, Args)]
pub struct MergeArgs {
    /// Outputs of `gainsay batch --shard I/N` runs.
    #[arg(required = true)]
    shards: Vec<PathBuf>,
    /// The combined per-document output; the cross-document files go beside it.
    #[arg(long, short)]
    output: PathBuf,
    /// Replace an existing output.
    #[arg(long)]
    overwrite: bool,
    #[command(flatten)]
    scoring: ScoringArgs,
}

pub fn merge(args: MergeArgs) -> anyhow::Result<()> {
    let cross = args.scoring.cross()?;
    let scorers = args.scoring.scorers()?;
    let refs: Vec<&dyn Scorer> = scorers.iter().map(|s| s as &dyn Scorer).collect();
    let reporter = Reporter::new(args.scoring.quiet, None);
    let summary = batch::merge(
        &refs,
        &args.shards,
        &args.output,
        cross.as_ref(),
        args.overwrite,
        &reporter,
    )
    .with_context(|| format!("merging into {}", args.output.display()))?;
    reporter.done(&summary, &Outputs::for_path(&args.output));
    Ok(())
}

/// Warnings printed before they go to the summary only.
const MAX_WARNINGS: usize = 100;
/// Without a terminal, a log line at most this often.
const LOG_EVERY: Duration = Duration::from_secs(10);

/// A progress bar on a terminal, periodic log lines otherwise, nothing with `--quiet`.
struct Reporter {
    bar: Option<indicatif::ProgressBar>,
    quiet: bool,
    last_log: Mutex<Instant>,
    warnings: AtomicUsize,
}

impl Reporter {
    fn new(quiet: bool, total: Option<u64>) -> Self {
        let bar = (!quiet && std::io::stderr().is_terminal()).then(|| {
            let (bar, template) = match total {
                Some(n) => (
                    indicatif::ProgressBar::new(n),
                    "{bar:30} {pos}/{len} docs · {per_sec} · ETA {eta} {msg}",
                ),
                None => (
                    indicatif::ProgressBar::new_spinner(),
                    "{spinner} {pos} docs · {per_sec} {msg}",
                ),
            };
            bar.set_style(
                indicatif::ProgressStyle::with_template(template)
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            bar
        });
        Reporter {
            bar,
            quiet,
            last_log: Mutex::new(Instant::now()),
            warnings: AtomicUsize::new(0),
        }
    }

    fn log(&self, line: impl FnOnce() -> String) {
        if self.quiet || self.bar.is_some() {
            return;
        }
        let mut last = self.last_log.lock().expect("no poisoning");
        if last.elapsed() >= LOG_EVERY {
            *last = Instant::now();
            eprintln!("{}", line());
        }
    }

    fn done(&self, s: &Summary, out: &Outputs) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
        if self.quiet {
            return;
        }
        let run = s.run.clone().unwrap_or_default();
        eprintln!(
            "{} documents in {} ({} analysed this run, {} resumed, {} failed, {} input problems); \
             {:.1} docs/s, {:.0} NLI pairs/s",
            s.documents,
            out.documents.display(),
            run.documents,
            run.resumed,
            s.failed.values().sum::<u64>(),
            s.input_problems,
            run.docs_per_s,
            run.pairs_per_s
        );
        if let Some(c) = &s.cross {
            eprintln!(
                "cross-document: {} contradictions in {} disputes from {} pairs → {}, {}, {}",
                c.contradictions,
                c.disputes,
                c.candidate_pairs,
                out.cross.display(),
                out.disputes.display(),
                out.html.display()
            );
        }
        eprintln!("summary: {}", out.summary.display());
    }
}

impl Progress for Reporter {
    fn document(&self, t: &RunTally) {
        let rate = |n: u64| n as f64 / t.elapsed_s.max(1e-9);
        if let Some(bar) = &self.bar {
            bar.set_position(t.written);
            if t.written % 16 == 0 {
                bar.set_message(format!("· {:.0} pairs/s", rate(t.nli_calls)));
            }
            return;
        }
        self.log(|| {
            format!(
                "batch: {} documents written, {:.1} docs/s, {:.0} NLI pairs/s",
                t.written,
                rate(t.written),
                rate(t.nli_calls)
            )
        });
    }

    fn cross(&self, done: u64, total: u64) {
        if let Some(bar) = &self.bar {
            bar.set_message(format!("· cross-document pairs {done}/{total}"));
            return;
        }
        self.log(|| format!("cross-document pass: {done}/{total} pairs scored"));
    }

    fn warn(&self, message: &str) {
        let n = self.warnings.fetch_add(1, Ordering::Relaxed);
        let line = match n {
            _ if n < MAX_WARNINGS => format!("warning: {message}"),
            _ if n == MAX_WARNINGS => {
                "warning: further input problems are listed in the summary only".to_string()
            }
            _ => return,
        };
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }
}
