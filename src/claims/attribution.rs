//! Finding the attribution frame of a unit: who asserts it (the speaker's noun phrase), with
//! which cue ("said", "told", "according to", ...), and the content without the frame.
//!
//! The frame is searched only near the ends of a unit (a few hundred bytes), where news puts it:
//! "X said (that) ...", "According to X, ...", "“...,” X told NBC News.", "..., according to X."
//! That keeps the work per unit bounded whatever the unit's length.

use std::sync::LazyLock;

use regex::Regex;

use super::lex;

/// How far from the start a leading frame's cue may stand.
const LEAD_WINDOW: usize = 200;
/// How far from the end a trailing frame's cue may stand.
const TRAIL_WINDOW: usize = 260;
/// Longest speaker noun phrase, appositive included.
const NP_MAX: usize = 160;

static CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:said|says|told|tells|added|adds|insisted|insists|denied|denies|dismissed|argued|alleged|accused|accuses|warned|stated|wrote|posted|noted|explained|acknowledged|admitted|confirmed|announced|asserted|maintained|contended|rejected|disputed|reported|declared|stressed|testified|tweeted|countered|replied|responded|predicted|suggested|claimed|cautioned|asked|asks|saying|claiming|telling|found that|finds that|found|recorded|estimated|estimates|shows|show|showed|[Aa]ccording to)(?-u:\b)",
    )
    .expect("cue pattern")
});

/// Cues whose content keeps the whole clause: denials, whose object is the opposite of what the
/// speaker asserts ("Pigott denied that there is any rift"), so NLI does not read the denied
/// proposition as the speaker's own; and accusations, whose object is no proposition without its
/// verb ("accused Harwick of selling milk at a loss").
const NEGATING: &[&str] = &[
    "denied",
    "denies",
    "dismissed",
    "rejected",
    "disputed",
    "accused",
    "accuses",
];

static LEAD_ADVERBIAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"^(?:(?:(?:In|On|At|During|Earlier|Later|Last|This|Separately|Meanwhile|Midweek|Overnight|Elsewhere|Afterwards|Instead|Nevertheless|Subsequently|However|Still|Asked|Speaking|Since|After|Before|Within|Previously|Yesterday|Today|Then|\p{Lu}[a-z]{2,}ing (?:the|a|an|his|her|their|its|at|to|in|on|from|with|outside|after|before|about|for|over|[a-z]{3,} (?:on|at|in|to|before|after)))\b|(?:\w+ )?(?:[Mm]inutes|[Hh]ours|[Dd]ays?|[Ww]eeks?|[Mm]onths?|[Yy]ears?) (?:later|earlier|ago)\b)[^,“”"]{0,100},\s+(?:(?:in|on|at|during|after|before|speaking|asked)\b[^,“”"]{0,100},\s+)?|(?:But|And|Yet|So|Still|Meanwhile|However|Also)\s+|(?:(?:Earlier|Later) (?:this|last|that)|Last|This) (?:week|month|year|weekend|morning|afternoon|evening|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)"#,
    )
    .expect("adverbial pattern")
});

/// A leading "In Monday's interview" with no comma before a pronoun speaker ("In Monday's
/// interview he said ..."): the speaker starts after group 1.
static LEAD_CONTEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^((?:In|During) (?:\w+['’]s|a|an|the|his|her|their|its) (?:[\w-]+ ){0,2}(?:interview|statement|speech|letter|post|briefing|report|podcast|address)(?: (?:on|last|this|with|to) [\w'’-]+(?: [\w'’-]+)?)?)\s+(?:he|she|they|it|we|I)\s",
    )
    .expect("lead context pattern")
});

static ADVERBIAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*,?\s*(?:in (?:a|an|his|her|their|its|the) (?:[\w-]+ ){0,2}(?:statement|interview|email|post|letter|briefing|speech|news conference|press conference|video|message|op-ed|tweet|filing|report|hearing)(?: (?:on|to|with) (?:the )?\p{Lu}[\w.&'’-]*(?: \p{Lu}[\w.&'’-]*){0,4})?|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?|on (?:X|Twitter|Facebook|Instagram|Truth Social|Telegram)|(?:last|this|next|on|earlier|late|early) (?:week|month|year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|night|morning|afternoon|evening)|earlier|later|previously|again|also|repeatedly|yesterday|today|at (?:a|an|the) (?:[\w-]+ ){0,2}(?:conference|briefing|event|rally|hearing|meeting|summit|forum)|during (?:a|an|the) (?:[\w-]+ ){0,2}(?:interview|briefing|hearing|visit|speech|call|debate)|to (?:reporters|journalists|lawmakers)|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:at|over) the weekend|(?:outside|inside|near|after|before|at|in|from|on) (?:the|a|an|his|her|its|their) (?:[\w'’-]+ ){0,2}[\w-]+|(?:outside|inside) (?:parliament|court|church|school|hospital|headquarters)|(?:in|at|on) \p{Lu}[\w'’-]*(?: \p{Lu}[\w'’-]*){0,2}(?: (?:airport|station|harbour|port|headquarters|offices?|court|hall|square|hotel|stadium|park|plant|factory|mill|site))?)(?-u:\b)",
    )
    .expect("adverbial pattern")
});

/// "NP called the allegation “untrue” and (said)": a speaker, a verb of rejection and its object,
/// then the cue.
static COMPOUND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"^(\S[^,“”"]{1,70}?) (?:called|branded|described|labelled|labeled|dismissed|rejected|denied|disputed|welcomed|accepted|praised|criticised|criticized|condemned|questioned|challenged|defended|backed|opposed) (?:the|that|this|these|those|such|his|her|their|its|any) [^.]{1,100}?(?: (?:and|but) (?:also )?|,\s*)$"#,
    )
    .expect("compound pattern")
});

/// An aside between the cue and what was said: "reported, citing a leaked internal document,
/// that ...".
static ASIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*,\s*(?:citing|quoting|referring to|based on|after seeing)\s[^,“”\x22]{1,100},")
        .expect("aside pattern")
});

static THAT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*[,:]?\s*(?:that\s+)?").expect("that pattern"));

