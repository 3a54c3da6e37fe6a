#!/usr/bin/env python3
"""gen_news.py - synthetic news-style NLI pairs from invented stories (seeded, no external data).

Every story is a random combination of invented entities (people, companies, towns, countries, teams, parties,
prizes, festivals, hospitals, bridges, rockets, currencies, dates, numbers) from the GENERATOR vocabulary below and
in gen_news_more.py. For each story 53 independent "facts" are rendered from templates (13 here, 40 in
gen_news_more.py), each with 2-3 premise wordings of varied syntax (active/passive, fronted time or place,
"X said", "according to ..."). The domains: jobs, profits, prices, strikes, resignations, meetings, votes, crashes,
arrests and interest rates (here); courts (acquitted/convicted, sentenced, lawsuit dismissed), elections (won/lost,
vote share, turnout), sports (match scores, promotion/relegation, signings, sacked coaches), health (tested
positive/negative, admitted to/discharged from hospital, outbreaks), weather (floods and evacuations, storms and
power cuts), transport (cancelled flights, bridges/tunnels closed or reopened), construction (on/behind schedule,
cost overruns), diplomacy (summits held/postponed, treaties, recalled ambassadors), macro economy (inflation,
unemployment, exports, currencies), companies (takeovers, called-off mergers, new chief executives, dividends,
product recalls), culture (prizes, festivals), science (launches), crime (charged/released, robberies), education
(school closures, exam results), agriculture (harvests) and energy (plants shut down/restarted, wind output).
Most new facts draw a random polarity (won/lost, rose/fell, ...), so neither side of an opposite pair is tied to
the premise. Per story 4 facts are sampled and pairs are built from them:

  entailment     paraphrase | drop_modifier               (a fact vs. a reworded / shortened version of itself)
  contradiction  negation | antonym | number | date | place | person | reported_vs_official | denial
  neutral        related_neutral (two different facts of the same story, or a fact and an independent background
                                  statement about the same entities - the fact's `side` list)
                 added_detail    (hypothesis states the same fact plus one detail the premise does not give:
                                  a cause, purpose, duration, size, amount, extra participant, "for the first time")
                 unrelated       (facts of two different stories, always of different fact types)

Labels follow the news convention: both sentences are taken to be about the same event; a contradiction cannot hold
together with the premise, an entailment follows from it, anything that adds information is neutral (unrelated or
merely different facts are neutral, never contradiction). Contradiction pairs are symmetric, so about half of them
are emitted swapped (hypothesis first). Only the seeded rng is used, so the output is byte-identical per seed.

The hand-written evaluation set models/train/news_heldout.jsonl uses a DISJOINT vocabulary of names, places and
organisations (checked in nli.py prepare against vocabulary()), so it measures generalisation, not
memorisation.

Usage:  python3 gen_news.py --n-stories 700 --seed 1234 --out news_gen.jsonl
"""
import argparse
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_news_more as more  # noqa: E402

# ---------------------------------------------------------------------------------------------------------------------
# Generator vocabulary (invented). news_heldout.jsonl must not use any of these names.
# ---------------------------------------------------------------------------------------------------------------------
PEOPLE = [  # (first, last, pronoun)
    ("Marta", "Kellerman", "she"), ("Tobias", "Rennick", "he"), ("Ines", "Valdor", "she"), ("Oskar", "Brandt", "he"),
    ("Lena", "Morrow", "she"), ("Farid", "Osei", "he"), ("Clara", "Dunmore", "she"), ("Viktor", "Halsey", "he"),
    ("Nadia", "Ferro", "she"), ("Jonas", "Whitlock", "he"), ("Priya", "Ashcombe", "she"), ("Emil", "Carvell", "he"),
    ("Rosa", "Lindqvist", "she"), ("Hugo", "Marchetti", "he"), ("Selma", "Oduya", "she"), ("Anton", "Prewitt", "he"),
    ("Yara", "Castellan", "she"), ("Bruno", "Kessling", "he"), ("Mira", "Tallis", "she"), ("Dario", "Fenwick", "he"),
    ("Helga", "Strand", "she"), ("Kofi", "Barrow", "he"), ("Ada", "Quillon", "she"), ("Rafael", "Dorsey", "he"),
    ("Leila", "Harrow", "she"), ("Stefan", "Mulgrave", "he"), ("Tess", "Okafor", "she"), ("Ivo", "Renner", "he"),
    ("Greta", "Pelham", "she"), ("Samir", "Loxley", "he"), ("Elif", "Varga", "she"), ("Otto", "Crane", "he"),
]
ROLES = ["chief executive", "finance minister", "mayor", "chairman", "party leader", "union leader",
         "defence minister", "central bank governor", "health minister", "coach", "chief financial officer"]
