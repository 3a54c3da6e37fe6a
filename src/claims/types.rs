//! Serde types for the claims stage. Their JSON shape is what `gainsay claims` writes and what
//! later stages read, so field names and enum spellings are part of the format.

use serde::{Deserialize, Serialize};

/// Byte range `start..end` into the original input, always on char boundaries.
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The text under the span; empty (never a panic) for a span that does not fit `s`.
    pub fn slice<'a>(&self, s: &'a str) -> &'a str {
        s.get(self.start..self.end).unwrap_or("")
    }

    /// Whether `other` lies wholly inside this span.
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// What a unit of text is. Only [`ClaimKind::Claim`] takes part in pairing; the other kinds are
/// kept in the output so a reader sees why a line was skipped.
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    Claim,
    Question,
    Caption,
    Byline,
    Dateline,
    Headline,
    Boilerplate,
    NoAssertion,
}

impl ClaimKind {
    pub fn is_claim(&self) -> bool {
        matches!(self, ClaimKind::Claim)
    }

    pub fn as_str(&self) -> &'static str {
        match self {
            ClaimKind::Claim => "claim",
            ClaimKind::Question => "question",
            ClaimKind::Caption => "caption",
            ClaimKind::Byline => "byline",
            ClaimKind::Dateline => "dateline",
            ClaimKind::Headline => "headline",
            ClaimKind::Boilerplate => "boilerplate",
            ClaimKind::NoAssertion => "no_assertion",
        }
    }
}

#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum SpeakerKind {
    Person,
    Organization,
    /// An unnamed source: "sources", "a senior administration official".
    Source,
    /// A pronoun ("he said"); the speaker's name is the resolved name where one was found.
    Pronoun,
    Other,
}

/// Who asserts a claim. `span` is where the mention stands in the input (for a resolved "he",
/// the "he"); `name` is normalised, so "Pigott" after "Steve Pigott" reads "Steve Pigott".
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Speaker {
    pub name: String,
    pub span: Span,
    pub kind: SpeakerKind,
}

/// One unit of the input: a claim, or a non-claim marked by its kind.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Claim {
    /// "c1", "c2", ... in document order.
    pub id: String,
    /// `&input[span]`.
    pub text: String,
    pub span: Span,
    /// The asserted proposition without the attribution frame: what NLI compares.
    pub content: String,
    pub content_span: Span,
    /// `None`: the document's author or outlet.
    pub speaker: Option<Speaker>,
    /// The attribution verb or phrase: "said", "told", "according to", "denied", ...
    pub cue: Option<String>,
    pub kind: ClaimKind,
    /// Index into [`crate::claims::sentences`] of the sentence the unit comes from.
    pub sentence: usize,
}
