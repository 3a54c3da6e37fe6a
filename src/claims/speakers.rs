//! Turning a speaker's noun phrase into a [`Speaker`], consistently across a document: the name
//! inside the phrase ("State Department spokesperson Steve Pigott" -> "Steve Pigott"), its kind,
//! surnames and titled names resolved to the full name the text introduced ("Pigott",
//! "Secretary Rubio" -> "Steve Pigott", "Marco Rubio"), and "he"/"it" to the last named
//! person or organisation.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use super::lex;
use super::types::{Span, Speaker, SpeakerKind};

const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i"];

/// Title words stripped from the front of a name.
const TITLES: &[&str] = &[
    "president",
    "secretary",
    "sen",
    "senator",
    "rep",
    "representative",
    "gov",
    "governor",
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "cllr",
    "councilor",
    "professor",
    "gen",
    "general",
    "special",
    "envoy",
    "prime",
    "minister",
    "chancellor",
    "mayor",
    "judge",
    "justice",
    "chief",
    "deputy",
    "vice",
    "attorney",
    "speaker",
    "king",
    "queen",
    "pope",
    "ambassador",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "sheriff",
    "officer",
    "coach",
    "rev",
    "lt",
    "col",
    "capt",
    "sgt",
    "sergeant",
    "constable",
    "adm",
    "cmdr",
    "commissioner",
    "director",
    "chairman",
    "chairwoman",
    "chair",
    "ceo",
    "executive",
    "councilman",
    "councilwoman",
    "councillor",
    "inspector",
    "detective",
    "superintendent",
    "dean",
    "bishop",
    "rabbi",
    "imam",
    "former",
    "foreign",
    "defense",
    "senior",
    "economist",
    "analyst",
    "lawmaker",
    "premier",
    "sir",
    "dame",
    "lord",
    "lady",
    "mp",
    "mep",
    "msp",
    "pc",
    "dc",
    "ds",
    "di",
    "dci",
    "revd",
    "canon",
];

/// Words that open a sentence or name a place, never a person's first name.
const NOT_FIRST_NAMES: &[&str] = &[
    "the", "a", "an", "in", "on", "at", "but", "and", "or", "so", "yet", "for", "from", "this",
    "that", "these", "those", "there", "it", "he", "she", "they", "we", "his", "her", "their",
    "its", "our", "as", "after", "before", "when", "while", "if", "some", "many", "most", "last",
    "earlier", "later", "also", "both", "one", "what", "who", "why", "how", "where", "since",
    "although", "despite", "during", "with", "by", "north", "south", "east", "west", "new", "san",
    "los", "las", "saint", "st", "fort", "mount", "lake", "united", "hong", "saudi", "state",
    "white", "supreme", "european", "soviet",
];

/// Last words of a capitalised run that make it a place ("Bellman Street", "Abbeygate Park").
const PLACE_HEADS: &[&str] = &[
    "day",
    "eve",
    "street",
    "road",
    "lane",
    "avenue",
    "bridge",
    "park",
    "square",
    "station",
    "hall",
    "hospital",
    "centre",
    "center",
    "river",
    "valley",
    "hill",
    "hills",
    "way",
    "quay",
    "parade",
    "row",
    "viaduct",
    "airport",
    "harbour",
    "harbor",
    "pier",
    "estate",
    "gardens",
    "green",
    "market",
    "stadium",
    "arena",
    "wharf",
    "dock",
    "docks",
    "island",
    "bay",
    "point",
    "cross",
    "gate",
    "close",
    "drive",
    "terrace",
    "crescent",
    "place",
    "reservoir",
    "forest",
    "moor",
];

/// Words before a capitalised run that make it a place ("in North Carolina").
const PLACE_PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "on",
    "from",
    "near",
    "across",
    "into",
    "outside",
    "inside",
    "throughout",
    "toward",
    "towards",
];

const ORG_WORDS: &[&str] = &[
    "voice",
    "diocese",
    "festival",
    "services",
    "networks",
    "bakery",
    "enterprises",
    "news",
    "department",
    "ministry",
    "agency",
    "inc",
    "corp",
    "corporation",
    "company",
    "co",
    "group",
    "bank",
    "reuters",
    "bloomberg",
    "times",
    "post",
    "journal",
    "council",
    "committee",
    "party",
    "government",
    "office",
    "commission",
    "court",
    "university",
    "institute",
    "police",
    "army",
    "navy",
    "kremlin",
    "pentagon",
    "congress",
    "senate",
    "union",
    "association",
    "foundation",
    "ltd",
    "llc",
    "fund",
    "service",
    "administration",
    "board",
    "authority",
    "network",
    "press",
    "media",
    "house",
    "embassy",
    "campaign",
    "parliament",
    "federation",
    "league",
    "club",
    "hospital",
    "airlines",
    "motors",
    "technologies",
    "systems",
    "labs",
    "cnn",
    "bbc",
    "ap",
    "afp",
    "nbc",
    "cbs",
    "abc",
    "fox",
    "nato",
    "un",
    "eu",
    "fbi",
    "cia",
    "ministry",
    "organization",
    "organisation",
    "commission",
    "bureau",
    "coalition",
    "alliance",
    "firm",
    "regulator",
    "watchdog",
    "report",
    "newspaper",
    "outlet",
    "magazine",
    "foods",
    "airways",
    "shipyards",
    "shipyard",
    "builders",
    "chemicals",
    "energy",
    "mining",
    "marine",
    "holdings",
    "industries",
    "textiles",
    "steel",
    "trust",
    "events",
    "utilities",
    "resources",
    "freight",
    "logistics",
    "pharmaceuticals",
    "insurance",
    "ferries",
    "renewables",
    "stores",
    "zoo",
    "museum",
    "gallery",
    "standards",
    "united",
    "athletic",
    "rovers",
    "water",
    "homes",
    "housing",
    "minerals",
    "therapeutics",
    "pharma",
    "toys",
    "buses",
    "rail",
    "railways",
    "construction",
    "developments",
    "properties",
    "partners",
    "brewery",
    "dairies",
    "telecom",
    "healthcare",
    "biotech",
    "power",
    "aviation",
    "shipping",
    "hotels",
    "supermarkets",
    "inspectorate",
    "wanderers",
    "fc",
    "partnership",
    "partnerships",
    "commissioners",
    "taverns",
    "hospice",
    "academy",
    "college",
    "cooperative",
    "co-operative",
];

/// Last words of organisations that are no company: "the company" does not point back to them.
const NOT_COMPANIES: &[&str] = &[
    "union",
    "club",
    "society",
    "diocese",
    "church",
    "school",
    "university",
    "hospital",
    "council",
    "party",
    "commission",
    "authority",
    "ministry",
    "agency",
    "trust",
    "association",
    "police",
    "government",
    "committee",
    "court",
    "office",
    "department",
    "board",
    "federation",
    "league",
    "campaign",
    "parliament",
    "coalition",
    "alliance",
    "regulator",
    "watchdog",
    "newspaper",
    "ledger",
    "times",
    "post",
    "journal",
    "news",
    "academy",
    "college",
    "hospice",
    "commissioners",
];

const SOURCE_WORDS: &[&str] = &[
    "source",
    "sources",
    "official",
    "officials",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "aide",
    "aides",
    "person",
    "people",
    "analyst",
    "analysts",
    "critic",
    "critics",
    "expert",
    "experts",
    "diplomat",
    "diplomats",
    "lawmaker",
    "lawmakers",
    "resident",
    "residents",
    "witness",
    "witnesses",
    "insider",
    "insiders",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "observers",
    "report",
    "reports",
    "documents",
    "statement",
];

/// Words that stand for people without naming them: "One said", "Another added".
const QUANTIFIERS: &[&str] = &[
    "one", "another", "some", "many", "most", "both", "each", "all", "several", "others",
    "neither", "few",
];

