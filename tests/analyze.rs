//! `analyze` against the real offline model: the seed article, the annotated test articles, and
//! bad input.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use common::*;
use gainsay::analyze::{analyze, AnalyzeOptions, Document};
use gainsay::model::ModelDir;
use gainsay::nli::{OnnxScorer, Pair, Scorer, ScorerOptions};
use gainsay::report::{Report, StanceLabel};

fn scorer() -> OnnxScorer {
    let dir = ModelDir::open(default_model()).expect("default model");
    OnnxScorer::load(
        &dir,
        ScorerOptions {
            threads: 1,
            ..ScorerOptions::default()
        },
    )
    .expect("load default model")
}

fn doc(id: &str, text: &str) -> Document {
    Document {
        id: id.into(),
        source: None,
        text: text.into(),
    }
}

/// The claim (id) of `doc` whose span holds the first occurrence of `needle`.
fn claim_at(report: &Report, doc: usize, needle: &str) -> Option<String> {
    let d = &report.documents[doc];
    let at = d.text.find(needle)?;
    d.claims
        .iter()
        .find(|c| c.claim.span.start <= at && at < c.claim.span.end)
        .map(|c| c.claim.id.clone())
}

/// The pair of `doc/claim` keys, in order, whichever claim came first.
type PairKey = (String, String);

fn unordered(a: String, b: String) -> PairKey {
    if a <= b {
        (a, b)
    } else {
        (b, a)
    }
}

/// The pair of the claims of document "a" (the first) that hold two snippets.
fn pair_at(report: &Report, x: &str, y: &str) -> Option<PairKey> {
    let (a, b) = (claim_at(report, 0, x)?, claim_at(report, 0, y)?);
    Some(unordered(format!("a/{a}"), format!("a/{b}")))
}

fn pairs_of(report: &Report) -> BTreeSet<PairKey> {
    report
        .contradictions
        .iter()
        .map(|c| {
            unordered(
                format!("{}/{}", c.doc_a, c.a),
                format!("{}/{}", c.doc_b, c.b),
            )
        })
        .collect()
}

/// The key of an annotated pair in a one-document report (document id `a`).
fn note_key(report: &Report, n: &PairNote) -> PairKey {
    let at = |needle| format!("a/{}", claim_at(report, 0, needle).unwrap_or_default());
    unordered(at(&n.a), at(&n.b))
}

#[test]
fn seed_article_denial_disputes_the_rift_reports() {
    let Some(path) = shared("seed/rubio-witkoff.txt") else {
        return;
    };
    let text = std::fs::read_to_string(path).unwrap();
    let s = scorer();
    let report = analyze(&s, &[doc("rw", &text)], &AnalyzeOptions::default()).unwrap();
    let denial = claim_at(&report, 0, "There is no rift between the two").expect("denial claim");
    let cut_out = claim_at(&report, 0, "Rubio has been cut out of this").expect("cut-out claim");
    let sheets = claim_at(&report, 0, "singing off a different sheet").expect("sheets claim");
    let pairs = pairs_of(&report);
    let has = |a: &str, b: &str| pairs.contains(&unordered(format!("rw/{a}"), format!("rw/{b}")));
    assert!(
        has(&denial, &cut_out) || has(&denial, &sheets),
        "the denial ({denial}) is paired with neither {cut_out} nor {sheets}: {pairs:?}"
    );
    // One dispute holds the denial and the claims it denies, with Pigott on the denial's side.
    let dispute = report
        .disputes
        .iter()
        .find(|d| {
            d.sides
                .iter()
                .any(|s| s.claims.iter().any(|c| c.claim == denial))
        })
        .expect("a dispute with the denial");
    let side_of = |id: &str| {
        dispute
            .sides
            .iter()
            .position(|s| s.claims.iter().any(|c| c.claim == id))
    };
    let denial_side = side_of(&denial).unwrap();
    assert!(dispute.sides[denial_side]
        .speakers
        .iter()
        .any(|s| s.as_deref().is_some_and(|n| n.contains("Pigott"))));
    for other in [&cut_out, &sheets] {
        if let Some(side) = side_of(other) {
            assert_ne!(side, denial_side, "{other} sits with the denial");
        }
    }
}

#[test]
fn seed_article_stance_toward_a_rift() {
    let Some(path) = shared("seed/rubio-witkoff.txt") else {
        return;
    };
    let text = std::fs::read_to_string(path).unwrap();
    let opts = AnalyzeOptions {
        targets: vec!["There is a rift between Rubio and Witkoff.".into()],
        ..AnalyzeOptions::default()
    };
    let report = analyze(&scorer(), &[doc("rw", &text)], &opts).unwrap();
    let stance = |needle: &str| {
        let id = claim_at(&report, 0, needle).unwrap();
        report.documents[0]
            .claims
            .iter()
            .find(|c| c.claim.id == id)
            .unwrap()
            .stance[0]
            .label
    };
    assert_eq!(
        stance("There is no rift between the two"),
        StanceLabel::Against
    );
    assert_eq!(stance("Rubio has been cut out of this"), StanceLabel::Favor);
}

/// The headline and lede summarise the story, and the body tells it: the narrator's claims at
/// the top pair with no source, even when they report one ("Tom Reade put the cost at £400,000",
/// the summary of what Reade says below). Further down, a narrator's report pairs like any source.
#[test]
fn the_lede_summarises_and_takes_no_side() {
    let report = "Tom Reade put the cost of the repairs at £400,000. ";
    let filler = "Swimmers are angry. Clubs have moved away. The pool was popular. ";
    let said = "Councillor Ann Hale said the repairs would cost £250,000.";
    let s = scorer();
    let opts = AnalyzeOptions::default();
    let run = |text: String| analyze(&s, &[doc("a", &text)], &opts).unwrap();
    let pair_of = |r: &Report| pair_at(r, "£400,000", "£250,000");
    let top = run(format!("Pool repairs row\n\n{report}{filler}{said}"));
    assert!(
        !pairs_of(&top).contains(&pair_of(&top).unwrap()),
        "{:?}",
        top.contradictions
    );
    let down = run(format!("Pool repairs row\n\n{filler}{report}{said}"));
    assert!(
        pairs_of(&down).contains(&pair_of(&down).unwrap()),
        "{:?}",
        down.contradictions
    );
}

