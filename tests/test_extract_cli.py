"""`heritage extract`: JSON shape, inputs (.txt, .story, HTML, encodings) and exit code 2 on bad input."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seeds" / "articles" / "cnn-palmyra-2016-original.txt"
KEYS = {"site", "mention", "event", "date", "actor", "certainty", "quote"}

HTML = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Militants blow up ancient temple in Hatra | Example News</title>
<meta property="article:published_time" content="2015-03-08T10:00:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Militants blow up ancient temple in Hatra</h1>
<p>Militants blew up the Temple of Shamash in the ancient city of Hatra on Saturday, officials said.</p>
<p>The group had seized the ancient city of Hatra in June last year, according to the ministry of antiquities.</p>
<p>Archaeologists plan to restore the temple once the area is safe, the ministry added in a statement.</p>
</article><footer>Copyright Example News</footer></body></html>"""

STORY = """Vandals damaged the Trevi Fountain on Saturday, police said.

Tourists look at the Trevi Fountain in Rome

@highlight

Vandals damaged the Trevi Fountain on Saturday
"""


def extract(path, *args):
    done = subprocess.run([sys.executable, "-m", "builder", "extract", str(path), *args],
                          capture_output=True, text=True, cwd=ROOT)
    return done


def claims(path, *args):
    done = extract(path, *args, "--format", "json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)["claims"]


def test_json_shape(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("ISIS destroyed the Temple of Bel in August 2015.", encoding="utf-8")
    got = claims(f, "--published", "2016-01-01")
    assert len(got) == 1 and KEYS <= set(got[0])
    c = got[0]
    assert (c["site"], c["event"], c["date"], c["certainty"]) == ("Temple of Bel", "destroyed", "2015-08", "confirmed")
    assert c["quote"] == "ISIS destroyed the Temple of Bel in August 2015."
    assert c["offset"] == 0


def test_html_page_gives_text_and_date(tmp_path):
    f = tmp_path / "page.html"
    f.write_text(HTML, encoding="utf-8")
    got = {(c["site"], c["event"], c["date"]) for c in claims(f)}  # date from the page
    assert got == {("Temple of Shamash", "destroyed", "2015-03-07"), ("Hatra", "seized", "2014-06")}


def test_story_file_merges_highlight_with_body(tmp_path):
    f = tmp_path / "a.story"
    f.write_text(STORY, encoding="utf-8")
    got = claims(f, "--published", "2015-03-08")
    assert [(c["site"], c["event"], c["date"], len(c["quotes"])) for c in got] == [
        ("Trevi Fountain", "damaged", "2015-03-07", 2)]


def test_latin1_file_is_decoded(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes("Le café: ISIS destroyed the Temple of Bel in August 2015 — déjà vu.".encode("cp1252"))
    assert [c["site"] for c in claims(f, "--published", "2016-01-01")] == ["Temple of Bel"]


def test_yaml_is_the_default(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("ISIS destroyed the Temple of Bel in August 2015.", encoding="utf-8")
    done = extract(f, "--published", "2016-01-01")
    assert done.returncode == 0 and done.stdout.startswith("claims:")


@pytest.mark.skipif(not SEED.exists(), reason="shared seeds not present")
def test_seed_article():
    got = {(c["site"], c["event"], c["date"]) for c in claims(SEED, "--published", "2016-12-10")}
    assert {("Palmyra", "seized", "2015-05"), ("Palmyra", "recaptured", "2016-03-27"),
            ("Palmyra", "seized", "2016-12-10"), ("Temple of Baalshamin", "destroyed", None)} <= got


BAD = [
    ("empty.txt", b"", ["--published", "2016-01-01"], "empty"),
    ("blank.txt", b"  \n\n ", ["--published", "2016-01-01"], "empty"),
    ("binary.txt", bytes(range(256)) * 20, ["--published", "2016-01-01"], "binary"),
    ("menu.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", ["--published", "2016-01-01"], "no article text"),
    ("ok.txt", b"ISIS destroyed the Temple of Bel.", ["--published", "2016-02-30"], "not a real date"),
    ("ok.txt", b"ISIS destroyed the Temple of Bel.", ["--published", "last Tuesday"], "not a date"),
    ("ok.txt", b"ISIS destroyed the Temple of Bel.", [], "no publication date"),
]


@pytest.mark.parametrize("name,data,args,message", BAD)
def test_bad_input_is_one_line_and_exit_2(tmp_path, name, data, args, message):
    f = tmp_path / name
    f.write_bytes(data)
    done = extract(f, *args)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and name in lines[0] and message in lines[0]


def test_missing_file(tmp_path):
    done = extract(tmp_path / "nope.txt", "--published", "2016-01-01")
    assert done.returncode == 2 and "no such file" in done.stderr