COMPANIES = ["Norvane Logistics", "Brightwell Foods", "Castor Steel", "Helix Pharma", "Ostrava Motors",
             "Pinecrest Bank", "Quarry Point Mining", "Solway Airlines", "Tamberline Retail", "Vireo Telecom",
             "Wexford Energy", "Arden Chemicals", "Kestrel Shipping", "Marlow Insurance", "Redfern Textiles",
             "Sable Rock Cement", "Glenmoor Dairy", "Ironbridge Rail", "Lumen Grid", "Cobalt Bay Fisheries"]
TOWNS = ["Harwick", "Dellmouth", "Korvaa", "Brennsfeld", "Port Alder", "Santa Irela", "Vostrel", "Mirabel Falls",
         "Okanda", "Greywater", "Lisvane", "Tarrow", "Bellhaven", "Ruskin Bay", "Novigrad East", "Elmstead",
         "Caldera Springs", "Westmarch", "Halden Cross", "Sorrento Vale"]
COUNTRIES = ["Veloria", "Ostmark", "Calvania", "Borduria", "Marovia", "Saldana", "Tervia", "Kelvania"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
TOPICS = ["pension reform", "the port expansion", "energy subsidies", "the rail budget", "water charges",
          "the fishing quota", "border checks", "housing permits"]
PRODUCTS = ["electric vans", "frozen meals", "steel beams", "cough syrup", "prepaid phone plans", "roof tiles"]
VEHICLES = ["bus", "freight train", "ferry", "lorry", "tram", "minibus"]
REASONS = ["because of weak demand", "after a fall in orders", "to cut costs", "after a long dispute with unions",
           "because of higher energy prices", "after pressure from investors"]
NUMWORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten",
            12: "twelve", 20: "twenty"}


def other(rng, seq, x):
    y = rng.choice(seq)
    while y == x:
        y = rng.choice(seq)
    return y


