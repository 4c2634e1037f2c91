"""Geocoding: where a site is, from the first link of a chain that knows it.

    a location a person wrote (never touched) → embedded gazetteer → geocode cache → online (opt-in)

One module per concern, after geopy's own layout:
  gazetteer.py  the embedded gazetteer, a geopy Geocoder over builder/data/ (and `entries()`)
  names.py      name normalisation (shared with the extractor)
  cache.py      content/geocode-cache.json: online answers kept, so builds never need the network
  providers.py  GeocoderSettings, settings_from_mapping (the plugin's `geocoder:` option),
                geopy geocoders, the rate-limited Online asker and how its faults read
  sanity.py     pure checks of an answer (distance to the parent, country, swapped, (0, 0), ambiguity)
  chain.py      the resolution chain: sites + geocoders → outcomes
  write.py      a location into a site's YAML, keeping comments and key order, atomically
The command is builder/commands/geocode.py.
"""
from __future__ import annotations


def locate_offline(kb, content) -> dict:
    """Site id → the location the offline links (gazetteer, cache) give a site that has none, as a
    `Location` of builder.content.model; writes nothing and never asks the network (safe in a build)."""
    from pathlib import Path

    from ..content.model import Location
    from .cache import FILE_NAME, GeocodeCache
    from .chain import Chain
    from .gazetteer import EmbeddedGazetteer
    from .providers import GeocoderSettings

    chain = Chain(EmbeddedGazetteer(), GeocodeCache.load(Path(content) / FILE_NAME), GeocoderSettings())
    out = {}
    for outcome in chain.run(kb, [s for s in kb.sites if kb.sites[s].location is None]):
        if outcome.location:
            loc = outcome.location
            out[outcome.site_id] = Location(loc["lat"], loc["lon"], loc["source"], loc.get("provider"), loc.get("query"),
                                            loc.get("date"), loc.get("precision"), loc.get("note"))
    return out
