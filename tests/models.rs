//! Model downloads against a local HTTP server on 127.0.0.1, and the `gainsay models` CLI.
//!
//! The server serves the bundled model's files under hub-style `/{repo}/resolve/{rev}/{path}` URLs
//! and can misbehave on purpose (cut a transfer, never answer, demand a token). Every server thread
//! stops when its test drops it, and by itself after a deadline.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use gainsay::model::download::{self, ModelList, NoProgress, PullOptions, LOCK_FILE};
use gainsay::model::registry::{Entry, Registry};
use gainsay::model::ModelDir;
use gainsay::Error;

const REPO: &str = "test/minilm";
const NAME: &str = "test-minilm";
/// No server thread outlives this, whatever the test does.
const SERVER_DEADLINE: Duration = Duration::from_secs(60);

fn bundled(file: &str) -> Vec<u8> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("models/minilm-l6-nli")
        .join(file);
    std::fs::read(p).unwrap()
}

/// The hub's files: URL path → bytes.
fn hub_files() -> HashMap<String, Vec<u8>> {
    [
        ("onnx/model.onnx", "model.onnx"),
        ("tokenizer.json", "tokenizer.json"),
        ("config.json", "config.json"),
    ]
    .into_iter()
    .map(|(remote, local)| (format!("/{REPO}/resolve/main/{remote}"), bundled(local)))
    .collect()
}

fn registry_text(model_sha256: Option<&str>) -> String {
    let sha = model_sha256
        .map(|s| format!(", sha256 = \"{s}\""))
        .unwrap_or_default();
    format!(
        r#"
version = 1
[[model]]
name = "{NAME}"
repo = "{REPO}"
licence = "Apache-2.0"
labels = ["contradiction", "entailment", "neutral"]
files = [
    {{ remote = "onnx/model.onnx", local = "model.onnx"{sha} }},
    {{ remote = "tokenizer.json", local = "tokenizer.json" }},
    {{ remote = "config.json", local = "config.json" }},
]
"#
    )
}

fn entry(model_sha256: Option<&str>) -> Entry {
    Registry::parse(&registry_text(model_sha256), Path::new("test.toml"))
        .unwrap()
        .get(NAME)
        .unwrap()
        .clone()
}

fn options(server: &Server, cache: &Path) -> PullOptions {
    let mut o = PullOptions::new(cache);
    o.endpoint = server.base.clone();
    o.connect_timeout = Duration::from_secs(5);
    o.read_timeout = Duration::from_secs(5);
    o.retries = 0;
    o
}

fn sha256(bytes: &[u8]) -> String {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("f");
    std::fs::write(&p, bytes).unwrap();
    download::hash_file(&p).unwrap().1
}

#[derive(Debug, Clone, Copy)]
enum Mode {
    Normal,
    /// Send the headers and only this many bytes of `model.onnx`, once; then behave.
    CutOnce(usize),
    /// Read the request and never answer.
    Hang,
    /// Answer 401 unless `Authorization: Bearer TOKEN`.
    Token(&'static str),
}

#[derive(Debug, Clone)]
struct Request {
    path: String,
    headers: HashMap<String, String>,
}

struct Server {
    base: String,
    log: Arc<Mutex<Vec<Request>>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Server {
    fn start(files: HashMap<String, Vec<u8>>, mode: Mode) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let log = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let (log2, stop2) = (log.clone(), stop.clone());
        let thread = std::thread::spawn(move || {
            let deadline = Instant::now() + SERVER_DEADLINE;
            let mut cut_done = false;
            let running = || !stop2.load(Ordering::Relaxed) && Instant::now() < deadline;
            while running() {
                match listener.accept() {
                    Ok((stream, _)) => {
                        let _ = serve(stream, &files, mode, &mut cut_done, &log2, &running);
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(5)),
                }
            }
        });
        Server {
            base,
            log,
            stop,
            thread: Some(thread),
        }
    }