def diff_num(rng, n):
    """A clearly different number (never equal, at least 30% away)."""
    while True:
        m = rng.choice([max(1, n // 10), max(1, n // 4), max(1, n // 2), n * 2, n * 3, n + max(3, n // 2),
                        max(1, n - max(3, n // 2))])
        if m != n and abs(m - n) >= max(2, 0.3 * n):
            return m


class Story:
    def __init__(self, rng):
        p1, p2, p3 = rng.sample(PEOPLE, 3)
        self.p1, self.p2, self.p3 = p1, p2, p3
        self.name1, self.name2, self.name3 = f"{p1[0]} {p1[1]}", f"{p2[0]} {p2[1]}", f"{p3[0]} {p3[1]}"
        self.last1, self.last2 = p1[1], p2[1]
        self.pron1 = p1[2]
        self.role1 = rng.choice(ROLES)
        self.org, self.org2 = rng.sample(COMPANIES, 2)
        self.town, self.town2 = rng.sample(TOWNS, 2)
        self.country, self.country2 = rng.sample(COUNTRIES, 2)
        self.day, self.day2 = rng.sample(DAYS, 2)
        self.month, self.month2 = rng.sample(MONTHS, 2)
        self.topic = rng.choice(TOPICS)
        self.product = rng.choice(PRODUCTS)
        self.vehicle = rng.choice(VEHICLES)
        self.reason = rng.choice(REASONS)
        self.jobs = rng.choice([40, 120, 250, 300, 450, 500, 800, 1200, 2000, 3500])
        self.pct = rng.choice([3, 4, 5, 6, 8, 9, 12, 15, 18, 22, 30])
        self.hurt = rng.choice([2, 3, 4, 5, 6, 7, 9, 12, 14, 20])
        self.votes_for = rng.choice([151, 176, 203, 214, 238, 260])
        self.votes_against = rng.choice([88, 97, 120, 131, 140])
        self.rate = rng.choice(["2.5", "3", "3.25", "4", "4.75", "5.5"])
        self.year = rng.choice([2019, 2021, 2022, 2023, 2024, 2025])
        more.init_story(self, rng)


def num_text(rng, n):
    return NUMWORDS[n] if n in NUMWORDS and rng.random() < 0.5 else f"{n:,}"


# Each fact: dict(base=[premise variants], ent={kind: [hyps]}, con={kind: [hyps]}, extra=[added-detail neutral hyps])
def facts(s, rng):
    F = []
    he = s.pron1
    his = {"he": "his", "she": "her"}[he]
    n, m = s.jobs, diff_num(rng, s.jobs)
    F.append(dict(
        base=[f"{s.org} will cut {n:,} jobs at its {s.town} plant, the company said on {s.day}.",
              f"{s.org} said on {s.day} that it would shed {n:,} jobs at its factory in {s.town}."],
        ent=dict(drop_modifier=[f"{s.org} will cut jobs.", f"{s.org} will cut {n:,} jobs."],
                 paraphrase=[f"{s.org} plans to eliminate {n:,} positions in {s.town}.",
                             f"About {n:,} workers at the {s.org} plant in {s.town} will lose their jobs."]),
        con=dict(number=[f"Only {m:,} positions will be affected at {s.org}.", f"{s.org} will cut {m:,} jobs in {s.town}."],
                 negation=[f"{s.org} will not cut any jobs at its {s.town} plant.",
                           f"No jobs will be lost at the {s.org} factory in {s.town}."],
                 antonym=[f"{s.org} will hire {n:,} new workers at its {s.town} plant.",
                          f"{s.org} is adding {n:,} jobs in {s.town}."],
                 reported_vs_official=[f"{s.org} denied reports that it plans to cut jobs in {s.town}."],
                 date=[f"{s.org} announced the job cuts on {s.day2}, not on {s.day}."]),
        extra=[f"{s.org} will cut {n:,} jobs in {s.town} {s.reason}.",
               f"The {n:,} job cuts at {s.org} will be completed by {s.month}."]))
    p, q = s.pct, diff_num(rng, s.pct)
    F.append(dict(
        base=[f"{s.org} reported a {p} percent rise in quarterly profit on {s.day}.",
              f"Quarterly profit at {s.org} climbed {p} percent, the company reported."],
        ent=dict(drop_modifier=[f"{s.org} reported a rise in profit.", f"Profit at {s.org} rose."],
                 paraphrase=[f"{more.poss(s.org)} quarterly earnings increased by {p} percent.",
                             f"{s.org} said its profit for the quarter was up {p} percent."]),
        con=dict(number=[f"{s.org} reported a {q} percent rise in quarterly profit.",
                         f"Profit at {s.org} rose by just {q} percent."],
                 antonym=[f"{s.org} reported a {p} percent fall in quarterly profit.",
                          f"Quarterly profit at {s.org} dropped {p} percent."],
                 negation=[f"{more.poss(s.org)} quarterly profit did not rise.", f"{s.org} did not report any rise in profit."]),
        extra=[f"{s.org} reported a {p} percent rise in profit thanks to strong sales of {s.product}."]))
    F.append(dict(
        base=[f"Sales volumes at {s.org} were flat in the quarter.", f"{s.org} sold about the same number of {s.product} as a year earlier."],
        ent=dict(paraphrase=[f"{more.poss(s.org)} sales volumes did not change much in the quarter."]),
        con=dict(antonym=[f"Sales volumes at {s.org} surged in the quarter."],
                 negation=[f"Sales volumes at {s.org} were not flat; they fell sharply."]),
        extra=[]))
    F.append(dict(
        base=[f"{s.name1}, the {s.role1}, will resign next month, officials said.",
              f"Officials said {s.role1} {s.name1} would step down next month."],
        ent=dict(drop_modifier=[f"{s.name1} will resign.", f"{s.name1} is leaving {his} post."],
                 paraphrase=[f"According to officials, {s.name1} is stepping down next month."]),
        con=dict(reported_vs_official=[f"{s.name1} said {he} is staying in the job.",
                                       f"{s.name1} told reporters {he} has no plans to resign."],
                 negation=[f"{s.name1} will not resign.", f"{s.name1} is not stepping down."],
                 date=[f"{s.name1} resigned last year."],
                 person=[f"{s.name3}, not {s.name1}, is the official who will resign next month."]),
        extra=[f"{s.name1} will resign next month {s.reason}.", f"{s.name1} will be replaced by {s.name3}."]))
    F.append(dict(
        base=[f"{s.name1} met {s.name2} in {s.town} on {s.day} to discuss {s.topic}.",
              f"On {s.day}, {s.name1} and {s.name2} held talks in {s.town} on {s.topic}."],
        ent=dict(drop_modifier=[f"{s.name1} met {s.name2}.", f"{s.name1} and {s.name2} held talks in {s.town}."],
                 paraphrase=[f"{s.name2} and {s.name1} discussed {s.topic} at a meeting in {s.town}."]),
        con=dict(place=[f"{s.name1} met {s.name2} in {s.town2} on {s.day}.", f"The talks between {s.name1} and {s.name2} took place in {s.town2}."],
                 date=[f"{s.name1} met {s.name2} on {s.day2}.", f"The meeting between {s.name1} and {s.name2} was held on {s.day2}."],
                 person=[f"{s.name1} met {s.name3} in {s.town} on {s.day}, not {s.name2}."],
                 negation=[f"{s.name1} did not meet {s.name2}.", f"{s.name1} and {s.name2} have never met."]),
        extra=[f"{s.name1} and {s.name2} reached a deal on {s.topic} in {s.town}.",
               f"{s.name1} met {s.name2} in {s.town} for the first time since {s.year}."]))
    F.append(dict(
        base=[f"There is a rift between {s.last1} and {s.last2} over {s.topic}.",
              f"{s.name1} and {s.name2} have fallen out over {s.topic}."],
        ent=dict(paraphrase=[f"{s.last1} and {s.last2} disagree about {s.topic}."],
                 drop_modifier=[f"There is a rift between {s.last1} and {s.last2}."]),
        con=dict(denial=[f"There is no rift between the two.", f"{s.last1} and {s.last2} remain on good terms.",
                         f"{s.last2} denied any rift with {s.last1}."],
                 negation=[f"There is no disagreement between {s.last1} and {s.last2} over {s.topic}."]),
        extra=[f"The rift between {s.last1} and {s.last2} began in {s.month}."]))
    a, b = s.votes_for, s.votes_against
    a2 = diff_num(rng, a)
    F.append(dict(
        base=[f"Lawmakers in {s.country} approved the bill on {s.topic} by {a} votes to {b} on {s.day}.",
              f"The {s.country} parliament passed the {s.topic} bill, {a} to {b}."],
        ent=dict(drop_modifier=[f"Lawmakers in {s.country} approved the bill on {s.topic}."],
                 paraphrase=[f"The bill on {s.topic} was passed by the parliament of {s.country}."]),
        con=dict(antonym=[f"Lawmakers in {s.country} rejected the bill on {s.topic}.", f"The {s.topic} bill was voted down in {s.country}."],
                 number=[f"The {s.topic} bill passed by {a2} votes to {b}."],
                 place=[f"The {s.topic} bill was approved in {s.country2}, not in {s.country}."],
                 negation=[f"The {s.country} parliament has not voted on the {s.topic} bill."]),
        extra=[f"The {s.topic} bill will take effect in {s.month}."]))
    h, h2 = s.hurt, diff_num(rng, s.hurt)
    F.append(dict(
        base=[f"{num_text(rng, h).capitalize()} people were injured when a {s.vehicle} crashed near {s.town} on {s.day}.",
              f"A {s.vehicle} crash near {s.town} on {s.day} left {num_text(rng, h)} people injured, police said."],
        ent=dict(drop_modifier=[f"People were injured in a {s.vehicle} crash.", f"A {s.vehicle} crashed near {s.town}."],
                 paraphrase=[f"Police said {h} people were hurt in a {s.vehicle} accident near {s.town}."]),
        con=dict(number=[f"{num_text(rng, h2).capitalize()} people were injured in the {s.vehicle} crash near {s.town}."],
                 negation=[f"No one was injured when the {s.vehicle} crashed near {s.town}.",
                           f"The {s.vehicle} did not crash."],
                 place=[f"The {s.vehicle} crashed near {s.town2}, not near {s.town}."],
                 date=[f"The {s.vehicle} crash happened on {s.day2}."],
                 reported_vs_official=[f"Police said the reports of a {s.vehicle} crash near {s.town} were false."]),
        extra=[f"The {s.vehicle} crash near {s.town} was caused by ice on the road.",
               f"The driver of the {s.vehicle} was arrested after the crash."]))
    F.append(dict(
        base=[f"{s.org2} raised the price of its {s.product} by {p} percent in {s.month}.",
              f"In {s.month}, {s.org2} put up prices for its {s.product} by {p} percent."],
        ent=dict(drop_modifier=[f"{s.org2} raised prices.", f"{s.org2} made its {s.product} more expensive."],
                 paraphrase=[f"{more.poss(s.org2)} {s.product} became {p} percent more expensive in {s.month}."]),
        con=dict(antonym=[f"{s.org2} cut the price of its {s.product} by {p} percent.", f"{s.org2} made its {s.product} cheaper."],
                 number=[f"{s.org2} raised the price of its {s.product} by {q} percent."],
                 date=[f"{s.org2} raised its prices in {s.month2}, not in {s.month}."],
                 negation=[f"{s.org2} has not changed the price of its {s.product}."]),
        extra=[f"{s.org2} raised prices {s.reason}."]))
    F.append(dict(
        base=[f"Workers at {s.org2} went on strike in {s.town} on {s.day}.",
              f"Staff at the {s.org2} site in {s.town} walked out on {s.day}."],
        ent=dict(drop_modifier=[f"Workers at {s.org2} went on strike."],
                 paraphrase=[f"A strike began at {s.org2} in {s.town} on {s.day}."]),
        con=dict(antonym=[f"Workers at {s.org2} in {s.town} returned to work on {s.day}."],
                 negation=[f"Workers at {s.org2} did not go on strike.", f"There was no strike at {s.org2}."],
                 reported_vs_official=[f"{s.org2} said all its {s.town} staff were at work as normal on {s.day}."],
                 date=[f"The strike at {s.org2} started on {s.day2}."]),
        extra=[f"Workers at {s.org2} went on strike over pay.", f"The strike at {s.org2} is expected to last a week."]))
    F.append(dict(
        base=[f"Police arrested {s.name3} in {s.town} on {s.day}.", f"{s.name3} was detained by police in {s.town} on {s.day}."],
        ent=dict(drop_modifier=[f"{s.name3} was arrested."], paraphrase=[f"{s.name3} was taken into custody in {s.town}."]),
        con=dict(antonym=[f"Police released {s.name3} without charge on {s.day}, after holding {s.name3.split()[1]} for a month."],
                 negation=[f"{s.name3} has not been arrested.", f"Police have not detained {s.name3}."],
                 person=[f"Police arrested {s.name2}, not {s.name3}, in {s.town}."],
                 reported_vs_official=[f"Police said no arrest had been made in {s.town}."],
                 place=[f"{s.name3} was arrested in {s.town2}, not in {s.town}."]),
        extra=[f"{s.name3} was arrested on suspicion of fraud.", f"{s.name3} will appear in court in {s.month}."]))
    F.append(dict(
        base=[f"The central bank of {s.country} raised its main interest rate to {s.rate} percent on {s.day}.",
              f"{s.country}'s central bank lifted its key rate to {s.rate} percent."],
        ent=dict(drop_modifier=[f"The central bank of {s.country} raised interest rates."],
                 paraphrase=[f"Borrowing costs in {s.country} went up after the central bank increased its key rate."]),
        con=dict(antonym=[f"The central bank of {s.country} cut its main interest rate on {s.day}."],
                 negation=[f"The central bank of {s.country} left interest rates unchanged.",
                           f"{s.country}'s central bank did not raise rates."],
                 number=[f"The central bank of {s.country} raised its main rate to {other(rng, ['2.5', '3', '3.25', '4', '4.75', '5.5'], s.rate)} percent."]),
        extra=[f"The central bank of {s.country} raised rates to fight inflation."]))
    F.append(dict(
        base=[f"{s.org} opened a new warehouse in {s.town} in {s.month} {s.year}.",
              f"In {s.month} {s.year}, {s.org} opened a warehouse in {s.town}."],
        ent=dict(drop_modifier=[f"{s.org} opened a new warehouse.", f"{s.org} opened a warehouse in {s.town}."],
                 paraphrase=[f"A new {s.org} warehouse started operating in {s.town} in {s.year}."]),
        con=dict(antonym=[f"{s.org} closed its warehouse in {s.town} in {s.month} {s.year}."],
                 date=[f"{s.org} opened its {s.town} warehouse in {s.year - 3}.", f"The {s.town} warehouse of {s.org} opened in {s.month2} {s.year}, not {s.month}."],
                 place=[f"{s.org} opened the new warehouse in {s.town2}, not in {s.town}."],
                 negation=[f"{s.org} has never had a warehouse in {s.town}."]),
        extra=[f"The new {s.org} warehouse in {s.town} cost more than expected."]))
    F = [more.F(f["base"], f["ent"], f["con"], f["extra"]) for f in F]  # a/an fix; no side statements here
    F += more.more_facts(s, rng)
    return F


def generate(n_stories, seed):
    rng = random.Random(seed)
    stories = [Story(rng) for _ in range(n_stories)]
    all_facts = [facts(s, rng) for s in stories]
    out = []

    def add(p, h, label, kind, sid, swap_ok=False):
        if swap_ok and rng.random() < 0.5:
            p, h = h, p
        out.append(dict(premise=p, hypothesis=h, label=label, kind=kind, story=sid, source="news_gen"))

    for sid, F in enumerate(all_facts):
        # per story: a subset of facts, so the mix stays varied without being huge
        for f in rng.sample(F, 4):
            prem = rng.choice(f["base"])
            if rng.random() < 0.85:
                ek = rng.choice(sorted(f["ent"]))
                add(prem, rng.choice(f["ent"][ek]), "entailment", ek, sid)
            for ck in rng.sample(sorted(f["con"]), min(len(f["con"]), 1 + (rng.random() < 0.25))):
                add(prem, rng.choice(f["con"][ck]), "contradiction", ck, sid, swap_ok=True)
            if f["extra"] and rng.random() < 0.6:
                add(prem, rng.choice(f["extra"]), "neutral", "added_detail", sid)
        # related but independent: two different facts of the same story (both directions possible), or a fact
        # and an independent background statement about the same entities (its `side` list)
        for _ in range(2):
            f1, f2 = rng.sample(F, 2)
            if f1.get("side") and rng.random() < 0.4:
                add(rng.choice(f1["base"]), rng.choice(f1["side"]), "neutral", "related_neutral", sid)
            else:
                add(rng.choice(f1["base"]), rng.choice(f2["base"] + sum(f2["ent"].values(), [])), "neutral",
                    "related_neutral", sid)
        # unrelated: a fact of another story
        # (a different fact type, so "same template, other entities" is never labelled neutral)
        o = rng.randrange(n_stories)
        if o != sid:
            i, j = rng.sample(range(len(F)), 2)
            add(rng.choice(F[i]["base"]), rng.choice(all_facts[o][j]["base"]), "neutral", "unrelated", sid)
    rng.shuffle(out)
    return out


def vocabulary():
    """Names/places/organisations used by the generator (for the overlap check against the hand-written set)."""
    words = set()
    for f, l, _ in PEOPLE:
        words |= {f, l}
    for x in COMPANIES + TOWNS + COUNTRIES:
        words.add(x)
    return words | more.vocabulary_more()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n-stories", type=int, default=700)
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--out", default="news_gen.jsonl")
    a = ap.parse_args()
    rows = generate(a.n_stories, a.seed)
    with open(a.out, "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(rows), Counter(r["label"] for r in rows), Counter(r["kind"] for r in rows))


if __name__ == "__main__":
    main()
