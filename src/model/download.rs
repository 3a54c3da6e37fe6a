//! Fetching registry models into the cache: resumable, checksummed, and visible only when complete.
//!
//! A pull downloads every file into `CACHE/NAME.partial/` (each first as `FILE.part`, resumed with
//! an HTTP `Range` request after an interruption), checks sha256s, records them in
//! `gainsay-model.json`, and only then renames the folder to `CACHE/NAME`. So
//! [`resolve`](crate::model::resolve), which looks for `CACHE/NAME/model.onnx`, never sees a
//! half-downloaded model.

use std::fs::{self, File, OpenOptions};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};
use crate::model::registry::{Entry, Registry, Source};
use crate::model::{ModelDir, CONFIG_FILE, MODEL_FILE};

/// The record a pull leaves in the model directory: what was fetched and its sha256s.
pub const LOCK_FILE: &str = "gainsay-model.json";
/// The hub used when `HF_ENDPOINT` is not set.
pub const DEFAULT_ENDPOINT: &str = "https://huggingface.co";
/// Version of the [`Lock`] and [`ModelList`] shapes.
pub const FORMAT_VERSION: u32 = 1;

const PARTIAL_SUFFIX: &str = ".partial";
const PART_SUFFIX: &str = ".part";

/// How to download: where from, with which credentials, into which cache, how patiently.
#[derive(Debug, Clone)]
pub struct PullOptions {
    /// Hub base URL; files come from `{endpoint}/{repo}/resolve/{revision}/{path}`.
    pub endpoint: String,
    /// Sent as `Authorization: Bearer TOKEN`.
    pub token: Option<String>,
    /// The models cache; each model gets `cache_dir/NAME`.
    pub cache_dir: PathBuf,
    /// Never touch the network: succeed only if the model is already cached.
    pub offline: bool,
    /// Download again even if the model is cached.
    pub force: bool,
    /// Longest wait for a connection (DNS, TCP and TLS).
    pub connect_timeout: Duration,
    /// Longest wait for any single read (response headers or the next body bytes).
    pub read_timeout: Duration,
    /// How many times to resume a transfer that broke off or timed out.
    pub retries: u32,
}

impl PullOptions {
    /// Defaults for a given cache folder, ignoring the environment.
    pub fn new(cache_dir: impl Into<PathBuf>) -> Self {
        PullOptions {
            endpoint: DEFAULT_ENDPOINT.to_string(),
            token: None,
            cache_dir: cache_dir.into(),
            offline: false,
            force: false,
            connect_timeout: Duration::from_secs(30),
            read_timeout: Duration::from_secs(60),
            retries: 3,
        }
    }

    /// Defaults from the environment: [`cache_dir`](crate::model::cache_dir), `HF_ENDPOINT`,
    /// `HF_TOKEN`, and offline mode from `GAINSAY_OFFLINE` / `HF_HUB_OFFLINE`.
    pub fn from_env() -> Result<Self> {
        let cache = crate::model::cache_dir().ok_or_else(|| {
            Error::InvalidOption(
                "no cache folder: set GAINSAY_HOME or XDG_CACHE_HOME (or HOME)".into(),
            )
        })?;
        let mut o = Self::new(cache);
        if let Some(e) = env_nonempty("HF_ENDPOINT") {
            o.endpoint = e;
        }
        o.token = env_nonempty("HF_TOKEN");
        o.offline = offline_from_env();
        Ok(o)
    }

    fn agent(&self) -> ureq::Agent {
        ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_resolve(Some(self.connect_timeout))
            .timeout_connect(Some(self.connect_timeout))
            .timeout_per_read(Some(self.read_timeout))
            // Byte ranges must refer to the file itself, not a compressed rendering of it.
            .accept_encoding("")
            .user_agent(format!("gainsay/{}", env!("CARGO_PKG_VERSION")))
            .redirect_auth_headers(ureq::config::RedirectAuthHeaders::SameHost)
            .build()
            .into()
    }
}

/// Whether `GAINSAY_OFFLINE` or `HF_HUB_OFFLINE` asks for offline mode (`1`, `true`, `yes`, `on`).
pub fn offline_from_env() -> bool {
    ["GAINSAY_OFFLINE", "HF_HUB_OFFLINE"]
        .iter()
        .any(|v| env_nonempty(v).is_some_and(|s| is_truthy(&s)))
}

fn is_truthy(s: &str) -> bool {
    matches!(
        s.trim().to_ascii_lowercase().as_str(),
        "1" | "true" | "yes" | "on"
    )
}

