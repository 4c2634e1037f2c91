"""Site mentions in a sentence: known names, names recognised by their form, and anaphors.

Known names are matched longest first. New sites are recognised from their form: a run of
capitalised words holding a site noun ("Temple of Baalshamin", "Mosul Public Library"),
"the ancient city of X", "a museum in X" (→ "X Museum"), "the shrine of the Prophet X".
Definite descriptions ("the city", "the building") point back to the last site of a fitting kind.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS

from ..places import towns
from ..vocab.site_kinds import site_kinds
from .cataphora import descriptions
from .coreference import antecedent, fitting_kind
from .ellipsis import shared_heads
from .model import Mention, Site
from .parse import Parses, token_at
from .unnamed import unnamed_sites
from .listed import CUE as LIST_CUE, listed_items, listed_spans

KINDS = site_kinds()
HEADS = KINDS.heads
# lower-case heads after a proper name: "the Char Narayan temple", "the Askariya mosque"
LOWER_HEADS = "|".join(KINDS.after_name)
# single words that describe a style or a faith, not a name: "the Roman theatre", "the Gothic church"
# (a name ending in -i is a name, "the Sulamani temple", unless it is a nationality)
STYLE_WORDS = re.compile(r"^(?:\w+(?:an|ian|ese|ish|ic|ine|ite)|(?:Iraq|Pakistan|Yemen|Israel|Saud|Kuwait|Oman|Qatar|Emirat|"
                         r"Bangladesh|Nepal|Azer|Afghan|Somal|Hind|Sunn|Punjab|Bengal|Kashmir|Sindh|Farsi|Tha|Mal)i|Baroque|Renaissance|Crusader|Medieval|Catholic|"
                         r"Orthodox|Buddhist|Hindu|Jewish|Muslim|Sufi|Mughal|Moorish|Norman|Saxon|Gothic|Old|New|Great|"
                         r"Main|Royal|National|Grand|Holy|Central|Sacred|Local|Ancient|UNESCO|Unesco|World|"
                         # the styles and orders of site_kinds.yml ('the Jesuit church of La Compania')
                         + "|".join(sorted(w.capitalize() for w in site_kinds().styles)) + r")$")
# "in the Renaissance style", "in Gothic fashion": what follows a style word
STYLE_PHRASE = re.compile(r"\s+(?:style|manner|fashion|tradition|period|era|revival)\b", re.I)
# words that make a name generic ("the Great Mosque", "the National Museum"): such a name is only a
# site's name together with its place ("Aleppo's Great Mosque" = the Great Mosque of Aleppo)
GENERIC_NAME = {"great", "grand", "national", "central", "old", "royal", "public", "main", "new", "municipal",
                "state", "holy", "archaeological", "city", "historical", "historic", "big", "ancient", "imperial"}
MONTH_DAY = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                       r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
# anaphor noun → kinds it may point back to (None: any heritage site)
ANAPHORS = KINDS.anaphors  # the nouns of a definite description (coreference.py resolves it)
# a capitalised word; an Arabic name may open with a lower-case article ('al-Nuri', 'el-Mursi')
CAP = r"(?:St\.|\d+-[A-Z][\w’'\-]*|(?:al|el|ad|an|ar|as|ash|at|az)-[A-Z][\w’'\-]*|[A-Z][\w’'\-]*)"  # "55-Window Palace"
# an epithet after a name ('Christ the Saviour', 'St John the Baptist'): 'the' inside one name ('At the Museum' is none)
EPITHET = (r"(?:Baptist|Evangelist|Apostle|Divine|Saviour|Savior|Great|Elder|Younger|Confessor|Conqueror|Martyr|"
           r"Theologian|Magnificent|King|Redeemer|Forerunner|Wonderworker|Terrible|Wise|Bold|Pious|Lawgiver)\b")
# words inside a name: 'Temple of Bel', 'Santa Maria della Salute', 'Khalid ibn al-Walid Mosque' (son of)
CONNECT = (rf"(?:(?:of|for|{'|'.join(sorted(KINDS.name_particles))})\s+(?:the\s+)?|and\s+|the\s+(?={EPITHET})|"
           # an elided article or preposition: 'the Auberge d'Auvergne', 'the Musée d'Orsay'
           rf"[dl]['’](?=[A-Z]))")
CAPSEQ = re.compile(rf"\b{CAP}(?:\s+{CONNECT}?{CAP})*")
PAREN = re.compile(r"\s*\(([^()]{1,40})\)")
DET = r"(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+)"
DEF = r"(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+)"
ADJ = r"(?:(?!(?:the|a|an|of|in|at|and|to|by|for|with|from)\b)[\w’'\-]+\s+){0,3}?"  # not across a determiner
CITY_OF = re.compile(rf"\b(?:{DET}(?:(?!(?:the|a|an)\b)[\w\-]+\s+){{0,3}}?)?((?i:ancient|historic|old|archaeological)\s+|Roman\s+|Greek\s+)?"
                     rf"(city|town|towns|village|site|ruins|remains|settlement|oasis|centre|center|quarter|"
                     rf"City|Town|Towns|Centre|Center|Quarter)\s+of\s+({CAP}(?:\s+{CAP})*)")
# several ancient places under one plural: "the Sumerian cities of Isin and Umma"
CITIES_OF = re.compile(rf"\b(?:[Tt]he\s+)([\w\-]+)\s+(?:cities|towns|sites)\s+of\s+({CAP}(?:\s+{CAP})*(?:\s*,\s*{CAP}(?:\s+{CAP})*)*"
                       rf"\s*,?\s+and\s+{CAP}(?:\s+{CAP})*)")
# the heads of one building a place's name may stand before or after: "a museum in Mosul", "Cologne's city archive"
BUILDING_HEADS = "|".join((*KINDS.compound_heads, *KINDS.placed_heads))
GENERIC_IN = re.compile(rf"\b(?:{DET}{ADJ})?({BUILDING_HEADS})\s+(in|at|of)\s+")
# "Cologne's city archive", "Mosul's central museum": a place's building told by a lower-case head
PLACE_POSSESSIVE = re.compile(rf"\b({CAP}(?:\s+{CAP}){{0,2}})['’]s\s+((?:(?!(?:of|in|at|and|to|by|for|with|from)\b)[a-z0-9][\w\-]*\s+){{0,2}}?)"
                              rf"({BUILDING_HEADS})\b(?!['’]|-|\s+[A-Z])")
PLURAL_OF_PLACE = re.compile(rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w,\-]+\s+){{0,2}}?({'|'.join(KINDS.plurals)})\s+of\s+"
                             rf"({CAP}(?:\s+{CAP})*)\b(?!\s+and\s+[A-Z])")
# "Brazil's 200-year-old National Museum", "Aleppo's Great Mosque"
POSSESSIVE = re.compile(rf"\b({CAP}(?:\s+{CAP})*)['’]s\s+(?:[\w,]+-(?:year|century|centuries)-old\s+|"
                        rf"(?:famous|famed|ancient|historic|iconic|celebrated|historical|medieval|old)\s+)?"
                        rf"({CAP}(?:\s+{CAP})*)")
# one lower-case word saying what sort of building a name's head is: 'the Fantoft stave church', 'the Tayum parish
# church', 'the Kondopoga wooden church' (not a participle, an adverb or a word joining phrases)
KIND_WORD = r"(?:(?!(?:of|in|at|and|or|to|by|for|with|from|the|a|an|is|was|were|has|had|its)\s)[a-z][a-z]+(?<!ed)(?<!ing)(?<!ly)\s+)"
# (a place's possessive stands for 'the': "Cambodia's Baphuon temple", "Nepal's Changu Narayan temple")
LOWER_HEAD = re.compile(rf"\b(?:[Tt]he|({CAP})['’]s)\s+(?:(?!(?:of|in|at|and|to|by|for|with|from)\b)[a-z0-9][\w\-]*\s+){{0,2}}?"
                        rf"((?:{CAP}\s+){{1,3}}{KIND_WORD}?)({LOWER_HEADS})\b")
# "the Kasthamandap, a wooden pavilion": an appositive names the kind of a name the lists do not know
# ("Prasat Chen, one of the temples of X"; "Beauvoir, the beachfront home where ..."), but not an owner ("Anthony Amore,
# the museum's director")
# ("La Fenice, Venice's celebrated opera house": an owner may stand for the article)
APPOSITIVE_HEADS = "|".join(sorted({*KINDS.after_name, *KINDS.homes, *KINDS.compound_heads, "theatre", "theater", "house"},
                                   key=len, reverse=True))
APPOSITIVE = re.compile(rf"\b(?:[Tt]he\s+)?({CAP}(?:\s+{CONNECT}?{CAP}){{0,3}}),\s+(?:an?|the|one\s+of\s+the|{CAP}['’]s)\s+"
                        rf"(?:[\w,\-]+(?:['’]s)?\s+){{0,3}}?({APPOSITIVE_HEADS})(?:e?s)?\b(?!['’])")
# "Hampi was the capital of the Vijayanagara empire", "Machu Picchu is a 15th-century citadel": a name the sentence
# opens with and says is a site (a modern town or a country is a place, not a site)
COPULA = re.compile(rf"^(?:[Tt]he\s+)?({CAP}(?:\s+{CONNECT}?{CAP}){{0,3}})\s+(?:is|was)\s+(?:once\s+)?"
                    rf"(?:the|an?|one\s+of\s+the)\s+(?:[\w,\-]+\s+){{0,3}}?({APPOSITIVE_HEADS}|capital|city)(?:e?s)?\b(?!['’])")
# what may follow 'house' ending an appositive that says what a name is ("Uppark, the 17th-century house on ...")
HOUSE_ENDS = re.compile(r"\s*(?:[,.;:)]|$|(?:on|in|at|near|outside|above|below|that|which|where|whose|built|designed)\b)")
# the description first: "the house of the poet, Ashcombe House", "the home where she wrote, Ashcombe"
HOMES = "|".join(sorted({*KINDS.homes, "house", "residence"}, key=len, reverse=True))
DESCRIBED_HOME = re.compile(rf"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w\-]+\s+){{0,2}}?(?:{HOMES})\s+"
                            rf"(?:of|where|in\s+which|that|which|built|owned)\b[^,;.()]{{1,80}}?,\s+({CAP}(?:\s+{CONNECT}?{CAP}){{0,3}})"
                            rf"(?=\s*[,;.)]|\s+(?:was|were|is|has|had)\b)")
# ("the tomb of the 15th-century scholar Sheikh X": a description may stand before the title)
PROPHET = re.compile(rf"\b{DET}?(tomb|tombstone|grave|gravestone|shrine|mosque|mausoleum)s?\s+"
                     rf"(of|belonged\s+to|belonging\s+to|belongs\s+to)\s+(?:the\s+(?:[a-z0-9][\w\-]*\s+){{1,3}}?(?=(?:Saint|St|Imam|Sheikh|Sayyid|Sidi)\b))?"
                     rf"(the\s+(?:Prophet|prophet)|Prophet|Saint|St\.?|Imam|Sheikh|Sayyid|Sidi)\s+({CAP}(?:\s+{CAP})?)")
ITS_BUILDING = re.compile(rf"\b(?:[Ii]ts|[Tt]he\s+(?:city|town|village)['’]s)\s+(?:(?:famous|famed|ancient|historic|"
                          rf"celebrated|old|medieval|great|main|central|national|municipal|former|royal|baroque|gothic)\s+)?"
                          rf"({BUILDING_HEADS})\b(?![\'’-])"
                          # "the city's historic centre": the town's historic area
                          rf"|\b[Tt]he\s+(?:city|town)['’]s\s+((?:historic|old|medieval)\s+cent(?:re|er)|old\s+town|old\s+city|old\s+quarter|medina)\b")
# a modern town the article has placed its story in: 'in Cologne', 'COLOGNE, Germany —'
PLACED_TOWN = re.compile(rf"(?:\b(?:in|at|of|near|outside|from)\s+|^)({CAP}(?:\s+{CAP})?)")
# a hyphened adjective ('A-listed', 'Ottoman-era', 'French-built'), not a name ('Kinkaku-ji', 'Mohenjo-daro')
HYPHEN_ADJ = re.compile(r"-(?:[a-z]+ed|style|era|age|period|century|year|old|based|like|owned|built)$")
# modifiers are content words: "the destruction of the statues" holds the anaphor "the statues", not the whole
ANAPHOR = re.compile(rf"\b(?:the|The)\s+((?:(?!(?:of|in|at|and|to|the|a|an|by|for|with|from)\b)[\w’'\-]+\s+){{0,3}}?)"
                     rf"({'|'.join(f'[{a[0]}{a[0].upper()}]{a[1:]}' for a in ANAPHORS)})\b(?!\s+of\b)"
                     # (not a description its name follows: 'The almshouse museum Hofje van Mevrouw van Aerden')
                     rf"(?!\s+(?!{MONTH_DAY.pattern})[A-Z][a-z])")
WHOSE = re.compile(rf"\b({CAP}(?:\s+{CAP}){{0,2}}),\s+whose\s+{ADJ}({LOWER_HEADS})\b(?!['’])")
NOT_SITE_AFTER = re.compile(r"^\s*(?:province|governorate|region|district|countryside|official|officials|society|"
                            r"University|Coordination|Committee|Council|Observatory|government|forces|police|residents|"
                            r"river|lake|sea|bay|gulf|canal|creek|estuary)\b")
BAD_CAP_HEAD = {"The", "A", "An", "This", "That", "These", "Those", "In", "On", "At", "By", "For", "From", "With",
                "After", "Before", "When", "While", "Since", "As", "But", "And", "Or", "If", "Its", "Their", "His",
                "Her", "Our", "Revamp", "Like", "Big", "Work", "Preserved", "Meeting", "Neighbouring", "Neighboring",
                "Nearby", "Across", "Inside", "Outside", "Near", "Beside", "Opposite"}

PRONOUNS = {"It", "He", "She", "They", "We", "I", "You", "There", "Here", "What", "Which", "Who", "Everything"}


# "the medieval tower known as the Campanaccio", "a chapel locally called 'La Madonnina'": the name of what is described
KNOWN_AS = re.compile(rf"\b(?:[Tt]he|[Aa]n?)\s+(?:[\w\-]+\s+){{0,3}}?({'|'.join(sorted(HEADS, key=len, reverse=True))})\s+"
                      rf"(?:(?:locally|popularly|commonly|widely|also|simply)\s+)?(?:known\s+as|called|nicknamed|dubbed)\s+"
                      rf"(?:the\s+)?[\"“‘']?({CAP}(?:\s+{CONNECT}?{CAP}){{0,4}})[\"”’']?")
QUOTED_TITLE = re.compile(r"[\"“]([A-Z][^\"“”]{3,120}?)[\"”]")
# "Peter's small seaside palace, Monplaisir, was damaged", "the town's main church, San Marco,", "one of Rome's
# famous fountains, the Barcaccia at the foot of ...": a description and its name in apposition (not a speaker:
# "the palace, Putin said,")
DESCRIBED_NAME = re.compile(rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|{CAP}['’]s)\s+(?:[\w’'\-]+\s+){{0,3}}?"
                            rf"({'|'.join(sorted(HEADS, key=len, reverse=True))})s?,\s+(?:the\s+)?"
                            rf"({CAP}(?:\s+{CONNECT}?{CAP}){{0,4}})"
                            rf"(?=\s*,(?!\s*(?:he|she|they|who|said|says|told|added|according)\b)|"
                            rf"\s+(?:at|in|on|near|beside|outside|by)\s)")
_RUN = rf"({CAP}(?:\s+{CONNECT}?{CAP}){{0,4}})"
LISTED_SUBJECT = re.compile(rf"(?:^|(?<=[\s(]))(?:[Tt]he\s+)?{_RUN}(?:,[^,]{{1,80}},|,\s+which)?\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been)"
                            rf"\s+(?:also\s+)?(?:inscribed|added\s+to|listed)|(?:won|wins|earned|secured|gained)\s+(?:its|their|a)\s+place)\b")
LISTED_OBJECT = re.compile(rf"\b(?:inscribed|inscribes|inscribe|added)\s+(?:the\s+)?{_RUN}(?=\s*(?:,|\.|$|\s+(?:and|in|on|to)\b))")
SUBJECT_START = re.compile(r"(?:^|\(CNN\)\s*|[A-Z][A-Z .,'’\-]+\s+[—–-]+\s*|[;:]\s+|,\s+(?:and|but|while)\s+)$")
LISTING_BODIES = {"UNESCO", "Unesco", "World", "Committee", "It", "They", "He", "She", "We"}


PROVENANCE = re.compile(r"\b(?:artefacts|artifacts|objects|treasures|antiquities|pieces|items|statues|finds|relics|"
                        r"tablets|sculptures)\b[^,.;]{0,40}\bfrom\s+[^,.;]*$", re.I)


def provenance(text: str, pos: int) -> bool:
    """'a museum which housed artefacts from Nineveh and Nimrud': where objects came from is not what a
    later 'the city' points back to."""
    return bool(PROVENANCE.search(text[max(0, pos - 80):pos]))


def _norm(name: str) -> str:
    return " ".join(re.sub(r"[’']", "'", name).split()).lower()


@dataclass
class Gazetteer:
    """Name → Site lookups, and one regular expression matching every known name.
    `fallback` (a name → Site function, e.g. the ancient-places gazetteer) is only asked about
    names that a site form introduced ('the ancient city of X'): a bare 'Syria' is not a site."""
    sites: list[Site]
    fallback: object = None
    described: object = None  # a name → Site function for names with no site noun (known.gazetteer_site)
    by_name: dict = field(default_factory=dict)
    rx: re.Pattern | None = None

    def __post_init__(self):
        for site in self.sites:
            for name in (site.name, *site.aliases):
                self.by_name.setdefault(_norm(name), site)
        names = sorted(self.by_name, key=len, reverse=True)
        body = "|".join(re.escape(n).replace("\\ ", r"\s+").replace("'", "['’]") for n in names)
        self.rx = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.I) if names else None

    def get(self, name: str) -> Site | None:
        return self.by_name.get(_norm(name))

    def lookup(self, name: str) -> Site | None:
        return self.get(name) or (self.fallback(name) if self.fallback else None)


def _site_for(name: str, kind: str, gaz: Gazetteer) -> Site:
    return gaz.lookup(name) or Site(name=name, kind=kind, known=False)


def _paren(text: str, end: int) -> int:
    m = PAREN.match(text, end)
    return m.end() if m and m.group(1)[:1].isupper() else end


def _with_det(text: str, start: int) -> int:
    m = re.search(r"\b(?:the|The)\s+$", text[max(0, start - 4):start])
    return start - len(m.group(0)) if m else start


def find_mentions(text: str, gaz: Gazetteer, history: list[Mention], lead: bool = False,
                  parses: Parses | None = None, told: str = "", paragraph: int = 0) -> list[Mention]:
    """Mentions in one sentence, left to right; anaphors resolved against `history` (earlier
    mentions in the article) and earlier mentions in this sentence; `told`: the article's text before it;
    `paragraph`: the sentence's paragraph."""
    found: list[Mention] = []

    def free(s: int, e: int) -> bool:
        return not any(s < m.end and m.start < e for m in found)

    def add(s: int, e: int, site: Site, mention_start: int | None = None, anaphor: bool = False) -> None:
        e2 = _paren(text, e)
        ms = mention_start if mention_start is not None else _with_det(text, s)
        found.append(Mention(ms, e2, text[ms:e2], site, anaphor))

    # 1. tombs and shrines named after a prophet or saint
    for m in PROPHET.finditer(text):
        head = {"tombstone": "tomb", "grave": "tomb", "gravestone": "tomb"}.get(m.group(1).lower(), m.group(1).lower())
        person = re.sub(r"^the\s+", "", m.group(3), flags=re.I)
        person = person[:1].upper() + person[1:]
        name = f"{head.title()} of the {person} {m.group(4)}" if person.lower() == "prophet" else f"{head.title()} of {person} {m.group(4)}"
        site = _site_for(name, HEADS.get(head, "shrine"), gaz)
        start = m.start(3) if "belong" in m.group(2) else m.start()
        add(start, m.end(), site, mention_start=start)
    # 1. a quoted title a listing gives ('inscribed the "ShUM Sites of Speyer, Worms and Mainz"'): one site, its
    # commas and places inside it
    for m in QUOTED_TITLE.finditer(text):
        words = m.group(1).replace(",", " ").split()
        if LIST_CUE.search(text) and any(_head(w) in HEADS or _head(w).rstrip("s") in HEADS for w in words) and \
                all(w[0].isupper() for w in words if len(w) > 3):  # a title, not quoted speech
            add(m.start(1), m.end(1), gaz.get(m.group(1)) or Site(m.group(1), "archaeological site", known=False),
                mention_start=m.start(1))
    # 1a. a description and the name it is known by: "the medieval tower known as the Campanaccio", "the town's
    # main church, San Marco,"
    for m in (*KNOWN_AS.finditer(text), *DESCRIBED_NAME.finditer(text)):
        name = m.group(2)
        if free(m.start(), m.end()) and name.split()[0] not in BAD_CAP_HEAD:
            known = gaz.get(name)
            if known is None or known.heritage:
                found.append(Mention(m.start(), m.end(), text[m.start():m.end()],
                                     known or Site(name, HEADS[m.group(1).lower()], known=False)))
    # 1b. one head noun shared by several names: "the temples of Bel and Baalshamin"
    for s, e, name, kind in shared_heads(text):
        if free(s, e):  # a name made here: only the known names, not the ancient-places gazetteer
            found.append(Mention(s, e, text[s:e], gaz.get(name) or Site(name, kind, known=False)))
    # 1c. "the ancient mausoleums of Timbuktu": a city's monuments of one kind, one site
    for m in PLURAL_OF_PLACE.finditer(text):
        place = gaz.get(m.group(2))
        if place is None or not KINDS.in_group(place.kind, "settlement") or not free(m.start(), m.end()):
            continue
        name = f"{m.group(1).title()} of {place.name}"
        site = gaz.get(name) or Site(name, KINDS.plurals[m.group(1).lower()], known=False, part_of=place.name)
        add(m.start(), m.end(), site, mention_start=m.start())
    # 1d. sites described in lower case: "the fortress and gardens of Diyarbakir", "the covered souk"
    city = next((re.sub(r"^(?:\w+\s+)?City\s+of\s+", "", m.site.name) for m in reversed(history)
                 if KINDS.in_group(m.site.kind, "town")), None)
    for s, e, name, kind in unnamed_sites(text, city):
        if free(s, e):
            found.append(Mention(s, e, text[s:e], gaz.get(name) or Site(name, kind, known=False)))
    # 2. "a museum in (the northern city of) Mosul" → Mosul Museum
    for m in GENERIC_IN.finditer(text):
        named = LOWER_HEAD.match(text, m.start())
        if named and not all(STYLE_WORDS.match(w) for w in named.group(2).split()):
            continue  # "the Askariya mosque in Samarra" has a name of its own
        rest = text[m.end():]
        place_m = re.match(rf"(?:{DET}?(?:[\w\-]+\s+){{0,3}}?(?:city|town)\s+of\s+)?{DEF}?(?:[\w,]+-(?:year|century|centuries)-old\s+)?({CAP}(?:\s+{CONNECT}?{CAP})*)", rest)
        if not place_m or not free(m.start(), m.end() + place_m.start(1) + 1):
            continue
        a, b = _split_run(rest, place_m.start(1), place_m.end(1))[0]
        if re.search(r"['’]s$", rest[a:b]):
            # "stripped the museum of Rembrandt's seascape": an owner, not a place; but "the church of St Mary's in X"
            # is the saint the church is named after
            if m.group(2) != "of" or _modifies(rest[b:]) or re.match(r"\s+[A-Z]", rest[b:]):
                continue
            b -= 2
        place = rest[a:b]
        if _region(place) or _country(place):  # "an ancient monastery in the Gaza Strip": described, to be named later (cataphora.py)
            if re.match(r"[Aa]n?\s", m.group(0)):
                e = m.end() + b
                found.append(Mention(m.start(), e, text[m.start():e], Site(text[m.start():e], _kind(m.group(1)),
                                                                          known=False, pending=(m.group(1).lower(), False))))
            continue
        # "a domed church in the Renaissance style": a style or a period, not a place
        if MONTH_DAY.match(place) or STYLE_PHRASE.match(rest, b) or (len(place.split()) == 1 and STYLE_WORDS.match(place)
                                                                    and not gaz.get(place)):
            continue
        if m.group(2) == "of" and _run_kind(place.split()) == _kind(m.group(1)):
            continue  # 'the new basilica of the Orvell Cathedral': a part of the site of its kind named after it
        place_end = b
        head = m.group(1).lower()
        site = _known_place_site(place, head, gaz)
        inner = gaz.get(place)
        if site is None and m.group(2) == "of" and inner is not None and inner.heritage \
                and _kind(head) == inner.kind:  # "the Crusader castle of Krak des Chevaliers"
            site = inner
        if site is None and inner is None and not re.match(r"[A-Z]", place):
            continue
        inner = inner or Site(place, "modern city" if re.search(r"\b(?:city|town)\s+of\b", rest[:place_m.start(1)]) else "other", known=False)
        site = site or _new_place_site(place, head, inner.name)
        add(m.start(), m.end() + place_end, site, mention_start=m.start())
        if m.group(2) != "of":  # 'the mausoleum of X' is named after X; X is not where it stands
            found[-1].inner = inner
    # 4a. "the Sumerian cities of Isin and Umma", "the ancient cities of X, Y and Z": each an ancient city
    for m in CITIES_OF.finditer(text):
        if not (m.group(1).lower() in ("ancient", "historic", "old", "archaeological", "ruined")
                or STYLE_WORDS.match(m.group(1)) and m.group(1)[0].isupper()):
            continue
        for n in re.finditer(rf"{CAP}(?:\s+{CAP})*", m.group(2)):
            s, e = m.start(2) + n.start(), m.start(2) + n.end()
            if n.group(0).split()[0] in BAD_CAP_HEAD or not free(s, e):
                continue
            site = gaz.get(n.group(0))
            if site is None or not site.heritage:
                site = Site(n.group(0), "city", known=False)
            found.append(Mention(s, e, text[s:e], site))
    # 4. "the ancient city of X"
    for m in CITY_OF.finditer(text):
        s, e = m.start(3), m.end(3)
        if not free(s, e):
            continue
        name = re.sub(r"['’]s$", "", m.group(3))
        if name.split()[0] in BAD_CAP_HEAD:
            continue
        if m.group(2)[0].isupper() and not m.group(1):  # "City of London": a name; "the Ancient City of X": a form
            continue
        noun = m.group(2).lower()
        if noun == "towns" and not (m.group(1) and m.group(1).strip().lower() == "old"):
            continue  # "the towns of X and Y": places, not one site; "the Old Towns of Djenne": one
        if noun in ("city", "town", "towns") and m.group(1) and m.group(1).strip().lower() == "old":  # "the Old City of X"
            name = f"Old {noun.title()} of {name}"
        if noun in ("centre", "center", "quarter"):  # "the historic centre of Odesa"; "the centre of X" is a place
            if not m.group(1) or m.group(1).strip().lower() not in ("historic", "old"):
                continue
            name = f"{m.group(1).strip().title()} {noun.title()} of {name}"
        ancient = bool(m.group(1)) or noun in ("ruins", "remains", "site", "oasis")
        site = _site_for(name, "city" if ancient else "modern city", gaz)
        if ancient and not site.heritage:  # "the Ancient City of Aleppo": not the modern city
            site = Site(f"{m.group(1).strip().title()} City of {name}", "city", known=False, part_of=site.name)
        elif not site.heritage and LISTED_TOWN.match(text, e):
            site = Site(name, "city", known=False)  # "the town of X, on UNESCO's World Heritage List": a heritage town
        found.append(Mention(m.start(), e, text[m.start():e], site))
    # 4b. "Coventry, whose medieval cathedral was gutted": the place's own site, named as "a museum in X" is
    for m in WHOSE.finditer(text):
        place, head = m.group(1), m.group(2).lower()
        # a site's own part ("the Karadjoz Bey Mosque, whose minaret ...") is that site's, not a site of its own
        if free(m.start(), m.end()) and not _region(place) and place.split()[0] not in BAD_CAP_HEAD \
                and not any(_head(w) in HEADS for w in place.split()):
            if head in ("ruins", "remains"):  # 'Palenque, whose ruins were listed': the place's ruins are the place
                site = gaz.get(place) or Site(place, "archaeological site", known=False)
            else:
                site = _known_place_site(place, head, gaz) or _new_place_site(place, head, place)
            found.append(Mention(m.start(), m.end(), text[m.start():m.end()], site))
    # 3a. "Aleppo's Great Mosque": a generic name owned by a place is that place's site
    for m in POSSESSIVE.finditer(text):
        if re.match(rf"\s+of\s+(?:the\s+)?{CAP}", text[m.end():]):
            continue  # "India's National Museum of Natural History": the name goes on (5. reads it whole)
        site = _possessed(m.group(1), m.group(2), gaz)
        if site is not None and free(m.start(), m.end()):
            add(m.start(), m.end(), site)
    # 3b. "Cologne's city archive": a place's building with no name of its own is named after the place
    for m in PLACE_POSSESSIVE.finditer(text):
        place, head = m.group(1), m.group(3).lower()
        if not free(m.start(), m.end()) or not _a_place(place, gaz):
            continue
        if re.search(r",\s*$", text[:m.start()]) or re.match(r",\s+(?:the\s+)?[A-Z]", text[m.end():]):
            continue  # an appositive of a name ('La Fenice, Venice's opera house'; 'Barcelona's opera house, the Liceu')
        if any(w in ("most", "best") or w.endswith("est") for w in m.group(2).lower().split()):
            continue  # "Kyoto's most famous temple", "Lima's oldest church": a description of a site named elsewhere
        generic = [w for w in m.group(2).split() if w.lower() in GENERIC_NAME]
        site = _known_place_site(place, head, gaz) or _new_place_site(place, " ".join([*generic, head]), place)
        add(m.start(), m.end(), site, mention_start=m.start())
    # 3c. "Nearby Pavlovsk suffered the same fate. Its palace was set on fire": a town's building told by a
    # possessive 'its' or 'the city's' is that town's (the town must be the last place named; a site's 'its chapel'
    # is a part)
    for m in ITS_BUILDING.finditer(text):
        before = [*history, *(f for f in found if f.end <= m.start())]
        if m.group(0)[0] not in "Ii":  # 'the city's': the last town named, whatever was named after it
            before = [x for x in before if KINDS.in_group(x.site.kind, "inhabited")]
        owner = before[-1].site.name if before and KINDS.in_group(before[-1].site.kind, "inhabited") else None
        # a modern town no site form named ('floods hit Cologne'); not in an appositive ('The cathedral, the city's
        # main church, ...' renames the noun before it)
        if owner is None and m.group(0)[0] not in "Ii" and not re.search(r",\s*$", text[:m.start()]):
            owner = _last_town(told + " " + text[:m.start()])
        if owner is None or not free(m.start(), m.end()):
            continue
        # (the owner may be the town's area told before: 'the historic centre of X ... the town's old centre')
        place = re.sub(rf"^(?:Ancient\s+City|{'|'.join(AREAS)})\s+of\s+", "", owner)
        if m.group(2):  # the town's historic area
            area = " ".join(w.title() for w in m.group(2).split()).replace("Center", "Centre")
            area = re.sub(r"^(?:Old|Medieval) Centre$", "Historic Centre", area)  # one area by any of its names
            add(m.start(), m.end(), gaz.get(f"{area} of {place}") or _possessed(place, area, gaz), mention_start=m.start())
            continue
        head = m.group(1).lower()
        add(m.start(), m.end(), _known_place_site(place, head, gaz) or _new_place_site(place, head, owner),
            mention_start=m.start())
    # 3. known names
    if gaz.rx:
        for m in gaz.rx.finditer(text):
            s, e = m.span()
            if not text[s].isupper() or not free(s, e):
                continue
            if NOT_SITE_AFTER.match(text[e:]) or re.match(r"\s+[A-Z][a-z]", text[e:]):
                continue
            add(s, e, _placed(m.group(0), text[e:], gaz, _fronted(text, s)))
    # 5a. a proper name before a lower-case head, or with an appositive saying what it is
    for rx in (LOWER_HEAD, APPOSITIVE):
        for m in rx.finditer(text):
            if rx is LOWER_HEAD and m.group(1) and not (towns.town(m.group(1)) or _country(m.group(1))):
                continue  # a person's possessive: 'Wallenstein's Prague palace'
            n, h = (2, 3) if rx is LOWER_HEAD else (1, 2)  # the name's and the head's groups
            words = m.group(n).split()
            while words and (words[0] in BAD_CAP_HEAD or len(words) > 1 and _modifier(words[0])):
                words = words[1:]
            # ('the Serbian Orthodox monastery of Hilandar': style words only describe; the name comes after 'of')
            if not words or all(STYLE_WORDS.match(w) for w in words) or MONTH_DAY.match(words[0]):
                continue
            if rx is LOWER_HEAD and (words[-1].lower() in KINDS.periods or all(w.lower() in KINDS.styles for w in words)):
                continue  # "the Iron Age temple", "the Gothic Revival church": a description
            if rx is APPOSITIVE and m.group(h).lower() == "house" and not HOUSE_ENDS.match(text, m.end()):
                continue  # "Uppark, the 17th-century house on the Downs" is one; "Ann, the house cleaner" is not
            if any(HYPHEN_ADJ.search(w) for w in words):  # "the Grade A-listed library" ("Kinkaku-ji" is a name)
                continue
            if rx is APPOSITIVE and _fronted_subject(text, m.start(h), parses):
                continue  # "In the town of X, north of Kyiv, the local museum burned": the clause's subject
            name = " ".join(words)
            known = gaz.get(name)
            if known is not None and not known.heritage:
                continue
            s, e = m.start(n) + m.group(n).index(words[0]), (m.end() if rx is LOWER_HEAD else m.start(n) + len(m.group(n).rstrip()))
            if not free(s, e):
                continue
            head = m.group(h).lower()
            full = f"{name} {head}" if rx is LOWER_HEAD else name
            own = next((_head(w) for w in reversed(words) if _head(w) in HEADS and w[:1].isupper()), None)
            # "The Sursock Museum, an early 20th-century mansion": a museum; but "Clandon Park, a Palladian
            # mansion": a building (a park or a site says less than the appositive)
            if rx is APPOSITIVE and own and not KINDS.in_group(HEADS[own], "settlement"):
                head = own
            site = known or gaz.get(full) or Site(full, _kind(head) or "building", known=False)
            add(s, e, site, mention_start=_with_det(text, s))
    # 5b. a name the sentence says is a site
    copula = COPULA.match(text)
    if copula and copula.group(1).split()[0] not in BAD_CAP_HEAD | PRONOUNS and free(copula.start(1), copula.end(1)):
        name, head = copula.group(1), copula.group(2).lower()
        if gaz.lookup(name) is None and towns.town(name) is None and not _country(name) and not _region(name) and \
                not STYLE_WORDS.match(name) and not MONTH_DAY.match(name):
            add(copula.start(1), copula.end(1), Site(name, "city" if head in ("capital", "city") else _kind(head) or "building",
                                                     known=False), mention_start=copula.start(1))
    # 5e. a name a description of a home introduces: "the house of the poet, Ashcombe House"
    for m in DESCRIBED_HOME.finditer(text):
        words = m.group(1).split()
        s, e = m.start(1), m.end(1)
        if words[0] in BAD_CAP_HEAD or MONTH_DAY.match(words[0]) or not free(s, e):
            continue
        if _head(words[-1]) not in KINDS.home_names and _head(words[-1]) not in HEADS:
            continue  # a person: 'the home of the writer, Jane Austen'
        known = gaz.get(m.group(1))
        if known is None or known.heritage:
            add(s, e, known or Site(m.group(1), "building", known=False), mention_start=s)
    # 5. capitalised runs holding a site noun
    for m in CAPSEQ.finditer(text):
        for s, e in _split_run(text, m.start(), m.end()):
            words = text[s:e].split()
            while words and (words[0] in BAD_CAP_HEAD or len(words) > 1 and _modifier(words[0])
                             or len(words) > 2 and _styled(words)
                             or len(words) > 2 and words[0].lower() in KINDS.shares and words[1] == "of"
                             or words[0] == "of" or words[0] == "the"):  # 'Part of the Great Mosque': a share of it
                s += len(words[0]) + 1
                words = words[1:]
            kind = _run_kind(words) if words else None
            if kind is None or not free(s, e):
                continue
            if len(words) == 1 and words[0].lower() != "colosseum" and _head(words[0]) in HEADS:
                continue  # "the Museum": an anaphor, not a name
            if _described_only(words) and not gaz.get(" ".join(words)):
                continue
            if _region(" ".join(words)) and _modifies(text[e:]):  # "the Indus Valley city": where it is
                continue
            name = " ".join(words)
            if "Heritage" in words:  # "a UNESCO World Heritage Site" is a status, not a site
                continue
            if len(words) > 2 and name.isupper() and text.strip(" .:!?\"'") != name and not gaz.get(name):
                continue  # a headline in capitals ('FIRE GUTS HISTORIC MISSION CHURCH'); a heading that is the name stays
            if name.lower().startswith("house") and " of " not in name:
                continue
            if re.search(r"['’]s$", name):  # "the Sursock Museum's main hall": the museum
                name = name[:-2]
                e -= 2
            owner = _positioned(words, kind, [*history, *found]) if not gaz.get(name) else None
            add(s, e, owner or _site_for(name, kind, gaz))
    # 5d. a name with no site noun that the gazetteer of ancient places knows: "damaged parts of Mohenjo-daro"
    if gaz.described:
        for m in CAPSEQ.finditer(text):
            s, e = m.span()
            words = text[s:e].split()
            if words[0] in BAD_CAP_HEAD or not free(s, e) or re.search(r"['’]s$", words[-1]) or gaz.get(text[s:e]):
                continue
            site = gaz.described(text[s:e])
            if site is not None and not NOT_SITE_AFTER.match(text[e:]):
                add(s, e, site)
    # 5b. lead descriptions named later ("A 19th-century Armenian cathedral ... was hit"): cataphora.py
    for s, e, head, owned in descriptions(text, lead):
        if free(s, e):
            kind = KINDS.descriptions[head]
            found.append(Mention(s, e, text[s:e], Site(text[s:e], kind, known=False, pending=(head, owned))))
    # 5c. a name with no site noun put on the heritage list: "the committee inscribed Dholavira", "The Qhapaq
    # Nan, a road network, won its place": whatever is listed is a site
    for rx in (LISTED_SUBJECT, LISTED_OBJECT):
        for m in rx.finditer(text):
            words = m.group(1).split()
            while words and words[0] in BAD_CAP_HEAD:
                words = words[1:]
            while len(words) > 1 and re.search(r"['’]s$", words[0]):  # "India's Dholavira": the owner goes
                words = words[1:]
            if not words or MONTH_DAY.match(words[0]) or words[0] in LISTING_BODIES or \
                    all(w.lower() in GENERIC_NAME or w.lower() in HEADS for w in words):  # "The Old City": an anaphor
                continue
            if rx is LISTED_SUBJECT and not SUBJECT_START.search(text[:m.start()]):  # "north-west Wales were added"
                continue
            s = m.start(1) + m.group(1).index(words[0])
            e = s + len(" ".join(words))
            whole = CAPSEQ.match(text, s)
            rest = text[e:whole.end()] if whole is not None else ""
            if re.match(rf"\s+{CONNECT}", rest) and re.search(r"\sof\s", rest) and not re.search(r"['’]s\b", rest):
                # the name goes on to an 'of' complement both its nouns share ('inscribed the Cultural Landscape and
                # Archaeological Remains of the Bamiyan Valley'): the listed name is the whole run, and a name found
                # inside it is part of it (not two names: 'added X and Japan's Y')
                e = whole.end()
                found[:] = [x for x in found if not (s <= x.start and x.end <= e)]
                words = text[s:e].split()
            known = gaz.get(" ".join(words)) or _short_form(words, history)
            if free(s, e) and (known is None or known.heritage):
                add(s, e, known or Site(" ".join(words), "archaeological site", known=False))
    # 5f. the same read from the parse, names with no site noun and lists: "placed the Galápagos Islands on the
    # List of World Heritage in Danger", "added two properties to the List: X, Y and Z" (listed.py)
    if parses is not None and LIST_CUE.search(text):
        for s, e, verb in listed_items(text) or listed_spans(text, parses[text]):  # a dashed list: the parse is lost
            words = text[s:e].split()
            held = [m for m in found if m.start <= s and e <= m.end]
            if held:  # found by its form ('the ancient cities of X and Y'): listed all the same
                if not held[0].site.heritage and KINDS.in_group(held[0].site.kind, "town"):
                    held[0].site = _listed_town(held[0].site)  # a town put on the list: its historic centre
                held[0].listed_at = held[0].listed_at if held[0].listed_at >= 0 else verb
                continue
            if not free(s, e) or words[0] in LISTING_BODIES or MONTH_DAY.match(words[0]) or \
                    all(w.lower() in GENERIC_NAME or w.lower() in HEADS for w in words):
                continue
            known = gaz.get(text[s:e]) or _short_form(words, history)
            if known is not None and not known.heritage and KINDS.in_group(known.kind, "town"):
                known = _listed_town(known)
            add(s, e, known or Site(text[s:e], "archaeological site", known=False))
            found[-1].listed_at = verb
    # 6a. "In Timbuktu, the mausoleums were destroyed": a site noun opening the clause after a fronted town is the town's
    front = FRONTED.match(text)
    place = gaz.get(front.group(1)) if front else None
    opening = FRONTED_HEAD.match(text, front.end()) if place is not None and KINDS.in_group(place.kind, "settlement") else None
    if opening and free(opening.start(1), opening.end(1)):
        head = opening.group(2).lower()
        if head in KINDS.plurals:
            name = f"{head.title()} of {place.name}"
            site = gaz.get(name) or Site(name, KINDS.plurals[head], known=False, part_of=place.name)
        else:
            site = _known_place_site(place.name, head, gaz) or _new_place_site(place.name, head, place.name)
        found.append(Mention(opening.start(1), opening.end(1), opening.group(1), site))
    # 6. anaphors: "the city", "the iconic building"
    for m in ANAPHOR.finditer(text):
        if not free(m.start(), m.end()):
            continue
        if re.search(r"\b(?:of|in|at|and|to)\s*$", m.group(1)):
            continue
        if m.group(2).lower() == "original" and not ORIGINAL_NOUN.match(text, m.end()):
            continue  # 'the original quarry': an adjective; 'The original, founded in 1794, was ...': the building
        nxt = re.match(r"\s+([a-z]+)", text[m.end():])
        end = m.end()
        if nxt and nxt.group(1) in ("ruins", "remains"):  # "the castle ruins": the castle
            end += nxt.end()
        town = _introduced_town(text, m.start())
        # "In Jacmel, the old coffee port, the cathedral was cracked": a town the sentence opens with, new to the
        # article (not the dateline's village, whose church the article is about)
        opened = _opening_town(text, m.start(), gaz) if town is None and m.group(2).lower() not in KINDS.parts else None
        if opened is not None and not re.search(rf"\b{re.escape(opened)}\b", told, re.I):  # a town new to the article
            town = opened
        head, mods = m.group(2), m.group(1)
        if nxt and nxt.group(1) in HEADS and town is not None:  # "the town hall" of a town introduced: a compound
            head, mods, end = nxt.group(1), f"{mods}{m.group(2)} ", end + nxt.end()
        elif nxt and nxt.group(1) in HEADS:  # "the site museum": a compound, not "the site"
            continue
        # "the towering Htilominlo temple": a capitalised modifier is a name, not a description
        if any(w[:1].isupper() and not STYLE_WORDS.match(w) and w != "Heritage" for w in m.group(1).split()):
            continue
        earlier = [x for x in found if x.end <= m.start() and not provenance(text, x.start)]
        if town is not None and not any(x.site.heritage and x.site.part_of != town for x in earlier) \
                and head.lower() in HEADS:
            # 'In the nearby town of Foligno, ... the cathedral was damaged': the town's own cathedral, not one
            # named before
            found.append(Mention(m.start(), end, text[m.start():end], _town_site(town, mods, head, gaz)))
            continue
        # "In Kharkiv, ... the regional administration building": after a fronted town, a description names no site
        # an earlier sentence placed in another town
        fronted = _fronted(text, m.start())
        before = [x for x in history if not (fronted and x.site.part_of and x.site.part_of != fronted)]
        target = antecedent(m.group(2), m.group(1), earlier, before, paragraph)
        if m.start() < 4 and KINDS.in_group(_kind(m.group(2).lower()), "building") and \
                not any(map(fitting_kind(m.group(2)), [*earlier, *(x for x in before if x.paragraph == paragraph)])) \
                and (name := _bare_name_before(told, gaz)) is not None:
            # 'Two years later the sultan turned on Chittorgarh, the largest of the six. The fort fell in 1303': a
            # description of one building (site_kinds.yml group `building`) opening the sentence after one naming a
            # bare name, with no site of its kind in the paragraph, is that name (coreference.py rule 1)
            target = (_town_site(name, m.group(1), m.group(2), gaz) if towns.town(name) is not None else
                      gaz.get(name) or Site(name, _kind(m.group(2).lower()) or "building", known=False))
        placed = PLACED_AFTER.match(text, end)
        if target is not None and placed and not _in_place(target, placed.group(1)):
            continue  # "a shell hit the basilica in Albert": another town's basilica, not the one named before
        area = f"{m.group(1)}{m.group(2)}"
        if target is not None and not target.heritage and KINDS.in_group(target.kind, "town") and area in AREAS:
            # "the Old City" of an article about Dubrovnik (the modern city): its Old City, a heritage site
            found.append(Mention(m.start(), end, text[m.start():end], _possessed(target.name, area, gaz)))
        elif target:
            found.append(Mention(m.start(), end, text[m.start():end], target, anaphor=True))
    # "Both mosques were badly damaged": the two sites of that kind named last
    for m in BOTH.finditer(text):
        kinds = ANAPHORS.get(KINDS.plurals[m.group(1).lower()]) or {KINDS.plurals[m.group(1).lower()]}
        named: list[Site] = []
        for x in reversed([*history, *(f for f in found if f.end <= m.start())]):
            if x.site.heritage and x.site.kind in kinds and all(x.site.name != n.name for n in named):
                named.append(x.site)
        if len(named) >= 2 and free(m.start(), m.end()):
            found.append(Mention(m.start(), m.end(), m.group(0), named[1], anaphor=True, others=(named[0],)))
    found.sort(key=lambda x: x.start)
    if LIST_CUE.search(text):
        found = _listing_titles(text, found)
    return _rooms_placed(text, found)


