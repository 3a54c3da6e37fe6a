//! Loaders for the labelled sets, reading the files as laid out in `shared/data/<folder>/`
//! (each folder's README gives the format).

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::metrics::FncLabel;
use super::pyrandom::PyRandom;
use super::{Dataset, Split};
use crate::error::{Error, Result};
use crate::nli::Label;
use crate::report::StanceLabel;

/// One labelled (premise, hypothesis) pair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NliExample {
    /// The text taken as true.
    pub premise: String,
    /// The text judged against it.
    pub hypothesis: String,
    /// Gold label: entailment, neutral or contradiction.
    pub label: Label,
}

/// One labelled stance example: does `text` favour or oppose `target`?
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StanceExample {
    /// The perspective or claim (NLI premise).
    pub text: String,
    /// The claim or topic it takes a side on (NLI hypothesis).
    pub target: String,
    /// Gold stance: favor or against.
    pub label: StanceLabel,
}

/// One FNC-1 (headline, body) pair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FncExample {
    /// The headline (the claim judged).
    pub headline: String,
    /// Index into [`FncData::bodies`].
    pub body: usize,
    /// Gold stance of the body toward the headline.
    pub label: FncLabel,
}

/// FNC-1 bodies and stance rows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FncData {
    /// Article bodies.
    pub bodies: Vec<String>,
    /// Stance rows pointing into `bodies`.
    pub examples: Vec<FncExample>,
}

/// A loaded evaluation set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Examples {
    /// 3-way NLI pairs.
    Nli(Vec<NliExample>),
    /// Favor/against stance pairs.
    Stance(Vec<StanceExample>),
    /// FNC-1 headline/body stance.
    Fnc(FncData),
}

impl Examples {
    /// Number of examples.
    pub fn len(&self) -> usize {
        match self {
            Examples::Nli(v) => v.len(),
            Examples::Stance(v) => v.len(),
            Examples::Fnc(d) => d.examples.len(),
        }
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Keeps `limit` examples drawn with a seeded shuffle, in their original order.
    pub fn sample(&mut self, limit: usize, seed: u64) {
        let keep = sample_indices(self.len(), limit, seed);
        match self {
            Examples::Nli(v) => *v = pick(v, &keep),
            Examples::Stance(v) => *v = pick(v, &keep),
            Examples::Fnc(d) => d.examples = pick(&d.examples, &keep),
        }
    }
}

fn pick<T: Clone>(v: &[T], keep: &[usize]) -> Vec<T> {
    keep.iter().map(|&i| v[i].clone()).collect()
}

/// `limit` of `n` indices, chosen by a seeded shuffle and returned in ascending order.
pub fn sample_indices(n: usize, limit: usize, seed: u64) -> Vec<usize> {
    if limit >= n {
        return (0..n).collect();
    }
    let mut idx: Vec<usize> = (0..n).collect();
    PyRandom::new(seed).shuffle(&mut idx);
    idx.truncate(limit);
    idx.sort_unstable();
    idx
}

/// `train.py`'s `grouped_holdout`: indices of exactly `n` rows taken as whole premise groups, in a
/// `random.Random(seed)` shuffle of the sorted unique premises. Rows of the last group that do not
/// fit are left out. The order is the Python one (group order, then file order within a group),
/// which fixes the batch composition of length-sorted batching too.
pub fn grouped_holdout(premises: &[&str], n: usize, seed: u64) -> Vec<usize> {
    let mut groups: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, p) in premises.iter().enumerate() {
        groups.entry(p).or_default().push(i);
    }
    // BTreeMap orders &str by bytes, which for UTF-8 is Python's code-point order.
    let mut keys: Vec<&str> = groups.keys().copied().collect();
    PyRandom::new(seed).shuffle(&mut keys);
    let mut held = Vec::with_capacity(n);
    for k in keys {
        if held.len() >= n {
            break;
        }
        let take = (n - held.len()).min(groups[k].len());
        held.extend_from_slice(&groups[k][..take]);
    }
    held
}

