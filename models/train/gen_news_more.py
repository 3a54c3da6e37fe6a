"""gen_news_more.py - the extra vocabulary and fact templates of gen_news.py (courts, elections, sports, health,
weather, transport, construction, diplomacy, macro economy, companies, culture, science, crime, education,
agriculture, energy).

Imported by gen_news.py: `init_story(s, rng)` adds the entities these facts need to a Story, and
`more_facts(s, rng)` returns the extra facts in a FIXED order (the same number for every story, because
gen_news.generate pairs facts of different stories by index). Every fact is a dict
    base  = premise wordings (all state the same information, so every hypothesis fits every wording)
    ent   = {paraphrase | drop_modifier: [entailed hypotheses]}
    con   = {antonym | negation | number | date | place | person | reported_vs_official | denial: [contradictions]}
    extra = [added-detail neutral hypotheses: the same fact plus one detail the premise does not give]
    side  = [independent background statements about the same entities (related_neutral hypotheses)]
Most facts draw a random polarity (won/lost, acquitted/convicted, rose/fell ...), so neither wording of an
opposite pair is tied to the premise side. Only the rng passed in is used (deterministic).
"""
import re

# ---------------------------------------------------------------------------------------------------------------------
# Extra invented vocabulary (all names must be absent from the hand-written held-out set; see gen_news.vocabulary)
# ---------------------------------------------------------------------------------------------------------------------
PEOPLE2 = [
    ("Agnes", "Thornbury", "she"), ("Matthias", "Oberlin", "he"), ("Zora", "Kettering", "she"),
    ("Lucan", "Ferreby", "he"), ("Noor", "Halvorsen", "she"), ("Teodor", "Brackwell", "he"),
    ("Ilse", "Marwood", "she"), ("Casimir", "Dunleavy", "he"), ("Petra", "Gallowan", "she"),
    ("Reuben", "Stavrakis", "he"), ("Amara", "Pendleby", "she"), ("Felix", "Corrigan", "he"),
    ("Sunniva", "Achterberg", "she"), ("Gideon", "Mallaby", "he"), ("Liesel", "Tremayne", "she"),
    ("Tariq", "Hollowell", "he"), ("Wren", "Ashdale", "she"), ("Benedikt", "Ranulf", "he"),
    ("Odile", "Farrant", "she"), ("Marek", "Sorensby", "he"), ("Juno", "Blackett", "she"),
    ("Idris", "Penhallow", "he"), ("Katya", "Wolstenholme", "she"), ("Florian", "Gatling", "he"),
    ("Maren", "Quist", "she"), ("Lorcan", "Esterhaz", "he"), ("Dalia", "Fitzwarren", "she"),
    ("Emeric", "Tolland", "he"), ("Saskia", "Brennard", "she"), ("Anselm", "Rudge", "he"),
    ("Imogen", "Carrowby", "she"), ("Vasco", "Menteith", "he"), ("Orla", "Sedgewick", "she"),
    ("Cormac", "Vellacott", "he"), ("Thea", "Anstruther", "she"), ("Lazlo", "Prideaux", "he"),
]
COMPANIES2 = ["Altmoor Holdings", "Brackenridge Aerospace", "Cindervale Pharmaceuticals", "Duskwater Breweries",
              "Eastvane Semiconductors", "Fallowfield Insurance", "Gorsemere Media", "Hollin Bay Ports",
              "Kilnworth Glass", "Larchmont Software", "Mossgrove Foods", "Nettleford Plastics",
              "Orrin Valley Water", "Pellmark Robotics", "Quillby Tyres", "Rookhaven Shipyards",
              "Stonemere Power", "Thistledown Apparel", "Juniper Crest Hotels", "Wyvern Appliances"]
BUILDERS = ["Granmere Construction", "Holtby Civil Works", "Ravensworth Builders", "Stenholt Infrastructure"]
SPACE_FIRMS = ["Orbiton Dynamics", "Skyreach Systems", "Celestine Aerospace"]
AIRLINES = ["Aerlune", "Skyvale Air", "Corvid Airways", "Bluestrand Air", "Tessaly Airlines"]
TOWNS2 = ["Ashgrove Quay", "Brackmoor", "Cantrell Heights", "Durnhallow", "Eskerby", "Fenwold", "Gallowmere",
          "Hartsmoor", "Ilvenna", "Juvara", "Kessington", "Lorrimar", "Mossbridge", "Nethercombe", "Orlavik",
          "Pennick", "Quenby Marsh", "Rathmoor", "Stellby", "Tolvar"]
COUNTRIES2 = ["Brevania", "Corsavia", "Drovnia", "Estravia", "Fennmark", "Galdoria", "Halvania", "Istrana"]
TEAMS = ["Brackmoor United", "Eskerby Wanderers", "Fenwold City", "Gallowmere Rangers", "Hartsmoor Albion",
         "Kessington Town", "Lorrimar Athletic", "Pennick Rovers", "Rathmoor Harriers", "Stellby Olympic",
         "Tolvar Sporting", "Orlavik Dynamo"]
PARTIES = ["Civic Renewal Party", "Agrarian League", "Unity Bloc", "Progress Alliance", "Heartland Party",
           "New Commons Party"]
PRIZES = ["Halberd Prize", "Silver Quill Award", "Ostrander Medal", "Larkspur Prize", "Meridale Book Prize",
          "Corwenna Award"]
PRIZE_WORK = [("novel", "novelist"), ("poetry collection", "poet"), ("album", "singer"), ("documentary", "director"),
              ("biography", "writer")]
FESTIVALS = ["Lanternfall Festival", "Brackwater Jazz Festival", "Summerreach Festival", "Emberlake Film Festival",
             "Tidewell Folk Festival", "Glimmerdown Arts Festival"]
BRIDGES = ["Morrowgate Bridge", "Skellan Tunnel", "Harrowdene Bridge", "Quarrel Point Tunnel", "Oxley Reach Bridge",
           "Vennick Tunnel"]
HOSPITALS = ["St Aldwyn's Hospital", "Kellsbrook General Hospital", "Marrowby Infirmary", "Queen Idony Hospital",
             "Fairlow Memorial Hospital"]
ROCKETS = ["Aurek-2", "Skylance", "Tern-5", "Corvath III", "Halvard-1"]
SATELLITES = ["Lodestar-4", "Brightmere", "Veyra-2", "Oculon", "Sentra-7"]
PLANTS = ["Velmar", "Dorrick Point", "Ostry Ridge", "Kallen Bay", "Sunnery Flats"]
RIVERS = ["Vell", "Ormen", "Sarrow", "Tayne", "Kelda"]
CURRENCIES = ["kellan", "orvo", "drasmet", "palen", "lusk", "varno"]
BRANDS = ["Zeltron", "Quorix", "Ambrell", "Novastride", "Kovalta"]
DISEASES = ["measles", "cholera", "dengue fever", "whooping cough", "hepatitis A"]
CHARGES = ["fraud", "bribery", "tax evasion", "money laundering", "embezzlement"]
CRIMES = ["armed robbery", "arson", "drug trafficking", "assault", "burglary"]
RECALL_PRODUCTS = [("space heaters", "a fire risk"), ("car seats", "a faulty buckle"),
                   ("e-bikes", "battery fires"), ("pressure cookers", "a faulty lid"),
                   ("baby monitors", "overheating"), ("kettles", "an electrical fault")]
CROPS = ["wheat", "rice", "coffee", "barley", "cocoa", "maize"]
PROJECTS = ["metro line", "ring road", "children's hospital", "sports arena", "sewage works", "tram line"]
ROBBERY_TARGETS = ["jewellery shop", "bank branch", "post office", "petrol station", "currency exchange office"]
ORDINAL = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth"}
NUMW = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
        10: "ten", 11: "eleven", 12: "twelve", 20: "twenty", 30: "thirty"}


def vocabulary_more():
    words = set()
    for f, l, _ in PEOPLE2:
        words |= {f, l}
    for x in (COMPANIES2 + BUILDERS + SPACE_FIRMS + AIRLINES + TOWNS2 + COUNTRIES2 + TEAMS + PARTIES + PRIZES + FESTIVALS + BRIDGES
              + HOSPITALS + ROCKETS + SATELLITES + PLANTS + RIVERS + CURRENCIES + BRANDS):
        words.add(x)
    return words


class Person:
    def __init__(self, t):
        self.first, self.last, self.he = t
        self.name = f"{t[0]} {t[1]}"
        self.his = {"he": "his", "she": "her"}[self.he]
        self.him = {"he": "him", "she": "her"}[self.he]
        self.He = self.he.capitalize()
        self.His = self.his.capitalize()
        self.spouse = {"he": "wife", "she": "husband"}[self.he]
        self.man = {"he": "man", "she": "woman"}[self.he]


def w(n):
    """small numbers as words"""
    return NUMW.get(n, str(n))


