//! Candidate pairs: which claims are related enough for NLI to judge them.
//!
//! Each claim keeps its `k` most related partners (IDF-weighted overlap of content words, found
//! through an inverted index); the union of those pairs is judged. So at most `k·n` pairs and
//! `2k·n` NLI calls for `n` claims — linear, not quadratic.
//!
//! Denials get a second channel. "There is no rift between the two" and "Rubio has been cut out of
//! this" share almost no words, yet one disputes the other; so each denial (a negative claim) is
//! also paired with up to `denial_partners` claims of *other* speakers in its document that name
//! one of the people or things it names, the most related first. That adds at most
//! `denial_partners` pairs per denial.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::relate::Relatedness;

/// A pairing unit as the candidate rule sees it.
#[derive(Debug, Clone, Default)]
pub struct Unit {
    /// Index of the document.
    pub doc: usize,
    /// Sentence index within the document.
    pub sentence: usize,
    /// Speaker name (`None`: the author).
    pub speaker: Option<String>,
    /// Byte span of the claim in its document.
    pub span: (usize, usize),
    /// Terms of the names the claim mentions (or points back to).
    pub names: BTreeSet<String>,
    /// The claim says something is not so (it takes the denial channel).
    pub negative: bool,
    /// The claim's numbers: (role and counted term, value), as `clash::quantity_keys` gives them
    /// (they take the number channel).
    pub quantities: Vec<(String, f64)>,
    /// The places the claim puts something in, as `clash::place_names` gives them (they take the
    /// place channel).
    pub places: Vec<String>,
    /// The opposite-word groups the claim uses and its side in each, as `clash::antonym_sides`
    /// gives them (they take the antonym channel).
    pub antonyms: Vec<(usize, bool)>,
    /// The narrator's own background (no speaker, and no verb of reporting in its words: "The
    /// bridge was last closed in 1994", not "Posts on the forum claimed that ..."), or the
    /// narrator's headline and lede, which summarise the story the body tells.
    pub background: bool,
}

/// A candidate pair `(i, j)` with `i < j` and its relatedness.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Candidate {
    /// First unit.
    pub i: usize,
    /// Second unit.
    pub j: usize,
    /// Relatedness in 0..=1.
    pub relatedness: f32,
}

/// Pairs that may never be judged: a claim with itself, overlapping text (a claim and its own
/// attribution frame), and one speaker's clauses of one sentence. Unless `narrator` is set, also
/// two of the narrator's own sentences (no speaker) in one document, and the narrator's
/// background with anyone: an article's own voice is taken to be consistent ("In April, Witkoff
/// arranged a meeting in Paris" / "In November, Witkoff arranged another meeting in Florida" are
/// two events), and its background facts ("Tarnbury, founded in 1883, were promoted two seasons
/// ago") are the setting of a dispute, not a side in it; disputes are between sources, and a
/// narrator's sentence that reports one ("a leaked memo said ...") is such a source.
fn excluded(a: &Unit, b: &Unit, narrator: bool) -> bool {
    if a.doc != b.doc {
        return false;
    }
    let overlap = a.span.0 < b.span.1 && b.span.0 < a.span.1;
    let narrator_pair =
        !narrator && (a.speaker.is_none() && b.speaker.is_none() || a.background || b.background);
    overlap || narrator_pair || (a.sentence == b.sentence && a.speaker == b.speaker)
}

/// The candidate rule's knobs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CandidateRule {
    /// Partners kept per unit (k).
    pub neighbours: usize,
    /// Minimum relatedness for a partner.
    pub min_relatedness: f32,
    /// Whether units of different documents may pair.
    pub cross_document: bool,
    /// Extra partners per denial among other speakers' claims naming the same names (0: off).
    pub denial_partners: usize,
    /// Whether the narrator's own sentences (no speaker) of one document may pair.
    pub narrator_pairs: bool,
}

/// Terms shared by more units than this are skipped when looking for partners: they carry almost
/// no weight, and walking their postings would make the search quadratic.
const MAX_POSTINGS: usize = 2_000;

