"""schema.org JSON-LD for a site page's <head>: a LandmarksOrHistoricalBuildings with geo and sameAs."""
from __future__ import annotations

from ..content.model import KnowledgeBase, Site
from .common import identifier_urls, one_line


def site_jsonld(site: Site, kb: KnowledgeBase, url: str | None = None, parent_url: str | None = None) -> dict:
    """`url` is the page's address: absolute (https://…) it is also the place's @id, the same id
    the Linked Places download gives it; relative (no site_url) JSON-LD resolves it against the page."""
    data = {"@context": "https://schema.org", "@type": "LandmarksOrHistoricalBuildings", "name": one_line(site.name)}
    if url and url.startswith(("http://", "https://")):
        data["@id"] = url
    if url:
        data["url"] = url
    others = list(dict.fromkeys(one_line(n.name) for n in site.names if one_line(n.name) != one_line(site.name)))
    if others:
        data["alternateName"] = others
    if site.description:
        data["description"] = one_line(site.description)
    if site.location:
        data["geo"] = {"@type": "GeoCoordinates", "latitude": site.location.lat, "longitude": site.location.lon}
    same = identifier_urls(site)
    if same:
        data["sameAs"] = same
    if site.part_of and site.part_of in kb.sites:
        parent = {"@type": "Place", "name": one_line(kb.sites[site.part_of].name)}
        if parent_url:
            if parent_url.startswith(("http://", "https://")):
                parent["@id"] = parent_url
            parent["url"] = parent_url
        data["containedInPlace"] = parent
    children = kb.children.get(site.id, [])
    if children:
        data["containsPlace"] = [{"@type": "Place", "name": one_line(kb.sites[c].name)} for c in children]
    return data
