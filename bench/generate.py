#!/usr/bin/env python3
"""Synthetic diplomatic news reports for `diplokg bench` at scale.

Writes N plain-text documents built from sentence templates filled with names from DiploKG's own gazetteers
(src/main/resources/org/diplokg/extract/gazetteer): countries, cities with their country, organisations. Every
document has a dateline, a signing, a meeting with its place, date and host, and a few sentences of filler, so the
whole pipeline (NER, SUTime, the parse, the rules, the resolver) has work of the usual kind. The same seed gives
the same documents.

    python3 bench/generate.py --count 300 --out /tmp/gen300
    java -Xmx3g -jar target/diplokg.jar bench --quiet --json gen300.json /tmp/gen300
"""
import argparse
import datetime
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
GAZETTEER = os.path.join(HERE, "..", "src", "main", "resources", "org", "diplokg", "extract", "gazetteer")

AGREEMENT_KINDS = ["Memorandum of Understanding on {topic} Cooperation", "Joint Declaration on {topic}",
                   "Action Plan for {topic} Cooperation", "Framework Agreement on {topic}",
                   "Joint Statement on {topic} Partnership"]
EVENT_KINDS = ["{ordinal} {org} Summit", "{ordinal} Ministerial Meeting of the {org}",
               "{year} {region} Forum on {topic}", "{ordinal} Joint Commission on {topic}"]
TOPICS = ["Green Hydrogen", "Digital Economy", "Fisheries", "Maritime Security", "Cultural Exchange",
          "Public Health", "Trade Facilitation", "Renewable Energy", "Cybersecurity", "Agricultural Research",
          "Disaster Risk Reduction", "Customs", "Higher Education", "Civil Aviation", "Water Resources"]
ORDINALS = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
            "11th", "12th", "15th", "20th", "24th"]
REGIONS = ["Asia-Pacific", "Eurasian", "Mediterranean", "Pacific Islands", "Central Asian", "Caribbean"]
FILLER = [
    "Officials said the talks covered trade, investment and people-to-people exchanges.",
    "Both sides agreed to strengthen communication at all levels and to expand practical cooperation.",
    "The delegations also discussed regional and international issues of common concern.",
    "Observers noted that the meeting came at a time of rapid change in the global economy.",
    "The participants welcomed the progress made since their last meeting.",
    "Further details of the programme will be announced by the secretariat in due course.",
]


def load(name, columns):
    rows = []
    with open(os.path.join(GAZETTEER, name), encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if not l.startswith("#") and l.strip()]
    for line in lines[1:]:
        cells = (line.split("\t") + [""] * columns)[:columns]
        rows.append(cells)
    return rows


def document(rng, i, countries, cities, orgs):
    a, b = rng.sample(countries, 2)
    city, city_country = rng.choice(cities)
    org = rng.choice(orgs)
    topic = rng.choice(TOPICS)
    day = datetime.date(2018, 1, 1) + datetime.timedelta(days=rng.randrange(2500))
    agreement = rng.choice(AGREEMENT_KINDS).format(topic=topic)
    event = rng.choice(EVENT_KINDS).format(ordinal=rng.choice(ORDINALS), org=org, year=day.year,
                                          region=rng.choice(REGIONS), topic=rng.choice(TOPICS))
    minister = rng.choice(["Maria Alvarez", "Chen Wei", "Amina Diallo", "Lars Nilsson", "Rahul Mehta",
                           "Sofia Rossi", "Kenji Sato", "Fatima Haddad", "Peter Novak", "Ana Costa"])
    date = f"{day.day} {day:%B %Y}"
    lines = [
        f"{a} and {b} sign {topic.lower()} agreement",
        "",
        f"{city}, {city_country}, {date}",
        "",
        f"{a} and {b} signed the {agreement} in {city} on {day:%B} {day.day}, {day.year}.",
        f"The {event} was held in {city} from {day.day} to {day.day + 2} {day:%B %Y} and was hosted by "
        f"{city_country}." if day.day <= 26 else f"The {event} was held in {city} on {date} and was hosted by "
        f"{city_country}.",
        f"The agreement was adopted at the {event}, which was attended by representatives of {a}, {b} and the {org}.",
        f"Foreign Minister {minister} of {a} said the {agreement} would open a new chapter in relations with {b}.",
    ]
    lines += rng.sample(FILLER, 3)
    lines.append(f"The next meeting will take place in {rng.choice(cities)[0]} in {day.year + 1}.")
    return "\n".join(lines[:4]) + "\n" + " ".join(lines[4:]) + "\n"


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--count", type=int, required=True, help="documents to write")
    p.add_argument("--out", required=True, help="folder to write them to (created)")
    p.add_argument("--seed", type=int, default=10)
    args = p.parse_args()
    countries = [r[0] for r in load("countries.tsv", 3)]
    cities = [(r[0], r[3]) for r in load("places.tsv", 4) if r[2] in ("city", "capital") and r[3]]
    orgs = [r[1].split("|")[0] if r[1] else r[0] for r in load("organizations.tsv", 4)]
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    for i in range(args.count):
        with open(os.path.join(args.out, f"gen-{i:05d}.txt"), "w", encoding="utf-8") as f:
            f.write(document(rng, i, countries, cities, orgs))
    print(f"{args.count} documents in {args.out}")


if __name__ == "__main__":
    main()
