//! Argument parsing and dispatch. Each subcommand lives in its own file.

mod analyze;
mod batch;
mod bench;
mod claims;
mod eval;
mod models;
mod nli;

use std::io::Write;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Exit code for a failed run (bad input, missing model or runtime).
pub const EXIT_ERROR: u8 = 1;
/// Exit code for invalid command-line usage (clap's own).
pub const EXIT_USAGE: u8 = 2;

#[derive(Debug, Parser)]
#[command(
    name = "gainsay",
    about = "Find where texts disagree: claims, stance and contradictions with ONNX NLI models",
    disable_version_flag = true
)]
struct Cli {
    /// Print version information (gainsay and the ONNX Runtime in use) and exit.
    #[arg(short = 'V', long = "version", global = true)]
    version: bool,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Find contradictions, disputes and stance in articles.
    Analyze(analyze::AnalyzeArgs),
    /// Analyse a corpus as a stream into JSON Lines, then find contradictions between documents.
    Batch(batch::BatchArgs),
    /// Combine the outputs of `batch --shard` runs and find contradictions across them.
    Merge(batch::MergeArgs),
    /// Split articles into attributed claims with exact spans.
    Claims(claims::ClaimsArgs),
    /// Score one premise/hypothesis pair with an NLI model.
    Nli(nli::NliArgs),
    /// List, download and verify NLI models.
    Models(models::ModelsArgs),
    /// Measure inference speed: pairs/s, tokens/s, time inside ONNX Runtime, latency, memory.
    Bench(bench::BenchArgs),
    /// Measure quality on a labelled set: accuracy, F1, confusion, FNC-1 score.
    Eval(eval::EvalArgs),
}

/// Output formats shared by the subcommands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Json,
    Text,
}

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { EXIT_USAGE } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let result = match cli.command {
        _ if cli.version => print_version(),
        Some(Command::Analyze(args)) => analyze::run(args),
        Some(Command::Batch(args)) => batch::run(args),
        Some(Command::Merge(args)) => batch::merge(args),
        Some(Command::Claims(args)) => claims::run(args),
        Some(Command::Nli(args)) => nli::run(args),
        Some(Command::Models(args)) => models::run(args),
        Some(Command::Bench(args)) => bench::run(args),
        Some(Command::Eval(args)) => eval::run(args),
        None => {
            let _ = <Cli as clap::CommandFactory>::command().print_help();
            return ExitCode::from(EXIT_USAGE);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            for cause in e.chain().skip(1) {
                eprintln!("  caused by: {cause}");
            }
            ExitCode::from(EXIT_ERROR)
        }
    }
}

fn print_version() -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    writeln!(out, "gainsay {}", env!("CARGO_PKG_VERSION"))?;
    match gainsay::runtime::init() {
        Ok(rt) => writeln!(out, "ONNX Runtime {} ({})", rt.version, rt.path.display())?,
        Err(e) => writeln!(out, "ONNX Runtime: not loaded: {e}")?,
    }
    Ok(())
}

/// A closed stdout (`gainsay ... | head`) is not an error.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename, so a killed
/// run never leaves a half-written report where a good one stood.
pub fn write_atomically(path: &std::path::Path, bytes: &[u8]) -> anyhow::Result<()> {
    use anyhow::Context;
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir)
        .with_context(|| format!("creating a temporary file in {}", dir.display()))?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path)
        .with_context(|| format!("writing {}", path.display()))?;
    Ok(())
}
