"""Every quote stands in its source's text (any rendition), up to white space and typography."""
from __future__ import annotations

import re
from functools import lru_cache

from ..content.model import KnowledgeBase
from ..errors import Problem

_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})
_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    return _SPACE.sub(" ", text.translate(_FOLD)).strip()


@lru_cache(maxsize=1024)
def _folded_text(text: str) -> str:
    """An article text, folded once: the loader hands back the same string while its file is unchanged."""
    return fold(text)


@lru_cache(maxsize=1 << 18)
def _folded_quote(quote: str) -> str:
    """Quotes folded once per serve session, not on every rebuild (most are unchanged)."""
    return fold(quote)


def check(kb: KnowledgeBase) -> list[Problem]:
    folded = {sid: [_folded_text(t) for t in texts] for sid, texts in kb.texts.items()}
    problems = []
    for site in kb.sites.values():
        for event in site.events:
            for ev in event.evidence:
                texts = folded.get(ev.source)
                if not texts:  # unknown source or no text: reported by other rules
                    continue
                quote = _folded_quote(ev.quote)
                if not any(quote in t for t in texts):
                    problems.append(Problem(site.path, ev.quote_line or ev.line, f"quote not found in source '{ev.source}': \"{ev.quote[:60]}…\"",
                                            "copy the sentence exactly from the article text", code="quote"))
    return problems
