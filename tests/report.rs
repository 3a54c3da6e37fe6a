//! Report renderers: golden files, JSON round trip, escaping of hostile input, empty documents,
//! and (where Chromium is installed) the HTML page as a browser sees it.

mod common;

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::Command;

use gainsay::analyze::{analyze, AnalyzeOptions, Document};
use gainsay::claims::{Span, Speaker, SpeakerKind};
use gainsay::nli::{FnScorer, Pair, Probs};
use gainsay::report::{render_html, render_markdown, render_text, Report, SCHEMA};

/// An invented article: a report, its denial, a second disputed fact, a byline and a caption.
const ARTICLE: &str = "\
Harbour City to close branch libraries on Sundays

By Dana Whitfield

The city council voted on Tuesday to close all four branch libraries on Sundays. \
\"The closures will save the city two million dollars a year,\" Mayor Ellen Voss said. \
Union leader Marco Diaz said the closures would cost forty library jobs. \
\"Not a single library job will be lost to the closures,\" Voss told reporters on Wednesday. \
Library staff were not consulted about the plan, according to Diaz. \
Council member Ruth Okafor said library staff were consulted about the plan in March.

Readers queue outside the Eastgate branch on Saturday. Jin Park/Harbour Times
";

/// Lower-case words of four letters or more.
fn words(s: &str) -> BTreeSet<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() >= 4)
        .map(str::to_lowercase)
        .collect()
}

fn negated(s: &str) -> bool {
    let l = format!(" {} ", s.to_lowercase());
    l.contains(" no ") || l.contains(" not ")
}

/// A deterministic stand-in for an NLI model: two texts sharing two or more words contradict when
/// exactly one of them is negated and entail each other otherwise; anything else is neutral.
fn fake(p: &Pair<'_>) -> Probs {
    let shared = words(p.premise).intersection(&words(p.hypothesis)).count();
    let probs = |entailment, neutral, contradiction| Probs {
        entailment,
        neutral,
        contradiction,
    };
    if shared >= 2 && negated(p.premise) != negated(p.hypothesis) {
        probs(0.05, 0.05, 0.9)
    } else if shared >= 2 {
        probs(0.8, 0.15, 0.05)
    } else {
        probs(0.1, 0.8, 0.1)
    }
}

fn report_of(docs: &[(&str, &str)]) -> Report {
    let scorer = FnScorer::new("fake", fake);
    let docs: Vec<Document> = docs
        .iter()
        .map(|(id, text)| Document {
            id: id.to_string(),
            source: Some(format!("{id}.txt")),
            text: text.to_string(),
        })
        .collect();
    let mut report = analyze(&scorer, &docs, &AnalyzeOptions::default()).unwrap();
    // Golden files must not change with the crate version.
    report.generator.version = "test".into();
    report
}

fn small() -> Report {
    report_of(&[("library", ARTICLE)])
}

/// Compares `actual` with `tests/data/report/<name>`; with `UPDATE_GOLDEN=1` in the environment
/// the file is rewritten instead (review the diff before committing it).
fn golden(name: &str, actual: &str) {
    let path = common::repo().join("tests/data/report").join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| v == "1") {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; run with UPDATE_GOLDEN=1 to create it",
            path.display()
        )
    });
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(e, a)| e != a)
            .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
        panic!(
            "{} differs from the rendering, first at line {}:\nexpected: {:?}\nactual:   {:?}\n\
             (rerun with UPDATE_GOLDEN=1 if the change is intended)",
            path.display(),
            line + 1,
            expected.lines().nth(line),
            actual.lines().nth(line)
        );
    }
}

#[test]
fn small_article_finds_its_dispute() {
    let r = small();
    assert!(!r.contradictions.is_empty(), "{:#?}", r.contradictions);
    assert!(!r.disputes.is_empty());
    let captions = r.documents[0]
        .claims
        .iter()
        .filter(|c| !c.claim.kind.is_claim())
        .count();
    assert!(captions >= 1, "the caption and byline are not claims");
}

#[test]
fn golden_markdown() {
    golden("small.md", &render_markdown(&small()));
}

#[test]
fn golden_html() {
    golden("small.html", &render_html(&small()));
}

#[test]
fn golden_text() {
    golden("small.txt", &render_text(&small(), false));
}

#[test]
fn text_colour_only_when_asked() {
    let r = small();
    assert!(!render_text(&r, false).contains('\x1b'));
    assert!(render_text(&r, true).contains("\x1b["));
}

#[test]
fn json_round_trip() {
    let r = small();
    let json = serde_json::to_string_pretty(&r).unwrap();
    let back: Report = serde_json::from_str(&json).unwrap();
    assert_eq!(back, r);
    assert_eq!(back.schema, SCHEMA);
    assert_eq!(SCHEMA, "gainsay.report.v1");

    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["schema"], "gainsay.report.v1");
    let claims = v["documents"][0]["claims"].as_array().unwrap();
    assert!(!claims.is_empty());
    for c in claims {
        for key in ["id", "text", "content", "span", "speaker", "stance"] {
            assert!(c.get(key).is_some(), "claim lacks {key}: {c}");
        }
        assert!(c["span"]["start"].is_u64() && c["span"]["end"].is_u64());
    }
}

const NASTY: &str =
    "<script>alert(1)</script> \"quotes\" 'single' &amp; <img src=x onerror=alert(1)>";

