//! HTML rendering: one self-contained page with each document's text and its claims highlighted
//! in place, coloured by dispute side.
//!
//! Every piece of input text goes through [`t`] (text nodes) or [`a`] (attribute values), and a
//! Content-Security-Policy forbids scripts and every network fetch, so even a missed escape could
//! not run code or call out. The page uses no JavaScript: hover titles and `<details>` carry the
//! probabilities.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt::Write;

use html_escape::{encode_double_quoted_attribute, encode_text};

use super::text::{count, prob, quoted, sides, speaker_of, stance_toward, AUTHOR};
use super::{ClaimReport, Contradiction, DocumentReport, Report, StanceLabel};
use crate::claims::Span;
use crate::nli::Probs;

/// Input text for a text node.
fn t(s: &str) -> Cow<'_, str> {
    encode_text(s)
}

/// Input text for a double-quoted attribute value.
fn a(s: &str) -> Cow<'_, str> {
    encode_double_quoted_attribute(s)
}

/// The element id of a claim: `doc-claim`, with anything but `[A-Za-z0-9_.-]` made `_` so the id
/// is valid and can stand in a URL fragment as is.
fn anchor(doc: &str, claim: &str) -> String {
    let clean = |s: &str| -> String {
        s.chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                    c
                } else {
                    '_'
                }
            })
            .collect()
    };
    format!("{}-{}", clean(doc), clean(claim))
}

/// A side's CSS class.
fn side_class(label: StanceLabel) -> &'static str {
    match label {
        StanceLabel::Favor => "favor",
        StanceLabel::Against => "against",
        StanceLabel::None => "plain",
    }
}

/// A stance decision as a word.
fn stance_word(label: StanceLabel) -> &'static str {
    match label {
        StanceLabel::Favor => "favor",
        StanceLabel::Against => "against",
        StanceLabel::None => "none",
    }
}

/// A probability as a CSS width, clamped so a bad value cannot break the layout.
fn pct(p: f32) -> String {
    let p = if p.is_finite() {
        p.clamp(0.0, 1.0)
    } else {
        0.0
    };
    format!("{:.1}%", p * 100.0)
}

/// A stacked entailment / neutral / contradiction bar with the numbers beside it.
fn bar(p: &Probs) -> String {
    format!(
        "<span class=\"bar\" aria-hidden=\"true\"><i class=\"e\" style=\"width:{}\"></i><i class=\"n\" style=\"width:{}\"></i><i class=\"c\" style=\"width:{}\"></i></span> \
         <span class=\"nums\">E {} · N {} · C {}</span>",
        pct(p.entailment),
        pct(p.neutral),
        pct(p.contradiction),
        prob(p.entailment),
        prob(p.neutral),
        prob(p.contradiction)
    )
}

fn probs_line(p: &Probs) -> String {
    format!(
        "entailment {} · neutral {} · contradiction {}",
        prob(p.entailment),
        prob(p.neutral),
        prob(p.contradiction)
    )
}

