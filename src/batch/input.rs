//! Input readers: directory trees of `.txt`/`.md`/`.html` files, JSON Lines, CSV and stdin,
//! streamed one record at a time so memory does not grow with the corpus.
//!
//! Every record has a stable id: the one it carries, else one derived from where it was found
//! (a file's path relative to the directory given, or `FILE:LINE` for a line of JSON Lines or CSV).

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::ingest;

/// A document read from the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputDoc {
    /// Stable id.
    pub id: String,
    /// Where it was read from: a path, or `PATH:LINE`.
    pub location: String,
    /// The outlet or source named in the record, when given.
    pub source: Option<String>,
    /// Title, when given (or an HTML page's `<title>`).
    pub title: Option<String>,
    /// Date as given, when given.
    pub date: Option<String>,
    /// The text.
    pub text: String,
}

/// A record that could not be read as a document.
#[derive(Debug)]
pub struct InputError {
    /// Its id, when one is known (a file's derived id, a JSON line's `id` field).
    pub id: Option<String>,
    /// Where it was: a path, or `PATH:LINE`.
    pub location: String,
    /// What went wrong.
    pub error: Error,
}

/// One record of the input stream.
pub type Record = std::result::Result<InputDoc, Box<InputError>>;

/// Field names read from JSON Lines and CSV records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fields {
    /// Document id (optional in the data: `FILE:LINE` when absent).
    pub id: String,
    /// The text (required).
    pub text: String,
    /// Title (optional).
    pub title: String,
    /// Outlet or source (optional).
    pub source: String,
    /// Date (optional).
    pub date: String,
}

impl Default for Fields {
    fn default() -> Self {
        Fields {
            id: "id".into(),
            text: "text".into(),
            title: "title".into(),
            source: "source".into(),
            date: "date".into(),
        }
    }
}

/// How a file's content is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One plain-text (or Markdown) document.
    Text,
    /// One HTML page, reduced to its article text.
    Html,
    /// One document per line.
    Jsonl,
    /// One document per row, with a header row.
    Csv,
}

impl Format {
    /// The format a file name implies; `None` for files a directory walk skips.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_string_lossy().to_ascii_lowercase();
        Some(match ext.as_str() {
            "txt" | "text" | "md" | "markdown" => Format::Text,
            "html" | "htm" | "xhtml" => Format::Html,
            "jsonl" | "ndjson" => Format::Jsonl,
            "csv" => Format::Csv,
            _ => return None,
        })
    }
}

/// How inputs are read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputOptions {
    /// Field names for JSON Lines and CSV.
    pub fields: Fields,
    /// What `-` (stdin) holds.
    pub stdin_format: Format,
    /// Documents longer than this (bytes) are reported, not analysed.
    pub max_doc_bytes: u64,
}

impl Default for InputOptions {
    fn default() -> Self {
        InputOptions {
            fields: Fields::default(),
            stdin_format: Format::Jsonl,
            max_doc_bytes: 10 * 1024 * 1024,
        }
    }
}

/// Streams the records of `inputs` (files, directories, or `-`) in a deterministic order:
/// arguments in the order given, directory entries sorted by name.
pub fn records(inputs: &[PathBuf], opts: &InputOptions) -> Records {
    let mut pending: Vec<Pending> = inputs
        .iter()
        .rev()
        .map(|p| Pending::Path {
            path: p.clone(),
            root: None,
        })
        .collect();
    pending.shrink_to_fit();
    Records {
        pending,
        current: None,
        opts: opts.clone(),
    }
}

/// Counts the records `inputs` hold, cheaply (files, lines, rows), for a progress bar's total.
/// Stdin is not counted; returns `None` when it is among the inputs.
pub fn count(inputs: &[PathBuf]) -> Option<u64> {
    let mut n = 0u64;
    let mut stack: Vec<(PathBuf, bool)> = inputs.iter().map(|p| (p.clone(), true)).collect();
    while let Some((path, given)) = stack.pop() {
        if path == Path::new("-") {
            return None;
        }
        if path.is_dir() {
            if let Ok(rd) = std::fs::read_dir(&path) {
                stack.extend(rd.flatten().map(|e| (e.path(), false)));
            }
            continue;
        }
        let format = Format::from_path(&path).or(given.then_some(Format::Text));
        n += match format {
            Some(Format::Jsonl) | Some(Format::Csv) => {
                let lines = count_lines(&path).unwrap_or(0);
                lines.saturating_sub(u64::from(format == Some(Format::Csv)))
            }
            Some(_) => 1,
            None => 0,
        };
    }
    Some(n)
}