/// A report whose input text, speaker names, ids and model name are all hostile.
fn hostile() -> Report {
    let text = format!(
        "Mayor Ellen Voss said the plan is {NASTY} fine. \
         Voss said the plan is not {NASTY} fine."
    );
    let mut r = report_of(&[("evil", &text)]);
    r.model.name = NASTY.into();
    for c in &mut r.documents[0].claims {
        c.claim.speaker = Some(Speaker {
            name: NASTY.into(),
            span: Span::new(0, 5),
            kind: SpeakerKind::Person,
        });
        c.claim.cue = Some(NASTY.into());
    }
    for d in &mut r.disputes {
        d.proposition = NASTY.into();
        for s in &mut d.sides {
            s.speakers = vec![Some(NASTY.into()), None];
        }
    }
    for t in &mut r.targets {
        t.text = NASTY.into();
    }
    r
}

#[test]
fn html_escapes_every_input_text() {
    let r = hostile();
    assert!(r.documents[0]
        .claims
        .iter()
        .any(|c| c.claim.text.contains("<script>")));
    let html = render_html(&r);
    assert!(!html.contains("<script"), "no script element at all");
    assert!(!html.contains("<img"));
    assert!(!html.contains("onerror=alert(1)>"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(html.contains("&amp;amp;"), "input `&amp;` shows as typed");
    // Attribute values never end early: every `"` from the input is escaped there.
    let attr = html
        .split("data-speaker=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap();
    assert!(attr.contains("&quot;quotes&quot;"), "{attr}");
    assert!(!attr.contains('<'), "{attr}");
    assert!(html.contains("default-src 'none'"));
}

#[test]
fn markdown_escapes_every_input_text() {
    let r = hostile();
    let md = render_markdown(&r);
    assert!(!md.contains("<script"), "{md}");
    assert!(!md.contains("<img"));
    assert!(md.contains("&lt;script&gt;"));
    for line in md.lines().filter(|l| l.starts_with("| x")) {
        // Nine columns: ten unescaped pipes.
        let pipes = line.matches('|').count() - line.matches("\\|").count();
        assert_eq!(pipes, 10, "{line}");
    }
    let text = render_text(&r, true);
    assert!(text.contains("<script>"), "text output is shown as is");
}

#[test]
fn documents_without_claims_render() {
    let r = report_of(&[("empty", ""), ("caption", "Jin Park/Harbour Times")]);
    assert_eq!(r.stats.claims, 0);
    for out in [render_html(&r), render_markdown(&r), render_text(&r, true)] {
        assert!(!out.is_empty());
    }
    let html = render_html(&r);
    assert!(html.contains("<html") && html.trim_end().ends_with("</html>"));
    assert!(html.contains("No contradictions found."));
    let back: Report = serde_json::from_str(&serde_json::to_string(&r).unwrap()).unwrap();
    assert_eq!(back, r);
}

#[test]
fn no_documents_render() {
    let r = report_of(&[]);
    let html = render_html(&r);
    assert!(html.contains("<html") && html.contains("</html>"));
    render_markdown(&r);
    render_text(&r, false);
}

#[test]
fn bad_spans_leave_text_unhighlighted() {
    let mut r = report_of(&[(
        "d",
        "Voss said the café will close. Diaz said it will not close.",
    )]);
    let claims = &mut r.documents[0].claims;
    assert!(claims.len() >= 2);
    claims[0].claim.span = Span::new(5, 10_000);
    // Inside the two bytes of "é".
    let e = r.documents[0].text.find('é').unwrap();
    r.documents[0].claims[1].claim.span = Span::new(e + 1, e + 3);
    let html = render_html(&r);
    assert!(html.contains("Not located in the text"));
    assert!(html.contains("café will close"), "the text is still shown");
    render_markdown(&r);
    render_text(&r, false);
}

/// Runs `scripts/check-html.sh` on the golden page in headless Chromium, when it is installed.
#[test]
fn html_in_chromium() {
    if !PathBuf::from("/usr/bin/chromium").exists() {
        eprintln!("note: /usr/bin/chromium is absent; skipping the browser check");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("small.html");
    std::fs::write(&page, render_html(&small())).unwrap();
    let out = Command::new("timeout")
        .arg("60")
        .arg(common::repo().join("scripts/check-html.sh"))
        .arg(&page)
        .arg(dir.path().join("small.png"))
        .output()
        .expect("run scripts/check-html.sh");
    assert!(
        out.status.success(),
        "check-html.sh failed ({}):\n{}\n{}",
        out.status,
        common::stdout(&out),
        common::stderr(&out)
    );
}

#[test]
fn pairs_across_documents_and_within_a_speaker_are_marked() {
    let r = report_of(&[
        ("library", ARTICLE),
        (
            "radio",
            "Mayor Ellen Voss said library staff were consulted about the plan. \
             She said library staff were not consulted about the plan.",
        ),
    ]);
    assert!(r.contradictions.iter().any(|x| x.cross_document));
    assert!(r.contradictions.iter().any(|x| x.same_speaker));
    let html = render_html(&r);
    assert!(html.contains("<span class=\"badge\">cross-document</span>"));
    assert!(html.contains("<span class=\"badge self\">self-contradiction</span>"));
    let md = render_markdown(&r);
    assert!(md.contains("cross-document") && md.contains("self-contradiction"));
    let text = render_text(&r, false);
    assert!(text.contains("cross-document") && text.contains("self-contradiction"));
}