const STYLE: &str = r#"
:root{color-scheme:light dark;--bg:#fcfcfb;--fg:#1f2328;--muted:#656d76;--card:#f6f8fa;--line:#d0d7de;
--favor-bg:#dbeafe;--favor:#1d4ed8;--against-bg:#ffe2c6;--against:#c2410c;--plain-bg:#e9edf1;--plain:#8c959f;--non:#8c959f;
--target:#d4a72c;--e:#3b82f6;--n:#c4c9d0;--c:#ea580c}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#8b949e;--card:#161b22;--line:#30363d;
--favor-bg:#173259;--favor:#79b8ff;--against-bg:#4a2810;--against:#ffab70;--plain-bg:#262c36;--plain:#6e7681;--non:#7d8590;--n:#484f58}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:62rem;margin:0 auto;padding:2rem 1.25rem 4rem}
h1{font-size:1.9rem;margin:0 0 .2rem;letter-spacing:-.01em}
h2{font-size:1.3rem;margin:2.5rem 0 1rem;padding-bottom:.3rem;border-bottom:1px solid var(--line)}
h3{font-size:1.08rem;margin:1.5rem 0 .6rem}
a{color:inherit;text-decoration-color:var(--muted);text-underline-offset:2px}
code,.id{font:.85em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.id{color:var(--muted);margin-right:.4em}
.meta{color:var(--muted);margin:0 0 1rem}
.stats{display:flex;flex-wrap:wrap;gap:.5rem;margin:0;padding:0;list-style:none}
.stats li{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:.35rem .8rem;font-size:.85rem;color:var(--muted)}
.stats b{display:block;font-size:1.25rem;color:var(--fg)}
nav{margin:1rem 0;font-size:.9rem}nav a{margin-right:1rem}
.legend{display:flex;flex-wrap:wrap;gap:.6rem 1.2rem;align-items:center;font-size:.88rem;margin:1rem 0;padding:.6rem .9rem;border:1px solid var(--line);border-radius:8px}
.swatch{padding:0 .35em;border-radius:3px}
.favor.unit,.swatch.favor{background:var(--favor-bg);border-bottom:2px solid var(--favor)}
.against.unit,.swatch.against{background:var(--against-bg);border-bottom:2px dashed var(--against)}
.plain.unit,.swatch.plain{background:var(--plain-bg);border-bottom:1px solid var(--plain)}
.nonclaim.unit,.swatch.nonclaim{color:var(--non);font-style:italic}
mark{color:inherit}
.unit{border-radius:3px;padding:.05em .1em;scroll-margin-top:4rem}
.unit[data-speaker]::after{content:attr(data-speaker);font:600 .68rem/1 system-ui,sans-serif;font-style:normal;color:var(--muted);margin-left:.3em;vertical-align:super;white-space:nowrap}
:target{outline:2px solid var(--target);outline-offset:2px}
.doc{margin:1.5rem 0 2rem}
.doc h3 .src{font-weight:400;color:var(--muted);font-size:.85rem;margin-left:.5em}
.doc-text{white-space:pre-wrap;overflow-wrap:anywhere;font-family:Charter,"Iowan Old Style",Georgia,"Times New Roman",serif;font-size:1.07rem;line-height:1.75;background:var(--card);border:1px solid var(--line);border-radius:8px;padding:1.2rem 1.5rem;margin:0}
.empty{color:var(--muted);font-style:italic}
.dispute{border:1px solid var(--line);border-radius:10px;padding:.2rem 1.1rem 1rem;margin:1rem 0}
.sides{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
@media (max-width:720px){.sides{grid-template-columns:1fr}}
.side{background:var(--card);border-radius:8px;padding:.6rem 1rem;border-top:4px solid var(--plain)}
.side.favor{border-top-color:var(--favor)}.side.against{border-top-color:var(--against)}
.side h4{margin:.2rem 0 .3rem;font-size:.95rem}
.side ul{margin:.3rem 0;padding-left:1.1rem}.side li{margin:.35rem 0}
.who{font-weight:600}
.muted{color:var(--muted);font-size:.88rem}
.pairs{list-style:none;padding:0;margin:0}
.pairs>li{border:1px solid var(--line);border-radius:8px;margin:.6rem 0;padding:.5rem .9rem}
.pairs summary{cursor:pointer}
.score{display:inline-block;min-width:3.2em;font-weight:700;font-variant-numeric:tabular-nums}
.vs{color:var(--muted);margin:0 .4em;font-size:.85rem}
.badge{display:inline-block;font-size:.72rem;font-weight:600;border-radius:999px;padding:.05rem .5rem;margin-left:.4rem;border:1px solid var(--line);color:var(--muted);vertical-align:middle}
.badge.self{border-color:var(--against);color:var(--against)}
table{border-collapse:collapse;margin:.5rem 0;font-size:.88rem}
th,td{text-align:left;padding:.25rem .6rem;border-bottom:1px solid var(--line);vertical-align:top}
.bar{display:inline-flex;width:7rem;height:.6rem;border-radius:3px;overflow:hidden;vertical-align:middle;background:var(--line)}
.bar i{display:block;height:100%}.bar .e{background:var(--e)}.bar .n{background:var(--n)}.bar .c{background:var(--c)}
.nums{font-variant-numeric:tabular-nums;color:var(--muted);font-size:.82rem}
details.units{margin-top:.6rem}details.units summary{cursor:pointer;color:var(--muted);font-size:.9rem}
.units ol{padding-left:1.4rem;font-size:.9rem}.units li{margin:.45rem 0}
.kind{font-size:.72rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);margin:0 .4em}
.lab{font-weight:600}.lab.favor{color:var(--favor)}.lab.against{color:var(--against)}.lab.plain{color:var(--muted)}
.stance ul{padding-left:1.1rem}
footer{margin-top:3rem;color:var(--muted);font-size:.8rem}
"#;

/// Per claim, what the page says about it.
struct Index<'r> {
    sides: HashMap<(&'r str, &'r str), (&'r str, StanceLabel)>,
    pairs: HashMap<(&'r str, &'r str), Vec<&'r Contradiction>>,
}

impl<'r> Index<'r> {
    fn new(report: &'r Report) -> Self {
        let mut pairs: HashMap<(&str, &str), Vec<&Contradiction>> = HashMap::new();
        for x in &report.contradictions {
            pairs.entry((&x.doc_a, &x.a)).or_default().push(x);
            pairs.entry((&x.doc_b, &x.b)).or_default().push(x);
        }
        Index {
            sides: sides(report),
            pairs,
        }
    }

    fn class(&self, doc: &str, c: &ClaimReport) -> &'static str {
        if !c.claim.kind.is_claim() {
            return "nonclaim";
        }
        match self.sides.get(&(doc, c.claim.id.as_str())) {
            Some((_, label)) => side_class(*label),
            None => "plain",
        }
    }

    /// The hover text of a claim: kind, speaker, side, stance scores, contradictions.
    fn title(&self, doc: &str, c: &ClaimReport) -> String {
        let mut lines = vec![format!("{} · {}", c.claim.id, c.claim.kind.as_str())];
        let speaker = speaker_of(c).unwrap_or(AUTHOR);
        match &c.claim.cue {
            Some(cue) => lines.push(format!("speaker: {speaker} ({cue})")),
            None => lines.push(format!("speaker: {speaker}")),
        }
        if let Some((d, label)) = self.sides.get(&(doc, c.claim.id.as_str())) {
            lines.push(format!("dispute {d}: {} side", side_class(*label)));
        }
        for s in &c.stance {
            if let Some(p) = &s.scores {
                lines.push(format!(
                    "{} {}: {}",
                    s.target,
                    stance_word(s.label),
                    probs_line(p)
                ));
            }
        }
        for x in self
            .pairs
            .get(&(doc, c.claim.id.as_str()))
            .into_iter()
            .flatten()
        {
            let other = if x.doc_a == doc && x.a == c.claim.id {
                &x.b
            } else {
                &x.a
            };
            lines.push(format!(
                "{} with {other}: P(contradiction) A→B {}, B→A {}",
                x.id,
                prob(x.a_to_b.contradiction),
                prob(x.b_to_a.contradiction)
            ));
        }
        lines.join("\n")
    }
}

/// Renders a self-contained HTML page: summary, legend, disputes, each document with its claims
/// highlighted in place, contradictions, and stance per target.
pub fn render_html(report: &Report) -> String {
    let index = Index::new(report);
    let mut out = String::with_capacity(16 * 1024);
    let s = &report.stats;
    let _ = write!(
        out,
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <meta name=\"generator\" content=\"{} {}\">\n\
         <title>gainsay report · {}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n",
        a(&report.generator.name),
        a(&report.generator.version),
        t(&count(report.contradictions.len(), "contradiction")),
    );

    // Header.
    let labels: Vec<String> = report
        .model
        .labels
        .iter()
        .map(|l| format!("{l:?}").to_lowercase())
        .collect();
    let _ = write!(
        out,
        "<header>\n<h1>gainsay report</h1>\n<p class=\"meta\">model <code>{}</code> · labels {} · {} {}</p>\n<ul class=\"stats\">",
        t(&report.model.name),
        t(&labels.join(", ")),
        t(&report.generator.name),
        t(&report.generator.version),
    );
    for (n, what) in [
        (s.documents, "documents"),
        (s.claims, "claims"),
        (s.candidate_pairs, "pairs judged"),
        (report.contradictions.len(), "contradictions"),
        (report.disputes.len(), "disputes"),
    ] {
        let _ = write!(out, "<li><b>{n}</b>{what}</li>");
    }
    let _ = write!(
        out,
        "</ul>\n<p class=\"muted\">{} of {} possible pairs were related enough to judge; \
         thresholds: contradiction ≥ {}, favor ≥ {}, against ≥ {}.</p>\n",
        s.candidate_pairs,
        s.all_pairs,
        prob(report.settings.contradiction_threshold),
        prob(report.settings.favor_threshold),
        prob(report.settings.against_threshold),
    );
    out.push_str(
        "<nav><a href=\"#disputes\">Disputes</a><a href=\"#documents\">Documents</a>\
         <a href=\"#contradictions\">Contradictions</a><a href=\"#stance\">Stance</a></nav>\n\
         <div class=\"legend\"><span class=\"swatch favor\">favor side</span>\
         <span class=\"swatch against\">against side</span>\
         <span class=\"swatch plain\">claim in no dispute</span>\
         <span class=\"swatch nonclaim\">not a claim (caption, byline, …)</span>\
         <span class=\"muted\">Hover a claim for its scores; small labels name the speaker.</span></div>\n</header>\n",
    );

    disputes(&mut out, report);

    out.push_str("<section id=\"documents\">\n<h2>Documents</h2>\n");
    if report.documents.is_empty() {
        out.push_str("<p class=\"empty\">No documents.</p>\n");
    }
    for doc in &report.documents {
        document(&mut out, &index, doc);
    }
    out.push_str("</section>\n");

    contradictions(&mut out, report);

    stance(&mut out, report);

    let _ = write!(
        out,
        "<footer>Written by {} {} · schema <code>{}</code></footer>\n</main>\n</body>\n</html>\n",
        t(&report.generator.name),
        t(&report.generator.version),
        t(&report.schema)
    );
    out
}

/// A link to a claim with its quoted text and speaker.
fn claim_link(report: &Report, doc: &str, id: &str) -> String {
    match report.claim(doc, id) {
        Some(c) => format!(
            "<a href=\"#{}\">{}</a> <span class=\"who\">— {}</span>",
            anchor(doc, id),
            quoted(&t(&c.claim.text), "“", "”"),
            t(speaker_of(c).unwrap_or(AUTHOR))
        ),
        None => format!(
            "<span class=\"empty\">claim {}/{} not found</span>",
            t(doc),
            t(id)
        ),
    }
}

fn disputes(out: &mut String, report: &Report) {
    out.push_str("<section id=\"disputes\">\n<h2>Disputes</h2>\n");
    if report.disputes.is_empty() {
        out.push_str("<p class=\"empty\">No disputes found.</p>\n");
    }
    for d in &report.disputes {
        let _ = write!(
            out,
            "<div class=\"dispute\" id=\"{}\">\n<h3><span class=\"id\">{}</span>{}</h3>\n<div class=\"sides\">\n",
            a(&anchor("dispute", &d.id)),
            t(&d.id),
            t(&d.proposition)
        );
        for side in &d.sides {
            let (class, title) = match side.stance {
                StanceLabel::Favor => ("favor", "Favor <span class=\"muted\">asserts it</span>"),
                StanceLabel::Against => {
                    ("against", "Against <span class=\"muted\">denies it</span>")
                }
                StanceLabel::None => ("plain", "Neither"),
            };
            let speakers: Vec<String> = side
                .speakers
                .iter()
                .map(|s| t(s.as_deref().unwrap_or(AUTHOR)).into_owned())
                .collect();
            let _ = write!(
                out,
                "<div class=\"side {class}\"><h4>{title}</h4><div class=\"muted\">{}</div><ul>",
                speakers.join(", ")
            );
            for r in &side.claims {
                let _ = write!(out, "<li>{}</li>", claim_link(report, &r.doc, &r.claim));
            }
            out.push_str("</ul></div>\n");
        }
        out.push_str("</div>\n");
        if !d.contradictions.is_empty() {
            let links: Vec<String> = d
                .contradictions
                .iter()
                .map(|x| format!("<a href=\"#{}\">{}</a>", anchor("pair", x), t(x)))
                .collect();
            let _ = writeln!(
                out,
                "<p class=\"muted\">Contradictions: {}</p>",
                links.join(", ")
            );
        }
        out.push_str("</div>\n");
    }
    out.push_str("</section>\n");
}

fn contradictions(out: &mut String, report: &Report) {
    out.push_str("<section id=\"contradictions\">\n<h2>Contradictions</h2>\n");
    if report.contradictions.is_empty() {
        out.push_str("<p class=\"empty\">No contradictions found.</p>\n");
    } else {
        out.push_str("<ol class=\"pairs\">\n");
    }
    for x in &report.contradictions {
        let mut badges = String::new();
        if x.same_speaker {
            badges.push_str("<span class=\"badge self\">self-contradiction</span>");
        }
        if x.cross_document {
            badges.push_str("<span class=\"badge\">cross-document</span>");
        }
        if let Some(k) = x.clash {
            let _ = write!(badges, "<span class=\"badge\">{} clash</span>", k.as_str());
        }
        let _ = write!(
            out,
            "<li id=\"{}\"><details><summary><span class=\"score\" title=\"mean P(contradiction) of both directions\">{}</span><span class=\"id\">A</span>{}<span class=\"vs\">vs</span><span class=\"id\">B</span>{}{badges}</summary>\n\
             <table><tr><th>direction</th><th>probabilities</th></tr>\
             <tr><td>A → B</td><td>{}</td></tr><tr><td>B → A</td><td>{}</td></tr></table>\
             <p class=\"muted\">A = {}/{}, B = {}/{} · relatedness {}{}</p></details></li>\n",
            a(&anchor("pair", &x.id)),
            prob(x.score),
            claim_link(report, &x.doc_a, &x.a),
            claim_link(report, &x.doc_b, &x.b),
            bar(&x.a_to_b),
            bar(&x.b_to_a),
            t(&x.doc_a),
            t(&x.a),
            t(&x.doc_b),
            t(&x.b),
            prob(x.relatedness),
            match &x.dispute {
                Some(d) => format!(
                    " · dispute <a href=\"#{}\">{}</a>",
                    anchor("dispute", d),
                    t(d)
                ),
                None => String::new(),
            }
        );
    }
    if !report.contradictions.is_empty() {
        out.push_str("</ol>\n");
    }
    out.push_str("</section>\n");
}

/// One unit as an element: claims as `<mark>`, non-claims as greyed `<span>`.
fn unit(out: &mut String, index: &Index, doc: &str, c: &ClaimReport, body: &str) {
    let class = index.class(doc, c);
    let tag = if c.claim.kind.is_claim() {
        "mark"
    } else {
        "span"
    };
    let _ = write!(
        out,
        "<{tag} class=\"unit {class}\" id=\"{}\" data-kind=\"{}\" title=\"{}\"",
        a(&anchor(doc, &c.claim.id)),
        c.claim.kind.as_str(),
        a(&index.title(doc, c))
    );
    if let Some(name) = speaker_of(c) {
        let _ = write!(out, " data-speaker=\"{}\"", a(name));
    }
    let _ = write!(out, ">{}</{tag}>", t(body));
}

/// Whether `span` can be highlighted after `cursor`: in range, on char boundaries, in order.
fn placeable<'t>(text: &'t str, cursor: usize, span: &Span) -> Option<(&'t str, &'t str)> {
    if span.start < cursor || span.end < span.start {
        return None;
    }
    Some((
        text.get(cursor..span.start)?,
        text.get(span.start..span.end)?,
    ))
}

