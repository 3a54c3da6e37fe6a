//! `gainsay analyze [FILES...|-]`

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::Args;
use gainsay::analyze::{analyze, AnalyzeOptions, Document};
use gainsay::nli::{BatchPolicy, OnnxScorer, ScorerOptions};
use gainsay::report::{self, Report};

#[derive(Debug, Args)]
pub struct AnalyzeArgs {
    /// Text files to analyse; `-` (or nothing) reads stdin.
    files: Vec<PathBuf>,
    /// A statement to measure each claim's stance against (repeatable).
    #[arg(long = "target", short = 't')]
    targets: Vec<String>,
    /// A file with one target statement per line (blank lines and `#` comments skipped).
    #[arg(long)]
    targets_file: Option<PathBuf>,
    /// Model name or directory.
    #[arg(long, short, default_value = gainsay::model::DEFAULT_MODEL, env = "GAINSAY_MODEL")]
    model: String,
    /// Output format; default: text on a terminal, else from the -o extension, else json.
    #[arg(long, short, value_enum)]
    format: Option<ReportFormat>,
    /// Write the report here (atomically) instead of stdout.
    #[arg(long, short)]
    output: Option<PathBuf>,
    /// ONNX Runtime threads.
    #[arg(long, default_value_t = 1)]
    threads: usize,
    /// Pairs per NLI batch.
    #[arg(long, default_value_t = 32)]
    batch_size: usize,
    /// Batch even models whose results depend on batch-mates (faster, not reproducible).
    #[arg(long)]
    fast: bool,
    /// P(entailment) at or above which a claim favours a target.
    #[arg(long, default_value_t = AnalyzeOptions::default().favor_threshold)]
    favor_threshold: f32,
    /// P(contradiction) at or above which a claim is against a target.
    #[arg(long, default_value_t = AnalyzeOptions::default().against_threshold)]
    against_threshold: f32,
    /// Pair score (mean contradiction probability of both directions) to report a pair.
    #[arg(long, default_value_t = AnalyzeOptions::default().contradiction_threshold)]
    contradiction_threshold: f32,
    /// Candidate partners per claim (NLI calls ≤ 2·k·claims).
    #[arg(long, default_value_t = AnalyzeOptions::default().neighbours)]
    neighbours: usize,
    /// Minimum content-word relatedness (0..1) for NLI to judge a pair at all.
    #[arg(long, default_value_t = AnalyzeOptions::default().min_relatedness)]
    min_relatedness: f32,
    /// Minimum relatedness (0..1) of a claim to a target for NLI to judge its stance.
    #[arg(long, default_value_t = AnalyzeOptions::default().stance_min_relatedness)]
    stance_min_relatedness: f32,
    /// Extra partners per denial ("there is no rift") among other speakers' claims naming the
    /// same people, however few words they share (NLI calls ≤ 2·this·denials; 0: off).
    #[arg(long, default_value_t = AnalyzeOptions::default().denial_partners)]
    denial_partners: usize,
    /// Also pair the narrator's own sentences (those with no speaker) of one document with each
    /// other; by default an article's own voice is taken to be consistent.
    #[arg(long)]
    narrator_pairs: bool,
    /// Also report NLI contradictions that show no surface clash (different numbers, dates,
    /// places, opposite words, negation): more paraphrased disputes, many more false alarms.
    #[arg(long)]
    any_contradiction: bool,
    /// Only stance; no contradiction pairs (allows binary entailment models).
    #[arg(long)]
    no_contradictions: bool,
    /// Record timings in the report.
    #[arg(long)]
    timing: bool,
    /// Refuse inputs with more claims than this.
    #[arg(long, default_value_t = AnalyzeOptions::default().max_claims)]
    max_claims: usize,
    /// Colour in text output: auto, always, never.
    #[arg(long, default_value = "auto")]
    color: String,
}

/// Report formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    Json,
    Md,
    Html,
    Text,
}