/// The seed `train.py` uses for every held-out split (`SEED`; Breaking-NLI uses `SEED + 1`).
pub const HOLDOUT_SEED: u64 = 1234;
/// Size of the SNLI test held-out split in the default model's card.
pub const SNLI_HELDOUT: usize = 3000;
/// Size of the Breaking-NLI held-out split in the default model's card.
pub const BREAKING_HELDOUT: usize = 1000;

/// Loads `split` of `dataset` from its folder `dir`.
pub fn load(dataset: Dataset, split: Split, dir: &Path) -> Result<Examples> {
    if !dir.is_dir() {
        return Err(Error::DatasetNotFound {
            dataset: dataset.name().to_string(),
            folder: dataset.folder().to_string(),
            path: dir.to_path_buf(),
        });
    }
    match dataset {
        Dataset::Snli => snli(dir, split).map(Examples::Nli),
        Dataset::Sick => sick(dir).map(Examples::Nli),
        Dataset::Anli => anli(dir, split).map(Examples::Nli),
        Dataset::BreakingNli => breaking_nli(dir, split).map(Examples::Nli),
        Dataset::ClimateFever => climate_fever(dir).map(Examples::Nli),
        Dataset::Fnc1 => fnc1(dir, split).map(Examples::Fnc),
        Dataset::Perspectrum => perspectrum(dir, split).map(Examples::Stance),
        Dataset::IbmClaimStance => ibm_claim_stance(dir, split).map(Examples::Stance),
    }
}

