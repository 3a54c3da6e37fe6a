//! Claims extraction: split news text into sentences and then into units, mark the units that
//! are not claims (captions, bylines, datelines, headlines, boilerplate, questions, fragments),
//! and give every claim its speaker, cue and content — the proposition without the attribution
//! frame, which is what the NLI stage compares.
//!
//! ```
//! use gainsay::claims::{extract_claims, ClaimKind};
//!
//! let text = "“There is no rift between the two,” Pigott said.\n\nChandan Khanna/AFP via Getty Images";
//! let claims = extract_claims(text);
//! assert_eq!(claims[0].content, "There is no rift between the two");
//! assert_eq!(claims[0].speaker.as_ref().unwrap().name, "Pigott");
//! assert_eq!(claims[1].kind, ClaimKind::Caption);
//! ```
//!
//! Every span is a byte range into the input on char boundaries; units come in order and never
//! overlap, and `&input[c.span] == c.text`, `&input[c.content_span] == c.content`. The work is
//! linear in the input: each rule looks at a bounded window of a sentence.

mod attribution;
mod kinds;
mod lex;
mod sentences;
mod speakers;
mod split;
mod types;

pub use sentences::sentences;
pub use types::{Claim, ClaimKind, Span, Speaker, SpeakerKind};

use speakers::Resolver;

/// Where a sentence stands in the layout of the text.
#[derive(Debug, Clone, Copy)]
struct Place {
    /// Line block: a new one starts at every line break.
    line: usize,
    /// Paragraph: a new one starts at every blank line.
    para: usize,
    line_start: bool,
    alone_on_line: bool,
}

/// A unit under construction; offsets are into the input.
#[derive(Debug)]
struct Unit {
    span: (usize, usize),
    sentence: usize,
    place: Place,
    /// `None` while the unit is a claim candidate whose kind depends on its content.
    kind: Option<ClaimKind>,
    content: (usize, usize),
    speaker: Option<Speaker>,
    cue: Option<String>,
    /// The unit's own text names its speaker.
    framed: bool,
    starts_in_quote: bool,
    quoted: bool,
    /// The unit is the first on its line.
    opens_line: bool,
    /// Nothing but quotation, with no frame of its own.
    pure_quote: bool,
    /// A bare frame such as "Pigott said." that attributes a neighbouring quotation.
    frame_only: bool,
}

impl Unit {
    fn new(span: (usize, usize), sentence: usize, place: Place, kind: Option<ClaimKind>) -> Self {
        Unit {
            span,
            sentence,
            place,
            kind,
            content: span,
            speaker: None,
            cue: None,
            framed: false,
            starts_in_quote: false,
            opens_line: false,
            quoted: false,
            pure_quote: false,
            frame_only: false,
        }
    }

    /// Whether the unit is speech that attribution may pass to or from.
    fn speech(&self) -> bool {
        matches!(
            self.kind,
            Some(ClaimKind::Claim | ClaimKind::Question | ClaimKind::NoAssertion)
        )
    }
}

/// All units of `text` in order, claims and non-claims (marked by kind), non-overlapping.
pub fn extract_claims(text: &str) -> Vec<Claim> {
    let sents = sentences(text);
    let places = layout(text, &sents);
    let captions = caption_sentences(text, &sents, &places);
    let mut units = Vec::new();
    for (i, sp) in sents.iter().enumerate() {
        cut_units(
            text,
            i,
            (sp.start, sp.end),
            places[i],
            captions[i],
            &mut units,
        );
    }
    attribute(text, &mut units);
    pass_on_speakers(&mut units);
    units
        .into_iter()
        .enumerate()
        .map(|(i, u)| Claim {
            id: format!("c{}", i + 1),
            text: text[u.span.0..u.span.1].to_string(),
            span: Span::new(u.span.0, u.span.1),
            content: text[u.content.0..u.content.1].to_string(),
            content_span: Span::new(u.content.0, u.content.1),
            speaker: u.speaker,
            cue: u.cue,
            kind: u.kind.unwrap_or(ClaimKind::Claim),
            sentence: u.sentence,
        })
        .collect()
}