/// What may follow a trailing frame: end punctuation, closing marks, or a comma opening a tail.
static FRAME_END: LazyLock<Regex> = LazyLock::new(|| {
    // The sentence ends, or a clause follows: "..., Ambery said on Monday as she launched her
    // party's campaign."
    // "... he said in a statement issued in the capital."
    Regex::new(r#"^\s*(?:[.!?…]*[\s”"’)\]]*$|,|(?:as|while|when|after|before|issued|released|published|posted)\s)"#)
        .expect("frame end pattern")
});

/// Words a speaker's noun phrase may open with in lower case.
const LOWER_STARTERS: &[&str] = &[
    "a",
    "an",
    "the",
    "he",
    "she",
    "they",
    "it",
    "we",
    "i",
    "two",
    "three",
    "four",
    "several",
    "some",
    "many",
    "one",
    "other",
    "another",
    "his",
    "her",
    "their",
    "its",
    "our",
    "sources",
    "officials",
    "posts",
    "critics",
    "analysts",
    "experts",
    "aides",
    "police",
    "authorities",
    "prosecutors",
    "investigators",
    "residents",
    "witnesses",
    "people",
    "observers",
    "diplomats",
    "lawmakers",
    "economists",
    "scientists",
    "researchers",
    "doctors",
    "organizers",
    "organisers",
    "neighbours",
    "campaigners",
    "protesters",
    "rescuers",
    "workers",
    "employees",
    "executives",
    "opponents",
    "supporters",
    "union",
    "unions",
    "company",
    "management",
    "government",
    "ministry",
    "council",
    "commission",
    "activists",
    "neighbors",
    "officers",
    "both",
    "senior",
    "former",
    "state",
    "local",
    "federal",
    "community",
    "campaign",
    "pressure",
    "action",
    "online",
    "opposition",
    "parish",
];

/// Words that make a phrase a clause rather than a speaker.
const REJECT: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
    "can", "could", "should", "may", "might", "must", "do", "does", "did", "not", "that", "which",
    "who", "whom", "whose", "when", "where", "while", "if", "because", "although", "though",
    "than", "said", "says", "told", "asked", "there", "this", "then",
];

/// "-ed" words that are adjectives in a speaker phrase ("a retired general").
const ED_ADJECTIVES: &[&str] = &[
    "retired",
    "unnamed",
    "unidentified",
    "elected",
    "alleged",
    "named",
    "informed",
    "concerned",
    "related",
    "detailed",
    "based",
    "appointed",
    "embattled",
    "indicted",
];

/// Objects of "told" that are not capitalised names.
const TOLD_OBJECTS: &[&str] = &[
    "reporters",
    "journalists",
    "lawmakers",
    "supporters",
    "investors",
    "parliament",
    "congress",
    "him",
    "her",
    "them",
    "us",
    "me",
    "colleagues",
    "staff",
    "employees",
    "students",
    "listeners",
    "viewers",
    "delegates",
    "senators",
    "members",
    "residents",
    "police",
    "officials",
];

/// The attribution frame of a unit, all offsets relative to the unit.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Frame {
    /// The speaker's noun phrase (appositive included); `None` without a frame.
    pub speaker: Option<(usize, usize)>,
    pub cue: Option<String>,
    /// The asserted content, already trimmed.
    pub content: (usize, usize),
}

/// Find the frame of unit `s`. `regions` are its quoted stretches; `quoted_start` says the unit
/// opens inside or with a quotation, where a trailing frame is the likelier one.
pub(crate) fn frame(s: &str, regions: &[(usize, usize)], quoted_start: bool) -> Frame {
    let cues = cues(s, regions);
    let found = if quoted_start {
        trailing(s, regions, &cues).or_else(|| leading(s, &cues))
    } else {
        leading(s, &cues).or_else(|| trailing(s, regions, &cues))
    };
    found.unwrap_or_else(|| Frame {
        speaker: None,
        cue: None,
        content: lex::trim_content(s, 0, s.len()),
    })
}

/// Cue words near either end of `s`, outside quotations, that are not passives ("is said to").
fn cues(s: &str, regions: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let lead_end = lex::floor_boundary(s, LEAD_WINDOW);
    let trail_start = lex::ceil_boundary(s, s.len().saturating_sub(TRAIL_WINDOW));
    let mut out: Vec<(usize, usize)> = CUE
        .find_iter(&s[..lead_end])
        .map(|m| (m.start(), m.end()))
        .collect();
    let from = trail_start.max(out.last().map_or(0, |&(_, e)| e));
    out.extend(
        CUE.find_iter(&s[from..])
            .map(|m| (from + m.start(), from + m.end())),
    );
    out.retain(|&(a, _)| {
        !lex::in_regions(regions, a)
            && !not_a_verb_of_saying(s, a)
            && (!s[a..].starts_with("show") || shown_by_data(&s[..a]))
            && (!bare_finding(&s[a..]) || found_by_report(&s[..a]))
    });
    out
}

/// "found" without "that", or "recorded": a cue only after a report or records ("A condition
/// survey by Pryce and Lamb found the building needed work", "Figures published by the regulator
/// recorded 212 spills"), not in "Police found the car abandoned".
fn bare_finding(cue: &str) -> bool {
    (cue.starts_with("found") && !cue.starts_with("found that")) || cue.starts_with("recorded")
}

/// Whether a sentence opens with a report or records: a report noun among its first three words.
fn found_by_report(before: &str) -> bool {
    opens_with(before, 3, &[REPORT_NOUNS, DATA_NOUNS])
}

/// Whether one of the first `n` words of `text` is in one of `lists`.
fn opens_with(text: &str, n: usize, lists: &[&[&str]]) -> bool {
    text.split_whitespace().take(n).any(|w| {
        let w = lex::core(w).to_lowercase();
        lists.iter().any(|list| list.contains(&w.as_str()))
    })
}

/// Nouns for records that "show" something ("Figures from National Post show 118 attacks").
const DATA_NOUNS: &[&str] = &[
    "figures",
    "data",
    "records",
    "statistics",
    "minutes",
    "documents",
    "accounts",
    "results",
];

/// Whether the words before a "show" open with a record noun ("Figures from X", "Official
/// figures"): "show" is a verb of saying only for records.
fn shown_by_data(before: &str) -> bool {
    opens_with(before, 2, &[DATA_NOUNS])
}

/// Whether the word before the cue at `at` makes it no verb of saying: a form of "be" ("are said to",
/// "has been reported") or a determiner ("their disputed river border", "the reported rift").
fn not_a_verb_of_saying(s: &str, at: usize) -> bool {
    let prev = s[..at].split_whitespace().next_back().unwrap_or("");
    matches!(
        lex::core(prev).to_lowercase().as_str(),
        "is" | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "the"
            | "a"
            | "an"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "this"
            | "that"
    )
}

