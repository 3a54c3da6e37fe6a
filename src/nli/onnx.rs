//! The ONNX Runtime scorer: `encode` (texts → token ids), `run` (ids → logits), `decode`
//! (logits → probabilities), with length-sorted, per-batch padding in between.

use std::borrow::Cow;
use std::path::Path;
use std::sync::Mutex;

use ort::session::builder::GraphOptimizationLevel;
use ort::session::{Session, SessionInputValue};
use ort::value::Tensor;
use sha2::{Digest, Sha256};
use tokenizers::{Tokenizer, TruncationDirection, TruncationParams, TruncationStrategy};

use super::{plan_batches, ModelInfo, Pair, Probs, Scorer};
use crate::error::{Error, Result};
use crate::model::ModelDir;

/// How batches may be formed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BatchPolicy {
    /// A pair's result never depends on what else is scored: batch-dependent models (dynamically
    /// quantized int8) are run one pair at a time; other models batch as usual.
    #[default]
    Reproducible,
    /// Always batch, for speed, accepting small batch-to-batch differences on dynamic int8 models.
    Fast,
}

/// Options for [`OnnxScorer`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScorerOptions {
    /// Pairs per ONNX Runtime call.
    pub batch_size: usize,
    /// Longest pair in tokens; the premise is truncated, never the hypothesis. `None`: the model's.
    pub max_length: Option<usize>,
    /// ONNX Runtime intra-op threads.
    pub threads: usize,
    /// See [`BatchPolicy`].
    pub policy: BatchPolicy,
}

impl Default for ScorerOptions {
    fn default() -> Self {
        ScorerOptions {
            batch_size: 32,
            max_length: None,
            threads: std::thread::available_parallelism()
                .map(|n| n.get().min(4))
                .unwrap_or(1),
            policy: BatchPolicy::default(),
        }
    }
}

/// A tokenized pair: ids and segment ids, unpadded (the attention mask is all ones).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Encoded {
    /// Token ids.
    pub ids: Vec<i64>,
    /// Segment (token type) ids: 0 for the premise part, 1 for the hypothesis.
    pub type_ids: Vec<i64>,
}

impl Encoded {
    /// Length in tokens.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// True for an encoding with no tokens.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }
}

/// Which tensor a session input wants, by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum InputKind {
    Ids,
    Mask,
    TypeIds,
}

/// Loads an ONNX NLI model once and scores many pairs.
pub struct OnnxScorer {
    session: Mutex<Session>,
    inputs: Vec<(String, InputKind)>,
    tokenizer: Tokenizer,
    /// Used when the hypothesis alone is too long for premise-only truncation.
    fallback_tokenizer: Tokenizer,
    info: ModelInfo,
    options: ScorerOptions,
    runtime_version: String,
}

impl std::fmt::Debug for OnnxScorer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OnnxScorer")
            .field("info", &self.info)
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

impl OnnxScorer {
    /// Loads the model named `name_or_path` (see [`crate::model::resolve`]).
    pub fn from_name(name_or_path: &str, options: ScorerOptions) -> Result<Self> {
        let dir = ModelDir::open(crate::model::resolve(name_or_path)?)?;
        Self::load(&dir, options)
    }

