//! `gainsay models list | pull NAME | verify [NAME]`

use std::io::{IsTerminal, Write};
use std::time::Duration;

use anyhow::Context;
use clap::{Args, Subcommand};
use gainsay::model::download::{self, Progress, PullOptions};
use gainsay::model::registry::{Registry, Source};
use indicatif::{ProgressBar, ProgressStyle};

use super::Format;

#[derive(Debug, Args)]
pub struct ModelsArgs {
    #[command(subcommand)]
    command: ModelsCommand,
}

#[derive(Debug, Subcommand)]
enum ModelsCommand {
    /// List known models, whether each is here (and where), size and licence.
    List {
        /// Output format.
        #[arg(long, short, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Download a registry model into the cache (resumes an interrupted download).
    Pull(PullArgs),
    /// Re-hash pulled models against their recorded sha256s and check that they open.
    Verify {
        /// Model to check; all present models when left out.
        name: Option<String>,
        /// Output format.
        #[arg(long, short, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
}

#[derive(Debug, Args)]
struct PullArgs {
    /// Registry name (see `gainsay models list`).
    name: String,
    /// Use only the cache; fail if the model is not there (also GAINSAY_OFFLINE=1, HF_HUB_OFFLINE=1).
    #[arg(long)]
    offline: bool,
    /// Download again even if the model is cached.
    #[arg(long)]
    force: bool,
    /// Hub base URL (default: HF_ENDPOINT, else https://huggingface.co).
    #[arg(long)]
    endpoint: Option<String>,
    /// Seconds to wait for a connection.
    #[arg(long, default_value_t = 30.0)]
    connect_timeout: f64,
    /// Seconds to wait for each read from the server.
    #[arg(long, default_value_t = 60.0)]
    read_timeout: f64,
    /// Times to resume a transfer that broke off.
    #[arg(long, default_value_t = 3)]
    retries: u32,
}

impl TryFrom<&PullArgs> for PullOptions {
    type Error = gainsay::Error;

    fn try_from(a: &PullArgs) -> Result<Self, Self::Error> {
        let mut o = PullOptions::from_env()?;
        o.offline |= a.offline;
        o.force = a.force;
        if let Some(e) = &a.endpoint {
            o.endpoint = e.clone();
        }
        o.connect_timeout = seconds("--connect-timeout", a.connect_timeout)?;
        o.read_timeout = seconds("--read-timeout", a.read_timeout)?;
        o.retries = a.retries;
        Ok(o)
    }
}

fn seconds(flag: &str, s: f64) -> gainsay::Result<Duration> {
    Duration::try_from_secs_f64(s)
        .ok()
        .filter(|d| !d.is_zero())
        .ok_or_else(|| {
            gainsay::Error::InvalidOption(format!(
                "{flag} must be a positive number of seconds, got {s}"
            ))
        })
}

pub fn run(args: ModelsArgs) -> anyhow::Result<()> {
    let registry = Registry::load()?;
    match args.command {
        ModelsCommand::List { format } => list(&registry, format),
        ModelsCommand::Pull(a) => pull(&registry, &a),
        ModelsCommand::Verify { name, format } => verify(&registry, name.as_deref(), format),
    }
}

fn cache_dir() -> anyhow::Result<std::path::PathBuf> {
    gainsay::model::cache_dir().context("no cache folder: set GAINSAY_HOME or XDG_CACHE_HOME")
}

fn list(registry: &Registry, format: Format) -> anyhow::Result<()> {
    let listing = download::list(registry, &cache_dir()?);
    let mut out = std::io::stdout().lock();
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &listing)?;
            writeln!(out)?;
        }
        Format::Text => {
            writeln!(out, "cache: {}", listing.cache_dir.display())?;
            for m in &listing.models {
                let kind = match m.source {
                    Some(Source::Hub) => m.repo.as_deref().unwrap_or("hub"),
                    Some(Source::Bundled) => "bundled",
                    None => "local",
                };
                let size = m.size.map(human_size).unwrap_or_else(|| "?".into());
                writeln!(out, "{:<30} {:>9}  {}", m.name, size, kind)?;
                match &m.path {
                    Some(p) => writeln!(out, "    present: {}", p.display())?,
                    None => writeln!(out, "    not pulled: gainsay models pull {}", m.name)?,
                }
                if let Some(l) = &m.licence {
                    writeln!(out, "    licence: {l}")?;
                }
            }
        }
    }
    Ok(())
}

