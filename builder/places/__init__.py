"""The place-name index: which real place a name in an article stands for.

Below extraction, ingest and geocoding (it imports none of them). Sources: the knowledge base's
sites (names in every language, ids), the embedded gazetteer (Wikidata/Pleiades) and the built-in
list (builder/vocab/heritage_sites.yml).

    from builder.places import PlaceIndex, context_keys
    index = PlaceIndex.build(kb)                       # or PlaceIndex.build() for the world only
    found = index.resolve("Umayyad Mosque", near=context_keys(sentence), far=context_keys(article))
    if found.certain:  found.place.site_id, found.place.identifiers, index.parent_site(found.place)
    elif found.ambiguous:  found.candidates            # namesakes the context cannot tell apart
    index.add(place)                                   # a site made during a run, found from then on
    index.by_id("wikidata", "Q5747")                  # places carrying an id, sites first

    key(name)          the matching key, non-empty for a name in any script
    is_generic(name)   "the site", "the city": names no place, resolves to nothing
"""
from .context import context_keys
from .index import Place, PlaceIndex, Resolution, site_places, split_qualifier, word_meets
from .normalize import distinctive, is_generic, key, kind_of, words

__all__ = ["Place", "PlaceIndex", "Resolution", "context_keys", "distinctive", "is_generic", "key", "kind_of",
           "site_places", "split_qualifier", "word_meets", "words"]