fn count_lines(path: &Path) -> std::io::Result<u64> {
    let mut f = File::open(path)?;
    let mut buf = vec![0u8; 1 << 16];
    let mut n = 0u64;
    loop {
        let k = f.read(&mut buf)?;
        if k == 0 {
            return Ok(n);
        }
        n += memchr::memchr_iter(b'\n', &buf[..k]).count() as u64;
    }
}

enum Pending {
    /// A path given on the command line (`root: None`) or found under directory `root`.
    Path {
        path: PathBuf,
        root: Option<PathBuf>,
    },
}

/// An open multi-record source.
enum Current {
    Lines {
        reader: Box<dyn BufRead + Send>,
        name: String,
        line: u64,
        buf: Vec<u8>,
    },
    Csv {
        reader: Box<csv::Reader<Box<dyn Read + Send>>>,
        path: PathBuf,
        name: String,
        columns: Columns,
        /// Set after an I/O error, which ends the file.
        done: bool,
    },
}

/// Column indices of the fields in a CSV header.
#[derive(Debug, Clone, Copy)]
struct Columns {
    id: Option<usize>,
    text: Option<usize>,
    title: Option<usize>,
    source: Option<usize>,
    date: Option<usize>,
}

/// The record stream returned by [`records`].
pub struct Records {
    /// Paths still to visit, last first.
    pending: Vec<Pending>,
    current: Option<Current>,
    opts: InputOptions,
}

impl Iterator for Records {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        loop {
            if let Some(cur) = &mut self.current {
                match next_in(cur, &self.opts) {
                    Some(r) => return Some(r),
                    None => self.current = None,
                }
            }
            let Pending::Path { path, root } = self.pending.pop()?;
            if let Some(r) = self.open(path, root) {
                return Some(r);
            }
        }
    }
}

impl Records {
    /// Visits one path: a directory queues its entries, a single-document file yields its
    /// record, a JSONL or CSV file becomes the current source.
    fn open(&mut self, path: PathBuf, root: Option<PathBuf>) -> Option<Record> {
        if path == Path::new("-") {
            let stdin: Box<dyn Read + Send> = Box::new(std::io::stdin());
            return self.open_stream(
                stdin,
                "<stdin>",
                PathBuf::from("<stdin>"),
                self.opts.stdin_format,
                None,
            );
        }
        let id = derive_id(&path, root.as_deref());
        let location = path.display().to_string();
        let fail = |error| {
            Some(Err(Box::new(InputError {
                id: Some(id.clone()),
                location: location.clone(),
                error,
            })))
        };
        let meta = match std::fs::metadata(&path) {
            Ok(m) => m,
            Err(e) => return fail(Error::io(&path, e)),
        };
        if meta.is_dir() {
            let root = root.unwrap_or_else(|| path.clone());
            let mut entries: Vec<PathBuf> = match std::fs::read_dir(&path) {
                Ok(rd) => rd
                    .filter_map(|e| e.ok())
                    .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
                    .map(|e| e.path())
                    .filter(|p| p.is_dir() || Format::from_path(p).is_some())
                    .collect(),
                Err(e) => return fail(Error::io(&path, e)),
            };
            entries.sort();
            self.pending
                .extend(entries.into_iter().rev().map(|p| Pending::Path {
                    path: p,
                    root: Some(root.clone()),
                }));
            return None;
        }
        let format = Format::from_path(&path).unwrap_or(Format::Text);
        match format {
            Format::Text | Format::Html => {
                if meta.len() > self.opts.max_doc_bytes {
                    return fail(Error::DocumentTooLarge {
                        source_name: location.clone(),
                        bytes: meta.len(),
                        limit: self.opts.max_doc_bytes,
                    });
                }
                let bytes = match std::fs::read(&path) {
                    Ok(b) => b,
                    Err(e) => return fail(Error::io(&path, e)),
                };
                let (text, title) = match document_text(bytes, &location, format) {
                    Ok(t) => t,
                    Err(e) => return fail(e),
                };
                Some(Ok(InputDoc {
                    id,
                    location,
                    source: None,
                    title,
                    date: None,
                    text,
                }))
            }
            Format::Jsonl | Format::Csv => match File::open(&path) {
                Ok(f) => {
                    let name = file_name(&path);
                    self.open_stream(Box::new(f), &name, path, format, Some(id))
                }
                Err(e) => fail(Error::io(&path, e)),
            },
        }
    }