/// The candidate rule: each unit's `k` best partners at or above `min_relatedness`.
pub fn candidates(
    units: &[Unit],
    sets: &[BTreeSet<String>],
    rel: &Relatedness,
    rule: &CandidateRule,
) -> Vec<Candidate> {
    let (k, min_relatedness) = (rule.neighbours, rule.min_relatedness);
    let mut postings: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, s) in sets.iter().enumerate() {
        for t in s {
            postings.entry(t.as_str()).or_default().push(i);
        }
    }
    // Pair (i < j) -> relatedness, in pair order.
    let mut chosen: BTreeMap<(usize, usize), f32> = BTreeMap::new();
    for i in 0..units.len() {
        let mut partners: BTreeSet<usize> = BTreeSet::new();
        for t in &sets[i] {
            let posting = &postings[t.as_str()];
            if posting.len() <= MAX_POSTINGS {
                partners.extend(posting.iter().copied().filter(|&j| j != i));
            }
        }
        let partners = partners
            .into_iter()
            .filter(|&j| rule.cross_document || units[j].doc == units[i].doc)
            .filter(|&j| !excluded(&units[i], &units[j], rule.narrator_pairs));
        chosen.extend(best_partners(i, partners, sets, rel, min_relatedness, k));
    }
    chosen.extend(number_pairs(units, sets, rel, rule));
    chosen.extend(place_pairs(units, sets, rel, rule));
    chosen.extend(antonym_pairs(units, sets, rel, rule));
    if rule.denial_partners > 0 {
        chosen.extend(denial_pairs(units, sets, rel, rule));
    }
    chosen
        .into_iter()
        .map(|((i, j), relatedness)| Candidate { i, j, relatedness })
        .collect()
}

/// Unit `i`'s `k` most related `partners` at or above `min`, as (pair key, relatedness). Ties go
/// to the nearer claim, then the earlier one, for determinism.
fn best_partners(
    i: usize,
    partners: impl IntoIterator<Item = usize>,
    sets: &[BTreeSet<String>],
    rel: &Relatedness,
    min: f32,
    k: usize,
) -> Vec<((usize, usize), f32)> {
    let mut ranked: Vec<(usize, f32)> = partners
        .into_iter()
        .map(|j| (j, rel.similarity(sets, i, j)))
        .filter(|&(_, s)| s >= min)
        .collect();
    ranked.sort_by(|x, y| {
        y.1.total_cmp(&x.1)
            .then_with(|| x.0.abs_diff(i).cmp(&y.0.abs_diff(i)))
            .then_with(|| x.0.cmp(&y.0))
    });
    ranked
        .into_iter()
        .take(k)
        .map(|(j, s)| ((i.min(j), i.max(j)), s))
        .collect()
}

/// Units sharing one number key beyond which the number channel does not pair them (a key that
/// common is not specific: "percent" in a corpus).
const MAX_NUMBER_POSTINGS: usize = 64;

/// The number channel: each claim's best `k` partners among claims with a different number of the
/// same thing in the same role ("All 230 passengers and crew were evacuated" / "the ferry was
/// carrying 180 people"), which may share no other word.
fn number_pairs(
    units: &[Unit],
    sets: &[BTreeSet<String>],
    rel: &Relatedness,
    rule: &CandidateRule,
) -> Vec<((usize, usize), f32)> {
    // (document, or None across documents; key) -> (unit, value).
    type Postings<'u> = HashMap<(Option<usize>, &'u str), Vec<(usize, f64)>>;
    let mut by_key: Postings<'_> = HashMap::new();
    for (j, u) in units.iter().enumerate() {
        let doc = (!rule.cross_document).then_some(u.doc);
        for (key, value) in &u.quantities {
            by_key
                .entry((doc, key.as_str()))
                .or_default()
                .push((j, *value));
        }
    }
    let mut out = Vec::new();
    for (i, u) in units.iter().enumerate() {
        let doc = (!rule.cross_document).then_some(u.doc);
        let mut others: BTreeSet<usize> = BTreeSet::new();
        for (key, value) in &u.quantities {
            let posting = &by_key[&(doc, key.as_str())];
            if posting.len() <= MAX_NUMBER_POSTINGS {
                others.extend(posting.iter().filter(|p| p.1 != *value).map(|p| p.0));
            }
        }
        let others = others
            .into_iter()
            .filter(|&j| j != i && !excluded(u, &units[j], rule.narrator_pairs));
        out.extend(best_partners(i, others, sets, rel, 0.0, rule.neighbours));
    }
    out
}