BOTH = re.compile(rf"\b(?:[Bb]oth|[Tt]he\s+two)\s+(?:[a-z][\w\-]*\s+)?({'|'.join(KINDS.plurals)})\b")
# how a World Heritage property's title goes on after a place's name: 'the Historic Centre of Sheki with the Khan's
# Palace', 'the Old Town of Galle and its Fortifications', 'the Megaliths of Carnac and of the shores of Morbihan', 'the Historic Villages of Korea: Hahoe and
# Yangdong'
TITLE_TAIL = re.compile(rf"\s+(?:with\s+(?:the|its|their)|and\s+(?:its|their))\s+{CAP}(?:\s+{CONNECT}?{CAP})*(?:['’]s\s+{CAP}(?:\s+{CAP})*)?"
                        rf"|\s+and\s+of\s+the\s+[a-z]+\s+of\s+{CAP}(?:\s+{CAP})*"
                        rf"|:\s+{CAP}(?:\s+{CONNECT}?{CAP})*(?:\s+and\s+{CAP}(?:\s+{CAP})*)?")
# 'Mount Qingcheng and the Dujiangyan Irrigation System were inscribed together': two names, one property
TOGETHER = re.compile(r"\s+(?:were|was|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:inscribed|listed|added)\s+together\b")


def _listing_titles(text: str, found: list[Mention]) -> list[Mention]:
    """In a sentence that lists sites on the World Heritage List, a name the property's title goes on from is
    named by the whole title (a site named inside the tail is part of it, not a site of its own)."""
    out = list(found)
    for m in found:
        if m.anaphor or m not in out:
            continue
        tail = TITLE_TAIL.match(text, m.end)
        nxt = next((x for x in out if x.start > m.end), None)
        end = tail.end() if tail else None
        if end is None and nxt is not None and not nxt.anaphor and re.fullmatch(r"\s+and\s+", text[m.end:nxt.start]) \
                and TOGETHER.match(text, nxt.end):
            end = nxt.end
        if end is None:
            continue
        start = m.start + len(m.text) - len(re.sub(r"^(?:[Tt]he)\s+", "", m.text))
        name = re.sub(r"\s+", " ", text[start:end])
        site = Site(name, m.site.kind, aliases=(m.site.name, *m.site.aliases), part_of=m.site.part_of, known=False)
        out = [x for x in out if not (m.start <= x.start and x.end <= end)]
        out.append(Mention(m.start, end, text[m.start:end], site, listed_at=m.listed_at))
        out.sort(key=lambda x: x.start)
    return out