    fn open_stream(
        &mut self,
        reader: Box<dyn Read + Send>,
        name: &str,
        path: PathBuf,
        format: Format,
        id: Option<String>,
    ) -> Option<Record> {
        match format {
            Format::Jsonl => {
                self.current = Some(Current::Lines {
                    reader: Box::new(BufReader::with_capacity(1 << 16, reader)),
                    name: name.to_string(),
                    line: 0,
                    buf: Vec::new(),
                });
                None
            }
            Format::Csv => {
                let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(reader);
                let headers = match reader.byte_headers() {
                    Ok(h) => h.clone(),
                    Err(source) => {
                        return Some(Err(Box::new(InputError {
                            id,
                            location: path.display().to_string(),
                            error: Error::Csv { path, source },
                        })))
                    }
                };
                let f = &self.opts.fields;
                let col = |name: &str| headers.iter().position(|h| h == name.as_bytes());
                let columns = Columns {
                    id: col(&f.id),
                    text: col(&f.text),
                    title: col(&f.title),
                    source: col(&f.source),
                    date: col(&f.date),
                };
                if columns.text.is_none() {
                    return Some(Err(Box::new(InputError {
                        id,
                        location: path.display().to_string(),
                        error: Error::MissingField {
                            source_name: format!("{} (header)", path.display()),
                            field: f.text.clone(),
                            expected: "column",
                        },
                    })));
                }
                self.current = Some(Current::Csv {
                    reader: Box::new(reader),
                    path,
                    name: name.to_string(),
                    columns,
                    done: false,
                });
                None
            }
            // Stdin as one document.
            Format::Text | Format::Html => {
                let mut bytes = Vec::new();
                let limit = self.opts.max_doc_bytes;
                let location = name.to_string();
                let fail = |error| {
                    Some(Err(Box::new(InputError {
                        id: Some("stdin".into()),
                        location: location.clone(),
                        error,
                    })))
                };
                if let Err(e) = reader.take(limit + 1).read_to_end(&mut bytes) {
                    return fail(Error::io(&path, e));
                }
                if bytes.len() as u64 > limit {
                    return fail(Error::DocumentTooLarge {
                        source_name: location.clone(),
                        bytes: bytes.len() as u64,
                        limit,
                    });
                }
                let (text, title) = match document_text(bytes, &location, format) {
                    Ok(t) => t,
                    Err(e) => return fail(e),
                };
                Some(Ok(InputDoc {
                    id: "stdin".into(),
                    location,
                    source: None,
                    title,
                    date: None,
                    text,
                }))
            }
        }
    }
}

/// The next record of a JSONL or CSV source; `None` at its end.
fn next_in(cur: &mut Current, opts: &InputOptions) -> Option<Record> {
    match cur {
        Current::Lines {
            reader,
            name,
            line,
            buf,
        } => loop {
            *line += 1;
            let location = format!("{name}:{line}");
            let over = match next_line(reader.as_mut(), buf, opts.max_doc_bytes) {
                Ok(None) => return None,
                Ok(Some(over)) => over,
                Err(e) => {
                    return Some(Err(Box::new(InputError {
                        id: None,
                        location: location.clone(),
                        error: Error::io(location, e),
                    })))
                }
            };
            if over {
                return Some(Err(Box::new(InputError {
                    id: None,
                    location: location.clone(),
                    error: Error::DocumentTooLarge {
                        source_name: location,
                        bytes: buf.len() as u64,
                        limit: opts.max_doc_bytes,
                    },
                })));
            }
            if buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return Some(json_record(buf, name, *line, &opts.fields));
        },
        Current::Csv {
            reader,
            path,
            name,
            columns,
            done,
        } => {
            if *done {
                return None;
            }
            let mut record = csv::ByteRecord::new();
            match reader.read_byte_record(&mut record) {
                Ok(false) => None,
                Ok(true) => {
                    let line = record.position().map_or(0, |p| p.line());
                    Some(csv_record(&record, name, line, columns, opts))
                }
                Err(source) => {
                    let line = source.position().map_or(0, |p| p.line());
                    let location = format!("{name}:{line}");
                    // An I/O error ends the file; a bad row does not.
                    *done = source.is_io_error();
                    Some(Err(Box::new(InputError {
                        id: None,
                        location,
                        error: Error::Csv {
                            path: path.clone(),
                            source,
                        },
                    })))
                }
            }
        }
    }
}