fn document(out: &mut String, index: &Index, doc: &DocumentReport) {
    let _ = write!(
        out,
        "<article class=\"doc\" id=\"{}\" data-units=\"{}\">\n<h3>{}",
        a(&anchor("doc", &doc.id)),
        doc.claims.len(),
        t(&doc.id)
    );
    if let Some(src) = &doc.source {
        let _ = write!(out, "<span class=\"src\">{}</span>", t(src));
    }
    out.push_str("</h3>\n");

    // Claims in text order; one that is out of range, off a char boundary, or overlaps the one
    // before is listed under the text instead.
    let mut order: Vec<&ClaimReport> = doc.claims.iter().collect();
    order.sort_by_key(|c| (c.claim.span.start, c.claim.span.end));
    let mut unplaced = Vec::new();
    let mut cursor = 0;
    out.push_str("<div class=\"doc-text\">");
    for c in order {
        match placeable(&doc.text, cursor, &c.claim.span) {
            Some((gap, body)) => {
                out.push_str(&t(gap));
                unit(out, index, &doc.id, c, body);
                cursor = c.claim.span.end;
            }
            None => unplaced.push(c),
        }
    }
    out.push_str(&t(doc.text.get(cursor..).unwrap_or("").trim_end()));
    if doc.text.trim().is_empty() {
        out.push_str("<span class=\"empty\">(empty document)</span>");
    }
    out.push_str("</div>\n");
    if !unplaced.is_empty() {
        out.push_str("<p class=\"muted\">Not located in the text:</p>\n<p>");
        for c in unplaced {
            unit(out, index, &doc.id, c, &c.claim.text);
            out.push(' ');
        }
        out.push_str("</p>\n");
    }

    // Every unit with its scores, folded away.
    if !doc.claims.is_empty() {
        let _ = writeln!(
            out,
            "<details class=\"units\"><summary>{} with speakers and scores</summary><ol>",
            count(doc.claims.len(), "unit")
        );
        for c in &doc.claims {
            let _ = write!(
                out,
                "<li><a href=\"#{}\" class=\"id\">{}</a><span class=\"kind\">{}</span>",
                a(&anchor(&doc.id, &c.claim.id)),
                t(&c.claim.id),
                c.claim.kind.as_str(),
            );
            if c.claim.kind.is_claim() || c.claim.speaker.is_some() {
                let _ = write!(
                    out,
                    "<span class=\"who\">{}</span>",
                    t(speaker_of(c).unwrap_or(AUTHOR))
                );
                if let Some(cue) = &c.claim.cue {
                    let _ = write!(out, " <span class=\"muted\">({})</span>", t(cue));
                }
                out.push_str(": ");
            }
            let _ = write!(out, "“{}”", t(&c.claim.content));
            let scored: Vec<_> = c.stance.iter().filter(|s| s.scores.is_some()).collect();
            if !scored.is_empty() {
                out.push_str("<table>");
                for s in scored {
                    let (class, label) = (side_class(s.label), stance_word(s.label));
                    let _ = write!(
                        out,
                        "<tr><td>{}</td><td class=\"lab {class}\">{label}</td><td>{}</td></tr>",
                        t(&s.target),
                        s.scores.as_ref().map(bar).unwrap_or_default()
                    );
                }
                out.push_str("</table>");
            }
            out.push_str("</li>\n");
        }
        out.push_str("</ol></details>\n");
    }
    out.push_str("</article>\n");
}

