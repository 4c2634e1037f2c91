"""Every source is described: a real title (not the file name it was ingested from) and a publisher.
Warnings, not errors: the facts stand, but a reader cannot judge a source known only by a slug."""
from __future__ import annotations

import re

from ..content.model import KnowledgeBase
from ..errors import Problem

_SLUG_LIKE = re.compile(r"^[a-z0-9]+(?:[-_.][a-z0-9]+)+$")


def _file_stems(source) -> set[str]:
    return {r.note[5:].strip() for r in source.renditions if r.note and r.note.startswith("from ")}


def check(kb: KnowledgeBase) -> list[Problem]:
    problems = []
    for source in kb.sources.values():
        title = (source.title or "").strip()
        if not title or title == source.id or title in _file_stems(source) or _SLUG_LIKE.match(title):
            problems.append(Problem(source.path, source.line_of("title"),
                                    f"source '{source.id}' has no title" + (f" (only its file name '{title}')" if title else ""),
                                    "write the article's headline as `title:`", severity="warning", code="source-title"))
        if not (source.publisher or "").strip():
            problems.append(Problem(source.path, source.line_of("publisher") if "publisher" in source.key_lines else source.line,
                                    f"source '{source.id}' has no publisher",
                                    "add `publisher:` (the newspaper, agency or site), and `url:` if it is online",
                                    severity="warning", code="source-publisher"))
    return problems
