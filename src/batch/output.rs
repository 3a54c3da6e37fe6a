//! The per-document JSON Lines output: one whole line per document, appended as documents
//! finish, and resumable after a kill.
//!
//! A kill can leave at most one partial line at the end of the file (the writer only ever
//! appends whole lines). [`open`] with `resume` cuts such a line off and returns the ids already
//! written, so the run goes on where it stopped and every document appears exactly once.

use std::collections::HashSet;
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::report::{Contradiction, Dispute, DocumentReport, Stats, Target};

/// The schema name written into every per-document line.
pub const LINE_SCHEMA: &str = "gainsay.batch.v1";

/// One line of the output: a document's id and metadata, and its analysis or why it has none.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocLine {
    /// Always [`LINE_SCHEMA`].
    pub schema: String,
    /// The document's stable id.
    pub id: String,
    /// Where it was read from: a path, or `PATH:LINE`.
    pub location: String,
    /// The outlet named in the record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Title, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Date as given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The analysis (absent when the document could not be read).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub analysis: Option<DocAnalysis>,
    /// Why the document was not analysed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<LineError>,
}

/// A document's analysis in `analyze`'s report types, as `gainsay analyze` would report it for
/// this document alone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocAnalysis {
    /// The document with its claims and their stance.
    pub document: DocumentReport,
    /// Targets stance was measured against (the document's dispute propositions, or the user's).
    pub targets: Vec<Target>,
    /// Contradictions within the document.
    pub contradictions: Vec<Contradiction>,
    /// Disputes within the document.
    pub disputes: Vec<Dispute>,
    /// Counts (never timings: lines must be reproducible byte for byte).
    pub stats: Stats,
}

/// Why a document has no analysis.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineError {
    /// A short machine-readable kind: `too_large`, `empty`, `not_utf8`, `binary`, `io`, `bad_record`.
    pub kind: String,
    /// The message with its causes.
    pub message: String,
}

impl LineError {
    /// Describes `e` for the output file.
    pub fn from_error(e: &Error) -> Self {
        let kind = match e {
            Error::DocumentTooLarge { .. } => "too_large",
            Error::EmptyDocument { .. } => "empty",
            Error::InvalidUtf8 { .. } => "not_utf8",
            Error::BinaryInput { .. } => "binary",
            Error::Io { .. } => "io",
            _ => "bad_record",
        };
        LineError {
            kind: kind.into(),
            message: error_chain(e),
        }
    }
}

/// An error and its causes on one line: `a: b: c`.
pub fn error_chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut cur = e.source();
    while let Some(c) = cur {
        let m = c.to_string();
        if !s.contains(&m) {
            s.push_str(": ");
            s.push_str(&m);
        }
        cur = c.source();
    }
    s
}

/// Just enough of a line to know which document it is.
#[derive(Deserialize)]
struct Head {
    id: String,
}

/// Ids already in an output file, as 64-bit hashes (8 bytes a document, however long the id).
#[derive(Debug, Default, Clone)]
pub struct DoneIds {
    hashes: HashSet<u64>,
}

impl DoneIds {
    /// Whether `id` is already done.
    pub fn contains(&self, id: &str) -> bool {
        self.hashes.contains(&id_hash(id))
    }

    /// Marks `id` done; false when it already was.
    pub fn insert(&mut self, id: &str) -> bool {
        self.hashes.insert(id_hash(id))
    }

    /// How many ids.
    pub fn len(&self) -> usize {
        self.hashes.len()
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.hashes.is_empty()
    }
}