/// A readable listing, one unit a line: id, kind, speaker and cue, content.
pub fn render_text(input: &str, claims: &[Claim]) -> String {
    let mut out = String::new();
    for c in claims {
        let who = match (&c.speaker, &c.cue) {
            (Some(s), Some(cue)) => format!(" {} ({cue})", s.name),
            (Some(s), None) => format!(" {}", s.name),
            _ => String::new(),
        };
        let body = c.content_span.slice(input);
        let body = if body.is_empty() {
            c.span.slice(input)
        } else {
            body
        };
        let body = body.split_whitespace().collect::<Vec<_>>().join(" ");
        out.push_str(&format!("{} [{}]{who}: {body}\n", c.id, c.kind.as_str()));
    }
    out
}

fn layout(text: &str, sents: &[Span]) -> Vec<Place> {
    let mut out: Vec<Place> = Vec::with_capacity(sents.len());
    let (mut line, mut para) = (0, 0);
    for (i, sp) in sents.iter().enumerate() {
        let before = &text[if i == 0 { 0 } else { sents[i - 1].end }..sp.start];
        let after_end = sents.get(i + 1).map_or(text.len(), |n| n.start);
        let after = &text[sp.end..after_end];
        let newlines = before.matches('\n').count();
        let line_start = i == 0 || newlines > 0;
        if i > 0 && newlines > 0 {
            line += 1;
        }
        if i > 0 && newlines > 1 {
            para += 1;
        }
        let line_end = i + 1 == sents.len() || after.contains('\n');
        out.push(Place {
            line,
            para,
            line_start,
            alone_on_line: line_start && line_end,
        });
    }
    out
}

/// Sentences on a short line that ends in a photo credit: the caption and the credit.
fn caption_sentences(text: &str, sents: &[Span], places: &[Place]) -> Vec<bool> {
    let mut out = vec![false; sents.len()];
    let mut start = 0;
    while start < sents.len() {
        let mut end = start + 1;
        while end < sents.len() && places[end].line == places[start].line {
            end += 1;
        }
        if end - start <= 3 && kinds::is_credit(sents[end - 1].slice(text)) {
            out[start..end].fill(true);
        }
        start = end;
    }
    out
}

/// Cut sentence `i` into units: a leading dateline, then a non-claim, or one unit per clause.
fn cut_units(
    text: &str,
    i: usize,
    (mut s, e): (usize, usize),
    place: Place,
    caption: bool,
    units: &mut Vec<Unit>,
) {
    if caption {
        units.push(Unit::new((s, e), i, place, Some(ClaimKind::Caption)));
        return;
    }
    if place.line_start {
        if let Some(n) = kinds::leading_prefix(&text[s..e]) {
            let prefix = lex::trim_ws(text, s, s + n);
            units.push(Unit::new(prefix, i, place, Some(ClaimKind::Dateline)));
            s = lex::trim_ws(text, s + n, e).0;
        }
    }
    let body = &text[s..e];
    if let Some(kind) = kinds::static_kind(body, place.alone_on_line) {
        units.push(Unit::new((s, e), i, place, Some(kind)));
        return;
    }
    for (a, b) in split::clauses(body) {
        let span = lex::trim_ws(text, s + a, s + b);
        if span.0 < span.1 {
            units.push(Unit::new(span, i, place, None));
        }
    }
}

