"""A commented skeleton for a new site entry: valid as written, easy to fill in."""
from __future__ import annotations

import re

from anyascii import anyascii

from .vocab import vocab


def slugify(name: str) -> str:
    """An id from a name, letters transliterated, not dropped ('Gołuchów Castle' is goluchow-castle, not gouchow-)."""
    return "-".join(re.findall(r"[a-z0-9]+", anyascii(name).lower()))


def skeleton(name: str, kind: str = "other", part_of: str | None = None) -> str:
    quoted = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    kinds = ", ".join(vocab()["kinds"])
    types = ", ".join(vocab()["events"])
    return f"""# yaml-language-server: $schema=../../builder/schema/site.schema.json
name: {quoted}
# Other names, each with its language tag (ar is shown right to left):
# names:
#   - {{name: تدمر, lang: ar}}
# One of: {kinds}
kind: {kind}
part_of: {part_of or "null"}
# Leave out to let `heritage geocode` fill it in from the gazetteer, or write it by hand:
# location: {{lat: 34.5475, lon: 38.2740, source: manual}}
identifiers: {{}}
#   wikidata: Q797481
#   pleiades: "35794949"
description: ""
# Each event needs evidence: a source id from content/sources/ and the exact sentence.
# Types: {types}
# Dates are EDTF: 2015, 2015-05, 2015-08-30, 0216~ (about AD 216), -0611 (612 BC),
# 2015-05/2016-03 (some time between), ../2016-12-10 (on or before). Leave out when unknown.
events: []
#   - type: destroyed
#     date: "2015-08-30"
#     actor: ISIS
#     certainty: confirmed        # or: reported
#     summary: One line saying what happened.
#     added: "2026-01-31"         # the day you add it: the feed lists events by it
#     evidence:
#       - source: cnn-palmyra-2016
#         quote: The exact sentence from the article.
"""
