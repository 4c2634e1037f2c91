#!/usr/bin/env python3
"""Generate the embedded gazetteer (builder/data/gazetteer.tsv.gz) from the Pleiades–Wikidata table.

    python scripts/make_gazetteer.py [SOURCE_TSV] [--date 2026-08-21]

SOURCE_TSV defaults to ../shared/gazetteer/pleiades-wikidata-wd2all.tsv beside the repository: every
Wikidata item that carries a Pleiades id (isawnyu/pleiades_wikidata, data/wd2all.tsv). The whole
file is used: one output row per Wikidata item, the rows of one item merged.

Rules (builder/data/README.md says them to a reader too):
- coordinates are WKT `Point(lon lat)`: written out as lat, lon (geopy's order);
- an item with several coordinates keeps all of them: the *primary* one is the most precise (most
  decimal places, the lower of lat's and lon's), ties going to the first in the source file;
  the others go to `alternatives`;
- an item with no coordinate (empty, or Wikidata's "unknown value") is kept for its names, with
  lat/lon empty: the extractor can still recognise it, the geocoder cannot place it;
- alt_names: the English Wikipedia title when it differs from the label (e.g. "Monumental Arch
  of Palmyra" for "Arch of Palmyra").

The output is deterministic (sorted by Wikidata number, gzip mtime 0): run it twice, same bytes.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import io
import re
import sys
from pathlib import Path
from urllib.parse import unquote

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "gazetteer" / "pleiades-wikidata-wd2all.tsv"
OUT = ROOT / "builder" / "data" / "gazetteer.tsv.gz"
README = ROOT / "builder" / "data" / "README.md"

POINT = re.compile(r"^Point\((?P<lon>[-+]?[0-9.]+(?:[eE][-+]?\d+)?) (?P<lat>[-+]?[0-9.]+(?:[eE][-+]?\d+)?)\)$")
COLUMNS = ["wikidata", "pleiades", "geonames", "name", "alt_names", "description", "lat", "lon",
           "precision", "alternatives"]
LICENCE = ("Names, descriptions, coordinates and ids: Wikidata, CC0 1.0. Pleiades ids point at "
           "Pleiades places, CC BY 3.0 (https://pleiades.stoa.org).")


def decimals(number: str) -> int:
    return len(number.split(".", 1)[1]) if "." in number and "e" not in number.lower() else 0


def precision_label(places: int) -> str:
    """What a coordinate's decimal places can resolve, as a person reads it (0.01° ≈ 1.1 km).

    Floored at 10 m: six decimals say nothing finer about a temple than four do."""
    return {0: "100 km", 1: "10 km", 2: "1 km", 3: "100 m"}.get(places, "10 m")


def clean(text: str) -> str:
    return " ".join((text or "").replace("\t", " ").split())


def ids(*cells: str) -> list[str]:
    out: list[str] = []
    for cell in cells:
        for part in re.split(r"[,\s]+", cell or ""):
            if part and part not in out:
                out.append(part)
    return out


def build(source: Path) -> tuple[list[dict], dict]:
    items: dict[str, dict] = {}
    stats = {"rows": 0, "rows_without_point": 0}
    with source.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            stats["rows"] += 1
            qid = row["item"].rsplit("/", 1)[-1]
            item = items.setdefault(qid, {"wikidata": qid, "pleiades": [], "geonames": [], "points": [],
                                          "name": clean(row["itemLabel"]), "description": clean(row["itemDescription"]),
                                          "wikipedia": row.get("wikipedia_en") or ""})
            item["pleiades"] = ids(*item["pleiades"], row["pleiades"])
            item["geonames"] = ids(*item["geonames"], row.get("geonames_ids", ""))
            m = POINT.match(row["coordinates"].strip())
            if not m:
                stats["rows_without_point"] += 1
                continue
            point = (m["lat"], m["lon"])
            if point not in item["points"]:
                item["points"].append(point)
    out = []
    for item in sorted(items.values(), key=lambda i: int(i["wikidata"][1:])):
        name = item["name"] if item["name"] and item["name"] != item["wikidata"] else ""
        alt = []
        if item["wikipedia"]:
            title = clean(unquote(item["wikipedia"].rsplit("/wiki/", 1)[-1]).replace("_", " "))
            if title and title.casefold() != name.casefold():
                alt.append(title)
        if not name:  # no English label: the Wikipedia title, else the id, names it
            name = alt.pop(0) if alt else item["wikidata"]
        points = item["points"]
        # Most precise first; sorted() is stable, so ties keep the source file's order.
        ranked = sorted(points, key=lambda p: -min(decimals(p[0]), decimals(p[1])))
        primary, rest = (ranked[0], ranked[1:]) if ranked else (("", ""), [])
        out.append({
            "wikidata": item["wikidata"], "pleiades": " ".join(item["pleiades"]),
            "geonames": " ".join(item["geonames"]), "name": name, "alt_names": " | ".join(alt),
            "description": item["description"], "lat": primary[0], "lon": primary[1],
            "precision": precision_label(min(decimals(primary[0]), decimals(primary[1]))) if ranked else "",
            "alternatives": ";".join(f"{lat},{lon}" for lat, lon in rest),
        })
    stats.update(items=len(out), with_point=sum(1 for r in out if r["lat"]),
                 with_alternatives=sum(1 for r in out if r["alternatives"]))
    return out, stats


def header(source: Path, date: str, stats: dict) -> list[str]:
    return [
        "# heritage-kb embedded gazetteer: places with a Pleiades id, from Wikidata.",
        f"# source: {source.name} (isawnyu/pleiades_wikidata data/wd2all.tsv, SPARQL over Wikidata), as of {date}",
        f"# licence: {LICENCE}",
        f"# rows read: {stats['rows']} ({stats['rows_without_point']} without a coordinate); "
        f"items written: {stats['items']} ({stats['with_point']} with a coordinate, "
        f"{stats['with_alternatives']} with more than one)",
        "# coordinates: lat, lon (WGS 84); primary = most decimal places, ties to the first in the source; "
        "alternatives: 'lat,lon;lat,lon'",
        "# generated by scripts/make_gazetteer.py; do not edit by hand",
    ]


def render(rows: list[dict], head: list[str]) -> bytes:
    buf = io.StringIO()
    buf.write("\n".join(head) + "\n")
    writer = csv.DictWriter(buf, COLUMNS, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\",
                            lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    raw = io.BytesIO()
    with gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0, filename="") as gz:
        gz.write(buf.getvalue().encode("utf-8"))
    return raw.getvalue()


def readme(source: Path, date: str, stats: dict, size: int) -> str:
    return f"""# builder/data: the embedded gazetteer