fn snli(dir: &Path, split: Split) -> Result<Vec<NliExample>> {
    if split == Split::Dev {
        // gold_label,sentence1,sentence2,SET
        let path = dir.join("snli_1.0_dev.csv");
        let t = Table::read(&path, b',')?;
        let (l, p, h) = (
            t.col("gold_label")?,
            t.col("sentence1")?,
            t.col("sentence2")?,
        );
        return t
            .rows
            .iter()
            .map(|r| nli(&t, r, p, h, label_named(&t, r, l)?))
            .collect();
    }
    // index,premise,hypothesis,label with Hugging Face ids 0 = entailment, 1 = neutral, 2 = contradiction.
    let path = dir.join("snli_1.0_test.csv");
    let t = Table::read(&path, b',')?;
    let (l, p, h) = (t.col("label")?, t.col("premise")?, t.col("hypothesis")?);
    let rows = t
        .rows
        .iter()
        .map(|r| {
            let label = match r.get(&t, l)?.trim() {
                "0" => Label::Entailment,
                "1" => Label::Neutral,
                "2" => Label::Contradiction,
                other => return Err(t.bad(r, format!("label `{other}` is not 0, 1 or 2"))),
            };
            nli(&t, r, p, h, label)
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(match split {
        Split::Heldout => holdout(rows, SNLI_HELDOUT, HOLDOUT_SEED),
        _ => rows,
    })
}

fn holdout(rows: Vec<NliExample>, n: usize, seed: u64) -> Vec<NliExample> {
    let premises: Vec<&str> = rows.iter().map(|r| r.premise.as_str()).collect();
    let keep = grouped_holdout(&premises, n, seed);
    pick(&rows, &keep)
}

fn sick(dir: &Path) -> Result<Vec<NliExample>> {
    let path = dir.join("SICK.txt");
    let t = Table::read(&path, b'\t')?;
    let (l, p, h) = (
        t.col("entailment_label")?,
        t.col("sentence_A")?,
        t.col("sentence_B")?,
    );
    t.rows
        .iter()
        .map(|r| nli(&t, r, p, h, label_named(&t, r, l)?))
        .collect()
}

fn anli(dir: &Path, split: Split) -> Result<Vec<NliExample>> {
    let rounds: &[u8] = match split {
        Split::R1 => &[1],
        Split::R2 => &[2],
        Split::R3 => &[3],
        _ => &[1, 2, 3],
    };
    let mut out = Vec::new();
    for r in rounds {
        let path = dir.join(format!("ANLI_analysis_r{r}_dev.csv"));
        let t = Table::read(&path, b',')?;
        let (l, p, h) = (t.col("gold_label")?, t.col("context")?, t.col("statement")?);
        for row in &t.rows {
            let label = match row.get(&t, l)?.trim() {
                "e" => Label::Entailment,
                "n" => Label::Neutral,
                "c" => Label::Contradiction,
                other => return Err(t.bad(row, format!("gold_label `{other}` is not e, n or c"))),
            };
            out.push(nli(&t, row, p, h, label)?);
        }
    }
    Ok(out)
}

fn breaking_nli(dir: &Path, split: Split) -> Result<Vec<NliExample>> {
    #[derive(Deserialize)]
    struct Row {
        sentence1: String,
        sentence2: String,
        gold_label: String,
    }
    let path = dir.join("dataset.jsonl");
    let rows = read_jsonl::<Row>(&path)?
        .into_iter()
        .map(|(line, r)| {
            Ok(NliExample {
                label: parse_label(&r.gold_label)
                    .ok_or_else(|| format_error(&path, line, "gold_label", &r.gold_label))?,
                premise: r.sentence1,
                hypothesis: r.sentence2,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(match split {
        Split::Heldout => holdout(rows, BREAKING_HELDOUT, HOLDOUT_SEED + 1),
        _ => rows,
    })
}

fn climate_fever(dir: &Path) -> Result<Vec<NliExample>> {
    #[derive(Deserialize)]
    struct Evidence {
        evidence: String,
        evidence_label: String,
    }
    #[derive(Deserialize)]
    struct Claim {
        claim: String,
        evidences: Vec<Evidence>,
    }
    let path = dir.join("climate-fever.jsonl");
    let mut out = Vec::new();
    for (line, c) in read_jsonl::<Claim>(&path)? {
        for e in c.evidences {
            let label = match e.evidence_label.as_str() {
                "SUPPORTS" => Label::Entailment,
                "REFUTES" => Label::Contradiction,
                "NOT_ENOUGH_INFO" => Label::Neutral,
                other => return Err(format_error(&path, line, "evidence_label", other)),
            };
            out.push(NliExample {
                premise: e.evidence,
                hypothesis: c.claim.clone(),
                label,
            });
        }
    }
    Ok(out)
}

fn fnc1(dir: &Path, split: Split) -> Result<FncData> {
    let (bodies_file, stance_files): (&str, &[&str]) = if split == Split::Train {
        (
            "train_bodies.csv",
            &[
                "train_stances_part1_90pct.csv",
                "train_stances_part2_10pct.csv",
            ],
        )
    } else {
        (
            "competition_test_bodies.csv",
            &["competition_test_stances.csv"],
        )
    };
    let path = dir.join(bodies_file);
    let t = Table::read(&path, b',')?;
    let (id, text) = (t.col("Body ID")?, t.col("articleBody")?);
    let mut data = FncData::default();
    let mut index: HashMap<String, usize> = HashMap::new();
    for r in &t.rows {
        index.insert(r.get(&t, id)?.trim().to_string(), data.bodies.len());
        data.bodies.push(r.get(&t, text)?.to_string());
    }
    for file in stance_files {
        let t = Table::read(&dir.join(file), b',')?;
        let (h, id, s) = (t.col("Headline")?, t.col("Body ID")?, t.col("Stance")?);
        for r in &t.rows {
            let body_id = r.get(&t, id)?.trim();
            let body = *index
                .get(body_id)
                .ok_or_else(|| t.bad(r, format!("Body ID {body_id} is not in {bodies_file}")))?;
            let stance = r.get(&t, s)?;
            let label = FncLabel::parse(stance)
                .ok_or_else(|| t.bad(r, format!("unknown Stance `{stance}`")))?;
            data.examples.push(FncExample {
                headline: r.get(&t, h)?.to_string(),
                body,
                label,
            });
        }
    }
    Ok(data)
}

fn perspectrum(dir: &Path, split: Split) -> Result<Vec<StanceExample>> {
    #[derive(Deserialize)]
    struct Cluster {
        pids: Vec<u64>,
        stance_label_3: String,
    }
    #[derive(Deserialize)]
    struct Claim {
        #[serde(rename = "cId")]
        id: u64,
        text: String,
        perspectives: Vec<Cluster>,
    }
    #[derive(Deserialize)]
    struct Perspective {
        #[serde(rename = "pId")]
        id: u64,
        text: String,
    }
    let claims_path = dir.join("perspectrum_with_answers_v1.0.json");
    let pool_path = dir.join("perspective_pool_v1.0.json");
    let split_path = dir.join("dataset_split_v1.0.json");
    let claims: Vec<Claim> = read_json(&claims_path)?;
    let pool: HashMap<u64, String> = read_json::<Vec<Perspective>>(&pool_path)?
        .into_iter()
        .map(|p| (p.id, p.text))
        .collect();
    let splits: HashMap<String, String> = read_json(&split_path)?;
    let mut out = Vec::new();
    for c in claims {
        let in_split = match split {
            Split::All => true,
            s => splits.get(&c.id.to_string()).map(String::as_str) == Some(s.as_str()),
        };
        if !in_split {
            continue;
        }
        for cluster in &c.perspectives {
            let label = match cluster.stance_label_3.as_str() {
                "SUPPORT" => StanceLabel::Favor,
                "UNDERMINE" => StanceLabel::Against,
                other => {
                    return Err(Error::DatasetFormat {
                        path: claims_path,
                        reason: format!("claim {}: unknown stance_label_3 `{other}`", c.id),
                    })
                }
            };
            for pid in &cluster.pids {
                let text = pool.get(pid).ok_or_else(|| Error::DatasetFormat {
                    path: pool_path.clone(),
                    reason: format!("perspective {pid} (claim {}) is not in the pool", c.id),
                })?;
                out.push(StanceExample {
                    text: text.clone(),
                    target: c.text.clone(),
                    label,
                });
            }
        }
    }
    Ok(out)
}

fn ibm_claim_stance(dir: &Path, split: Split) -> Result<Vec<StanceExample>> {
    // A spreadsheet re-saved every line as one quoted field split at ";" (see the folder's README):
    // undo it exactly as the README's recipe does, then read the CSV inside.
    let path = dir.join("claim_stance_dataset_v1.excel_mangled.csv");
    let outer = parse_csv(&read_text(&path)?, b';').map_err(|e| e.at(&path))?;
    let inner: Vec<String> = outer
        .iter()
        .map(|(_, r)| r.join(";").trim_end_matches(';').to_string())
        .collect();
    let t = Table::parse(&path, &inner.join("\n"), b',')?;
    let (s, topic, claim, stance) = (
        t.col("split")?,
        t.col("topicText")?,
        t.col("claims.claimCorrectedText")?,
        t.col("claims.stance")?,
    );
    let mut out = Vec::new();
    for r in &t.rows {
        if split != Split::All && r.get(&t, s)?.trim() != split.as_str() {
            continue;
        }
        let label = match r.get(&t, stance)?.trim() {
            "PRO" => StanceLabel::Favor,
            "CON" => StanceLabel::Against,
            other => return Err(t.bad(r, format!("claims.stance `{other}` is not PRO or CON"))),
        };
        out.push(StanceExample {
            text: r.get(&t, claim)?.to_string(),
            target: r.get(&t, topic)?.to_string(),
            label,
        });
    }
    Ok(out)
}

fn parse_label(s: &str) -> Option<Label> {
    match Label::parse(s)? {
        Label::NotEntailment => None,
        l => Some(l),
    }
}

fn label_named(t: &Table, r: &Row, col: usize) -> Result<Label> {
    let s = r.get(t, col)?;
    parse_label(s).ok_or_else(|| t.bad(r, format!("unknown label `{s}`")))
}

fn nli(t: &Table, r: &Row, p: usize, h: usize, label: Label) -> Result<NliExample> {
    Ok(NliExample {
        premise: r.get(t, p)?.to_string(),
        hypothesis: r.get(t, h)?.to_string(),
        label,
    })
}

fn format_error(path: &Path, line: usize, field: &str, value: &str) -> Error {
    Error::DatasetFormat {
        path: path.to_path_buf(),
        reason: format!("line {line}: unknown {field} `{value}`"),
    }
}

fn read_text(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    String::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
        source_name: path.display().to_string(),
        offset: e.utf8_error().valid_up_to(),
    })
}

fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T> {
    serde_json::from_str(&read_text(path)?).map_err(|source| Error::Json {
        path: path.to_path_buf(),
        source,
    })
}

/// Non-blank lines of a JSON Lines file, parsed, with their 1-based line numbers.
pub(crate) fn read_jsonl<T: serde::de::DeserializeOwned>(path: &Path) -> Result<Vec<(usize, T)>> {
    let text = read_text(path)?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l)
                .map(|v| (i + 1, v))
                .map_err(|source| Error::Json {
                    path: path.to_path_buf(),
                    source,
                })
        })
        .collect()
}

/// A CSV file with a header row.
struct Table {
    path: PathBuf,
    header: Vec<String>,
    rows: Vec<Row>,
}

struct Row {
    line: usize,
    fields: Vec<String>,
}

impl Row {
    fn get<'a>(&'a self, t: &Table, col: usize) -> Result<&'a str> {
        self.fields.get(col).map(String::as_str).ok_or_else(|| {
            t.bad(
                self,
                format!(
                    "has {} fields, expected {} (column `{}` missing)",
                    self.fields.len(),
                    t.header.len(),
                    t.header[col]
                ),
            )
        })
    }
}