fn stance(out: &mut String, report: &Report) {
    out.push_str("<section id=\"stance\" class=\"stance\">\n<h2>Stance</h2>\n");
    if report.targets.is_empty() {
        out.push_str("<p class=\"empty\">No targets.</p>\n");
    }
    for target in &report.targets {
        let favor = stance_toward(report, target, StanceLabel::Favor);
        let against = stance_toward(report, target, StanceLabel::Against);
        let _ = write!(
            out,
            "<h3><span class=\"id\">{}</span>{}</h3>\n<p class=\"muted\"><span class=\"lab favor\">favor {}</span> · <span class=\"lab against\">against {}</span></p>\n<ul>",
            t(&target.id),
            t(&target.text),
            favor.len(),
            against.len()
        );
        for (label, claims) in [
            (StanceLabel::Favor, &favor),
            (StanceLabel::Against, &against),
        ] {
            for (doc, c, p) in claims.iter() {
                let class = side_class(label);
                let _ = write!(
                    out,
                    "<li><span class=\"lab {class}\">{class}</span> {} {}</li>",
                    p.map(|p| format!("<span class=\"nums\">{}</span>", prob(p)))
                        .unwrap_or_default(),
                    claim_link(report, doc, &c.claim.id)
                );
            }
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_are_clean_ids() {
        assert_eq!(anchor("news.txt", "c1"), "news.txt-c1");
        assert_eq!(anchor("a b\"<", "c1"), "a_b__-c1");
    }

    #[test]
    fn bad_spans_are_not_placed() {
        let text = "héllo world";
        assert!(placeable(text, 0, &Span::new(0, 2)).is_none(), "inside é");
        assert!(placeable(text, 0, &Span::new(0, 99)).is_none());
        assert!(placeable(text, 5, &Span::new(0, 3)).is_none(), "overlap");
        assert_eq!(
            placeable(text, 0, &Span::new(7, 12)),
            Some(("héllo ", "world"))
        );
    }

    #[test]
    fn widths_are_clamped() {
        assert_eq!(pct(f32::NAN), "0.0%");
        assert_eq!(pct(2.0), "100.0%");
    }
}
