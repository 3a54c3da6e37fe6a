//! `gainsay bench`: inference speed of a model (see `gainsay::bench`).

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use clap::Args;
use gainsay::bench::{self, BenchOptions, BenchReport};
use gainsay::model::ModelDir;

use super::Format;

#[derive(Debug, Args)]
pub struct BenchArgs {
    /// Model name or directory.
    #[arg(long, short, default_value = gainsay::model::DEFAULT_MODEL, env = "GAINSAY_MODEL")]
    model: String,
    /// JSON Lines of {"premise": ..., "hypothesis": ...}; default: generated news-like pairs.
    #[arg(long)]
    pairs: Option<PathBuf>,
    /// Also write the pairs used, as JSON Lines, here (for the Python comparison).
    #[arg(long)]
    write_pairs: Option<PathBuf>,
    /// Generated pairs per pass (ignored with --pairs).
    #[arg(long, default_value_t = 256)]
    pairs_count: usize,
    /// Batch sizes to try, comma-separated.
    #[arg(long, value_delimiter = ',', default_value = "32")]
    batch_size: Vec<usize>,
    /// Intra-op thread counts to try, comma-separated; default: as `nli` scoring (≤ 4).
    #[arg(long, value_delimiter = ',')]
    threads: Vec<usize>,
    /// Timed passes per configuration (the median is reported).
    #[arg(long, default_value_t = 3)]
    repeat: usize,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = Format::Text)]
    format: Format,
}

/// Validated bench settings.
struct Config {
    model: String,
    pairs: Vec<(String, String)>,
    input: String,
    options: BenchOptions,
    format: Format,
}

impl TryFrom<BenchArgs> for Config {
    type Error = anyhow::Error;

    fn try_from(a: BenchArgs) -> anyhow::Result<Config> {
        let mut options = BenchOptions {
            batch_sizes: a.batch_size,
            repeat: a.repeat,
            ..BenchOptions::default()
        };
        if !a.threads.is_empty() {
            options.threads = a.threads;
        }
        if options.batch_sizes.contains(&0) || options.threads.contains(&0) || a.repeat == 0 {
            anyhow::bail!("--batch-size, --threads and --repeat must be at least 1");
        }
        let (pairs, input) = match a.pairs {
            Some(path) => (bench::read_pairs(&path)?, path.display().to_string()),
            None if a.pairs_count == 0 => anyhow::bail!("--pairs-count must be at least 1"),
            None => (
                bench::generated_pairs(a.pairs_count),
                format!("generated ({} pairs)", a.pairs_count),
            ),
        };
        Ok(Config {
            model: a.model,
            pairs,
            input,
            options,
            format: a.format,
        })
    }
}

pub fn run(args: BenchArgs) -> anyhow::Result<()> {
    let write_pairs = args.write_pairs.clone();
    let cfg = Config::try_from(args)?;
    if let Some(path) = write_pairs {
        let mut text = String::new();
        for (premise, hypothesis) in &cfg.pairs {
            let line = serde_json::json!({ "premise": premise, "hypothesis": hypothesis });
            text.push_str(&line.to_string());
            text.push('\n');
        }
        super::write_atomically(&path, text.as_bytes())?;
    }
    let dir = gainsay::model::resolve(&cfg.model)
        .and_then(ModelDir::open)
        .with_context(|| format!("loading model `{}`", cfg.model))?;
    let report = bench::run(&dir, &cfg.pairs, &cfg.input, &cfg.options)?;
    let mut out = std::io::stdout().lock();
    match cfg.format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &report)?;
            writeln!(out)?;
        }
        Format::Text => write_text(&mut out, &report)?,
    }
    Ok(())
}

fn write_text(out: &mut impl Write, r: &BenchReport) -> std::io::Result<()> {
    writeln!(
        out,
        "model {} (onnxruntime {}){}",
        r.model,
        r.onnxruntime,
        if r.batch_dependent {
            ", dynamic int8: outputs depend on batch-mates"
        } else {
            ""
        }
    )?;
    writeln!(
        out,
        "input {}: {} pairs, {:.1} tokens/pair; {} timed passes, median; policy fast (batch sizes honoured)",
        r.input, r.pairs, r.mean_tokens, r.repeat
    )?;
    let load = r
        .machine
        .loadavg
        .map(|l| format!(", load {:.2} {:.2} {:.2}", l[0], l[1], l[2]))
        .unwrap_or_default();
    writeln!(out, "machine {} × {}{load}", r.machine.nproc, r.machine.cpu)?;
    writeln!(
        out,
        "{:>5} {:>7} {:>9} {:>10} {:>7} {:>9} {:>8} {:>8} {:>7}",
        "batch",
        "threads",
        "pairs/s",
        "tokens/s",
        "in ORT",
        "padding",
        "p50 ms",
        "p95 ms",
        "load s"
    )?;
    for run in &r.runs {
        writeln!(
            out,
            "{:>5} {:>7} {:>9.1} {:>10.0} {:>6.1}% {:>8.1}% {:>8.2} {:>8.2} {:>7.2}",
            run.batch_size,
            run.threads,
            run.pairs_per_s,
            run.tokens_per_s,
            100.0 * run.ort_share,
            100.0 * run.padding_efficiency,
            run.batch_latency.p50_ms,
            run.batch_latency.p95_ms,
            run.load_s
        )?;
    }
    if let Some(kib) = r.peak_rss_kib {
        writeln!(out, "peak RSS {:.1} MiB", kib as f64 / 1024.0)?;
    }
    Ok(())
}
