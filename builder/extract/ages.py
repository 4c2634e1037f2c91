"""Age phrases → claims of the type vocab.yml marks `from_age` (built): 'the 1,800-year-old Arch of Triumph' in 2016 → built c. 216."""
from __future__ import annotations

import datetime as dt
import re

from .dates import year as year_date
from ..vocab.registry import from_age
from .model import Claim, Mention, Sentence

AGE = re.compile(r"(?:(nearly|almost|about|around|over|more than|some|roughly)\s+)?\b(\d[\d,]*|a)?[\s-]*"
                 r"(year|century)[\s-]old\s+$", re.I)


def age_claims(sent: Sentence, mentions: list[Mention], published: dt.date) -> list[Claim]:
    """'the 1,800-year-old Arch of Triumph' in 2016 → built c. 216."""
    out = []
    for m in mentions:
        inner = re.match(r"(?:the|a|an)\s+(.*?-old\s+)", m.text, re.I)
        a = AGE.search(inner.group(1) if inner else sent.text[max(0, m.start - 40):m.start])
        if not a or not m.site.heritage or m.site.pending:
            continue
        n = 1 if (a.group(2) or "a").lower() == "a" else int(a.group(2).replace(",", ""))
        n *= 100 if a.group(3).lower() == "century" else 1
        d = year_date(published.year - n, approx=True)
        out.append(Claim(site=m.site.name, mention=m.text, event=from_age(), date=d, actor=None, certainty="confirmed",
                         quote=sent.text, offset=sent.offset, sentence=sent.index, kind=m.site.kind,
                         aliases=[m.text], quotes=[sent.text], trigger=a.group(0).strip()))
    return out


def stage(state) -> None:
    """Stage `ages`: claims from age phrases from age phrases, each after its sentence's event claims."""
    if not state.include_built:
        return
    for sent in state.sentences:
        state.claims += age_claims(sent, state.mentions[sent.index], state.published)
    state.claims.sort(key=lambda c: c.sentence)  # stable: a sentence's event claims stay before its ages