/// Document-wide naming state, fed unit by unit in document order.
#[derive(Debug, Default)]
pub(crate) struct Resolver {
    /// Surname -> the full name the text introduced for it.
    full_names: HashMap<String, String>,
    last_person: Option<String>,
    last_org: Option<String>,
    last_group: Option<String>,
    /// Organisations named as speakers ("Corran Free Zone Authority") and public bodies
    /// described in the text ("the electoral commission", flagged `true`), in order.
    orgs: Vec<(String, bool)>,
    /// The last speaker named by a proper name that is not a person's full name ("Quorvant",
    /// "Saltway Ferries"): what a later "the company" / "the club" points back to when no
    /// organisation of that kind was named.
    last_body: Option<String>,
    /// The last speaker resolved, whatever its kind: what "the statement said" points back to.
    last_speaker: Option<String>,
}

/// Public bodies named in running text with a description: "The Ferrant regional health
/// authority", "the electoral commission". A later "the authority" points back to them.
static BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)[Tt]he (?:[\w-]+ ){1,3}(?:authority|commission|agency|council|board|committee|ministry|regulator|watchdog|inspectorate|tribunal)(?-u:\b)",
    )
    .expect("body pattern")
});

/// What follows the first of `leads` that `plain` opens with, case-insensitively ("A report by
/// X" -> "X"). Compared on the original bytes: lower-casing may change a text's length.
fn after_lead<'p>(plain: &'p str, leads: &[&str]) -> Option<&'p str> {
    leads.iter().find_map(|lead| {
        plain
            .get(..lead.len())
            .filter(|p| p.eq_ignore_ascii_case(lead))
            .and_then(|_| plain.get(lead.len()..))
    })
}

/// What a body writes: "a council report" is the council's.
const DOCUMENTS: &[&str] = &[
    "report",
    "document",
    "survey",
    "study",
    "review",
    "statement",
    "letter",
    "notice",
];

/// Heads of a definite description that may point back to any body named before ("the club",
/// "the force", "the service").
const BODY_HEADS: &[&str] = &[
    "company",
    "firm",
    "group",
    "operator",
    "airline",
    "carrier",
    "club",
    "force",
    "service",
    "trust",
    "charity",
    "retailer",
    "developer",
    "museum",
    "zoo",
    "team",
    "bank",
    "society",
    "business",
    "chain",
    "insurer",
    "utility",
    "broadcaster",
    "manufacturer",
];

/// Sources that speak again for the one that spoke last: "The post said", "“...,” a statement
/// said".
const RESTATING: &[&str] = &[
    "the post",
    "the blog",
    "the newsletter",
    "the leaflet",
    "a statement",
];

/// Heads of "the company", "the firm": any organisation named before.
const GENERIC_ORGS: &[&str] = &["company", "firm", "group", "operator", "airline", "carrier"];

impl Resolver {
    /// Learn person names ("Marco Rubio") from `s[from..to]`; names outside quotations also
    /// become the antecedent of a later "he"/"she".
    pub(crate) fn observe(&mut self, s: &str, from: usize, to: usize, regions: &[(usize, usize)]) {
        for m in BODY.find_iter(&s[from..to]) {
            // "the move by the ministry": the body is "the ministry", too plain to keep.
            let text = m.as_str();
            let last_the = text.to_lowercase().rfind("the ").unwrap_or(0);
            let body = &text[last_the..];
            if body.split(' ').count() >= 3 && !lex::in_regions(regions, from + m.start()) {
                // "The Ashdale County Council" is named "Ashdale County Council".
                let named = body.get(4..).filter(|n| n.starts_with(char::is_uppercase));
                self.mention_org(named.unwrap_or(body).to_string(), true);
            }
        }
        let mut run: Vec<(usize, &str)> = Vec::new();
        let mut before: Option<&str> = None;
        let mut prev: Option<&str> = None;
        let words: Vec<(usize, &str)> = lex::words(&s[from..to]).collect();
        let capital_at = |i: usize| {
            words.get(i).is_some_and(|&(_, w)| {
                let c = lex::strip_possessive(lex::core(w));
                lex::starts_upper(c) && (c.chars().any(char::is_lowercase) || is_initial(w))
            })
        };
        for (i, &(off, w)) in words.iter().enumerate() {
            let c = lex::strip_possessive(lex::core(w));
            let capital = capital_at(i);
            // "the Medicines and Devices Standards Agency", "Bank of Lindenford": one
            // organisation's name runs on over "and" / "of" when the name after it ends so.
            // Not "Paul Renwick of Dorrington Police": a person of an organisation.
            let connects = match w {
                "and" | "&" => true,
                "of" => run.iter().any(|&(_, r)| is_org_word(r)),
                _ => false,
            };
            if !capital && !run.is_empty() && connects && capital_at(i + 1) {
                let next = (i + 1..words.len()).take_while(|&j| capital_at(j)).last();
                if next.is_some_and(|j| is_org_word(words[j].1)) {
                    run.push((from + off, w));
                    prev = Some(w);
                    continue;
                }
            }
            if capital {
                if run.is_empty() {
                    before = prev;
                }
                // "The Tanner's Yard Traders' Association", "Patients' Voice Harrowfield":
                // possessives inside a name with an organisation word keep their apostrophes and
                // do not end it.
                let inside = capital_at(i + 1)
                    && (i + 1..words.len())
                        .take_while(|&j| capital_at(j))
                        .any(|j| is_org_word(words[j].1));
                let spelled = w.trim_start_matches(|ch: char| !ch.is_alphanumeric());
                let possessive = c.len() < lex::core(w).len()
                    || spelled.ends_with("s'")
                    || spelled.ends_with("s’");
                run.push((from + off, if inside && possessive { spelled } else { c }));
                let closes = w.ends_with([',', ';', ':', ')', '”', '"'])
                    || (w.ends_with('.') && !is_initial(w))
                    || (c.len() < lex::core(w).len() && !inside);
                if closes {
                    // "The Stanmouth Striders, the town's biggest running club,": a club, which a
                    // later "the club" points back to, not a person.
                    let after = &s[from + off + w.len()..to];
                    if w.ends_with(',') && described_as_body(after) {
                        let named = after_link(&run);
                        if !named.is_empty() && !lex::in_regions(regions, run[0].0) {
                            self.mention_org(joined(named), false);
                        }
                    } else {
                        self.learn_run(&run, before, regions);
                    }
                    run.clear();
                }
            } else if !run.is_empty() {
                self.learn_run(&run, before, regions);
                run.clear();
            }
            prev = Some(w);
        }
        if !run.is_empty() {
            self.learn_run(&run, before, regions);
        }
    }

    fn learn_run(
        &mut self,
        run: &[(usize, &str)],
        before: Option<&str>,
        regions: &[(usize, usize)],
    ) {
        // "Marsh was unequivocal. “...,” she said": a surname the text introduced is the
        // antecedent of the next "she", also after a title ("Professor Marchbanks was ...").
        // Only as a sentence's subject: not "the board supports Rendell. He said ...".
        let opens = before.is_none_or(|b| {
            b.trim_end_matches(['”', '"', '’', '\''])
                .ends_with(['.', '!', '?'])
        });
        if run.len() < 2 {
            if let [(at, w)] = run {
                self.subject_surname(*at, w, opens, regions);
            }
            return;
        }
        if let [(at, w)] = after_title(run) {
            self.subject_surname(*at, w, opens, regions);
            return;
        }
        // "operator Saltway Ferries", "developer Brightvane": an organisation named after what it
        // is, which a later "the company" points back to.
        if before.is_some_and(is_body_head) {
            if !lex::in_regions(regions, run[0].0) {
                self.mention_org(joined(run), false);
            }
            return;
        }
        // "Skyrest Airways chief executive Henrike Dals": a named organisation, which a later
        // "the company" / "the airline" may point back to.
        if let Some(end) = run
            .iter()
            .rposition(|(_, w)| ORG_WORDS.contains(&w.to_lowercase().as_str()))
        {
            // "But Stanmouth Borough Council, which ...": the sentence's link is no part of it.
            let named = after_link(&run[..=end]);
            if named.len() >= 2 && !lex::in_regions(regions, run[0].0) {
                let org = joined(named);
                // "The Coastal Rescue Trust, the charity that runs the station, is carrying out a
                // review. It says ...": a sentence's subject is the next "it".
                if opens {
                    self.last_org = Some(org.clone());
                }
                self.mention_org(org, false);
            }
            return;
        }
        // "in North Carolina", "of Black Crag", "the Portgate Echo": a place or a title, never a
        // person's name (but "the group of Professor Helena Marsh" is hers).
        let titled = after_title(run).len() < run.len();
        if before.is_some_and(|b| {
            let b = lex::core(b).to_lowercase();
            PLACE_PREPOSITIONS.contains(&b.as_str()) || (b == "of" && !titled) || b == "the"
        }) {
            return;
        }
        // "Bellman Street", "Conyers Bridge": a place, never the "he" of a later sentence.
        let last = run[run.len() - 1].1.to_lowercase();
        if PLACE_HEADS.contains(&last.as_str()) {
            return;
        }
        let name = after_title(run);
        let keep = if name.len() >= 3 && name[name.len() - 2].1.chars().count() == 1 {
            3
        } else {
            2
        };
        if name.len() < 2 {
            return;
        }
        let name = &name[name.len().saturating_sub(keep)..];
        let first = name[0].1.to_lowercase();
        if NOT_FIRST_NAMES.contains(&first.as_str()) || crate::relate::is_calendar_word(&first) {
            return;
        }
        let full = joined(name);
        let last = name[name.len() - 1].1.to_string();
        if !lex::in_regions(regions, name[0].0) {
            self.last_person = Some(full.clone());
        }
        self.full_names.insert(last, full);
    }

