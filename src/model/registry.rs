//! The model registry: which NLI models gainsay knows how to fetch, from where, and what to expect.
//!
//! The built-in registry is `models/registry.toml`, compiled into the binary; `GAINSAY_REGISTRY`
//! names another file in the same format (see `docs/MODELS.md`).

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::model::{CONFIG_FILE, MODEL_FILE, TOKENIZER_FILE};

/// The registry compiled into gainsay.
pub const BUILTIN: &str = include_str!("../../models/registry.toml");

/// Environment variable naming a registry file to use instead of the built-in one.
pub const REGISTRY_ENV: &str = "GAINSAY_REGISTRY";

/// The registry format version this build reads.
pub const FORMAT_VERSION: u32 = 1;

/// A parsed, checked registry.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Registry {
    /// Format version; must be [`FORMAT_VERSION`].
    pub version: u32,
    /// Known models, in listing order.
    #[serde(rename = "model", default)]
    pub models: Vec<Entry>,
}

/// Where a model's files come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    /// Downloaded from a Hugging Face style hub.
    #[default]
    Hub,
    /// Shipped in the repository's `models/` folder; never downloaded.
    Bundled,
}

/// One known model.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Short name, used as `--model NAME` and as the cache folder's name.
    pub name: String,
    /// Where the files come from.
    #[serde(default)]
    pub source: Source,
    /// Hub repository, `owner/name` (hub models only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repo: Option<String>,
    /// Branch, tag or commit to download from.
    #[serde(default = "default_revision")]
    pub revision: String,
    /// One line for `models list`.
    #[serde(default)]
    pub description: String,
    /// The model's licence, as its card states it.
    pub licence: String,
    /// `id2label` in output order, as the model's config gives it (a cross-check; see module docs).
    #[serde(default)]
    pub labels: Vec<String>,
    /// Caveats about this entry, e.g. facts not checked against the hub.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The files that make up the model directory.
    pub files: Vec<FileSpec>,
}

/// One file of a model: where it lives in the repository and what it is called locally.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileSpec {
    /// Path inside the repository; defaults to `local`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote: Option<String>,
    /// File name inside the model directory.
    pub local: String,
    /// Size in bytes, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<u64>,
    /// Lower-case hex sha256 of the remote file, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
}

fn default_revision() -> String {
    "main".to_string()
}

impl FileSpec {
    /// The path inside the repository.
    pub fn remote_path(&self) -> &str {
        self.remote.as_deref().unwrap_or(&self.local)
    }
}

impl Entry {
    /// Total size of the files, if every size is known.
    pub fn size(&self) -> Option<u64> {
        self.files.iter().map(|f| f.size).sum()
    }
}

impl Registry {
    /// The registry compiled into gainsay.
    pub fn builtin() -> Result<Self> {
        Self::parse(BUILTIN, Path::new("<built-in models/registry.toml>"))
    }

    /// The registry named by `GAINSAY_REGISTRY`, else the built-in one.
    pub fn load() -> Result<Self> {
        match std::env::var_os(REGISTRY_ENV).filter(|p| !p.is_empty()) {
            Some(p) => Self::from_path(PathBuf::from(p)),
            None => Self::builtin(),
        }
    }

    /// Reads and checks a registry file.
    pub fn from_path(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        Self::parse(&text, path)
    }

    /// Parses and checks registry text; `origin` names it in errors.
    pub fn parse(text: &str, origin: &Path) -> Result<Self> {
        let registry: Registry = toml::from_str(text).map_err(|source| Error::Registry {
            path: origin.to_path_buf(),
            source,
        })?;
        registry.check(origin)?;
        Ok(registry)
    }