fn pull(registry: &Registry, args: &PullArgs) -> anyhow::Result<()> {
    let entry = registry.get(&args.name)?;
    let options = PullOptions::try_from(args)?;
    let mut bar = Bar::new();
    let path = download::pull(entry, &options, &mut bar)
        .with_context(|| format!("pulling model `{}`", entry.name))?;
    let verified = download::verify(entry, &path)?;
    let same = |a: &[String], b: &[String]| {
        a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.eq_ignore_ascii_case(y))
    };
    if !entry.labels.is_empty() && !same(&entry.labels, &verified.labels) {
        eprintln!(
            "warning: {} has labels [{}] in config.json but the registry says [{}]; gainsay uses config.json",
            entry.name,
            verified.labels.join(", "),
            entry.labels.join(", ")
        );
    }
    writeln!(std::io::stdout().lock(), "{}", path.display())?;
    Ok(())
}

fn verify(registry: &Registry, name: Option<&str>, format: Format) -> anyhow::Result<()> {
    let cache = cache_dir()?;
    let targets: Vec<_> = match name {
        Some(n) => {
            let e = registry.get(n)?;
            let dir = download::installed(e, &cache).with_context(|| {
                format!("model `{n}` is not pulled; run `gainsay models pull {n}`")
            })?;
            vec![(e, dir)]
        }
        None => registry
            .models
            .iter()
            .filter_map(|e| download::installed(e, &cache).map(|d| (e, d)))
            .collect(),
    };
    let results: Vec<_> = targets
        .iter()
        .map(|(e, dir)| (e.name.as_str(), dir, download::verify(e, dir)))
        .collect();
    let failed = results.iter().filter(|r| r.2.is_err()).count();
    let mut out = std::io::stdout().lock();
    match format {
        Format::Json => {
            let v: Vec<_> = results
                .iter()
                .map(|(name, dir, r)| match r {
                    Ok(v) => serde_json::json!({"name": name, "ok": true, "path": dir, "files": v.files}),
                    Err(e) => serde_json::json!({"name": name, "ok": false, "path": dir, "error": error_chain(e)}),
                })
                .collect();
            serde_json::to_writer_pretty(
                &mut out,
                &serde_json::json!({"version": 1, "models": v}),
            )?;
            writeln!(out)?;
        }
        Format::Text => {
            for (name, dir, r) in &results {
                match r {
                    Ok(v) => writeln!(
                        out,
                        "ok      {name} ({} files, {})",
                        v.files.len(),
                        dir.display()
                    )?,
                    Err(e) => writeln!(out, "FAILED  {name}: {}", error_chain(e))?,
                }
            }
            if results.is_empty() {
                writeln!(out, "no pulled models to verify")?;
            }
        }
    }
    if failed > 0 {
        anyhow::bail!("{failed} of {} models failed verification", results.len());
    }
    Ok(())
}

/// An error and its causes on one line, for reports that must be text.
fn error_chain(e: &gainsay::Error) -> String {
    let mut s = e.to_string();
    let mut cause = std::error::Error::source(e);
    while let Some(c) = cause {
        s.push_str(": ");
        s.push_str(&c.to_string());
        cause = c.source();
    }
    s
}

fn human_size(b: u64) -> String {
    const UNITS: [&str; 4] = ["B", "kB", "MB", "GB"];
    let mut v = b as f64;
    let mut u = 0;
    while v >= 1000.0 && u + 1 < UNITS.len() {
        v /= 1000.0;
        u += 1;
    }
    if u == 0 {
        format!("{b} B")
    } else {
        format!("{v:.1} {}", UNITS[u])
    }
}

/// A progress bar on a terminal's stderr; nothing otherwise.
struct Bar {
    enabled: bool,
    bar: Option<ProgressBar>,
}

impl Bar {
    fn new() -> Self {
        Bar {
            enabled: std::io::stderr().is_terminal(),
            bar: None,
        }
    }
}

impl Progress for Bar {
    fn start(&mut self, file: &str, total: Option<u64>, done: u64) {
        if !self.enabled {
            return;
        }
        let bar = match total {
            Some(t) => ProgressBar::new(t).with_style(
                ProgressStyle::with_template(
                    "{msg:>16} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec} eta {eta}",
                )
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
            ),
            None => ProgressBar::new_spinner(),
        };
        bar.set_message(file.to_string());
        bar.set_position(done);
        self.bar = Some(bar);
    }

    fn advance(&mut self, bytes: u64) {
        if let Some(b) = &self.bar {
            b.inc(bytes);
        }
    }

    fn finish(&mut self) {
        if let Some(b) = self.bar.take() {
            b.finish_and_clear();
        }
    }
}
