"""Who did it: the agent of a passive ('by X') or the subject of an active verb, tidied."""
from __future__ import annotations

import re

from .model import Mention


def actor_by(text: str, pos: int, end: int) -> str | None:
    m = re.match(r"\s*(?:,\s*)?by\s+(.+?)(?=\s*(?:,|\.|;|$|\bin\b|\bon\b|\bat\b|\bduring\b|\bafter\b|\bthat\b|\bwhich\b|\bwho\b|\baccording\b|\blast\b|\bsince\b))",
                 text[pos:end + 80])
    return m.group(1).strip() if m else None


def actor_subject(text: str, cstart: int, pos: int, bword: str, ms_before: list[Mention]) -> str | None:
    if bword == "who":  # "militias loyal to the government who recaptured": the antecedent
        lead = text[:cstart].rstrip()
        lead = re.sub(r"\bwho$", "", lead).rstrip(" ,")
        span = re.split(r",|\bfor\b|\bby\b|\bwith\b|\bthat\b", lead)[-1]
        return tidy(span)
    span = text[cstart:pos]
    span = re.split(r",\s+(?=[a-z])|\bthat\b|\bhow\b", span)[-1]
    return tidy(span)
AUX_TAIL = re.compile(r"(?:\s+(?:had|has|have|was|were|is|are|also|reportedly|allegedly|first|then|later|already|been|be|being|"
                      r"did|to|trying|tried|busy|able|appeared|appear|appears|apparently|now|again|once|most|recently|"
                      r"\[have\]|\[has\]|helped|finally|all|both))+$", re.I)


def tidy(span: str) -> str | None:
    span = " ".join(span.split())
    span = re.sub(r"^(?:[^()]{0,60}\(CNN\)\s*(?:--|—|-)?\s*|[A-Z][A-Z .,'’\-]+\s+[—–-]+\s*)", "", span)  # a dateline
    span = re.sub(r"\b(?:used|using|uses)\b.*$", "", span).strip()
    span = AUX_TAIL.sub("", " " + span).strip(" ,'\"‘’“”")
    span = re.sub(r"^(?:and|but|then|so|yet)\s+", "", span, flags=re.I)
    words = span.split()
    if not words or len(words) > 12:
        return " ".join(words[-8:]) or None
    return span or None
