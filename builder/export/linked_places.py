"""All sites in Linked Places Format (LPF v1.2, the World Historical Gazetteer's GeoJSON-LD).

Each dated event becomes a `when` timespan of the place (start/end with `in` for a single day,
month or year, `earliest`/`latest` for ranges); identifiers become `links` (closeMatch), `part_of`
a `gvp:broaderPartitive` relation. Strings are single lines: the schema's patterns are `^(.*)$`.
"""
from __future__ import annotations

from ..content.model import Event, KnowledgeBase, Site
from ..dates import iso, label as date_label
from ..vocab import event_types, vocab
from .common import one_line, sites_in_order, status_key
from .geometry import point
from .links import Links

CONTEXT = "https://raw.githubusercontent.com/LinkedPasts/linked-places/master/linkedplaces-context-v1.1.jsonld"
# WHG's short prefixes for the gazetteers it knows; other identifiers are written as URLs
PREFIXES = {"wikidata": "wd", "pleiades": "pl", "geonames": "gn"}


def _edtf_point(date, which: str) -> dict:
    bound = date.lower if which == "start" else date.upper
    if bound is None:
        return {}
    if date.interval or date.approximate or date.uncertain:
        return {"earliest" if which == "start" else "latest": iso(bound)}
    return {"in": iso(bound)}


def timespan(event: Event) -> dict | None:
    date = event.date
    if date is None or (date.lower is None and date.upper is None):
        return None
    start = _edtf_point(date, "start") or {"latest": iso(date.upper)}  # open start: by its end at the latest
    span = {"start": start}
    end = _edtf_point(date, "end")
    if end:
        span["end"] = end
    return span


def feature(site: Site, kb: KnowledgeBase, links: Links = Links()) -> dict:
    types = event_types()
    names = [{"toponym": one_line(site.name), "lang": "en"}]
    names += [{"toponym": one_line(n.name), "lang": n.lang} for n in site.names]
    out = {
        "@id": links.site(site.id),
        "type": "Feature",
        "properties": {"title": one_line(site.name), "status": status_key(site, kb), "kind": site.kind},
        "names": names,
        "types": [{"label": site.kind}],
    }
    geometry = point(site.location)
    if geometry:
        out["geometry"] = geometry
    spans = []
    for event in site.events:
        span = timespan(event)
        if span:
            spans.append(span)
    if spans:
        labels = "; ".join(f"{types.get(e.type, {}).get('label', e.type)} {date_label(e.date)}"
                           for e in site.events if e.date)
        out["when"] = {"timespans": spans, "label": one_line(labels)}
    known = vocab()["identifiers"]
    link_list = [{"type": "closeMatch",
                  "identifier": f"{PREFIXES[k]}:{v}" if k in PREFIXES else known[k]["url"].format(v)}
                 for k, v in site.identifiers.items() if k in PREFIXES or k in known]
    if link_list:
        out["links"] = link_list
    if site.part_of and site.part_of in kb.sites:
        parent = kb.sites[site.part_of]
        out["relations"] = [{"relationType": "gvp:broaderPartitive", "relationTo": links.site(parent.id),
                             "label": one_line(f"part of {parent.name}")}]
    if site.description:
        out["descriptions"] = [{"value": one_line(site.description), "lang": "en"}]
    return out


HEAD = {"type": "FeatureCollection", "@context": CONTEXT}


def feature_collection(kb: KnowledgeBase, links: Links = Links()) -> dict:
    return {**HEAD, "features": [feature(site, kb, links) for site in sites_in_order(kb)]}