/// Reads one `\n`-terminated line into `buf` (without the newline or a `\r` before it).
/// `Some(true)` when the line is longer than `limit`: its bytes are skipped, not kept.
fn next_line(r: &mut dyn BufRead, buf: &mut Vec<u8>, limit: u64) -> std::io::Result<Option<bool>> {
    buf.clear();
    let (mut over, mut any, mut seen) = (false, false, 0u64);
    loop {
        let avail = r.fill_buf()?;
        if avail.is_empty() {
            return Ok(any.then_some(over));
        }
        any = true;
        let (take, end) = match memchr::memchr(b'\n', avail) {
            Some(i) => (i, Some(i + 1)),
            None => (avail.len(), None),
        };
        seen += take as u64;
        if !over && seen > limit {
            over = true;
            buf.clear();
        }
        if !over {
            buf.extend_from_slice(&avail[..take]);
        }
        let used = end.unwrap_or(take);
        r.consume(used);
        if end.is_some() {
            break;
        }
    }
    if over {
        return Ok(Some(true));
    }
    if buf.last() == Some(&b'\r') {
        buf.pop();
    }
    Ok(Some(false))
}

fn json_record(bytes: &[u8], name: &str, line: u64, fields: &Fields) -> Record {
    let location = format!("{name}:{line}");
    let fail = |id: Option<String>, error| {
        Err(Box::new(InputError {
            id,
            location: location.clone(),
            error,
        }))
    };
    let value: serde_json::Value = match serde_json::from_slice(bytes) {
        Ok(v) => v,
        Err(source) => {
            // Distinguish "not UTF-8" from "not JSON": the first has a clearer fix.
            if let Err(e) = std::str::from_utf8(bytes) {
                return fail(
                    None,
                    Error::InvalidUtf8 {
                        source_name: location.clone(),
                        offset: e.valid_up_to(),
                    },
                );
            }
            return fail(
                None,
                Error::JsonLine {
                    path: PathBuf::from(name),
                    line,
                    source,
                },
            );
        }
    };
    let Some(obj) = value.as_object() else {
        let source = serde_json::from_str::<serde_json::Map<String, serde_json::Value>>("[]")
            .expect_err("an array is not a map");
        return fail(
            None,
            Error::JsonLine {
                path: PathBuf::from(name),
                line,
                source,
            },
        );
    };
    let string = |field: &str| -> Option<String> {
        match obj.get(field)? {
            serde_json::Value::String(s) => Some(s.clone()),
            serde_json::Value::Number(n) => Some(n.to_string()),
            _ => None,
        }
    };
    let id = string(&fields.id).unwrap_or_else(|| location.clone());
    let Some(text) = obj.get(&fields.text).and_then(|v| v.as_str()) else {
        return fail(
            Some(id),
            Error::MissingField {
                source_name: location.clone(),
                field: fields.text.clone(),
                expected: "string",
            },
        );
    };
    if let Some(offset) = text.find('\0') {
        return fail(
            Some(id),
            Error::BinaryInput {
                source_name: location.clone(),
                offset,
            },
        );
    }
    if text.trim().is_empty() {
        return fail(
            Some(id),
            Error::EmptyDocument {
                source_name: location.clone(),
            },
        );
    }
    Ok(InputDoc {
        id,
        location: location.clone(),
        source: string(&fields.source),
        title: string(&fields.title),
        date: string(&fields.date),
        text: text.to_string(),
    })
}