# 'the original' standing alone, as a noun: before a comma or its verb
ORIGINAL_NOUN = re.compile(r"\s*(?:[,;.)]|(?:was|were|is|had|has|itself|stood|burned|burnt)\b)")
# a description placed by the words after it: "the basilica in Albert", "the museum at Kherson"
PLACED_AFTER = re.compile(rf"\s+(?:in|at)\s+(?!{MONTH_DAY.pattern}|(?:Christmas|Easter|Ramadan|Lent)\b)({CAP}(?:\s+{CAP})*)")


def _in_place(site: Site, place: str) -> bool:
    """Whether `site` is named with, or lies in, `place` (its name, other names or container hold it)."""
    told = " ".join([site.name, *site.aliases, site.part_of or ""]).lower()
    return all(re.search(rf"\b{re.escape(w.lower())}\b", told) for w in place.split())


def _listed_town(town: Site) -> Site:
    """A modern town a listing verb takes: the heritage property is its historic centre."""
    return Site(f"Historic Centre of {town.name}", "city", aliases=(town.name,), known=False, part_of=town.name)


def _rooms_placed(text: str, found: list[Mention]) -> list[Mention]:
    """'the Hall of Mirrors at the Palace of Versailles': a room (site_kinds.yml `rooms`) named with the site it is
    in is that site; named alone, the text treats it as a site of its own."""
    out: list[Mention] = []
    for m in found:
        prev = out[-1] if out else None
        words = prev.site.name.split() if prev is not None else []
        if prev is not None and not prev.anaphor and not prev.site.known and not m.anaphor and m.site.heritage \
                and (words[0].lower() in KINDS.rooms or words[-1].lower() in KINDS.rooms) \
                and re.fullmatch(r"\s+(?:at|in|inside|of)\s+(?:the\s+)?", text[prev.end:m.start]):
            out[-1] = Mention(prev.start, m.end, text[prev.start:m.end], m.site)
            continue
        out.append(m)
    return out


