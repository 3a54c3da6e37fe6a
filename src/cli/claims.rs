//! `gainsay claims [FILE|-]`

use std::io::Write;
use std::path::PathBuf;

use clap::Args;
use serde::Serialize;

use super::Format;

#[derive(Debug, Args)]
pub struct ClaimsArgs {
    /// Text files; `-` (or nothing) reads stdin.
    files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = Format::Json)]
    format: Format,
}

/// The JSON written by `gainsay claims`: the report's document shape without stance.
#[derive(Serialize)]
struct ClaimsOutput<'a> {
    schema: &'static str,
    documents: Vec<ClaimsDocument<'a>>,
}

#[derive(Serialize)]
struct ClaimsDocument<'a> {
    id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
    claims: Vec<gainsay::claims::Claim>,
}

pub fn run(args: ClaimsArgs) -> anyhow::Result<()> {
    let docs = super::analyze::read_documents(&args.files)?;
    let mut out = std::io::stdout().lock();
    match args.format {
        Format::Json => {
            let output = ClaimsOutput {
                schema: "gainsay.claims.v1",
                documents: docs
                    .iter()
                    .map(|d| ClaimsDocument {
                        id: &d.id,
                        source: d.source.as_deref(),
                        claims: gainsay::claims::extract_claims(&d.text),
                    })
                    .collect(),
            };
            serde_json::to_writer_pretty(&mut out, &output)?;
            writeln!(out)?;
        }
        Format::Text => {
            for d in &docs {
                writeln!(out, "== {}", d.id)?;
                let claims = gainsay::claims::extract_claims(&d.text);
                out.write_all(gainsay::claims::render_text(&d.text, &claims).as_bytes())?;
            }
        }
    }
    Ok(())
}