    /// Loads a checked model directory.
    pub fn load(dir: &ModelDir, options: ScorerOptions) -> Result<Self> {
        if options.batch_size == 0 || options.threads == 0 {
            return Err(Error::InvalidOption(
                "batch size and threads must be at least 1".into(),
            ));
        }
        let runtime = crate::runtime::init()?;
        let model_path = dir.model_file();
        let bytes = std::fs::read(&model_path).map_err(|e| Error::io(&model_path, e))?;
        let batch_dependent = memchr::memmem::find(&bytes, b"DynamicQuantizeLinear").is_some();
        let sha256 = hex(&Sha256::digest(&bytes));
        // No memory pattern: ORT plans and keeps one allocation pattern per input shape, and
        // length-sorted batches have many shapes (peak RSS at batch 32: 283 MB with, 176 MB
        // without, no measurable loss of speed).
        let session = Session::builder(runtime.environment())?
            .with_optimization_level(GraphOptimizationLevel::Level3)?
            .with_intra_threads(options.threads)?
            .with_inter_threads(1)?
            .with_memory_pattern(false)?
            .commit_from_memory(&bytes)
            .map_err(|source| Error::ModelLoad {
                path: model_path.clone(),
                source,
            })?;
        drop(bytes);
        let inputs = session
            .inputs()
            .iter()
            .map(|o| input_kind(&model_path, o.name()).map(|k| (o.name().to_string(), k)))
            .collect::<Result<Vec<_>>>()?;
        if !inputs.iter().any(|(_, k)| *k == InputKind::Ids) {
            return Err(Error::invalid_model(
                &model_path,
                "model has no input_ids input",
            ));
        }
        let max_length = options.max_length.unwrap_or(dir.max_length).max(8);
        let tokenizer = load_tokenizer(
            &dir.tokenizer_file(),
            max_length,
            TruncationStrategy::OnlyFirst,
        )?;
        let fallback_tokenizer = load_tokenizer(
            &dir.tokenizer_file(),
            max_length,
            TruncationStrategy::LongestFirst,
        )?;
        Ok(OnnxScorer {
            session: Mutex::new(session),
            inputs,
            tokenizer,
            fallback_tokenizer,
            info: ModelInfo {
                name: dir.name.clone(),
                labels: dir.labels.clone(),
                batch_dependent,
                sha256: Some(sha256),
            },
            options: ScorerOptions {
                max_length: Some(max_length),
                ..options
            },
            runtime_version: runtime.version.clone(),
        })
    }

    /// The options in force (with the model's max length filled in).
    pub fn options(&self) -> &ScorerOptions {
        &self.options
    }

    /// The ONNX Runtime version in use.
    pub fn runtime_version(&self) -> &str {
        &self.runtime_version
    }

    /// The batch size actually used: 1 for batch-dependent models under [`BatchPolicy::Reproducible`].
    pub fn effective_batch_size(&self) -> usize {
        if self.info.batch_dependent && self.options.policy == BatchPolicy::Reproducible {
            1
        } else {
            self.options.batch_size
        }
    }