/// What a report is called after its article: "A report ... by X said".
const REPORT_NOUNS: &[&str] = &[
    "report",
    "notice",
    "study",
    "survey",
    "review",
    "analysis",
    "investigation",
    "audit",
    "letter",
    "statement",
    "paper",
    "assessment",
];

/// The agent of a passive phrase, when it can be a speaker: "figures published by the council"
/// -> "the council".
fn by_agent(s: &str, np: (usize, usize)) -> Option<(usize, usize)> {
    // The first "by", up to its appositive: "A condition survey by Pryce and Lamb, the surveyors
    // appointed by the council," was made by Pryce and Lamb.
    let by = s[np.0..np.1].find(" by ")?;
    let from = np.0 + by + 4;
    let to = s[from..np.1].find(',').map_or(np.1, |c| from + c);
    // "by the Waterways Regulator in March": the regulator.
    let to = from + without_date(&s[from..to]).len();
    let agent = lex::trim_ws(s, from, to);
    (agent.0 < agent.1 && valid_np(&s[agent.0..agent.1], false)).then_some(agent)
}

/// A speaker phrase without a trailing comma or adverb: "Corvadi also" (said) -> "Corvadi".
fn without_adverb(np: &str) -> &str {
    let np = np.trim_end_matches(',').trim_end();
    let adverbs = [
        " also",
        " again",
        " later",
        " earlier",
        " previously",
        " repeatedly",
        " further",
        " separately",
        " publicly",
        " privately",
    ];
    let np =
        lex::before_suffix(np, &adverbs).map_or(np, |head| head.trim_end_matches(',').trim_end());
    // "Mrs Pritchard flatly" (rejected the claim), "The council strongly" (denied it).
    match np.rsplit_once(' ') {
        Some((head, last))
            if last.len() > 4
                && last.ends_with("ly")
                && last.chars().all(|c| c.is_ascii_lowercase()) =>
        {
            head.trim_end()
        }
        _ => np,
    }
}

/// What publishes: the sources a clause after "when" or "after" may name.
const OUTLETS: &[&str] = &[
    "site",
    "website",
    "forum",
    "blog",
    "post",
    "posts",
    "newspaper",
    "paper",
    "magazine",
    "broadcaster",
    "channel",
    "report",
    "podcast",
];

/// Words that end a newspaper's name ("the Brambury Echo", "the Fenwick Gazette"): an outlet
/// when capitalised.
const MASTHEADS: &[&str] = &[
    "Echo",
    "Gazette",
    "Herald",
    "Chronicle",
    "Courier",
    "Advertiser",
    "Mercury",
    "Argus",
    "Telegraph",
    "Journal",
    "Observer",
    "Examiner",
    "Times",
    "Mail",
    "Express",
    "Bugle",
    "Clarion",
    "Sentinel",
];

/// The source of a clause after "when" or "after" before the cue: "Speculation grew on
/// Wednesday when the technology news site ByteLedger reported that ...", "The recall caused
/// alarm after a post on the community forum Dunmere Noticeboard claimed ...". The source must
/// name itself (a capitalised word).
fn source_in_clause(s: &str, from: usize, cue_at: usize) -> Option<(usize, usize)> {
    let pre = &s[from..cue_at];
    let at = [" when ", " after "]
        .iter()
        .filter_map(|w| pre.rfind(w).map(|i| i + w.len()))
        .max()?;
    let np = lex::trim_ws(s, from + at, cue_at);
    let phrase = without_time(&s[np.0..np.1]);
    let named = phrase
        .split_whitespace()
        .skip(1)
        .any(|w| lex::starts_upper(lex::core(w)));
    let outlet = phrase.split_whitespace().any(|w| {
        let w = lex::core(w);
        OUTLETS.contains(&w.to_lowercase().as_str()) || MASTHEADS.contains(&w)
    });
    (named && outlet && !phrase.contains(',') && valid_np(phrase, false))
        .then_some((np.0, np.0 + phrase.len()))
}

/// A source with a relative clause before the cue: "Posts on the Thurlsby Community Matters
/// group, which has more than 6,000 members, have claimed that ..." (the phrase before the
/// clause), or a clause that says it: "Whinbarrow Park is managed by Harrowdale Borough Council,
/// which said ..." (the name the clause hangs on).
fn relative_source(s: &str, from: usize, cue_at: usize) -> Option<(usize, usize)> {
    let pre = &s[from..cue_at];
    if let Some(c) = RELATIVE.captures(pre) {
        let np = c.get(1)?;
        return valid_np(np.as_str(), true).then_some((from + np.start(), from + np.end()));
    }
    let head = pre.trim_end().strip_suffix(", which")?;
    let words: Vec<(usize, &str)> = lex::words(head).collect();
    let mut start = None;
    for &(off, w) in words.iter().rev() {
        let c = lex::core(w);
        if lex::starts_upper(c) {
            start = Some(off);
        } else if !(matches!(c, "of" | "and") && start.is_some()) {
            break;
        }
    }
    let start = start?;
    let name = &head[start..];
    // "Harrowdale Borough Council", not "Monday" or "It".
    (name.split_whitespace().count() >= 2 && valid_np(name, false))
        .then_some((from + start, from + head.len()))
}

static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(.{3,120}?), (?:which|who) (?:[^,“”\x22]|,\d){1,80}, (?:have |has |had )?$")
        .expect("relative pattern")
});

/// A phrase without a trailing date ("the regulator in March" -> "the regulator"), or time.
fn without_date(np: &str) -> &str {
    let np = without_time(np);
    let ws: Vec<&str> = np.split_whitespace().collect();
    match ws[..] {
        [.., prep, day]
            if matches!(prep, "in" | "on")
                && crate::relate::is_calendar_word(&day.to_lowercase()) =>
        {
            np.trim_end()
                .strip_suffix(day)
                .and_then(|r| r.trim_end().strip_suffix(prep))
                .map_or(np, str::trim_end)
        }
        _ => np,
    }
}

/// A speaker phrase without a trailing time ("TarnburyTalk this week" -> "TarnburyTalk").
fn without_time(np: &str) -> &str {
    let times = [
        " this week",
        " last week",
        " earlier this week",
        " this month",
        " last month",
        " this year",
        " last year",
        " last night",
        " yesterday",
        " today",
    ];
    lex::before_suffix(np.trim_end(), &times).map_or(np, str::trim_end)
}