    /// Looks a model up by name.
    pub fn get(&self, name: &str) -> Result<&Entry> {
        self.models
            .iter()
            .find(|m| m.name == name)
            .ok_or_else(|| Error::UnknownModel {
                name: name.to_string(),
                known: self
                    .models
                    .iter()
                    .map(|m| m.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            })
    }

    /// Rejects what would make a download unsafe or a model directory incomplete.
    fn check(&self, origin: &Path) -> Result<()> {
        let bad = |reason: String| Error::InvalidRegistry {
            path: origin.to_path_buf(),
            reason,
        };
        if self.version != FORMAT_VERSION {
            return Err(bad(format!(
                "version {} is not supported (expected {FORMAT_VERSION})",
                self.version
            )));
        }
        let mut names = HashSet::new();
        for m in &self.models {
            if !is_plain_name(&m.name) {
                return Err(bad(format!("model name `{}` is not a plain name", m.name)));
            }
            if !names.insert(m.name.as_str()) {
                return Err(bad(format!("model `{}` is listed twice", m.name)));
            }
            if m.source == Source::Hub && m.repo.as_deref().is_none_or(str::is_empty) {
                return Err(bad(format!("model `{}` has no repo", m.name)));
            }
            let mut locals = HashSet::new();
            for f in &m.files {
                if !is_plain_name(&f.local) {
                    return Err(bad(format!(
                        "model `{}`: local file name `{}` is not a plain name",
                        m.name, f.local
                    )));
                }
                if !locals.insert(f.local.as_str()) {
                    return Err(bad(format!(
                        "model `{}`: `{}` is listed twice",
                        m.name, f.local
                    )));
                }
                let remote = f.remote_path();
                if remote.starts_with('/') || remote.split('/').any(|p| p.is_empty() || p == "..") {
                    return Err(bad(format!(
                        "model `{}`: remote path `{remote}` is not a relative path",
                        m.name
                    )));
                }
                if let Some(h) = &f.sha256 {
                    if !is_sha256_hex(h) {
                        return Err(bad(format!(
                            "model `{}`: sha256 of `{}` is not 64 lower-case hex digits",
                            m.name, f.local
                        )));
                    }
                }
            }
            for required in [MODEL_FILE, TOKENIZER_FILE, CONFIG_FILE] {
                if !locals.contains(required) {
                    return Err(bad(format!("model `{}` has no {required}", m.name)));
                }
            }
        }
        Ok(())
    }
}

/// A name that is safe as one path component: no separators, no leading dot, nothing odd.
fn is_plain_name(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('.')
        && s.len() <= 128
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

pub(crate) fn is_sha256_hex(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"
version = 1
[[model]]
name = "m"
repo = "o/m"
licence = "MIT"
files = [
    { remote = "onnx/model.onnx", local = "model.onnx" },
    { local = "tokenizer.json" },
    { local = "config.json" },
]
"#;

    fn parse(text: &str) -> Result<Registry> {
        Registry::parse(text, Path::new("test.toml"))
    }

    #[test]
    fn builtin_registry_parses_and_lists_the_default() {
        let r = Registry::builtin().unwrap();
        let d = r.get(crate::model::DEFAULT_MODEL).unwrap();
        assert_eq!(d.source, Source::Bundled);
        assert!(d.files.iter().all(|f| f.sha256.is_some()));
        let x = r.get("deberta-v3-xsmall").unwrap();
        assert_eq!(
            x.repo.as_deref(),
            Some("cross-encoder/nli-deberta-v3-xsmall")
        );
        assert_eq!(x.labels, ["contradiction", "entailment", "neutral"]);
        assert!(r.get("deberta-v3-xsmall-int8").is_ok());
    }

    #[test]
    fn defaults_fill_in() {
        let r = parse(MINIMAL).unwrap();
        let m = r.get("m").unwrap();
        assert_eq!(m.revision, "main");
        assert_eq!(m.source, Source::Hub);
        assert_eq!(m.files[0].remote_path(), "onnx/model.onnx");
        assert_eq!(m.files[1].remote_path(), "tokenizer.json");
        assert_eq!(m.size(), None);
    }

    #[test]
    fn unknown_name_lists_known_ones() {
        let r = parse(MINIMAL).unwrap();
        let err = r.get("nope").unwrap_err();
        assert!(
            matches!(&err, Error::UnknownModel { known, .. } if known == "m"),
            "{err}"
        );
    }

    #[test]
    fn unsafe_entries_are_refused() {
        for (from, to) in [
            ("name = \"m\"", "name = \"../m\""),
            (
                "local = \"tokenizer.json\"",
                "local = \"../tokenizer.json\"",
            ),
            ("remote = \"onnx/model.onnx\"", "remote = \"../model.onnx\""),
            ("repo = \"o/m\"\n", ""),
            ("{ local = \"config.json\" },", ""),
            ("version = 1", "version = 2"),
            (
                "{ local = \"config.json\" }",
                "{ local = \"config.json\", sha256 = \"ABC\" }",
            ),
        ] {
            let text = MINIMAL.replace(from, to);
            assert_ne!(text, MINIMAL, "{from}");
            let err = parse(&text).unwrap_err();
            assert!(
                matches!(err, Error::InvalidRegistry { .. }),
                "{from} -> {to}: {err}"
            );
        }
    }

    #[test]
    fn syntax_errors_keep_their_source() {
        let err = parse("version = [").unwrap_err();
        assert!(matches!(err, Error::Registry { .. }));
        assert!(std::error::Error::source(&err).is_some());
    }
}
