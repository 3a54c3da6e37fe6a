//! `gainsay eval`: quality on a labelled set (see `gainsay::eval`).

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use clap::Args;
use gainsay::eval::{self, Dataset, EvalOptions, EvalReport, Split};
use gainsay::nli::{BatchPolicy, OnnxScorer, ScorerOptions};

use super::Format;

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// snli, sick, anli, fnc1, perspectrum, ibm-claim-stance, breaking-nli or climate-fever.
    #[arg(long, short)]
    dataset: String,
    /// The set's folder, laid out as in shared/data/<folder>; default: ../shared/data/<folder>.
    #[arg(long)]
    data: Option<PathBuf>,
    /// Which part (snli: heldout|test|dev; breaking-nli: heldout|all; anli: all|r1|r2|r3;
    /// fnc1: test|train; perspectrum: test|dev|train|all; ibm-claim-stance: test|train|all).
    #[arg(long)]
    split: Option<String>,
    /// Evaluate at most N examples, drawn with a seeded shuffle (deterministic).
    #[arg(long)]
    limit: Option<usize>,
    /// Seed of the --limit sample.
    #[arg(long, default_value_t = EvalOptions::default().seed)]
    seed: u64,
    /// Model name or directory.
    #[arg(long, short, default_value = gainsay::model::DEFAULT_MODEL, env = "GAINSAY_MODEL")]
    model: String,
    /// Pairs per NLI batch (used for batch-dependent models only with --fast).
    #[arg(long, default_value_t = 32)]
    batch_size: usize,
    /// ONNX Runtime threads.
    #[arg(long, default_value_t = ScorerOptions::default().threads)]
    threads: usize,
    /// Batch even models whose results depend on batch-mates (dynamic int8): faster, and
    /// results then depend on --batch-size.
    #[arg(long)]
    fast: bool,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = Format::Text)]
    format: Format,
}

/// Validated eval settings.
struct Config {
    dataset: Dataset,
    split: Split,
    data: PathBuf,
    model: String,
    scorer: ScorerOptions,
    options: EvalOptions,
    format: Format,
}

impl TryFrom<EvalArgs> for Config {
    type Error = anyhow::Error;

    fn try_from(a: EvalArgs) -> anyhow::Result<Config> {
        let dataset: Dataset = a.dataset.parse()?;
        let split = dataset.split(a.split.as_deref().map(str::parse).transpose()?)?;
        if a.limit == Some(0) {
            anyhow::bail!("--limit must be at least 1");
        }
        Ok(Config {
            dataset,
            split,
            data: a.data.unwrap_or_else(|| default_data(dataset)),
            model: a.model,
            scorer: ScorerOptions {
                batch_size: a.batch_size,
                threads: a.threads,
                policy: if a.fast {
                    BatchPolicy::Fast
                } else {
                    BatchPolicy::Reproducible
                },
                ..ScorerOptions::default()
            },
            options: EvalOptions {
                limit: a.limit,
                seed: a.seed,
                ..EvalOptions::default()
            },
            format: a.format,
        })
    }
}

/// `../shared/data/<folder>` from the working directory, else beside the checkout this binary
/// was built from; the first that exists (the former if neither does, for the error message).
fn default_data(d: Dataset) -> PathBuf {
    let rel = PathBuf::from("..")
        .join("shared")
        .join("data")
        .join(d.folder());
    let beside_checkout = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(&rel);
    if !rel.is_dir() && beside_checkout.is_dir() {
        beside_checkout
    } else {
        rel
    }
}

pub fn run(args: EvalArgs) -> anyhow::Result<()> {
    let cfg = Config::try_from(args)?;
    let examples = eval::load(cfg.dataset, cfg.split, &cfg.data)
        .with_context(|| format!("reading {} ({})", cfg.dataset, cfg.data.display()))?;
    let scorer = OnnxScorer::from_name(&cfg.model, cfg.scorer.clone())
        .with_context(|| format!("loading model `{}`", cfg.model))?;
    let report = eval::evaluate(&scorer, cfg.dataset, cfg.split, examples, &cfg.options)?;
    let mut out = std::io::stdout().lock();
    match cfg.format {
        Format::Json => {
            let v = serde_json::json!({
                "report": report,
                "batch_size": scorer.effective_batch_size(),
                "threads": scorer.options().threads,
                "policy": if scorer.options().policy == BatchPolicy::Fast { "fast" } else { "reproducible" },
                "data": cfg.data,
            });
            serde_json::to_writer_pretty(&mut out, &v)?;
            writeln!(out)?;
        }
        Format::Text => {
            write_text(&mut out, &report)?;
            writeln!(
                out,
                "batch size {} ({:?} policy), {} threads",
                scorer.effective_batch_size(),
                scorer.options().policy,
                scorer.options().threads
            )?;
        }
    }
    Ok(())
}

fn write_text(out: &mut impl Write, r: &EvalReport) -> std::io::Result<()> {
    let c = &r.classification;
    let limit = match r.limit {
        Some(l) if l < r.available => format!(" (sample of {l}, seed {})", r.seed),
        _ => String::new(),
    };
    writeln!(
        out,
        "{} {}: {} of {} examples{limit}, model {}, {} NLI pairs in {:.1}s",
        r.dataset, r.split, r.examples, r.available, r.model.name, r.nli_pairs, r.seconds
    )?;
    writeln!(
        out,
        "accuracy {:.1}%  macro-F1 {:.1}%",
        100.0 * c.accuracy,
        100.0 * c.macro_f1
    )?;
    if let Some(f) = &r.fnc {
        writeln!(
            out,
            "FNC-1 score {:.2} of {:.2}  relative {:.1}%",
            f.score,
            f.max_score,
            100.0 * f.relative_score
        )?;
    }
    if let Some(n) = r.predicted_none {
        writeln!(out, "predicted none (counted wrong): {n}")?;
    }
    writeln!(
        out,
        "{:<14} {:>9} {:>7} {:>6} {:>8} {:>10}",
        "class", "precision", "recall", "F1", "support", "predicted"
    )?;
    for s in &c.per_class {
        writeln!(
            out,
            "{:<14} {:>8.1}% {:>6.1}% {:>5.1}% {:>8} {:>10}",
            s.label,
            100.0 * s.precision,
            100.0 * s.recall,
            100.0 * s.f1,
            s.support,
            s.predicted
        )?;
    }
    let m = &c.confusion;
    writeln!(out, "confusion (rows gold, columns predicted):")?;
    write!(out, "{:<14}", "")?;
    for p in &m.predicted {
        write!(out, " {:>13}", p)?;
    }
    writeln!(out)?;
    for (g, row) in m.gold.iter().zip(&m.counts) {
        write!(out, "{g:<14}")?;
        for n in row {
            write!(out, " {n:>13}")?;
        }
        writeln!(out)?;
    }
    for rule in &r.rules {
        writeln!(out, "rule: {rule}")?;
    }
    Ok(())
}
