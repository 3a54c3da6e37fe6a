//! Integration tests for the claims stage: annotated fixtures compared exactly, the seed article,
//! property tests of the span invariants, and bad input.

mod common;

use std::path::PathBuf;

use gainsay::claims::{extract_claims, render_text, sentences, Claim, ClaimKind, SpeakerKind};
use proptest::prelude::*;
use serde::Deserialize;

fn data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/claims")
        .join(name)
}

/// The invariants every output must keep, whatever the input.
fn check_invariants(text: &str, claims: &[Claim]) {
    let mut prev_end = 0;
    for (i, c) in claims.iter().enumerate() {
        assert_eq!(c.id, format!("c{}", i + 1));
        assert!(c.span.start >= prev_end, "{c:?} overlaps the unit before");
        assert!(c.span.start < c.span.end && c.span.end <= text.len());
        assert!(text.is_char_boundary(c.span.start) && text.is_char_boundary(c.span.end));
        assert_eq!(&text[c.span.start..c.span.end], c.text);
        assert!(c.span.contains(&c.content_span), "{c:?}");
        assert!(text.is_char_boundary(c.content_span.start));
        assert!(text.is_char_boundary(c.content_span.end));
        assert_eq!(&text[c.content_span.start..c.content_span.end], c.content);
        if let Some(s) = &c.speaker {
            assert!(s.span.start <= s.span.end && s.span.end <= text.len());
            assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
        }
        prev_end = c.span.end;
    }
    let mut prev = 0;
    for s in sentences(text) {
        assert!(s.start >= prev && s.start < s.end && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        prev = s.end;
    }
}

#[test]
fn seed_article() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seed/rubio-witkoff.txt");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("note: {} is absent; skipping the seed test", path.display());
        return;
    };
    let claims = extract_claims(&text);
    check_invariants(&text, &claims);
    let unit = |needle: &str| {
        claims
            .iter()
            .find(|c| c.text.contains(needle))
            .unwrap_or_else(|| panic!("no unit contains {needle:?}"))
    };
    let speaker = |c: &Claim| c.speaker.as_ref().map(|s| s.name.clone());

    for credit in [
        "Chandan Khanna/AFP via Getty Images",
        "Ludovic Marin/Pool/AFP via Getty Images",
    ] {
        assert_eq!(unit(credit).kind, ClaimKind::Caption, "{credit}");
    }
    let denial = unit("There is no rift between the two and there never has been");
    assert_eq!(denial.kind, ClaimKind::Claim);
    assert_eq!(
        denial.content,
        "There is no rift between the two and there never has been"
    );
    assert_eq!(speaker(denial).as_deref(), Some("Steve Pigott"));
    assert_eq!(denial.speaker.as_ref().unwrap().span.slice(&text), "Pigott");

    for needle in ["It is so clear that Rubio", "He should be the one leading"] {
        let c = unit(needle);
        assert_eq!(c.kind, ClaimKind::Claim);
        assert_eq!(
            speaker(c).as_deref(),
            Some("a senior administration official")
        );
        assert_eq!(c.speaker.as_ref().unwrap().kind, SpeakerKind::Source);
    }
    assert_eq!(
        unit("It is so clear that Rubio").content,
        "It is so clear that Rubio has been cut out of this"
    );

    let vershbow = unit("They seem to be singing off a different sheet of music");
    assert_eq!(
        vershbow.content,
        "They seem to be singing off a different sheet of music"
    );
    assert_eq!(speaker(vershbow).as_deref(), Some("Alexander Vershbow"));
    assert_eq!(
        speaker(unit("if you don’t have a common understanding")).as_deref(),
        Some("Alexander Vershbow")
    );

    // The leading "date ..." stamp is metadata, not part of the first claim.
    assert_eq!(claims[0].kind, ClaimKind::Dateline);
    assert_eq!(claims[0].text, "date 2025-12-22");
    assert!(claims[1]
        .text
        .starts_with("Marco Rubio has been repeatedly humiliated"));

    // Every Pigott mention resolves to the full name the article introduced.
    for c in claims.iter().filter(|c| c.text.contains("Pigott")) {
        assert_eq!(speaker(c).as_deref(), Some("Steve Pigott"), "{}", c.text);
    }
}

/// What the fixtures pin down for each unit.
#[derive(Debug, PartialEq, Deserialize, serde::Serialize)]
struct Expected {
    kind: ClaimKind,
    text: String,
    content: String,
    speaker: Option<String>,
    speaker_kind: Option<SpeakerKind>,
    cue: Option<String>,
}

fn project(claims: &[Claim]) -> Vec<Expected> {
    claims
        .iter()
        .map(|c| Expected {
            kind: c.kind,
            text: c.text.clone(),
            content: c.content.clone(),
            speaker: c.speaker.as_ref().map(|s| s.name.clone()),
            speaker_kind: c.speaker.as_ref().map(|s| s.kind),
            cue: c.cue.clone(),
        })
        .collect()
}