/// The place channel: each claim that puts something in a place, with its best `neighbours`
/// claims of the same document that share a term with it and put something in another place
/// ("talks will be held in Lundervik" / "the talks would take place in Grevhalla": one shared
/// word, too common to rank them among each other's nearest claims).
fn place_pairs(
    units: &[Unit],
    sets: &[BTreeSet<String>],
    rel: &Relatedness,
    rule: &CandidateRule,
) -> Vec<((usize, usize), f32)> {
    let mut by_doc: HashMap<usize, Vec<usize>> = HashMap::new();
    for (j, u) in units.iter().enumerate() {
        if !u.places.is_empty() {
            by_doc.entry(u.doc).or_default().push(j);
        }
    }
    let mut out = Vec::new();
    for (i, u) in units.iter().enumerate() {
        if u.places.is_empty() {
            continue;
        }
        let others = by_doc[&u.doc]
            .iter()
            .copied()
            .take(MAX_NUMBER_POSTINGS)
            .filter(|&j| !units[j].places.iter().any(|p| u.places.contains(p)));
        out.extend(word_sharing_partners(i, others, units, sets, rel, rule));
    }
    out
}

/// Unit `i`'s best `neighbours` among `others` that share a term with it (the place and antonym
/// channels: one shared word is enough, however common).
fn word_sharing_partners(
    i: usize,
    others: impl IntoIterator<Item = usize>,
    units: &[Unit],
    sets: &[BTreeSet<String>],
    rel: &Relatedness,
    rule: &CandidateRule,
) -> Vec<((usize, usize), f32)> {
    let others = others.into_iter().filter(|&j| {
        j != i
            && !sets[i].is_disjoint(&sets[j])
            && !excluded(&units[i], &units[j], rule.narrator_pairs)
    });
    best_partners(i, others, sets, rel, 0.0, rule.neighbours)
}

/// The antonym channel: each claim using an opposite word ("found guilty"), with its best
/// `neighbours` claims of the same document that use its opposite ("acquitted") and share a term.
fn antonym_pairs(
    units: &[Unit],
    sets: &[BTreeSet<String>],
    rel: &Relatedness,
    rule: &CandidateRule,
) -> Vec<((usize, usize), f32)> {
    let mut by_side: HashMap<(usize, usize, bool), Vec<usize>> = HashMap::new();
    for (j, u) in units.iter().enumerate() {
        for &(g, side) in &u.antonyms {
            by_side.entry((u.doc, g, side)).or_default().push(j);
        }
    }
    let mut out = Vec::new();
    for (i, u) in units.iter().enumerate() {
        let mut others: BTreeSet<usize> = BTreeSet::new();
        for &(g, side) in &u.antonyms {
            if let Some(posting) = by_side.get(&(u.doc, g, !side)) {
                others.extend(posting.iter().take(MAX_NUMBER_POSTINGS));
            }
        }
        out.extend(word_sharing_partners(i, others, units, sets, rel, rule));
    }
    out
}