fn csv_record(
    record: &csv::ByteRecord,
    name: &str,
    line: u64,
    columns: &Columns,
    opts: &InputOptions,
) -> Record {
    let location = format!("{name}:{line}");
    let field = |c: Option<usize>| -> Result<Option<String>> {
        match c.and_then(|c| record.get(c)) {
            None => Ok(None),
            Some(b) => ingest::decode(b.to_vec(), &location).map(Some),
        }
    };
    let id = match field(columns.id) {
        Ok(id) => id
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| location.clone()),
        Err(error) => {
            return Err(Box::new(InputError {
                id: None,
                location,
                error,
            }))
        }
    };
    let fail = |error| {
        Err(Box::new(InputError {
            id: Some(id.clone()),
            location: location.clone(),
            error,
        }))
    };
    let bytes = columns
        .text
        .and_then(|c| record.get(c))
        .map_or(0, <[u8]>::len) as u64;
    if bytes > opts.max_doc_bytes {
        return fail(Error::DocumentTooLarge {
            source_name: location.clone(),
            bytes,
            limit: opts.max_doc_bytes,
        });
    }
    let text = match field(columns.text) {
        Ok(Some(t)) if !t.trim().is_empty() => t,
        Ok(_) => {
            return fail(Error::EmptyDocument {
                source_name: location.clone(),
            })
        }
        Err(e) => return fail(e),
    };
    let opt = |c| field(c).ok().flatten().filter(|s| !s.is_empty());
    Ok(InputDoc {
        id: id.clone(),
        location: location.clone(),
        source: opt(columns.source),
        title: opt(columns.title),
        date: opt(columns.date),
        text,
    })
}

/// A whole-file document's text and title: decoded, HTML reduced to its text, empty refused.
fn document_text(
    bytes: Vec<u8>,
    location: &str,
    format: Format,
) -> Result<(String, Option<String>), Error> {
    let text = ingest::decode(bytes, location)?;
    let (text, title) = if format == Format::Html {
        let page = html_to_text(&text);
        (page.text, page.title)
    } else {
        (text, None)
    };
    if text.trim().is_empty() {
        return Err(Error::EmptyDocument {
            source_name: location.to_string(),
        });
    }
    Ok((text, title))
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// A file's id: its path under the directory given (with `/` separators, extension kept so
/// `a.txt` and `a.html` stay apart), or its file name when it was named directly.
pub fn derive_id(path: &Path, root: Option<&Path>) -> String {
    match root.and_then(|r| path.strip_prefix(r).ok()) {
        Some(rel) => rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/"),
        None => file_name(path),
    }
}

/// An HTML page reduced to its article text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// The `<title>`, when there is one.
    pub title: Option<String>,
    /// Paragraphs of the `<article>` (else `<main>`, else `<body>`), blank-line separated.
    pub text: String,
}

/// Elements whose text is never article text.
const SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "button", "svg", "iframe", "select", "figure",
];

/// Elements that end a paragraph.
const BLOCK: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "br",
    "tr",
    "table",
    "pre",
    "hr",
    "dd",
    "dt",
];

