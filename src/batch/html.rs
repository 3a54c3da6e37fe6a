//! The corpus report: the top corpus-level disputes on one page, each claim linking to a view of
//! its document rendered by the report's own HTML renderer.

use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;
use std::path::PathBuf;

use html_escape::{encode_double_quoted_attribute as attr, encode_text as text};

use super::cross::Found;
use super::output::{id_hash, read_lines};
use super::{write_atomically, Outputs, Summary};
use crate::error::{Error, Result};
use crate::report::{self, Report, SCHEMA};

/// Disputes shown on the corpus page (and documents given a view: those in them).
const TOP: usize = 50;

/// A document's view's file name: its id made safe, with a hash so two ids never share one.
fn view_name(id: &str) -> String {
    let safe: String = id
        .chars()
        .take(60)
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("{safe}-{:08x}.html", id_hash(id) as u32)
}

/// Writes `OUT.html` and the views of the documents it links to under `OUT.docs/`.
pub fn write_report(
    documents: &[PathBuf],
    summary: &Summary,
    found: &Found,
    outputs: &Outputs,
) -> Result<()> {
    let top = &found.disputes[..found.disputes.len().min(TOP)];
    let wanted: BTreeSet<&str> = top
        .iter()
        .flat_map(|d| {
            d.sides
                .iter()
                .flat_map(|s| s.claims.iter().map(|c| c.doc.as_str()))
        })
        .collect();
    let dir = outputs.docs_dir();
    let dir_name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if !wanted.is_empty() {
        std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    }
    let mut titles: HashMap<String, String> = HashMap::new();
    for item in read_lines(documents) {
        let (_, _, line) = item?;
        if !wanted.contains(line.id.as_str()) {
            continue;
        }
        let Some(a) = line.analysis else { continue };
        if let Some(t) = &line.title {
            titles.insert(line.id.clone(), t.clone());
        }
        let view = Report {
            schema: SCHEMA.into(),
            generator: summary.generator.clone(),
            model: summary.model.clone(),
            settings: summary.settings.clone(),
            targets: a.targets,
            documents: vec![a.document],
            contradictions: a.contradictions,
            disputes: a.disputes,
            stats: a.stats,
        };
        write_atomically(
            &dir.join(view_name(&line.id)),
            report::render_html(&view).as_bytes(),
        )?;
    }

    let mut claims: HashMap<(&str, &str), &str> = HashMap::new();
    for c in &found.contradictions {
        claims.insert((&c.pair.doc_a, &c.pair.a), &c.text_a);
        claims.insert((&c.pair.doc_b, &c.pair.b), &c.text_b);
    }
    let mut h = String::new();
    h.push_str(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>gainsay corpus report</title>\
         <style>body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}\
         .d{border-top:1px solid #ccc;padding:.6rem 0}.s{display:grid;grid-template-columns:1fr 1fr;gap:1rem}\
         .favor h4{color:#2a6}.against h4{color:#c33}li{margin:.3rem 0}small{color:#666}</style></head><body>",
    );
    let cross = summary.cross.clone().unwrap_or_default();
    let _ = write!(
        h,
        "<h1>Disputes across the corpus</h1><p>{} documents, {} claims; {} cross-document pairs judged, \
         {} contradictions in {} disputes. Model: {}.</p>",
        summary.documents,
        summary.claims,
        cross.candidate_pairs,
        cross.contradictions,
        cross.disputes,
        text(&summary.model.name)
    );
    if top.is_empty() {
        h.push_str("<p>No contradictions between documents were found.</p>");
    }
    for d in top {
        let _ = write!(
            h,
            "<div class=\"d\" id=\"{}\"><h3>{} · {}</h3><small>{} contradiction(s)</small><div class=\"s\">",
            attr(&d.id),
            text(&d.id),
            text(&d.proposition),
            d.contradictions.len()
        );
        for side in &d.sides {
            let (class, label) = match side.stance {
                report::StanceLabel::Favor => ("favor", "Asserts it"),
                _ => ("against", "Contradicts it"),
            };
            let _ = write!(h, "<div class=\"{class}\"><h4>{label}</h4><ul>");
            for c in &side.claims {
                let content = claims
                    .get(&(c.doc.as_str(), c.claim.as_str()))
                    .copied()
                    .unwrap_or("");
                let name = titles.get(&c.doc).unwrap_or(&c.doc);
                let _ = write!(
                    h,
                    "<li>“{}” <small><a href=\"{}/{}\">{}</a> · {}</small></li>",
                    text(content),
                    attr(&dir_name),
                    attr(&view_name(&c.doc)),
                    text(name),
                    text(&c.claim)
                );
            }
            h.push_str("</ul></div>");
        }
        h.push_str("</div></div>");
    }
    if found.disputes.len() > TOP {
        let _ = write!(
            h,
            "<p>{} more disputes are in <code>{}</code>.</p>",
            found.disputes.len() - TOP,
            text(&outputs.disputes.display().to_string())
        );
    }
    h.push_str("</body></html>\n");
    write_atomically(&outputs.html, h.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn view_names_are_safe_and_distinct() {
        let a = view_name("news/2024/a b.txt");
        assert!(
            a.starts_with("news_2024_a_b_txt-") && a.ends_with(".html"),
            "{a}"
        );
        assert_ne!(view_name("a/b"), view_name("a_b"));
    }
}
