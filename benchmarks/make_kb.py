"""Write a synthetic but realistic knowledge base for benchmarks and scale tests.

    python benchmarks/make_kb.py --sites 10000 --out /tmp/kb10k [--seed 1]

DIR/sites/*.yml and DIR/sources/*.yml + DIR/sources/texts/*.txt, in the format of content/:

- about one site in ten is a city; the others are monuments `part_of` a city, and a few are
  part of a monument (a shrine inside a citadel), so `part_of` chains are up to three deep;
- names in several languages and scripts: Arabic (right to left), Greek, Latin, French,
  Arabic in Latin letters;
- five events a site, dated in EDTF: BCE years (`-0611`), approximate years (`0216~`), years,
  months, days, intervals (`2015-05/2016-03`), and a few undated ones; some `reported`;
- one source article for every ten sites or so: each event's quote is a sentence of the
  article's text (a second source backs some events), and no event is dated after the source
  that reports it was published; every text carries its sha256.

The result passes the checks with zero problems. Deterministic: the same --sites and --seed
write the same bytes.
"""
from __future__ import annotations

import argparse
import hashlib
import random
import shutil
import sys
from pathlib import Path

import yaml

_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

SYLLABLES = ["al", "an", "bar", "qas", "tad", "mur", "hal", "ab", "dur", "ni", "ra", "sel", "ka", "mar",
             "tel", "bos", "ham", "zei", "nob", "apa", "me", "du", "eu", "ros", "sa", "ba", "ta", "ki",
             "lo", "ne", "hat", "ra", "shu", "lim", "kur", "zan", "om", "il", "ur", "ish", "tar", "gu"]

# kind -> (English pattern, Arabic word, Greek word, Latin word, French pattern)
KINDS = {
    "temple": ("Temple of {}", "معبد", "Ναός", "Templum", "Temple de {}"),
    "arch": ("Arch of {}", "قوس", "Αψίδα", "Arcus", "Arc de {}"),
    "citadel": ("Citadel of {}", "قلعة", "Ακρόπολη", "Arx", "Citadelle de {}"),
    "castle": ("{} Castle", "قلعة", "Κάστρο", "Castellum", "Château de {}"),
    "shrine": ("Shrine of {}", "مزار", "Ιερό", "Sacellum", "Sanctuaire de {}"),
    "tomb": ("Tomb of {}", "قبر", "Τάφος", "Sepulcrum", "Tombeau de {}"),
    "mosque": ("Mosque of {}", "مسجد", "Τέμενος", "Masgida", "Mosquée de {}"),
    "church": ("Church of Saint {}", "كنيسة", "Εκκλησία", "Ecclesia", "Église Saint-{}"),
    "monastery": ("Monastery of Saint {}", "دير", "Μονή", "Monasterium", "Monastère Saint-{}"),
    "museum": ("{} Museum", "متحف", "Μουσείο", "Museum", "Musée de {}"),
    "library": ("Library of {}", "مكتبة", "Βιβλιοθήκη", "Bibliotheca", "Bibliothèque de {}"),
    "theatre": ("Theatre of {}", "مسرح", "Θέατρο", "Theatrum", "Théâtre de {}"),
    "palace": ("Palace of {}", "قصر", "Ανάκτορο", "Palatium", "Palais de {}"),
    "gate": ("{} Gate", "باب", "Πύλη", "Porta", "Porte de {}"),
    "wall": ("Walls of {}", "سور", "Τείχη", "Muri", "Remparts de {}"),
    "colonnade": ("Colonnade of {}", "رواق", "Κιονοστοιχία", "Porticus", "Colonnade de {}"),
    "necropolis": ("Necropolis of {}", "مقبرة", "Νεκρόπολη", "Necropolis", "Nécropole de {}"),
    "statue": ("Statue of {}", "تمثال", "Άγαλμα", "Statua", "Statue de {}"),
}
INNER = ["shrine", "tomb", "gate", "statue", "library"]  # kinds that stand inside another monument

AR = [("sh", "ش"), ("kh", "خ"), ("th", "ث"), ("gh", "غ"), ("a", "ا"), ("b", "ب"), ("t", "ت"), ("j", "ج"),
      ("h", "ح"), ("d", "د"), ("r", "ر"), ("z", "ز"), ("s", "س"), ("q", "ق"), ("k", "ك"), ("l", "ل"),
      ("m", "م"), ("n", "ن"), ("w", "و"), ("u", "و"), ("o", "و"), ("y", "ي"), ("i", "ي"), ("e", "ي"),
      ("f", "ف"), ("g", "غ"), ("p", "ب"), ("v", "ف"), ("c", "ك"), ("x", "كس")]