/// Compare a fixture with its annotations; `GAINSAY_BLESS=1` rewrites them (review the diff).
fn check_fixture(name: &str) {
    let text = std::fs::read_to_string(data(&format!("{name}.txt"))).unwrap();
    let claims = extract_claims(&text);
    check_invariants(&text, &claims);
    let got = project(&claims);
    let path = data(&format!("{name}.expected.json"));
    if std::env::var_os("GAINSAY_BLESS").is_some() {
        std::fs::write(&path, serde_json::to_string_pretty(&got).unwrap() + "\n").unwrap();
        return;
    }
    let expected: Vec<Expected> =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    for (i, (g, e)) in got.iter().zip(&expected).enumerate() {
        assert_eq!(g, e, "{name}: unit c{}", i + 1);
    }
    assert_eq!(got.len(), expected.len(), "{name}: unit count");
}

#[test]
fn fixture_harbor() {
    check_fixture("harbor");
}

#[test]
fn fixture_council() {
    check_fixture("council");
}

#[test]
fn json_round_trip() {
    let text = std::fs::read_to_string(data("harbor.txt")).unwrap();
    let claims = extract_claims(&text);
    let json = serde_json::to_string(&claims).unwrap();
    let back: Vec<Claim> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, claims);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v[0]["kind"], "headline");
    assert_eq!(v[0]["span"]["start"], 0);
}

#[test]
fn render_lists_every_unit() {
    let text = "“The port is open,” Lind said. Is it? By Tom Baker";
    let claims = extract_claims(text);
    let out = render_text(text, &claims);
    assert_eq!(out.lines().count(), claims.len());
    assert!(out.starts_with("c1 [claim] Lind (said): The port is open"));
}

#[test]
fn bad_input() {
    let mut cases: Vec<String> = vec![
        String::new(),
        " \t\n\r\n ".into(),
        "no punctuation at all just words going on and on".repeat(1000),
        "\0".repeat(10_000),
        "\0\u{1}\u{7f}\u{fffd}\u{fffd}.\u{feff}“”\"".repeat(5_000),
        "“".repeat(10_000),
        ", and he said".repeat(10_000),
        ". ".repeat(50_000),
        "said ".repeat(50_000),
        "Mr. ".repeat(50_000),
        "\n".repeat(50_000),
    ];
    let bytes: Vec<u8> = (0..200_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    cases.push(String::from_utf8_lossy(&bytes).into_owned());
    for text in &cases {
        let claims = extract_claims(text);
        check_invariants(text, &claims);
    }
}

/// A 50 MB single line: linear time and memory (about 5 s in a release build).
#[test]
fn fifty_megabyte_line() {
    let text =
        "The port reopened on Monday, and officials said traffic would recover ".repeat(750_000);
    assert!(text.len() > 50_000_000);
    let claims = extract_claims(&text);
    check_invariants(&text, &claims);
}

/// Pieces of news-like text, chosen to hit the rules: quotes, abbreviations, frames, lines.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("’".to_string()),
        Just(". ".to_string()),
        Just("? ".to_string()),
        Just("… ".to_string()),
        Just("...".to_string()),
        Just(", ".to_string()),
        Just(", and ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just(" — ".to_string()),
        Just("U.S. ".to_string()),
        Just("Mr. ".to_string()),
        Just("Jan. 6 ".to_string()),
        Just("$4.5 billion ".to_string()),
        Just(" said ".to_string()),
        Just(" told NBC News".to_string()),
        Just("according to ".to_string()),
        Just("Steve Pigott ".to_string()),
        Just("he said".to_string()),
        Just("WASHINGTON (AP) — ".to_string()),
        Just("By Lena Ortiz".to_string()),
        Just("Jane Doe/AFP via Getty Images".to_string()),
        Just("Read more: ".to_string()),
        Just("- ".to_string()),
        Just("date 2025-12-22 ".to_string()),
        "[a-zA-Z]{1,8} ",
        "\\PC{0,4}",
        any::<char>().prop_map(String::from),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn invariants_hold_on_news_like_text(parts in proptest::collection::vec(piece(), 0..80)) {
        let text = parts.concat();
        let claims = extract_claims(&text);
        check_invariants(&text, &claims);
    }

    #[test]
    fn invariants_hold_on_any_string(text in any::<String>()) {
        let claims = extract_claims(&text);
        check_invariants(&text, &claims);
    }
}

mod cli {
    use super::*;

    use crate::common;

    #[test]
    fn claims_json_uses_the_report_types() {
        let text = std::fs::read(data("harbor.txt")).unwrap();
        let out = common::run_with_stdin(&["claims", "-"], &text);
        assert!(out.status.success(), "{}", common::stderr(&out));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["schema"], "gainsay.claims.v1");
        let claims: Vec<Claim> =
            serde_json::from_value(v["documents"][0]["claims"].clone()).unwrap();
        let text = String::from_utf8(text).unwrap();
        assert_eq!(claims, extract_claims(&text));
    }

    #[test]
    fn claims_cli_rejects_invalid_utf8_with_the_offset() {
        let out = common::run_with_stdin(&["claims", "-"], b"Fine text.\n\xc3\x28 broken");
        assert_eq!(out.status.code(), Some(1));
        let err = common::stderr(&out);
        assert!(err.contains("offset 11") && err.contains("UTF-8"), "{err}");
        let out = common::run_with_stdin(&["claims", "-"], b"");
        assert!(out.status.success());
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["documents"][0]["claims"].as_array().unwrap().len(), 0);
    }
}