impl Table {
    fn read(path: &Path, delimiter: u8) -> Result<Table> {
        Table::parse(path, &read_text(path)?, delimiter)
    }

    fn parse(path: &Path, text: &str, delimiter: u8) -> Result<Table> {
        let mut records = parse_csv(text, delimiter)
            .map_err(|e| e.at(path))?
            .into_iter();
        let header = records
            .next()
            .map(|(_, h)| h)
            .ok_or_else(|| Error::DatasetFormat {
                path: path.to_path_buf(),
                reason: "file is empty (expected a header row)".into(),
            })?;
        Ok(Table {
            path: path.to_path_buf(),
            header: header.into_iter().map(|h| h.trim().to_string()).collect(),
            rows: records
                .filter(|(_, f)| !(f.len() == 1 && f[0].is_empty()))
                .map(|(line, fields)| Row { line, fields })
                .collect(),
        })
    }

    fn col(&self, name: &str) -> Result<usize> {
        self.header
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| Error::DatasetFormat {
                path: self.path.clone(),
                reason: format!(
                    "no `{name}` column in the header (found: {})",
                    self.header.join(", ")
                ),
            })
    }

    fn bad(&self, row: &Row, reason: String) -> Error {
        Error::DatasetFormat {
            path: self.path.clone(),
            reason: format!("line {}: {reason}", row.line),
        }
    }
}

