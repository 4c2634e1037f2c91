"""Pending claims added to a copy of the demo knowledge base, as `heritage ingest` would write them:
one on a reviewed site (the citadel) and one on a site known only from it (al-Tar mountain)."""
from __future__ import annotations

from pathlib import Path

QUOTE = "ISIS also appeared to take control of the Amiriyah suburb as well as al-Tar mountain near Palmyra’s citadel, according to the monitoring group."

PENDING_EVENT = f"""  - type: seized
    date: "2016-12-10"
    actor: ISIS
    certainty: reported
    reviewed: false
    evidence:
      - source: cnn-palmyra-2016
        quote: {QUOTE}
"""

NEW_SITE = f"""# yaml-language-server: $schema=../../builder/schema/site.schema.json
name: al-Tar mountain
kind: mountain
part_of: palmyra
location: {{lat: 34.575, lon: 38.29, source: gazetteer}}
events:
{PENDING_EVENT}"""


def add_pending(content: Path) -> None:
    citadel = content / "sites" / "palmyra-citadel.yml"
    citadel.write_text(citadel.read_text(encoding="utf-8").rstrip("\n") + "\n" + PENDING_EVENT, encoding="utf-8")
    (content / "sites" / "al-tar-mountain.yml").write_text(NEW_SITE, encoding="utf-8")