    /// A surname the text introduced, standing as a sentence's subject outside quotations: the
    /// antecedent of the next "he"/"she".
    fn subject_surname(
        &mut self,
        at: usize,
        surname: &str,
        opens: bool,
        regions: &[(usize, usize)],
    ) {
        if let Some(full) = self.full_names.get(surname).filter(|_| opens) {
            if !lex::in_regions(regions, at) {
                self.last_person = Some(full.clone());
            }
        }
    }

    /// Learns the organisations a speaker's appositive names ("Dr Helen Varga, the Fenwick Cross
    /// Health Trust's director of finance"), so that a later "the trust" points back to them; the
    /// speaker stays the antecedent of the next "he"/"she".
    pub(crate) fn observe_phrase(
        &mut self,
        s: &str,
        np: (usize, usize),
        regions: &[(usize, usize)],
        speaker: &Speaker,
    ) {
        // Only the appositive: the head phrase is the speaker itself.
        let Some(comma) = s[np.0..np.1].find(',') else {
            return;
        };
        let person = self.last_person.clone();
        self.observe(s, np.0 + comma + 1, np.1, regions);
        match speaker.kind {
            SpeakerKind::Person | SpeakerKind::Pronoun => self.last_person = person,
            // The speaking body stays the latest ("Parents' group Lowland Families for Schools
            // posted ... the group wrote").
            SpeakerKind::Organization => self.mention_org(speaker.name.clone(), false),
            SpeakerKind::Source | SpeakerKind::Other => {}
        }
    }

    /// The speaker for the noun phrase `s[np.0..np.1]`; `base` turns unit offsets into input
    /// offsets.
    pub(crate) fn speaker(&mut self, s: &str, np: (usize, usize), base: usize) -> Speaker {
        let (a, b, kind) = classify(s, np);
        let mention = &s[a..b];
        let span = Span::new(base + a, base + b);
        let plain = mention.split_whitespace().collect::<Vec<_>>().join(" ");
        let spokesperson = s[np.0..np.1].to_lowercase().contains("spokes");
        if let Some((name, kind)) = self.known_as(&plain, s[np.0..np.1].trim() == plain, kind) {
            self.last_speaker = Some(name.clone());
            return Speaker { name, span, kind };
        }
        // "The post said", "“...,” a statement said": the source that spoke last ("post" is
        // also an organisation word, so this comes before the kinds).
        if let Some(name) = self
            .last_speaker
            .clone()
            .filter(|_| RESTATING.contains(&plain.to_lowercase().as_str()))
        {
            return Speaker { name, span, kind };
        }
        if let Some(name) = posted_on(&plain) {
            self.last_speaker = Some(name.clone());
            return Speaker {
                name,
                span,
                kind: SpeakerKind::Organization,
            };
        }
        let name = match kind {
            SpeakerKind::Pronoun => {
                let resolved = match plain.to_lowercase().as_str() {
                    "he" | "she" => self.last_person.clone(),
                    // "The report, published by X, ... It found that": the organisation
                    // named last, when none has spoken.
                    "it" => self
                        .last_org
                        .clone()
                        .or_else(|| self.orgs.last().map(|(o, _)| o.clone())),
                    "they" => self.last_org.clone().or_else(|| self.last_group.clone()),
                    _ => None,
                };
                resolved.unwrap_or(plain)
            }
            SpeakerKind::Person => {
                let name = if plain.contains(' ') {
                    let last = plain.rsplit(' ').next().unwrap_or("").to_string();
                    self.full_names.insert(last, plain.clone());
                    plain
                } else {
                    match self.full_names.get(&plain) {
                        Some(full) => full.clone(),
                        None => {
                            // "Quorvant said": one capitalised word no person was named by (not
                            // "One said", "Another added").
                            if !QUANTIFIERS.contains(&plain.to_lowercase().as_str()) {
                                self.last_body = Some(plain.clone());
                            }
                            plain
                        }
                    }
                };
                self.last_person = Some(name.clone());
                name
            }
            SpeakerKind::Organization => {
                let name = match self.definite(&plain).or_else(|| self.generic_body(&plain)) {
                    Some(named) => {
                        self.touch_org(&named);
                        named
                    }
                    None => {
                        if plain.split(' ').count() > 1 || !plain.starts_with(char::is_lowercase) {
                            self.mention_org(without_the(&plain).to_string(), false);
                        }
                        if plain.starts_with(char::is_uppercase) && !plain.starts_with("The ") {
                            self.last_body = Some(plain.clone());
                        }
                        plain
                    }
                };
                self.last_org = Some(name.clone());
                name
            }
            SpeakerKind::Source | SpeakerKind::Other => {
                // "according to its website": the organisation or person last named as a speaker.
                let lower = plain.to_lowercase();
                let owner = match lower.split(' ').next() {
                    Some("its") => self
                        .orgs
                        .last()
                        .map(|(o, _)| o.clone())
                        .or_else(|| self.last_org.clone()),
                    Some("his" | "her") => self.last_person.clone(),
                    _ => None,
                };
                // "“...,” a spokeswoman said": speaking for the organisation named last.
                let bare = self.bare_spokesperson(&lower);
                match owner.or(bare).or_else(|| self.source_owner(&plain)) {
                    Some(owner) if lower.contains(' ') => {
                        // "The group's newsletter ... It also told residents": the group.
                        if self.orgs.iter().any(|(o, _)| *o == owner) {
                            self.last_org = Some(owner.clone());
                        }
                        owner
                    }
                    _ => {
                        self.last_group = Some(plain.clone());
                        plain
                    }
                }
            }
        };
        // "A spokeswoman for the Northern Arts Fund said ... She said": the organisation's
        // spokesperson is the next "she".
        if kind != SpeakerKind::Person && spokesperson {
            self.last_person = Some(name.clone());
        }
        self.last_speaker = Some(name.clone());
        Speaker { name, span, kind }
    }

    /// "The company", "the club", "the force" with no organisation of that kind named: the last
    /// body that spoke under its proper name, else the organisation named last ("plans announced
    /// by Vennshire Police ... The force said").
    fn generic_body(&self, plain: &str) -> Option<String> {
        let lower = plain.to_lowercase();
        let head = lower.strip_prefix("the ")?;
        if !BODY_HEADS.contains(&head) {
            return None;
        }
        // "the company" is no authority, club or union.
        let company = GENERIC_ORGS.contains(&head);
        let fits = |o: &str| !company || may_be_a_company(o);
        self.last_body.clone().filter(|o| fits(o)).or_else(|| {
            self.orgs
                .iter()
                .rev()
                .find(|(o, _)| o.starts_with(char::is_uppercase) && fits(o))
                .map(|(o, _)| o.clone())
        })
    }