fn leading(s: &str, cues: &[(usize, usize)]) -> Option<Frame> {
    // "According to X, which ...," is a frame of its own, not an adverbial before one.
    let np_start = LEAD_ADVERBIAL
        .find(s)
        .filter(|_| !s.starts_with("According"))
        .map(|m| m.end())
        .or_else(|| {
            LEAD_CONTEXT
                .captures(s)
                .and_then(|c| c.get(1))
                .map(|g| lex::trim_ws(s, g.end(), s.len()).0)
        })
        .unwrap_or(0);
    for &(a, b) in cues {
        if a < np_start || a - np_start > LEAD_WINDOW {
            continue;
        }
        let cue = &s[a..b];
        if cue.eq_ignore_ascii_case("according to") {
            if !s[np_start..a].trim().is_empty() {
                continue;
            }
            let rest = &s[b..lex::floor_boundary(s, b + NP_MAX)];
            let comma = rest.find(',')?;
            let mut np = lex::trim_ws(s, b, b + comma);
            // "According to figures published by the council": the council.
            if !valid_np(&s[np.0..np.1], false) {
                np = by_agent(s, np).unwrap_or(np);
            }
            if np.0 == np.1 || !valid_np(&s[np.0..np.1], false) {
                continue;
            }
            return Some(Frame {
                speaker: Some(np),
                cue: Some("according to".into()),
                content: lex::trim_content(s, b + comma + 1, s.len()),
            });
        }
        // "Opposition councillor Declan Ferro gave a different account, saying ...".
        if cue == "saying" || cue == "claiming" {
            let Some(np_end) = before_saying(s, np_start, a) else {
                continue;
            };
            let pos = b + THAT.find(&s[b..]).map_or(0, |m| m.end());
            return Some(Frame {
                speaker: Some(lex::trim_ws(s, np_start, np_end)),
                cue: Some(cue.to_string()),
                content: lex::trim_content(s, pos, s.len()),
            });
        }
        // After a leading adverbial ("Separately, rail operator Nordlane Freight said") the
        // phrase stands where a speaker does, so a lower-case title before a name is one.
        let titled = np_start > 0 && titled_name(&s[np_start..a]);
        // "A Harwick spokesman called the allegation “simply untrue” and said ...": the speaker
        // of a first verb of rejection says the rest too.
        // "A report published last month by the campaign group Clearwater Rivers Trust said":
        // the group.
        let report_by = || {
            let np = lex::trim_ws(s, np_start, a);
            // "A report published ... by", "The recall notice issued by".
            found_by_report(&s[np.0..np.1])
                .then(|| by_agent(s, np))
                .flatten()
        };
        let untimed = without_time(&s[np_start..a]);
        let (np_start, np_end) = match COMPOUND.captures(&s[np_start..a]) {
            Some(c) if valid_np(&c[1], true) => (np_start, np_start + c[1].len()),
            _ if valid_np(&s[np_start..a], true) || titled => (np_start, a),
            // "Posts on the fans' forum TarnburyTalk this week claimed": the phrase before the
            // time.
            _ if valid_np(untimed, true) => (np_start, np_start + untimed.len()),
            _ => match report_by()
                .or_else(|| source_in_clause(s, np_start, a))
                .or_else(|| relative_source(s, np_start, a))
            {
                Some(agent) => agent,
                None => continue,
            },
        };
        let np = lex::trim_ws(s, np_start, np_end);
        let np = (np.0, np.0 + without_adverb(&s[np.0..np.1]).len());
        let mut pos = b;
        if ["told", "tells", "telling"].contains(&cue) {
            pos = skip_object(s, pos);
        }
        pos = skip_adverbials(s, pos);
        pos += ASIDE.find(&s[pos..]).map_or(0, |m| m.end());
        pos += THAT.find(&s[pos..]).map_or(0, |m| m.end());
        let content_start = if NEGATING.contains(&cue) { np.0 } else { pos };
        return Some(Frame {
            speaker: Some(np),
            cue: Some(cue.to_string()),
            content: lex::trim_content(s, content_start, s.len()),
        });
    }
    None
}

fn trailing(s: &str, regions: &[(usize, usize)], cues: &[(usize, usize)]) -> Option<Frame> {
    for &(a, b) in cues.iter().rev() {
        if s.len() - b > TRAIL_WINDOW {
            break;
        }
        let cue = &s[a..b];
        if cue == "saying" || cue == "claiming" {
            continue;
        }
        let pre = s[..a].trim_end();
        let pre_last = pre.chars().next_back().unwrap_or(' ');
        let after_delimiter = matches!(pre_last, ',' | '—' | '–' | '(') || lex::is_quote(pre_last);
        if cue.eq_ignore_ascii_case("according to") {
            if !after_delimiter || s.len() - b > NP_MAX {
                continue;
            }
            let tail = s[b..].trim_end_matches(|c: char| {
                c.is_whitespace() || matches!(c, '.' | '!' | '?' | ')' | '’') || lex::is_quote(c)
            });
            let np = lex::trim_ws(s, b, b + tail.len());
            if np.0 == np.1 || !valid_np(&s[np.0..np.1], false) {
                continue;
            }
            return Some(Frame {
                speaker: Some(np),
                cue: Some("according to".into()),
                content: lex::trim_content(s, 0, pre.len()),
            });
        }
        // Inverted: `“...,” said Smith.`
        if after_delimiter && matches!(cue, "said" | "says" | "added" | "adds" | "wrote" | "asked")
        {
            let rest = &s[b..];
            let np_len = rest.find(',').unwrap_or(rest.len());
            let np_text = rest[..np_len].trim_end_matches(|c: char| {
                c.is_whitespace() || matches!(c, '.' | '!' | '?') || lex::is_quote(c)
            });
            let np = lex::trim_ws(s, b, b + np_text.len());
            if np.0 < np.1 && np_len <= NP_MAX && valid_np(&s[np.0..np.1], false) {
                return Some(Frame {
                    speaker: Some(np),
                    cue: Some(cue.to_string()),
                    content: lex::trim_content(s, 0, pre.len()),
                });
            }
        }
        let mut pos = b;
        if ["told", "tells", "telling"].contains(&cue) {
            pos = skip_object(s, pos);
        }
        pos = skip_adverbials(s, pos);
        let Some((content_end, np_start)) = delimiter(s, regions, a) else {
            continue;
        };
        // After a closed quotation the rest of the sentence is the frame's, whatever its
        // adverbials: `“...,” she told a packed meeting at the village hall on Thursday evening.`
        let quoted = regions.iter().any(|&(_, e)| e == content_end);
        let ends = FRAME_END.is_match(&s[pos..]) || (quoted && plain_tail(&s[pos..]));
        if !ends {
            continue;
        }
        let np_text = &s[np_start..a];
        if !valid_np(np_text, false) {
            continue;
        }
        let np = lex::trim_ws(s, np_start, a);
        let np = (
            np.0,
            np.0 + s[np.0..np.1].trim_end_matches(',').trim_end().len(),
        );
        return Some(Frame {
            speaker: Some(np),
            cue: Some(cue.to_string()),
            content: lex::trim_content(s, 0, content_end),
        });
    }
    None
}

