"""Which site a claim belongs to, for `heritage ingest`: the place-name index asked with the article's
context, and what a new site starts with.

A claim is attached only when one of its quotes names the site or holds the mention the extractor
resolved ("the city", "it"); a generic mention alone ("the site") names nothing. The mention is
resolved against the knowledge base, the gazetteer and the built-in list (builder.places):

- certain, and the knowledge base has it: that site; a new surface form goes to its `names`;
- certain, and only the gazetteer or the list has it: a new site under the place's own name, with
  the article's forms in `names`, the gazetteer's `identifiers` and `part_of` when the parent is in
  the knowledge base;
- ambiguous: a new site under the article's name, with `candidates:` listing the namesakes for the
  Review page (never a guess); the next ingest finds it again rather than making another;
- unknown: a new site under the article's name.

Sites made during one ingest join the index at once, so every surface form of one place in an
article, and in the next article, meets the same site.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from .content.load import SUFFIXES
from .content.paths import site_path
from .content.model import KnowledgeBase
from .new_site import slugify
from .places import Place, PlaceIndex, context_keys, distinctive, is_generic, key, kind_of, word_meets, words
from .places.normalize import KIND_SYNONYMS, STOP_WORDS, kind_nouns
from .vocab import vocab

CANDIDATES_COMMENT = "heritage ingest could not tell which of these places this is: keep one, delete the list"

# Words a cut slug should not end on: "library-of-the-latin-church-and-monastery-of-the"
_DANGLING = {"a", "an", "and", "at", "de", "del", "des", "di", "du", "for", "in", "la", "le", "of", "on", "the", "to"}


def short_slug(text: str, limit: int = 50) -> str:
    """A slug cut at a word boundary, never ending on a dangling "of", "the" or "and"."""
    words = slugify(text).split("-")
    kept: list[str] = []
    for word in words:
        if kept and len("-".join(kept)) + 1 + len(word) > limit:
            break
        kept.append(word if kept else word[:limit])
    if len(kept) < len(words):
        while len(kept) > 1 and kept[-1] in _DANGLING:
            kept.pop()
    return "-".join(kept)


def guess_kind(name: str) -> str:
    """The site kind a name says ("Mar Behnam Monastery" → monastery), else "other"."""
    kinds = vocab()["kinds"]
    w = words(name)
    for kind in kinds:
        if " " in kind and kind in " ".join(w) or kind in w or f"{kind}s" in w:
            return kind
    return next((KIND_SYNONYMS[x] for x in w if x in KIND_SYNONYMS), "other")


def quotes_of(claim: dict) -> list[str]:
    quotes = [q for q in (claim.get("quotes") or []) if q] or [claim.get("quote")]
    return list(dict.fromkeys(q for q in quotes if q))


# "It was razed in 1945": a quote that names its site only by a pronoun, told after the name
_PRONOUN = re.compile(r"\b(?:it|its|they|their|them)\b", re.I)


def _bare(form: str) -> str:
    """A form as a name: "the Mar Behnam Monastery" → "Mar Behnam Monastery"."""
    form = " ".join(form.split())
    return re.sub(r"^(?:the|a|an)\s+", "", form, flags=re.I) or form


def _in(phrase: str, text: str) -> bool:
    p = " ".join(words(phrase))
    return bool(p) and f" {p} " in f" {' '.join(words(text))} "


@dataclass
class Target:
    """Where a claim goes: an existing site file, or a new one with its first fields."""
    site_id: str
    path: Path
    new: CommentedMap | None = None  # the new site's document, events still empty
    forms: list[str] = field(default_factory=list)  # the article's names for it, for `names`
    message: str = ""


class SiteMatcher:
    """One article's claims → sites, over the index of the knowledge base as it stands."""

    def __init__(self, kb: KnowledgeBase, content: Path, text: str, claims: list[dict],
                 index: PlaceIndex | None = None):
        self.kb, self.content, self.text = kb, Path(content), text
        self.index = index or PlaceIndex.build(kb)
        # the article's places: what it names anywhere, and the sites its claims name
        self.far = context_keys(text) | {k for c in claims for n in (c.get("site"), c.get("part_of")) if n and (k := key(n))}
        self.made: dict[str, Target] = {}  # site id -> target, sites this ingest creates
        self.by_form: dict[str, str] = {}  # key of a surface form -> site id, within this ingest
        self.by_site: dict[str, str] = {}  # key of the extractor's site name -> site id, within this ingest
        self.reason = ""  # why the last claim got no site

    # --- the public step ---
    def target(self, claim: dict) -> Target | None:
        """The site for this claim, or None (with `reason`) when its quotes name none."""
        found = self._target(claim)
        if found is not None and claim.get("site"):
            # what the extractor called this site stands, in this article, for where its named mention went
            self.by_site.setdefault(key(claim["site"]), found.site_id)
        return found

    def _target(self, claim: dict) -> Target | None:
        quotes = quotes_of(claim)
        # the article's own words first: the extractor's `site` may be a namesake it chose without context
        forms = [f for f in dict.fromkeys([claim.get("mention"), claim.get("site"), *(claim.get("aliases") or [])])
                 if f and f.strip()]
        near = context_keys(*quotes, claim.get("part_of") or "")
        named = [f for f in forms if not is_generic(f) or self.index.resolve(f, near).certain]
        if not named:
            self.reason = f"no site: {claim.get('site')!r} names no particular place"
            return None
        if is_generic(claim.get("mention") or "") and key(claim["site"]) in self.by_site:
            if any(_in(claim["mention"], q) for q in quotes):  # "the mosque", told after its name
                return self._existing(self.by_site[key(claim["site"])], [], None)
        found = self._resolve(named, near)
        place = found.place if found and found.certain else None
        names_of_place = list(place.names) if place else []
        if not any(_in(f, q) for q in quotes for f in forms + names_of_place if self._refers(f, claim, place)) \
                and not (any(_PRONOUN.search(q) for q in quotes) and any(_in(f, self.text) for f in named)):
            self.reason = f"no site: the quote does not name {claim['site']!r}"
            return None
        # the article's own forms (the extractor's aliases are the built-in list's, not the article's)
        spoken = [_bare(f) for f in dict.fromkeys([claim.get("site"), claim.get("mention")])
                  if f and not is_generic(f) and any(_in(f, q) for q in quotes)]
        for form in named:  # a form this ingest already gave a site
            sid = self.by_form.get(key(form))
            if sid and (place is None or place.site_id in (None, sid)):
                return self._existing(sid, spoken, place)
        if place is not None and place.site_id:
            return self._existing(place.site_id, spoken, place)
        if place is not None:
            pending = self._pending_site(place)
            if pending:
                return self._existing(pending, spoken, place)
            return self._create(claim, place.name, spoken, near, place=place)
        candidates = found.candidates if found is not None and found.ambiguous else ()
        return self._create(claim, claim["site"] if not is_generic(claim["site"]) else named[0], spoken, near,
                            candidates=candidates)

    def _resolve(self, forms: list[str], near):
        first = None
        for form in forms:
            found = self.index.resolve(form, near, self.far)
            if found.certain:
                return found
            if found.ambiguous and first is None:
                first = found
        return first

    def _refers(self, form: str, claim: dict, place: Place | None) -> bool:
        """A generic mention refers to the site only when its kind noun fits ("the temple" is not a city)."""
        if not is_generic(form):
            return True
        noun = kind_of(form)
        kind = (place.kind if place else None) or claim.get("kind")
        kinds = vocab()["kinds"]
        return noun is None or noun not in kinds or kind not in kinds or noun == kind or KIND_SYNONYMS.get(noun) == kind

    def _pending_site(self, place: Place) -> str | None:
        """A site an earlier ingest made for namesakes among which this place was one."""
        for site in self.kb.sites.values():
            if place.ref in site.candidate_refs and key(site.name) in {key(n) for n in place.names}:
                return site.id
        return None

    # --- targets ---
    def _existing(self, site_id: str, spoken: list[str], place: Place | None) -> Target:
        target = self.made.get(site_id)
        if target is None:
            target = Target(site_id, site_path(self.content, site_id))
        target.forms = self._clean_forms(spoken, place, site_id)
        for form in spoken:
            self.by_form.setdefault(key(form), site_id)
        return target

    def _create(self, claim: dict, name: str, spoken: list[str], near, place: Place | None = None,
                candidates: tuple[Place, ...] = ()) -> Target:
        site_id = self._free_id(short_slug(name))
        doc = CommentedMap()
        doc["name"] = name
        kind = (place.kind if place and place.kind in vocab()["kinds"] else None) \
            or (claim.get("kind") if claim.get("kind") in vocab()["kinds"] and claim.get("kind") != "other" else None) \
            or guess_kind(name)
        doc["kind"] = kind
        parent = self.index.parent_site(place, near, self.far) if place else None
        if parent is None and claim.get("part_of"):
            found = self.index.resolve(claim["part_of"], near, self.far)
            parent = found.place.site_id if found.certain else None
        if parent and parent != site_id:
            doc["part_of"] = parent
        if place and place.identifiers:
            doc["identifiers"] = CommentedMap(place.identifiers)
        if candidates:
            doc["candidates"] = CommentedSeq(_candidate(c) for c in candidates)
            doc.yaml_set_comment_before_after_key("candidates", before=CANDIDATES_COMMENT)
        doc["events"] = CommentedSeq()
        target = Target(site_id, site_path(self.content, site_id), doc,
                        message=_created(site_id, name, kind, place, candidates, parent))
        self.made[site_id] = target
        self.index.add(Place(ref=f"site:{site_id}", name=name, names=(name, *spoken), kind=kind, site_id=site_id,
                             wikidata=place.wikidata if place else None, pleiades=place.pleiades if place else (),
                             parent=place.parent if place else None, parent_site=parent,
                             within=place.within if place else (), pending=frozenset(c.ref for c in candidates),
                             sources=("site",)))
        for form in (name, *spoken):
            self.by_form.setdefault(key(form), site_id)
        target.forms = self._clean_forms(spoken, place, site_id)
        return target

    def _free_id(self, base: str) -> str:
        base = base or "site"
        site_id, n = base, 2
        while site_id in self.kb.sites or site_id in self.made \
                or any((self.content / "sites" / f"{site_id}{s}").exists() for s in SUFFIXES):
            site_id, n = f"{base}-{n}", n + 1
        return site_id

    def _clean_forms(self, spoken: list[str], place: Place | None, site_id: str) -> list[str]:
        """The article's forms worth keeping as names: capitalised, and every word a small word, a kind
        noun or one of the place's own words (a letter slip allowed): no "4th-century ..." noise."""
        known = self.index.site_place(site_id) or place
        own = {w for n in (known.names if known else ()) for w in distinctive(n)}
        return [f for f in spoken if _name_like(f) and _made_of(words(f), own)]