    /// A speaker phrase that names a speaker already known: one word that begins an
    /// organisation's name ("Brackenridge", after "Brackenridge Homes said"), when it is the
    /// whole phrase; "the 79-year-old", the person named last.
    fn known_as(
        &mut self,
        plain: &str,
        whole: bool,
        kind: SpeakerKind,
    ) -> Option<(String, SpeakerKind)> {
        match kind {
            SpeakerKind::Person
                if whole && !plain.contains(' ') && !self.full_names.contains_key(plain) =>
            {
                let org = self.org_named_from(plain)?;
                self.mention_org(org.clone(), false);
                self.last_org = Some(org.clone());
                Some((org, SpeakerKind::Organization))
            }
            SpeakerKind::Source | SpeakerKind::Other
                if is_age_description(&plain.to_lowercase()) =>
            {
                self.last_person.clone().map(|p| (p, SpeakerKind::Person))
            }
            _ => None,
        }
    }

    /// The organisation whose name begins with the single word `word` ("Brackenridge" ->
    /// "Brackenridge Homes").
    fn org_named_from(&self, word: &str) -> Option<String> {
        let prefix = format!("{word} ");
        self.orgs
            .iter()
            .rev()
            .find(|(o, _)| o.starts_with(&prefix))
            .map(|(o, _)| o.clone())
    }

    /// "a spokeswoman", "a company spokesman": the organisation named last.
    fn bare_spokesperson(&self, lower: &str) -> Option<String> {
        let role = lower
            .strip_prefix("a ")
            .or_else(|| lower.strip_prefix("the "))?;
        let role = role.strip_prefix("company ").unwrap_or(role);
        ["spokeswoman", "spokesman", "spokesperson"]
            .contains(&role)
            .then(|| self.orgs.last().map(|(o, _)| o.clone()))
            .flatten()
    }

    /// Learns names from what a speaker said (`s[from..to]`): the people it names are not the
    /// next "he"/"she" when the speaker is a person ("Mr Garrow said his group had bought the club
    /// from Terry Bagshaw. “...,” he said": Garrow).
    pub(crate) fn observe_said(
        &mut self,
        s: &str,
        (from, to): (usize, usize),
        regions: &[(usize, usize)],
        speaker: &Speaker,
    ) {
        let person = self.last_person.clone();
        self.observe(s, from, to, regions);
        if matches!(speaker.kind, SpeakerKind::Person | SpeakerKind::Pronoun) && person.is_some() {
            self.last_person = person;
        }
    }

    /// Makes a known organisation the most recent, as a speaker pointed back to it.
    fn touch_org(&mut self, org: &str) {
        if let Some(at) = self.orgs.iter().position(|(o, _)| o == org) {
            let entry = self.orgs.remove(at);
            self.orgs.push(entry);
        }
    }

    /// Records an organisation the text names; naming it again makes it the most recent.
    fn mention_org(&mut self, org: String, body: bool) {
        self.orgs.retain(|(o, _)| *o != org);
        self.orgs.push((org, body));
    }

    /// What a source phrase stands for when it names its organisation: "a statement from the
    /// zoo" -> the zoo named before, "A Harwick spokesman" -> "Harwick Stores".
    fn source_owner(&self, plain: &str) -> Option<String> {
        if let Some(named) = self.generic_body(plain) {
            return Some(named);
        }
        // "the council's consultation document", "A council report based on the survey": the
        // council.
        let mut words = plain.splitn(3, ' ');
        if let (Some(the), Some(owner), Some(rest)) = (words.next(), words.next(), words.next()) {
            let bare = lex::strip_possessive(owner);
            let document = rest
                .split(' ')
                .next()
                .is_some_and(|w| DOCUMENTS.contains(&w.to_lowercase().as_str()));
            let article = the.eq_ignore_ascii_case("the") || the.eq_ignore_ascii_case("a");
            if article && (bare.len() < owner.len() || document) {
                let owner = format!("the {bare}");
                if let Some(named) = self.definite(&owner).or_else(|| self.generic_body(&owner)) {
                    return Some(named);
                }
            }
        }
        // "The action group's newsletter": the action group.
        let owner = plain
            .split_once("'s ")
            .or_else(|| plain.split_once("’s "))
            .map(|(o, _)| o)
            .filter(|o| o.to_lowercase().starts_with("the ") && o.split(' ').count() == 3);
        if let Some(named) = owner.and_then(|o| self.definite(o)) {
            return Some(named);
        }
        // "X said in a statement ... “...,” the statement said": the statement's speaker.
        if ["the statement", "the notice", "the letter", "the email"]
            .contains(&plain.to_lowercase().as_str())
        {
            return self.last_speaker.clone();
        }
        // "A report by Marlsworth Borough Council's internal audit team": the council.
        let reports = [
            "a report by ",
            "a survey by ",
            "a study by ",
            "an audit by ",
        ];
        let owner = after_lead(plain, &reports)
            .and_then(|rest| rest.split_once("'s "))
            .map(|(o, _)| o);
        if let Some(owner) = owner.filter(|o| lex::starts_upper(o)) {
            return Some(owner.to_string());
        }
        let voices = [
            "a statement from ",
            "a statement by ",
            "a spokesperson for ",
            "a spokesman for ",
            "a spokeswoman for ",
        ];
        if let Some(rest) = after_lead(plain, &voices) {
            return if rest.starts_with(char::is_uppercase) {
                Some(rest.to_string())
            } else {
                self.definite(rest).or_else(|| self.generic_body(rest))
            };
        }
        // "A Harwick spokesman", "a Quorvant official": the organisation whose name begins so;
        // "a league spokesman": the one whose name ends so.
        // "A county council spokeswoman": the "... County Council" named last.
        let words: Vec<&str> = plain.split(' ').collect();
        if let [article, .., role] = words[..] {
            let name = words[1..words.len() - 1].join(" ");
            let source = SOURCE_WORDS.contains(&role.to_lowercase().as_str());
            let named = (1..=2).contains(&(words.len() - 2));
            if matches!(article, "A" | "a" | "An" | "an") && source && named {
                let (prefix, suffix) = (format!("{name} "), format!(" {name}").to_lowercase());
                let upper = lex::starts_upper(&name);
                return self
                    .orgs
                    .iter()
                    .rev()
                    .find(|(o, _)| {
                        if upper {
                            *o == name || o.starts_with(&prefix)
                        } else {
                            o.starts_with(char::is_uppercase) && o.to_lowercase().ends_with(&suffix)
                        }
                    })
                    .map(|(o, _)| o.clone());
            }
        }
        None
    }

    /// The organisation a definite description points back to: "the authority" -> the last
    /// named "... Authority", "the company" -> the last named organisation.
    fn definite(&self, plain: &str) -> Option<String> {
        let lower = plain.to_lowercase();
        let head = lower.strip_prefix("the ")?;
        let head = head.strip_prefix("local ").unwrap_or(head);
        // "the county council" -> "Wyebridge County Council"; not "the new chief executive".
        if head.split(' ').count() > 2 {
            return None;
        }
        let suffix = format!(" {head}");
        let mut named = self
            .orgs
            .iter()
            .rev()
            .find(|(o, _)| o.to_lowercase().ends_with(&suffix));
        // "the council" is the local authority, not the parish council named last, unless that
        // spoke last.
        let minor = |o: &str| {
            let o = o.to_lowercase();
            o.ends_with(" parish council") || o.ends_with(" town council")
        };
        if head == "council"
            && named.is_some_and(|(o, _)| minor(o) && self.last_speaker.as_deref() != Some(o))
        {
            if let Some(principal) = self
                .orgs
                .iter()
                .rev()
                .find(|(o, _)| o.to_lowercase().ends_with(&suffix) && !minor(o))
            {
                named = Some(principal);
            }
        }
        if head.contains(' ') || named.is_some() {
            return named.map(|(o, _)| o.clone());
        }
        // "the authority" / "the local authority", with no "... Authority" named: the council.
        if head == "authority" {
            if let Some((o, _)) = self
                .orgs
                .iter()
                .rev()
                .find(|(o, _)| o.to_lowercase().ends_with(" council"))
            {
                return Some(o.clone());
            }
        }
        // "the company": the last organisation named that is no union, council, ... (bodies
        // described in the text only by their kind do not count).
        if !GENERIC_ORGS.contains(&head) {
            return None;
        }
        self.orgs
            .iter()
            .rev()
            .find(|(o, body)| !*body && may_be_a_company(o))
            .map(|(o, _)| o.clone())
    }
}