# a sentence opening with a place phrase: "In the town of X, north of Y, the museum burned"
FRONTED_PHRASE = re.compile(r"\W*(?:In|At|Near|Inside|Outside|Across|Around)\b")


def _fronted_subject(text: str, pos: int, parses: Parses | None) -> bool:
    """After a fronted place phrase, the noun phrase after its closing comma is the clause's subject, not an
    appositive of the last name in the phrase ('north of Kyiv, the local history museum burned down'): the parse
    says so (only sentences opening with such a phrase are parsed here)."""
    if not FRONTED_PHRASE.match(text):
        return False
    tok = token_at((parses if parses is not None else Parses())[text], pos)
    return tok is not None and tok.dep_ in ("nsubj", "nsubjpass")


def _short_form(words: list[str], history: list[Mention]) -> Site | None:
    """The site named earlier whose name is these words and a head noun: 'Blenheim' after 'Blenheim Palace'."""
    for m in reversed(history):
        rest = m.site.name.split()
        if len(rest) == len(words) + 1 and rest[:-1] == words and _head(rest[-1]) in HEADS:
            return m.site
    return None


def _head(word: str) -> str:
    return re.sub(r"['’]s$", "", word.lower().strip("."))


def _modifier(word: str) -> bool:
    """A capitalised compound adjective before a name ('Crusader-era', 'UNESCO-listed', 'Soviet-built'): it
    describes the site, it is not part of its name."""
    return bool(re.match(r"[A-Z][\w’']*-[a-z]{2,}$", word))  # not a name's own particle ('Arg-e Bam')


