//! Plain-text rendering for the terminal, and the small helpers all renderers share.
//!
//! Text from the input is flattened to one line and stripped of control characters, so an
//! article cannot move the cursor or recolour the terminal.

use std::collections::HashMap;
use std::fmt::Write;

use super::{ClaimReport, Contradiction, Report, StanceLabel, Target};

/// How the author of a document is named where a claim has no speaker.
pub(super) const AUTHOR: &str = "author";

/// Where each claim stands in the disputes: `(doc, claim)` → (dispute id, side).
/// A claim in several disputes keeps its first.
pub(super) fn sides(report: &Report) -> HashMap<(&str, &str), (&str, StanceLabel)> {
    let mut map = HashMap::new();
    for d in &report.disputes {
        for side in &d.sides {
            for c in &side.claims {
                map.entry((c.doc.as_str(), c.claim.as_str()))
                    .or_insert((d.id.as_str(), side.stance));
            }
        }
    }
    map
}

/// The speaker's name, or `None` for the author.
pub(super) fn speaker_of(c: &ClaimReport) -> Option<&str> {
    c.claim.speaker.as_ref().map(|s| s.name.as_str())
}

/// A probability with two decimals.
pub(super) fn prob(p: f32) -> String {
    format!("{p:.2}")
}

/// Whitespace runs become one space and control characters go, so input text stays on its line.
pub(super) fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for ch in s.trim().chars() {
        if ch.is_whitespace() {
            space = true;
        } else if !ch.is_control() {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(ch);
        }
    }
    out
}

/// Claims of each stance toward `target`, in document order.
pub(super) fn stance_toward<'r>(
    report: &'r Report,
    target: &Target,
    label: StanceLabel,
) -> Vec<(&'r str, &'r ClaimReport, Option<f32>)> {
    let mut out = Vec::new();
    for doc in &report.documents {
        for c in &doc.claims {
            if let Some(s) = c
                .stance
                .iter()
                .find(|s| s.target == target.id && s.label == label)
            {
                let p = s.scores.map(|p| match label {
                    StanceLabel::Against => p.contradiction,
                    _ => p.entailment,
                });
                out.push((doc.id.as_str(), c, p));
            }
        }
    }
    out
}

/// `s` in quotation marks, unless it already opens with one.
pub(super) fn quoted(s: &str, open: &str, close: &str) -> String {
    if s.starts_with(['"', '“', '‘', '\'', '«']) {
        s.to_string()
    } else {
        format!("{open}{s}{close}")
    }
}