/// Whether an organisation's name may be what "the company" points to: no word of it says it is a
/// union, council, authority, club, ... ("Hallow Angling Club" is no company).
/// The named forum or page of posts: "Several posts on the Kelloway Village Noticeboard online
/// group" -> "Kelloway Village Noticeboard", "posts on the Tadley Green community forum" ->
/// "Tadley Green community forum".
fn posted_on(plain: &str) -> Option<String> {
    let posts = [
        "posts on ",
        "a post on ",
        "several posts on ",
        "some posts on ",
        "one post on ",
        "comments on ",
        "messages on ",
    ];
    let rest = after_lead(plain, &posts)?;
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    let rest = rest.split(',').next().unwrap_or(rest).trim_end();
    // "... blog last week", "... page at the weekend": when, not whose.
    let times = [
        " last week",
        " last month",
        " last night",
        " this week",
        " this month",
        " at the weekend",
        " yesterday",
        " earlier this week",
        " earlier this month",
    ];
    let rest = lex::before_suffix(rest, &times).unwrap_or(rest);
    // "the Tadley Green community forum" is the forum's name; "online group" says what it is.
    let kinds = [
        " online group",
        " online forum",
        " Facebook group",
        " Facebook page",
        " social media group",
        " social media page",
        " WhatsApp group",
        " community blog",
        " blog",
        " website",
    ];
    let name = lex::before_suffix(rest, &kinds).unwrap_or(rest);
    lex::starts_upper(name).then(|| name.to_string())
}

/// Whether the text after a name opens an appositive that says it is a body: " the town's
/// biggest running club," (a head in [`BODY_HEADS`] before the closing comma).
fn described_as_body(after: &str) -> bool {
    let after = after.trim_start();
    let Some(phrase) = after.split_once(',').map(|(p, _)| p) else {
        return false;
    };
    let words: Vec<&str> = phrase.split_whitespace().collect();
    matches!(words.first(), Some(&("the" | "a" | "an")))
        && words.len() <= 8
        && words.last().is_some_and(|w| is_body_head(w))
}

/// A run of capitalised words without the sentence's opening link ("The", "But").
fn after_link<'r, 's>(run: &'r [(usize, &'s str)]) -> &'r [(usize, &'s str)] {
    match run.first() {
        Some((_, w)) if OPENING_LINKS.contains(w) => &run[1..],
        _ => run,
    }
}

/// The words of a run, as one name.
fn joined(run: &[(usize, &str)]) -> String {
    run.iter().map(|(_, w)| *w).collect::<Vec<_>>().join(" ")
}

/// Words that open a sentence before the organisation it names: "The", "But", "Meanwhile".
const OPENING_LINKS: &[&str] = &[
    "The",
    "But",
    "And",
    "Yet",
    "So",
    "Meanwhile",
    "However",
    "Now",
    "Still",
    "At",
    "In",
    "On",
    "From",
];

fn may_be_a_company(name: &str) -> bool {
    !name
        .to_lowercase()
        .split(' ')
        .any(|w| NOT_COMPANIES.contains(&w))
}

/// "the 79-year-old", "the 26-year-old": a person described by age.
fn is_age_description(lower: &str) -> bool {
    lower
        .strip_prefix("the ")
        .and_then(|r| r.strip_suffix("-year-old"))
        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
}

/// "The provincial electoral commission" -> "provincial electoral commission".
fn without_the(name: &str) -> &str {
    name.strip_prefix("The ")
        .or_else(|| name.strip_prefix("the "))
        .unwrap_or(name)
}

/// A word that organisations' names end with ("Council", "Airways").
fn is_org_word(w: &str) -> bool {
    ORG_WORDS.contains(&lex::strip_possessive(lex::core(w)).to_lowercase().as_str())
}

/// A word that says what an organisation is ("operator", "club"), as in "operator Saltway
/// Ferries said".
fn is_body_head(w: &str) -> bool {
    BODY_HEADS.contains(&lex::core(w).to_lowercase().as_str())
}

fn is_initial(w: &str) -> bool {
    let c = lex::core(w);
    c.chars().count() == 1 && lex::starts_upper(c) && w.ends_with('.')
}

/// The words of a capitalised run after its last title ("Detective Inspector Kwame Ashdown" ->
/// "Kwame Ashdown"); empty when the run ends with a title.
fn after_title<'r, 's>(run: &'r [(usize, &'s str)]) -> &'r [(usize, &'s str)] {
    let start = run
        .iter()
        .rposition(|&(_, w)| TITLES.contains(&lex::core(w).to_lowercase().as_str()))
        .map_or(0, |i| i + 1);
    &run[start..]
}

/// Where the name stands inside the noun phrase `s[np.0..np.1]`, and its kind.
fn classify(s: &str, np: (usize, usize)) -> (usize, usize, SpeakerKind) {
    let phrase = &s[np.0..np.1];
    let head_len = phrase.find(',').unwrap_or(phrase.len());
    let (h0, h1) = lex::trim_ws(s, np.0, np.0 + head_len);
    let head = &s[h0..h1];
    let words: Vec<(usize, &str)> = lex::words(head).map(|(o, w)| (h0 + o, w)).collect();
    let whole = (h0, h1);
    let Some(&(_, first)) = words.first() else {
        return (np.0, np.1, SpeakerKind::Other);
    };
    let lower = |w: &str| lex::core(w).to_lowercase();
    if words.len() == 1 && PRONOUNS.contains(&lower(first).as_str()) {
        return (whole.0, whole.1, SpeakerKind::Pronoun);
    }
    // An acronym is an organisation ("NHS", "RSPB"), unless it is a title ("MP", "PC").
    let is_org = |ws: &[(usize, &str)]| {
        ws.iter().any(|(_, w)| {
            let c = lex::core(w);
            let lower = c.to_lowercase();
            ORG_WORDS.contains(&lower.as_str())
                || (c.chars().count() >= 2
                    && c.chars().all(|ch| ch.is_uppercase() || ch == '.')
                    && !TITLES.contains(&lower.as_str()))
        })
    };
    // "A condition survey by Pryce and Lamb": two surnames joined, the makers of a report, are
    // a firm (not "Rubio and Witkoff", who may be two people).
    if let [.., (_, "by"), (at, x), (_, "and" | "&"), y] = words[..] {
        let upper =
            |w: &str| lex::starts_upper(lex::core(w)) && !TITLES.contains(&lower(w).as_str());
        if upper(x) && upper(y.1) {
            return (at, word_end(y), SpeakerKind::Organization);
        }
    }
    // "Chief Superintendent Olav Brennick of the regional police": the name before a plain "of".
    let mut words = words;
    if let Some(of) = words.iter().rposition(|&(_, w)| w == "of") {
        let plain_after = words[of + 1..]
            .iter()
            .all(|&(_, w)| !lex::starts_upper(lex::core(w)));
        if of > 0 && plain_after && lex::starts_upper(lex::core(words[of - 1].1)) {
            words.truncate(of);
        }
    }
    let mut k = words.len();
    while k > 0 && lex::starts_upper(lex::core(words[k - 1].1)) {
        k -= 1;
        // "The Transport and Road Workers' Alliance", "Westmarch Fire and Rescue Service": one
        // organisation's name runs on over "and".
        if k >= 2
            && matches!(lower(words[k - 1].1).as_str(), "and" | "&")
            && lex::starts_upper(lex::core(words[k - 2].1))
            && is_org(&words[k..])
        {
            k -= 1;
        }
    }
    // "Detective Inspector Kwame Ashdown of Lindenford Police", "Hanne Rosvik of the
    // Dravemouth Patients' Forum": the person, not the organisation.
    let of_at = match k {
        _ if k >= 3 && lower(words[k - 1].1) == "of" => Some(k - 1),
        _ if k >= 4 && lower(words[k - 1].1) == "the" && lower(words[k - 2].1) == "of" => {
            Some(k - 2)
        }
        _ => None,
    };
    if let Some(of_at) = of_at {
        let k = of_at + 1;
        let mut j = k - 1;
        while j > 0 && lex::starts_upper(lex::core(words[j - 1].1)) {
            j -= 1;
        }
        let run = &words[j..k - 1];
        let name = after_title(run);
        if is_org(run) {
            // "The Bank of Lindenford": one organisation.
            let first = run
                .iter()
                .position(|&(_, w)| lower(w) != "the")
                .unwrap_or(0);
            return (
                run[first].0,
                word_end(words[words.len() - 1]),
                SpeakerKind::Organization,
            );
        }
        if name.len() >= 2 {
            return (
                name[0].0,
                word_end(name[name.len() - 1]),
                SpeakerKind::Person,
            );
        }
    }
    if k < words.len() {
        let run = &words[k..];
        // "The chairman of Great Amberley Parish Council, Roger Plumtree,": the person.
        let role_of = k >= 2 && lower(words[k - 1].1) == "of";
        if let Some(named) =
            appositive_name(s, (h1, np.1)).filter(|n| role_of && n.2 == SpeakerKind::Person)
        {
            return named;
        }
        if is_org(run) || (k > 0 && is_body_head(words[k - 1].1)) {
            return (
                run[0].0,
                word_end(run[run.len() - 1]),
                SpeakerKind::Organization,
            );
        }
        // "Eldham's MP, Rebecca Stannard,": a title, then the name in apposition.
        let name = match after_title(run) {
            [] => match appositive_name(s, (h1, np.1)) {
                Some(name) => return name,
                None => run,
            },
            name => name,
        };
        return (
            name[0].0,
            word_end(name[name.len() - 1]),
            SpeakerKind::Person,
        );
    }
    if let Some(name) = appositive_name(s, (h1, np.1)) {
        return name;
    }
    if let Some(named) = described_name(&words) {
        return named;
    }
    let has = |list: &[&str]| {
        words
            .iter()
            .any(|&(_, w)| list.contains(&lower(w).as_str()))
    };
    let kind = if has(SOURCE_WORDS) {
        SpeakerKind::Source
    } else if has(ORG_WORDS) {
        SpeakerKind::Organization
    } else {
        SpeakerKind::Other
    };
    (whole.0, whole.1, kind)
}