/// "No such promise was ever made" names no proposition: it rejects the promise another
/// speaker said was made, not the claim that cites "that assurance" after it, and not a claim of
/// its own speaker.
#[test]
fn a_no_such_denial_pairs_with_what_it_rejects() {
    let text = "Club grant row\n\nThe youth club in Marton will lose its grant in April. \
        The council says money is short. Volunteers run the club four nights a week.\n\n\
        Club chair Derek Amis said the council had promised in writing in 2024 that the grant \
        would continue until 2028. He said the club had turned down other help on the strength \
        of that assurance.\n\n\
        The council disputed his account. \"No such commitment was ever given,\" a spokesman \
        for Marton Borough Council said.";
    let s = scorer();
    let r = analyze(&s, &[doc("a", text)], &AnalyzeOptions::default()).unwrap();
    let pair = |x: &str, y: &str| pair_at(&r, x, y).unwrap();
    let found = pairs_of(&r);
    assert!(
        found.contains(&pair("had promised", "No such commitment")),
        "{:?}",
        r.contradictions
    );
    assert!(
        !found.contains(&pair("turned down", "No such commitment")),
        "{:?}",
        r.contradictions
    );
}

/// A bare rejection ("this was not true") and the same voice's claim of what is so ("The
/// Thursday market is staying") contradict one claim: the pair reported is the one with words of
/// its own.
#[test]
fn a_bare_rejection_gives_way_to_its_speaker_s_own_account() {
    let text = "Market row\n\nTraders met on Monday. The hall shuts in May. Rents will rise.\n\n\
        The Brambury Echo reported that the Thursday flea market would be scrapped once the \
        hall reopened.\n\n\
        Brambury District Council said this was not true. \"The Thursday market is staying,\" \
        a spokeswoman for the council said.";
    let s = scorer();
    let r = analyze(&s, &[doc("a", text)], &AnalyzeOptions::default()).unwrap();
    let pair = |x: &str, y: &str| pair_at(&r, x, y).unwrap();
    let found = pairs_of(&r);
    assert!(
        found.contains(&pair("would be scrapped", "is staying")),
        "{:?}",
        r.contradictions
    );
    assert!(
        !found.contains(&pair("would be scrapped", "not true")),
        "{:?}",
        r.contradictions
    );
}

#[test]
fn empty_and_claimless_documents_give_empty_valid_reports() {
    let s = scorer();
    for text in [
        "",
        "   \n\n",
        "Jane Doe/AFP via Getty Images",
        "Just one claim here.",
    ] {
        let report = analyze(&s, &[doc("d", text)], &AnalyzeOptions::default()).unwrap();
        assert!(report.contradictions.is_empty());
        assert!(report.disputes.is_empty());
        let json = serde_json::to_string(&report).unwrap();
        let back: Report = serde_json::from_str(&json).unwrap();
        assert_eq!(back, report);
    }
}

#[test]
fn cli_analyze_reads_stdin_and_writes_every_format() {
    let text = std::fs::read(repo().join("examples/union-talks.txt")).unwrap();
    let out = run_with_stdin(&["analyze", "-", "--format", "json"], &text);
    assert!(out.status.success(), "{}", stderr(&out));
    let report: Report = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report.schema, "gainsay.report.v1");
    assert_eq!(report.documents[0].id, "stdin");
    let tmp = tempfile::tempdir().unwrap();
    for ext in ["md", "html", "txt", "json"] {
        let path = tmp.path().join(format!("report.{ext}"));
        let out = run(&[
            "analyze",
            repo().join("examples/union-talks.txt").to_str().unwrap(),
            "-o",
            path.to_str().unwrap(),
        ]);
        assert!(out.status.success(), "{}", stderr(&out));
        let written = std::fs::read_to_string(&path).unwrap();
        assert!(!written.is_empty(), "{ext}");
    }
}