/// Reduces an HTML page to article text: the `<article>` (else `<main>`, else `<body>`), without
/// scripts, navigation, headers, footers and asides, one paragraph per block element.
pub fn html_to_text(html: &str) -> Page {
    use scraper::{node::Node, Html, Selector};
    let doc = Html::parse_document(html);
    let first = |sel: &str| {
        let s = Selector::parse(sel).expect("static selector");
        doc.select(&s).next()
    };
    let title = first("title")
        .map(|t| collapse(&t.text().collect::<String>()))
        .filter(|t| !t.is_empty());
    let root = first("article")
        .or_else(|| first("main"))
        .or_else(|| first("body"))
        .unwrap_or_else(|| doc.root_element());
    let mut raw = String::new();
    let mut skip = 0usize;
    for edge in root.traverse() {
        match edge {
            ego_tree::iter::Edge::Open(node) => match node.value() {
                Node::Element(e) => {
                    let name = e.name();
                    if SKIP.contains(&name) {
                        skip += 1;
                    } else if BLOCK.contains(&name) {
                        raw.push('\n');
                    }
                }
                Node::Text(t) if skip == 0 => raw.push_str(t),
                _ => {}
            },
            ego_tree::iter::Edge::Close(node) => {
                if let Node::Element(e) = node.value() {
                    if SKIP.contains(&e.name()) {
                        skip -= 1;
                    } else if BLOCK.contains(&e.name()) {
                        raw.push('\n');
                    }
                }
            }
        }
    }
    let paragraphs: Vec<String> = raw
        .split('\n')
        .map(collapse)
        .filter(|p| !p.is_empty())
        .collect();
    Page {
        title,
        text: paragraphs.join("\n\n"),
    }
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts() -> InputOptions {
        InputOptions::default()
    }

    #[test]
    fn html_keeps_article_paragraphs_only() {
        let page = html_to_text(
            "<html><head><title> Talks  end </title><script>var x=1;</script></head><body>\
             <nav>Home | World</nav><article><h1>Talks collapse</h1><p>The talks \
             <b>collapsed</b> on Monday.</p><aside>Read more</aside><p>Both sides left.</p>\
             </article><footer>(c) Paper</footer></body></html>",
        );
        assert_eq!(page.title.as_deref(), Some("Talks end"));
        assert_eq!(
            page.text,
            "Talks collapse\n\nThe talks collapsed on Monday.\n\nBoth sides left."
        );
    }

    #[test]
    fn jsonl_reports_bad_lines_with_their_number_and_goes_on() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c.jsonl");
        std::fs::write(
            &p,
            "{\"id\":\"a\",\"text\":\"One.\"}\n\n{broken\n{\"id\":7,\"text\":\"Two.\",\"title\":\"T\"}\n{\"text\":\"Three.\"}",
        )
        .unwrap();
        let recs: Vec<Record> = records(&[p], &opts()).collect();
        assert_eq!(recs.len(), 4);
        assert_eq!(recs[0].as_ref().unwrap().id, "a");
        let err = recs[1].as_ref().unwrap_err();
        assert_eq!(err.location, "c.jsonl:3");
        assert!(err.error.to_string().contains("c.jsonl:3"), "{}", err.error);
        let two = recs[2].as_ref().unwrap();
        assert_eq!((two.id.as_str(), two.title.as_deref()), ("7", Some("T")));
        assert_eq!(recs[3].as_ref().unwrap().id, "c.jsonl:5");
    }

    #[test]
    fn long_lines_are_refused_without_being_kept() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c.jsonl");
        let big = "x".repeat(5000);
        std::fs::write(
            &p,
            format!(
                "{{\"id\":\"big\",\"text\":\"{big}\"}}\n{{\"id\":\"ok\",\"text\":\"Fine.\"}}\n"
            ),
        )
        .unwrap();
        let o = InputOptions {
            max_doc_bytes: 1000,
            ..opts()
        };
        let recs: Vec<Record> = records(&[p], &o).collect();
        assert!(matches!(
            recs[0].as_ref().unwrap_err().error,
            Error::DocumentTooLarge { .. }
        ));
        assert_eq!(recs[1].as_ref().unwrap().id, "ok");
    }

    #[test]
    fn directories_are_walked_in_order_with_path_ids() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::create_dir_all(d.join("b")).unwrap();
        std::fs::write(d.join("b/z.txt"), "Zed.").unwrap();
        std::fs::write(d.join("a.md"), "Aye.").unwrap();
        std::fs::write(d.join("c.txt"), b"bad \xff byte").unwrap();
        std::fs::write(d.join("e.txt"), "  \n").unwrap();
        std::fs::write(d.join("ignored.png"), "x").unwrap();
        let recs: Vec<Record> = records(&[d.to_path_buf()], &opts()).collect();
        let ids: Vec<String> = recs
            .iter()
            .map(|r| match r {
                Ok(d) => d.id.clone(),
                Err(e) => format!("!{}", e.id.clone().unwrap()),
            })
            .collect();
        assert_eq!(ids, ["a.md", "b/z.txt", "!c.txt", "!e.txt"]);
    }

    #[test]
    fn csv_rows_with_quoted_newlines() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c.csv");
        std::fs::write(
            &p,
            "id,text,source\nx1,\"Line one.\nLine two.\",Wire\n,Three.,\n",
        )
        .unwrap();
        let recs: Vec<Record> = records(std::slice::from_ref(&p), &opts()).collect();
        let a = recs[0].as_ref().unwrap();
        assert_eq!(a.text, "Line one.\nLine two.");
        assert_eq!(a.source.as_deref(), Some("Wire"));
        assert_eq!(recs[1].as_ref().unwrap().id, "c.csv:4");
        assert_eq!(count(&[p]), Some(3));
    }
}