fn env_nonempty(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// Download progress, one file at a time. The CLI draws a bar; the library default is silent.
pub trait Progress {
    /// A file starts (or resumes at `done` bytes); `total` is its full size when the server says.
    fn start(&mut self, _file: &str, _total: Option<u64>, _done: u64) {}
    /// `bytes` more arrived.
    fn advance(&mut self, _bytes: u64) {}
    /// The current file is done (or failed).
    fn finish(&mut self) {}
}

/// Reports nothing.
#[derive(Debug, Default, Clone, Copy)]
pub struct NoProgress;

impl Progress for NoProgress {}

/// `gainsay-model.json`: what a pull fetched, so later verifies can check it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lock {
    /// [`FORMAT_VERSION`].
    pub version: u32,
    /// Registry name.
    pub name: String,
    /// Hub repository.
    pub repo: String,
    /// Revision asked for.
    pub revision: String,
    /// One record per file.
    pub files: Vec<LockedFile>,
}

/// One fetched file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockedFile {
    /// Name in the model directory.
    pub local: String,
    /// Path in the repository.
    pub remote: String,
    /// Size of the local file in bytes.
    pub size: u64,
    /// sha256 of the local file.
    pub sha256: String,
    /// sha256 of the file as downloaded; differs from `sha256` only where gainsay patched it
    /// (`config.json` without `id2label` gets the registry's labels).
    pub remote_sha256: String,
}

/// Where an installed copy of `entry` is: the cache for hub models, the checkout for bundled ones.
pub fn installed(entry: &Entry, cache_dir: &Path) -> Option<PathBuf> {
    match entry.source {
        Source::Bundled => crate::model::resolve(&entry.name).ok(),
        Source::Hub => {
            let d = cache_dir.join(&entry.name);
            d.join(MODEL_FILE).is_file().then_some(d)
        }
    }
}

/// Fetches `entry` into `options.cache_dir/NAME` and returns that folder. A model already there
/// is returned without touching the network (unless `force`).
pub fn pull(entry: &Entry, options: &PullOptions, progress: &mut dyn Progress) -> Result<PathBuf> {
    if entry.source == Source::Bundled {
        return installed(entry, &options.cache_dir).ok_or_else(|| Error::ModelNotFound {
            name: entry.name.clone(),
            searched: "bundled model missing from the checkout's models/ folder".into(),
        });
    }
    let dest = options.cache_dir.join(&entry.name);
    if !options.force && dest.join(MODEL_FILE).is_file() {
        return Ok(dest);
    }
    if options.offline {
        return Err(Error::Offline {
            name: entry.name.clone(),
        });
    }
    let repo = entry.repo.as_deref().unwrap_or_default();
    let staging = options
        .cache_dir
        .join(format!("{}{PARTIAL_SUFFIX}", entry.name));
    fs::create_dir_all(&staging).map_err(|e| Error::io(&staging, e))?;
    let agent = options.agent();

    let mut files = Vec::with_capacity(entry.files.len());
    for spec in &entry.files {
        let target = staging.join(&spec.local);
        let part = staging.join(format!("{}{PART_SUFFIX}", spec.local));
        // A file already in the staging folder finished in an earlier, interrupted pull.
        let fetched = if target.is_file() {
            target.clone()
        } else {
            let url = file_url(&options.endpoint, repo, &entry.revision, spec.remote_path());
            fetch(&agent, &url, options, &part, &spec.local, progress)?;
            part.clone()
        };
        let (size, sha256) = hash_file(&fetched)?;
        if let Some(expected) = spec.sha256.as_ref().filter(|e| **e != sha256) {
            remove_file_if_exists(&fetched)?;
            return Err(Error::Checksum {
                path: target,
                expected: expected.clone(),
                actual: sha256,
            });
        }
        if fetched != target {
            fs::rename(&fetched, &target).map_err(|e| Error::io(&target, e))?;
        }
        files.push(LockedFile {
            local: spec.local.clone(),
            remote: spec.remote_path().to_string(),
            size,
            remote_sha256: sha256.clone(),
            sha256,
        });
    }

    let config = staging.join(CONFIG_FILE);
    if add_missing_id2label(&config, &entry.labels)? {
        let (size, sha256) = hash_file(&config)?;
        if let Some(f) = files.iter_mut().find(|f| f.local == CONFIG_FILE) {
            f.size = size;
            f.sha256 = sha256;
        }
    }
    ModelDir::open(&staging)?;
    let lock = Lock {
        version: FORMAT_VERSION,
        name: entry.name.clone(),
        repo: repo.to_string(),
        revision: entry.revision.clone(),
        files,
    };
    write_lock(&staging, &lock)?;

    if dest.exists() {
        fs::remove_dir_all(&dest).map_err(|e| Error::io(&dest, e))?;
    }
    fs::rename(&staging, &dest).map_err(|e| Error::io(&dest, e))?;
    Ok(dest)
}