EL = [("th", "θ"), ("ch", "χ"), ("ps", "ψ"), ("sh", "σ"), ("kh", "χ"), ("a", "α"), ("b", "β"), ("g", "γ"),
      ("d", "δ"), ("e", "ε"), ("z", "ζ"), ("i", "ι"), ("k", "κ"), ("c", "κ"), ("q", "κ"), ("l", "λ"),
      ("m", "μ"), ("n", "ν"), ("x", "ξ"), ("o", "ο"), ("p", "π"), ("r", "ρ"), ("s", "σ"), ("t", "τ"),
      ("u", "ου"), ("f", "φ"), ("w", "ω"), ("y", "υ"), ("j", "ι"), ("v", "β"), ("h", "")]

REGIONS = ["Syrian desert", "upper Euphrates valley", "Orontes valley", "Khabur plain", "Tigris valley",
           "Hauran plateau", "Jazira steppe", "coastal mountains", "Bekaa valley", "Nineveh plains"]
PUBLISHERS = ["CNN", "BBC News", "Reuters", "Al Jazeera", "The Guardian", "Agence France-Presse",
              "Associated Press", "Le Monde", "Der Spiegel", "The Art Newspaper"]
OCCUPIERS = ["ISIS", "Jabhat al-Nusra", "rebel brigades", "government forces"]
LIBERATORS = ["the Syrian army and allied militias", "Kurdish-led forces", "Iraqi security forces",
              "coalition-backed fighters"]
ANCIENT = [("Assyrians", "the Assyrian king's masons"), ("Romans", "Roman engineers"),
           ("Nabataeans", "Nabataean builders"), ("Byzantines", "Byzantine builders"),
           ("Umayyads", "Umayyad builders"), ("Seleucids", "Seleucid architects")]
FILLER = [
    "Residents who fled the fighting described the area as largely deserted.",
    "Archaeologists have long warned that the region's monuments were at risk.",
    "Satellite images analysed by researchers show the extent of the changes.",
    "Local officials said the damage was still being assessed.",
    "The antiquities department has not commented on the claims.",
    "Heritage experts called for an urgent survey of the site.",
    "Much of the population had already left by the time the fighting reached the outskirts.",
    "Smugglers are believed to have moved artefacts across the border.",
    "The United Nations cultural agency said it was “deeply concerned” by the reports.",
    "Experts say it could take years to assess what was lost.",
]


def _translit(text: str, table) -> str:
    out, i, low = [], 0, text.lower()
    while i < len(low):
        for latin, other in table:
            if low.startswith(latin, i):
                out.append(other)
                i += len(latin)
                break
        else:
            out.append(low[i] if not low[i].isalpha() else "")
            i += 1
    return "".join(out)


def _greek(text: str) -> str:
    word = _translit(text, EL)
    word = word[:-1] + "ς" if word.endswith("σ") else word
    return word[:1].upper() + word[1:]


def _slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() and c.isascii() else " " for c in text.lower()).split())


def _year(y: int, approx: bool = False) -> str:
    text = f"-{abs(y):04d}" if y < 0 else f"{y:04d}"
    return text + ("~" if approx else "")


def _label_year(y: int) -> str:
    return f"{1 - y} BC" if y <= 0 else (f"AD {y}" if y < 100 else str(y))


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