/// A short end of sentence with no quotation: the adverbials of a frame.
fn plain_tail(rest: &str) -> bool {
    let rest = rest.trim_end();
    rest.ends_with(['.', '!', '?'])
        && !rest.contains(lex::is_quote)
        && rest.split_whitespace().count() <= 12
}

/// Verbs that end a speaker's phrase before ", saying": "X gave a different account, saying".
const BEFORE_SAYING: &[&str] = &[
    "gave", "took", "went", "spoke", "came", "hit", "struck", "made", "put", "broke", "wrote",
    "held", "sent", "told", "said", "sought", "fought", "stood",
];

/// The end of the speaker's phrase in `s[from..cue_at]`, "NP <verb> ..., " before "saying": the
/// words before the first verb, when they make a speaker's phrase.
fn before_saying(s: &str, from: usize, cue_at: usize) -> Option<usize> {
    let pre = &s[from..cue_at];
    if !pre.trim_end().ends_with(',') {
        return None;
    }
    let verb = lex::words(pre).skip(1).find(|&(_, w)| {
        let lower = lex::core(w).to_lowercase();
        lex::starts_lower(lex::core(w))
            && ((lower.len() > 4
                && lower.ends_with("ed")
                && !ED_ADJECTIVES.contains(&lower.as_str()))
                || BEFORE_SAYING.contains(&lower.as_str()))
    })?;
    let np = &pre[..verb.0];
    (valid_np(np, true) && !np.contains(',')).then(|| from + np.trim_end().len())
}

/// Where the content ends and the speaker's phrase starts before a trailing cue at `cue_at`:
/// after a closing quotation, a dash, or a comma (stepping over an appositive:
/// "..., Smith, a farmer, said").
fn delimiter(s: &str, regions: &[(usize, usize)], cue_at: usize) -> Option<(usize, usize)> {
    let lo = lex::ceil_boundary(s, cue_at.saturating_sub(NP_MAX));
    if let Some(&(_, e)) = regions.iter().rev().find(|&&(_, e)| e <= cue_at && e >= lo) {
        let np_start = e + s[e..cue_at].len() - s[e..cue_at].trim_start_matches([',', ' ']).len();
        return Some((e, np_start));
    }
    let window = &s[lo..cue_at];
    let dash = window.rfind(['—', '–']).map(|i| lo + i);
    let commas: Vec<usize> = window
        .rmatch_indices(',')
        .take(3)
        .map(|(i, _)| lo + i)
        .collect();
    let comma = match commas.as_slice() {
        // "..., Smith, a farmer, said": the phrase is closed by a comma; step over the appositive.
        [c1, c2, rest @ ..] if s[c1 + 1..cue_at].trim().is_empty() => {
            let appositive = lex::starts_lower(s[c2 + 1..*c1].trim_start());
            match rest.first() {
                Some(&c3) if appositive && is_name(s[c3 + 1..*c2].trim()) => Some(c3),
                _ => Some(*c2),
            }
        }
        [c1, ..] => Some(*c1),
        [] => None,
    };
    let d = match (dash, comma) {
        (Some(d), Some(c)) => d.max(c),
        (d, c) => d.or(c)?,
    };
    let width = s[d..].chars().next().map_or(1, char::len_utf8);
    Some((d, d + width))
}

/// A short run of capitalised words: a name standing before an appositive.
fn is_name(s: &str) -> bool {
    let n = s.split_whitespace().count();
    (1..=4).contains(&n)
        && s.split_whitespace()
            .all(|w| lex::starts_upper(lex::core(w)))
}

/// Past the object of "told": "NBC News", "the Associated Press", "reporters", "a briefing", "a
/// radio interviewer".
fn skip_object(s: &str, pos: usize) -> usize {
    let rest = &s[pos..];
    if let Some(end) = common_object(rest) {
        return pos + end;
    }
    // "told local radio", "told state television".
    let mut first_two = lex::words(rest);
    if let (Some((_, scope)), Some((off, media))) = (first_two.next(), first_two.next()) {
        let (scope, core) = (lex::core(scope).to_lowercase(), lex::core(media));
        if ["local", "state", "national", "regional", "foreign"].contains(&scope.as_str())
            && [
                "radio",
                "television",
                "TV",
                "media",
                "reporters",
                "journalists",
                "newspapers",
            ]
            .contains(&core)
        {
            let lead = media.len()
                - media
                    .trim_start_matches(|ch: char| !ch.is_alphanumeric())
                    .len();
            return pos + off + lead + core.len();
        }
    }
    let mut end = pos;
    let mut seen_name = false;
    for (i, (off, w)) in lex::words(rest).enumerate() {
        let c = lex::core(w);
        let lower = c.to_lowercase();
        if i == 0 && TOLD_OBJECTS.contains(&lower.as_str()) {
            return pos + off + w.len()
                - w.trim_start_matches(|ch: char| !ch.is_alphanumeric()).len()
                + c.len();
        }
        let det = i == 0 && matches!(lower.as_str(), "the" | "a" | "an");
        let joins = seen_name && matches!(lower.as_str(), "of" | "&");
        if !(lex::starts_upper(c) || det || joins) || c.is_empty() {
            break;
        }
        let lead = w.len() - w.trim_start_matches(|ch: char| !ch.is_alphanumeric()).len();
        end = pos + off + lead + c.len();
        seen_name |= lex::starts_upper(c);
        if w.ends_with([',', ';', ':']) || (w.ends_with('.') && !c.contains('.')) {
            break;
        }
    }
    if seen_name {
        end
    } else {
        pos
    }
}

/// A determiner and up to three lower-case words, ended by a word that starts an adverbial or the
/// content ("a town hall meeting on Monday", "a radio interviewer that"): where that object ends.
fn common_object(rest: &str) -> Option<usize> {
    let mut words = lex::words(rest);
    let (_, det) = words.next()?;
    if !matches!(
        lex::core(det),
        "a" | "an" | "the" | "his" | "her" | "their" | "its"
    ) {
        return None;
    }
    let mut end = None;
    for (i, (off, w)) in words.enumerate() {
        let c = lex::core(w);
        let stop = [
            "that", "on", "in", "at", "last", "this", "during", "after", "before", "earlier",
            "later", "outside", "inside", "near", "from", "by", "with", "for", "to",
        ];
        if i >= 3 || c.is_empty() || lex::starts_upper(c) || stop.contains(&c) {
            break;
        }
        let lead = w.len() - w.trim_start_matches(|ch: char| !ch.is_alphanumeric()).len();
        end = Some(off + lead + c.len());
        if w.ends_with([',', ';', ':', '.']) {
            break;
        }
    }
    end
}