def _run_kind(words: list[str]) -> str | None:
    """The kind a capitalised run's head names: a two-word head ('Opera House'), a site noun ('Temple of Bel'),
    or, for one word, a name ending in a head ('Rijksmuseum', 'Kunsthal')."""
    if len(words) >= 2 and " ".join(words[-2:]).lower() in KINDS.compound_heads:
        return KINDS.compound_heads[" ".join(words[-2:]).lower()]
    heads = [w for w in words if _head(w) in HEADS and w[0].isupper()]
    # a site noun before a body's or another thing's noun modifies it ('the Brenta Valley Post',
    # 'Westminster Abbey Choir'; 'Christ Church Greyfriars' is a church)
    name = words[:next((i for i, w in enumerate(words) if w.islower()), len(words))]
    if len(name) > 1 and name[-1].title() in KINDS.body_words and all(w in name for w in heads):  # (or in capitals)
        return None
    if heads:
        return HEADS[_head(heads[-1])]
    # one word ending in a head, alone or before its place ('Rijksmuseum', 'Staatsoper Unter den Linden')
    word = _head(words[0])
    return next((k for suffix, k in KINDS.name_suffixes.items() if word.endswith(suffix) and word != suffix
                 or len(words) == 1 and word == suffix and suffix not in HEADS), None)


