//! Models as directories: `model.onnx`, `tokenizer.json`, `config.json` (with `id2label`).
//!
//! A model is named either by a path to such a directory or by a name looked up in the cache, the
//! user folder and the checkout's `models/` folder (see [`search_paths`]).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{Error, Result};
use crate::nli::Label;

pub mod download;
pub mod registry;

/// The offline default model that ships in the repository.
pub const DEFAULT_MODEL: &str = "minilm-l6-nli";

/// Files every model directory must have.
pub const MODEL_FILE: &str = "model.onnx";
/// The tokenizer file.
pub const TOKENIZER_FILE: &str = "tokenizer.json";
/// The config file with `id2label`.
pub const CONFIG_FILE: &str = "config.json";

/// Where downloaded models live: `$GAINSAY_HOME/models`, else `$XDG_CACHE_HOME/gainsay/models`.
pub fn cache_dir() -> Option<PathBuf> {
    if let Some(h) = std::env::var_os("GAINSAY_HOME").filter(|h| !h.is_empty()) {
        return Some(PathBuf::from(h).join("models"));
    }
    dirs::cache_dir().map(|d| d.join("gainsay").join("models"))
}

/// Folders that may hold a model called `name`, in lookup order.
pub fn search_paths(name: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Some(c) = cache_dir() {
        out.push(c.join(name));
    }
    if let Some(exe_dir) = std::env::current_exe()
        .ok()
        .and_then(|e| e.parent().map(Path::to_path_buf))
    {
        out.extend(
            exe_dir
                .ancestors()
                .take(4)
                .map(|a| a.join("models").join(name)),
        );
    }
    out.push(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("models")
            .join(name),
    );
    out.dedup();
    out
}

/// Turns `--model NAME|DIR` into a model directory. A value with a path separator, or naming an
/// existing directory, is a path; anything else is a name.
pub fn resolve(name_or_path: &str) -> Result<PathBuf> {
    let as_path = Path::new(name_or_path);
    if name_or_path.contains(std::path::MAIN_SEPARATOR) || as_path.is_dir() {
        return if as_path.is_dir() {
            Ok(as_path.to_path_buf())
        } else {
            Err(Error::ModelNotFound {
                name: name_or_path.to_string(),
                searched: "that path is not a directory".into(),
            })
        };
    }
    let candidates = search_paths(name_or_path);
    candidates
        .iter()
        .find(|p| p.join(MODEL_FILE).is_file())
        .cloned()
        .ok_or_else(|| Error::ModelNotFound {
            name: name_or_path.to_string(),
            searched: candidates
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", "),
        })
}

/// The parts of `config.json` gainsay reads.
#[derive(Debug, Deserialize)]
struct RawConfig {
    id2label: Option<BTreeMap<String, String>>,
    max_seq_length: Option<usize>,
    max_position_embeddings: Option<usize>,
}

/// A model directory, checked and with its config read.
#[derive(Debug, Clone)]
pub struct ModelDir {
    /// The directory.
    pub path: PathBuf,
    /// A short name for reports: the directory's name.
    pub name: String,
    /// Labels in output order, from `id2label`.
    pub labels: Vec<Label>,
    /// The label names exactly as `config.json` spells them.
    pub label_names: Vec<String>,
    /// The longest input the model was trained for, in tokens.
    pub max_length: usize,
}

impl ModelDir {
    /// Opens and checks a model directory: all three files present, `id2label` complete and known.
    pub fn open(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref().to_path_buf();
        if !path.is_dir() {
            return Err(Error::ModelNotFound {
                name: path.display().to_string(),
                searched: "not a directory".into(),
            });
        }
        for f in [MODEL_FILE, TOKENIZER_FILE, CONFIG_FILE] {
            if !path.join(f).is_file() {
                return Err(Error::invalid_model(&path, format!("{f} is missing")));
            }
        }
        let config_path = path.join(CONFIG_FILE);
        let text = std::fs::read_to_string(&config_path).map_err(|e| Error::io(&config_path, e))?;
        let raw: RawConfig = serde_json::from_str(&text).map_err(|source| Error::Json {
            path: config_path.clone(),
            source,
        })?;
        let label_names = label_order(&config_path, raw.id2label)?;
        let labels = label_names
            .iter()
            .map(|n| {
                Label::parse(n).ok_or_else(|| {
                    Error::invalid_model(
                        &config_path,
                        format!("unknown label `{n}` in id2label (expected entailment, neutral, contradiction or not_entailment)"),
                    )
                })
            })
            .collect::<Result<Vec<_>>>()?;
        if !labels.contains(&Label::Entailment) {
            return Err(Error::invalid_model(
                &config_path,
                "id2label has no entailment label",
            ));
        }
        let max_length = raw
            .max_seq_length
            .or(raw.max_position_embeddings)
            .unwrap_or(512)
            .clamp(16, 512);
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string());
        Ok(ModelDir {
            path,
            name,
            labels,
            label_names,
            max_length,
        })
    }

    /// Path of `model.onnx`.
    pub fn model_file(&self) -> PathBuf {
        self.path.join(MODEL_FILE)
    }

    /// Path of `tokenizer.json`.
    pub fn tokenizer_file(&self) -> PathBuf {
        self.path.join(TOKENIZER_FILE)
    }

    /// Whether the model can call contradictions (3-way NLI) or only entailment (binary).
    pub fn has_contradiction(&self) -> bool {
        self.labels.contains(&Label::Contradiction)
    }
}

