"""All sites as an RFC 7946 GeoJSON FeatureCollection (positions [lon, lat], WGS 84).

A site without coordinates is still a Feature, with `"geometry": null` as RFC 7946 allows, so
that the file lists every site.
"""
from __future__ import annotations

from ..content.model import KnowledgeBase, Site
from ..dates import label as date_label
from ..status import current
from .common import identifier_urls, sites_in_order
from .geometry import point
from .links import Links


def feature(site: Site, kb: KnowledgeBase, links: Links = Links()) -> dict:
    status = current(site, kb)
    return {
        "type": "Feature",
        "id": site.id,
        "geometry": point(site.location),
        "properties": {
            "id": site.id,
            "name": site.name,
            "names": [{"name": n.name, "lang": n.lang} for n in site.names],
            "kind": site.kind,
            "part_of": site.part_of,
            "status": status.key,
            "status_since": date_label(status.event.date) if status.event and status.event.date else None,
            "status_reported": status.reported,
            "description": site.description or None,
            "identifiers": dict(site.identifiers),
            "same_as": identifier_urls(site),
            "events": len(site.events),
            "location_source": site.location.source if site.location else None,
            "url": links.site(site.id),
        },
    }


HEAD = {"type": "FeatureCollection"}


def feature_collection(kb: KnowledgeBase, links: Links = Links()) -> dict:
    return {**HEAD, "features": [feature(site, kb, links) for site in sites_in_order(kb)]}