impl AnalyzeArgs {
    fn options(&self) -> anyhow::Result<AnalyzeOptions> {
        let mut targets = self.targets.clone();
        if let Some(path) = &self.targets_file {
            let text = gainsay::ingest::read_text(path)?;
            targets.extend(
                text.lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty() && !l.starts_with('#'))
                    .map(str::to_string),
            );
        }
        Ok(AnalyzeOptions {
            targets,
            favor_threshold: self.favor_threshold,
            against_threshold: self.against_threshold,
            contradiction_threshold: self.contradiction_threshold,
            neighbours: self.neighbours,
            min_relatedness: self.min_relatedness,
            stance_min_relatedness: self.stance_min_relatedness,
            denial_partners: self.denial_partners,
            narrator_pairs: self.narrator_pairs,
            require_clash: !self.any_contradiction,
            contradictions: !self.no_contradictions,
            cross_document: true,
            timing: self.timing,
            max_claims: self.max_claims,
        })
    }

    fn format(&self) -> ReportFormat {
        if let Some(f) = self.format {
            return f;
        }
        if let Some(ext) = self.output.as_deref().and_then(Path::extension) {
            match ext.to_string_lossy().to_ascii_lowercase().as_str() {
                "html" | "htm" => return ReportFormat::Html,
                "md" | "markdown" => return ReportFormat::Md,
                "txt" => return ReportFormat::Text,
                _ => return ReportFormat::Json,
            }
        }
        if std::io::stdout().is_terminal() {
            ReportFormat::Text
        } else {
            ReportFormat::Json
        }
    }
}

/// Reads the inputs as documents with stable, unique ids (file stems; `stdin` for `-`).
pub fn read_documents(files: &[PathBuf]) -> anyhow::Result<Vec<Document>> {
    let stdin = [PathBuf::from("-")];
    let files = if files.is_empty() { &stdin[..] } else { files };
    let mut seen = std::collections::HashSet::new();
    let mut docs = Vec::new();
    for path in files {
        let text = gainsay::ingest::read_text(path)?;
        if text.trim().is_empty() {
            eprintln!(
                "warning: {} is empty; its report section will have no claims",
                path.display()
            );
        }
        let stem = if path == Path::new("-") {
            "stdin".to_string()
        } else {
            path.file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| "doc".into())
        };
        let mut id = stem.clone();
        let mut k = 2;
        while !seen.insert(id.clone()) {
            id = format!("{stem}-{k}");
            k += 1;
        }
        docs.push(Document {
            id,
            source: (path != Path::new("-")).then(|| path.display().to_string()),
            text,
        });
    }
    Ok(docs)
}

pub fn run(args: AnalyzeArgs) -> anyhow::Result<()> {
    let opts = args.options()?;
    let docs = read_documents(&args.files)?;
    let scorer = OnnxScorer::from_name(
        &args.model,
        ScorerOptions {
            batch_size: args.batch_size,
            threads: args.threads,
            policy: if args.fast {
                BatchPolicy::Fast
            } else {
                BatchPolicy::Reproducible
            },
            ..ScorerOptions::default()
        },
    )
    .with_context(|| format!("loading model `{}`", args.model))?;
    let report = analyze(&scorer, &docs, &opts)?;
    let colour = match args.color.as_str() {
        "always" => true,
        "never" => false,
        _ => {
            args.output.is_none()
                && std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none()
        }
    };
    let rendered = render(&report, args.format(), colour)?;
    match &args.output {
        Some(path) => super::write_atomically(path, rendered.as_bytes())?,
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(rendered.as_bytes())?;
            out.flush()?;
        }
    }
    Ok(())
}

fn render(report: &Report, format: ReportFormat, colour: bool) -> anyhow::Result<String> {
    Ok(match format {
        ReportFormat::Json => serde_json::to_string_pretty(report)? + "\n",
        ReportFormat::Md => report::render_markdown(report),
        ReportFormat::Html => report::render_html(report),
        ReportFormat::Text => report::render_text(report, colour),
    })
}