/// The denial channel: each denial's best `partners` other-speaker claims in its document that
/// share a name with it.
fn denial_pairs(
    units: &[Unit],
    sets: &[BTreeSet<String>],
    rel: &Relatedness,
    rule: &CandidateRule,
) -> Vec<((usize, usize), f32)> {
    let mut by_name: HashMap<(usize, &str), Vec<usize>> = HashMap::new();
    for (j, u) in units.iter().enumerate() {
        for name in &u.names {
            by_name.entry((u.doc, name.as_str())).or_default().push(j);
        }
    }
    let mut out = Vec::new();
    for (i, u) in units.iter().enumerate().filter(|(_, u)| u.negative) {
        let mut others: BTreeSet<usize> = BTreeSet::new();
        for name in &u.names {
            let posting = &by_name[&(u.doc, name.as_str())];
            if posting.len() <= MAX_POSTINGS {
                others.extend(posting.iter().copied());
            }
        }
        let others = others.into_iter().filter(|&j| {
            j != i && units[j].speaker != u.speaker && !excluded(u, &units[j], rule.narrator_pairs)
        });
        out.extend(best_partners(
            i,
            others,
            sets,
            rel,
            0.0,
            rule.denial_partners,
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::relate::terms;

    fn unit(doc: usize, sentence: usize, speaker: Option<&str>, span: (usize, usize)) -> Unit {
        Unit {
            doc,
            sentence,
            speaker: speaker.map(str::to_string),
            span,
            ..Unit::default()
        }
    }

    /// The candidate pairs (i, j) of `units` made from `texts`.
    fn pairs(units: &[Unit], texts: &[&str], rule: &CandidateRule) -> Vec<(usize, usize)> {
        let sets: Vec<_> = texts.iter().map(|t| terms(t)).collect();
        let rel = Relatedness::new(&sets);
        candidates(units, &sets, &rel, rule)
            .iter()
            .map(|p| (p.i, p.j))
            .collect()
    }

    fn rule(neighbours: usize, min_relatedness: f32) -> CandidateRule {
        CandidateRule {
            neighbours,
            min_relatedness,
            cross_document: true,
            denial_partners: 0,
            narrator_pairs: true,
        }
    }

    #[test]
    fn keeps_related_pairs_and_stays_linear() {
        let texts = [
            "The union said 500 jobs will be cut at the plant.",
            "Management said only 50 positions at the plant will be affected.",
            "The weather was sunny in Leeds.",
            "Rain is expected in Leeds tomorrow.",
        ];
        let units: Vec<Unit> = (0..texts.len())
            .map(|i| unit(0, i, None, (i * 100, i * 100 + 50)))
            .collect();
        let sets: Vec<_> = texts.iter().map(|t| terms(t)).collect();
        let rel = Relatedness::new(&sets);
        let c = candidates(&units, &sets, &rel, &rule(2, 0.05));
        assert!(c.iter().any(|p| (p.i, p.j) == (0, 1)));
        assert!(c.iter().any(|p| (p.i, p.j) == (2, 3)));
        assert!(!c.iter().any(|p| (p.i, p.j) == (0, 2)));
        assert!(c.len() <= 2 * texts.len());
    }

    #[test]
    fn never_pairs_overlapping_or_same_speaker_same_sentence() {
        let a = unit(0, 3, Some("Pigott"), (10, 40));
        assert!(excluded(&a, &unit(0, 3, Some("Pigott"), (50, 60)), false));
        assert!(excluded(&a, &unit(0, 4, Some("X"), (30, 60)), false));
        assert!(!excluded(&a, &unit(0, 3, Some("Union"), (50, 60)), false));
        assert!(!excluded(&a, &unit(1, 3, Some("Pigott"), (10, 40)), false));
        // The narrator's sentences pair only when asked to.
        let (n1, n2) = (unit(0, 1, None, (0, 10)), unit(0, 5, None, (90, 99)));
        assert!(excluded(&n1, &n2, false));
        assert!(!excluded(&n1, &n2, true));
        assert!(!excluded(&n1, &unit(1, 5, None, (90, 99)), false));
        // The narrator's background pairs with no source either; a narrator's report does.
        let source = unit(0, 7, Some("Clean Sport Authority"), (120, 180));
        let background = Unit {
            background: true,
            ..unit(0, 2, None, (20, 60))
        };
        assert!(excluded(&background, &source, false));
        assert!(excluded(&source, &background, false));
        assert!(!excluded(&background, &source, true));
        assert!(!excluded(&n1, &source, false));
    }

    #[test]
    fn k_bounds_the_pair_count() {
        let texts: Vec<String> = (0..40)
            .map(|i| format!("The council debated the harbour budget, item {i}."))
            .collect();
        let units: Vec<Unit> = (0..texts.len())
            .map(|i| unit(0, i, None, (i * 100, i * 100 + 50)))
            .collect();
        let sets: Vec<_> = texts.iter().map(|t| terms(t)).collect();
        let rel = Relatedness::new(&sets);
        for k in [1, 2, 3] {
            let c = candidates(&units, &sets, &rel, &rule(k, 0.0));
            assert!(c.len() <= k * texts.len(), "k={k}: {}", c.len());
            assert!(c.len() >= texts.len() / 2);
        }
    }

    #[test]
    fn different_numbers_of_the_same_thing_pair_without_shared_words() {
        let texts = [
            "All 230 passengers and crew were evacuated safely",
            "the ferry was carrying 180 people",
            "The ferry was built in 2004",
        ];
        let speakers = [Some("Solheim"), Some("Westsound"), None];
        let units: Vec<Unit> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Unit {
                quantities: crate::analyze::clash::quantity_keys(t),
                ..unit(0, i, speakers[i], (i * 100, i * 100 + 50))
            })
            .collect();
        let got = pairs(&units, &texts, &rule(3, 0.5));
        assert_eq!(got, vec![(0, 1)]);
    }

    #[test]
    fn claims_in_two_places_pair_on_one_shared_word() {
        let texts = [
            "Talks on the river border will be held in the coastal city of Lundervik",
            "the talks would take place in the mountain town of Grevhalla",
            "Grevhalla was agreed weeks ago",
            "The border talks last broke down over fishing rights",
            "Timber exports fell in Grevhalla",
        ];
        let speakers = [Some("ministry"), Some("Halsk"), Some("Halsk"), None, None];
        let units: Vec<Unit> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Unit {
                places: crate::analyze::clash::place_names(t),
                ..unit(0, i, speakers[i], (i * 100, i * 100 + 50))
            })
            .collect();
        assert_eq!(units[0].places, ["Lundervik"]);
        let got = pairs(&units, &texts, &rule(1, 0.9));
        // Lundervik / Grevhalla share "talks"; "exports fell in Grevhalla" shares no word.
        assert_eq!(got, vec![(0, 1)]);
    }

    #[test]
    fn opposite_words_pair_on_one_shared_word() {
        let texts = [
            "the court had found Amsel-Rhode guilty of accepting bribes from a contractor",
            "his client had been acquitted of the bribery charge",
            "The trial lasted three weeks and heard 40 witnesses",
            "He was acquitted of assault in 2009",
        ];
        let speakers = [Some("prosecutors"), Some("Quellmacher"), None, None];
        let units: Vec<Unit> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Unit {
                antonyms: crate::analyze::clash::antonym_sides(t),
                ..unit(0, i, speakers[i], (i * 100, i * 100 + 50))
            })
            .collect();
        let got = pairs(&units, &texts, &rule(1, 0.9));
        // Guilty / acquitted share "bribe"; the old acquittal shares no word with the verdict.
        assert_eq!(got, vec![(0, 1)]);
    }

    #[test]
    fn denials_pair_with_other_speakers_naming_the_same_people() {
        let texts = [
            "It is so clear that Rubio has been cut out of this.",
            "Rubio attended the Geneva meeting.",
            "There is no rift between Rubio and Witkoff.",
            "Rubio and Witkoff are personal friends.",
            "The weather in Geneva was cold.",
        ];
        let speakers = [Some("official"), None, Some("Pigott"), Some("Pigott"), None];
        let units: Vec<Unit> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Unit {
                names: crate::relate::name_terms(t, &crate::relate::LowerWords::default()),
                negative: crate::relate::is_negative(t),
                ..unit(0, i, speakers[i], (i * 100, i * 100 + 50))
            })
            .collect();
        let sets: Vec<_> = texts.iter().map(|t| terms(t)).collect();
        let rel = Relatedness::new(&sets);
        let strict = rule(0, 0.5);
        assert!(candidates(&units, &sets, &rel, &strict).is_empty());
        let with = candidates(
            &units,
            &sets,
            &rel,
            &CandidateRule {
                denial_partners: 3,
                ..strict
            },
        );
        let got: Vec<(usize, usize)> = with.iter().map(|p| (p.i, p.j)).collect();
        assert!(got.contains(&(0, 2)) && got.contains(&(1, 2)), "{got:?}");
        // Not the denier's own claims, not claims naming no one it names.
        assert!(!got.contains(&(2, 3)) && !got.contains(&(2, 4)), "{got:?}");
    }
}