def _positioned(words: list[str], kind: str, earlier: list[Mention]) -> Site | None:
    """'the Upper Church' after 'the Basilica of St. Francis': a name of only position words (site_kinds.yml
    `positions`) and a head is a part of the building of its kind named last before it, which it stands for."""
    if len(words) < 2 or not all(w.lower() in KINDS.positions for w in words[:-1]) or _head(words[-1]) not in HEADS:
        return None
    # (one of the same noun is another of its kind: 'West Pier' after 'Hastings Pier' is a second pier)
    return next((m.site for m in reversed(earlier) if m.site.heritage and not m.anaphor
                 and KINDS.in_group(m.site.kind, "building") and KINDS.akin(kind, m.site.kind)
                 and _head(m.site.name.split()[-1]) != _head(words[-1])), None)


def _styled(words: list[str]) -> bool:
    """'the neo-Romanesque Church of St. Lambertus': a style word before a name that opens with its head noun
    describes the building; the name is 'Church of St. Lambertus'."""
    return words[0].lower() in KINDS.styles and _head(words[1]) in HEADS and words[2] in ("of", "de", "di", "del")


def _described_only(words: list[str]) -> bool:
    """'the Gothic Cathedral', 'the Franciscan Monastery', 'the Iron Age Temple': a style, an order or a period
    and a head noun describe a building; they do not name one."""
    rest = [w for w in words if _head(w) not in HEADS]
    if rest and all(w.lower() in KINDS.styles for w in rest):
        return True
    return any(w.lower() in KINDS.periods for w in words[1:-1]) and _head(words[-1]) in HEADS