/// `1 claim`, `2 claims`.
pub(super) fn count(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

/// ANSI styling that is a no-op when colour is off.
struct Paint {
    on: bool,
}

impl Paint {
    fn wrap(&self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    fn bold(&self, s: &str) -> String {
        self.wrap("1", s)
    }
    fn dim(&self, s: &str) -> String {
        self.wrap("2", s)
    }
    fn side(&self, label: StanceLabel, s: &str) -> String {
        match label {
            StanceLabel::Favor => self.wrap("34", s),
            StanceLabel::Against => self.wrap("33", s),
            StanceLabel::None => s.to_string(),
        }
    }
    fn alert(&self, s: &str) -> String {
        self.wrap("1;31", s)
    }
}

/// Renders a readable summary: counts, disputes, contradictions, stance per target.
/// `colour` adds ANSI styling.
pub fn render_text(report: &Report, colour: bool) -> String {
    let paint = Paint { on: colour };
    let mut out = String::new();
    let s = &report.stats;
    let _ = writeln!(
        out,
        "{} {}  model {}",
        paint.bold("gainsay report"),
        paint.dim(&report.generator.version),
        one_line(&report.model.name)
    );
    let _ = writeln!(
        out,
        "{}, {}, {} of {} pairs judged, {}, {}",
        count(s.documents, "document"),
        count(s.claims, "claim"),
        s.candidate_pairs,
        s.all_pairs,
        count(report.contradictions.len(), "contradiction"),
        count(report.disputes.len(), "dispute"),
    );

    let line = |c: &ClaimReport| -> String {
        format!(
            "{}: {}",
            one_line(speaker_of(c).unwrap_or(AUTHOR)),
            quoted(&one_line(&c.claim.text), "\"", "\"")
        )
    };

    if !report.disputes.is_empty() {
        let _ = writeln!(out, "\n{}", paint.bold("Disputes"));
    }
    for d in &report.disputes {
        let _ = writeln!(
            out,
            "\n  {}  \"{}\"",
            paint.bold(&one_line(&d.id)),
            one_line(&d.proposition)
        );
        for side in &d.sides {
            let name = match side.stance {
                StanceLabel::Favor => "favor",
                StanceLabel::Against => "against",
                StanceLabel::None => "neither",
            };
            let speakers: Vec<String> = side
                .speakers
                .iter()
                .map(|s| one_line(s.as_deref().unwrap_or(AUTHOR)))
                .collect();
            let _ = writeln!(
                out,
                "    {} {}",
                paint.side(side.stance, &format!("{name}:")),
                speakers.join("; ")
            );
            for r in &side.claims {
                let text = match report.claim(&r.doc, &r.claim) {
                    Some(c) => line(c),
                    None => "(claim not found)".to_string(),
                };
                let _ = writeln!(
                    out,
                    "      {} {}",
                    paint.dim(&format!("{}/{}", one_line(&r.doc), one_line(&r.claim))),
                    text
                );
            }
        }
    }

    if !report.contradictions.is_empty() {
        let _ = writeln!(out, "\n{}", paint.bold("Contradictions"));
    }
    for x in &report.contradictions {
        let _ = writeln!(out, "\n{}", contradiction(report, x, &paint, &line));
    }

    if !report.targets.is_empty() {
        let _ = writeln!(out, "\n{}", paint.bold("Stance"));
    }
    for t in &report.targets {
        let favor = stance_toward(report, t, StanceLabel::Favor);
        let against = stance_toward(report, t, StanceLabel::Against);
        let _ = writeln!(
            out,
            "\n  {}  \"{}\"  {} {}, {} {}",
            paint.bold(&one_line(&t.id)),
            one_line(&t.text),
            paint.side(StanceLabel::Favor, "favor"),
            favor.len(),
            paint.side(StanceLabel::Against, "against"),
            against.len()
        );
        for (label, sign, claims) in [
            (StanceLabel::Favor, "+", &favor),
            (StanceLabel::Against, "-", &against),
        ] {
            for (doc, c, p) in claims.iter() {
                let p = p.map(prob).unwrap_or_else(|| "  – ".into());
                let _ = writeln!(
                    out,
                    "    {} {} {} {}",
                    paint.side(label, sign),
                    p,
                    paint.dim(&format!("{}/{}", one_line(doc), one_line(&c.claim.id))),
                    line(c)
                );
            }
        }
    }
    out
}

fn contradiction(
    report: &Report,
    x: &Contradiction,
    paint: &Paint,
    line: &dyn Fn(&ClaimReport) -> String,
) -> String {
    let mut notes = Vec::new();
    if x.same_speaker {
        notes.push(paint.alert("self-contradiction"));
    }
    if x.cross_document {
        notes.push("cross-document".to_string());
    }
    if let Some(d) = &x.dispute {
        notes.push(paint.dim(&format!("dispute {}", one_line(d))));
    }
    let mut out = format!(
        "  {}  score {}  {}",
        paint.bold(&one_line(&x.id)),
        prob(x.score),
        notes.join("  ")
    );
    for (tag, doc, id) in [("A", &x.doc_a, &x.a), ("B", &x.doc_b, &x.b)] {
        let text = match report.claim(doc, id) {
            Some(c) => line(c),
            None => "(claim not found)".to_string(),
        };
        let _ = write!(
            out,
            "\n    {tag} {} {}",
            paint.dim(&format!("{}/{}", one_line(doc), one_line(id))),
            text
        );
    }
    let _ = write!(
        out,
        "\n    {}",
        paint.dim(&format!(
            "P(contradiction) A→B {}, B→A {}; relatedness {}{}",
            prob(x.a_to_b.contradiction),
            prob(x.b_to_a.contradiction),
            prob(x.relatedness),
            x.clash
                .map(|k| format!("; {} clash", k.as_str()))
                .unwrap_or_default()
        ))
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_drops_controls_and_folds_space() {
        assert_eq!(one_line("  a\n\tb \x1b[31mc  "), "a b [31mc");
        assert_eq!(one_line(""), "");
    }

    #[test]
    fn counts_are_singular_or_plural() {
        assert_eq!(count(1, "claim"), "1 claim");
        assert_eq!(count(0, "claim"), "0 claims");
    }
}