    fn requests(&self) -> Vec<Request> {
        self.log.lock().unwrap().clone()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn serve(
    stream: TcpStream,
    files: &HashMap<String, Vec<u8>>,
    mode: Mode,
    cut_done: &mut bool,
    log: &Mutex<Vec<Request>>,
    running: &dyn Fn() -> bool,
) -> std::io::Result<()> {
    stream.set_nonblocking(false)?;
    stream.set_read_timeout(Some(Duration::from_secs(5)))?;
    stream.set_write_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let path = line.split_whitespace().nth(1).unwrap_or("").to_string();
    let mut headers = HashMap::new();
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h)? == 0 || h.trim().is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            headers.insert(k.trim().to_ascii_lowercase(), v.trim().to_string());
        }
    }
    log.lock().unwrap().push(Request {
        path: path.clone(),
        headers: headers.clone(),
    });
    let mut out = stream;
    let empty = |status: &str| {
        format!("HTTP/1.1 {status}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
    };
    match mode {
        Mode::Hang => {
            while running() {
                std::thread::sleep(Duration::from_millis(10));
            }
            return Ok(());
        }
        Mode::Token(t) if headers.get("authorization") != Some(&format!("Bearer {t}")) => {
            return out.write_all(empty("401 Unauthorized").as_bytes());
        }
        _ => {}
    }
    let Some(data) = files.get(&path) else {
        return out.write_all(empty("404 Not Found").as_bytes());
    };
    let start: usize = headers
        .get("range")
        .and_then(|r| r.strip_prefix("bytes="))
        .and_then(|r| r.strip_suffix('-'))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    if start >= data.len() && start > 0 {
        return out.write_all(empty("416 Range Not Satisfiable").as_bytes());
    }
    let body = &data[start..];
    let head = if start > 0 {
        format!(
            "HTTP/1.1 206 Partial Content\r\nContent-Length: {}\r\nContent-Range: bytes {start}-{}/{}\r\nConnection: close\r\n\r\n",
            body.len(),
            data.len() - 1,
            data.len()
        )
    } else {
        format!(
            "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        )
    };
    out.write_all(head.as_bytes())?;
    match mode {
        Mode::CutOnce(n) if !*cut_done && path.ends_with("model.onnx") => {
            *cut_done = true;
            out.write_all(&body[..n])?;
            out.flush()?;
            out.shutdown(std::net::Shutdown::Both)
        }
        _ => out.write_all(body),
    }
}

fn model_requests(server: &Server) -> Vec<Request> {
    server
        .requests()
        .into_iter()
        .filter(|r| r.path.ends_with("model.onnx"))
        .collect()
}

#[test]
fn complete_pull_records_sha256_and_opens() {
    let server = Server::start(hub_files(), Mode::Normal);
    let cache = tempfile::tempdir().unwrap();
    let e = entry(None);
    let dir = download::pull(&e, &options(&server, cache.path()), &mut NoProgress).unwrap();
    assert_eq!(dir, cache.path().join(NAME));
    assert_eq!(
        std::fs::read(dir.join("model.onnx")).unwrap(),
        bundled("model.onnx")
    );
    assert!(!cache.path().join(format!("{NAME}.partial")).exists());

    let lock = download::read_lock(&dir)
        .unwrap()
        .expect("lock file written");
    assert_eq!(lock.repo, REPO);
    let model = lock.files.iter().find(|f| f.local == "model.onnx").unwrap();
    assert_eq!(model.sha256, sha256(&bundled("model.onnx")));
    assert_eq!(model.remote, "onnx/model.onnx");

    let m = ModelDir::open(&dir).unwrap();
    assert_eq!(m.name, NAME);
    assert!(m.has_contradiction());
    download::verify(&e, &dir).unwrap();

    // Trust on first use: a file changed after the pull fails verification.
    let tok = dir.join("tokenizer.json");
    let mut bytes = std::fs::read(&tok).unwrap();
    bytes.push(b' ');
    std::fs::write(&tok, bytes).unwrap();
    let err = download::verify(&e, &dir).unwrap_err();
    assert!(
        matches!(&err, Error::Checksum { path, .. } if *path == tok),
        "{err}"
    );
}

#[test]
fn interrupted_transfer_resumes_with_a_range_request() {
    let server = Server::start(hub_files(), Mode::CutOnce(1_000_000));
    let cache = tempfile::tempdir().unwrap();
    let mut o = options(&server, cache.path());
    o.retries = 1;
    let dir = download::pull(&entry(None), &o, &mut NoProgress).unwrap();
    assert_eq!(
        std::fs::read(dir.join("model.onnx")).unwrap(),
        bundled("model.onnx")
    );
    let reqs = model_requests(&server);
    assert_eq!(reqs.len(), 2, "{reqs:?}");
    assert_eq!(reqs[0].headers.get("range"), None);
    assert_eq!(
        reqs[1].headers.get("range").map(String::as_str),
        Some("bytes=1000000-")
    );
}

#[test]
fn broken_pull_keeps_its_part_file_and_the_next_pull_resumes() {
    let server = Server::start(hub_files(), Mode::CutOnce(777_777));
    let cache = tempfile::tempdir().unwrap();
    let o = options(&server, cache.path());
    let err = download::pull(&entry(None), &o, &mut NoProgress).unwrap_err();
    assert!(matches!(err, Error::Network { .. }), "{err}");
    let part = cache.path().join(format!("{NAME}.partial/model.onnx.part"));
    assert_eq!(std::fs::metadata(&part).unwrap().len(), 777_777);
    assert!(
        !cache.path().join(NAME).exists(),
        "incomplete model must stay invisible"
    );

    let dir = download::pull(&entry(None), &o, &mut NoProgress).unwrap();
    assert_eq!(
        std::fs::read(dir.join("model.onnx")).unwrap(),
        bundled("model.onnx")
    );
    let reqs = model_requests(&server);
    assert_eq!(
        reqs.last()
            .unwrap()
            .headers
            .get("range")
            .map(String::as_str),
        Some("bytes=777777-")
    );
}

#[test]
fn checksum_mismatch_is_refused_and_leaves_no_model() {
    let server = Server::start(hub_files(), Mode::Normal);
    let cache = tempfile::tempdir().unwrap();
    let wrong = "0".repeat(64);
    let err = download::pull(
        &entry(Some(&wrong)),
        &options(&server, cache.path()),
        &mut NoProgress,
    )
    .unwrap_err();
    match &err {
        Error::Checksum {
            expected, actual, ..
        } => {
            assert_eq!(*expected, wrong);
            assert_eq!(*actual, sha256(&bundled("model.onnx")));
        }
        other => panic!("expected a checksum error, got {other}"),
    }
    assert!(!cache.path().join(NAME).exists());
    let staging = cache.path().join(format!("{NAME}.partial"));
    assert!(!staging.join("model.onnx").exists());
    assert!(!staging.join("model.onnx.part").exists());
    assert!(gainsay::model::ModelDir::open(cache.path().join(NAME)).is_err());

    // The right hash goes through.
    let right = sha256(&bundled("model.onnx"));
    download::pull(
        &entry(Some(&right)),
        &options(&server, cache.path()),
        &mut NoProgress,
    )
    .unwrap();
}

#[test]
fn missing_file_is_reported_with_status_and_url() {
    let mut files = hub_files();
    files.retain(|k, _| !k.ends_with("tokenizer.json"));
    let server = Server::start(files, Mode::Normal);
    let cache = tempfile::tempdir().unwrap();
    let err = download::pull(
        &entry(None),
        &options(&server, cache.path()),
        &mut NoProgress,
    )
    .unwrap_err();
    let expected_url = format!("{}/{REPO}/resolve/main/tokenizer.json", server.base);
    assert!(
        matches!(&err, Error::HttpStatus { status: 404, url } if *url == expected_url),
        "{err}"
    );
    assert!(err.to_string().contains("404") && err.to_string().contains(&expected_url));
}

#[test]
fn silent_server_times_out_clearly() {
    let server = Server::start(hub_files(), Mode::Hang);
    let cache = tempfile::tempdir().unwrap();
    let mut o = options(&server, cache.path());
    o.read_timeout = Duration::from_millis(300);
    let t = Instant::now();
    let err = download::pull(&entry(None), &o, &mut NoProgress).unwrap_err();
    assert!(
        t.elapsed() < Duration::from_secs(10),
        "took {:?}",
        t.elapsed()
    );
    assert!(
        matches!(&err, Error::Timeout { phase: "data", limit, .. } if *limit == Duration::from_millis(300)),
        "{err:?}"
    );
    assert!(err.to_string().contains("timed out"), "{err}");
}

#[test]
fn offline_mode_uses_only_the_cache() {
    let server = Server::start(hub_files(), Mode::Normal);
    let cache = tempfile::tempdir().unwrap();
    let mut o = options(&server, cache.path());
    o.offline = true;
    let err = download::pull(&entry(None), &o, &mut NoProgress).unwrap_err();
    assert!(
        matches!(&err, Error::Offline { name } if name == NAME),
        "{err}"
    );
    assert!(server.requests().is_empty());

    o.offline = false;
    download::pull(&entry(None), &o, &mut NoProgress).unwrap();
    let before = server.requests().len();
    o.offline = true;
    let dir = download::pull(&entry(None), &o, &mut NoProgress).unwrap();
    assert_eq!(dir, cache.path().join(NAME));
    assert_eq!(server.requests().len(), before);
}

#[test]
fn token_is_sent_as_bearer() {
    let server = Server::start(hub_files(), Mode::Token("hf_secret"));
    let cache = tempfile::tempdir().unwrap();
    let mut o = options(&server, cache.path());
    let err = download::pull(&entry(None), &o, &mut NoProgress).unwrap_err();
    assert!(
        matches!(err, Error::HttpStatus { status: 401, .. }),
        "{err}"
    );
    o.token = Some("hf_secret".into());
    download::pull(&entry(None), &o, &mut NoProgress).unwrap();
    assert!(server
        .requests()
        .iter()
        .any(|r| r.headers.get("authorization").map(String::as_str) == Some("Bearer hf_secret")));
}

#[test]
fn config_without_id2label_gets_the_registry_labels() {
    let mut files = hub_files();
    let key = format!("/{REPO}/resolve/main/config.json");
    let mut config: serde_json::Value = serde_json::from_slice(&files[&key]).unwrap();
    let obj = config.as_object_mut().unwrap();
    obj.remove("id2label");
    obj.remove("label2id");
    files.insert(key, serde_json::to_vec(&config).unwrap());
    let server = Server::start(files, Mode::Normal);
    let cache = tempfile::tempdir().unwrap();
    let e = entry(None);
    let dir = download::pull(&e, &options(&server, cache.path()), &mut NoProgress).unwrap();
    let m = ModelDir::open(&dir).unwrap();
    assert_eq!(m.label_names, ["contradiction", "entailment", "neutral"]);
    let lock = download::read_lock(&dir).unwrap().unwrap();
    let c = lock
        .files
        .iter()
        .find(|f| f.local == "config.json")
        .unwrap();
    assert_ne!(c.sha256, c.remote_sha256);
    download::verify(&e, &dir).unwrap();
}

/// `gainsay` with a clean environment: its own cache, no token, not offline.
fn gainsay(home: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_gainsay"));
    c.env("GAINSAY_HOME", home)
        .env_remove("GAINSAY_REGISTRY")
        .env_remove("HF_ENDPOINT")
        .env_remove("HF_TOKEN")
        .env_remove("GAINSAY_OFFLINE")
        .env_remove("HF_HUB_OFFLINE");
    c
}

fn list_json(cmd: &mut Command) -> ModelList {
    let out = cmd
        .args(["models", "list", "--format", "json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn cli_list_json_shows_registry_and_presence() {
    let home = tempfile::tempdir().unwrap();
    let list = list_json(&mut gainsay(home.path()));
    assert_eq!(list.version, 1);
    assert_eq!(list.cache_dir, home.path().join("models"));
    let get = |n: &str| list.models.iter().find(|m| m.name == n).unwrap();
    assert!(
        get("minilm-l6-nli").path.is_some(),
        "bundled model is present"
    );
    let x = get("deberta-v3-xsmall");
    assert_eq!(x.path, None);
    assert_eq!(
        x.repo.as_deref(),
        Some("cross-encoder/nli-deberta-v3-xsmall")
    );
    assert_eq!(x.licence.as_deref(), Some("Apache-2.0"));
}

#[test]
fn cli_pull_then_list_and_verify() {
    let server = Server::start(hub_files(), Mode::Normal);
    let home = tempfile::tempdir().unwrap();
    let registry = home.path().join("registry.toml");
    std::fs::write(&registry, registry_text(None)).unwrap();
    let run = |args: &[&str]| {
        gainsay(home.path())
            .env("GAINSAY_REGISTRY", &registry)
            .env("HF_ENDPOINT", &server.base)
            .args(args)
            .output()
            .unwrap()
    };
    let out = run(&["models", "pull", NAME]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let dir = PathBuf::from(String::from_utf8(out.stdout).unwrap().trim());
    assert_eq!(dir, home.path().join("models").join(NAME));
    assert!(dir.join(LOCK_FILE).is_file());

    let list = list_json(gainsay(home.path()).env("GAINSAY_REGISTRY", &registry));
    assert_eq!(list.models[0].path.as_deref(), Some(dir.as_path()));

    assert!(run(&["models", "verify", NAME]).status.success());
    std::fs::write(dir.join("config.json"), b"{}").unwrap();
    let out = run(&["models", "verify"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("FAILED"));

    let out = gainsay(home.path())
        .env("GAINSAY_REGISTRY", &registry)
        .env("GAINSAY_OFFLINE", "1")
        .args(["models", "pull", "--force", NAME])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("offline"));
}
