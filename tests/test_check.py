"""`heritage check`: one test per kind of bad input, each naming the file and the line."""
from pathlib import Path

import pytest

from builder.check import check
from builder.content.load import load
from conftest import heritage, write

SITE = """
name: Temple of Bel
kind: temple
part_of: palmyra
events:
  - type: destroyed
    date: {date}
    actor: ISIS
    summary: Blown up.
    evidence:
      - source: cnn-palmyra-2016
        quote: {quote}
"""
QUOTE = "ISIS had seized the city in May 2015."


def problems_for(content: Path):
    return [str(p) for p in check(load(content))]


def only(content: Path, code: str):
    found = [p for p in check(load(content)) if p.code == code]
    assert found, f"no {code} problem in {problems_for(content)}"
    return found


def test_demo_content_is_clean(content):
    assert problems_for(content) == []


def test_broken_yaml(content):
    path = write(content / "sites/bad.yml", "name: Bad\nevents:\n  - type: [destroyed\n")
    [p] = only(content, "yaml")
    assert p.path.endswith("sites/bad.yml") and p.line == 4


def test_unknown_part_of(content):
    write(content / "sites/temple-of-bel.yml", SITE.format(date="2015-08", quote=QUOTE).replace("palmyra", "palmira"))
    [p] = only(content, "part_of")
    assert p.path.endswith("temple-of-bel.yml") and p.line == 3 and "palmira" in p.message


def test_circular_part_of(content):
    write(content / "sites/a-site.yml", "name: A\npart_of: b-site\n")
    write(content / "sites/b-site.yml", "name: B\npart_of: a-site\n")
    [p] = only(content, "cycle")
    assert p.path.endswith("a-site.yml") and p.line == 2 and "a-site → b-site → a-site" in p.message


def test_invalid_edtf(content):
    write(content / "sites/temple-of-bel.yml", SITE.format(date="2015-02-30", quote=QUOTE))
    [p] = only(content, "date")
    assert p.path.endswith("temple-of-bel.yml") and p.line == 6 and "February 2015 has no day 30" in p.message


def test_duplicate_ids(content):
    write(content / "sites/palmyra.yaml", "name: Palmyra again\n")
    [p] = only(content, "duplicate")
    assert "duplicate id 'palmyra'" in p.message and p.line == 1


def test_event_after_its_source_was_published(content):
    write(content / "sites/temple-of-bel.yml", SITE.format(date="2017-01", quote=QUOTE))
    [p] = only(content, "chronology")
    assert p.line == 5 and "after its source 'cnn-palmyra-2016' was published (2016-12-10)" in p.message


def test_quote_not_in_source(content):
    write(content / "sites/temple-of-bel.yml", SITE.format(date="2015-08", quote="ISIS blew up the Temple of Bel."))
    [p] = only(content, "quote")
    assert p.path.endswith("temple-of-bel.yml") and p.line == 11


def test_quote_matches_across_whitespace_and_typography(content):
    write(content / "sites/temple-of-bel.yml", SITE.format(
        date="2015-08", quote="\"The activists reported on social media Saturday that ISIS had taken control of neighborhoods in "
                               "northern and northwestern parts of the city known for some of the world's most treasured ruins.\""))
    assert problems_for(content) == []


def test_unsafe_slug(content):
    write(content / "sites/Temple of Bel.yml", "name: Temple of Bel\n")
    [p] = only(content, "slug")
    assert "temple-of-bel.yml" in p.hint


def test_unknown_event_type_lists_the_vocabulary(content):
    write(content / "sites/temple-of-bel.yml", SITE.format(date="2015-08", quote=QUOTE).replace("destroyed", "smashed"))
    [p] = only(content, "schema")
    assert p.line == 5 and "destroyed" in p.hint


def test_path_outside_content(content):
    write(content / "sources/evil.yml", "title: Evil\npublished: '2016'\nrenditions:\n  - file: ../../../etc/passwd\n")
    [p] = only(content, "path")
    assert p.path.endswith("sources/evil.yml") and "outside content/" in p.message


def test_unknown_source(content):
    write(content / "sites/temple-of-bel.yml", SITE.format(date="2015-08", quote=QUOTE).replace("cnn-palmyra-2016", "bbc"))
    [p] = only(content, "source")
    assert p.line == 10


def test_cli_reports_path_line_and_exit_code(content):
    write(content / "sites/temple-of-bel.yml", SITE.format(date="2015-02-30", quote=QUOTE))
    done = heritage("check", "--content", str(content))
    assert done.returncode == 1
    assert "temple-of-bel.yml:6: error: event date: '2015-02-30' is not a valid EDTF date" in done.stderr
    assert "Traceback" not in done.stderr


def test_nothing_in_content_is_changed_by_a_check(content):
    before = {p: p.read_bytes() for p in content.rglob("*") if p.is_file()}
    write(content / "sites/bad.yml", "name: [\n")
    heritage("check", "--content", str(content))
    after = {p: p.read_bytes() for p in content.rglob("*") if p.is_file() and p.name != "bad.yml"}
    assert after == before


def test_problems_remembered_under_serve_follow_the_parent_and_the_source_text(tmp_path):
    """`mkdocs serve` keeps each site's problems between rebuilds: a parent that moves away, or a
    source text that loses a quote, changes them for the sites that did not change themselves."""
    import shutil

    from builder.memo import Memo

    content = tmp_path / "content"
    shutil.copytree(Path(__file__).parent / "browser" / "fixture" / "content", content)
    memo = Memo()

    def same_as_fresh() -> list:
        memo.sweep()
        loaded = load(content)
        problems = check(loaded, memo)
        assert problems == check(loaded)
        return problems

    def replace(path: Path, old: str, new: str) -> None:
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new), encoding="utf-8")

    before = same_as_fresh()
    replace(content / "sites" / "fort-alpha.yml", "lat: 35.0, lon: 38.0", "lat: 36.0, lon: 38.0")  # 111 km away
    moved = same_as_fresh()
    assert {(Path(p.path).name, p.code) for p in moved} - {(Path(p.path).name, p.code) for p in before} >= {("alpha-gate.yml", "location")}
    assert memo.hits
    text = (content / "sources" / "texts" / "chronicle.txt").read_text(encoding="utf-8")
    (content / "sources" / "texts" / "chronicle.txt").write_text(text[: len(text) // 3], encoding="utf-8")
    assert any(p.code == "quote" for p in same_as_fresh()) and not any(p.code == "quote" for p in moved)