/// A name followed by what it is: "The Redhaven Harriers running club", "Aldmouth City
/// Council's environmental health team" -> the organisation's name.
fn described_name(words: &[(usize, &str)]) -> Option<(usize, usize, SpeakerKind)> {
    let upper = |w: &str| lex::starts_upper(lex::core(w));
    let start = usize::from(
        words
            .first()
            .is_some_and(|&(_, w)| w.eq_ignore_ascii_case("the")),
    );
    // "Dunmere and Pellow District Council's environmental health team": "and" or "of"
    // between capitalised words stays inside the name.
    let rest = &words[start..];
    let mut len = 0;
    while len < rest.len() {
        let joins = matches!(rest[len].1, "and" | "of")
            && len > 0
            && rest.get(len + 1).is_some_and(|&(_, w)| upper(w));
        if !(upper(rest[len].1) || joins) {
            break;
        }
        len += 1;
    }
    let tail = &words[start + len..];
    let head = tail.last().map(|&(_, w)| lex::core(w).to_lowercase())?;
    let run = &words[start..start + len];
    // The owner of a unit ("Council's ... team"), or a club or company of two or more names:
    // "the Braske water authority", "the Menon campaign" keep their description.
    let owner = run
        .last()
        .is_some_and(|&(_, w)| lex::core(w) != lex::strip_possessive(lex::core(w)));
    let kind_of = len >= 2
        && ["club", "company", "firm", "charity", "group", "society"].contains(&head.as_str());
    let body = BODY_HEADS.contains(&head.as_str()) || ORG_WORDS.contains(&head.as_str());
    let described = len > 0
        && (1..=3).contains(&tail.len())
        && tail.iter().all(|&(_, w)| !upper(w))
        && ((owner && body && run.iter().any(|&(_, w)| is_org_word(w))) || kind_of);
    described.then(|| (run[0].0, word_end(run[len - 1]), SpeakerKind::Organization))
}

/// A name standing in apposition after a common noun: "The mayor, John T. Reyes,".
fn appositive_name(s: &str, (from, to): (usize, usize)) -> Option<(usize, usize, SpeakerKind)> {
    let rest = s[from..to].trim_start_matches([',', ' ']);
    let start = to - rest.len();
    let end = start + rest.find(',').unwrap_or(rest.len());
    let (a, b) = lex::trim_ws(s, start, end);
    let mut words: Vec<(usize, &str)> = lex::words(&s[a..b]).map(|(o, w)| (a + o, w)).collect();
    // "The vicar, the Rev Hannah Quartermaine,": the name after "the" and its titles.
    if words.first().is_some_and(|&(_, w)| w == "the") {
        words.remove(0);
        let named = after_title(&words);
        if named.len() >= 2 && named.len() < words.len() {
            words = named.to_vec();
        }
    }
    // "Its organiser, harbour cafe owner Ruth Annear,": the name after what she is.
    let described = words
        .iter()
        .position(|&(_, w)| lex::starts_upper(lex::core(w)))
        .filter(|&at| (1..=3).contains(&at) && words.len() - at >= 2);
    if let Some(at) = described {
        words.drain(..at);
    }
    // "Claire Moorcroft of Fenbury Land and Planning": the person, not her firm.
    if let Some(of) = words.iter().position(|&(_, w)| w == "of") {
        let name = &words[..of];
        if (2..=3).contains(&name.len()) && !is_org_word(name[name.len() - 1].1) {
            words.truncate(of);
        }
    }
    let named = !words.is_empty()
        && words.len() <= 5
        && words.iter().all(|&(_, w)| {
            let c = lex::core(w);
            c.is_empty() || lex::starts_upper(c) || matches!(c, "of" | "and")
        })
        && lex::starts_upper(lex::core(words[0].1));
    if !named {
        return None;
    }
    let org = words.iter().any(|&(_, w)| {
        let c = lex::core(w);
        ORG_WORDS.contains(&c.to_lowercase().as_str()) || c.is_empty()
    });
    let end = word_end(words[words.len() - 1]);
    let kind = if org {
        SpeakerKind::Organization
    } else {
        SpeakerKind::Person
    };
    Some((words[0].0, end, kind))
}

