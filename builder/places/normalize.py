"""Place names to matching keys, in any script.

Two spellings of one place meet on one key: "The Temple of Baal-Shamin", "temple of Baalshamin" and
"Temple of Ba'alshamin" all become "templeofbaalshamin"; "قوس النصر" becomes "قوسالنصر". The key
is NFKC-normalised and casefolded, with diacritics (Latin accents, Arabic harakat), apostrophes and
ʿayn/hamza marks, bracketed qualifiers, a leading article and generic openings ("the ancient city of
Palmyra" is Palmyra) taken off. Letters of every script stay, so a name written only in Arabic
keeps a non-empty key. Spaces go last, so word splits ("Baal Shamin") do not matter.

A *generic* mention ("the site", "the ancient city", "it") has no word that names a place: it
must match nothing (`is_generic`).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Openings that say what kind of thing follows, not which: dropped from the front of a name.
# Longest first, so "ancient city of" wins over "ancient".
GENERIC_PREFIXES = tuple(sorted((
    ("the",), ("ancient", "city", "of"), ("ancient", "town", "of"),
    ("ruins", "of"), ("remains", "of"), ("archaeological", "site", "of"), ("site", "of"),
    ("old", "city", "of"), ("historic", "city", "of"),
), key=len, reverse=True))

# Words that never name a place by themselves: articles, pronouns, descriptive adjectives.
STOP_WORDS = frozenset("""
    the a an this that these those its their his her it they them of and in at on near by for to from
    al el ancient old historic historical famous nearby whole entire same other former modern
    so called much loved revered celebrated renowned national gothic medieval baroque romanesque
    de di dei del della degli des du la le les von van der den bin ibn bint
""".split())

# Nouns that say what kind of place, not which one ("the site", "the temple", "the city").
# The vocabulary's kinds are added to these at first use.
KIND_NOUNS = frozenset("""
    site sites place places ruin ruins remains town towns village city cities area complex structure
    structures building buildings monument monuments heritage world landmark landmarks compound
    temple temples mosque mosques church churches monastery monasteries shrine shrines tomb tombs
    museum museums library castle fortress fort citadel palace gate gates wall walls theatre theater
    amphitheatre amphitheater arch necropolis cemetery mausoleum cathedral chapel abbey convent
    minaret dome statue statues colonnade villa district quarter mountain hill tell mound settlement
    capital province governorate region country collection collections artefacts artifacts
    dam dams bridge pagoda stupa square souk souks market bazaar gardens garden park cave caves
    basilica synagogue madrasa school tower towers hall house library libraries institute dolmen dolmens
    palaces churches citadels castles
""".split())

# Nouns of one kind written differently: "Alpha Moya Mausoleum" and "Tomb of Alpha Moya" are one tomb.
KIND_SYNONYMS = {"fort": "citadel", "fortress": "citadel", "mausoleum": "tomb", "cathedral": "church",
                 "chapel": "church", "basilica": "church", "abbey": "monastery", "convent": "monastery",
                 "amphitheatre": "theatre", "amphitheater": "theatre", "theater": "theatre", "colosseum": "theatre",
                 "gallery": "museum", "minaret": "mosque", "ruins": "archaeological site", "tell": "archaeological site"}
# Words of a dedication: "Church of Saint George" names a church in many towns, so a lone gazetteer
# item of that name is not the one meant unless the article names its town.
DEDICATION_WORDS = frozenset("saint sainte san santa santo sant sankt sveti sv holy hagia hagios".split())
# Abbreviations folded to one word, so "St Peter" meets "Saint Peter".
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount"}

_MARKS = dict.fromkeys(map(ord, "'’‘`´ʿʾʻʼ"), None)  # apostrophes, ʿayn and hamza: not letters in a key
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NON_WORD = re.compile(r"[\W_]+")


_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")  # "the city's walls": the city, not "citys"


def _fold(name: str) -> str:
    name = _POSSESSIVE.sub("", name)
    if name.isascii():  # most names: nothing to decompose
        return _BRACKETS.sub(" ", name.lower().translate(_MARKS).replace("&", " and "))
    text = unicodedata.normalize("NFKC", name).casefold()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c) and unicodedata.category(c) != "Cf")
    text = unicodedata.normalize("NFC", text).translate(_MARKS).replace("ß", "ss").replace("&", " and ")
    text = text.replace("ı", "i").replace("ø", "o").replace("æ", "ae").replace("œ", "oe").replace("ł", "l")
    return _BRACKETS.sub(" ", text)


def words(name: str) -> list[str]:
    """The words of `name`: folded, in any script, no brackets, no generic opening."""
    return list(_words(name or ""))


@lru_cache(maxsize=131072)
def _words(name: str) -> tuple[str, ...]:
    out = [_ABBREVIATIONS.get(w, w) for w in _NON_WORD.sub(" ", _fold(name)).split()]
    changed = True
    while changed and out:
        changed = False
        for prefix in GENERIC_PREFIXES:
            if tuple(out[:len(prefix)]) == prefix and len(out) > len(prefix):
                out, changed = out[len(prefix):], True
                break
    return tuple(out)


def key(name: str) -> str:
    """The matching key of a name ("" only for a name with no letters or digits)."""
    return "".join(_words(name or ""))


@lru_cache(maxsize=1)
def kind_nouns() -> frozenset[str]:
    from ..vocab import vocab  # data only: the kinds list
    kinds = {w for kind in vocab()["kinds"] for w in kind.split()}
    return KIND_NOUNS | kinds | {f"{k}s" for k in kinds}


def distinctive(name: str) -> list[str]:
    """The words of `name` that tell which place it is: not stop words, kind nouns or numbers
    ("the 4th-century Mar Behnam monastery" → mar, behnam, 4th, century... minus the noise). A stop word
    capitalised inside a name is the name's own ('the Museum of Modern Art' is not the Museum of Islamic Art;
    'the modern city of Hama' is Hama)."""
    nouns = kind_nouns()
    folded = _words(name or "")
    own = {w.lower() for w in re.findall(r"\w+", name)[1:] if w[:1].isupper() and w.lower() in NAMING_ADJECTIVES} \
        if NAMING_ADJECTIVES.intersection(folded) else set()
    return [w for w in folded if (w not in STOP_WORDS or w in own) and w not in nouns and not _ordinal(w)]


# stop words that, capitalised inside a name, are part of it ('Museum of Modern Art')
NAMING_ADJECTIVES = frozenset({"modern"})


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)?|centur(?:y|ies)|year|years|old|bc|bce|ad|ce")


def _ordinal(word: str) -> bool:
    return _ORDINAL.fullmatch(word) is not None


def is_generic(name: str) -> bool:
    """True for a mention that names no particular place: "the site", "the city", "it", "". """
    return not distinctive(name)


def kind_of(name: str) -> str | None:
    """The last kind noun of a name, synonyms as one ("Mar Behnam Monastery" → monastery,
    "Alpha Moya Mausoleum" → tomb), or None."""
    nouns = kind_nouns()
    found = [w for w in _words(name or "") if w in nouns]
    if not found:
        return None
    word = found[-1]
    word = word[:-1] if word.endswith("s") and word[:-1] in nouns else word
    return KIND_SYNONYMS.get(word, word)