/// A CSV syntax error at a line.
#[derive(Debug)]
pub(crate) struct CsvError {
    line: usize,
    reason: &'static str,
}

impl CsvError {
    fn at(self, path: &Path) -> Error {
        Error::DatasetFormat {
            path: path.to_path_buf(),
            reason: format!("line {}: {}", self.line, self.reason),
        }
    }
}

/// RFC 4180 records (quoted fields may hold delimiters, `""` and newlines), each with the line
/// it starts on. A trailing newline does not make an empty record.
pub(crate) fn parse_csv(
    text: &str,
    delimiter: u8,
) -> std::result::Result<Vec<(usize, Vec<String>)>, CsvError> {
    let bytes = text.as_bytes();
    let mut records = Vec::new();
    let mut fields: Vec<String> = Vec::new();
    let mut field: Vec<u8> = Vec::new();
    let (mut line, mut start_line) = (1, 1);
    let mut i = 0;
    let mut quoted = false;
    let mut was_quoted = false;
    while i < bytes.len() {
        let b = bytes[i];
        if quoted {
            match b {
                b'"' if bytes.get(i + 1) == Some(&b'"') => {
                    field.push(b'"');
                    i += 1;
                }
                b'"' => quoted = false,
                _ => {
                    if b == b'\n' {
                        line += 1;
                    }
                    field.push(b);
                }
            }
        } else if b == b'"' && field.is_empty() && !was_quoted {
            quoted = true;
            was_quoted = true;
        } else if b == delimiter {
            fields.push(take_field(&mut field));
            was_quoted = false;
        } else if b == b'\n' || b == b'\r' {
            if b == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
            fields.push(take_field(&mut field));
            records.push((start_line, std::mem::take(&mut fields)));
            was_quoted = false;
            line += 1;
            start_line = line;
        } else if was_quoted {
            return Err(CsvError {
                line,
                reason: "text after a closing quote",
            });
        } else {
            field.push(b);
        }
        i += 1;
    }
    if quoted {
        return Err(CsvError {
            line: start_line,
            reason: "unterminated quoted field",
        });
    }
    if !field.is_empty() || !fields.is_empty() || was_quoted {
        fields.push(take_field(&mut field));
        records.push((start_line, fields));
    }
    Ok(records)
}