/// Track quotations across units, find each candidate's frame, content and kind, and resolve
/// speakers in document order.
fn attribute(text: &str, units: &mut [Unit]) {
    let mut resolver = Resolver::default();
    let mut inside = false;
    let mut prev_para = usize::MAX;
    for u in units.iter_mut() {
        let (s, e) = u.span;
        let ut = &text[s..e];
        if u.place.para != prev_para || (u.opens_line && ut.starts_with(lex::is_quote)) {
            inside = false;
        }
        prev_para = u.place.para;
        let (regions, open_at_end) = lex::quote_regions(ut, inside);
        u.starts_in_quote = inside;
        inside = open_at_end;
        if u.kind.is_some() {
            u.content = lex::trim_content(text, s, e);
            continue;
        }
        let quoted_start = u.starts_in_quote || ut.starts_with(lex::is_quote);
        let frame = attribution::frame(ut, &regions, quoted_start);
        u.content = (s + frame.content.0, s + frame.content.1);
        u.kind = Some(kinds::content_kind(&text[u.content.0..u.content.1]));
        match frame.speaker {
            Some(np) => {
                resolver.observe(ut, 0, np.0, &regions);
                let speaker = resolver.speaker(ut, np, s);
                resolver.observe_phrase(ut, np, &regions, &speaker);
                resolver.observe_said(ut, (np.1, ut.len()), &regions, &speaker);
                u.speaker = Some(speaker);
                u.cue = frame.cue;
                u.framed = true;
                u.frame_only = u.content.0 == u.content.1;
            }
            None => resolver.observe(ut, 0, ut.len(), &regions),
        }
        u.quoted = u.starts_in_quote || !regions.is_empty();
        let closes = ut
            .trim_end_matches(['.', ',', '!', '?', '…'])
            .ends_with(lex::is_quote);
        u.pure_quote = !u.framed && quoted_start && (open_at_end || closes);
    }
}