#[test]
fn cli_analyze_refuses_bad_input_clearly() {
    let tmp = tempfile::tempdir().unwrap();
    let bad = tmp.path().join("bad.txt");
    std::fs::write(&bad, b"caf\xe9 au lait").unwrap();
    let out = run(&["analyze", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("not valid UTF-8"), "{}", stderr(&out));
    let bin = tmp.path().join("bin.dat");
    std::fs::write(&bin, [0x7f, b'E', b'L', b'F', 0, 0, 1]).unwrap();
    let out = run(&["analyze", bin.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("binary"), "{}", stderr(&out));
    let out = run(&["analyze", "/no/such/file.txt"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("/no/such/file.txt"),
        "{}",
        stderr(&out)
    );
    let out = run(&["analyze", "--target", " ", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    // An existing report is not clobbered by a failed run.
    let report = tmp.path().join("keep.json");
    std::fs::write(&report, b"{\"old\": true}").unwrap();
    let out = run(&[
        "analyze",
        bad.to_str().unwrap(),
        "-o",
        report.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(std::fs::read(&report).unwrap(), b"{\"old\": true}");
}

#[test]
fn cli_analyze_warns_about_empty_files_and_writes_a_valid_report() {
    let tmp = tempfile::tempdir().unwrap();
    let empty = tmp.path().join("empty.txt");
    std::fs::write(&empty, b"  \n").unwrap();
    let out = run(&["analyze", empty.to_str().unwrap(), "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("is empty"), "{}", stderr(&out));
    let report: Report = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report.documents.len(), 1);
    assert!(report.documents[0].claims.is_empty());
}

/// Pair recall/precision, stance and speaker accuracy over an annotated article set.
#[derive(Debug, Default)]
struct Scores {
    planted: usize,
    found: usize,
    predicted: usize,
    consistent_flagged: usize,
    stance_total: usize,
    stance_right: usize,
    speaker_total: usize,
    speaker_right: usize,
}

#[derive(serde::Deserialize)]
struct Expected {
    articles: Vec<Article>,
}

#[derive(serde::Deserialize)]
struct Article {
    file: String,
    contradictions: Vec<PairNote>,
    #[serde(default)]
    consistent: Vec<PairNote>,
    #[serde(default)]
    speakers: Vec<SpeakerNote>,
    target: Option<TargetNote>,
}

#[derive(serde::Deserialize)]
struct PairNote {
    a: String,
    b: String,
}

#[derive(serde::Deserialize)]
struct SpeakerNote {
    claim: String,
    speaker: Option<String>,
}

#[derive(serde::Deserialize)]
struct TargetNote {
    text: String,
    #[serde(default)]
    favor: Vec<String>,
    #[serde(default)]
    against: Vec<String>,
    #[serde(default)]
    none: Vec<String>,
}

fn speaker_matches(got: Option<&str>, want: Option<&str>) -> bool {
    match (got, want) {
        (None, None) => true,
        (Some(g), Some(w)) => {
            let (g, w) = (g.to_lowercase(), w.to_lowercase());
            g == w || g.ends_with(&w) || w.ends_with(&g)
        }
        _ => false,
    }
}

impl Scores {
    /// Pair recall, pair precision, stance accuracy, speaker accuracy.
    fn rates(&self) -> (f64, f64, f64, f64) {
        let rate = |x: usize, of: usize| x as f64 / of.max(1) as f64;
        (
            rate(self.found, self.planted),
            rate(self.found, self.predicted),
            rate(self.stance_right, self.stance_total),
            rate(self.speaker_right, self.speaker_total),
        )
    }
}

fn score_set(dir: &Path, s: &OnnxScorer) -> Scores {
    let expected: Expected =
        serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap()).unwrap();
    let mut sc = Scores::default();
    for art in &expected.articles {
        let text = std::fs::read_to_string(dir.join(&art.file)).unwrap();
        let docs = [doc("a", &text)];
        let report = analyze(s, &docs, &AnalyzeOptions::default()).unwrap();
        let pairs = pairs_of(&report);
        let key = |n: &PairNote| note_key(&report, n);
        let planted: BTreeSet<_> = art.contradictions.iter().map(key).collect();
        sc.planted += planted.len();
        sc.found += planted.intersection(&pairs).count();
        sc.predicted += pairs.len();
        sc.consistent_flagged += art
            .consistent
            .iter()
            .filter(|n| pairs.contains(&key(n)))
            .count();
        for note in &art.speakers {
            sc.speaker_total += 1;
            let got = claim_at(&report, 0, &note.claim).and_then(|id| {
                report.documents[0]
                    .claims
                    .iter()
                    .find(|c| c.claim.id == id)
                    .and_then(|c| c.claim.speaker.as_ref().map(|s| s.name.clone()))
            });
            if speaker_matches(got.as_deref(), note.speaker.as_deref()) {
                sc.speaker_right += 1;
            } else {
                eprintln!(
                    "{}: speaker of {:?}: got {got:?}, want {:?}",
                    art.file, note.claim, note.speaker
                );
            }
        }
        if let Some(t) = &art.target {
            let opts = AnalyzeOptions {
                targets: vec![t.text.clone()],
                ..AnalyzeOptions::default()
            };
            let report = analyze(s, &docs, &opts).unwrap();
            let cases = t
                .favor
                .iter()
                .map(|c| (c, StanceLabel::Favor))
                .chain(t.against.iter().map(|c| (c, StanceLabel::Against)))
                .chain(t.none.iter().map(|c| (c, StanceLabel::None)));
            for (needle, want) in cases {
                sc.stance_total += 1;
                let got = claim_at(&report, 0, needle).and_then(|id| {
                    report.documents[0]
                        .claims
                        .iter()
                        .find(|c| c.claim.id == id)
                        .and_then(|c| c.stance.first().map(|s| s.label))
                });
                if got == Some(want) {
                    sc.stance_right += 1;
                } else {
                    eprintln!(
                        "{}: stance of {needle:?}: got {got:?}, want {want:?}",
                        art.file
                    );
                }
            }
        }
    }
    eprintln!("{}: {sc:?}", dir.display());
    sc
}

#[test]
fn annotated_articles_meet_the_quality_bar() {
    let dir = std::env::var_os("GAINSAY_ARTICLES")
        .map(Into::into)
        .unwrap_or_else(|| repo().join("tests/data/articles"));
    let sc = score_set(&dir, &scorer());
    let (recall, precision, stance, speaker) = sc.rates();
    eprintln!(
        "recall {recall:.3} precision {precision:.3} stance {stance:.3} speaker {speaker:.3}"
    );
    assert!(sc.planted >= 10, "too few planted contradictions");
    assert!(recall >= RECALL_BAR, "pair recall {recall:.3}");
    assert!(precision >= PRECISION_BAR, "pair precision {precision:.3}");
    assert!(stance >= STANCE_BAR, "stance accuracy {stance:.3}");
    assert!(speaker >= SPEAKER_BAR, "speaker accuracy {speaker:.3}");
}

// The bars the default model and rules reach on tests/data/articles (see README, Quality).
// Measured 2026-11-27: recall 14/15 = 0.933, precision 14/14 = 1.000, stance 40/43 = 0.930,
// speaker 28/28 = 1.000. Each bar fails on one more miss than today (precision: one more false
// pair).
const RECALL_BAR: f64 = 0.90;
const PRECISION_BAR: f64 = 0.95;
const STANCE_BAR: f64 = 0.92;
const SPEAKER_BAR: f64 = 0.98;

/// Scores a set with the default model and asserts its bars: recall, precision, stance, speaker.
fn assert_set_keeps(set: &str, [recall_bar, precision_bar, stance_bar, speaker_bar]: [f64; 4]) {
    let sc = score_set(&repo().join(set), &scorer());
    let (recall, precision, stance, speaker) = sc.rates();
    eprintln!(
        "{set}: recall {recall:.3} precision {precision:.3} stance {stance:.3} speaker {speaker:.3}"
    );
    assert!(recall >= recall_bar, "pair recall {recall:.3}");
    assert!(precision >= precision_bar, "pair precision {precision:.3}");
    assert!(stance >= stance_bar, "stance accuracy {stance:.3}");
    assert!(speaker >= speaker_bar, "speaker accuracy {speaker:.3}");
}

/// tests/data/articles-holdout: ten articles a helper wrote blind to the rules and the other
/// sets (see its README). Blind, with the rules of commit d0fb131, they scored recall 9/13,
/// precision 9/38, stance 24/42; the changes were then made with their errors in view, so they
/// are no longer held out, and serve as a third regression set. Measured 2026-11-27: recall 12/13 =
/// 0.923, precision 12/12 = 1.000, stance 38/42 = 0.905, speaker 64/65 = 0.985 (65/65 after the
/// attribution fixes of session 5). Each bar fails on one more miss.
#[test]
fn holdout_articles_keep_their_scores() {
    assert_set_keeps("tests/data/articles-holdout", [0.90, 0.95, 0.89, 0.99]);
}

/// tests/data/articles-blind: ten more articles a helper wrote blind to the rules and the other
/// sets, on 2026-11-27. Scored blind with the rules of commit d6b93a0: recall 11/18 = 0.611,
/// precision 11/13 = 0.846, stance 27/35 = 0.771. The rules were then changed with their errors
/// in view (place channel, "the city of X", day-first dates, "their disputed border" is no
/// attribution, organisations named in running text, ...), so they are a fourth regression set.
/// Measured after: recall 17/18 = 0.944, precision 17/18 = 0.944, stance 32/35 = 0.914, speaker
/// 63/65 = 0.969. Each bar fails on one more miss.
#[test]
fn blind_articles_keep_their_scores() {
    assert_set_keeps("tests/data/articles-blind", [0.90, 0.95, 0.89, 0.96]);
}

/// tests/data/articles-blind2: a third blind set (ten articles on topics the other sets do not
/// cover: hospital waiting lists, a court ruling, a mine accident, a data breach, ...), written
/// 2026-11-27. Scored blind with the rules of commit ced74b1: recall 5/18 = 0.278, precision 5/12
/// = 0.417, stance 21/30 = 0.700 — the honest estimate for new text. The rules were then changed
/// with its errors in view (bare rejections, money sums, more antonyms and synonyms), so it is a
/// regression set. Measured after (2026-11-27, session 4): recall 13/18 = 0.722, precision 13/19 =
/// 0.684, stance 28/30 = 0.933, speaker 61/66 = 0.924 (63/66 = 0.955 after the organisation-name
/// fixes of session 5, 64/66 = 0.970 after the blind7 ones). Each bar fails on one more miss.
#[test]
fn second_blind_articles_keep_their_scores() {
    assert_set_keeps("tests/data/articles-blind2", [0.69, 0.78, 0.92, 0.975]);
}

/// tests/data/articles-blind3 and -blind4: two more blind sets (ten articles each, 20 and 19
/// planted pairs), written by helpers who saw neither the rules nor the other sets. Scored blind
/// with the rules of 36a6476: blind3 recall 8/20 = 0.400, precision 8/17 = 0.471, stance 21/36 =
/// 0.583; blind4 recall 4/19 = 0.211, precision 4/8 = 0.500, stance 17/30 = 0.567. The rules
/// were then changed with their errors in view. Measured after: blind3 recall 15/20 = 0.750,
/// precision 15/18 = 0.833, stance 21/36 = 0.583, speaker 65/70 = 0.929; blind4 recall 11/19 =
/// 0.579, precision 11/15 = 0.733, stance 21/30 = 0.700, speaker 64/69 = 0.928. After the
/// organisation-name fixes of session 5: speaker 68/70 = 0.971 (blind3), 66/69 = 0.957 (blind4); after its
/// attribution fixes 69/70 = 0.986 and 67/69 = 0.971.
/// Each bar fails on one more miss.
#[test]
fn third_and_fourth_blind_articles_keep_their_scores() {
    assert_set_keeps("tests/data/articles-blind3", [0.72, 0.90, 0.73, 0.99]);
    assert_set_keeps("tests/data/articles-blind4", [0.55, 0.81, 0.68, 0.975]);
}

/// tests/data/articles-blind5: the fifth blind set, scored blind with the rules of 180b372 (which
/// had seen blind3 and blind4): recall 6/20 = 0.300, precision 6/10 = 0.600, stance 17/30 = 0.567,
/// speaker 54/70 = 0.771. Measured after the fixes it prompted: recall 9/20 = 0.450, precision
/// 9/9 = 1.000, stance 20/30 = 0.667, speaker 61/70 = 0.871 (65/70 = 0.929 after the
/// organisation-name fixes of session 5, 67/70 = 0.957 after its attribution fixes). Each bar fails on one more miss.
#[test]
fn fifth_blind_articles_keep_their_scores() {
    assert_set_keeps("tests/data/articles-blind5", [0.47, 0.95, 0.65, 0.95]);
}

/// tests/data/articles-blind6: the sixth blind set, scored blind with the rules of a68ca55 (which
/// had seen blind sets 1-5): recall 1/20 = 0.050, precision 1/5 = 0.200, stance 11/30 = 0.367,
/// speaker 58/68 = 0.853 — the clearest sign that word rules do not carry to new text. Measured
/// after the fixes it prompted (currency signs, money nouns, changes "by", relative clauses that
/// tell what befell the counted, denied plans, attribution): recall 7/20 = 0.350, precision 7/9 =
/// 0.778, stance 13/30 = 0.433, speaker 62/68 = 0.912 (63/68 = 0.926 after the
/// organisation-name fixes of session 5, 64/68 = 0.941 after "the statement said"). Each bar fails on one more miss.
#[test]
fn sixth_blind_articles_keep_their_scores() {
    assert_set_keeps("tests/data/articles-blind6", [0.37, 0.84, 0.48, 0.977]);
}

/// tests/data/articles-blind7: the seventh blind set (ten articles, 20 planted pairs, 80 speaker
/// notes, straight quotation marks), scored blind with the rules of 386fa43 (which had seen blind
/// sets 1-6): recall 6/20 = 0.300, precision 6/30 = 0.200, stance 21/39 = 0.538, speaker 72/80 =
/// 0.900. Measured after the fixes it prompted (denials of an unnamed reference, "X denied that",
/// take no part in pairs; a denied plan needs its verb or two of its words; a margin of votes is
/// no count of votes; "lost to X" names X the winner; a restart is a later moment than a stop;
/// "X gave a different account." asserts nothing): recall 7/20 = 0.350, precision 7/16 = 0.438,
/// stance unchanged; after its attribution fixes (names over "and", "a league spokesman",
/// organisations in a speaker's appositive, "One said", "the statement said") speaker 77/80 =
/// 0.963.
/// Each bar fails on one more miss.
#[test]
fn seventh_blind_articles_keep_their_scores() {
    assert_set_keeps("tests/data/articles-blind7", [0.42, 0.78, 0.52, 0.955]);
}

/// tests/data/articles-blind8: the eighth blind set (ten articles, 20 planted pairs, 90 speaker
/// notes), scored blind with the rules of 92ff75f (which had seen blind sets 1-7): recall 4/20 =
/// 0.200, precision 4/8 = 0.500, stance 13/35 = 0.371, speaker 70/90 = 0.778. The stance rule for
/// negative claims about a target's topic (`NEGATED_TOPIC_AGAINST`) was written before this set
/// was read and took its stance to 19/35 = 0.543; the attribution fixes it prompted ("a
/// spokeswoman said" speaks for the organisation named last, and is the next "she"; "the
/// company" / "the county council" / "the authority" point back to the right body; "Cllr";
/// "Professor X was ..." is the next "she"; "In an interview on Tuesday he said"; "according to
/// figures published by X") took speaker to 89/90 = 0.989; its pair fixes (places "beneath",
/// "along", "on" a named street or ridge; a street and a town are no clash; a spot measured from
/// the other's place is another spot; a negative text's place takes no part; an age is no count;
/// "has gone up"; "refused" is the opposite of "approved"; "savings" / "save" and "instruction" /
/// "instructed" meet) took recall to 7/20 = 0.350 and precision to 7/9 = 0.778 (blind7: recall
/// 8/20, precision 8/15).
/// Each bar fails on one more miss.
#[test]
fn eighth_blind_articles_keep_their_scores() {
    assert_set_keeps("tests/data/articles-blind8", [0.32, 0.90, 0.53, 0.98]);
}

/// tests/data/articles-blind9: the ninth blind set (ten articles, 20 planted pairs, 86 speaker
/// notes), scored blind with the rules of 5001f81 (which had seen blind sets 1-8): recall 4/20 =
/// 0.200, precision 4/9 = 0.444, stance 18/39 = 0.462, speaker 75/86 = 0.872. Its attribution
/// fixes ("the 79-year-old" is the person named last; "the Portgate Echo", "of Black Crag" name
/// no person; "Sergeant X of Y Police" is X; a spokeswoman "for" a body is the next "she"; "A
/// report published ... by X said"; "Earlier this week the blog X reported") took speaker to
/// 84/86 = 0.977; a negation's reach past "a single" / "any" (and its stop at "since") took
/// recall to 5/20 = 0.250, precision to 5/10 = 0.500 and stance to 19/39 = 0.487; a negated
/// subject negating its predicate ("No member of staff has ever reported a fault") took
/// precision to 5/9 = 0.556.
/// Session 7: the narrator's background takes no part in pairs (`candidates::excluded`), which
/// took precision to 13/18 = 0.722 (blind2), 11/14 = 0.786 (blind4), 8/11 = 0.727 (blind7),
/// 7/7 = 1.000 (blind8), 5/8 = 0.625 (blind9) and 17/17 (blind), with no planted pair lost.
/// Session 9: "she had been given no such warning" now pairs with what it rejects (the warden's
/// advice), the disagreement planted as "Nobody told me not to go", which the rules still miss;
/// the scorer counts it false: precision 7/11 = 0.636.
/// Each bar fails on one more miss.
#[test]
fn ninth_blind_articles_keep_their_scores() {
    assert_set_keeps("tests/data/articles-blind9", [0.37, 0.64, 0.57, 0.97]);
}

/// tests/data/articles-blind10 and -blind11: two more blind sets (ten articles each, 20 planted
/// pairs each), written on 2026-11-27 by two helpers who saw no rule, test or other set, and
/// scored blind with the rules of 8b19c54 (which had seen blind sets 1-9): blind10 recall 9/20 =
/// 0.450, precision 9/27 = 0.333, stance 22/31 = 0.710, speaker 79/89 = 0.888; blind11 recall
/// 6/20 = 0.300, precision 6/21 = 0.286, stance 18/39 = 0.462, speaker 68/81 = 0.840. Most of
/// their false pairs set a source against the narrator's background ("Tarnbury, founded in 1883,
/// were promoted ..."), which then stopped pairing: precision 9/17 = 0.529 and 6/14 = 0.429.
/// Their attribution fixes (a role, then a name in apposition: "The vicar, the Rev Hannah
/// Quartermaine,"; "MP", "PC" are titles, not organisations; "this week" before the verb;
/// "claiming", "found that", "estimated"; "the company" is no authority or club; "the council"
/// is the local authority unless the parish council spoke last; "the council's consultation
/// document"; possessives inside a name; records that "show"; "The recall notice issued by X")
/// took speaker to 87/89 = 0.978 and 76/81 = 0.938, and
/// blind10's precision to 9/16 = 0.563. Homes, houses and properties counted as one kind of thing
/// (and a share of them as no count) took blind11 to recall 7/20 = 0.350, precision 7/15 = 0.467
/// and stance 19/39 = 0.487. A speaker's own "not this, but that" in one sentence or the next
/// (`contrast`) took blind11's precision to 7/14 = 0.500 and blind2's to 13/17 = 0.765.
/// A year is no count and a target no count of what happened: blind10 precision 9/15 = 0.600.
/// An outlet named after "when" / "after" ("... when the technology news site ByteLedger
/// reported that") took speaker to 88/89 = 0.989 and 77/81 = 0.951; blind11's stance fell to
/// 18/39 = 0.462: the claim of "a post on the community forum Dunmere Noticeboard" now stands
/// without its frame, and the model reads it as neutral to the target.
/// Each bar fails on one more miss.
#[test]
fn tenth_and_eleventh_blind_articles_keep_their_scores() {
    assert_set_keeps("tests/data/articles-blind10", [0.42, 0.62, 0.69, 0.98]);
    assert_set_keeps("tests/data/articles-blind11", [0.32, 0.60, 0.47, 0.944]);
}

/// tests/data/articles-blind12: the twelfth blind set (ten articles, 20 planted pairs, 83 speaker
/// notes), written while this session's rules were being changed and scored only once they were
/// done. At the session's first commit (8b19c54): recall 5/20 = 0.250, precision 5/18 = 0.278,
/// stance 20/31 = 0.645, speaker 72/83 = 0.867. Blind, with this session's rules (5222501 and
/// the self-contradiction fix of `contrast`): recall 4/20 = 0.200, precision 4/9 = 0.444, stance
/// 19/31 = 0.613, speaker 77/83 = 0.928. The one planted pair lost was a forecast ("now forecast
/// to cost £14.2m" / "the total bill at £11.8m"), which the target rule had taken for a target;
/// with the rule narrowed to targets: recall 5/20 = 0.250, precision 5/10 = 0.500.
/// Each bar fails on one more miss.
#[test]
fn twelfth_blind_articles_keep_their_scores() {
    assert_set_keeps("tests/data/articles-blind12", [0.27, 0.52, 0.62, 0.92]);
}

/// tests/data/articles-blind13 and -blind14: two more sets written blind on 2026-11-27 (session
/// 8). Scored blind with the rules of 4728110: blind13 recall 2/20 = 0.100, precision 2/10 =
/// 0.200, stance 16/32 = 0.500, speaker 82/90 = 0.911; blind14 recall 9/20 = 0.450, precision
/// 9/25 = 0.360, stance 21/33 = 0.636, speaker 83/90 = 0.922. Most missed pairs had a clash the
/// rules did not see, so the fixes were to the clash vocabulary: growth and refusal words
/// ("grown", "turned down", "granted"), speed ("take longer" / "in less time"), synonyms (visits,
/// storeys, stakes, borrowing), -ion nouns and their verbs ("objections", "recommendation"), the
/// price of a permit or ticket, and a closing day ("closes on December 12") compared with a last
/// day ("until January 9"); a price and a count moving apart are no clash. Speaker fixes: a
/// report's maker ("A condition survey by Pryce and Lamb ... found"), "Figures published by X
/// recorded", a sentence's subject organisation is the next "it", "Its organiser, harbour cafe
/// owner Ruth Annear,", "The chairman of X, Name,", "A county council spokeswoman", "A council
/// report", and the people named in what a person said are not the next "he". After: blind13
/// recall 10/20 = 0.500, precision 10/18 = 0.556, stance 21/32 = 0.656, speaker 88/90 = 0.978;
/// blind14 recall 13/20 = 0.650, precision 13/29 = 0.448, stance 21/33 = 0.636, speaker 88/90.
/// On the older sets the same changes found 5 more planted pairs and no false one (blind5,
/// blind7, blind9, blind12), 9 more stances and 1 more speaker.
/// The narrator's headline and lede take no side (`LEDE_SENTENCES` in the analyze module): 19
/// reported pairs across the sets had one, none planted. Precision after it: blind13 10/17 =
/// 0.588, blind14 13/20 = 0.650 (stance 22/33 = 0.667); blind2 13/16, blind3 15/16, blind4
/// 11/13, blind7 9/11, blind10 9/14, blind11 7/11.
/// Session 9: "No such promise was ever made" pairs with the promise it rejects: blind13 recall
/// 11/20 = 0.550, precision 11/18 = 0.611, stance 22/32 = 0.688.
/// Each bar fails on one more miss.
#[test]
fn thirteenth_and_fourteenth_blind_articles_keep_their_scores() {
    assert_set_keeps("tests/data/articles-blind13", [0.52, 0.59, 0.67, 0.972]);
    assert_set_keeps("tests/data/articles-blind14", [0.62, 0.63, 0.65, 0.972]);
}

/// tests/data/articles-blind15 and -blind16: written blind on 2026-11-27 while the blind13/14
/// fixes were being made, and scored with them (a2832df), before any change made with their
/// errors in view: blind15 recall 2/20 = 0.100, precision 2/14 = 0.143, stance 21/30 = 0.700,
/// speaker 74/80 = 0.925; blind16 recall 5/20 = 0.250, precision 5/9 = 0.556, stance 19/30 =
/// 0.633, speaker 78/82 = 0.951. At the session's first commit (4728110) they scored 1/20, 1/13,
/// 21/30, 74/80 and 5/20, 5/9, 18/30, 77/82: the blind13/14 fixes carried one pair, one stance
/// and one speaker to new text. The lede rule (also blind to them) took blind15's precision to
/// 2/11. Then, with their errors in view: "through the roof", "come down", "sliding", shoplifting
/// = theft, a saving or a mileage claim says what a sum pays (a date channel for candidates was
/// tried: 1 more planted pair and 10 false ones over the sets, dropped); "Name of Firm" in
/// apposition is the person, "A report by X's team" is X. After: blind15 recall 4/20 = 0.200,
/// precision 4/13 = 0.308, stance 22/30 = 0.733, speaker 75/80 = 0.938; blind16 recall 8/20 =
/// 0.400, precision 8/12 = 0.667, stance 21/30 = 0.700, speaker 79/82 = 0.963.
/// Session 9: "No such commitment was ever given" and "Nothing of the kind happened in 2023" pair
/// with what they reject: blind16 recall 10/20 = 0.500, precision 10/14 = 0.714, stance 25/30 =
/// 0.833. Posts on a named forum are the forum's: blind15 speaker 76/80 = 0.950.
/// Each bar fails on one more miss.
#[test]
fn fifteenth_and_sixteenth_blind_articles_keep_their_scores() {
    assert_set_keeps("tests/data/articles-blind15", [0.27, 0.44, 0.71, 0.943]);
    assert_set_keeps("tests/data/articles-blind16", [0.47, 0.69, 0.81, 0.957]);
}

/// tests/data/articles-blind17 and -blind18: written blind on 2026-11-28 (session 9) by two helpers
/// who saw no rule, test or other set. Scored blind with the rules of e2aad5f: blind17 recall 1/20
/// = 0.050, precision 1/8 = 0.125, stance 23/32 = 0.719, speaker 73/82 = 0.890; blind18 recall
/// 7/20 = 0.350, precision 7/15 = 0.467, stance 22/33 = 0.667, speaker 82/86 = 0.953. The "no
/// such" rejections (written before they were read) changed neither. Then, with their errors in
/// view: speakers before ", which said", a relative clause inside a source, an aside after the cue
/// ("reported, citing a leaked internal document, that"), newspaper mastheads, "Within hours of
/// ...", posts on a named forum; opposites "boosted" / "lower", "rated good" / "failed",
/// "scrapped" / "staying", "successful" / "refused", "more HGVs" / "would go down"; one topic
/// for teachers and teaching, thieves and theft, HGVs and lorries, aboard and boarded, moving
/// and transferring work; barriers that "stayed up" were not lowered; street
/// names ending in Parade or Gardens; "close to" is near; a rejection without words of its own
/// gives way to its speaker's claim that says what is so; "whether or not" negates nothing; "the
/// claims about X" is a reference. After: blind17 recall 5/20 = 0.250, precision 5/10 = 0.500,
/// stance 26/32 = 0.813, speaker 77/82 = 0.939; blind18 recall 13/20 = 0.650, precision 13/15 =
/// 0.867, stance 27/33 = 0.818, speaker 86/86 = 1.000 ("It" is the organisation named last when
/// none has spoken; "Patients' Voice Harrowfield" keeps its apostrophe; "The Stanmouth Striders,
/// the town's biggest running club," is the club a later "the club" names). No older set lost a pair, a stance or a
/// speaker; blind6 and blind15 gained a speaker each.
/// Each bar fails on one more miss.
#[test]
fn seventeenth_and_eighteenth_blind_articles_keep_their_scores() {
    assert_set_keeps("tests/data/articles-blind17", [0.27, 0.57, 0.79, 0.932]);
    assert_set_keeps("tests/data/articles-blind18", [0.67, 0.84, 0.80, 0.994]);
}

/// Blind sets 19 and 20: 10 articles and 20 planted contradictions each, written on 2026-11-28 by
/// helpers who saw no rule, test or other set, committed untouched. Scored blind with the rules of
/// 39fc105: blind19 recall 3/20 = 0.150, precision 3/9 = 0.333, stance 20/37 = 0.541, speaker
/// 73/80 = 0.913; blind20 recall 8/20 = 0.400, precision 8/14 = 0.571, stance 24/34 = 0.706,
/// speaker 82/88 = 0.932. Then, with their errors in view: speakers after an adverb ("flatly
/// rejected"), a coordinated verb ("welcomed the outcome but said"), "telling X that", a
/// lower-case descriptor ("community Facebook page X"), "a statement" / "the post" / "the
/// group's newsletter" pointing back, Partnership, Commissioners and Taverns as organisations;
/// figures joined to their unit ("a 65-metre stretch"), rates only near their figure, a measure
/// counting itself ("three hours either side"), "pieces of" counting what they are of; assurances
/// as promises, consent that "came through" as granted, "not finalised until" as the day it was
/// finalised; no clause split after a list of subjects; a sum of money is no count. After:
/// blind19 recall 6/20 = 0.300, precision 6/10 = 0.600, stance 21/37 = 0.568, speaker 80/80 = 1.000; blind20 recall 13/20 =
/// 0.650, precision 13/19 = 0.684, stance 29/34 = 0.853, speaker 87/88 = 0.989.
/// Each bar fails on one more miss.
#[test]
fn nineteenth_and_twentieth_blind_articles_keep_their_scores() {
    assert_set_keeps("tests/data/articles-blind19", [0.27, 0.57, 0.55, 0.993]);
    assert_set_keeps("tests/data/articles-blind20", [0.62, 0.66, 0.83, 0.982]);
}

/// The bundled news-tuned model trades recall for precision. Measured on tests/data/articles with
/// the rebuild of 2026-11-27 (4 of 5 model targets met, `--steps 4000 --news-stories 1100`):
/// recall 6/15 = 0.400, precision 6/6 = 1.000. Each bar fails on one more miss.
#[test]
fn news_model_reports_fewer_false_contradictions() {
    let dir = ModelDir::open(repo().join("models/minilm-l6-nli-news")).expect("news model");
    let s = OnnxScorer::load(&dir, ScorerOptions::default()).expect("load news model");
    let sc = score_set(&repo().join("tests/data/articles"), &s);
    let (recall, precision, _, _) = sc.rates();
    eprintln!("news model: recall {recall:.3} precision {precision:.3}");
    assert!(precision >= 0.95, "pair precision {precision:.3}");
    assert!(recall >= 0.35, "pair recall {recall:.3}");
}

#[test]
fn huge_documents_are_refused_with_a_limit_not_hours_of_work() {
    let text =
        "The port reopened on Monday, and officials said traffic would recover. ".repeat(400);
    let opts = AnalyzeOptions {
        max_claims: 100,
        ..AnalyzeOptions::default()
    };
    let err = analyze(&scorer(), &[doc("big", &text)], &opts).unwrap_err();
    assert!(
        matches!(err, gainsay::Error::TooLarge { limit: 100, .. }),
        "{err}"
    );
    assert!(err.to_string().contains("--max-claims"));
}

/// Planted pairs found, predicted pairs, NLI calls and claims for one rule over an article set.
/// `rule: None` is brute force: every pair of claims, NLI both ways, mean contradiction ≥ 0.5.
fn pruning_run(
    dir: &Path,
    s: &OnnxScorer,
    rule: Option<&AnalyzeOptions>,
) -> (usize, usize, usize, usize) {
    let expected: Expected =
        serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap()).unwrap();
    let (mut found, mut predicted, mut calls, mut claims) = (0, 0, 0, 0);
    for art in &expected.articles {
        let text = std::fs::read_to_string(dir.join(&art.file)).unwrap();
        let opts = rule.cloned().unwrap_or(AnalyzeOptions {
            contradictions: false,
            ..AnalyzeOptions::default()
        });
        let report = analyze(s, &[doc("a", &text)], &opts).unwrap();
        let pairs = match rule {
            Some(_) => {
                calls += report.stats.contradiction_calls;
                pairs_of(&report)
            }
            None => {
                let (pairs, n) = all_pairs(s, &report);
                calls += n;
                pairs
            }
        };
        found += art
            .contradictions
            .iter()
            .filter(|n| pairs.contains(&note_key(&report, n)))
            .count();
        predicted += pairs.len();
        claims += report.stats.claims;
    }
    (found, predicted, calls, claims)
}

/// Every pair of a report's claims judged by NLI both ways; returns the pairs at mean
/// contradiction ≥ 0.5 and the number of NLI calls.
fn all_pairs(s: &OnnxScorer, report: &Report) -> (BTreeSet<PairKey>, usize) {
    let claims: Vec<_> = report.documents[0]
        .claims
        .iter()
        .filter(|c| c.claim.kind.is_claim())
        .map(|c| &c.claim)
        .collect();
    let mut idx = Vec::new();
    let mut batch = Vec::new();
    for (i, a) in claims.iter().enumerate() {
        for b in &claims[i + 1..] {
            idx.push((a.id.clone(), b.id.clone()));
            batch.push(Pair::new(&a.content, &b.content));
            batch.push(Pair::new(&b.content, &a.content));
        }
    }
    let probs = s.score(&batch).unwrap();
    let pairs = idx
        .into_iter()
        .zip(probs.chunks(2))
        .filter(|(_, p)| (p[0].contradiction + p[1].contradiction) / 2.0 >= 0.5)
        .map(|((a, b), _)| unordered(format!("a/{a}"), format!("a/{b}")))
        .collect();
    (pairs, batch.len())
}

/// The candidate rule against scoring every pair: how many of the planted contradictions that
/// all-pairs NLI finds does the pruned run keep, at how many NLI calls. Measured 2026-11-26 on
/// tests/data/articles + articles-dev (27 planted, 179 claims): all pairs find 26 with 1,290 NLI
/// calls (and 573 false pairs); the relatedness rule alone keeps all 26 at 1.9 calls a claim
/// (110 false); the default (relatedness + clash) keeps all 26 at 0.32 calls a claim (0 false).
#[test]
fn pruning_keeps_most_true_contradictions_at_linear_cost() {
    let s = scorer();
    let related_only = AnalyzeOptions {
        require_clash: false,
        ..AnalyzeOptions::default()
    };
    let default = AnalyzeOptions::default();
    let mut totals = [(0, 0, 0, 0); 3];
    for set in ["tests/data/articles", "tests/data/articles-dev"] {
        let dir = repo().join(set);
        for (t, rule) in totals
            .iter_mut()
            .zip([None, Some(&related_only), Some(&default)])
        {
            let r = pruning_run(&dir, &s, rule);
            *t = (t.0 + r.0, t.1 + r.1, t.2 + r.2, t.3 + r.3);
        }
    }
    let [brute, related, default] = totals;
    eprintln!(
        "all pairs {brute:?}; relatedness rule {related:?}; default {default:?} \
         (found, predicted, calls, claims)"
    );
    let n = default.3;
    assert!(
        brute.0 >= 20,
        "all-pairs NLI finds {} planted pairs",
        brute.0
    );
    for (name, r) in [("relatedness rule", related), ("default rule", default)] {
        assert!(r.2 <= 4 * n, "{name}: {} NLI calls for {n} claims", r.2);
        let kept = r.0 as f64 / brute.0 as f64;
        eprintln!(
            "{name}: keeps {kept:.3} of all-pairs finds at {:.2} calls/claim",
            r.2 as f64 / n as f64
        );
    }
    assert!(
        related.0 as f64 >= 0.95 * brute.0 as f64,
        "relatedness rule keeps {} of {}",
        related.0,
        brute.0
    );
    assert!(
        default.0 as f64 >= 0.9 * brute.0 as f64,
        "default keeps {} of {}",
        default.0,
        brute.0
    );
    // The clash requirement must pay for what it loses: far fewer false pairs.
    assert!(default.1 - default.0 <= (related.1 - related.0) / 3);
}
