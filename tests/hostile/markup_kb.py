"""A knowledge base with a hostile value in every field, built like `mkdocs serve` builds it, and
an inspector that says what in a built page could run a script.

Each field's value is `<field> ` followed by PAYLOAD: tags, a `</script>` that would close the
JSON-LD, Markdown links and an autolink to `javascript:`, an entity-encoded `javascript:`, and an
attr_list block (which Python-Markdown's attr_list turns into attributes when it ends a heading).
The field's name at the start makes each value findable on the page it should appear on.
"""
from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]

PAYLOAD = ('<img src=x onerror=alert(1)> </script><script>alert(1)</script> [x](javascript:alert(1)) '
           '<javascript:alert(1)> [y](&#106;avascript:alert(1)) <a href="javascript:alert(1)">z</a> '
           '{: autofocus tabindex=0 onfocus="alert(1)" }')
# free text may span lines: a blank line, then a paragraph of its own with its own attr_list
MULTILINE = '\n\n[w](javascript:alert(1))\n{: onclick="alert(1)" }\n\n    indented [v](javascript:alert(1))'


CONTROLS = "\x80\x85\u2028\ufffe"


def hostile(name: str, multiline: bool = False) -> str:
    return f"{name}{CONTROLS if name.startswith('control-') else ''} {PAYLOAD}" + (MULTILINE if multiline else "")


HOSTILE_ID = "javascript:alert(1)"  # a file name, and a reference to a source that does not exist
QUOTE = hostile("quote", multiline=True)
CSV_FORMULA = '=HYPERLINK("javascript:alert(1)","x")'  # a spreadsheet would run it from events.csv


def documents() -> dict[str, dict]:
    """content/ path -> YAML document: a hostile value in every field a person or `heritage ingest` writes."""
    return {
        "sites/city.yml": {"name": "Old City", "kind": "city", "location": {"lat": 35.0, "lon": 38.0, "source": "manual"},
                           "events": [{"type": "seized", "date": "2015-05", "actor": CSV_FORMULA, "certainty": CSV_FORMULA,
                                       "summary": "Seized.", "evidence": [{"source": "news", "quote": "The tower was damaged."}]}]},
        "sites/tower.yml": {
            "name": hostile("site-name"),
            "names": [{"name": hostile("other-name"), "lang": 'en" onmouseover="alert(1)'}],
            "kind": hostile("kind"),
            "part_of": "city",
            "location": {"lat": 35.01, "lon": 38.01, "source": "geocoder", "provider": hostile("location-provider")},
            "identifiers": {"wikidata": hostile("wikidata")},
            "description": hostile("description", multiline=True),
            # namesakes ingest could not tell apart: listed on the Review page
            "candidates": [{"name": hostile("candidate-name"), "site": hostile("candidate-site"),
                            "wikidata": hostile("candidate-wikidata"), "pleiades": hostile("candidate-pleiades"),
                            "note": hostile("candidate-note")},
                           {"name": "Old City", "site": "city", "wikidata": HOSTILE_ID}],
            "events": [
                {"type": "damaged", "date": "2018-03", "actor": hostile("actor"), "certainty": "reported",
                 "summary": hostile("summary", multiline=True), "reviewed": False, "added": hostile("event-added"),
                 "evidence": [{"source": "news", "quote": QUOTE},
                              {"source": "news", "quote": "The end.", "actor": hostile("evidence-actor")}]},
                {"type": hostile("event-type"), "date": "2019", "certainty": hostile("certainty"),
                 "summary": "Second.", "evidence": [{"source": HOSTILE_ID, "quote": "The end."}]},
                # the same, reviewed: what is published as fact (timelines, downloads, feed) is reviewed only
                {"type": "looted", "date": "2018-03", "actor": hostile("actor"), "certainty": "reported",
                 "summary": hostile("summary", multiline=True), "added": hostile("event-added"),
                 "evidence": [{"source": "news", "quote": QUOTE},
                              {"source": "news", "quote": "The end.", "actor": hostile("evidence-actor")}]},
            ],
        },
        f"sites/{HOSTILE_ID}.yml": {"name": "Colon Gate", "kind": "gate", "part_of": "city",
                                    "location": {"lat": 35.02, "lon": 38.02, "source": "manual"}},
        # characters a YAML reader refuses raw: they once broke the page's front matter into Markdown
        "sites/controls.yml": {"name": hostile("control-name"), "kind": "gate",
                               "description": hostile("control-description")},
        # fields no page shows, or only in a problem message
        "sites/bad-refs.yml": {"id": hostile("site-id"), "name": "Bad Refs", "kind": "gate", "part_of": hostile("part-of"),
                               "names": [{"name": "Refs", "note": hostile("name-note")}],
                               "location": {"lat": 35.03, "lon": 38.03, "source": hostile("location-source"),
                                            "query": hostile("location-query"), "date": hostile("location-date"),
                                            "precision": hostile("location-precision"), "note": hostile("location-note")},
                               "identifiers": {"pleiades": hostile("pleiades"), "unesco": hostile("unesco"),
                                               "geonames": hostile("geonames")},
                               "events": [{"type": "damaged", "date": hostile("event-date"), "certainty": "reported",
                                           "summary": "s", "note": hostile("event-note"),
                                           "evidence": [{"source": "news", "quote": "The end.", "date": hostile("evidence-date"),
                                                         "certainty": hostile("evidence-certainty")}]}]},
        "sources/news.yml": {"title": hostile("source-title"), "publisher": hostile("publisher"),
                             "author": hostile("author"), "url": "javascript:alert(1)", "published": "2018-04-01",
                             "renditions": [{"file": "texts/news.txt", "note": hostile("rendition-note")}]},
        "sources/late.yml": {"id": hostile("source-id"), "title": "Late", "url": " JaVa\tScript:alert(1)",
                             "published": hostile("published"),
                             "renditions": [{"file": "texts/news.txt"},
                                            {"file": hostile("rendition-file"), "sha256": hostile("rendition-sha256")}],
                             # claims rejected in `heritage review`: read by ingest, never shown on a page
                             "rejected": [{"claim": hostile("rejected-claim"), "site": hostile("rejected-site"),
                                           "name": hostile("rejected-name"), "type": hostile("rejected-type"),
                                           "decision": hostile("rejected-decision")}]},
    }


