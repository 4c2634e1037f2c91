"""CSV of events: one row per quote, with its source; formulas defused, dates kept."""
import csv
import io
from pathlib import Path

from builder.content.load import load
from builder.export.events_csv import COLUMNS, events_csv, safe
from builder.export.links import Links

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "browser" / "fixture" / "content"


def rows(text):
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_one_row_per_quote_with_its_source():
    kb = load(FIXTURE).kb
    text = events_csv(kb, Links("https://example.org/kb/"))
    assert text.startswith(",".join(COLUMNS) + "\r\n")
    table = rows(text)
    assert len(table) == sum(len(e.evidence) for s in kb.sites.values() for e in s.events)
    damaged = [r for r in table if r["site_id"] == "alpha-gate" and r["type"] == "damaged"]
    assert [r["source_id"] for r in damaged] == ["gazette", "chronicle"]
    assert damaged[1]["source_date"] == "2012" and damaged[1]["source_actor"] == "the militia"
    assert damaged[0]["disputed"] == "date actor"
    assert damaged[0]["page"] == "https://example.org/kb/sites/alpha-gate/#event-1"
    nineveh = next(r for r in table if r["site_id"] == "nineveh-palace" and r["type"] == "destroyed")
    assert (nineveh["date"], nineveh["date_label"], nineveh["date_start"]) == ("-0611", "612 BC", "-0611-01-01")


def test_demo_kb_rows_keep_quotes_whole():
    table = rows(events_csv(load(ROOT / "content").kb))
    assert any(r["quote"] == "ISIS had seized the city in May 2015." for r in table)
    assert all(r["source_title"] for r in table)


def test_formula_cells_are_defused():
    assert safe("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")"
    assert safe("@SUM(A1)") == "'@SUM(A1)"
    assert safe("ISIS") == "ISIS"
    assert safe("line one\nline two") == "line one line two"
