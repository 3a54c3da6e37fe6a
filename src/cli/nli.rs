//! `gainsay nli PREMISE HYPOTHESIS`

use std::io::Write;

use anyhow::Context;
use clap::Args;
use gainsay::nli::{BatchPolicy, OnnxScorer, Pair, Scorer, ScorerOptions};

use super::Format;

#[derive(Debug, Args)]
pub struct NliArgs {
    /// The premise (taken as true).
    premise: String,
    /// The hypothesis (judged against the premise).
    hypothesis: String,
    /// Model name or directory.
    #[arg(long, short, default_value = gainsay::model::DEFAULT_MODEL, env = "GAINSAY_MODEL")]
    model: String,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// ONNX Runtime intra-op threads.
    #[arg(long, default_value_t = 1)]
    threads: usize,
}

pub fn run(args: NliArgs) -> anyhow::Result<()> {
    let scorer = OnnxScorer::from_name(
        &args.model,
        ScorerOptions {
            threads: args.threads,
            policy: BatchPolicy::Reproducible,
            ..ScorerOptions::default()
        },
    )
    .with_context(|| format!("loading model `{}`", args.model))?;
    let probs = scorer.score(&[Pair::new(&args.premise, &args.hypothesis)])?[0];
    let mut out = std::io::stdout().lock();
    match args.format {
        Format::Json => {
            let v = serde_json::json!({
                "model": scorer.info().name,
                "premise": args.premise,
                "hypothesis": args.hypothesis,
                "label": probs.argmax(),
                "scores": probs,
            });
            serde_json::to_writer_pretty(&mut out, &v)?;
            writeln!(out)?;
        }
        Format::Text => {
            writeln!(out, "label: {:?}", probs.argmax())?;
            writeln!(out, "  entailment     {:.4}", probs.entailment)?;
            writeln!(out, "  neutral        {:.4}", probs.neutral)?;
            if scorer.info().has_contradiction() {
                writeln!(out, "  contradiction  {:.4}", probs.contradiction)?;
            }
        }
    }
    Ok(())
}