# what a place's name follows ('turned on X', 'marched into X', 'besieged X'), not a person's ('by X', 'told X')
PLACE_BEFORE = re.compile(r"\b(?:on|at|in|into|inside|of|to|from|near|toward|towards|against|besieged|attacked|took|"
                          r"captured|visited|reached|entered|stormed|shelled|bombed|seized|sacked|looted)\s$")


def _bare_name_before(told: str, gaz: Gazetteer) -> str | None:
    """The last one-word proper name inside the sentence before, in the same paragraph, that names no country, region,
    body, person's title or known non-heritage place, and says nothing ('Chittorgarh', not 'Smith said'); a town's
    name stands for its building of the description's kind ('Chittorgarh Fort')."""
    para = told.rsplit("\n\n", 1)[-1].strip()
    prev = re.split(r"(?<=[.!?])[\"'’”]?\s+(?=[A-Z\"“])", para)[-1] if para else ""
    for m in reversed(list(re.finditer(r"(?<=\s)([A-Z][a-z]{3,})\b(?!['’\-]|\s+[A-Z(])", prev))):
        word = m.group(1)
        if not PLACE_BEFORE.search(prev[:m.start()]) or word.endswith("ed") or \
                re.search(rf"\b{word.lower()}\b", told):  # (a word the article also writes in lower case is no name)
            continue
        if word in BAD_CAP_HEAD or STYLE_WORDS.match(word) or MONTH_DAY.match(word) or _country(word) or \
                _region(word) or _head(word) in HEADS or \
                word in KINDS.person_titles | KINDS.body_words | KINDS.actor_names or \
                re.match(r"\s+(?:said|says|told|added|wrote|was\s+born)\b", prev[m.end():]):
            continue
        known = gaz.lookup(word)
        return word if known is None or known.heritage else None
    return None


def _last_town(told: str) -> str | None:
    """The modern town (GeoNames) the text placed its story in last: 'in Cologne', a dateline's 'COLOGNE,'."""
    for m in reversed(list(PLACED_TOWN.finditer(told))):
        for name in (m.group(1), m.group(1).split()[0]):
            if towns.town(name) is not None:  # as the article writes it ('Cologne', not GeoNames' 'Köln')
                return name.title() if name.isupper() else name
    return None


def _known_place_site(place: str, head: str, gaz: Gazetteer) -> Site | None:
    """The known site a place's head noun names: 'Mosul Museum', 'Museum of Mosul'."""
    cands = [f"{place} {head.title()}", f"{head.title()} of {place}", f"{head.title()} of the {place}"]
    return next((gaz.get(c) for c in cands if gaz.get(c)), None)


def _kind(head: str) -> str | None:
    """The kind a lower-case head names: a site noun ('museum') or a two-word head ('opera house')."""
    head = " ".join(head.lower().split())
    return HEADS.get(head) or KINDS.compound_heads.get(head)


def _new_place_site(place: str, head: str, part_of: str) -> Site:
    """A site named after its place: 'Mosul Museum' ('Museum of the Old City' when the place holds a site noun)."""
    named = f"{head.title()} of the {place}" if any(w.lower() in HEADS for w in place.split()) else f"{place} {head.title()}"
    return Site(named, _kind(head) or "building", known=False, part_of=part_of)


def _modifies(after: str) -> bool:
    """Is a name followed by the noun it modifies ('the Indus Valley city', 'Swat Valley residents'), not by a
    preposition or a verb ('the Kathmandu Valley in 2015', 'the Valley of the Kings was looted')?"""
    nxt = re.match(r"\s+([a-z][a-z\-]*)", after)
    return bool(nxt) and nxt.group(1) not in STOP_WORDS and not re.search(r"(?:ed|ing)$", nxt.group(1))


def _country(name: str) -> bool:
    """A country or a large region ('the largest mosque in the Balkans' is described, not named 'Balkans Mosque')."""
    return name in KINDS.countries or f"the {name}" in KINDS.countries


def _a_place(name: str, gaz: Gazetteer) -> bool:
    """Is the name a town or a country the lists, the gazetteer of ancient places or GeoNames' towns know (the
    parse runs with no entity recogniser), not a person, a site or a region?"""
    if not _town_like(name):
        return False
    known = gaz.lookup(name)
    return known is not None and KINDS.in_group(known.kind, "settlement") or known is None and towns.town(name) is not None