/// `{endpoint}/{repo}/resolve/{revision}/{path}`, with `/` in the revision escaped as the hub expects.
pub fn file_url(endpoint: &str, repo: &str, revision: &str, path: &str) -> String {
    format!(
        "{}/{repo}/resolve/{}/{path}",
        endpoint.trim_end_matches('/'),
        revision.replace('/', "%2F")
    )
}

/// Downloads `url` into `part`, resuming what is already there and retrying broken transfers.
fn fetch(
    agent: &ureq::Agent,
    url: &str,
    options: &PullOptions,
    part: &Path,
    label: &str,
    progress: &mut dyn Progress,
) -> Result<()> {
    let mut attempt = 0;
    loop {
        let result = fetch_once(agent, url, options, part, label, progress);
        progress.finish();
        match result {
            Err(Error::Network { .. } | Error::Timeout { .. }) if attempt < options.retries => {
                attempt += 1;
                std::thread::sleep(Duration::from_millis(250 * u64::from(attempt)));
            }
            other => return other,
        }
    }
}

fn fetch_once(
    agent: &ureq::Agent,
    url: &str,
    options: &PullOptions,
    part: &Path,
    label: &str,
    progress: &mut dyn Progress,
) -> Result<()> {
    let have = fs::metadata(part).map(|m| m.len()).unwrap_or(0);
    let mut request = agent.get(url);
    if let Some(token) = &options.token {
        request = request.header("Authorization", format!("Bearer {token}"));
    }
    if have > 0 {
        request = request.header("Range", format!("bytes={have}-"));
    }
    let mut response = request.call().map_err(|e| net_error(url, e, options))?;
    let status = response.status().as_u16();
    let append = match status {
        206 if have > 0 && content_range_start(&response) == Some(have) => true,
        200 => false,
        // The partial file no longer fits the remote one (changed, or already complete but
        // unverified): start over from the first byte.
        206 | 416 if have > 0 => {
            drop(response);
            remove_file_if_exists(part)?;
            return fetch_once(agent, url, options, part, label, progress);
        }
        _ => {
            return Err(Error::HttpStatus {
                url: url.to_string(),
                status,
            })
        }
    };
    let offset = if append { have } else { 0 };
    let length = response.body().content_length();
    let mut file = OpenOptions::new()
        .create(true)
        .write(true)
        .append(append)
        .truncate(!append)
        .open(part)
        .map_err(|e| Error::io(part, e))?;
    progress.start(label, length.map(|l| l + offset), offset);
    let mut reader = response.body_mut().as_reader();
    let mut buf = vec![0u8; 64 * 1024];
    let mut received = 0u64;
    loop {
        let n = match reader.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(net_error(url, ureq::Error::from(e), options)),
        };
        file.write_all(&buf[..n]).map_err(|e| Error::io(part, e))?;
        received += n as u64;
        progress.advance(n as u64);
    }
    file.sync_all().map_err(|e| Error::io(part, e))?;
    if length.is_some_and(|l| l != received) {
        return Err(Error::Network {
            url: url.to_string(),
            source: Box::new(ureq::Error::Io(std::io::Error::new(
                std::io::ErrorKind::UnexpectedEof,
                format!(
                    "body ended after {received} of {} bytes",
                    length.unwrap_or(0)
                ),
            ))),
        });
    }
    Ok(())
}

/// The first byte of a `Content-Range: bytes FIRST-LAST/TOTAL` header.
fn content_range_start(response: &ureq::http::Response<ureq::Body>) -> Option<u64> {
    let v = response.headers().get("content-range")?.to_str().ok()?;
    let range = v.trim().strip_prefix("bytes")?.trim_start();
    range.split('-').next()?.trim().parse().ok()
}

fn net_error(url: &str, e: ureq::Error, options: &PullOptions) -> Error {
    match e {
        ureq::Error::Timeout(t) => {
            let connecting = matches!(t, ureq::Timeout::Connect | ureq::Timeout::Resolve);
            Error::Timeout {
                url: url.to_string(),
                phase: if connecting { "connection" } else { "data" },
                limit: if connecting {
                    options.connect_timeout
                } else {
                    options.read_timeout
                },
                source: Box::new(e),
            }
        }
        e => Error::Network {
            url: url.to_string(),
            source: Box::new(e),
        },
    }
}

