"""Article text → sentences with offsets.

Paragraphs (blank lines) are hard boundaries, because DailyMail photo captions have no full stop;
a paragraph that stops mid-sentence and is followed by one starting in lower case is joined to it
(stray line breaks). '@highlight' bullets are sentences of their own, marked as highlights.
"""
from __future__ import annotations

import re

from .dates import MONTH_RE
from .model import Sentence

ABBREV = {"mr", "mrs", "ms", "dr", "st", "prof", "gen", "brig", "capt", "lt", "col", "sgt", "gov", "sen", "rep",
          "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc",
          "u.s", "u.k", "a.d", "b.c", "a.m", "p.m", "i.e", "e.g", "inc", "ltd", "co", "jr", "sr", "mt", "ft", "approx"}
BOUNDARY = re.compile(r"[.!?][\"'’”)\]]*\s+(?=[\"'‘“(\[]?[A-Z0-9])")
PARA = re.compile(r"\n[ \t]*\n\s*")
# a short line with no closing punctuation inside a paragraph is a masthead or a title line ('SAN VALLEY GAZETTE'
# above 'Przemysl and district'), not the start of the sentence on the next line
TITLE_LINE = re.compile(r"(?:(?<=\n)|^)[^\S\n]*(?:[^\s.!?:;,]+[^\S\n]+){0,7}[^\s.!?:;,]+[^\S\n]*(\n)(?=[^\S\n]*[A-Z\"“‘'(])", re.M)
# a quoted title with a full stop inside ('inscribed the "Via Appia. Regina Viarum" on the List'): quoted words
# that close with no punctuation of their own are a name, not speech ending a sentence
QUOTED_TITLE = re.compile(r"[\"“][A-Z][^\"“”\n]{1,100}?[^\s.!?,;:\"“”][\"”](?!\w)")
SKIP = re.compile(r"^(?:@highlight|Story highlights|Scroll down for video|CNN\s*[—–-]*|\(CNN\)|Share this article)\s*$", re.I)


def _paragraphs(text: str):
    """(start, end) spans of paragraphs, stray breaks mended."""
    spans, pos = [], 0
    for m in PARA.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    merged: list[list[int]] = []
    for s, e in spans:
        chunk = text[s:e].strip()
        if not chunk:
            continue
        if merged:
            prev = text[merged[-1][0]:merged[-1][1]].rstrip()
            if not re.search(r"[.!?:\"'’”]$", prev) and re.match(r"[a-z]", chunk) and not prev.startswith("@highlight"):
                merged[-1][1] = e
                continue
        merged.append([s, e])
    return merged


def stage(state) -> None:
    """Stage `sentences`."""
    state.sentences = split(state.text)


def split(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    highlight_next = False
    paragraphs = _paragraphs(text)
    for n, (s, e) in enumerate(paragraphs):
        para = text[s:e]
        # a headline: a short first paragraph with no full stop, like a highlight a summary, not news
        if n == 0 and len(paragraphs) > 1 and len(para.split()) <= 16 and not re.search(r"[.!?]['\"’”]?\s*$", para):
            highlight_next = True
        if para.strip() == "@highlight":
            highlight_next = True
            continue
        lead = len(para) - len(para.lstrip())
        start = s + lead
        body = para.strip()
        pieces, last = [], 0
        titles = [m.span() for m in QUOTED_TITLE.finditer(body)]
        for m in sorted([*BOUNDARY.finditer(body), *TITLE_LINE.finditer(body)], key=lambda m: m.start()):
            word = re.search(r"([\w.]+)$", body[:m.start()])
            if word and word.group(1).lower().rstrip(".") in ABBREV:
                continue
            if word and re.fullmatch(r"[A-Z]", word.group(1)):  # an initial: "J. Smith"
                continue
            if m.start() < last or any(a < m.start() < b for a, b in titles):
                continue
            cut = m.start() + 1 if m.re is BOUNDARY else m.start(1)
            pieces.append((last, cut))
            last = m.end()
        pieces.append((last, len(body)))
        pieces = [p for a, b in pieces for p in _clauses(body, a, b)]
        for a, b in pieces:
            raw = body[a:b]
            clean = " ".join(raw.split())
            if not clean or SKIP.match(clean):
                continue
            # quote marks left over from the split ("... it.' Next") stay with their sentence
            out.append(Sentence(clean, start + a, len(out), highlight_next, n))
        highlight_next = False
    return out


SEMICOLON = re.compile(r";\s+")
DATE_WORD = rf"(?:1\d{{3}}|20\d{{2}}|{MONTH_RE})"  # a year or a month
DATED = re.compile(rf"\b{DATE_WORD}(?!\w)")  # a clause that gives a date
FRONTED_DATE = re.compile(rf"[^,;]{{0,30}}\b(?:{DATE_WORD}|ago|yesterday|last\s+(?:week|month|year))\s*,")
VERB_LIKE = re.compile(r"\b(?:was|were|is|are|had|has|have|\w+ed)\b")  # a clause, not one item of a list


def _clauses(body: str, a: int, b: int) -> list[tuple[int, int]]:
    """A sentence's semicolon clauses that each give a date, read as sentences of their own: the parser makes
    'In January 1915 a shell hit X; gunners brought the tower down in April 1918' one clause, whose
    dates then both claim each event (a semicolon list of sites shares its sentence's date: not split)."""
    cuts = [m for m in SEMICOLON.finditer(body, a, b) if body.count("(", a, m.start()) == body.count(")", a, m.start())]
    bounds = [a, *(m.start() + 1 for m in cuts), b]
    parts = [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]
    # ('Four years ago, graves were smashed at X; five teenagers were later charged': the parser hangs a fronted date
    # on the last clause's verb, so a sentence opening with one is cut too)
    if len(parts) < 2 or not (all(DATED.search(body, s, e) for s, e in parts) or FRONTED_DATE.match(body, a, b) and
                              all(VERB_LIKE.search(body, s, e) for s, e in parts[1:])):
        return [(a, b)]
    return [(s + len(body[s:e]) - len(body[s:e].lstrip()), e) for s, e in parts]  # (each after its white space)
