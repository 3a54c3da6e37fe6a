//! Markdown rendering, for pasting into an issue or a newsroom chat.
//!
//! Every piece of input text goes through [`md`]: it is folded onto one line, `&`, `<` and `>`
//! become entities and the other Markdown-significant characters are backslash-escaped, so an
//! article can neither inject HTML nor break a table.

use std::fmt::Write;

use super::text::{count, one_line, prob, quoted, speaker_of, stance_toward, AUTHOR};
use super::{ClaimReport, Report, StanceLabel};

/// Input text made inert for inline Markdown (table cells included).
fn md(s: &str) -> String {
    let flat = one_line(s);
    let mut out = String::with_capacity(flat.len());
    for ch in html_escape::encode_text(&flat).chars() {
        if matches!(ch, '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~') {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

/// `**Name**`, or `*author*` for a claim with no speaker.
fn who(speaker: Option<&str>) -> String {
    match speaker {
        Some(s) => format!("**{}**", md(s)),
        None => format!("*{AUTHOR}*"),
    }
}

/// Where a claim is: `(doc/c1)`.
fn at(doc: &str, claim: &str) -> String {
    format!("({}/{})", md(doc), md(claim))
}

/// Renders Markdown: summary, disputes with their two sides, a contradictions table, stance per
/// target.
pub fn render_markdown(report: &Report) -> String {
    let mut out = String::from("# gainsay report\n\n");
    let s = &report.stats;
    let _ = writeln!(
        out,
        "Model **{}** · {} · {} · {} of {} pairs judged · {} · {}",
        md(&report.model.name),
        count(s.documents, "document"),
        count(s.claims, "claim"),
        s.candidate_pairs,
        s.all_pairs,
        count(report.contradictions.len(), "contradiction"),
        count(report.disputes.len(), "dispute"),
    );

    let quoted = |c: &ClaimReport| quoted(&md(&c.claim.text), "“", "”");

    if !report.disputes.is_empty() {
        out.push_str("\n## Disputes\n");
    }
    for d in &report.disputes {
        let _ = writeln!(out, "\n### {}: {}\n", md(&d.id), md(&d.proposition));
        for side in &d.sides {
            let title = match side.stance {
                StanceLabel::Favor => "Favor",
                StanceLabel::Against => "Against",
                StanceLabel::None => "Neither",
            };
            let speakers: Vec<String> = side.speakers.iter().map(|s| who(s.as_deref())).collect();
            let _ = writeln!(out, "**{title}**: {}\n", speakers.join(", "));
            for r in &side.claims {
                match report.claim(&r.doc, &r.claim) {
                    Some(c) => {
                        let _ = writeln!(
                            out,
                            "- {}: {} {}",
                            who(speaker_of(c)),
                            quoted(c),
                            at(&r.doc, &r.claim)
                        );
                    }
                    None => {
                        let _ = writeln!(out, "- {} (not found)", at(&r.doc, &r.claim));
                    }
                }
            }
            out.push('\n');
        }
        if !d.contradictions.is_empty() {
            let ids: Vec<String> = d.contradictions.iter().map(|x| md(x)).collect();
            let _ = writeln!(out, "Contradictions: {}", ids.join(", "));
        }
    }

    if !report.contradictions.is_empty() {
        out.push_str("\n## Contradictions\n\n");
        out.push_str(
            "| # | Score | Claim A | Speaker A | Claim B | Speaker B | P(contr.) A→B | P(contr.) B→A | Notes |\n",
        );
        out.push_str("|---|---:|---|---|---|---|---:|---:|---|\n");
    }
    for x in &report.contradictions {
        let cell = |doc: &str, id: &str| match report.claim(doc, id) {
            Some(c) => (format!("{} {}", quoted(c), at(doc, id)), who(speaker_of(c))),
            None => (format!("{} (not found)", at(doc, id)), String::new()),
        };
        let (a, sa) = cell(&x.doc_a, &x.a);
        let (b, sb) = cell(&x.doc_b, &x.b);
        let mut notes = Vec::new();
        if x.same_speaker {
            notes.push("self-contradiction".to_string());
        }
        if x.cross_document {
            notes.push("cross-document".to_string());
        }
        if let Some(k) = x.clash {
            notes.push(format!("{} clash", k.as_str()));
        }
        if let Some(d) = &x.dispute {
            notes.push(format!("dispute {}", md(d)));
        }
        let _ = writeln!(
            out,
            "| {} | {} | {a} | {sa} | {b} | {sb} | {} | {} | {} |",
            md(&x.id),
            prob(x.score),
            prob(x.a_to_b.contradiction),
            prob(x.b_to_a.contradiction),
            notes.join(", ")
        );
    }

    if !report.targets.is_empty() {
        out.push_str("\n## Stance\n");
    }
    for t in &report.targets {
        let favor = stance_toward(report, t, StanceLabel::Favor);
        let against = stance_toward(report, t, StanceLabel::Against);
        let _ = writeln!(
            out,
            "\n### {}: {}\n\nFavor: {} · Against: {}\n",
            md(&t.id),
            md(&t.text),
            favor.len(),
            against.len()
        );
        for (label, claims) in [("favor", &favor), ("against", &against)] {
            for (doc, c, p) in claims.iter() {
                let p = p.map(|p| format!(" ({})", prob(p))).unwrap_or_default();
                let _ = writeln!(
                    out,
                    "- {label}{p}: {}: {} {}",
                    who(speaker_of(c)),
                    quoted(c),
                    at(doc, &c.claim.id)
                );
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn input_cannot_make_markup() {
        assert_eq!(md("a|b"), "a\\|b");
        assert_eq!(md("<script>"), "&lt;script&gt;");
        assert_eq!(
            md("*x* _y_ `z` [l](u)"),
            "\\*x\\* \\_y\\_ \\`z\\` \\[l\\](u)"
        );
        assert_eq!(md("line\n# head"), "line # head");
        assert_eq!(md("&amp;"), "&amp;amp;");
    }
}