class Maker:
    def __init__(self, n_sites: int, seed: int):
        self.rnd = random.Random(seed)
        self.n = n_sites
        self.used_names: set[str] = set()
        self.used_ids: set[str] = set()
        self.sites: list[dict] = []
        self.sources: list[dict] = []
        self.texts: dict[str, list[str]] = {}

    # names ---------------------------------------------------------------------------------
    def proper(self, lo: int = 2, hi: int = 3) -> str:
        word = "".join(self.rnd.choice(SYLLABLES) for _ in range(self.rnd.randint(lo, hi)))
        return word.capitalize()

    def unique(self, make) -> tuple[str, str]:
        for _ in range(1000):
            name = make()
            sid = _slug(name)
            if name not in self.used_names and sid not in self.used_ids and len(sid) > 3:
                self.used_names.add(name)
                self.used_ids.add(sid)
                return name, sid
        raise RuntimeError("ran out of names")

    # sites ---------------------------------------------------------------------------------
    def make_sites(self) -> None:
        n_cities = max(1, self.n // 10)
        cities = []
        for _ in range(n_cities):
            name, sid = self.unique(lambda: self.proper(2, 3))
            lat, lon = round(self.rnd.uniform(29.5, 37.5), 5), round(self.rnd.uniform(35.5, 47.5), 5)
            site = dict(id=sid, name=name, kind="city", part_of=None, lat=lat, lon=lon, root=name,
                        region=self.rnd.choice(REGIONS), children=[])
            cities.append(site)
            self.sites.append(site)
        monuments = []
        for i in range(self.n - n_cities):
            city = cities[i % n_cities]
            parent = city
            kind = self.rnd.choice(list(KINDS))
            big = [m for m in city["children"] if m["kind"] in ("citadel", "palace", "temple", "monastery")]
            if big and self.rnd.random() < 0.15:  # a shrine inside a citadel: a chain three deep
                parent = self.rnd.choice(big)
                kind = self.rnd.choice(INNER)
            pattern = KINDS[kind][0]
            name, sid = self.unique(lambda: pattern.format(self.proper(2, 3)))
            deity = name  # the proper name in it, for the names in other languages
            for part in pattern.split("{}"):
                if part:
                    deity = deity.replace(part, "")
            location = None
            if self.rnd.random() > 0.05:  # a few monuments not yet located
                # near the parent (a shrine near its citadel, within the check's 5 km), else the city
                near = parent if parent["lat"] is not None else city
                spread = 0.02 if near is city else 0.01
                location = (round(near["lat"] + self.rnd.uniform(-spread, spread), 5),
                            round(near["lon"] + self.rnd.uniform(-spread, spread), 5))
            site = dict(id=sid, name=name, kind=kind, part_of=parent["id"], city=city, root=deity.strip(),
                        lat=location[0] if location else None, lon=location[1] if location else None,
                        region=city["region"], children=[])
            parent["children"].append(site)
            if parent is not city:
                city["children"].append(site)
            monuments.append(site)
            self.sites.append(site)

    def other_names(self, site: dict) -> list[dict]:
        root = site["root"]
        if site["kind"] == "city":
            names = [{"name": _translit(root, AR), "lang": "ar"}, {"name": _greek(root), "lang": "grc"},
                     {"name": root + "a" if not root.endswith("a") else root + "na", "lang": "la"}]
            if self.rnd.random() < 0.5:
                names.append({"name": "Tell " + root, "lang": "ar-Latn"})
            return names
        _, ar, el, la, fr = KINDS[site["kind"]]
        names = [{"name": f"{ar} {_translit(root, AR)}", "lang": "ar"},
                 {"name": f"{el} {_greek(root)}", "lang": "el"}]
        if self.rnd.random() < 0.5:
            names.append({"name": f"{la} {root}i", "lang": "la"})
        if self.rnd.random() < 0.4:
            names.append({"name": fr.format(root), "lang": "fr"})
        return names

    # sources -------------------------------------------------------------------------------
    def make_sources(self) -> None:
        n_sources = max(2, self.n // 10)
        for i in range(n_sources):
            publisher = PUBLISHERS[i % len(PUBLISHERS)]
            year = 2021 + (i * 7) % 4  # after every event it reports (the latest end in 2020)
            month = 1 + (i * 5) % 12
            day = 1 + (i * 11) % 28
            sid = f"{_slug(publisher)}-{year}-{i + 1:05d}"
            self.sources.append(dict(id=sid, publisher=publisher, published=f"{year}-{month:02d}-{day:02d}",
                                     url=f"https://news.example.org/{year}/{month:02d}/{day:02d}/heritage-{i + 1}"))
            self.texts[sid] = []

    def sentence(self, source: dict, text: str) -> tuple[str, str]:
        self.texts[source["id"]].append(text)
        return source["id"], text

    def events(self, site: dict, primary: dict, second: dict) -> list[dict]:
        rnd = self.rnd
        name = site["name"] if site["kind"] != "city" else f"city of {site['name']}"
        where = f" in {site['city']['name']}" if site.get("city") else ""
        out = []
        # 1. built: a BCE year, or an approximate year AD
        people, builders = rnd.choice(ANCIENT)
        if rnd.random() < 0.4:
            y = -rnd.randint(300, 900)
            date, label = _year(y), _label_year(y)
            quote = f"The {name}{where} was completed in {label}, according to an inscription found on the site."
            summary = f"The {name} was completed in {label}."
        else:
            y = rnd.randint(10, 1300)
            age = 2016 - y
            date, label = _year(y, approx=True), _label_year(y)
            quote = f"The {name}{where}, which is nearly {age:,} years old, was raised by {builders}."
            summary = f"{builders.capitalize()} raised the {name} around {label}."
        out.append(dict(type="built", date=date, actor=people, certainty="confirmed", summary=summary,
                        evidence=[self.ev(primary, quote)]))
        # 2. inscribed on a heritage list: a year or a month
        y = rnd.randint(1979, 2012)
        if rnd.random() < 0.5:
            date, label = _year(y), str(y)
        else:
            m = rnd.randint(1, 12)
            date, label = f"{y}-{m:02d}", f"{MONTHS[m - 1]} {y}"
        quote = f"The {name} was added to the national heritage register in {label}."
        out.append(dict(type="inscribed", date=date, actor="Directorate-General of Antiquities", certainty="confirmed",
                        summary=f"The {name} was put on the national heritage register.",
                        evidence=[self.ev(primary, quote)]))
        # 3. seized: a day or a month, some only reported
        actor = rnd.choice(OCCUPIERS)
        y, m, d = rnd.randint(2012, 2015), rnd.randint(1, 12), rnd.randint(1, 28)
        reported = rnd.random() < 0.25
        if rnd.random() < 0.6:
            date, label = f"{y}-{m:02d}-{d:02d}", f"on {MONTHS[m - 1]} {d}, {y}"
        else:
            date, label = f"{y}-{m:02d}", f"in {MONTHS[m - 1]} {y}"
        verb = "reportedly seized" if reported else "seized"
        quote = f"{actor[0].upper() + actor[1:]} {verb} the area around the {name} {label}."
        evidence = [self.ev(primary, quote)]
        if rnd.random() < 0.3:  # a second article tells it too, some with their own reading of the date
            other = f"Fighters from {actor} took the {name}{where} in {MONTHS[m - 1]} {y}, witnesses said."
            evidence.append(self.ev(second, other, date=f"{y}-{m:02d}" if len(date) > 7 else None))
        out.append(dict(type="seized", date=date, actor=actor, certainty="reported" if reported else "confirmed",
                        summary=f"{actor[0].upper() + actor[1:]} seized the {name}.", evidence=evidence))
        # 4. harm: an interval while the site was held, a day, or undated
        harm = rnd.choice(["damaged", "looted"] if site["kind"] == "city" else ["damaged", "destroyed", "looted", "damaged"])
        verb = {"damaged": "damaged", "destroyed": "blew up", "looted": "looted"}[harm]
        end_y = y + 1
        form = rnd.random()
        if form < 0.5:
            em = rnd.randint(1, 12)
            date = f"{y}-{m:02d}/{end_y}-{em:02d}"
            quote = f"Militants {verb} the {name} at some point between {MONTHS[m - 1]} {y} and {MONTHS[em - 1]} {end_y}."
        elif form < 0.85:
            dd = rnd.randint(1, 28)
            date = f"{end_y}-{m:02d}-{dd:02d}"
            quote = f"On {MONTHS[m - 1]} {dd}, {end_y}, militants {verb} the {name}, activists said."
        else:
            date = None
            quote = f"Militants {verb} the {name}, though it is not known when."
        reported = "activists said" in quote or rnd.random() < 0.2
        out.append(dict(type=harm, date=date, actor=actor, certainty="reported" if reported else "confirmed",
                        summary=f"The {name} was {harm} while {actor} held it.", evidence=[self.ev(primary, quote)]))
        # 5. recaptured or restored: a day, or an interval of works
        if rnd.random() < 0.6:
            liberator = rnd.choice(LIBERATORS)
            dd, mm = rnd.randint(1, 28), rnd.randint(1, 12)
            date = f"{end_y + 1}-{mm:02d}-{dd:02d}"
            quote = f"{liberator[0].upper() + liberator[1:]} recaptured the {name} on {MONTHS[mm - 1]} {dd}, {end_y + 1}."
            out.append(dict(type="recaptured", date=date, actor=liberator, certainty="confirmed",
                            summary=f"{liberator[0].upper() + liberator[1:]} retook the {name}.",
                            evidence=[self.ev(primary, quote)]))
        else:
            y1 = rnd.randint(2017, 2019)
            date = f"{y1}-{rnd.randint(1, 6):02d}/{y1 + 1}-{rnd.randint(7, 12):02d}"
            quote = f"Restorers from the antiquities department repaired the {name} between {y1} and {y1 + 1}."
            out.append(dict(type="restored", date=date, actor="Directorate-General of Antiquities", certainty="confirmed",
                            summary=f"The {name} was restored.", evidence=[self.ev(primary, quote)]))
        return out

    def ev(self, source: dict, quote: str, date: str | None = None) -> dict:
        self.texts[source["id"]].append(quote)
        out = {"source": source["id"], "quote": quote}
        if date:
            out["date"] = date
        return out

    # writing -------------------------------------------------------------------------------
    def site_doc(self, site: dict) -> dict:
        rnd = self.rnd
        doc: dict = {"name": site["name"], "names": self.other_names(site), "kind": site["kind"]}
        if site["part_of"]:
            doc["part_of"] = site["part_of"]
        if site["lat"] is not None:
            doc["location"] = {"lat": site["lat"], "lon": site["lon"],
                               "source": "gazetteer" if site["kind"] == "city" else "manual"}
            if site["kind"] == "city":
                doc["location"]["provider"] = "geonames"
                doc["location"]["query"] = site["name"]
        ids = {"wikidata": f"Q{rnd.randint(1000, 99999999)}"}
        if rnd.random() < 0.5:
            ids["pleiades"] = str(rnd.randint(100000, 999999999))
        if site["kind"] == "city" and rnd.random() < 0.3:
            ids["unesco"] = str(rnd.randint(1, 1700))
        doc["identifiers"] = ids
        if site["kind"] == "city":
            kids = [c["name"] for c in site["children"][:3]]
            among = f"; its monuments include the {', the '.join(kids)}" if kids else ""
            doc["description"] = f"Ancient city in the {site['region']}{among}."
        else:
            near = [c for c in site["city"]["children"] if c is not site][:1]
            doc["description"] = (f"{site['kind'].capitalize()} in {site['city']['name']}, in the {site['region']}"
                                  + (f", near the {near[0]['name']}." if near else "."))
        doc["events"] = site["events"]
        return doc

    def make(self) -> None:
        self.make_sites()
        self.make_sources()
        n = len(self.sources)
        for i, site in enumerate(self.sites):
            primary = self.sources[(i // 10) % n]
            second = self.sources[(i // 10 + 1) % n]
            site["events"] = self.events(site, primary, second)
            city = site.get("city", site)["name"]
            if city not in primary.setdefault("places", []):
                primary["places"].append(city)

    def source_text(self, source: dict) -> str:
        rnd = random.Random(source["id"])
        paragraphs = [source["title"], ""]
        for sentence in dict.fromkeys(self.texts[source["id"]]):
            para = sentence
            if rnd.random() < 0.5:
                para += " " + rnd.choice(FILLER)
            paragraphs.append(para)
            paragraphs.append("")
        return "\n".join(paragraphs)


def write(out: Path, n_sites: int, seed: int = 1) -> dict:
    maker = Maker(n_sites, seed)
    maker.make()
    if out.exists():
        shutil.rmtree(out)
    (out / "sites").mkdir(parents=True)
    (out / "sources" / "texts").mkdir(parents=True)
    for site in maker.sites:
        text = yaml.dump(maker.site_doc(site), Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=4096)
        (out / "sites" / f"{site['id']}.yml").write_text(
            "# yaml-language-server: $schema=../../builder/schema/site.schema.json\n" + text, encoding="utf-8")
    for source in maker.sources:
        places = source.get("places") or ["the region"]
        source["title"] = f"Heritage at risk in {' and '.join(places[:2])}"
        body = maker.source_text(source).encode("utf-8")
        name = f"texts/{source['id']}.txt"
        (out / "sources" / name).write_bytes(body)
        doc = {"title": source["title"], "publisher": source["publisher"], "url": source["url"],
               "published": source["published"],
               "renditions": [{"file": name, "sha256": hashlib.sha256(body).hexdigest(), "note": "as published"}]}
        text = yaml.dump(doc, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=4096)
        (out / "sources" / f"{source['id']}.yml").write_text(
            "# yaml-language-server: $schema=../../builder/schema/source.schema.json\n" + text, encoding="utf-8")
    return {"sites": len(maker.sites), "sources": len(maker.sources),
            "events": sum(len(s["events"]) for s in maker.sites)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sites", type=int, required=True, help="number of sites (about one in ten is a city)")
    ap.add_argument("--out", type=Path, required=True, help="folder to write (replaced if it exists)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    if args.sites < 2:
        ap.error("--sites must be at least 2")
    counts = write(args.out, args.sites, args.seed)
    print(f"wrote {counts['sites']} sites, {counts['sources']} sources, {counts['events']} events to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