def _name_like(form: str) -> bool:
    """Written as a name: no brackets, and every word a small word, a kind noun or capitalised (not
    "Odesa's largest Orthodox cathedral", not "Prophet Jonah (Younis in Arabic)")."""
    if any(c in form for c in "()[]\"“”"):
        return False
    parts = [p for p in re.split(r"[\s-]+", form) if p]
    nouns = kind_nouns()
    return bool(parts) and (parts[0][:1].isupper() or not parts[0][:1].isascii()) and all(
        p[:1].isupper() or not p[:1].isascii() or p.lower() in STOP_WORDS or p.lower() in nouns for p in parts)


def _made_of(ws: list[str], own: set[str]) -> bool:
    nouns = kind_nouns()
    return bool(ws) and all(w in STOP_WORDS or w in nouns or any(word_meets(w, o) for o in own) for w in ws)


def _candidate(place: Place) -> CommentedMap:
    out = CommentedMap(name=place.name)
    if place.site_id:
        out["site"] = place.site_id
    if place.wikidata:
        out["wikidata"] = place.wikidata
    if place.pleiades:
        out["pleiades"] = place.pleiades[0]
    note = place.description or ("built-in list" if "builtin" in place.sources else "")
    if place.parent and place.parent not in note:
        note = f"{note}; in {place.parent}" if note else f"in {place.parent}"
    if note:
        out["note"] = note
    out.fa.set_flow_style()
    return out


