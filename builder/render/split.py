"""Cut long lists into pages a browser (and the search index) can take: sites by first letter,
events by century, then decade, then year, until each page holds at most `limit` items."""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from ..dates import year_label
from ..status import effective


@lru_cache(maxsize=1 << 16)  # every site's, on every serve rebuild: the same names again
def initial(name: str) -> str:
    """A–Z for Latin names (accents folded), '#' for everything else."""
    first = unicodedata.normalize("NFKD", name.strip()[:1]).encode("ascii", "ignore").decode().upper()
    return first if first.isalpha() else "#"


def by_letter(sites) -> dict[str, list]:
    out: dict[str, list] = {}
    for site in sites:
        out.setdefault(initial(site.name), []).append(site)
    return dict(sorted(out.items(), key=lambda kv: (kv[0] == "#", kv[0])))


def year(event, kb) -> int | None:
    when = (event.date.lower if event.date and event.date.lower else None) or effective(event, kb)
    return when[0] if when else None


def shape(years: list, limit: int) -> list[tuple[str, str, list[int]]]:
    """(slug, label, the places of its items) of each period, for items of these years in date
    order: it depends on the years alone, so a caller may keep it while they are the same."""
    undated = [i for i, y in enumerate(years) if y is None]
    out: list[tuple[str, str, list]] = []

    def cut(group: list, start: int, span: int) -> None:  # group: (year, place) in date order
        if len(group) <= limit or span == 1:
            end = start + span - 1
            slug = f"{'m' if start < 0 else ''}{abs(start):04d}" + (f"-{'m' if end < 0 else ''}{abs(end):04d}" if span > 1 else "")
            label = year_label(start) if span == 1 else f"{year_label(start)} – {year_label(end)}"
            out.append((slug, label, [place for _, place in group]))
            return
        step = span // 10
        buckets: dict[int, list] = {}
        for dated in group:
            buckets.setdefault(start + (dated[0] - start) // step * step, []).append(dated)
        for sub in sorted(buckets):
            cut(buckets[sub], sub, step)

    centuries: dict[int, list] = {}
    for dated in zip(years, range(len(years))):
        if dated[0] is not None:
            centuries.setdefault(dated[0] // 100 * 100, []).append(dated)
    for start in sorted(centuries):
        cut(centuries[start], start, 100)
    if undated:
        out.append(("undated", "date not known", undated))
    return out