fn skip_adverbials(s: &str, mut pos: usize) -> usize {
    for _ in 0..4 {
        match ADVERBIAL.find(&s[pos..]) {
            Some(m) if m.end() > 0 => {
                // "at the company's depot on Fenwick Road": a match that swallowed the next
                // preposition leaves it to the next adverbial.
                let matched = &s[pos..pos + m.end()];
                let last = matched.rsplit(' ').next().unwrap_or("");
                let next_starts = ["on", "in", "at", "near", "outside", "inside", "from"];
                if next_starts.contains(&last) && matched.len() > last.len() {
                    pos += m.end() - last.len() - 1;
                } else {
                    pos += m.end();
                }
            }
            _ => break,
        }
    }
    pos
}

/// A name of two or more capitalised words after lower-case words ("rail operator Nordlane
/// Freight"), eight words at most, no quotation, no rejected word.
fn titled_name(np: &str) -> bool {
    let np = np.trim().trim_end_matches(',').trim_end();
    let words: Vec<&str> = np.split_whitespace().collect();
    let n = words.len();
    (2..=8).contains(&n)
        && !np.contains(lex::is_quote)
        && !np.contains(',')
        && lex::starts_upper(lex::core(words[n - 1]))
        && lex::starts_upper(lex::core(words[n - 2]))
        && words
            .iter()
            .all(|w| !REJECT.contains(&lex::core(w).to_lowercase().as_str()))
}

/// Whether an appositive is a name alone: one to five capitalised words ("of" and "and" may join
/// them), after an optional "the" ("the Rev Hannah Quartermaine").
fn named_appositive(apposition: &str) -> bool {
    let words: Vec<&str> = apposition.split_whitespace().collect();
    let words = match words.first() {
        Some(w) if w.eq_ignore_ascii_case("the") => &words[1..],
        _ => &words[..],
    };
    (1..=5).contains(&words.len())
        && !apposition.contains(lex::is_quote)
        && lex::starts_upper(lex::core(words[0]))
        && words.iter().all(|w| {
            let c = lex::core(w);
            lex::starts_upper(c) || matches!(c, "of" | "and")
        })
}