/// `id2label` as a vector indexed by output position; keys must be exactly `0..n`.
fn label_order(config: &Path, id2label: Option<BTreeMap<String, String>>) -> Result<Vec<String>> {
    let map =
        id2label.ok_or_else(|| Error::invalid_model(config, "config.json has no id2label"))?;
    let mut out = vec![None; map.len()];
    for (k, v) in map {
        let i: usize = k.parse().map_err(|_| {
            Error::invalid_model(config, format!("id2label key `{k}` is not a number"))
        })?;
        let slot = out.get_mut(i).ok_or_else(|| {
            Error::invalid_model(config, format!("id2label key {i} is out of range"))
        })?;
        *slot = Some(v);
    }
    let names: Vec<String> = out.into_iter().flatten().collect();
    if names.len() < 2 {
        return Err(Error::invalid_model(
            config,
            "id2label needs at least two labels",
        ));
    }
    Ok(names)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write_model(dir: &Path, config: &str) {
        std::fs::write(dir.join(MODEL_FILE), b"x").unwrap();
        std::fs::write(dir.join(TOKENIZER_FILE), b"{}").unwrap();
        std::fs::write(dir.join(CONFIG_FILE), config).unwrap();
    }

    #[test]
    fn label_order_comes_from_id2label() {
        let d = tempfile::tempdir().unwrap();
        write_model(
            d.path(),
            r#"{"id2label": {"2": "ENTAILMENT", "0": "contradiction", "1": "Neutral"}}"#,
        );
        let m = ModelDir::open(d.path()).unwrap();
        assert_eq!(
            m.labels,
            vec![Label::Contradiction, Label::Neutral, Label::Entailment]
        );
        assert_eq!(m.label_names[2], "ENTAILMENT");
        assert!(m.has_contradiction());
    }

    #[test]
    fn binary_model_has_no_contradiction() {
        let d = tempfile::tempdir().unwrap();
        write_model(
            d.path(),
            r#"{"id2label": {"0": "entailment", "1": "not_entailment"}}"#,
        );
        let m = ModelDir::open(d.path()).unwrap();
        assert!(!m.has_contradiction());
    }

    #[test]
    fn config_without_id2label_is_refused() {
        let d = tempfile::tempdir().unwrap();
        write_model(d.path(), r#"{"hidden_size": 384}"#);
        let err = ModelDir::open(d.path()).unwrap_err();
        assert!(err.to_string().contains("no id2label"), "{err}");
    }

    #[test]
    fn gaps_and_unknown_labels_are_refused() {
        let d = tempfile::tempdir().unwrap();
        write_model(
            d.path(),
            r#"{"id2label": {"0": "entailment", "2": "neutral"}}"#,
        );
        assert!(ModelDir::open(d.path()).is_err());
        write_model(
            d.path(),
            r#"{"id2label": {"0": "entailment", "1": "maybe"}}"#,
        );
        let err = ModelDir::open(d.path()).unwrap_err();
        assert!(err.to_string().contains("unknown label"), "{err}");
    }

    #[test]
    fn missing_files_are_named() {
        let d = tempfile::tempdir().unwrap();
        let err = ModelDir::open(d.path()).unwrap_err();
        assert!(err.to_string().contains("model.onnx is missing"), "{err}");
        let err = resolve("no-such-model-anywhere").unwrap_err();
        assert!(matches!(err, Error::ModelNotFound { .. }));
    }
}