    /// Tokenizes pairs: `[CLS] premise [SEP] hypothesis [SEP]`, premise truncated first.
    pub fn encode(&self, pairs: &[Pair<'_>]) -> Result<Vec<Encoded>> {
        pairs.iter().map(|p| self.encode_one(p)).collect()
    }

    fn encode_one(&self, pair: &Pair<'_>) -> Result<Encoded> {
        if pair.premise.trim().is_empty() {
            return Err(Error::EmptyText { what: "premise" });
        }
        if pair.hypothesis.trim().is_empty() {
            return Err(Error::EmptyText { what: "hypothesis" });
        }
        let input = (pair.premise, pair.hypothesis);
        let enc = match self.tokenizer.encode_fast(input, true) {
            Ok(e) => e,
            // The hypothesis alone is longer than max_length: truncate both after all.
            Err(_) => self
                .fallback_tokenizer
                .encode_fast(input, true)
                .map_err(Error::Tokenize)?,
        };
        Ok(Encoded {
            ids: enc.get_ids().iter().map(|&i| i64::from(i)).collect(),
            type_ids: enc.get_type_ids().iter().map(|&i| i64::from(i)).collect(),
        })
    }

    /// Runs one padded batch and returns its logits, one row per encoding.
    pub fn run(&self, batch: &[&Encoded]) -> Result<Vec<Vec<f32>>> {
        if batch.is_empty() {
            return Ok(Vec::new());
        }
        let rows = batch.len();
        let cols = batch.iter().map(|e| e.len()).max().unwrap_or(0);
        let mut values: Vec<(Cow<'_, str>, SessionInputValue<'_>)> = Vec::with_capacity(3);
        for (name, kind) in &self.inputs {
            let data = pad(batch, cols, *kind);
            let tensor = Tensor::from_array(([rows, cols], data))?;
            values.push((Cow::Borrowed(name.as_str()), tensor.into()));
        }
        let mut session = self.session.lock().unwrap_or_else(|p| p.into_inner());
        let outputs = session.run(values)?;
        let (shape, logits) = outputs[0].try_extract_tensor::<f32>()?;
        let labels = self.info.labels.len();
        if shape.len() != 2 || shape[0] as usize != rows || shape[1] as usize != labels {
            return Err(Error::OutputShape {
                shape: shape.to_vec(),
                labels,
            });
        }
        Ok(logits.chunks(labels).map(<[f32]>::to_vec).collect())
    }

    /// Scores already-encoded pairs in length-sorted batches; results in input order.
    pub fn score_encoded(&self, encoded: &[Encoded]) -> Result<Vec<Probs>> {
        let lens: Vec<usize> = encoded.iter().map(Encoded::len).collect();
        let mut out = vec![Probs::default(); encoded.len()];
        for batch in plan_batches(&lens, self.effective_batch_size()) {
            let members: Vec<&Encoded> = batch.indices.iter().map(|&i| &encoded[i]).collect();
            let logits = self.run(&members)?;
            for (&i, row) in batch.indices.iter().zip(&logits) {
                out[i] = Probs::from_logits(row, &self.info.labels);
            }
        }
        Ok(out)
    }
}

impl Scorer for OnnxScorer {
    fn score(&self, pairs: &[Pair<'_>]) -> Result<Vec<Probs>> {
        let encoded = self.encode(pairs)?;
        self.score_encoded(&encoded)
    }

    fn info(&self) -> &ModelInfo {
        &self.info
    }
}

/// One input tensor for a batch, row-major, padded with zeros to `cols`.
fn pad(batch: &[&Encoded], cols: usize, kind: InputKind) -> Vec<i64> {
    let mut data = vec![0i64; batch.len() * cols];
    for (row, enc) in data.chunks_mut(cols).zip(batch) {
        match kind {
            InputKind::Ids => row[..enc.len()].copy_from_slice(&enc.ids),
            InputKind::TypeIds => row[..enc.len()].copy_from_slice(&enc.type_ids),
            InputKind::Mask => row[..enc.len()].fill(1),
        }
    }
    data
}

fn input_kind(model: &Path, name: &str) -> Result<InputKind> {
    match name {
        "input_ids" => Ok(InputKind::Ids),
        "attention_mask" => Ok(InputKind::Mask),
        "token_type_ids" => Ok(InputKind::TypeIds),
        other => Err(Error::invalid_model(
            model,
            format!("unsupported model input `{other}` (expected input_ids, attention_mask, token_type_ids)"),
        )),
    }
}

fn load_tokenizer(
    path: &Path,
    max_length: usize,
    strategy: TruncationStrategy,
) -> Result<Tokenizer> {
    let mut tok = Tokenizer::from_file(path).map_err(|source| Error::TokenizerLoad {
        path: path.to_path_buf(),
        source,
    })?;
    tok.with_padding(None);
    tok.with_truncation(Some(TruncationParams {
        direction: TruncationDirection::Right,
        max_length,
        strategy,
        stride: 0,
    }))
    .map_err(|source| Error::TokenizerLoad {
        path: path.to_path_buf(),
        source,
    })?;
    Ok(tok)
}

/// Lower-case hex of a digest.
pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn padding_fills_zeros_and_mask() {
        let a = Encoded {
            ids: vec![101, 5, 102],
            type_ids: vec![0, 0, 0],
        };
        let b = Encoded {
            ids: vec![101, 7, 8, 102, 9],
            type_ids: vec![0, 0, 0, 1, 1],
        };
        let batch = [&a, &b];
        assert_eq!(
            pad(&batch, 5, InputKind::Ids),
            vec![101, 5, 102, 0, 0, 101, 7, 8, 102, 9]
        );
        assert_eq!(
            pad(&batch, 5, InputKind::Mask),
            vec![1, 1, 1, 0, 0, 1, 1, 1, 1, 1]
        );
        assert_eq!(
            pad(&batch, 5, InputKind::TypeIds),
            vec![0, 0, 0, 0, 0, 0, 0, 0, 1, 1]
        );
    }

    #[test]
    fn unknown_inputs_are_refused() {
        assert!(input_kind(Path::new("m.onnx"), "pixel_values").is_err());
        assert_eq!(
            input_kind(Path::new("m.onnx"), "token_type_ids").unwrap(),
            InputKind::TypeIds
        );
    }
}
