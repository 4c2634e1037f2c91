"""A value of the wrong type, in every field where one crashed something: one case a test.

Found before the fix: `part_of: [palmyra]` crashed `check` and every build; `lang: [en]`,
`actor: [ISIS]`, a number as `names`, `events` or `evidence`, and a list or number as a source's
`publisher`, `url` or `renditions` passed or failed `check` but crashed the build that
`mkdocs serve` runs (its rebuild stuck until the file was fixed). Now each is one line from the
schema, and the model takes only values of the right type, so the site still builds.
"""
from __future__ import annotations

import pytest

from .content_rig import assert_reported

SITE = "content/sites/temple-of-baalshamin.yml"
SOURCE = "content/sources/cnn-palmyra-2016.yml"
NEW = "content/sites/temple-of-bel.yml"
BEL = "name: Temple of Bel\nkind: temple\npart_of: palmyra\n"
LIST = "(write one value, not a list)"

# (case, file, text replaced -> by, or a whole new file's text, the line `heritage check` prints)
CASES = [
    ("part_of_list", SITE, ("part_of: palmyra", "part_of: [palmyra]"),
     f'{SITE}:7: error: part_of: expected text or nothing, found a list ["palmyra"] {LIST}'),
    ("lang_list", SITE, ("lang: ar}", "lang: [en]}"),
     f'{SITE}:4: error: names.0.lang: expected text, found a list ["en"] {LIST}'),
    ("actor_list", SITE, ("    actor: ISIS", "    actor: [ISIS]"),
     f'{SITE}:35: error: events.1.actor: expected text or nothing, found a list ["ISIS"] {LIST}'),
    ("events_mapping", NEW, BEL + "events:\n  type: destroyed\n  summary: Blown up.\n",
     f'{NEW}:5: error: events: expected a list, found a mapping {{"type": "destroyed", "summary": "Blown up."}}'),
    ("events_text", NEW, BEL + "events: destroyed in 2015\n",
     f'{NEW}:4: error: events: expected a list, found text "destroyed in 2015"'),
    ("events_number", NEW, BEL + "events: 2015\n",
     f"{NEW}:4: error: events: expected a list, found a number 2015"),
    ("event_text", NEW, BEL + "events:\n  - destroyed\n",
     f'{NEW}:5: error: events.0: expected a mapping (key: value lines), found text "destroyed"'),
    ("evidence_number", NEW, BEL + "events:\n  - type: destroyed\n    evidence: 1\n",
     f"{NEW}:6: error: events.0.evidence: expected a list, found a number 1"),
    ("names_number", NEW, BEL + "names: 3\n",
     f"{NEW}:4: error: names: expected a list, found a number 3"),
    ("name_list", NEW, "name: [Temple, of, Bel]\n",
     f'{NEW}:1: error: name: expected text, found a list ["Temple", "of", "Bel"] {LIST}'),
    ("description_mapping", NEW, BEL + "description:\n  en: A temple.\n",
     f'{NEW}:5: error: description: expected text, found a mapping {{"en": "A temple."}}'),
    ("kind_list", NEW, "name: Temple of Bel\nkind: [temple]\n",
     f'{NEW}:2: error: kind: a list ["temple"] is not one of the allowed values (use one of: city, temple, arch, '
     "citadel, castle, shrine, tomb, mosque, church, monastery, museum, library, theatre, palace, gate, wall, "
     "colonnade, necropolis, villa, monument, statue, archaeological site, building, district, mountain, other)"),
    ("file_is_a_list", NEW, "- name: Temple of Bel\n",
     f"{NEW}:1: error: a site file must be a mapping with at least `name:` (see `heritage new --help` for a skeleton)"),
    ("lat_text", SITE, ("lat: 34.553297", 'lat: "34.553297"'),
     f'{SITE}:9: error: location.lat: expected a number, found text "34.553297"'),
    ("lat_true", SITE, ("lat: 34.553297", "lat: true"),
     f"{SITE}:9: error: location.lat: expected a number, found true/false true"),
    ("identifier_list", SITE, ("wikidata: Q20871005", "wikidata: [Q20871005]"),
     f'{SITE}:20: error: identifiers.wikidata: expected text or a whole number, found a list ["Q20871005"] {LIST}'),
    ("summary_list", SITE, ("summary: ISIS demolished the temple while it held Palmyra.", "summary: [ISIS, demolished]"),
     f'{SITE}:37: error: events.1.summary: expected text, found a list ["ISIS", "demolished"] {LIST}'),
    ("offset_text", SITE, ("      - source: cnn-palmyra-2016\n        quote: ISIS demolished some of the ruins, including the    ",
                           "      - source: cnn-palmyra-2016\n        offset: first\n        quote: ISIS demolished some of the ruins, including the    "),
     f'{SITE}:42: error: events.1.evidence.1.offset: expected a whole number, found text "first"'),
    ("reviewed_text", SITE, ("    certainty: confirmed\n    summary: ISIS demolished", "    certainty: confirmed\n    reviewed: nope\n    summary: ISIS demolished"),
     f'{SITE}:37: error: events.1.reviewed: expected true or false, found text "nope"'),
    ("candidate_site_list", NEW, BEL + "candidates:\n  - name: Bel\n    site: [palmyra]\n",
     f'{NEW}:6: error: candidates.0.site: expected text, found a list ["palmyra"] {LIST}'),
    ("publisher_list", SOURCE, ("publisher: CNN", "publisher: [CNN, Reuters]"),
     f'{SOURCE}:3: error: publisher: expected text, found a list ["CNN", "Reuters"] {LIST}'),
    ("url_list", SOURCE, ("url: https://", "url:\n  - https://"),
     f'{SOURCE}:5: error: url: expected text, found a list ["https://edition.cnn.com/2016/12/10/middleeast/palmyra-isis… {LIST}'),
    ("renditions_number", SOURCE, ("renditions:\n", "renditions: 2\nnot_renditions:\n"),
     f"{SOURCE}:7: error: renditions: expected a list, found a number 2"),
    ("title_list", SOURCE, ("title: ISIS", "title: [ISIS]\nsubtitle: ISIS"),
     f'{SOURCE}:2: error: title: expected text, found a list ["ISIS"] {LIST}'),
]
STRICT = {"part_of_list", "lang_list", "actor_list", "events_mapping"}


@pytest.mark.parametrize("case, path, change, line", CASES, ids=[c[0] for c in CASES])
def test_wrong_type(project, case, path, change, line):
    target = project / path
    if isinstance(change, tuple):
        old, new = change
        text = target.read_text(encoding="utf-8")
        assert old in text
        target.write_text(text.replace(old, new, 1), encoding="utf-8")
    else:
        target.write_text(change, encoding="utf-8")
    assert_reported(project, line, strict=case in STRICT)
