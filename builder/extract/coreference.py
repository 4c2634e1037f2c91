"""Stage `coreference`: claims told about a description or a pseudo-event get the site or event
they stand for.

- A lead description named later ('A 19th-century cathedral was hit ... the Ghazanchetsots
  Cathedral') stands for the first named site of a fitting kind told after it (cataphora.py).
- 'the militants moved on to the tombs of X' continues the strongest harm told before (continued.py).
"""
from __future__ import annotations

from .cataphora import resolve as resolve_descriptions
from .continued import resolve as resolve_continued
from .state import ArticleState


def stage(state: ArticleState) -> None:
    state.claims = resolve_descriptions(state.claims, state.named)
    state.claims = resolve_continued(state.claims, state.told)