/// Writes the registry's label order into a `config.json` that has no `id2label`. Returns whether
/// it changed the file.
fn add_missing_id2label(config: &Path, labels: &[String]) -> Result<bool> {
    if labels.is_empty() {
        return Ok(false);
    }
    let text = fs::read_to_string(config).map_err(|e| Error::io(config, e))?;
    let mut value: serde_json::Value =
        serde_json::from_str(&text).map_err(|source| Error::Json {
            path: config.to_path_buf(),
            source,
        })?;
    let Some(obj) = value.as_object_mut() else {
        return Ok(false);
    };
    if obj.contains_key("id2label") {
        return Ok(false);
    }
    let id2label: serde_json::Map<_, _> = labels
        .iter()
        .enumerate()
        .map(|(i, l)| (i.to_string(), serde_json::Value::from(l.as_str())))
        .collect();
    let label2id: serde_json::Map<_, _> = labels
        .iter()
        .enumerate()
        .map(|(i, l)| (l.clone(), serde_json::Value::from(i)))
        .collect();
    obj.insert("id2label".into(), id2label.into());
    obj.insert("label2id".into(), label2id.into());
    let out = serde_json::to_string_pretty(&value).map_err(|source| Error::Json {
        path: config.to_path_buf(),
        source,
    })?;
    fs::write(config, out).map_err(|e| Error::io(config, e))?;
    Ok(true)
}

fn write_lock(dir: &Path, lock: &Lock) -> Result<()> {
    let path = dir.join(LOCK_FILE);
    let text = serde_json::to_string_pretty(lock).map_err(|source| Error::Json {
        path: path.clone(),
        source,
    })?;
    fs::write(&path, text + "\n").map_err(|e| Error::io(&path, e))
}

/// Reads `gainsay-model.json` from a model directory, if it has one.
pub fn read_lock(dir: &Path) -> Result<Option<Lock>> {
    let path = dir.join(LOCK_FILE);
    let text = match fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Error::io(&path, e)),
    };
    serde_json::from_str(&text)
        .map(Some)
        .map_err(|source| Error::Json { path, source })
}

/// Size and lower-case hex sha256 of a file.
pub fn hash_file(path: &Path) -> Result<(u64, String)> {
    let mut file = File::open(path).map_err(|e| Error::io(path, e))?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 256 * 1024];
    let mut size = 0u64;
    loop {
        let n = file.read(&mut buf).map_err(|e| Error::io(path, e))?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
        size += n as u64;
    }
    let hex = hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    Ok((size, hex))
}

fn remove_file_if_exists(path: &Path) -> Result<()> {
    match fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(Error::io(path, e)),
        _ => Ok(()),
    }
}

/// A model directory whose files match their recorded sha256s and which opens as a model.
#[derive(Debug, Clone, Serialize)]
pub struct Verified {
    /// Registry name.
    pub name: String,
    /// The directory checked.
    pub path: PathBuf,
    /// Each file with the size and sha256 found.
    pub files: Vec<VerifiedFile>,
    /// `id2label` as the directory's config gives it.
    pub labels: Vec<String>,
}

/// One checked file.
#[derive(Debug, Clone, Serialize)]
pub struct VerifiedFile {
    /// Name in the model directory.
    pub local: String,
    /// Size in bytes.
    pub size: u64,
    /// sha256 found (equal to the expected one).
    pub sha256: String,
}

/// Re-hashes the files of `entry` in `dir` against the lock file and the registry, then opens the
/// directory as a model. The first mismatch is an [`Error::Checksum`].
pub fn verify(entry: &Entry, dir: &Path) -> Result<Verified> {
    let lock = read_lock(dir)?;
    let mut files = Vec::with_capacity(entry.files.len());
    for spec in &entry.files {
        let path = dir.join(&spec.local);
        if !path.is_file() {
            return Err(Error::invalid_model(
                dir,
                format!("{} is missing", spec.local),
            ));
        }
        let locked = lock
            .as_ref()
            .and_then(|l| l.files.iter().find(|f| f.local == spec.local));
        if let (Some(l), Some(registry)) = (locked, &spec.sha256) {
            if l.remote_sha256 != *registry {
                return Err(Error::Checksum {
                    path,
                    expected: registry.clone(),
                    actual: l.remote_sha256.clone(),
                });
            }
        }
        let expected = match (locked, &spec.sha256) {
            (Some(l), _) => &l.sha256,
            (None, Some(registry)) => registry,
            (None, None) => {
                return Err(Error::invalid_model(
                    dir,
                    format!(
                        "no recorded sha256 for {} ({LOCK_FILE} is missing or incomplete); \
                         run `gainsay models pull --force {}`",
                        spec.local, entry.name
                    ),
                ))
            }
        };
        let (size, sha256) = hash_file(&path)?;
        if sha256 != *expected {
            return Err(Error::Checksum {
                path,
                expected: expected.clone(),
                actual: sha256,
            });
        }
        files.push(VerifiedFile {
            local: spec.local.clone(),
            size,
            sha256,
        });
    }
    let model = ModelDir::open(dir)?;
    Ok(Verified {
        name: entry.name.clone(),
        path: dir.to_path_buf(),
        files,
        labels: model.label_names,
    })
}