def dn(rng, n, lo=1):
    """A clearly different number (>= lo, at least 30% or 2 away)."""
    while True:
        m = rng.choice([max(lo, n // 3), max(lo, n // 2), n * 2, n * 3, n + max(2, n // 2), max(lo, n - max(2, n // 2))])
        if m != n and m >= lo and abs(m - n) >= max(2, 0.3 * n):
            return m


def init_story(s, rng):
    """Extra entities for the new facts (the sampled people are disjoint from p1..p3 of the base Story)."""
    used = {s.name1, s.name2, s.name3}
    pool = [p for p in PEOPLE2 if f"{p[0]} {p[1]}" not in used]
    ps = rng.sample(pool, 14)
    s.pp = [Person(p) for p in ps]  # pp[0..13]: one person per role, so facts never clash through a shared person
    s.org3, s.org4, s.org5 = rng.sample(COMPANIES2, 3)
    s.airline = rng.choice(AIRLINES)
    s.builder, s.spacefirm = rng.choice(BUILDERS), rng.choice(SPACE_FIRMS)
    s.t3, s.t4 = rng.sample(TOWNS2, 2)
    s.c3, s.c4 = rng.sample(COUNTRIES2, 2)
    s.team1, s.team2, s.team3, s.team4, s.team5 = rng.sample(TEAMS, 5)
    s.party, s.party2 = rng.sample(PARTIES, 2)
    s.prize = rng.choice(PRIZES)
    s.work, s.artist = rng.choice(PRIZE_WORK)
    s.festival = rng.choice(FESTIVALS)
    s.bridge = rng.choice(BRIDGES)
    s.hospital = rng.choice(HOSPITALS)
    s.rocket, s.sat = rng.choice(ROCKETS), rng.choice(SATELLITES)
    s.plant = rng.choice(PLANTS)
    s.river = rng.choice(RIVERS)
    s.cur = rng.choice(CURRENCIES)
    s.brand = rng.choice(BRANDS)
    s.disease = rng.choice(DISEASES)
    s.charge = rng.choice(CHARGES)
    s.crime = rng.choice(CRIMES)
    s.recall, s.risk = rng.choice(RECALL_PRODUCTS)
    s.crop = rng.choice(CROPS)
    s.project = rng.choice(PROJECTS)
    s.target = rng.choice(ROBBERY_TARGETS)
    s.pol = [rng.random() < 0.5 for _ in range(40)]  # per-fact polarity switches


_AN = re.compile(r"\b([Aa]) (?=[AEIOUaeiou](?!ne\b|ne-|ni)|8|11\b|11-|18\b|18-)")


def fix(t):
    """a -> an before a vowel sound ("an extradition treaty", "an eight-week trial", but "a one-year deal")"""
    return _AN.sub(r"\1n ", t)


def F(base, ent, con, extra, side=()):
    return dict(base=[fix(x) for x in base], ent={k: [fix(x) for x in v] for k, v in ent.items() if v},
                con={k: [fix(x) for x in v] for k, v in con.items() if v}, extra=[fix(x) for x in extra],
                side=[fix(x) for x in side])


def more_facts(s, rng):
    out = []
    P = s.pp
    d1, d2 = s.day, s.day2
    mo, mo2 = s.month, s.month2
    town, town2, t3, t4 = s.town, s.town2, s.t3, s.t4
    C, C2, c3, c4 = s.country, s.country2, s.c3, s.c4
    yr = s.year
    pol = s.pol

    # 1. courts: acquitted / convicted ---------------------------------------------------------------------------
    d = P[0]
    weeks = rng.choice([2, 3, 4, 6, 8])
    acq = dict(
        base=[f"A court in {town} acquitted {d.name} of {s.charge} on {d1}.",
              f"{d.name} was found not guilty of {s.charge} by a court in {town} on {d1}.",
              f"On {d1}, judges in {town} cleared {d.name} of {s.charge}, the court said."],
        para=[f"{d.name} was cleared of {s.charge}.", f"The court in {town} found {d.name} not guilty.",
              f"{d.name} walked free after being acquitted of {s.charge}."],
        drop=[f"{d.name} was acquitted.", f"A court acquitted {d.name}."],
        opp=[f"{d.name} was convicted of {s.charge} in {town} on {d1}.", f"A court in {town} found {d.name} guilty of {s.charge}."],
        neg=[f"{d.name} was not acquitted.", f"The court did not clear {d.name} of {s.charge}."],
        extra=[f"{d.name} was acquitted of {s.charge} after a {w(weeks)}-week trial.",
               f"{d.name}, who had spent {w(rng.choice([3, 5, 8]))} months in custody, was acquitted of {s.charge} in {town}.",
               f"{d.name} was cleared of {s.charge}, and prosecutors said they would appeal.",
               f"A court in {town} acquitted {d.name} and {P[1].name} of {s.charge}."])
    conv = dict(
        base=[f"A court in {town} convicted {d.name} of {s.charge} on {d1}.",
              f"{d.name} was found guilty of {s.charge} by a court in {town} on {d1}.",
              f"On {d1}, judges in {town} convicted {d.name} of {s.charge}, the court said."],
        para=[f"The court in {town} ruled that {d.name} was guilty of {s.charge}.",
              f"{d.name} has been convicted of {s.charge}."],
        drop=[f"{d.name} was convicted.", f"A court found {d.name} guilty."],
        opp=[f"{d.name} was acquitted of {s.charge} in {town} on {d1}.", f"A court in {town} cleared {d.name} of {s.charge}."],
        neg=[f"{d.name} was not convicted of {s.charge}.", f"The court did not find {d.name} guilty."],
        extra=[f"{d.name} was convicted of {s.charge} after a {w(weeks)}-week trial.",
               f"{d.name} was convicted of {s.charge} and will be sentenced in {mo}.",
               f"{d.name}'s lawyers said {d.he} would appeal against the conviction for {s.charge}.",
               f"A court in {town} convicted {d.name} and {P[1].name} of {s.charge}."])
    v = acq if pol[0] else conv
    out.append(F(v["base"], dict(paraphrase=v["para"], drop_modifier=v["drop"]),
                 dict(antonym=v["opp"], negation=v["neg"],
                      date=[f"The verdict in the trial of {d.name} was delivered on {d2}."],
                      place=[f"{d.name} was tried in {town2}, not in {town}.", f"The verdict in {d.name}'s case came from a court in {town2}."],
                      reported_vs_official=[f"Court officials said the verdict in the case of {d.name} had been postponed until {mo2}."]),
                 v["extra"],
                 [f"{d.name} is a former director at {s.org3}.", f"{d.name} was first questioned by investigators in {yr}.",
                  f"{d.name} has always denied any wrongdoing."]))

    # 2. courts: sentenced to N years -------------------------------------------------------------------------------
    q = P[2]
    yrs = rng.choice([2, 3, 4, 5, 6, 7, 8, 10, 12])
    yrs2 = dn(rng, yrs, 1)
    out.append(F(
        [f"{q.name} was sentenced to {w(yrs)} years in prison for {s.crime} on {d1}.",
         f"A judge in {town} jailed {q.name} for {w(yrs)} years on {d1} for {s.crime}.",
         f"On {d1}, {q.name} received a {w(yrs)}-year prison sentence for {s.crime}, court records show."],
        dict(paraphrase=[f"{q.name} will spend {w(yrs)} years behind bars for {s.crime}.",
                         f"{q.name} was given a {yrs}-year jail term."],
             drop_modifier=[f"{q.name} was sent to prison.", f"{q.name} was sentenced for {s.crime}.", f"{q.name} was jailed."]),
        dict(number=[f"{q.name} was sentenced to {w(yrs2)} years in prison.", f"{q.name} received a {yrs2}-year sentence for {s.crime}."],
             negation=[f"{q.name} was not sent to prison.", f"{q.name} avoided jail.", f"{q.name} has never been convicted of {s.crime}."],
             antonym=[f"{q.name} was acquitted of {s.crime}.", f"{q.name} was found not guilty of {s.crime}."],
             date=[f"{q.name} was sentenced on {d2}."]),
        [f"{q.name} was jailed for {w(yrs)} years for {s.crime} after pleading guilty.",
         f"{q.name} was sentenced to {w(yrs)} years for {s.crime} and ordered to pay a fine of {rng.choice([5, 10, 25, 40])},000 {s.cur}s.",
         f"{q.name} was sentenced to {w(yrs)} years for {s.crime} and will be eligible for parole after {w(max(1, yrs // 2))} year{'s' if yrs >= 4 else ''}.",
         f"{q.name} was jailed for {w(yrs)} years for {s.crime} committed in {yr - 1}."],
        [f"{q.name} had previously worked as a security guard in {town}.", f"{q.name} was arrested in {mo2} {yr}.",
         f"{q.name} is {rng.choice([24, 31, 38, 45, 52])} years old."]))

    # 3. courts: lawsuit dismissed --------------------------------------------------------------------------------
    r = P[3]
    amt = rng.choice([2, 5, 12, 30, 80])
    out.append(F(
        [f"A judge in {town2} dismissed {r.name}'s lawsuit against {s.org3} on {d1}.",
         f"On {d1}, the lawsuit that {r.name} had brought against {s.org3} was thrown out by a judge in {town2}.",
         f"{s.org3} said a judge in {town2} had dismissed the case brought against it by {r.name}."],
        dict(paraphrase=[f"The case {r.name} brought against {s.org3} was thrown out.",
                         f"{r.name}'s legal action against {s.org3} was rejected by the court."],
             drop_modifier=[f"A lawsuit against {s.org3} was dismissed.", f"{r.name}'s lawsuit was dismissed."]),
        dict(antonym=[f"{r.name} won {his(r)} lawsuit against {s.org3}.",
                      f"The judge ruled in favour of {r.name} in {his(r)} case against {s.org3}."],
             negation=[f"The judge did not dismiss {r.name}'s lawsuit against {s.org3}.",
                       f"No ruling has yet been made in {r.name}'s case against {s.org3}."],
             reported_vs_official=[f"Court records show {r.name}'s lawsuit against {s.org3} will go to trial in {mo2}."],
             place=[f"{r.name}'s lawsuit against {s.org3} was dismissed by a judge in {t3}, not {town2}."]),
        [f"A judge dismissed {r.name}'s lawsuit against {s.org3}, which sought {amt} million {s.cur}s in damages.",
         f"A judge dismissed {r.name}'s lawsuit against {s.org3}, ruling that it had been filed too late.",
         f"{r.name}'s lawsuit against {s.org3} was dismissed, and {r.he} was ordered to pay the company's legal costs.",
         f"The lawsuit {r.name} filed against {s.org3} in {yr} was dismissed by a judge in {town2}."],
        [f"{r.name} worked at {s.org3} for {w(rng.choice([4, 6, 9, 11]))} years.",
         f"{s.org3} employs about {rng.choice([800, 1500, 4000]):,} people.", f"{s.org3} has its head office in {t3}."]))

    # 4. elections: won / lost a mayoral race ----------------------------------------------------------------------
    c, o = P[4], P[5]
    if pol[1]:
        sh = rng.choice([52, 55, 58, 61, 64, 67]); sh2 = other_pct(rng, sh)
        base = [f"{c.name} won the mayoral election in {town} on {d1} with {sh} percent of the vote.",
                f"Voters in {town} elected {c.name} of the {s.party} as mayor on {d1}, giving {c.him} {sh} percent of the vote.",
                f"{c.name} will be the next mayor of {town} after winning {sh} percent of the vote on {d1}, official results showed."]
        ent = dict(paraphrase=[f"{c.name} was elected mayor of {town}.", f"{c.name} won the race to become mayor of {town}.",
                               f"{c.name} took {sh} percent of the vote and won in {town}."],
                   drop_modifier=[f"{c.name} won an election.", f"{c.name} won the vote in {town}."])
        con = dict(antonym=[f"{c.name} lost the mayoral election in {town}.", f"{c.name} was defeated in the race for mayor of {town}."],
                   negation=[f"{c.name} did not win the election in {town}.", f"{c.name} failed to become mayor of {town}."],
                   number=[f"{c.name} won the mayoral election in {town} with {sh2} percent of the vote."],
                   person=[f"{o.name} won the mayoral election in {town} on {d1}.", f"The new mayor of {town} is {o.name}.",
                           f"Voters in {town} chose {o.name} as their mayor on {d1}."],
                   date=[f"The mayoral election in {town} was held on {d2}."])
        extra = [f"{c.name} won the mayoral election in {town}, beating {o.name} in a run-off.",
                 f"{c.name} won the mayoral election in {town} on a turnout of {rng.choice([38, 44, 51, 57])} percent.",
                 f"{c.name} won the mayoral election in {town} after campaigning on {s.topic}.",
                 f"{c.name} won in {town}, becoming the first {s.party} mayor of the town."]
    else:
        sh = rng.choice([21, 27, 33, 38, 41, 44]); sh2 = other_pct(rng, sh)
        base = [f"{c.name} lost the mayoral election in {town} on {d1}, winning {sh} percent of the vote.",
                f"Voters in {town} rejected {c.name} of the {s.party} in the mayoral election on {d1}; {c.he} took {sh} percent of the vote.",
                f"{c.name} was defeated in the race for mayor of {town} on {d1} with {sh} percent of the vote, official results showed."]
        ent = dict(paraphrase=[f"{c.name} will not be the next mayor of {town}.", f"{c.name} was beaten in the {town} mayoral election.",
                               f"{c.name} failed to win the mayoral race in {town}."],
                   drop_modifier=[f"{c.name} lost an election.", f"{c.name} lost the vote in {town}."])
        con = dict(antonym=[f"{c.name} won the mayoral election in {town}.", f"{c.name} was elected mayor of {town}."],
                   negation=[f"{c.name} was not defeated in {town}.", f"{c.name} did not lose the mayoral race in {town}."],
                   number=[f"{c.name} took {sh2} percent of the vote in the {town} mayoral election."],
                   date=[f"The mayoral election in {town} was held on {d2}."])
        extra = [f"{c.name} lost the mayoral election in {town} to {o.name}.",
                 f"{c.name} lost the mayoral election in {town} and said {c.he} would retire from politics.",
                 f"{c.name} lost the mayoral election in {town} for the second time.",
                 f"{c.name} lost in {town} after a campaign focused on {s.topic}."]
    out.append(F(base, ent, con, extra,
                 [f"{c.name}'s {c.spouse} is a retired doctor.", f"{c.name} has lived in {town} since {yr - 20}.",
                  f"{c.name}, {rng.choice([41, 48, 55, 63])}, is a former teacher.", f"{c.name} joined the {s.party} in {yr - 9}."]))

    # 5. elections: turnout high / low -------------------------------------------------------------------------------
    if pol[2]:
        t = rng.choice([71, 74, 78, 81, 84]); adj, opp = "high", "low"
    else:
        t = rng.choice([29, 33, 36, 39, 41]); adj, opp = "low", "high"
    t2 = other_pct(rng, t)
    out.append(F(
        [f"Turnout was {adj} in {c3}'s parliamentary election on {d1}, at {t} percent.",
         f"{t} percent of eligible voters cast a ballot in {c3}'s parliamentary election on {d1}, a {adj} turnout, the electoral commission said.",
         f"According to the electoral commission, turnout in {d1}'s parliamentary election in {c3} was {adj}, at {t} percent."],
        dict(paraphrase=[f"{t} percent of voters took part in {c3}'s parliamentary election.",
                         (f"Many voters in {c3} went to the polls." if adj == "high" else f"Relatively few voters in {c3} went to the polls."),
                         f"Participation in the parliamentary election in {c3} was {adj}."],
             drop_modifier=[f"Turnout in {c3}'s election was {adj}.", f"{c3} held a parliamentary election."]),
        dict(antonym=[f"Turnout in {c3}'s parliamentary election was {opp}.",
                      (f"Few voters turned out for {c3}'s parliamentary election." if adj == "high" else f"Voters turned out in large numbers for {c3}'s parliamentary election.")],
             negation=[f"Turnout in {c3}'s parliamentary election was not {adj}."],
             number=[f"Turnout in {c3}'s parliamentary election was {t2} percent."],
             date=[f"{c3}'s parliamentary election was held on {d2}."]),
        [f"Turnout was {adj} in {c3}'s parliamentary election, at {t} percent, despite heavy rain.",
         f"Turnout in {c3}'s parliamentary election was {t} percent, the {'highest' if adj == 'high' else 'lowest'} since {yr - 12}.",
         f"Turnout was {adj} in {c3}'s parliamentary election, in which the {s.party} won the most seats.",
         f"Turnout was {adj} in {c3}'s parliamentary election, the first held under the new voting law."],
        [f"{c3}'s parliament has {rng.choice([101, 150, 199, 240])} seats.", f"The {s.party2} has led {c3}'s government since {yr - 4}.",
         f"Voting is not compulsory in {c3}."]))

    # 6. sports: match result ---------------------------------------------------------------------------------------
    A, B = s.team1, s.team2
    g1 = rng.choice([1, 2, 2, 3, 3, 4, 5]); g2 = rng.choice(range(0, g1))
    g1b = rng.choice([x for x in range(g2 + 1, 7) if x != g1])
    scorer = P[6]
    out.append(F(
        [f"{A} beat {B} {g1}-{g2} on {d1}.", f"{B} lost {g1}-{g2} to {A} on {d1}.",
         f"On {d1}, {A} defeated {B} {g1}-{g2}."],
        dict(paraphrase=[f"{A} won the match against {B} {g1}-{g2}.", f"{B} were beaten {g1}-{g2} by {A}.",
                         f"{A} came out on top against {B} on {d1}."],
             drop_modifier=[f"{A} beat {B}.", f"{A} won on {d1}.", f"{B} lost a match."]),
        dict(antonym=[f"{A} lost to {B} on {d1}.", f"{B} beat {A} on {d1}.", f"The match between {A} and {B} on {d1} ended in a draw."],
             negation=[f"{A} did not beat {B} on {d1}.", f"{A} failed to win against {B}."],
             number=[f"{A} beat {B} {g1b}-{g2}.", f"{A} won {g1b}-{g2} against {B} on {d1}."],
             date=[f"The match between {A} and {B} was played on {d2}."]),
        [f"{A} beat {B} {g1}-{g2} in front of {rng.choice([8, 12, 21, 34, 45])},{rng.choice([100, 400, 750])} fans.",
         f"{A} beat {B} {g1}-{g2}, with {scorer.name} scoring the first goal.",
         f"{A} beat {B} {g1}-{g2} to go top of the league.",
         f"{A} beat {B} {g1}-{g2}, their first win over {B} in {w(rng.choice([3, 5, 7]))} years.",
         f"{A} beat {B} {g1}-{g2} despite having a player sent off."],
        [f"{A} are coached by {P[7].name}.", f"{B} finished {ORDINAL[rng.choice([2, 3, 4, 5])]} in the league last season.",
         f"{scorer.name} scored {rng.choice([11, 14, 19, 23])} goals for {A} last season.",
         f"{poss(A)} stadium holds {rng.choice([18, 25, 32, 41])},000 people."]))

    # 7. sports: promoted / relegated ---------------------------------------------------------------------------------
    T = s.team3
    if pol[3]:
        base = [f"{T} won promotion to the first division on {d1}.",
                f"{T} will play in the first division next season after securing promotion on {d1}.",
                f"On {d1}, {T} clinched promotion to the top flight, the club said."]
        ent = dict(paraphrase=[f"{T} have been promoted to the top division.", f"{T} will play top-flight football next season.",
                               f"{T} are going up to the first division."],
                   drop_modifier=[f"{T} were promoted.", f"{T} won promotion."])
        con = dict(antonym=[f"{T} were relegated on {d1}.", f"{T} went down to the third division on {d1}."],
                   negation=[f"{T} failed to win promotion.", f"{T} will stay in the second division next season."],
                   date=[f"{T} secured promotion on {d2}."])
        extra = [f"{T} won promotion to the first division for the first time in {w(rng.choice([6, 9, 12]))} years.",
                 f"{T} won promotion with two games to spare.",
                 f"{T} won promotion after beating {s.team4} {rng.choice(['2-0', '3-1', '1-0'])}.",
                 f"{T} won promotion to the first division under their new coach, {P[1].name}."]
    else:
        base = [f"{T} were relegated to the second division on {d1}.",
                f"{T} will play in the second division next season after being relegated on {d1}.",
                f"On {d1}, {T} dropped out of the top flight, the club confirmed."]
        ent = dict(paraphrase=[f"{T} went down to the second division.", f"{T} will not play in the first division next season.",
                               f"{T} lost their place in the top flight."],
                   drop_modifier=[f"{T} were relegated.", f"{T} went down."])
        con = dict(antonym=[f"{T} won promotion on {d1}.", f"{T} were promoted on {d1}."],
                   negation=[f"{T} avoided relegation.", f"{T} will stay in the first division next season."],
                   date=[f"{T} were relegated on {d2}."])
        extra = [f"{T} were relegated after losing {rng.choice(['2-0', '3-1', '1-0'])} to {s.team4}.",
                 f"{T} were relegated for the second time in three seasons.",
                 f"{T} were relegated with two games still to play.",
                 f"{T} were relegated despite {P[1].name} scoring twice on {d1}."]
    out.append(F(base, ent, con, extra,
                 [f"{T} were founded in {rng.choice([1889, 1902, 1921, 1946])}.", f"{T} play their home games in {t4}.",
                  f"{poss(T)} captain is {P[9].name}."]))

    # 8. sports: player signed ----------------------------------------------------------------------------------------
    pl = P[9]
    ny = rng.choice([2, 3, 4, 5]); ny2 = rng.choice([x for x in [1, 2, 3, 4, 5, 6] if x != ny])
    out.append(F(
        [f"{s.team1} signed {pl.name} from {s.team5} on a {w(ny)}-year contract on {d1}.",
         f"{pl.name} joined {s.team1} from {s.team5} on {d1} on a {w(ny)}-year deal, the club said.",
         f"On {d1}, {pl.name} signed a {w(ny)}-year contract with {s.team1} after leaving {s.team5}, the club announced."],
        dict(paraphrase=[f"{pl.name} left {s.team5} to join {s.team1}.", f"{pl.name} now plays for {s.team1}.",
                         f"{pl.name} agreed a {w(ny)}-year deal with {s.team1}."],
             drop_modifier=[f"{s.team1} signed {pl.name}.", f"{pl.name} signed a contract with {s.team1}.", f"{pl.name} changed clubs."]),
        dict(number=[f"{pl.name} signed a {w(ny2)}-year contract with {s.team1}."],
             negation=[f"{s.team1} did not sign {pl.name}.", f"{pl.name} has not joined {s.team1}.", f"{pl.name} is still a {s.team5} player."],
             antonym=[f"{pl.name} turned down a move to {s.team1}.", f"{pl.name} rejected {poss(s.team1)} offer."],
             reported_vs_official=[f"{s.team1} said talks to sign {pl.name} had collapsed.",
                                   f"{s.team1} denied reports that {pl.name} had joined the club."],
             date=[f"{pl.name} signed for {s.team1} on {d2}."]),
        [f"{s.team1} signed {pl.name} from {s.team5} for a club-record fee.",
         f"{s.team1} signed {pl.name} from {s.team5} for {rng.choice([3, 6, 9, 14])} million {s.cur}s.",
         f"{s.team1} signed {pl.name} to replace the injured {P[10].name}.",
         f"{pl.name} joined {s.team1} from {s.team5} after passing a medical on {d1}."],
        [f"{pl.name} scored {rng.choice([9, 14, 19, 22])} goals for {s.team5} last season.",
         f"{pl.name}, {rng.choice([21, 24, 27, 30])}, has played {rng.choice([6, 15, 33])} times for {C}.",
         f"{pl.name} began {pl.his} career at {s.team4}."]))

    # 9. sports: coach sacked -------------------------------------------------------------------------------------------
    co, co2 = P[11], P[12]
    out.append(F(
        [f"{s.team2} sacked their coach, {co.name}, on {d1}.",
         f"{co.name} was dismissed as coach of {s.team2} on {d1}, the club said.",
         f"{s.team2} fired coach {co.name} on {d1}, the club announced."],
        dict(paraphrase=[f"{co.name} is no longer the coach of {s.team2}.", f"{s.team2} fired {co.name}.",
                         f"{co.name} lost {co.his} job as coach of {s.team2}."],
             drop_modifier=[f"{s.team2} sacked their coach.", f"{co.name} was sacked."]),
        dict(antonym=[f"{s.team2} gave {co.name} a new contract on {d1}.", f"{s.team2} extended {co.name}'s contract on {d1}."],
             negation=[f"{s.team2} did not sack {co.name}.", f"{co.name} remains in charge of {s.team2}."],
             person=[f"The coach sacked by {s.team2} on {d1} was {co2.name}.", f"{s.team2} sacked {co2.name} on {d1}; {co.name} was not dismissed."],
             reported_vs_official=[f"{s.team2} said reports that {co.name} had been sacked were untrue."],
             denial=[f"{s.team2} denied that {co.name} had been fired.", f"{s.team2} said {co.name} still had the full backing of the club."],
             date=[f"{s.team2} sacked {co.name} on {d2}."]),
        [f"{s.team2} sacked {co.name} after a run of {w(rng.choice([4, 5, 6, 7]))} straight defeats.",
         f"{s.team2} sacked {co.name} and named {co2.name} as interim coach.",
         f"{s.team2} sacked {co.name} only {w(rng.choice([3, 5, 8]))} months after appointing {co.him}.",
         f"{s.team2} sacked {co.name} with the team {ORDINAL[rng.choice([2, 3, 4])]} from bottom of the league."],
        [f"{co.name} had coached {s.team2} since {yr - 2}.", f"{co.name} played for {C2} as a defender.",
         f"{poss(s.team2)} owner is {P[13].name}."]))

    # 10. health: tested positive / negative ----------------------------------------------------------------------------
    h = P[13]
    if pol[4]:
        base = [f"{h.name} tested positive for {s.disease} on {d1}, {h.his} office said.",
                f"According to {h.his} office, {h.name} tested positive for {s.disease} on {d1}.",
                f"{h.name}'s test for {s.disease} on {d1} came back positive, {h.his} office said."]
        ent = dict(paraphrase=[f"{h.name} has {s.disease}.", f"{h.name} has been infected with {s.disease}, {h.his} office said."],
                   drop_modifier=[f"{h.name} tested positive.", f"{h.name} has been infected."])
        con = dict(antonym=[f"{h.name} tested negative for {s.disease}.", f"{h.name}'s test for {s.disease} came back negative."],
                   negation=[f"{h.name} did not test positive for {s.disease}.", f"{h.name} does not have {s.disease}."],
                   reported_vs_official=[f"{h.name}'s office denied reports that {h.he} had {s.disease}."],
                   date=[f"{h.name} tested positive on {d2}."])
        extra = [f"{h.name} has tested positive for {s.disease} and will work from home for a week.",
                 f"{h.name} tested positive for {s.disease} after returning from {C2}.",
                 f"{h.name} tested positive for {s.disease} but has only mild symptoms.",
                 f"{h.name} tested positive for {s.disease} and has cancelled a trip to {t3}."]
    else:
        base = [f"{h.name} tested negative for {s.disease} on {d1}, {h.his} office said.",
                f"According to {h.his} office, {h.name} tested negative for {s.disease} on {d1}.",
                f"{h.name}'s test for {s.disease} on {d1} came back negative, {h.his} office said."]
        ent = dict(paraphrase=[f"{h.name} does not have {s.disease}, {h.his} office said.", f"{h.name}'s test for {s.disease} was negative."],
                   drop_modifier=[f"{h.name} tested negative.", f"{h.name} was tested for {s.disease}."])
        con = dict(antonym=[f"{h.name} tested positive for {s.disease}.", f"{h.name}'s test for {s.disease} came back positive."],
                   negation=[f"{h.name} has not been tested for {s.disease}."],
                   reported_vs_official=[f"{h.name}'s office confirmed that {h.he} has {s.disease}."],
                   date=[f"{h.name} was tested on {d2}."])
        extra = [f"{h.name} tested negative for {s.disease} after meeting an infected colleague.",
                 f"{h.name} tested negative for {s.disease} and will attend the summit in {t3} as planned.",
                 f"{h.name} tested negative for {s.disease} for the second time this week.",
                 f"{h.name} was tested for {s.disease} at {s.hospital} and the result was negative."]
    out.append(F(base, ent, con, extra,
                 [f"{h.name} is {rng.choice([44, 52, 61, 67])} years old.", f"{h.name}'s {h.spouse} is a retired doctor.",
                  f"{h.name} was elected to parliament in {yr - 6}."]))

    # 11. health: admitted to / discharged from hospital ------------------------------------------------------------------
    hp = P[10]
    if pol[5]:
        base = [f"{hp.name} was admitted to {s.hospital} in {t3} on {d1}.",
                f"On {d1}, {hp.name} was taken into {s.hospital} in {t3}, {hp.his} spokesperson said.",
                f"{hp.name} has been in {s.hospital} in {t3} since {d1}, according to {hp.his} family."]
        ent = dict(paraphrase=[f"{hp.name} is in hospital in {t3}.", f"{hp.name} was hospitalised on {d1}."],
                   drop_modifier=[f"{hp.name} was admitted to hospital.", f"{hp.name} is in hospital."])
        con = dict(antonym=[f"{hp.name} left {s.hospital} on {d1}.", f"{hp.name} was discharged from {s.hospital} on {d1}."],
                   negation=[f"{hp.name} has not been admitted to hospital.", f"{hp.name} was never taken to hospital."],
                   place=[f"{hp.name} was taken to a hospital in {t4}."])
        extra = [f"{hp.name} was admitted to {s.hospital} with a broken hip.",
                 f"{hp.name} was admitted to {s.hospital} after a fall at {hp.his} home.",
                 f"{hp.name} was admitted to {s.hospital} in {t3} and is expected to stay for a week.",
                 f"{hp.name} was admitted to {s.hospital} for heart surgery."]
    else:
        base = [f"{hp.name} was discharged from {s.hospital} in {t3} on {d1}.",
                f"On {d1}, {hp.name} left {s.hospital} in {t3}, {hp.his} spokesperson said.",
                f"{hp.name} went home from {s.hospital} in {t3} on {d1}, according to {hp.his} family."]
        ent = dict(paraphrase=[f"{hp.name} has left hospital.", f"{hp.name} was released from {s.hospital} on {d1}."],
                   drop_modifier=[f"{hp.name} was discharged.", f"{hp.name} left hospital."])
        con = dict(antonym=[f"{hp.name} was admitted to {s.hospital} on {d1}."],
                   negation=[f"{hp.name} has not left {s.hospital}.", f"{hp.name} is still in {s.hospital}."],
                   place=[f"{hp.name} was discharged from a hospital in {t4}, not {t3}."])
        extra = [f"{hp.name} was discharged from {s.hospital} after ten days of treatment.",
                 f"{hp.name} left {s.hospital} on {d1} and will rest at home for a month.",
                 f"{hp.name} was discharged from {s.hospital} after surgery on {hp.his} knee.",
                 f"{hp.name} left {s.hospital} in a wheelchair on {d1}."]
    con["date"] = [f"{hp.name} was {'admitted to' if pol[5] else 'discharged from'} {s.hospital} on {d2}."]
    out.append(F(base, ent, con, extra,
                 [f"{hp.name}'s {hp.spouse} is a retired doctor.", f"{hp.name} turned {rng.choice([71, 78, 84, 90])} in {mo2}.",
                  f"{hp.name} is a former headteacher."]))

    # 12. health: outbreak cases -------------------------------------------------------------------------------------
    k = rng.choice([14, 23, 37, 58, 120, 240]); k2 = dn(rng, k, 2)
    out.append(F(
        [f"The {C2} health ministry confirmed {k} cases of {s.disease} in {t4} on {d1}.",
         f"{k} people in {t4} have been diagnosed with {s.disease}, the health ministry of {C2} said on {d1}.",
         f"According to {C2}'s health ministry, there were {k} confirmed cases of {s.disease} in {t4} as of {d1}."],
        dict(paraphrase=[f"{s.disease.capitalize()} has been confirmed in {k} people in {t4}.",
                         f"Health officials have recorded {k} {s.disease} cases in {t4}."],
             drop_modifier=[f"There are cases of {s.disease} in {t4}.", f"{s.disease.capitalize()} has broken out in {C2}."]),
        dict(number=[f"{k2} cases of {s.disease} have been confirmed in {t4}."],
             negation=[f"No cases of {s.disease} have been found in {t4}.", f"Nobody in {t4} has been diagnosed with {s.disease}."],
             reported_vs_official=[f"The {C2} health ministry said there was no outbreak of {s.disease} in {t4}."],
             place=[f"The {k} cases of {s.disease} were confirmed in {t3}, not {t4}."]),
        [f"The {C2} health ministry confirmed {k} cases of {s.disease} in {t4}, most of them children.",
         f"{k} people in {t4} have {s.disease}, and {w(rng.choice([2, 3, 5]))} of them are in hospital.",
         f"The {C2} health ministry confirmed {k} cases of {s.disease} in {t4}, the first outbreak there since {yr - 8}.",
         f"The {C2} health ministry confirmed {k} cases of {s.disease} in {t4} and closed the town's schools.",
         f"The {C2} health ministry confirmed {k} cases of {s.disease} in {t4} after tests on well water."],
        [f"{t4} has about {rng.choice([12, 30, 45, 80])},000 inhabitants.", f"{t4} lies on the {s.river} river.",
         f"The {C2} health minister is {s.name2}."]))

    # 13. weather: floods and evacuations ---------------------------------------------------------------------------
    ev = rng.choice([300, 800, 1200, 2500, 4000, 9000]); ev2 = dn(rng, ev, 50)
    out.append(F(
        [f"Floods forced {ev:,} people from their homes in {t3} on {d1}.",
         f"On {d1}, authorities evacuated {ev:,} residents of {t3} as the {s.river} burst its banks.",
         f"{ev:,} people had to leave their homes in {t3} on {d1} because of flooding, local officials said."],
        dict(paraphrase=[f"Flooding drove {ev:,} people in {t3} out of their homes.", f"{ev:,} {t3} residents were evacuated because of floods."],
             drop_modifier=[f"People were evacuated in {t3}.", f"There was flooding in {t3}."]),
        dict(number=[f"{ev2:,} people were evacuated in {t3}."],
             negation=[f"Nobody had to leave their home in {t3}.", f"There were no evacuations in {t3}.", f"{t3} was not flooded."],
             place=[f"The evacuations took place in {t4}, not in {t3}."],
             date=[f"The evacuations in {t3} took place on {d2}."]),
        [f"Floods forced {ev:,} people from their homes in {t3} after three days of heavy rain.",
         f"{ev:,} people were evacuated in {t3} and spent the night in school gyms.",
         f"Floods forced {ev:,} people from their homes in {t3}, the worst flooding there for {w(rng.choice([10, 20, 30]))} years.",
         f"Soldiers helped evacuate {ev:,} people from {t3} during the floods.",
         f"Floods forced {ev:,} people from their homes in {t3} for the second time this year."],
        [f"{t3} lies on the {s.river} river.", f"The mayor of {t3} is {P[5].name}.", f"{t3} has a population of about {rng.choice([25, 40, 60])},000."]))

    # 14. weather: storm and power cuts ----------------------------------------------------------------------------
    hm = rng.choice([12, 40, 75, 110, 260]) * 1000; hm2 = dn(rng, hm, 1000)
    out.append(F(
        [f"A storm left {hm:,} homes without power in {c4} on {d1}.",
         f"About {hm:,} households in {c4} lost electricity on {d1} when a storm swept across the country.",
         f"The storm that hit {c4} on {d1} cut power to {hm:,} homes, the grid operator said."],
        dict(paraphrase=[f"{hm:,} homes in {c4} had no electricity after the storm.", f"The storm knocked out power to {hm:,} homes in {c4}."],
             drop_modifier=[f"A storm caused power cuts in {c4}.", f"Homes in {c4} lost power."]),
        dict(number=[f"The storm left {hm2:,} homes in {c4} without power."],
             negation=[f"No homes in {c4} lost power during the storm.", f"The storm did not cause any power cuts in {c4}."],
             place=[f"The storm cut power to {hm:,} homes in {c3}, not in {c4}."],
             date=[f"The storm hit {c4} on {d2}."],
             reported_vs_official=[f"The grid operator in {c4} said the storm had caused no power cuts."]),
        [f"A storm left {hm:,} homes without power in {c4} for up to three days.",
         f"A storm with winds of up to {rng.choice([110, 130, 150])} km/h left {hm:,} homes without power in {c4}.",
         f"A storm left {hm:,} homes without power in {c4} and brought down hundreds of trees.",
         f"The storm left {hm:,} homes in {c4} without power, and two people were killed by falling trees."],
        [f"{c4} has about {rng.choice([3, 6, 9, 14])} million inhabitants.", f"{c4}'s grid operator is owned by the state.",
         f"Storms are common in {c4} in {mo}."]))

    # 15. transport: flights cancelled --------------------------------------------------------------------------------
    fl = rng.choice([24, 60, 85, 140, 210]); fl2 = dn(rng, fl, 5)
    out.append(F(
        [f"{s.airline} cancelled {fl} flights at {t4} airport on {d1}.",
         f"On {d1}, {fl} {s.airline} flights from {t4} airport were cancelled, the airline said.",
         f"{s.airline} said it had scrapped {fl} flights at {t4} airport on {d1}."],
        dict(paraphrase=[f"{fl} {s.airline} flights at {t4} airport did not operate on {d1}.", f"{s.airline} scrapped {fl} flights at {t4}."],
             drop_modifier=[f"{s.airline} cancelled flights.", f"Flights were cancelled at {t4} airport."]),
        dict(number=[f"{s.airline} cancelled {fl2} flights at {t4} airport."],
             negation=[f"{s.airline} did not cancel any flights at {t4} airport on {d1}.", f"All {s.airline} flights at {t4} airport ran as scheduled on {d1}."],
             reported_vs_official=[f"{s.airline} said reports of cancellations at {t4} airport were wrong."],
             place=[f"{s.airline} cancelled the flights at {t3} airport, not {t4}."],
             date=[f"{s.airline} cancelled the flights on {d2}."]),
        [f"{s.airline} cancelled {fl} flights at {t4} airport because of a strike by air traffic controllers.",
         f"{s.airline} cancelled {fl} flights at {t4} airport, affecting about {fl * 150:,} passengers.",
         f"{s.airline} cancelled {fl} flights at {t4} airport for the second day running.",
         f"{s.airline} cancelled {fl} flights at {t4} airport as fog closed the runway."],
        [f"{s.airline} flies to {rng.choice([30, 45, 70])} destinations.", f"{poss(s.airline)} chief executive is {P[3].name}.",
         f"{t4} airport opened in {yr - 40}."]))

    # 16. transport: bridge or tunnel opened / closed ---------------------------------------------------------------
    br = s.bridge
    kind = "tunnel" if "Tunnel" in br else "bridge"
    if pol[6]:
        base = [f"The {br} reopened to traffic on {d1}.", f"Traffic started flowing through the {br} again on {d1}, officials said."
                if kind == "tunnel" else f"Traffic started flowing over the {br} again on {d1}, officials said.",
                f"On {d1}, the {br} was reopened to traffic."]
        ent = dict(paraphrase=[f"Cars can use the {br} again.", f"The {br} is open again."],
                   drop_modifier=[f"The {br} reopened.", f"A {kind} reopened on {d1}."])
        con = dict(antonym=[f"The {br} was closed to traffic on {d1}.", f"The {br} was shut on {d1}."],
                   negation=[f"The {br} remains closed.", f"The {br} has not reopened."],
                   date=[f"The {br} reopened on {d2}."])
        extra = [f"The {br} reopened on {d1} after {w(rng.choice([3, 5, 8, 11]))} months of repairs.",
                 f"The {br} reopened on {d1}, two months behind schedule.",
                 f"The {br} reopened on {d1} with a new speed limit.", f"The {br} reopened to traffic but remains closed to lorries."]
    else:
        base = [f"The {br} was closed to traffic on {d1}.", f"On {d1}, officials closed the {br} to all traffic.",
                f"Traffic has been unable to use the {br} since it was closed on {d1}, officials said."]
        ent = dict(paraphrase=[f"The {br} was shut to traffic on {d1}.", f"Cars can no longer use the {br}."],
                   drop_modifier=[f"The {br} was closed.", f"A {kind} was closed on {d1}."])
        con = dict(antonym=[f"The {br} reopened to traffic on {d1}.", f"The {br} was opened to traffic on {d1}."],
                   negation=[f"The {br} has not been closed.", f"The {br} remains open to traffic."],
                   date=[f"The {br} was closed on {d2}."])
        extra = [f"The {br} was closed to traffic on {d1} for two weeks of repairs.",
                 f"The {br} was closed on {d1} after cracks were found in its supports.",
                 f"The {br} was closed on {d1} to allow a safety inspection.",
                 f"The {br} was closed on {d1}, causing long delays in {t3}."]
    out.append(F(base, ent, con, extra,
                 [f"The {br} carries about {rng.choice([18, 35, 60])},000 vehicles a day.", f"The {br} was built in {rng.choice([1961, 1974, 1988, 2002])}.",
                  f"The {br} links {t3} and {t4}."]))

    # 17. construction: on / behind schedule, cost overrun --------------------------------------------------------------
    prj = f"the new {s.project} in {t3}"
    Prj = f"The new {s.project} in {t3}"
    mb = rng.choice([3, 6, 9, 14, 18])
    if pol[7]:
        base = [f"{Prj} is running {w(mb)} months behind schedule, the contractor said.",
                f"According to the contractor, work on {prj} is {w(mb)} months behind schedule.",
                f"The contractor building {prj} said on {d1} that the work was {w(mb)} months late."]
        ent = dict(paraphrase=[f"Work on {prj} is delayed.", f"{Prj} will be finished later than planned."],
                   drop_modifier=[f"{Prj} is behind schedule.", f"A construction project in {t3} is late."])
        con = dict(antonym=[f"{Prj} is on schedule.", f"Work on {prj} is ahead of schedule."],
                   negation=[f"{Prj} is not behind schedule.", f"There have been no delays to {prj}."],
                   number=[f"{Prj} is {w(dn(rng, mb, 1))} months behind schedule."])
        extra = [f"{Prj} is {w(mb)} months behind schedule because of a shortage of steel.",
                 f"{Prj} is {w(mb)} months behind schedule and {rng.choice([20, 35, 60])} million {s.cur}s over budget.",
                 f"{Prj}, built by {s.builder}, is {w(mb)} months behind schedule.",
                 f"{Prj} is {w(mb)} months behind schedule after a flood damaged the site."]
    else:
        base = [f"{Prj} is on schedule to open in {mo2}, the contractor said.",
                f"According to the contractor, work on {prj} is on track for an opening in {mo2}.",
                f"The contractor building {prj} said on {d1} that it would open as planned in {mo2}."]
        ent = dict(paraphrase=[f"{Prj} is expected to open on time in {mo2}.", f"There are no delays to {prj}, the contractor said."],
                   drop_modifier=[f"{Prj} is on schedule.", f"{Prj} will open in {mo2}."])
        con = dict(antonym=[f"{Prj} is behind schedule.", f"Work on {prj} has fallen months behind."],
                   negation=[f"{Prj} will not open in {mo2}.", f"{Prj} is not on schedule."],
                   date=[f"{Prj} is due to open in {mo}, not {mo2}."])
        extra = [f"{Prj} is on schedule to open in {mo2} and will carry {rng.choice([40, 80, 120])},000 passengers a day." if s.project in ("metro line", "tram line")
                 else f"{Prj} is on schedule to open in {mo2} and will employ {rng.choice([200, 450, 900])} people.",
                 f"{Prj} is on schedule to open in {mo2} despite a strike by builders in {mo}.",
                 f"{Prj}, built by {s.builder}, is on schedule to open in {mo2}.",
                 f"{Prj} is on schedule to open in {mo2} and within its budget."]
    out.append(F(base, ent, con, extra,
                 [f"{Prj} was approved by the town council in {yr - 3}.", f"{s.builder} has its head office in {t4}.",
                  f"The mayor of {t3} is {P[5].name}."]))

    # 18. construction: cost overrun --------------------------------------------------------------------------------
    cst = rng.choice([120, 240, 380, 650]); add = rng.choice([20, 45, 80, 110]); cst2 = dn(rng, cst, 10)
    out.append(F(
        [f"The cost of the {C} national stadium has risen to {cst} million {s.cur}s, {add} million more than planned.",
         f"{C}'s new national stadium will cost {cst} million {s.cur}s, {add} million above the original budget, the sports ministry said.",
         f"According to the sports ministry, the new national stadium in {C} is {add} million {s.cur}s over budget, at {cst} million."],
        dict(paraphrase=[f"The {C} national stadium will cost more than originally planned.", f"The new stadium in {C} has gone over budget."],
             drop_modifier=[f"The cost of the stadium has risen.", f"{C}'s national stadium will cost {cst} million {s.cur}s."]),
        dict(number=[f"The {C} national stadium will cost {cst2} million {s.cur}s."],
             negation=[f"The {C} national stadium is within its budget.", f"The cost of the {C} national stadium has not risen."],
             antonym=[f"The {C} national stadium will cost less than planned."],
             denial=[f"The sports ministry denied that the {C} national stadium was over budget."]),
        [f"The cost of the {C} national stadium has risen to {cst} million {s.cur}s because of higher steel prices.",
         f"The {C} national stadium, with {rng.choice([40, 55, 70])},000 seats, will cost {cst} million {s.cur}s, {add} million more than planned.",
         f"The cost of the {C} national stadium has risen to {cst} million {s.cur}s, and it will open a year late.",
         f"The {C} national stadium is {add} million {s.cur}s over budget, and the builder, {s.builder}, blames the weather."],
        [f"The {C} national stadium is being built in {town2}.", f"The {C} sports minister is {s.name3}.",
         f"{C} will host the regional games in {yr + 3}."]))

    # 19. diplomacy: summit held / postponed -------------------------------------------------------------------------
    if pol[8]:
        base = [f"The leaders of {c3} and {c4} held a summit in {t3} on {d1}.",
                f"On {d1}, the presidents of {c3} and {c4} met for a summit in {t3}.",
                f"A summit between {c3} and {c4} took place in {t3} on {d1}, officials said."]
        ent = dict(paraphrase=[f"The {c3}-{c4} summit went ahead in {t3}.", f"The heads of state of {c4} and {c3} met in {t3}."],
                   drop_modifier=[f"{c3} and {c4} held a summit.", f"A summit took place in {t3}."])
        con = dict(antonym=[f"The summit between {c3} and {c4} was postponed.", f"The {c3}-{c4} summit planned for {d1} was called off."],
                   negation=[f"The leaders of {c3} and {c4} did not meet on {d1}.", f"No summit between {c3} and {c4} took place."],
                   place=[f"The summit between {c3} and {c4} was held in {t4}."], date=[f"The {c3}-{c4} summit took place on {d2}."])
        extra = [f"The leaders of {c3} and {c4} held a summit in {t3}, their first since {yr - 7}.",
                 f"The leaders of {c3} and {c4} held a two-day summit in {t3}.",
                 f"The leaders of {c3} and {c4} met in {t3} to discuss {s.topic}.",
                 f"The leaders of {c3} and {c4} held a summit in {t3} and agreed to meet again in {mo2}."]
    else:
        base = [f"The summit between {c3} and {c4}, planned for {d1} in {t3}, has been postponed.",
                f"{c3} and {c4} have postponed the summit they were due to hold in {t3} on {d1}, officials said.",
                f"Officials said the {c3}-{c4} summit due to be held in {t3} on {d1} would not go ahead as planned."]
        ent = dict(paraphrase=[f"The {c3}-{c4} summit has been put off.", f"The leaders of {c3} and {c4} will not meet in {t3} as planned."],
                   drop_modifier=[f"A summit was postponed.", f"The summit in {t3} was postponed."])
        con = dict(antonym=[f"The {c3}-{c4} summit went ahead in {t3} as planned.", f"The leaders of {c3} and {c4} held their summit in {t3} as scheduled."],
                   negation=[f"The {c3}-{c4} summit has not been postponed."],
                   denial=[f"{c3}'s foreign ministry denied that the summit with {c4} had been postponed."])
        extra = [f"The summit between {c3} and {c4} has been postponed until {mo2}.",
                 f"The summit between {c3} and {c4} has been postponed because of the storm.",
                 f"The {c3}-{c4} summit has been postponed after a row over {s.topic}.",
                 f"The {c3}-{c4} summit has been postponed for the second time."]
    out.append(F(base, ent, con, extra,
                 [f"{c3} and {c4} share a {rng.choice([200, 450, 900])}-kilometre border.", f"The president of {c3} is {P[7].name}.",
                  f"{c4} opened an embassy in {c3} in {yr - 30}."]))

    # 20. diplomacy: treaty signed -----------------------------------------------------------------------------------
    tt = rng.choice(["trade", "fishing", "border", "water-sharing", "extradition"])
    out.append(F(
        [f"{C2} and {c3} signed a {tt} treaty on {d1}.", f"On {d1}, {C2} and {c3} put their signatures to a {tt} treaty.",
         f"A {tt} treaty between {C2} and {c3} was signed on {d1}, the two governments said."],
        dict(paraphrase=[f"{c3} and {C2} have signed a {tt} agreement.", f"{C2} and {c3} concluded a {tt} treaty."],
             drop_modifier=[f"{C2} and {c3} signed a treaty.", f"{C2} signed a treaty."]),
        dict(antonym=[f"{C2} refused to sign the {tt} treaty with {c3}.", f"{C2} withdrew from talks on a {tt} treaty with {c3} on {d1}."],
             negation=[f"{C2} and {c3} have not signed a {tt} treaty.", f"No {tt} treaty has been signed between {C2} and {c3}.",
                       f"{C2} and {c3} have yet to sign a {tt} treaty."],
             date=[f"The {tt} treaty between {C2} and {c3} was signed on {d2}."],
             reported_vs_official=[f"{C2}'s foreign ministry said talks with {c3} on a {tt} treaty had collapsed."]),
        [f"{C2} and {c3} signed a {tt} treaty after {w(rng.choice([2, 4, 6]))} years of talks.",
         f"{C2} and {c3} signed a {tt} treaty that will take effect in {mo2}.",
         f"{C2} and {c3} signed a {tt} treaty at a ceremony in {t4}.",
         f"{C2} and {c3} signed a {tt} treaty, the first between the two countries."],
        [f"{C2}'s foreign minister is {P[12].name}.", f"{c3} and {C2} fought a border war in {yr - 60}.",
         f"{C2} exports mostly machinery to {c3}."]))

    # 21. diplomacy: ambassador recalled --------------------------------------------------------------------------------
    am = P[8]
    out.append(F(
        [f"{c4} recalled its ambassador to {C2}, {am.name}, on {d1}.",
         f"On {d1}, {c4} called home {am.name}, its ambassador to {C2}, the foreign ministry said.",
         f"{am.name}, {c4}'s ambassador to {C2}, was recalled on {d1}, the foreign ministry said."],
        dict(paraphrase=[f"{c4} ordered its ambassador to return from {C2}.", f"{am.name} was called back to {c4}."],
             drop_modifier=[f"{c4} recalled its ambassador.", f"An ambassador was recalled."]),
        dict(negation=[f"{c4} has not recalled its ambassador to {C2}.", f"{am.name} was not recalled."],
             denial=[f"{c4}'s foreign ministry denied that its ambassador to {C2} had been recalled."],
             reported_vs_official=[f"{c4}'s foreign ministry said {am.name} remained at {am.his} post in {C2}."],
             date=[f"{c4} recalled its ambassador to {C2} on {d2}."]),
        [f"{c4} recalled its ambassador to {C2} in protest at {C2}'s new border checks.",
         f"{c4} recalled its ambassador to {C2} for consultations.",
         f"{c4} recalled its ambassador to {C2} for the first time since {yr - 15}.",
         f"{c4} recalled its ambassador to {C2} after {C2} expelled two {c4} diplomats."],
        [f"{am.name} has been {c4}'s ambassador to {C2} since {yr - 3}.", f"{am.name} speaks {w(rng.choice([3, 4, 5]))} languages.",
         f"{am.name}'s {am.spouse} is a retired doctor."]))

    # 22. macro: inflation accelerated / slowed -------------------------------------------------------------------------
    i0 = rng.choice([2.1, 3.4, 4.8, 6.2, 7.5, 9.1])
    step = rng.choice([0.4, 0.7, 1.1, 1.6])
    acc = pol[9]
    i1 = round(i0 + step, 1) if acc else round(i0 - step, 1)
    i2 = round(i1 + rng.choice([1.9, 2.7, 3.4]) if i1 < 3 else i1 + rng.choice([-1.8, 1.9, 2.7]), 1)
    vb, op = ("accelerated", "slowed") if acc else ("slowed", "accelerated")
    vb2 = "rose" if acc else "fell"
    out.append(F(
        [f"Inflation in {C} {vb} to {i1} percent in {mo} from {i0} percent the month before.",
         f"Annual inflation in {C} {vb2} to {i1} percent in {mo}, up from {i0} percent, the statistics office said." if acc else
         f"Annual inflation in {C} {vb2} to {i1} percent in {mo}, down from {i0} percent, the statistics office said.",
         f"According to the statistics office, consumer prices in {C} rose {i1} percent year on year in {mo}, after {i0} percent the previous month."],
        dict(paraphrase=[(f"Price growth in {C} picked up in {mo}." if acc else f"Price growth in {C} eased in {mo}."),
                         f"The annual inflation rate in {C} was {i1} percent in {mo}."],
             drop_modifier=[f"Inflation in {C} {vb}.", f"Inflation in {C} {vb} in {mo}."]),
        dict(antonym=[f"Inflation in {C} {op} in {mo}.", (f"Inflation in {C} eased in {mo}." if acc else f"Inflation in {C} picked up in {mo}.")],
             negation=[f"Inflation in {C} did not change in {mo}.", f"Inflation in {C} was unchanged in {mo}."],
             number=[f"Inflation in {C} was {i2} percent in {mo}."],
             reported_vs_official=[f"The statistics office said inflation in {C} had {op} in {mo}."]),
        [f"Inflation in {C} {vb} to {i1} percent in {mo}, driven by {'higher' if acc else 'lower'} food prices.",
         f"Inflation in {C} {vb} to {i1} percent in {mo}, the {'highest' if acc else 'lowest'} rate since {yr - 5}.",
         f"Inflation in {C} {vb} to {i1} percent in {mo}, as {'fuel' if acc else 'energy'} prices {'climbed' if acc else 'dropped'}.",
         f"Inflation in {C} {vb} to {i1} percent in {mo}, {'above' if acc else 'below'} what economists had expected."],
        [f"{C}'s central bank aims to keep inflation at 2 percent.", f"{C}'s statistics office publishes price data every month.",
         f"The finance minister of {C} is {s.name2}."]))

    # 23. macro: unemployment rose / fell ----------------------------------------------------------------------------
    u0 = rng.choice([4.2, 5.6, 6.9, 8.3, 11.4]); du = rng.choice([0.3, 0.5, 0.8])
    up = pol[10]
    u1 = round(u0 + du, 1) if up else round(u0 - du, 1)
    u2 = round(u1 + rng.choice([-2.2, 2.4, 3.1]), 1)
    vb, op = ("rose", "fell") if up else ("fell", "rose")
    out.append(F(
        [f"Unemployment in {c3} {vb} to {u1} percent in the third quarter.",
         f"The jobless rate in {c3} {vb} to {u1} percent in the third quarter, from {u0} percent, official data showed.",
         f"In the third quarter, {c3}'s unemployment rate {'climbed' if up else 'dropped'} to {u1} percent, the labour ministry said."],
        dict(paraphrase=[(f"More people were out of work in {c3} in the third quarter." if up else f"Fewer people were out of work in {c3} in the third quarter."),
                         f"{c3}'s jobless rate was {u1} percent in the third quarter."],
             drop_modifier=[f"Unemployment in {c3} {vb}.", f"Unemployment {vb} in the third quarter."]),
        dict(antonym=[f"Unemployment in {c3} {op} in the third quarter.", (f"The jobless rate in {c3} dropped in the third quarter." if up else f"The jobless rate in {c3} went up in the third quarter.")],
             negation=[f"Unemployment in {c3} did not {'rise' if up else 'fall'} in the third quarter.", f"The jobless rate in {c3} was unchanged in the third quarter."],
             number=[f"Unemployment in {c3} was {u2} percent in the third quarter."]),
        [f"Unemployment in {c3} {vb} to {u1} percent in the third quarter as {'factories cut jobs' if up else 'tourism recovered'}.",
         f"Unemployment in {c3} {vb} to {u1} percent, the {'highest' if up else 'lowest'} level in {w(rng.choice([4, 6, 10]))} years.",
         f"Unemployment in {c3} {vb} to {u1} percent in the third quarter, with young people {'hit hardest' if up else 'gaining most'}.",
         f"Unemployment in {c3} {vb} to {u1} percent in the third quarter, {'more' if up else 'less'} than economists had forecast."],
        [f"{c3}'s labour minister is {P[11].name}.", f"{c3} has a workforce of about {rng.choice([2, 4, 7])} million people.",
         f"{c3} introduced a minimum wage in {yr - 10}."]))

    # 24. macro: exports up / down -------------------------------------------------------------------------------------
    ep = rng.choice([3, 5, 8, 12, 17]); ep2 = dn(rng, ep, 1)
    up = pol[11]
    vb, op = ("rose", "fell") if up else ("fell", "rose")
    out.append(F(
        [f"{c4}'s exports {vb} {ep} percent in {mo} from a year earlier.",
         f"Exports from {c4} were {ep} percent {'higher' if up else 'lower'} in {mo} than a year ago, customs data showed.",
         f"In {mo}, {c4} exported {ep} percent {'more' if up else 'less'} than in the same month last year, the trade ministry said."],
        dict(paraphrase=[f"{c4} sold {'more' if up else 'less'} abroad in {mo} than a year earlier.",
                         f"{c4}'s exports were {'up' if up else 'down'} {ep} percent year on year in {mo}."],
             drop_modifier=[f"{c4}'s exports {vb}.", f"Exports from {c4} {vb} in {mo}."]),
        dict(antonym=[f"{c4}'s exports {op} in {mo}.", f"{c4}'s exports were {'down' if up else 'up'} in {mo} compared with a year earlier."],
             negation=[f"{c4}'s exports did not {'rise' if up else 'fall'} in {mo}.", f"{c4}'s exports were flat in {mo}."],
             number=[f"{c4}'s exports {vb} {ep2} percent in {mo}."]),
        [f"{c4}'s exports {vb} {ep} percent in {mo}, {'helped by strong' if up else 'hurt by weak'} demand for {s.product}.",
         f"{c4}'s exports {vb} {ep} percent in {mo}, {'led by' if up else 'dragged down by'} shipments to {c3}.",
         f"{c4}'s exports {vb} {ep} percent in {mo} for the {ORDINAL[rng.choice([2, 3, 4])]} month in a row.",
         f"{c4}'s exports {vb} {ep} percent in {mo}, while imports {'fell' if up else 'rose'} {rng.choice([2, 4, 6])} percent."],
        [f"{c4}'s biggest trading partner is {c3}.", f"{c4}'s trade minister is {P[6].name}.", f"{c4} exports mostly {s.product}."]))

    # 25. macro: currency strengthened / weakened --------------------------------------------------------------------
    cp = rng.choice([0.8, 1.2, 1.9, 2.6, 3.4]); cp2 = round(cp + rng.choice([1.5, 2.2, 3.0]), 1)
    up = pol[12]
    vb, op = ("strengthened", "weakened") if up else ("weakened", "strengthened")
    out.append(F(
        [f"{C2}'s currency, the {s.cur}, {vb} {cp} percent against the dollar on {d1}.",
         f"The {C2} {s.cur} {'gained' if up else 'lost'} {cp} percent against the dollar on {d1}.",
         f"On {d1}, the {s.cur}, {C2}'s currency, {'rose' if up else 'fell'} {cp} percent against the dollar, traders said."],
        dict(paraphrase=[f"The {s.cur} {'rose' if up else 'fell'} against the dollar on {d1}.", f"The {s.cur} {'gained' if up else 'lost'} value against the dollar."],
             drop_modifier=[f"The {s.cur} {vb}.", f"{C2}'s currency {vb} on {d1}."]),
        dict(antonym=[f"The {s.cur} {op} against the dollar on {d1}.", f"The {s.cur} {'fell' if up else 'rose'} against the dollar on {d1}."],
             negation=[f"The {s.cur} was unchanged against the dollar on {d1}.", f"The {s.cur} did not {'gain' if up else 'lose'} ground against the dollar on {d1}."],
             number=[f"The {s.cur} {vb} {cp2} percent against the dollar on {d1}."]),
        [f"The {s.cur} {vb} {cp} percent against the dollar on {d1} after the central bank's rate decision.",
         f"The {s.cur} {vb} {cp} percent against the dollar on {d1}, its {'biggest gain' if up else 'biggest fall'} in a month.",
         f"The {s.cur} {vb} {cp} percent against the dollar on {d1} as investors {'returned to' if up else 'pulled money out of'} {C2}.",
         f"The {s.cur} {vb} {cp} percent against the dollar and the euro on {d1}."],
        [f"The {s.cur} has been {C2}'s currency since {yr - 30}.", f"{C2}'s central bank governor is {P[4].name}.",
         f"Most of {C2}'s trade is paid for in dollars."]))

    # 26. companies: acquisition --------------------------------------------------------------------------------------
    bn = rng.choice([1.2, 2.5, 4, 7.8, 12]); bn2 = round(bn * rng.choice([0.4, 2, 3]), 1)
    out.append(F(
        [f"{s.org} has agreed to buy {s.org3} for {bn} billion {s.cur}s.",
         f"{s.org3} is to be taken over by {s.org} in a deal worth {bn} billion {s.cur}s, the two companies said on {d1}.",
         f"{s.org} said on {d1} that it would acquire {s.org3} for {bn} billion {s.cur}s."],
        dict(paraphrase=[f"{s.org} will take over {s.org3}.", f"{s.org3} will be acquired by {s.org}.",
                         f"{s.org} is buying {s.org3} in a {bn} billion {s.cur} deal."],
             drop_modifier=[f"{s.org} will buy {s.org3}.", f"{s.org} is buying a company."]),
        dict(antonym=[f"{s.org3} rejected {poss(s.org)} takeover offer.", f"{s.org} dropped its plan to buy {s.org3}."],
             negation=[f"{s.org} is not buying {s.org3}.", f"{s.org} has no deal to buy {s.org3}."],
             number=[f"{s.org} will pay {bn2} billion {s.cur}s for {s.org3}."],
             reported_vs_official=[f"{s.org} said it had no plans to buy {s.org3}."],
             person=[f"{s.org3} has agreed to be bought by {s.org5}, not {s.org}."]),
        [f"{s.org} has agreed to buy {s.org3} for {bn} billion {s.cur}s in cash.",
         f"{s.org} has agreed to buy {s.org3}, its biggest acquisition ever.",
         f"{s.org} has agreed to buy {s.org3} to expand in {C2}.",
         f"{s.org} has agreed to buy {s.org3}, subject to approval by competition regulators.",
         f"{s.org} has agreed to buy {s.org3} and will keep its {t3} head office open."],
        [f"{s.org3} has its head office in {t3}.", f"{s.org3} was founded in {rng.choice([1954, 1978, 1996, 2008])}.",
         f"{poss(s.org)} technology chief left the company in {mo2}."]))

    # 27. companies: merger called off --------------------------------------------------------------------------------
    out.append(F(
        [f"{s.org2} and {s.org4} called off their planned merger on {d1}.",
         f"On {d1}, {s.org2} and {s.org4} abandoned their plans to merge.",
         f"The planned merger of {s.org2} and {s.org4} was scrapped on {d1}, the two companies said."],
        dict(paraphrase=[f"{s.org2} and {s.org4} will not merge.", f"{s.org2} and {s.org4} dropped their merger plan."],
             drop_modifier=[f"A merger was called off.", f"{s.org2} called off a merger."]),
        dict(antonym=[f"{s.org2} and {s.org4} completed their merger on {d1}."],
             negation=[f"The merger of {s.org2} and {s.org4} is still going ahead.", f"{s.org2} and {s.org4} have not called off their merger."],
             denial=[f"{s.org2} denied that its merger with {s.org4} had been called off."],
             date=[f"{s.org2} and {s.org4} called off their merger on {d2}."]),
        [f"{s.org2} and {s.org4} called off their merger after failing to agree on a price.",
         f"{s.org2} and {s.org4} called off their merger, citing opposition from competition regulators.",
         f"{s.org2} and {s.org4} called off their merger {w(rng.choice([3, 5, 8]))} months after announcing it.",
         f"{s.org2} and {s.org4} called off their merger, and {s.org2} will pay {s.org4} a break fee."],
        [f"{s.org4} has its head office in {t4}.", f"{s.org4} employs about {rng.choice([900, 2400, 6000]):,} people.",
         f"{s.org2} was founded in {rng.choice([1931, 1967, 1990])}."]))

    # 28. companies: new chief executive (person slot) ----------------------------------------------------------------
    ce, ce2 = P[12], P[1]
    out.append(F(
        [f"{s.org5} named {ce.name} as its new chief executive on {d1}.",
         f"{ce.name} was appointed chief executive of {s.org5} on {d1}, the company said.",
         f"On {d1}, {poss(s.org5)} board picked {ce.name} to be the company's next chief executive."],
        dict(paraphrase=[f"{ce.name} will be the next chief executive of {s.org5}.", f"{ce.name} will run {s.org5}.",
                         f"{s.org5} has chosen {ce.name} as chief executive."],
             drop_modifier=[f"{s.org5} named a new chief executive.", f"{ce.name} got a new job."]),
        dict(person=[f"{ce2.name} was named chief executive of {s.org5} on {d1}.", f"The new chief executive of {s.org5} is {ce2.name}.",
                     f"{poss(s.org5)} board picked {ce2.name} to lead the company."],
             negation=[f"{s.org5} has yet to name a new chief executive.", f"{s.org5} has not chosen a new chief executive."],
             reported_vs_official=[f"{s.org5} said reports that {ce.name} would become chief executive were untrue."],
             antonym=[f"{ce.name} turned down the job of chief executive at {s.org5}."],
             date=[f"{s.org5} named its new chief executive on {d2}."]),
        [f"{s.org5} named {ce.name} as chief executive, replacing {ce2.name}.",
         f"{s.org5} named {ce.name} as its new chief executive; {ce.he} will take over in {mo2}.",
         f"{s.org5} named {ce.name} as chief executive, the first {ce.man} to lead the company." if ce.he == "she"
         else f"{s.org5} named {ce.name} as chief executive after a search that lasted {w(rng.choice([4, 6, 9]))} months.",
         f"{s.org5} named {ce.name}, its finance chief, as its new chief executive."],
        [f"{ce.name} previously worked at {s.org4} for {w(rng.choice([5, 8, 12]))} years.", f"{ce.name}'s {ce.spouse} is a retired doctor.",
         f"{poss(s.org5)} technology chief left the company in {mo2}."]))

    # 29. companies: dividend raised / cut --------------------------------------------------------------------------
    dv = rng.choice([5, 10, 15, 20, 25, 40]); dv2 = dn(rng, dv, 2)
    up = pol[13]
    vb, op = ("raised", "cut") if up else ("cut", "raised")
    out.append(F(
        [f"{s.org} {vb} its dividend by {dv} percent on {d1}.",
         f"On {d1}, {s.org} said it would {'raise' if up else 'cut'} its dividend by {dv} percent.",
         f"{poss(s.org)} shareholders will receive a dividend {dv} percent {'higher' if up else 'lower'} than last year, the company said on {d1}."],
        dict(paraphrase=[f"{s.org} will pay its shareholders a {'bigger' if up else 'smaller'} dividend.",
                         f"{s.org} {'increased' if up else 'reduced'} its dividend by {dv} percent."],
             drop_modifier=[f"{s.org} {vb} its dividend.", f"{poss(s.org)} dividend will {'rise' if up else 'fall'}."]),
        dict(antonym=[f"{s.org} {op} its dividend on {d1}.", f"{s.org} will pay a {'smaller' if up else 'bigger'} dividend this year."],
             negation=[f"{s.org} kept its dividend unchanged.", f"{s.org} did not change its dividend."],
             number=[f"{s.org} {vb} its dividend by {dv2} percent."]),
        [f"{s.org} {vb} its dividend by {dv} percent after a {'record' if up else 'difficult'} year.",
         f"{s.org} {vb} its dividend by {dv} percent {'to reward shareholders' if up else 'to save cash'}.",
         f"{s.org} {vb} its dividend by {dv} percent, the {'first increase' if up else 'first cut'} since {yr - 6}.",
         f"{s.org} {vb} its dividend by {dv} percent and {'announced a share buyback' if up else 'suspended its share buyback'}."],
        [f"{poss(s.org)} technology chief left the company in {mo2}.", f"{s.org} is listed on the stock exchange in {t4}.",
         f"{s.org} has about {rng.choice([12, 30, 55])},000 shareholders."]))

    # 30. companies: product recall ------------------------------------------------------------------------------------
    rc = rng.choice([4, 12, 35, 80, 150]) * 1000; rc2 = dn(rng, rc, 1000)
    out.append(F(
        [f"{s.org4} recalled {rc:,} {s.brand} {s.recall} on {d1} because of {s.risk}.",
         f"On {d1}, {s.org4} asked customers to return {rc:,} {s.brand} {s.recall} because of {s.risk}.",
         f"{s.org4} began recalling {rc:,} of its {s.brand} {s.recall} on {d1} because of {s.risk}, the company said."],
        dict(paraphrase=[f"{s.org4} is calling back {rc:,} {s.brand} {s.recall}.", f"Customers were asked to return {s.brand} {s.recall} made by {s.org4}."],
             drop_modifier=[f"{s.org4} recalled {s.recall}.", f"{s.org4} recalled some of its products."]),
        dict(number=[f"{s.org4} recalled {rc2:,} {s.recall}."],
             negation=[f"{s.org4} has not recalled any {s.recall}.", f"No {s.brand} {s.recall} have been recalled."],
             reported_vs_official=[f"{s.org4} said there was no need to recall its {s.brand} {s.recall}."],
             date=[f"{s.org4} recalled the {s.recall} on {d2}."]),
        [f"{s.org4} recalled {rc:,} {s.brand} {s.recall} after {w(rng.choice([3, 7, 12]))} reports of injuries.",
         f"{s.org4} recalled {rc:,} {s.brand} {s.recall} sold in {C} and {C2}.",
         f"{s.org4} recalled {rc:,} {s.brand} {s.recall} made at its factory in {t3}.",
         f"{s.org4} recalled {rc:,} {s.brand} {s.recall} and will refund customers in full."],
        [f"{s.org4} launched the {s.brand} range in {yr - 2}.", f"{s.org4} has its head office in {t4}.",
         f"{s.org4} also makes washing machines."]))

    # 31. culture: prize awarded (person slot) -------------------------------------------------------------------------
    wn, wn2 = P[6], P[7]
    out.append(F(
        [f"This year's {s.prize} was awarded to {wn.name} on {d1}.",
         f"{wn.name} won this year's {s.prize}, the organisers announced on {d1}.",
         f"On {d1}, the {s.artist} {wn.name} was named winner of this year's {s.prize}."],
        dict(paraphrase=[f"{wn.name} is the winner of this year's {s.prize}.", f"This year's {s.prize} went to {wn.name}.",
                         f"{wn.name} received this year's {s.prize}."],
             drop_modifier=[f"{wn.name} won a prize.", f"{wn.name} won the {s.prize}."]),
        dict(person=[f"This year's {s.prize} went to {wn2.name}.", f"{wn2.name} won this year's {s.prize}.",
                     f"The winner of this year's {s.prize} is {wn2.name}."],
             negation=[f"{wn.name} did not win this year's {s.prize}.", f"Nobody was awarded the {s.prize} this year.",
                       f"{wn.name} has never won the {s.prize}."],
             date=[f"The winner of this year's {s.prize} was announced on {d2}."]),
        [f"{wn.name} won this year's {s.prize} for {wn.his} {s.work}.",
         f"{wn.name} won this year's {s.prize} and {rng.choice([20, 50, 100])},000 {s.cur}s.",
         f"{wn.name} won this year's {s.prize}, beating {w(rng.choice([4, 5, 6]))} other finalists.",
         f"{wn.name} won this year's {s.prize}, having also won it in {yr - 5}.",
         f"{wn.name} won this year's {s.prize} at a ceremony in {t3}."],
        [f"{wn.name} lives in {t4}.", f"{wn.name}'s first {s.work} came out in {yr - 11}.",
         f"The {s.prize} was first awarded in {rng.choice([1952, 1970, 1988])}."]))

    # 32. culture: festival cancelled / went ahead ---------------------------------------------------------------------
    fe = s.festival
    if pol[14]:
        base = [f"The {fe} in {town2} has been cancelled this year, the organisers said.",
                f"Organisers have called off this year's {fe} in {town2}.",
                f"This year's {fe} in {town2} will not take place, according to the organisers."]
        ent = dict(paraphrase=[f"There will be no {fe} in {town2} this year.", f"This year's {fe} has been called off."],
                   drop_modifier=[f"A festival was cancelled.", f"The {fe} was cancelled."])
        con = dict(antonym=[f"This year's {fe} in {town2} went ahead as planned.", f"This year's {fe} will take place as planned."],
                   negation=[f"This year's {fe} has not been cancelled."],
                   denial=[f"The organisers denied that this year's {fe} had been cancelled."])
        extra = [f"This year's {fe} has been cancelled after its main sponsor pulled out.",
                 f"This year's {fe} has been cancelled for the first time in {w(rng.choice([10, 12]))} years.",
                 f"This year's {fe} has been cancelled because of a storm warning.",
                 f"This year's {fe} has been cancelled, and ticket holders will get their money back."]
    else:
        base = [f"This year's {fe} in {town2} went ahead as planned on {d1}.",
                f"The {fe} opened in {town2} on {d1} as scheduled, the organisers said.",
                f"Despite fears of a cancellation, this year's {fe} began in {town2} on {d1}."]
        ent = dict(paraphrase=[f"The {fe} took place in {town2} this year.", f"This year's {fe} was not cancelled."],
                   drop_modifier=[f"A festival went ahead.", f"The {fe} went ahead."])
        con = dict(antonym=[f"This year's {fe} was cancelled.", f"Organisers called off this year's {fe}."],
                   negation=[f"This year's {fe} did not take place.", f"There was no {fe} in {town2} this year."],
                   date=[f"This year's {fe} opened on {d2}."])
        extra = [f"This year's {fe} went ahead on {d1} with about {rng.choice([15, 40, 90])},000 visitors.",
                 f"This year's {fe} went ahead on {d1} despite heavy rain.",
                 f"This year's {fe} went ahead on {d1} with {rng.choice([60, 120, 200])} performers.",
                 f"This year's {fe} went ahead on {d1} under tight security."]
    out.append(F(base, ent, con, extra,
                 [f"The {fe} was first held in {rng.choice([1968, 1985, 1999])}.", f"The {fe} usually draws about {rng.choice([20, 50])},000 visitors.",
                  f"The director of the {fe} is {P[3].name}."]))

    # 33. science: launch succeeded / failed ---------------------------------------------------------------------------
    ok = pol[15]
    if ok:
        base = [f"A {s.rocket} rocket put the {s.sat} satellite into orbit on {d1}.",
                f"The {s.sat} satellite was successfully launched on a {s.rocket} rocket on {d1}.",
                f"On {d1}, the {s.sat} satellite reached orbit aboard a {s.rocket} rocket, the space agency said."]
        ent = dict(paraphrase=[f"The launch of {s.sat} was a success.", f"The {s.sat} satellite is in orbit."],
                   drop_modifier=[f"A satellite reached orbit.", f"The {s.sat} launch succeeded."])
        con = dict(antonym=[f"The launch of the {s.sat} satellite failed.", f"The {s.rocket} rocket carrying {s.sat} exploded shortly after lift-off."],
                   negation=[f"The {s.sat} satellite did not reach orbit.", f"The {s.sat} launch was not successful."],
                   date=[f"The {s.sat} satellite was launched on {d2}."])
        extra = [f"A {s.rocket} rocket put the {s.sat} satellite into orbit on {d1} after two delays.",
                 f"The {s.sat} satellite, built by {s.spacefirm}, was put into orbit on {d1}.",
                 f"A {s.rocket} rocket put the {s.sat} weather satellite into orbit on {d1}.",
                 f"The {s.sat} satellite reached orbit on {d1}, the first launch from {c3}."]
    else:
        base = [f"A {s.rocket} rocket carrying the {s.sat} satellite failed shortly after lift-off on {d1}.",
                f"The launch of the {s.sat} satellite on a {s.rocket} rocket failed on {d1}.",
                f"On {d1}, the {s.rocket} rocket carrying {s.sat} failed to reach orbit, the space agency said."]
        ent = dict(paraphrase=[f"The {s.sat} satellite did not reach orbit.", f"The launch of {s.sat} was a failure."],
                   drop_modifier=[f"A rocket launch failed.", f"The {s.sat} launch failed."])
        con = dict(antonym=[f"The {s.sat} satellite was successfully put into orbit on {d1}.", f"The {s.sat} launch succeeded."],
                   reported_vs_official=[f"The space agency said the {s.sat} satellite had reached its orbit."],
                   date=[f"The {s.sat} launch took place on {d2}."])
        extra = [f"The {s.rocket} rocket carrying the {s.sat} satellite failed because of an engine fault.",
                 f"The {s.rocket} rocket carrying the {s.sat} satellite failed {w(rng.choice([2, 3]))} minutes after lift-off.",
                 f"The {s.rocket} rocket carrying the {s.sat} satellite failed, the second failure this year.",
                 f"The launch of the {s.sat} satellite, built by {s.spacefirm}, failed on {d1}."]
    out.append(F(base, ent, con, extra,
                 [f"{s.rocket} rockets have flown {rng.choice([6, 11, 19])} times before.", f"The {s.sat} satellite weighs about {rng.choice([400, 900, 1500])} kilograms.",
                  f"{c3}'s space agency was set up in {yr - 14}."]))

    # 34. crime: suspect charged / released ---------------------------------------------------------------------------
    sp = P[5]
    if pol[16]:
        base = [f"Police charged {sp.name} with {s.crime} on {d1}.", f"{sp.name} was charged with {s.crime} in {town2} on {d1}, police said.",
                f"On {d1}, prosecutors in {town2} charged {sp.name} with {s.crime}."]
        ent = dict(paraphrase=[f"{sp.name} faces a charge of {s.crime}.", f"{sp.name} has been formally accused of {s.crime}."],
                   drop_modifier=[f"{sp.name} was charged.", f"{sp.name} was charged with a crime."])
        con = dict(antonym=[f"{sp.name} was released without charge on {d1}."],
                   negation=[f"{sp.name} has not been charged with {s.crime}.", f"Nobody has been charged with {s.crime}."],
                   reported_vs_official=[f"Police said {sp.name} had not been charged."], date=[f"{sp.name} was charged on {d2}."])
        extra = [f"{sp.name} was charged with {s.crime} and will appear in court next week.",
                 f"{sp.name} was charged with {s.crime} and remanded in custody.",
                 f"{sp.name} was charged with {s.crime} along with {w(rng.choice([2, 3]))} other people.",
                 f"{sp.name} was charged with {s.crime} after a two-month investigation."]
    else:
        base = [f"Police released {sp.name} without charge on {d1}.", f"{sp.name} was freed without charge in {town2} on {d1}, police said.",
                f"On {d1}, police in {town2} let {sp.name} go without charging {sp.him}."]
        ent = dict(paraphrase=[f"{sp.name} was not charged and was released.", f"{sp.name} walked free without being charged."],
                   drop_modifier=[f"{sp.name} was released.", f"{sp.name} was freed."])
        con = dict(antonym=[f"{sp.name} was charged with {s.crime} on {d1}."],
                   negation=[f"{sp.name} is still being held by police.", f"Police have not released {sp.name}."],
                   date=[f"{sp.name} was released on {d2}."])
        extra = [f"Police released {sp.name} without charge after questioning {sp.him} for two days.",
                 f"Police released {sp.name} without charge but said the investigation into the {s.crime} was continuing.",
                 f"Police released {sp.name} without charge, and {sp.his} lawyer said {sp.he} would sue.",
                 f"Police released {sp.name} without charge after new video evidence emerged."]
    out.append(F(base, ent, con, extra,
                 [f"{sp.name} is a former bank clerk.", f"{sp.name} lives in {town2} with {sp.his} {sp.spouse}.",
                  f"{sp.name} was born in {t4}."]))

    # 35. crime: robbery ----------------------------------------------------------------------------------------------
    loot = rng.choice([8, 20, 45, 90, 300]) * 1000; loot2 = dn(rng, loot, 1000)
    tg = s.target
    out.append(F(
        [f"Armed robbers stole about {loot:,} {s.cur}s from a {tg} in {t4} on {d1}.",
         f"On {d1}, a {tg} in {t4} was robbed of about {loot:,} {s.cur}s, police said.",
         f"About {loot:,} {s.cur}s were taken in an armed robbery at a {tg} in {t4} on {d1}, according to police."],
        dict(paraphrase=[f"A {tg} in {t4} was robbed.", f"Robbers got away with roughly {loot:,} {s.cur}s from a {tg} in {t4}."],
             drop_modifier=[f"A {tg} was robbed.", f"There was a robbery in {t4}."]),
        dict(number=[f"The robbers stole about {loot2:,} {s.cur}s from the {tg}."],
             negation=[f"Nothing was stolen from the {tg} in {t4}.", f"The robbers failed to take any money from the {tg}."],
             place=[f"The {tg} that was robbed is in {t3}, not {t4}."],
             reported_vs_official=[f"Police said no robbery had taken place in {t4}."],
             date=[f"The robbery in {t4} happened on {d2}."]),
        [f"Armed robbers stole about {loot:,} {s.cur}s from a {tg} in {t4}, and nobody was hurt.",
         f"{w(rng.choice([2, 3, 4])).capitalize()} masked men stole about {loot:,} {s.cur}s from a {tg} in {t4}.",
         f"Armed robbers stole about {loot:,} {s.cur}s from a {tg} in {t4} and escaped on motorbikes.",
         f"Armed robbers stole about {loot:,} {s.cur}s from a {tg} in {t4} in under five minutes."],
        [f"The {tg} in {t4} opened in {yr - 9}.", f"{t4} has had {w(rng.choice([2, 3, 4]))} robberies this year.",
         f"The {tg} is owned by {P[0].name}."]))

    # 36. education: schools closed / reopened ------------------------------------------------------------------------
    if pol[17]:
        base = [f"All schools in {t4} were closed on {d1}.", f"On {d1}, the authorities closed every school in {t4}.",
                f"Schools across {t4} shut on {d1}, the education office said."]
        ent = dict(paraphrase=[f"Pupils in {t4} could not go to school on {d1}.", f"No school in {t4} was open on {d1}."],
                   drop_modifier=[f"Schools were closed.", f"Schools in {t4} were closed."])
        con = dict(antonym=[f"Schools in {t4} reopened on {d1}.", f"All schools in {t4} were open as normal on {d1}."],
                   negation=[f"Schools in {t4} were not closed on {d1}."], date=[f"Schools in {t4} closed on {d2}."])
        extra = [f"All schools in {t4} were closed on {d1} because of the heavy snow.",
                 f"All schools in {t4} were closed on {d1} for the rest of the week.",
                 f"All schools in {t4} were closed on {d1} after a teachers' strike was called.",
                 f"All {rng.choice([14, 22, 37])} schools in {t4} were closed on {d1}."]
    else:
        base = [f"Schools in {t4} reopened on {d1}.", f"On {d1}, pupils in {t4} went back to school as classes resumed.",
                f"Schools across {t4} opened their doors again on {d1}, the education office said."]
        ent = dict(paraphrase=[f"Classes resumed in {t4} on {d1}.", f"Pupils in {t4} returned to school."],
                   drop_modifier=[f"Schools reopened.", f"Schools in {t4} reopened."])
        con = dict(antonym=[f"Schools in {t4} were closed on {d1}."],
                   negation=[f"Schools in {t4} remain closed.", f"Schools in {t4} have not reopened."], date=[f"Schools in {t4} reopened on {d2}."])
        extra = [f"Schools in {t4} reopened on {d1} after a two-week closure.",
                 f"Schools in {t4} reopened on {d1}, with pupils required to wear masks.",
                 f"Schools in {t4} reopened on {d1} after repairs to flood damage.",
                 f"Schools in {t4} reopened on {d1}, a week later than planned."]
    out.append(F(base, ent, con, extra,
                 [f"{t4} has {w(rng.choice([6, 9, 12]))} secondary schools.", f"The head of education in {t4} is {P[9].name}.",
                  f"{t4} is {rng.choice([30, 60, 110])} kilometres from {town}."]))

    # 37. education: exam results ------------------------------------------------------------------------------------
    pr0 = rng.choice([71, 76, 80, 84, 88]); dp = rng.choice([2, 3, 5])
    up = pol[18]
    pr1 = pr0 + dp if up else pr0 - dp
    pr2 = pr1 + rng.choice([-9, -7, 7]) if pr1 < 91 else pr1 - 8
    vb, op = ("rose", "fell") if up else ("fell", "rose")
    out.append(F(
        [f"The pass rate in {c4}'s school-leaving exams {vb} to {pr1} percent this year, from {pr0} percent.",
         f"This year {pr1} percent of students in {c4} passed their final school exams, {'up' if up else 'down'} from {pr0} percent last year, the education ministry said.",
         f"According to {c4}'s education ministry, {pr1} percent of school leavers passed their exams this year, compared with {pr0} percent a year earlier."],
        dict(paraphrase=[f"{'More' if up else 'Fewer'} students passed the final exams in {c4} this year than last year.",
                         f"{pr1} percent of students in {c4} passed their final exams this year."],
             drop_modifier=[f"The exam pass rate in {c4} {vb}.", f"The pass rate {vb} this year."]),
        dict(antonym=[f"The pass rate in {c4}'s school-leaving exams {op} this year.",
                      f"{'Fewer' if up else 'More'} students in {c4} passed their final exams this year than last year."],
             negation=[f"The pass rate in {c4}'s final exams was unchanged this year."],
             number=[f"The pass rate in {c4}'s school-leaving exams was {pr2} percent this year."]),
        [f"The pass rate in {c4}'s school-leaving exams {vb} to {pr1} percent, with girls outperforming boys.",
         f"The pass rate in {c4}'s school-leaving exams {vb} to {pr1} percent, the {'highest' if up else 'lowest'} since {yr - 9}.",
         f"The pass rate in {c4}'s exams {vb} to {pr1} percent after {'smaller classes were introduced' if up else 'the exams were made harder'}.",
         f"The pass rate in {c4}'s school-leaving exams {vb} to {pr1} percent among {rng.choice([40, 65, 90])},000 candidates."],
        [f"{c4}'s education minister is {P[10].name}.", f"School is compulsory in {c4} until the age of {rng.choice([15, 16, 18])}.",
         f"{c4} has {w(rng.choice([3, 5, 8]))} universities."]))

    # 38. agriculture: record / poor harvest ------------------------------------------------------------------------
    good = pol[19]
    crop = s.crop
    out.append(F(
        ([f"Farmers in {C2} brought in a record {crop} harvest this year, the agriculture ministry said.",
          f"{C2}'s {crop} harvest this year was the biggest on record, according to the agriculture ministry.",
          f"The agriculture ministry said {C2}'s farmers had harvested more {crop} this year than ever before."] if good else
         [f"Farmers in {C2} brought in a poor {crop} harvest this year, the agriculture ministry said.",
          f"{C2}'s {crop} harvest this year was one of the smallest on record, according to the agriculture ministry.",
          f"The agriculture ministry said {C2}'s farmers had harvested far less {crop} this year than usual."]),
        dict(paraphrase=[f"{C2} produced {'more' if good else 'less'} {crop} this year than {'ever before' if good else 'in a normal year'}.",
                         f"This year's {crop} harvest in {C2} was {'exceptionally large' if good else 'very small'}."],
             drop_modifier=[f"{C2} had a {'good' if good else 'bad'} harvest.", f"{C2}'s {crop} harvest was {'a record' if good else 'poor'}."]),
        dict(antonym=[f"{C2}'s {crop} harvest was {'poor' if good else 'a record'} this year.",
                      f"Farmers in {C2} harvested {'very little' if good else 'more'} {crop} this year{'' if good else ' than ever before'}."],
             negation=[f"{C2}'s {crop} harvest was not {'a record' if good else 'poor'} this year."],
             reported_vs_official=[f"The {C2} agriculture ministry said the {crop} harvest had been {'disappointing' if good else 'the best ever'}."]),
        [f"Farmers in {C2} brought in a {'record' if good else 'poor'} {crop} harvest this year {'thanks to a wet spring' if good else 'because of a long drought'}.",
         f"Farmers in {C2} brought in a {'record' if good else 'poor'} {crop} harvest this year, and prices {'fell' if good else 'rose'} sharply.",
         f"Farmers in {C2} brought in a {'record' if good else 'poor'} {crop} harvest of {rng.choice([2, 4, 9])} million tonnes this year.",
         f"Farmers in {C2} brought in a {'record' if good else 'poor'} {crop} harvest this year for the second year running."],
        [f"{crop.capitalize()} is {C2}'s biggest export crop.", f"{C2}'s agriculture minister is {P[13].name}.",
         f"About a tenth of {C2}'s workers are farmers."]))

    # 39. energy: plant shut down / restarted -------------------------------------------------------------------------
    kindp = rng.choice(["nuclear", "coal", "gas"])
    mw = rng.choice([400, 650, 900, 1200]); mw2 = dn(rng, mw, 50)
    pl_ = f"{s.plant} {kindp} plant"
    if pol[20]:
        base = [f"The {pl_} in {c3} was shut down on {d1}.", f"On {d1}, operators shut down the {pl_} in {c3}.",
                f"The {mw}-megawatt {pl_} in {c3} stopped producing power on {d1}, its operator said."]
        ent = dict(paraphrase=[f"The {pl_} stopped operating on {d1}.", f"The {pl_} is offline."],
                   drop_modifier=[f"A power plant was shut down.", f"The {pl_} was shut down."])
        con = dict(antonym=[f"The {pl_} was restarted on {d1}.", f"The {pl_} went back into operation on {d1}."],
                   negation=[f"The {pl_} is still running.", f"The {pl_} has not been shut down."], date=[f"The {pl_} was shut down on {d2}."])
        extra = [f"The {pl_} was shut down on {d1} for safety checks.",
                 f"The {pl_} was shut down on {d1} for {w(rng.choice([2, 3, 6]))} weeks of maintenance.",
                 f"The {pl_} was shut down on {d1} after a leak in a cooling pipe.",
                 f"The {pl_} was shut down on {d1}, {w(rng.choice([2, 3]))} years earlier than planned."]
    else:
        base = [f"The {pl_} in {c3} was restarted on {d1}.", f"On {d1}, operators restarted the {pl_} in {c3}.",
                f"The {mw}-megawatt {pl_} in {c3} resumed producing power on {d1}, its operator said."]
        ent = dict(paraphrase=[f"The {pl_} is running again.", f"The {pl_} went back into operation on {d1}."],
                   drop_modifier=[f"A power plant was restarted.", f"The {pl_} was restarted."])
        con = dict(antonym=[f"The {pl_} was shut down on {d1}."],
                   negation=[f"The {pl_} remains offline.", f"The {pl_} has not been restarted."], date=[f"The {pl_} was restarted on {d2}."])
        extra = [f"The {pl_} was restarted on {d1} after a {w(rng.choice([2, 5, 8]))}-month repair.",
                 f"The {pl_} was restarted on {d1} to meet winter demand.",
                 f"The {pl_} was restarted on {d1} ahead of schedule.",
                 f"The {pl_} was restarted on {d1} and will run at half capacity for a week."]
    out.append(F(base, ent, con, extra,
                 [f"The {pl_} opened in {rng.choice([1979, 1986, 1998])}.",
                  f"The {pl_} is run by a state-owned company.", f"The {pl_} employs about {rng.choice([300, 700, 1100])} people."]))

    # 40. energy: output ------------------------------------------------------------------------------------------------
    og = rng.choice([6, 9, 14, 21]); og2 = dn(rng, og, 2)
    up = pol[21]
    vb, op = ("rose", "fell") if up else ("fell", "rose")
    out.append(F(
        [f"Wind farms in {c4} produced {og} percent {'more' if up else 'less'} electricity in {mo} than a year earlier.",
         f"Electricity output from {c4}'s wind farms {vb} {og} percent year on year in {mo}, the grid operator said.",
         f"In {mo}, {c4}'s wind power generation was {og} percent {'higher' if up else 'lower'} than in {mo} last year, according to the grid operator."],
        dict(paraphrase=[f"{c4}'s wind farms generated {'more' if up else 'less'} power in {mo} than a year before.",
                         f"Wind power output in {c4} was {'up' if up else 'down'} {og} percent in {mo}."],
             drop_modifier=[f"Wind power output in {c4} {vb}.", f"{c4}'s wind farms produced {'more' if up else 'less'} electricity."]),
        dict(antonym=[f"Wind power output in {c4} {op} in {mo}.", f"{c4}'s wind farms produced {'less' if up else 'more'} electricity in {mo} than a year earlier."],
             negation=[f"Wind power output in {c4} was unchanged in {mo}."],
             number=[f"Wind power output in {c4} {vb} {og2} percent in {mo}."]),
        [f"Wind farms in {c4} produced {og} percent {'more' if up else 'less'} electricity in {mo} because it was {'windier' if up else 'less windy'} than usual.",
         f"Wind farms in {c4} produced {og} percent {'more' if up else 'less'} electricity in {mo}, {'helped by' if up else 'despite'} {w(rng.choice([3, 5]))} new wind farms.",
         f"Wind farms in {c4} produced {og} percent {'more' if up else 'less'} electricity in {mo}, covering a {'record' if up else 'smaller'} share of demand.",
         f"Wind farms in {c4} produced {og} percent {'more' if up else 'less'} electricity in {mo}, while solar output rose {rng.choice([4, 8])} percent."],
        [f"{c4} has about {rng.choice([40, 90, 160])} wind farms.", f"{c4} plans to close its last coal plant in {yr + 8}.",
         f"{c4}'s energy minister is {P[4].name}."]))
    return out


def poss(x):
    """possessive: Tessaly Airlines' but Aerlune's"""
    return x + "'" if x.endswith("s") else x + "'s"


def his(p):
    return p.his


def other_pct(rng, x):
    while True:
        y = x + rng.choice([-14, -11, -8, -6, 6, 8, 11, 14])
        if 5 < y < 95:
            return y