`gazetteer.tsv.gz` is generated by `scripts/make_gazetteer.py`; do not edit it by hand. Regenerate it
with `python scripts/make_gazetteer.py` (same input, same bytes).

| | |
| --- | --- |
| source | `{source.name}`: every Wikidata item with a Pleiades id, from the public repository isawnyu/pleiades_wikidata (`data/wd2all.tsv`, built by a SPARQL query against Wikidata) |
| as of | {date} |
| licence | {LICENCE} |
| rows read | {stats['rows']} ({stats['rows_without_point']} without a coordinate) |
| items written | {stats['items']} ({stats['with_point']} with a coordinate, {stats['with_alternatives']} with more than one) |
| size | {size:,} bytes gzip'd |

Columns (tab-separated, `#` lines are the provenance header): `wikidata`, `pleiades` and `geonames`
(space-separated ids), `name` (English label), `alt_names` (` | `-separated: the English Wikipedia
title where it differs), `description`, `lat`, `lon` (WGS 84, latitude first, as geopy takes them;
the source's WKT is longitude first), `precision` (what the coordinate's decimal places resolve:
0.01° ≈ 1 km; floored at 10 m), `alternatives` (`lat,lon;lat,lon`).

**Two or more coordinates for one item** (Palmyra, Q5747, has two, 1.1 km apart): all are kept.
The one used is the most precise (most decimal places); ties go to the first in the source file.
The others are written to a site's `location.alternatives` when the gazetteer places it.

Items without any coordinate are kept for their names (the extractor uses them); the geocoder
reports them as known but not placeable.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", nargs="?", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--date", default="2026-08-21", help="the date the source was taken (provenance)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    if not args.source.is_file():
        print(f"error: {args.source} not found (pass the path of pleiades-wikidata-wd2all.tsv)", file=sys.stderr)
        return 2
    rows, stats = build(args.source)
    data = render(rows, header(args.source, args.date, stats))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(data)
    if args.out == OUT:
        README.write_text(readme(args.source, args.date, stats, len(data)), encoding="utf-8")
    print(f"{args.out}: {stats['items']} items ({stats['with_point']} placed, "
          f"{stats['with_alternatives']} with alternatives) from {stats['rows']} rows; {len(data):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