def valid_documents() -> dict[str, dict]:
    """The hostile values `heritage check` accepts (names, titles, free text, actors, notes): for
    the commands that refuse content with errors, such as `heritage render --out`."""
    docs = documents()
    tower, city, news = docs["sites/tower.yml"], docs["sites/city.yml"], docs["sources/news.yml"]
    tower.update(kind="gate", identifiers={"wikidata": "Q1"},
                 candidates=[{"name": hostile("candidate-name"), "note": hostile("candidate-note")}])
    tower["names"][0]["lang"] = "en"
    del tower["events"][1], tower["events"][0]["added"]
    del tower["events"][-1]["added"]  # the reviewed copy of the first event
    city["events"][0]["certainty"] = "confirmed"
    news["url"] = "https://example.org/news"
    return {rel: docs[rel] for rel in ("sites/tower.yml", "sites/city.yml", "sites/controls.yml", "sources/news.yml")}


def hostile_content(content: Path, docs: dict[str, dict] | None = None) -> None:
    for rel, doc in (docs or documents()).items():
        path = content / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=10**6), encoding="utf-8")
    (content / "sources" / "texts").mkdir(parents=True, exist_ok=True)
    text = f"The tower was damaged. {QUOTE} The end."
    (content / "sources" / "texts" / "news.txt").write_text(text, encoding="utf-8")


def hostile_fields() -> dict[str, set[str]]:
    """"site"/"source" -> the paths (`events.[].actor`) of the fields holding a hostile value."""
    found: dict[str, set[str]] = {"site": set(), "source": set()}

    def walk(value, path, into):
        if isinstance(value, dict):
            for key, item in value.items():
                walk(item, [*path, key], into)
        elif isinstance(value, list):
            for item in value:
                walk(item, [*path, "[]"], into)
        elif isinstance(value, str) and ("alert(1)" in value or value == HOSTILE_ID):
            into.add(".".join(path))

    for rel, doc in documents().items():
        walk(doc, [], found["site" if rel.startswith("sites/") else "source"])
    return found