/// Whether `np` can be a speaker's noun phrase. `leading`: it opens the sentence, where a clause
/// is the likelier reading, so "-ed" verbs rule it out and an appositive must be closed by a comma.
fn valid_np(np: &str, leading: bool) -> bool {
    let raw = np.trim();
    let np = raw.trim_end_matches(',').trim_end();
    if np.is_empty() || np.len() > NP_MAX {
        return false;
    }
    let head = match np.find(',') {
        Some(i) => {
            if leading && !raw.ends_with(',') {
                return false;
            }
            // "The company that runs the counter, Postal Counters Ltd,": a description, then
            // the name that speaks.
            if named_appositive(&np[i + 1..]) {
                return true;
            }
            &np[..i]
        }
        None => np,
    };
    let words: Vec<&str> = head.split_whitespace().collect();
    // "Station Manager Keith Arrowsmith of Westmarch Fire and Rescue Service": ten words.
    if words.is_empty() || words.len() > 10 || head.contains(lex::is_quote) {
        return false;
    }
    let first = lex::core(words[0]);
    // "union leader Dana Kowalczyk", "company spokesperson Lionel Aberg": lower-case titles before
    // a name, only after the content (a sentence's opening words are more likely a clause).
    if !(lex::starts_upper(first)
        || LOWER_STARTERS.contains(&first.to_lowercase().as_str())
        || (!leading && titled_name(head)))
    {
        return false;
    }
    words.iter().all(|w| {
        let c = lex::core(w);
        let lower = c.to_lowercase();
        let verb_like = leading
            && lex::starts_lower(c)
            && lower.len() > 4
            && lower.ends_with("ed")
            && !ED_ADJECTIVES.contains(&lower.as_str());
        !REJECT.contains(&lower.as_str()) && !verb_like
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> (Option<&str>, Option<String>, &str) {
        let (regions, _) = lex::quote_regions(s, false);
        let quoted = s.starts_with(lex::is_quote);
        let f = frame(s, &regions, quoted);
        (
            f.speaker.map(|(a, b)| &s[a..b]),
            f.cue,
            &s[f.content.0..f.content.1],
        )
    }

    #[test]
    fn frames_after_an_adverb_a_coordinated_verb_or_a_weekend() {
        assert_eq!(
            parse("Mrs Pritchard flatly rejected the claim.").0,
            Some("Mrs Pritchard")
        );
        assert_eq!(
            parse("Calloway Taverns welcomed the outcome but said the deal was not finalised until November 6."),
            (
                Some("Calloway Taverns"),
                Some("said".into()),
                "the deal was not finalised until November 6"
            )
        );
        assert_eq!(
            parse("Councillor Abigail Tennant welcomed the news, telling a full council meeting on Tuesday that the Lyric would reopen on Friday December 4."),
            (
                Some("Councillor Abigail Tennant"),
                Some("telling".into()),
                "the Lyric would reopen on Friday December 4"
            )
        );
        let (speaker, _, content) = parse("Meanwhile, community Facebook page Thornleigh Voice, which has around 2,400 followers, claimed at the weekend that the camera had never been switched on.");
        assert!(speaker.is_some_and(|s| s.starts_with("community Facebook page Thornleigh Voice")));
        assert_eq!(content, "the camera had never been switched on");
    }

    #[test]
    fn frames_with_a_relative_clause_an_aside_or_a_masthead() {
        assert_eq!(
            parse("Whinbarrow Park is managed by Harrowdale Borough Council, which said it had not received any complaints."),
            (
                Some("Harrowdale Borough Council"),
                Some("said".into()),
                "it had not received any complaints"
            )
        );
        assert_eq!(
            parse("Posts on the Thurlsby Community Matters online group, which has more than 6,000 members, have claimed that the hotel will be used only for single men."),
            (
                Some("Posts on the Thurlsby Community Matters online group"),
                Some("claimed".into()),
                "the hotel will be used only for single men"
            )
        );
        assert_eq!(
            parse("The row deepened last week when the Brambury Echo reported, citing a leaked internal document, that the market would be scrapped."),
            (
                Some("the Brambury Echo"),
                Some("reported".into()),
                "the market would be scrapped"
            )
        );
        assert_eq!(
            parse("Within hours of the incident, a post on the Whitfold Village Forum, an online community group, claimed the barriers had stayed up."),
            (
                Some("a post on the Whitfold Village Forum, an online community group"),
                Some("claimed".into()),
                "the barriers had stayed up"
            )
        );
        // No name before "which": no speaker.
        assert_eq!(
            parse("The plan was dropped in May, which said a lot about the council.").0,
            None
        );
    }

    #[test]
    fn frames_with_a_time_a_participle_or_a_finding() {
        assert_eq!(
            parse("Posts on the fans' forum TarnburyTalk this week claimed that two players had failed tests."),
            (
                Some("Posts on the fans' forum TarnburyTalk"),
                Some("claimed".into()),
                "two players had failed tests"
            )
        );
        assert_eq!(
            parse("In its most recent annual assessment, the commission found that Wessmoor was losing water."),
            (
                Some("the commission"),
                Some("found that".into()),
                "Wessmoor was losing water"
            )
        );
        assert_eq!(
            parse("She estimated the thieves had taken around 90 square metres of lead."),
            (
                Some("She"),
                Some("estimated".into()),
                "the thieves had taken around 90 square metres of lead"
            )
        );
        assert_eq!(
            parse("Giving evidence on Wednesday, PC Forsythe insisted there had been no attempt to hide anything."),
            (
                Some("PC Forsythe"),
                Some("insisted".into()),
                "there had been no attempt to hide anything"
            )
        );
        assert_eq!(
            parse("The company that runs the counter, Postal Counters Ltd, said it was looking at a van."),
            (
                Some("The company that runs the counter, Postal Counters Ltd"),
                Some("said".into()),
                "it was looking at a van"
            )
        );
        // "found" alone is no verb of saying.
        assert_eq!(parse("Police found a body in the river.").1, None);
        // Records "show"; pictures do not speak.
        assert_eq!(
            parse("Figures from National Post show 118 attacks on its staff last year."),
            (
                Some("Figures from National Post"),
                Some("show".into()),
                "118 attacks on its staff last year"
            )
        );
        assert_eq!(parse("Pictures show a man running from the shop.").1, None);
        // An outlet named in a clause after "when" / "after".
        assert_eq!(
            parse("Speculation grew on Wednesday when the technology news site ByteLedger reported that Corvane planned to close its office."),
            (
                Some("the technology news site ByteLedger"),
                Some("reported".into()),
                "Corvane planned to close its office"
            )
        );
        assert_eq!(
            parse("Dals will resign after the carrier's annual meeting in June, people familiar with the board's discussions told the Solmere Ledger.").0,
            Some("people familiar with the board's discussions")
        );
        assert_eq!(
            parse("The recall notice issued by the council's environmental health team says the batch was small.").0,
            Some("the council's environmental health team")
        );
    }

    #[test]
    fn leading_frames_after_an_adverbial() {
        assert_eq!(
            parse("Separately, rail operator Nordlane Freight said it would open a depot."),
            (
                Some("rail operator Nordlane Freight"),
                Some("said".into()),
                "it would open a depot"
            )
        );
        assert_eq!(
            parse("In Monday's interview he said the stadium would hold 16,500."),
            (
                Some("he"),
                Some("said".into()),
                "the stadium would hold 16,500"
            )
        );
        // Without the adverbial, a lower-case opening is the clause's subject, not a title.
        assert_eq!(
            parse("rail operator Nordlane Freight said it would open a depot.").0,
            None
        );
    }

    #[test]
    fn trailing_frames() {
        assert_eq!(
            parse("“There is no rift between the two and there never has been,” Pigott said."),
            (
                Some("Pigott"),
                Some("said".into()),
                "There is no rift between the two and there never has been"
            )
        );
        assert_eq!(
            parse("“They seem to be singing off a different sheet of music,” Alexander Vershbow, a former U.S. ambassador to NATO, told NBC News."),
            (Some("Alexander Vershbow, a former U.S. ambassador to NATO"), Some("told".into()), "They seem to be singing off a different sheet of music")
        );
        assert_eq!(
            parse("State Department officials are irate at Witkoff—sources told NBC News."),
            (
                Some("sources"),
                Some("told".into()),
                "State Department officials are irate at Witkoff"
            )
        );
        assert_eq!(
            parse("Rubio made it to Geneva, according to NBC News."),
            (
                Some("NBC News"),
                Some("according to".into()),
                "Rubio made it to Geneva"
            )
        );
        assert_eq!(
            parse("\"The port will reopen,\" said Mara Lind, the harbor chief."),
            (
                Some("Mara Lind"),
                Some("said".into()),
                "The port will reopen"
            )
        );
        assert_eq!(
            parse("The vote was rigged, Smith, a farmer, said on Monday."),
            (
                Some("Smith, a farmer"),
                Some("said".into()),
                "The vote was rigged"
            )
        );
    }

    #[test]
    fn frames_from_blind_set_six() {
        assert_eq!(
            parse("“We knocked on every door, and it was fewer than 60 households,” he told a press conference outside the sports hall.").0,
            Some("he")
        );
        assert_eq!(
            parse("“Passenger numbers actually went up last year,” he told reporters at the company's depot on Fenwick Road.").0,
            Some("he")
        );
    }

    #[test]
    fn frames_with_longer_adverbials_and_participles() {
        // A part of the day after the weekday.
        assert_eq!(
            parse("“Our members have approved the pay offer,” regional secretary Farah Mendez said on Wednesday morning.").0,
            Some("regional secretary Farah Mendez")
        );
        // After a closed quotation, the rest of the sentence belongs to the frame.
        let (np, _, content) = parse("“We were told the police wanted it stopped,” she told reporters at a hastily arranged news conference.");
        assert_eq!(
            (np, content),
            (Some("she"), "We were told the police wanted it stopped")
        );
        // Any participle may open the adverbial before the speaker ...
        assert_eq!(
            parse("Announcing the result outside the union's offices, general secretary Fiona Cardew said 58 per cent had voted.").2,
            "58 per cent had voted"
        );
        // ... not a noun in -ing ...
        assert_eq!(
            parse("Shipping firms lost millions, the authority said in a statement.").2,
            "Shipping firms lost millions"
        );
        // ... and "According to X, which ..." stays a frame of its own.
        assert_eq!(
            parse("According to the Pravenne culture department, which part-funded the project, the wing cost 31 million marks.").0,
            Some("the Pravenne culture department")
        );
        // "X <did something>, saying P".
        let (np, cue, content) = parse("Opposition councillor Declan Ferro gave a different account, saying the council had rejected the plan.");
        assert_eq!(
            (np, cue, content),
            (
                Some("Opposition councillor Declan Ferro"),
                Some("saying".to_string()),
                "the council had rejected the plan"
            )
        );
        // A speaker's phrase of ten words.
        assert_eq!(
            parse("Station Manager Keith Arrowsmith of Westmarch Fire and Rescue Service said the fire started in the store.").2,
            "the fire started in the store"
        );
        // A clause that merely ends in "saying" without a speaker's phrase is left alone.
        assert_eq!(parse("Prices rose, saying nothing of wages.").0, None);
    }

    #[test]
    fn frames_from_blind_set_five() {
        assert_eq!(
            parse("Northline Rail, which operates the route, said in a statement that the train left the rails.").0,
            Some("Northline Rail, which operates the route")
        );
        assert_eq!(
            parse("“This is a fair outcome for our coastal communities,” he said in a statement issued in the capital.").0,
            Some("he")
        );
        assert_eq!(
            parse("Speaking at a news conference in the Varlandic port of Skarholm on Friday afternoon, his counterpart, Commissioner Britt Halloway, said the two sides had settled on 36,500 tonnes of cod.").2,
            "the two sides had settled on 36,500 tonnes of cod"
        );
        assert_eq!(
            parse(
                "The Redhaven Harriers running club posted online that members were disappointed."
            )
            .1,
            Some("posted".into())
        );
    }

    #[test]
    fn accusations_and_compound_rejections() {
        assert_eq!(
            parse("Nadim Qureshi, managing director of Lowmarsh Value, accused Harwick of selling milk at a loss."),
            (
                Some("Nadim Qureshi, managing director of Lowmarsh Value"),
                Some("accused".into()),
                "Nadim Qureshi, managing director of Lowmarsh Value, accused Harwick of selling milk at a loss"
            )
        );
        assert_eq!(
            parse("A Harwick spokesman called the allegation “simply untrue” and said every product was still sold at a profit."),
            (
                Some("A Harwick spokesman"),
                Some("said".into()),
                "every product was still sold at a profit"
            )
        );
        // A clause before "and said" is no speaker.
        assert_eq!(
            parse("The mine closed the shaft and said nobody was hurt.").0,
            None
        );
    }

    #[test]
    fn leading_frames() {
        assert_eq!(
            parse("Pigott said there is no rift between the two."),
            (
                Some("Pigott"),
                Some("said".into()),
                "there is no rift between the two"
            )
        );
        assert_eq!(
            parse("In a further statement, Pigott denied that there is any rift."),
            (
                Some("Pigott"),
                Some("denied".into()),
                "Pigott denied that there is any rift"
            )
        );
        assert_eq!(
            parse("According to the mayor, the bridge will reopen in May."),
            (
                Some("the mayor"),
                Some("according to".into()),
                "the bridge will reopen in May"
            )
        );
        assert_eq!(
            parse("The mayor told reporters on Monday that the bridge is safe."),
            (Some("The mayor"), Some("told".into()), "the bridge is safe")
        );
        assert_eq!(
            parse("“I have no plans to go anywhere,” she told reporters at Solmere airport, where she was opening a hangar."),
            (Some("she"), Some("told".into()), "I have no plans to go anywhere")
        );
        assert_eq!(
            parse("Voters will elect a new assembly on 12 April, Premier Lucja Ambery said on Monday as she launched her campaign."),
            (
                Some("Premier Lucja Ambery"),
                Some("said".into()),
                "Voters will elect a new assembly on 12 April"
            )
        );
        assert_eq!(
            parse(
                "The fire chief told local radio that the shelter had been set up at the school."
            ),
            (
                Some("The fire chief"),
                Some("told".into()),
                "the shelter had been set up at the school"
            )
        );
        assert_eq!(
            parse("Corvadi also said the new wing had cost 18 million marks."),
            (
                Some("Corvadi"),
                Some("said".into()),
                "the new wing had cost 18 million marks"
            )
        );
        assert_eq!(
            parse("Talks on their disputed river border will be held in Lundervik, the ministry said."),
            (
                Some("the ministry"),
                Some("said".into()),
                "Talks on their disputed river border will be held in Lundervik"
            )
        );
        assert_eq!(
            parse("Kolmaria's foreign minister, Dorota Halsk, told reporters in Vaskor that the talks would take place in Grevhalla."),
            (
                Some("Kolmaria's foreign minister, Dorota Halsk"),
                Some("told".into()),
                "the talks would take place in Grevhalla"
            )
        );
        assert_eq!(
            parse("Lind said in a statement: “The port is open.”"),
            (Some("Lind"), Some("said".into()), "The port is open")
        );
        assert_eq!(
            parse("Two days later, in an interview with Radio Ferrant, Szabo said only seven clinics would close."),
            (Some("Szabo"), Some("said".into()), "only seven clinics would close")
        );
        assert_eq!(
            parse(
                "Hours later, Rendell said in a statement that she had no plans to leave the bank."
            ),
            (
                Some("Rendell"),
                Some("said".into()),
                "she had no plans to leave the bank"
            )
        );
        assert_eq!(
            parse("Westmark's transport minister, Aylin Brandt, told a radio interviewer on Thursday that the ministers would gather in Port Soley."),
            (
                Some("Westmark's transport minister, Aylin Brandt"),
                Some("told".into()),
                "the ministers would gather in Port Soley"
            )
        );
        assert_eq!(
            parse("The authority will close 12 clinics, health commissioner Nadia Szabo told a briefing on Monday."),
            (
                Some("health commissioner Nadia Szabo"),
                Some("told".into()),
                "The authority will close 12 clinics"
            )
        );
        assert_eq!(
            parse("Pigott said."),
            (Some("Pigott"), Some("said".into()), "")
        );
    }

    #[test]
    fn no_frame() {
        for s in [
            "Marco Rubio and Steve Witkoff are said to be clashing over Ukraine.",
            "Rubio requested to join the meeting and said nothing.",
            "The plan that critics said would fail went ahead anyway, after weeks of delay and argument in the council chamber.",
        ] {
            let (sp, _, _) = parse(s);
            assert_eq!(sp, None, "{s}");
        }
    }
}