/// Give unframed quotations the speaker of their quotation group (a quote running over several
/// sentences), of a bare frame that follows ("“...” \n Pigott said."), or of the attributed
/// quotation just before them.
fn pass_on_speakers(units: &mut [Unit]) {
    let mut last_quote: Option<(Speaker, Option<String>, usize)> = None;
    let mut i = 0;
    while i < units.len() {
        if !units[i].speech() {
            i += 1;
            continue;
        }
        let mut j = i;
        while j + 1 < units.len()
            && units[j + 1].starts_in_quote
            && units[j + 1].speech()
            && units[j + 1].place.para == units[i].place.para
        {
            j += 1;
        }
        let source = (i..=j)
            .find(|&k| units[k].framed)
            .and_then(|k| units[k].speaker.clone().map(|s| (s, units[k].cue.clone())));
        let source = source.or_else(|| {
            if !(i..=j).all(|k| units[k].pure_quote) {
                return None;
            }
            let next = units
                .get(j + 1)
                .filter(|n| n.frame_only && n.speech() && n.place.line <= units[j].place.line + 1);
            if let Some(n) = next {
                return n.speaker.clone().map(|s| (s, n.cue.clone()));
            }
            last_quote
                .as_ref()
                .filter(|(_, _, line)| units[i].place.line <= line + 1)
                .map(|(s, c, _)| (s.clone(), c.clone()))
        });
        if let Some((speaker, cue)) = &source {
            for u in &mut units[i..=j] {
                if u.speaker.is_none() {
                    u.speaker = Some(speaker.clone());
                    u.cue.clone_from(cue);
                }
            }
        }
        let quoted = (i..=j).any(|k| units[k].quoted);
        last_quote = match source {
            Some((speaker, cue)) if quoted => Some((speaker, cue, units[j].place.line)),
            _ => None,
        };
        i = j + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_invariants(text: &str, claims: &[Claim]) {
        let mut prev_end = 0;
        for (i, c) in claims.iter().enumerate() {
            assert_eq!(c.id, format!("c{}", i + 1));
            assert!(
                c.span.start >= prev_end && c.span.start < c.span.end && c.span.end <= text.len()
            );
            assert!(text.is_char_boundary(c.span.start) && text.is_char_boundary(c.span.end));
            assert_eq!(&text[c.span.start..c.span.end], c.text);
            assert!(c.span.contains(&c.content_span));
            assert_eq!(&text[c.content_span.start..c.content_span.end], c.content);
            if let Some(s) = &c.speaker {
                assert!(s.span.end <= text.len() && s.span.start <= s.span.end);
                assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
            }
            prev_end = c.span.end;
        }
    }

    fn find<'a>(claims: &'a [Claim], needle: &str) -> &'a Claim {
        claims
            .iter()
            .find(|c| c.text.contains(needle))
            .unwrap_or_else(|| panic!("no unit contains {needle:?}"))
    }

    #[test]
    fn quote_across_sentences_takes_the_closing_frame() {
        let t = "“It is so clear that Rubio has been cut out of this. He should be the one leading all of this,” a senior administration official told NBC News.";
        let c = extract_claims(t);
        check_invariants(t, &c);
        assert_eq!(c.len(), 2);
        assert_eq!(
            c[0].content,
            "It is so clear that Rubio has been cut out of this"
        );
        assert_eq!(c[1].content, "He should be the one leading all of this");
        for u in &c {
            let s = u.speaker.as_ref().unwrap();
            assert_eq!(s.name, "a senior administration official");
            assert_eq!(s.kind, SpeakerKind::Source);
            assert_eq!(u.cue.as_deref(), Some("told"));
        }
    }

    #[test]
    fn continuation_quote_inherits_and_surname_resolves() {
        let t = "State Department spokesperson Steve Pigott dismissed the claims.\n\n“There is no rift,” Pigott said. “They are friends. They work well together.”";
        let c = extract_claims(t);
        check_invariants(t, &c);
        for needle in ["no rift", "They are friends", "work well"] {
            let u = find(&c, needle);
            assert_eq!(u.speaker.as_ref().unwrap().name, "Steve Pigott", "{needle}");
        }
        assert_eq!(
            find(&c, "no rift").speaker.as_ref().unwrap().span.slice(t),
            "Pigott"
        );
    }

    #[test]
    fn bare_frame_in_next_sentence() {
        let t = "“The harbor will reopen in May.” Lind said.";
        let c = extract_claims(t);
        check_invariants(t, &c);
        assert_eq!(c[0].speaker.as_ref().unwrap().name, "Lind");
        assert_eq!(c[0].kind, ClaimKind::Claim);
        assert_eq!(c[1].kind, ClaimKind::NoAssertion);
    }

    /// The speaker name of the claim containing `needle`.
    fn speaker_of(c: &[Claim], needle: &str) -> Option<String> {
        find(c, needle).speaker.as_ref().map(|s| s.name.clone())
    }

    #[test]
    fn organisations_are_known_by_their_spokespeople_and_short_names() {
        let t = "Pellham Water said in a statement that the pipe burst on Sunday. \
                 The company said repairs would take a week.\n\n\
                 Kettering Homes said the site was empty. The Norbury Union of Site Workers \
                 said otherwise. The company said it had suspended work. Later, Kettering said \
                 the survey was finished.\n\n\
                 The Ashdale County Council had approved the plan, according to the Office of \
                 Rural Planning and Housing. The county council said no decision was made. \
                 “No money has changed hands,” a spokeswoman said. She added that talks \
                 continue. Staff have been offered other jobs, the authority said.\n\n\
                 According to figures published by the council, the hall had 9,000 visitors.\n\n\
                 Councillor Maya Ostrow chairs the committee. “The licence is valid,” Cllr Ostrow \
                 said. Professor Lena Varga was asked about it. Professor Varga was firm. “It is \
                 not closing,” she said. In an interview on Tuesday she said the budget was \
                 balanced.";
        let c = extract_claims(t);
        check_invariants(t, &c);
        let cases = [
            ("repairs would take a week", "Pellham Water"),
            ("suspended work", "Kettering Homes"),
            ("the survey was finished", "Kettering Homes"),
            ("no decision was made", "Ashdale County Council"),
            ("No money has changed hands", "Ashdale County Council"),
            ("talks continue", "Ashdale County Council"),
            ("other jobs", "Ashdale County Council"),
            ("9,000 visitors", "Ashdale County Council"),
            ("The licence is valid", "Maya Ostrow"),
            ("It is not closing", "Lena Varga"),
            ("the budget was balanced", "Lena Varga"),
        ];
        for (needle, want) in cases {
            assert_eq!(speaker_of(&c, needle).as_deref(), Some(want), "{needle}");
        }
    }

    #[test]
    fn reports_subjects_appositives_and_speakers_of_what_was_said() {
        let t = "A condition survey by Pryce and Lamb, the surveyors appointed by the council, \
                 found the building needed around £380,000 of work. Police found the car in a \
                 lay-by.\n\n\
                 Figures published by the Waterways Regulator in March, however, recorded 212 \
                 spills from the works.\n\n\
                 Midweek, posts on the Tadley Green community forum claimed a keeper had left \
                 the gate unlocked.\n\n\
                 The Coastal Rescue Trust, the charity that runs the station, is carrying out a \
                 review. It says no decisions have been made.\n\n\
                 The campaign group Keep Porthmellin Afloat says it has raised £18,000. Its \
                 organiser, harbour cafe owner Ruth Annear, said the boat had a range of 250 \
                 miles.\n\n\
                 The chairman of Great Amberley Parish Council, Roger Plumtree, said households \
                 had been offered £500 each.\n\n\
                 Northvale County Council wants the trees felled. A county council spokeswoman \
                 said the felling had been approved. Stanbury Borough Council owns the pool. A \
                 council report based on the survey said the pool would reopen in April.\n\n\
                 Mr Garrow said his group had bought the club from outgoing owner Terry Bagshaw. \
                 \"I am not here to make money,\" he said.\n\n\
                 Robert Hedley owns the farm. His planning agent, Claire Moorcroft of Fenbury Land \
                 and Planning, said the inquiry would open on 14 January. A report by Marlsworth \
                 Borough Council's internal audit team found that Graham Pelling claimed £14,600.";
        let c = extract_claims(t);
        check_invariants(t, &c);
        let cases = [
            ("the building needed", Some("Pryce and Lamb")),
            ("Police found the car", None),
            ("212 spills", Some("Waterways Regulator")),
            ("left the gate", Some("Tadley Green community forum")),
            ("no decisions have been made", Some("Coastal Rescue Trust")),
            ("range of 250 miles", Some("Ruth Annear")),
            ("offered £500 each", Some("Roger Plumtree")),
            (
                "the felling had been approved",
                Some("Northvale County Council"),
            ),
            ("reopen in April", Some("Stanbury Borough Council")),
            ("not here to make money", Some("Garrow")),
            ("the inquiry would open", Some("Claire Moorcroft")),
            ("claimed £14,600", Some("Marlsworth Borough Council")),
        ];
        for (needle, want) in cases {
            assert_eq!(speaker_of(&c, needle).as_deref(), want, "{needle}");
        }
    }

    #[test]
    fn people_are_known_by_age_and_after_places_papers_and_spokespeople() {
        let t = "The trust's founder, Walter Brisk, said the foal was healthy. \
                 \"She was born at dawn,\" the 81-year-old told the Kelby Gazette.\n\n\
                 Nora Fenn said the grant was cut. Speaking to the Harwick Echo on Monday, she \
                 said the theatre would close.\n\n\
                 A spokeswoman for the Western Arts Fund said the panel was independent. She \
                 said new grants would open in May.\n\n\
                 Sergeant Ian Moss of Kelby Police said the road was shut. “Drive slowly,” he \
                 said.\n\n\
                 Team leader Ros Hale said the walker was found on the side of Grey Crag. \
                 “She was lucky,” she said.\n\n\
                 A report published last month by the campaign group Clean Becks Trust said \
                 the works had no permit. Earlier this week the nature blog Otter Watch \
                 reported that the fish had died.";
        let c = extract_claims(t);
        check_invariants(t, &c);
        let cases = [
            ("She was born at dawn", "Walter Brisk"),
            ("the theatre would close", "Nora Fenn"),
            ("new grants would open in May", "Western Arts Fund"),
            ("Drive slowly", "Ian Moss"),
            ("She was lucky", "Ros Hale"),
            ("the works had no permit", "Clean Becks Trust"),
            ("the fish had died", "Otter Watch"),
        ];
        for (needle, want) in cases {
            assert_eq!(speaker_of(&c, needle).as_deref(), Some(want), "{needle}");
        }
    }

    #[test]
    fn degenerate_inputs_do_not_panic() {
        for t in [
            "",
            " ",
            "\n\n\n",
            "\0\0\0",
            "“",
            "”",
            "\"",
            "said",
            ", and he said",
            "...",
            "?!",
            "—",
            "A. B. C.",
        ] {
            let c = extract_claims(t);
            check_invariants(t, &c);
        }
    }

    #[test]
    fn large_single_line_is_linear() {
        let word = "lorem ipsum dolor said sit amet, and they said “quote ";
        let t = word.repeat(3_000_000 / word.len());
        let c = extract_claims(&t);
        check_invariants(&t, &c);
        let t = "x".repeat(2_000_000);
        assert_eq!(extract_claims(&t).len(), 1);
    }
}