def _town_like(name: str) -> bool:
    """Could the name be a town's by its form: no article or preposition first, no region's word last, no site noun?"""
    words = name.split()
    return words[0] not in BAD_CAP_HEAD and not _region(name) and not any(_head(w) in HEADS for w in words)


def _region(name: str) -> bool:
    """A region's name ('the Gaza Strip', 'Sindh province'), not a site's."""
    return name.split()[-1].lower() in KINDS.regions


def _split_run(text: str, s: int, e: int):
    """Split 'Arch of Triumph and Temple of Bel' at 'and' once the left part is a full 'X of Y' name,
    and at possessives ('Glasgow School of Art's Mackintosh Building')."""
    run = text[s:e]
    parts, pos = [], 0
    for m in re.finditer(r"['’]s\s+|\s+and\s+", run):
        left = run[pos:m.start()]
        after = run[m.end():].split()
        # a person's name owning a head noun is one name: "Gorham's Cave", "Hadrian's Wall"
        # (a saint's too: "St George's Hall")
        # (but a town's or a country's is its place: "Turin's Teatro Regio", "Milan's Castello Sforzesco")
        if ("'" in m.group(0) or "’" in m.group(0)) and (" " not in left.strip() or
                                                         re.match(r"(?:St\.?|Saint)\s+\S+$", left.strip())) and after \
                and after[0].lower() in HEADS and not (towns.town(left.strip()) or _country(left.strip())):
            continue
        # a saint's possessive opens a name that goes on to its head: "St. Michael's Golden-Domed Monastery" (but
        # "St. Petersburg's Hermitage Museum" is a city's museum: the places named after a saint are data)
        saint = re.match(r"(?:St\.?|Saint)\s+(\S+)$", left.strip())
        if ("'" in m.group(0) or "’" in m.group(0)) and saint and saint.group(1).lower() not in KINDS.saint_places \
                and any(_head(w) in HEADS for w in after):
            continue
        # "Cathedral of Saint Peter and Saint Paul" is one name: split only before another site name
        if " of " in left and "and" in m.group(0) and not any(w.lower().strip(".") in HEADS for w in after):
            continue
        possessive = "'" in m.group(0) or "’" in m.group(0)
        # "Cathedral of Our Lord's Transfiguration" is one name: a possessive splits only before a site name
        if possessive and not any(_head(w) in HEADS for w in after):
            continue
        if possessive and " and " in left:
            # "the Wieliczka Salt Mines and Peru's Kuelap Fortress": the owner is one name, after 'and'
            parts.append((s + pos, s + pos + left.rindex(" and ")))
            pos += left.rindex(" and ") + len(" and ")
        # "Sponza Palace and Franciscan monastery": a left part of two words or more ending in a head is a whole
        # name when the words after 'and' hold none ("National Library and Archives" is one name)
        named = "and" in m.group(0) and len(left.split()) >= 2 and _head(left.split()[-1]) in HEADS \
            and not any(_head(w) in HEADS for w in after)
        if possessive or " of " in left or named:
            parts.append((s + pos, s + m.start()))
            pos = m.end()
    parts.append((s + pos, e))
    return parts


FRONTED = re.compile(rf"^\W*(?:In|At|Inside)\s+(?:the\s+)?(?:(?:[a-z\-]+\s+){{0,2}}(?:city|town|village)\s+of\s+)?"
                     rf"({CAP}(?:\s+{CAP})*)\s*,")


# the noun phrase opening the clause after a fronted place: "In Timbuktu, the ancient mausoleums ..." (not a part, not
# "the minaret of X", not a name: "the Umayyad Mosque")
_OPENING_HEADS = sorted({*(h for h in HEADS if h not in KINDS.parts), *KINDS.plurals}, key=len, reverse=True)
FRONTED_HEAD = re.compile(rf"\s*([Tt]he\s+(?:(?!of\b)[a-z0-9][\w\-]*\s+){{0,2}}?({'|'.join(_OPENING_HEADS)}))\b(?!\s+(?:of|in)\b|['’])")


# a sentence opening with a town it introduces: "In the nearby town of Foligno, ..."
FRONTED_TOWN = re.compile(rf"^\W*(?:In|At)\s+(?:the\s+)?(?:[a-z\-]+\s+){{0,2}}(?:city|town|village)\s+of\s+({CAP}(?:\s+{CAP})*)\s*,")


# what an appositive says of a town the World Heritage List holds: "the town of X in Y, on UNESCO's World Heritage List"
LISTED_TOWN = re.compile(r"[^,.;]{0,40},\s+(?:(?:which\s+has\s+been|listed|inscribed)\s+)?on\s+(?:the\s+)?(?:UNESCO['’]s\s+)?"
                         r"(?:UNESCO\s+)?World\s+Heritage\s+[Ll]ist\b")


def _introduced_town(text: str, pos: int) -> str | None:
    """The town a sentence introduces before `pos` ('In the nearby town of Foligno, the cathedral ...'): the
    definite descriptions of its clause are that town's buildings."""
    m = FRONTED_TOWN.match(text)
    return m.group(1) if m and m.end() <= pos else None


# a sentence opening with a place: "In Jacmel, ...", "At Kargilik itself, ..."
OPENING_PLACE = re.compile(rf"^\W*(?:In|At)\s+({CAP}(?:\s+{CAP})*)(?:\s+itself)?\s*,")


def _opening_town(text: str, pos: int, gaz: Gazetteer) -> str | None:
    """The place a sentence opens with before `pos`, when it can be a town: not a country or a large region, not
    a site, not a date; a town the site list knows, or a name it does not know at all."""
    m = OPENING_PLACE.match(text)
    if m is None or m.end() > pos:
        return None
    name = m.group(1)
    if _country(name) or MONTH_DAY.match(name) or not _town_like(name):
        return None
    known = gaz.get(name)
    return name if known is None or (not known.heritage and KINDS.in_group(known.kind, "town")) else None


def _town_site(town: str, modifiers: str, head: str, gaz: Gazetteer) -> Site:
    """'the cathedral' of Foligno: Foligno Cathedral; 'the town hall': Foligno Town Hall (a two-word head)."""
    words = modifiers.split()
    compound = f"{words[-1]} {head}".lower() if words else ""
    if words and (compound in KINDS.compound_heads or words[-1].lower() in ("town", "city")):
        head = f"{words[-1]} {head}"
    return _known_place_site(town, head, gaz) or _new_place_site(town, head, town)


def _fronted(text: str, pos: int) -> str | None:
    """The place a sentence opens with ('In Aleppo, the Umayyad Mosque's minaret fell'): it places the names
    of the clause after it."""
    m = FRONTED.match(text)
    return m.group(1) if m and m.end() <= pos else None


def _placed(name: str, after: str, gaz: Gazetteer, fronted: str | None = None) -> Site:
    """'the Umayyad Mosque in Aleppo' (or 'In Aleppo, the Umayyad Mosque') is the Umayyad Mosque of Aleppo, not
    the one in Damascus."""
    site = gaz.get(name)
    place = re.match(rf"\s+(?:in|of)\s+({CAP}(?:\s+{CAP})*)", after)
    for where in (place.group(1) if place else None, fronted):
        if not where:
            continue
        for cand in (f"{name} of {where}", f"{name} in {where}"):
            if gaz.get(cand) is not None:
                return gaz.get(cand)
    return site


# a town's historic area: "Warsaw's Old Town", or "the Old City" in an article about the town
AREAS = ("Old Town", "Old City", "Medina", "Old Medina", "Historic Centre", "Old Quarter", "Old Bazaar")


def _possessed(place: str, name: str, gaz: Gazetteer) -> Site | None:
    """The site that 'place's name' means, if `name` is generic: known under 'Name of Place' or
    'Place Name', else a new site of that name. Proper names stay as they are ('Syria's Temple of Bel')."""
    words = name.split()
    if name in AREAS:
        return Site(f"{name} of {place}", "city", known=False, part_of=place)  # "Warsaw's Old Town"
    if not words or words[-1].lower() not in HEADS or " of " in f" {name} ":
        return None
    if any(w.lower() not in GENERIC_NAME and w.lower() not in HEADS for w in words):
        return None
    for cand in (f"{name} of {place}", f"{place} {name}", f"{name} of the {place}"):
        if gaz.get(cand):
            return gaz.get(cand)
    owner = gaz.get(place)
    if owner is not None and owner.heritage:  # "the Glasgow School of Art's Mackintosh Building"
        return None
    if len(words) < 2 or MONTH_DAY.match(place):
        return None
    return Site(f"{name} of {place}", HEADS[words[-1].lower()], known=False, part_of=place)