fn take_field(field: &mut Vec<u8>) -> String {
    // Splitting happens only at ASCII bytes, so every field of valid UTF-8 is valid UTF-8.
    String::from_utf8(std::mem::take(field)).expect("fields of UTF-8 text are UTF-8")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(text: &str) -> Vec<Vec<String>> {
        parse_csv(text, b',')
            .unwrap()
            .into_iter()
            .map(|(_, f)| f)
            .collect()
    }

    #[test]
    fn csv_quotes_newlines_and_crlf() {
        assert_eq!(
            fields("a,b\r\n\"x, \"\"y\"\"\",\"two\nlines\"\n1,\n"),
            vec![
                vec!["a".to_string(), "b".into()],
                vec!["x, \"y\"".into(), "two\nlines".into()],
                vec!["1".into(), "".into()],
            ]
        );
        let lines: Vec<usize> = parse_csv("h\n\"a\nb\"\nc", b',')
            .unwrap()
            .iter()
            .map(|r| r.0)
            .collect();
        assert_eq!(lines, vec![1, 2, 4]);
        assert!(parse_csv("a,\"open\n", b',').is_err());
    }

    #[test]
    fn grouped_holdout_takes_whole_groups_in_python_order() {
        // Premises sorted: [a, b, c]; random.Random(1234).shuffle -> [c, a, b]
        // (python3 -c "import random; k=['a','b','c']; random.Random(1234).shuffle(k); print(k)").
        let premises = ["b", "a", "c", "a", "c", "b"];
        assert_eq!(grouped_holdout(&premises, 3, 1234), vec![2, 4, 1]);
        assert_eq!(grouped_holdout(&premises, 4, 1234), vec![2, 4, 1, 3]);
    }

    #[test]
    fn sampling_is_deterministic_and_ordered() {
        let a = sample_indices(100, 10, 7);
        assert_eq!(a, sample_indices(100, 10, 7));
        assert_eq!(a.len(), 10);
        assert!(a.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(sample_indices(3, 10, 7), vec![0, 1, 2]);
    }
}