def make_project(root: Path, hostile: bool = True) -> Path:
    """The repo's mkdocs.yml, docs/ and overrides/ with the hostile content/ (or an empty one)."""
    root.mkdir(parents=True, exist_ok=True)
    for name in ("docs", "overrides"):  # overrides/ may move into the package: copied while it exists
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, root / name)
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    if hostile:
        hostile_content(root / "content")
    else:
        for folder in ("sites", "sources/texts"):
            (root / "content" / folder).mkdir(parents=True)
    return root


def build(project: Path, site_dir: Path, **config) -> Path:
    """`mkdocs build` in this process, not strict (what `mkdocs serve` shows while content/ has errors)."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    mkdocs_build(load_config(str(project / "mkdocs.yml"), site_dir=str(site_dir), **config))
    return site_dir


# ---- what in a page could run a script -----------------------------------------------------------

URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "poster", "background", "cite", "data", "srcdoc"}
BAD_SCHEMES = ("javascript", "vbscript", "data")
JS_TYPES = {"", "text/javascript", "application/javascript", "module"}


def url_scheme(url: str) -> str | None:
    """The scheme a browser reads in an attribute value (controls trimmed, tabs and newlines dropped)."""
    probe = re.sub(r"[\t\n\r]", "", url.strip("".join(map(chr, range(0x21)))))
    m = re.match(r"([a-zA-Z][a-zA-Z0-9+.-]*):", probe)
    return m[1].lower() if m else None


@dataclass
class Inspected:
    text: str = ""  # visible text (and <title>), white space collapsed
    title: str = ""
    meta: dict = field(default_factory=dict)  # <meta name=...> -> content
    problems: list[str] = field(default_factory=list)
    jsonld: list = field(default_factory=list)


class _Inspector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = Inspected()
        self.texts: list[str] = []
        self.raw: str | None = None  # inside <script>/<style>: (type, text)
        self.raw_type = ""
        self.in_title = False

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            value = value or ""
            if name.startswith("on") or name == "autofocus":
                self.out.problems.append(f"<{tag} {name}={value!r}>")
            if name in URL_ATTRS and url_scheme(value) in BAD_SCHEMES:
                self.out.problems.append(f"<{tag} {name}={value!r}>")
            if name == "style" and "javascript:" in value.lower().replace(" ", ""):
                self.out.problems.append(f"<{tag} style={value!r}>")
        if tag == "img" and dict(attrs).get("src") == "x":
            self.out.problems.append("<img src=x> from content")
        if tag == "meta" and dict(attrs).get("name"):
            self.out.meta[dict(attrs)["name"]] = dict(attrs).get("content")
        self.in_title = tag == "title"
        if tag in ("script", "style"):
            self.raw, self.raw_type = "", (dict(attrs).get("type") or "").lower() if tag == "script" else "css"

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in ("script", "style"):
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        self.in_title = False
        if tag in ("script", "style") and self.raw is not None:
            if self.raw_type in JS_TYPES and "alert(1)" in self.raw:
                self.out.problems.append(f"<script> from content: {self.raw[:60]!r}")
            if self.raw_type == "application/ld+json":
                try:
                    self.out.jsonld.append(json.loads(self.raw))
                except ValueError as exc:
                    self.out.problems.append(f"JSON-LD broken open ({exc}): {self.raw[:80]!r}")
            self.raw = None

    def handle_data(self, data):
        if self.raw is not None:
            self.raw += data
        else:
            self.texts.append(data)
            if self.in_title:
                self.out.title += data


def inspect(html: str) -> Inspected:
    parser = _Inspector()
    parser.feed(html)
    parser.close()
    parser.out.text = " ".join("".join(parser.texts).split())
    return parser.out


def as_text(value: str) -> str:
    """How a value reads on a page: white space collapsed."""
    return " ".join(value.split())