/// What `gainsay models list` shows, in a stable, versioned shape.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ModelList {
    /// [`FORMAT_VERSION`].
    pub version: u32,
    /// The models cache searched.
    pub cache_dir: PathBuf,
    /// Registry models first, then model folders in the cache that the registry does not know.
    pub models: Vec<ModelStatus>,
}

/// One model and whether it is here.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ModelStatus {
    /// Name for `--model`.
    pub name: String,
    /// Registry source; `None` for a folder the registry does not list.
    pub source: Option<Source>,
    /// Hub repository.
    pub repo: Option<String>,
    /// Revision the registry pins.
    pub revision: Option<String>,
    /// Licence, where the registry gives one.
    pub licence: Option<String>,
    /// One line about the model.
    pub description: String,
    /// Bytes on disk when present, else the registry's total where known.
    pub size: Option<u64>,
    /// The model folder, when present.
    pub path: Option<PathBuf>,
}

/// Registry models with their local state, plus unregistered model folders in `cache_dir`.
pub fn list(registry: &Registry, cache_dir: &Path) -> ModelList {
    let mut models: Vec<ModelStatus> = registry
        .models
        .iter()
        .map(|e| {
            let path = installed(e, cache_dir);
            ModelStatus {
                name: e.name.clone(),
                source: Some(e.source),
                repo: e.repo.clone(),
                revision: (e.source == Source::Hub).then(|| e.revision.clone()),
                licence: Some(e.licence.clone()),
                description: e.description.clone(),
                size: path.as_deref().map(dir_size).or(e.size()),
                path,
            }
        })
        .collect();
    let mut extra: Vec<ModelStatus> = fs::read_dir(cache_dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|d| {
            let name = d.file_name().to_str()?.to_string();
            let path = d.path();
            let known = registry.models.iter().any(|m| m.name == name);
            (!known && path.join(MODEL_FILE).is_file()).then(|| ModelStatus {
                name,
                source: None,
                repo: None,
                revision: None,
                licence: None,
                description: "model folder in the cache, not in the registry".into(),
                size: Some(dir_size(&path)),
                path: Some(path),
            })
        })
        .collect();
    extra.sort_by(|a, b| a.name.cmp(&b.name));
    models.extend(extra);
    ModelList {
        version: FORMAT_VERSION,
        cache_dir: cache_dir.to_path_buf(),
        models,
    }
}

fn dir_size(dir: &Path) -> u64 {
    fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| e.metadata().ok())
        .filter(|m| m.is_file())
        .map(|m| m.len())
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_follow_the_hub_layout() {
        assert_eq!(
            file_url("https://hf.example/", "o/m", "refs/pr/1", "onnx/model.onnx"),
            "https://hf.example/o/m/resolve/refs%2Fpr%2F1/onnx/model.onnx"
        );
    }

    #[test]
    fn hashes_are_lower_hex() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("f");
        fs::write(&p, b"abc").unwrap();
        let (size, h) = hash_file(&p).unwrap();
        assert_eq!(size, 3);
        assert_eq!(
            h,
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn id2label_is_added_only_when_missing() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join(CONFIG_FILE);
        let labels = ["contradiction", "entailment", "neutral"].map(String::from);
        fs::write(&p, r#"{"hidden_size": 4}"#).unwrap();
        assert!(add_missing_id2label(&p, &labels).unwrap());
        let v: serde_json::Value = serde_json::from_str(&fs::read_to_string(&p).unwrap()).unwrap();
        assert_eq!(v["id2label"]["2"], "neutral");
        assert_eq!(v["label2id"]["entailment"], 1);
        assert!(!add_missing_id2label(&p, &labels).unwrap());
    }

    #[test]
    fn offline_flag_values() {
        assert!(is_truthy("1") && is_truthy("TRUE") && is_truthy(" on"));
        assert!(!is_truthy("0") && !is_truthy("false") && !is_truthy(""));
    }
}