/// End of a word without trailing punctuation or possessive.
fn word_end((off, w): (usize, &str)) -> usize {
    let lead = w.len() - w.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
    let core = lex::core(w);
    let core = if core.chars().count() == 1
        && w[lead..].starts_with(core)
        && w.len() > lead + core.len()
        && w[lead + core.len()..].starts_with('.')
    {
        &w[lead..lead + core.len() + 1]
    } else {
        lex::strip_possessive(core)
    };
    off + lead + core.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spk(r: &mut Resolver, s: &str) -> (String, SpeakerKind, String) {
        let sp = r.speaker(s, (0, s.len()), 0);
        (sp.name, sp.kind, sp.span.slice(s).to_string())
    }

    #[test]
    fn a_role_then_a_name_in_apposition_is_the_name() {
        let mut r = Resolver::default();
        for (np, name, kind) in [
            (
                "The vicar, the Rev Hannah Quartermaine,",
                "Hannah Quartermaine",
                SpeakerKind::Person,
            ),
            (
                "Eldham's MP, Rebecca Stannard,",
                "Rebecca Stannard",
                SpeakerKind::Person,
            ),
            (
                "The company that runs the counter, Postal Counters Ltd,",
                "Postal Counters Ltd",
                SpeakerKind::Organization,
            ),
            (
                "Local MP Graham Nettleford",
                "Graham Nettleford",
                SpeakerKind::Person,
            ),
            ("PC Daniel Forsythe", "Daniel Forsythe", SpeakerKind::Person),
        ] {
            let (got, got_kind, _) = spk(&mut r, np);
            assert_eq!((got.as_str(), got_kind), (name, kind), "{np}");
        }
        // An acronym that is no title is still an organisation.
        assert_eq!(spk(&mut r, "The RSPB").1, SpeakerKind::Organization);
    }

    #[test]
    fn the_company_is_no_authority_and_the_council_no_parish_council() {
        let mut r = Resolver::default();
        spk(&mut r, "Harrowden Waste Services");
        spk(&mut r, "The Land and Water Authority");
        spk(&mut r, "Hallow Angling Club");
        assert_eq!(spk(&mut r, "The company").0, "Harrowden Waste Services");
        spk(&mut r, "Lowmoor County Council");
        let t = "Alan Pettifer, chairman of Wickham St Giles Parish Council, was there.";
        r.observe(t, 0, t.len(), &[]);
        assert_eq!(spk(&mut r, "The council").0, "Lowmoor County Council");
        assert_eq!(
            spk(&mut r, "the council's consultation document").0,
            "Lowmoor County Council"
        );
        // The parish council itself spoke last: "the council" is that one.
        spk(&mut r, "Wickham St Giles Parish Council");
        assert_eq!(
            spk(&mut r, "the council").0,
            "Wickham St Giles Parish Council"
        );
    }

    #[test]
    fn possessives_inside_an_organisation_s_name_stay() {
        let mut r = Resolver::default();
        let t = "The Tanner's Yard Traders' Association believes the repairs are a cover.";
        r.observe(t, 0, t.len(), &[]);
        assert_eq!(
            spk(&mut r, "the association").0,
            "Tanner's Yard Traders' Association"
        );
        assert_eq!(
            spk(&mut r, "The Diocese of Elmbridge").0,
            "Diocese of Elmbridge"
        );
    }

    #[test]
    fn the_company_points_back_to_a_body_named_by_one_word() {
        let mut r = Resolver::default();
        assert_eq!(spk(&mut r, "Quorvant").0, "Quorvant");
        assert_eq!(spk(&mut r, "The company").0, "Quorvant");
        assert_eq!(spk(&mut r, "the club").0, "Quorvant");
        // Not a description of a person or a place.
        assert_eq!(spk(&mut r, "the mayor").0, "the mayor");
    }

    #[test]
    fn an_organisation_named_after_what_it_is_is_the_company() {
        let mut r = Resolver::default();
        let text = "The timetable will change, operator Saltway Ferries said.";
        r.observe(text, 0, text.len(), &[]);
        assert_eq!(
            spk(&mut r, "operator Saltway Ferries").1,
            SpeakerKind::Organization
        );
        assert_eq!(spk(&mut r, "The company").0, "Saltway Ferries");
    }

    #[test]
    fn a_description_points_back_to_the_organisation_named_last() {
        let mut r = Resolver::default();
        let text = "Stations will close under plans announced by Vennshire Police on Wednesday.";
        r.observe(text, 0, text.len(), &[]);
        assert_eq!(spk(&mut r, "The force").0, "Vennshire Police");
        // Naming an organisation again makes it the latest.
        let mut r = Resolver::default();
        let text = "Saltmere Athletic signed him from Corvale United. Saltmere Athletic paid more.";
        r.observe(text, 0, text.len(), &[]);
        let again = "Corvale United put the figure lower.";
        r.observe(again, 0, again.len(), &[]);
        assert_eq!(spk(&mut r, "the club").0, "Corvale United");
    }

    #[test]
    fn statements_and_spokesmen_of_a_named_organisation_are_the_organisation() {
        let mut r = Resolver::default();
        let text = "A leopard escaped from Greywell Zoo. Harwick Stores cut prices.";
        r.observe(text, 0, text.len(), &[]);
        assert_eq!(spk(&mut r, "a statement from the zoo").0, "Greywell Zoo");
        assert_eq!(spk(&mut r, "A Harwick spokesman").0, "Harwick Stores");
        // A name whose lower case is longer than itself ("İ") is cut where it starts.
        assert_eq!(
            spk(&mut r, "a statement from İstanbul Council").0,
            "İstanbul Council"
        );
        // No organisation of that name: the phrase stays as written.
        assert_eq!(
            spk(&mut r, "A Quorvant spokesman").0,
            "A Quorvant spokesman"
        );
    }

    #[test]
    fn the_statement_is_its_speaker_s() {
        let mut r = Resolver::default();
        assert_eq!(spk(&mut r, "Harwick Stores").0, "Harwick Stores");
        assert_eq!(spk(&mut r, "the statement").0, "Harwick Stores");
        // With no speaker before it, it stays as written.
        let mut r = Resolver::default();
        assert_eq!(spk(&mut r, "the statement").0, "the statement");
    }

    #[test]
    fn names_of_organisations_run_on_over_and() {
        let mut r = Resolver::default();
        assert_eq!(
            spk(&mut r, "The Transport and Road Workers' Alliance").0,
            "The Transport and Road Workers' Alliance"
        );
        // Two people are not one organisation.
        assert_eq!(spk(&mut r, "Rubio and Witkoff").0, "Witkoff");
        let forum = "Ilse Brandt of the Harwick Tenants' Forum";
        assert_eq!(spk(&mut r, forum).0, "Ilse Brandt");
        let fire = "Station Manager Keith Arrowsmith of Westmarch Fire and Rescue Service";
        assert!(spk(&mut r, fire).0.ends_with("Keith Arrowsmith"));
    }

    #[test]
    fn one_of_a_group_is_no_body_and_a_league_spokesman_is_the_league() {
        let mut r = Resolver::default();
        let text = "Hartleigh Rovers plan a stadium. The Northern Counties League met.";
        r.observe(text, 0, text.len(), &[]);
        assert_eq!(spk(&mut r, "One").0, "One");
        assert_eq!(spk(&mut r, "the club").0, "Northern Counties League");
        assert_eq!(
            spk(&mut r, "a league spokesman").0,
            "Northern Counties League"
        );
    }

    #[test]
    fn an_appositive_names_the_organisation_a_description_points_to() {
        let mut r = Resolver::default();
        let s = "Dr Helen Varga, the Fenwick Cross Health Trust's director of finance";
        let sp = r.speaker(s, (0, s.len()), 0);
        r.observe_phrase(s, (0, s.len()), &[], &sp);
        assert_eq!(sp.name, "Helen Varga");
        assert_eq!(spk(&mut r, "The trust").0, "Fenwick Cross Health Trust");
        assert_eq!(spk(&mut r, "she").0, "Helen Varga");
    }

    #[test]
    fn a_name_before_its_description_is_the_name() {
        let mut r = Resolver::default();
        assert_eq!(
            spk(&mut r, "The Redhaven Harriers running club").0,
            "Redhaven Harriers"
        );
        assert_eq!(
            spk(&mut r, "Aldmouth City Council's environmental health team").0,
            "Aldmouth City Council"
        );
        assert_eq!(
            spk(
                &mut r,
                "Dunmere and Pellow District Council's environmental health team"
            )
            .0,
            "Dunmere and Pellow District Council"
        );
        // A country's ministry, or a one-word place's authority, keeps its description.
        assert_eq!(
            spk(&mut r, "Estoria's trade ministry").0,
            "Estoria's trade ministry"
        );
        assert_eq!(
            spk(&mut r, "the Braske water authority").0,
            "the Braske water authority"
        );
        // A person of a plain-named body is the person.
        assert_eq!(
            spk(
                &mut r,
                "Chief Superintendent Olav Brennick of the regional police"
            )
            .0,
            "Olav Brennick"
        );
    }

    #[test]
    fn a_surname_alone_is_the_next_pronoun_s_antecedent() {
        let mut r = Resolver::default();
        let text = "Professor Helena Marsh runs the lab. Dr Tobias Renwick complained. Marsh was unequivocal.";
        r.observe(text, 0, text.len(), &[]);
        assert_eq!(spk(&mut r, "she").0, "Helena Marsh");
    }

    #[test]
    fn it_is_the_organisation_named_last_when_none_has_spoken() {
        let mut r = Resolver::default();
        let text = "The report, published on Tuesday by the volunteer-led group Patients' Voice \
                    Harrowfield, is based on interviews with 212 people.";
        r.observe(text, 0, text.len(), &[]);
        assert_eq!(spk(&mut r, "It").0, "Patients' Voice Harrowfield");
        // A possessive before a person's name still ends the run.
        let mut r = Resolver::default();
        let text = "The Rovers' Andy Smith scored twice.";
        r.observe(text, 0, text.len(), &[]);
        assert_ne!(spk(&mut r, "It").0, "Rovers' Andy Smith");
    }

    #[test]
    fn a_name_described_as_a_club_is_the_club() {
        let mut r = Resolver::default();
        let text =
            "Stanmouth Borough Council approves closures. The Stanmouth Striders, the town's \
                    biggest running club, has also raised concerns.";
        r.observe(text, 0, text.len(), &[]);
        assert_eq!(spk(&mut r, "the club").0, "Stanmouth Striders");
        // A person described by a role stays a person.
        let mut r = Resolver::default();
        let text = "Ann Hale, the club's treasurer, was not at the meeting.";
        r.observe(text, 0, text.len(), &[]);
        assert_eq!(spk(&mut r, "she").0, "Ann Hale");
    }

    #[test]
    fn a_sentence_s_link_is_no_part_of_an_organisation_s_name() {
        let mut r = Resolver::default();
        let text =
            "But Stanmouth Borough Council, which approves road closures, gave another place.";
        r.observe(text, 0, text.len(), &[]);
        assert_eq!(spk(&mut r, "The council").0, "Stanmouth Borough Council");
    }

    #[test]
    fn posts_on_a_named_forum_are_the_forum_s() {
        let mut r = Resolver::default();
        for (np, want) in [
            (
                "Several posts on the Kelloway Village Noticeboard online group",
                "Kelloway Village Noticeboard",
            ),
            (
                "a post on the Whitfold Village Forum, an online community group,",
                "Whitfold Village Forum",
            ),
            (
                "posts on the Tadley Green community forum",
                "Tadley Green community forum",
            ),
            // When it was posted is no part of the name.
            (
                "A post on the Ashwick Matters community blog last week",
                "Ashwick Matters",
            ),
        ] {
            assert_eq!(spk(&mut r, np).0, want, "{np}");
        }
        // An unnamed forum is no name.
        assert_eq!(posted_on("posts on a local forum"), None);
    }

    #[test]
    fn a_post_a_statement_and_a_body_s_newsletter_point_back() {
        let mut r = Resolver::default();
        assert_eq!(
            spk(&mut r, "Scarrow Harbour Commissioners").1,
            SpeakerKind::Organization
        );
        // "“...,” a statement said": the body that spoke last.
        assert_eq!(
            spk(&mut r, "a statement").0,
            "Scarrow Harbour Commissioners"
        );
        assert_eq!(
            spk(&mut r, "The commissioners").0,
            "Scarrow Harbour Commissioners"
        );
        spk(&mut r, "Bexmoor District Council");
        spk(&mut r, "Ellerby Cross Action Group");
        spk(&mut r, "Bexmoor District Council");
        // "The action group's newsletter ... said": the group; "It also told residents": it.
        assert_eq!(
            spk(&mut r, "The action group's newsletter").0,
            "Ellerby Cross Action Group"
        );
        assert_eq!(spk(&mut r, "It").0, "Ellerby Cross Action Group");
        // An academy is no company.
        spk(&mut r, "Brindlecombe Academy");
        spk(&mut r, "Evergreen Memorial Partnerships");
        spk(&mut r, "Brindlecombe Academy");
        assert_eq!(
            spk(&mut r, "The company").0,
            "Evergreen Memorial Partnerships"
        );
    }

    #[test]
    fn a_person_of_an_organisation_is_the_person() {
        let mut r = Resolver::default();
        let (name, kind, _) = spk(
            &mut r,
            "Detective Inspector Kwame Ashdown of Lindenford Police",
        );
        assert_eq!(
            (name.as_str(), kind),
            ("Kwame Ashdown", SpeakerKind::Person)
        );
        let (name, kind, _) = spk(&mut r, "The Bank of Lindenford");
        assert_eq!(kind, SpeakerKind::Organization, "{name}");
    }

    #[test]
    fn names_kinds_and_resolution() {
        let mut r = Resolver::default();
        assert_eq!(
            spk(&mut r, "State Department spokesperson Steve Pigott"),
            (
                "Steve Pigott".into(),
                SpeakerKind::Person,
                "Steve Pigott".into()
            )
        );
        assert_eq!(
            spk(&mut r, "Pigott"),
            ("Steve Pigott".into(), SpeakerKind::Person, "Pigott".into())
        );
        assert_eq!(
            spk(&mut r, "he"),
            ("Steve Pigott".into(), SpeakerKind::Pronoun, "he".into())
        );
        assert_eq!(
            spk(&mut r, "a senior administration official"),
            (
                "a senior administration official".into(),
                SpeakerKind::Source,
                "a senior administration official".into()
            )
        );
        assert_eq!(
            spk(&mut r, "NBC News"),
            (
                "NBC News".into(),
                SpeakerKind::Organization,
                "NBC News".into()
            )
        );
        assert_eq!(
            spk(&mut r, "it"),
            ("NBC News".into(), SpeakerKind::Pronoun, "it".into())
        );
        assert_eq!(
            spk(&mut r, "the French foreign ministry"),
            (
                "the French foreign ministry".into(),
                SpeakerKind::Organization,
                "the French foreign ministry".into()
            )
        );
        assert_eq!(
            spk(
                &mut r,
                "Alexander Vershbow, a former U.S. ambassador to NATO"
            ),
            (
                "Alexander Vershbow".into(),
                SpeakerKind::Person,
                "Alexander Vershbow".into()
            )
        );
        assert_eq!(
            spk(&mut r, "sources"),
            ("sources".into(), SpeakerKind::Source, "sources".into())
        );
    }

    #[test]
    fn definite_descriptions_point_back_to_named_organisations() {
        let mut r = Resolver::default();
        let name = |r: &mut Resolver, np: &str| spk(r, np).0;
        assert_eq!(
            name(&mut r, "the Corran Free Zone Authority"),
            "Corran Free Zone Authority"
        );
        assert_eq!(name(&mut r, "the authority"), "Corran Free Zone Authority");
        // No named agency yet: the phrase stays as it is.
        assert_eq!(name(&mut r, "the agency"), "the agency");
        // A body described in the text, not as a speaker.
        let t = "The electoral commission has not yet published official results.";
        r.observe(t, 0, t.len(), &[]);
        assert_eq!(name(&mut r, "the commission"), "The electoral commission");
        let t = "The plan was approved by the regional health authority last week.";
        r.observe(t, 0, t.len(), &[]);
        assert_eq!(
            name(&mut r, "the authority"),
            "the regional health authority"
        );
        // Not from inside a quotation.
        let q = "\"the tax agency is slow,\" he said.";
        r.observe(q, 0, q.len(), &[(0, 25)]);
        assert_eq!(name(&mut r, "the agency"), "the agency");
    }

    #[test]
    fn learns_names_from_text() {
        let mut r = Resolver::default();
        let t = "Marco Rubio met French President Emmanuel Macron at a wedding in North Carolina.";
        r.observe(t, 0, t.len(), &[]);
        assert_eq!(spk(&mut r, "Secretary Rubio").0, "Marco Rubio");
        assert_eq!(spk(&mut r, "Macron").0, "Emmanuel Macron");
        assert_eq!(spk(&mut r, "Carolina").0, "Carolina");
    }
}