def _created(site_id: str, name: str, kind: str, place: Place | None, candidates, parent) -> str:
    what = f"{site_id}: new site '{name}' (kind {kind}"
    if place and place.identifiers:
        what += ", " + ", ".join(f"{k} {v}" for k, v in place.identifiers.items())
    if parent:
        what += f", part of {parent}"
    if len(candidates) == 1:
        where = f" in {candidates[0].parent}" if candidates[0].parent else ""
        what += f"; the gazetteer's {candidates[0].name}{where} may be another place: listed under candidates: for review"
    elif candidates:
        what += f"; {len(candidates)} namesakes, listed under candidates: for review"
    return what + ")"


def add_names(doc, forms: list[str], source_id: str) -> list[str]:
    """Add the article's surface forms a site does not have yet to its `names`; returns those added."""
    known = [str(doc.get("name") or "")] + [str(n.get("name")) for n in doc.get("names") or []
                                            if isinstance(n, dict) and n.get("name")]
    have = {key(n) for n in known}
    told = [set(distinctive(n)) for n in known]
    added = []
    for form in forms:
        k = key(form)
        if not k or k in have or any(set(distinctive(form)) <= words_ for words_ in told):
            continue  # known, or a shortening that says less ("Durbar Square" of Kathmandu's) and would mislead

        names = doc.get("names")
        if names is None:
            names = CommentedSeq()
            _insert_after(doc, "name", "names", names)
        item = CommentedMap(name=form, note=f"as written in {source_id}")
        item.fa.set_flow_style()
        names.append(item)
        have.add(k)
        told.append(set(distinctive(form)))
        added.append(form)
    return added


def _insert_after(doc: CommentedMap, after: str, key_: str, value) -> None:
    keys = list(doc.keys())
    position = keys.index(after) + 1 if after in keys else len(keys)
    doc.insert(position, key_, value)