/// FNV-1a, 64 bits: stable across machines, versions and runs (unlike std's hasher), which
/// `--shard` needs and resume does not mind.
pub fn id_hash(id: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in id.as_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// What [`open`] found in an existing file.
#[derive(Debug, Default)]
pub struct Resumed {
    /// Ids already written.
    pub done: DoneIds,
    /// Bytes of a partial or damaged last line that were cut off.
    pub truncated: u64,
}

/// Opens the output for appending. Without `resume` an existing non-empty file is an error unless
/// `overwrite`; with it, a partial last line is cut off and the ids already written are returned.
pub fn open(path: &Path, resume: bool, overwrite: bool) -> Result<(LineWriter, Resumed)> {
    let exists = std::fs::metadata(path)
        .map(|m| m.len() > 0)
        .unwrap_or(false);
    if exists && !resume && !overwrite {
        return Err(Error::OutputExists {
            path: path.to_path_buf(),
        });
    }
    let mut resumed = Resumed::default();
    if resume && exists {
        resumed = repair(path)?;
    }
    let file = OpenOptions::new()
        .create(true)
        .write(true)
        .append(resume)
        .truncate(!resume)
        .open(path)
        .map_err(|e| Error::io(path, e))?;
    Ok((LineWriter::new(file, path), resumed))
}

/// Reads an existing output: collects its ids and cuts off a partial or unparsable last line.
fn repair(path: &Path) -> Result<Resumed> {
    let file = File::open(path).map_err(|e| Error::io(path, e))?;
    let mut reader = BufReader::with_capacity(1 << 16, file);
    let mut resumed = Resumed::default();
    let (mut good_end, mut lineno) = (0u64, 0u64);
    let mut buf = Vec::new();
    let mut pending_error: Option<(u64, serde_json::Error)> = None;
    loop {
        buf.clear();
        let n = reader
            .read_until(b'\n', &mut buf)
            .map_err(|e| Error::io(path, e))?;
        if n == 0 {
            break;
        }
        lineno += 1;
        if let Some((line, source)) = pending_error.take() {
            // A bad line with more after it is damage, not an interrupted write.
            return Err(Error::CorruptOutput {
                path: path.to_path_buf(),
                line,
                source,
            });
        }
        let whole = buf.last() == Some(&b'\n');
        match serde_json::from_slice::<Head>(&buf) {
            Ok(h) if whole => {
                resumed.done.insert(&h.id);
                good_end += n as u64;
            }
            Ok(_) => break,
            Err(e) if whole => pending_error = Some((lineno, e)),
            Err(_) => break,
        }
    }
    let len = std::fs::metadata(path)
        .map_err(|e| Error::io(path, e))?
        .len();
    if good_end < len {
        let f = OpenOptions::new()
            .write(true)
            .open(path)
            .map_err(|e| Error::io(path, e))?;
        f.set_len(good_end).map_err(|e| Error::io(path, e))?;
        f.sync_all().map_err(|e| Error::io(path, e))?;
        resumed.truncated = len - good_end;
    }
    Ok(resumed)
}

/// Appends whole lines, flushing each and syncing to disk now and then.
#[derive(Debug)]
pub struct LineWriter {
    file: File,
    path: PathBuf,
    last_sync: Instant,
    unsynced: usize,
}

/// Sync at least this often (and on finish), so a power cut loses little.
const SYNC_EVERY: Duration = Duration::from_secs(5);

impl LineWriter {
    fn new(file: File, path: &Path) -> Self {
        LineWriter {
            file,
            path: path.to_path_buf(),
            last_sync: Instant::now(),
            unsynced: 0,
        }
    }

    /// Writes `line` (which must end with `\n` and hold no other newline) in one `write` call.
    pub fn write_line(&mut self, line: &[u8]) -> Result<()> {
        debug_assert!(line.ends_with(b"\n"));
        self.file
            .write_all(line)
            .map_err(|e| Error::io(&self.path, e))?;
        self.unsynced += 1;
        if self.last_sync.elapsed() >= SYNC_EVERY {
            self.sync()?;
        }
        Ok(())
    }

    /// Forces what was written to disk.
    pub fn sync(&mut self) -> Result<()> {
        if self.unsynced > 0 {
            self.file
                .sync_data()
                .map_err(|e| Error::io(&self.path, e))?;
            self.unsynced = 0;
        }
        self.last_sync = Instant::now();
        Ok(())
    }

    /// Position at the end of what was written so far.
    pub fn position(&mut self) -> Result<u64> {
        self.file
            .seek(SeekFrom::End(0))
            .map_err(|e| Error::io(&self.path, e))
    }
}

/// Streams the lines of batch output files, in order, parsed.
pub fn read_lines(paths: &[PathBuf]) -> impl Iterator<Item = Result<(PathBuf, u64, DocLine)>> + '_ {
    paths.iter().flat_map(|path| {
        let file = File::open(path).map_err(|e| Error::io(path, e));
        let lines: Box<dyn Iterator<Item = Result<(PathBuf, u64, DocLine)>>> = match file {
            Err(e) => Box::new(std::iter::once(Err(e))),
            Ok(f) => Box::new(
                BufReader::with_capacity(1 << 16, f)
                    .lines()
                    .enumerate()
                    .filter(|(_, l)| l.as_ref().map_or(true, |l| !l.trim().is_empty()))
                    .map(move |(i, l)| {
                        let line = i as u64 + 1;
                        let l = l.map_err(|e| Error::io(path, e))?;
                        let doc = serde_json::from_str::<DocLine>(&l).map_err(|source| {
                            Error::CorruptOutput {
                                path: path.clone(),
                                line,
                                source,
                            }
                        })?;
                        Ok((path.clone(), line, doc))
                    }),
            ),
        };
        lines
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(id: &str) -> String {
        let l = DocLine {
            schema: LINE_SCHEMA.into(),
            id: id.into(),
            location: format!("{id}.txt"),
            source: None,
            title: None,
            date: None,
            analysis: None,
            error: Some(LineError {
                kind: "empty".into(),
                message: "x".into(),
            }),
        };
        serde_json::to_string(&l).unwrap() + "\n"
    }

    #[test]
    fn resume_cuts_a_partial_last_line_and_keeps_whole_ones() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("out.jsonl");
        let partial = &line("c")[..20];
        std::fs::write(&p, format!("{}{}{partial}", line("a"), line("b"))).unwrap();
        let (mut w, r) = open(&p, true, false).unwrap();
        assert_eq!(r.done.len(), 2);
        assert!(r.done.contains("a") && r.done.contains("b") && !r.done.contains("c"));
        assert_eq!(r.truncated, 20);
        w.write_line(line("c").as_bytes()).unwrap();
        drop(w);
        let ids: Vec<String> = read_lines(&[p]).map(|l| l.unwrap().2.id).collect();
        assert_eq!(ids, ["a", "b", "c"]);
    }

    #[test]
    fn damage_before_the_end_is_an_error_and_existing_output_needs_a_flag() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("out.jsonl");
        std::fs::write(&p, format!("{}garbage\n{}", line("a"), line("b"))).unwrap();
        let err = open(&p, true, false).unwrap_err();
        assert!(matches!(err, Error::CorruptOutput { line: 2, .. }), "{err}");
        let err = open(&p, false, false).unwrap_err();
        assert!(matches!(err, Error::OutputExists { .. }));
        assert!(open(&p, false, true).is_ok());
        assert_eq!(std::fs::metadata(&p).unwrap().len(), 0);
    }

    #[test]
    fn id_hash_is_stable() {
        assert_eq!(id_hash(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(id_hash("a"), 0xaf63_dc4c_8601_ec8c);
    }
}
