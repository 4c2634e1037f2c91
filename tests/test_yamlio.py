"""YAML in with lines and dates as written; YAML out keeping comments, order, atomically."""
from pathlib import Path

import pytest

from builder.content.yamlio import atomic_write, parse_yaml, update_yaml
from builder.errors import ContentError


def test_lines_of_mappings_and_keys():
    doc, problems = parse_yaml("name: A\nevents:\n  - type: seized\n    date: 2016-03-27\n", "x.yml")
    assert problems == []
    assert doc.line_of("events") == 2
    assert doc["events"][0].line == 3 and doc["events"][0].line_of("date") == 4


@pytest.mark.parametrize("raw,value", [("2016-03-27", "2016-03-27"), ("0216", "0216"), ("-0611", "-0611"),
                                       ("2015", 2015), ("0216~", "0216~")])
def test_dates_stay_as_written(raw, value):
    doc, _ = parse_yaml(f"date: {raw}\n", "x.yml")
    assert doc["date"] == value


def test_syntax_error_names_the_line():
    _, problems = parse_yaml("name: A\nevents:\n  - type: [seized\n", "content/sites/a.yml")
    assert len(problems) == 1
    assert str(problems[0]).startswith("content/sites/a.yml:")
    assert problems[0].line >= 3


def test_update_keeps_comments_order_and_quotes(tmp_path: Path):
    path = tmp_path / "a.yml"
    path.write_text("# my note\nname: A  # primary\nkind: temple\npublished: \"2015\"\n", encoding="utf-8")
    update_yaml(path, lambda d: d.insert(1, "part_of", "palmyra"))
    assert path.read_text() == "# my note\nname: A  # primary\npart_of: palmyra\nkind: temple\npublished: \"2015\"\n"


def test_unchanged_document_is_not_rewritten(tmp_path: Path):
    path = tmp_path / "a.yml"
    path.write_text("name: A\n", encoding="utf-8")
    before = path.stat().st_mtime_ns
    old, new = update_yaml(path, lambda d: None)
    assert old == new and path.stat().st_mtime_ns == before


def test_atomic_write_leaves_old_file_when_writing_fails(tmp_path: Path, monkeypatch):
    path = tmp_path / "a.yml"
    path.write_text("name: A\n", encoding="utf-8")
    import os
    monkeypatch.setattr(os, "replace", lambda *a: (_ for _ in ()).throw(OSError("disk full")))
    with pytest.raises(ContentError, match="a.yml: cannot write: disk full; nothing was changed"):
        atomic_write(path, "name: B\n")
    assert path.read_text() == "name: A\n"
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


@pytest.mark.parametrize("text,line", [("? [1, 2]\n: x\n", 1), ("name: A\nnames:\n  - {[a]: b}\n", 3),
                                       ("a: &x [*x]\n", 0), ("name: A\n\tkind: city\n", 2)])
def test_odd_yaml_is_a_problem_not_a_traceback(text, line):
    doc, problems = parse_yaml(text, "x.yml")
    assert len(problems) == 1 and problems[0].path == "x.yml"
    if line:
        assert problems[0].line == line
