//! The library's one error type.

use std::path::PathBuf;

/// `Result` with gainsay's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in the library. Sources are kept, never flattened to strings.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// No ONNX Runtime shared library was found in any of the searched places.
    #[error(
        "ONNX Runtime library not found (looked in: {searched}).\n\
         Fix: run `make setup` in the gainsay checkout, or set ORT_DYLIB_PATH to a \
         libonnxruntime.so of version >= 1.{min_minor} (e.g. from the PyPI `onnxruntime` wheel)"
    )]
    RuntimeNotFound { searched: String, min_minor: u32 },
    /// The runtime library exists but could not be loaded (wrong file, too old, missing symbols).
    #[error(
        "could not load ONNX Runtime from {}.\n\
         Fix: point ORT_DYLIB_PATH at libonnxruntime.so version >= 1.{min_minor}, or run `make setup`",
        path.display()
    )]
    RuntimeLoad {
        path: PathBuf,
        min_minor: u32,
        #[source]
        source: ort::LoadDynamicError,
    },
    /// An error reported by ONNX Runtime.
    #[error("ONNX Runtime: {0}")]
    Ort(#[from] ort::Error),
    /// A model could not be found by name or path.
    #[error("model `{name}` not found (looked in: {searched}); `gainsay models list` shows known models")]
    ModelNotFound { name: String, searched: String },
    /// A model directory lacks something it must have, or has it in the wrong shape.
    #[error("invalid model at {}: {reason}", path.display())]
    InvalidModel { path: PathBuf, reason: String },
    /// ONNX Runtime refused the model file (truncated, corrupt, unsupported ops).
    #[error("could not load ONNX model {}", path.display())]
    ModelLoad {
        path: PathBuf,
        #[source]
        source: ort::Error,
    },
    /// `tokenizer.json` could not be loaded.
    #[error("could not load tokenizer {}", path.display())]
    TokenizerLoad {
        path: PathBuf,
        #[source]
        source: tokenizers::Error,
    },
    /// Tokenizing a text failed.
    #[error("tokenization failed")]
    Tokenize(#[source] tokenizers::Error),
    /// The model's output does not match its config.
    #[error("model output has shape {shape:?}, expected [batch, {labels}]")]
    OutputShape { shape: Vec<i64>, labels: usize },
    /// The operation needs a contradiction label the model does not have.
    #[error(
        "model `{model}` has no `contradiction` label (labels: {labels}); it can score stance \
         (favor/none) but not contradictions — use a 3-way NLI model"
    )]
    NoContradictionLabel { model: String, labels: String },
    /// A premise, hypothesis or target was empty.
    #[error("{what} is empty")]
    EmptyText { what: &'static str },
    /// Input bytes are not UTF-8.
    #[error("{source_name} is not valid UTF-8 (first invalid byte at offset {offset})")]
    InvalidUtf8 { source_name: String, offset: usize },
    /// Input looks like binary data rather than text.
    #[error("{source_name} looks like binary data (NUL byte at offset {offset}), not text")]
    BinaryInput { source_name: String, offset: usize },
    /// Reading or writing a file failed.
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A JSON file could not be parsed.
    #[error("could not parse JSON in {}", path.display())]
    Json {
        path: PathBuf,
        #[source]
        source: serde_json::Error,
    },
    /// The model registry could not be parsed.
    #[error("could not parse model registry {}", path.display())]
    Registry {
        path: PathBuf,
        #[source]
        source: toml::de::Error,
    },
    /// The model registry parses but says something unusable (unsafe path, missing file, bad hash).
    #[error("invalid model registry {}: {reason}", path.display())]
    InvalidRegistry { path: PathBuf, reason: String },
    /// A name is not in the model registry.
    #[error("unknown model `{name}`; known models: {known}")]
    UnknownModel { name: String, known: String },
    /// A download was needed while offline mode is on.
    #[error("model `{name}` is not in the cache and offline mode is on (GAINSAY_OFFLINE / HF_HUB_OFFLINE)")]
    Offline { name: String },
    /// The server answered with an HTTP error status.
    #[error("download of {url} failed: HTTP {status}")]
    HttpStatus { url: String, status: u16 },
    /// The transfer itself failed (DNS, TLS, connection reset, truncated body).
    #[error("download of {url} failed")]
    Network {
        url: String,
        #[source]
        source: Box<ureq::Error>,
    },
    /// The server did not connect or answer within the configured time.
    #[error(
        "download of {url} timed out: no {phase} within {}s (raise --connect-timeout / --read-timeout)",
        limit.as_secs_f64()
    )]
    Timeout {
        url: String,
        /// `connection` or `data`.
        phase: &'static str,
        limit: std::time::Duration,
        #[source]
        source: Box<ureq::Error>,
    },
    /// A downloaded or cached file does not have the expected sha256.
    #[error("sha256 mismatch for {}: expected {expected}, got {actual}", path.display())]
    Checksum {
        path: PathBuf,
        expected: String,
        actual: String,
    },
    /// An input is beyond a configured limit.
    #[error("{what} has {size} {unit}, more than the limit of {limit}; {fix}")]
    TooLarge {
        what: String,
        size: usize,
        limit: usize,
        unit: &'static str,
        fix: &'static str,
    },
    /// An evaluation data set's folder is missing.
    #[error(
        "{dataset} data not found at {} (pass --data DIR, a folder laid out like shared/data/{folder})",
        path.display()
    )]
    DatasetNotFound {
        dataset: String,
        folder: String,
        path: PathBuf,
    },
    /// A data file is not in the format its set uses.
    #[error("{}: {reason}", path.display())]
    DatasetFormat { path: PathBuf, reason: String },
    /// A command-line or library option is out of range.
    #[error("invalid option: {0}")]
    InvalidOption(String),
    /// A document is larger than the batch run's size limit.
    #[error("{source_name} is {bytes} bytes, over the {limit}-byte document limit (raise --max-doc-bytes)")]
    DocumentTooLarge {
        source_name: String,
        bytes: u64,
        limit: u64,
    },
    /// A document has no text.
    #[error("{source_name} is empty")]
    EmptyDocument { source_name: String },
    /// A JSON Lines record could not be parsed.
    #[error("{}:{line}: not a JSON object", path.display())]
    JsonLine {
        path: PathBuf,
        line: u64,
        #[source]
        source: serde_json::Error,
    },
    /// A record lacks a field the run needs, or has it with the wrong type.
    #[error("{source_name}: field `{field}` is missing or not a {expected}")]
    MissingField {
        source_name: String,
        field: String,
        expected: &'static str,
    },
    /// A CSV file could not be read.
    #[error("{}: bad CSV", path.display())]
    Csv {
        path: PathBuf,
        #[source]
        source: csv::Error,
    },
    /// Two input records have the same id; the later one is not analysed.
    #[error(
        "duplicate document id `{id}` at {source_name} (first seen earlier in the run); skipped"
    )]
    DuplicateId { id: String, source_name: String },
    /// A batch output file exists and neither resume nor overwrite was asked for.
    #[error("{} already exists; pass --resume to continue it or --overwrite to start again", path.display())]
    OutputExists { path: PathBuf },
    /// A line of a batch output file (not the last one) is not valid JSON.
    #[error("{}:{line}: not a gainsay batch line; the file is damaged or not a batch output", path.display())]
    CorruptOutput {
        path: PathBuf,
        line: u64,
        #[source]
        source: serde_json::Error,
    },
    /// A batch run was stopped by an input error under `--on-error fail`.
    #[error("stopped at the first input error (--on-error fail)")]
    InputFailed(#[source] Box<Error>),
}

impl Error {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    pub(crate) fn invalid_model(path: impl Into<PathBuf>, reason: impl Into<String>) -> Self {
        Error::InvalidModel {
            path: path.into(),
            reason: reason.into(),
        }
    }
}

impl From<ort::Error<ort::session::builder::SessionBuilder>> for Error {
    fn from(e: ort::Error<ort::session::builder::SessionBuilder>) -> Self {
        Error::Ort(ort::Error::<()>::from(e))
    }
}
