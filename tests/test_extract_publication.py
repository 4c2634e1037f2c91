"""`--published` as EDTF, and relative dates resolved with the precision the publication date allows."""
import datetime as dt
import subprocess
import sys

import pytest

from builder.errors import InputError
from builder.extract import extract_claims
from builder.extract.known import builtin_sites
from builder.extract.publication import parse_published


@pytest.mark.parametrize("value,first,last", [
    ("2022", dt.date(2022, 1, 1), dt.date(2022, 12, 31)),
    ("2015-04", dt.date(2015, 4, 1), dt.date(2015, 4, 30)),
    ("2016-02", dt.date(2016, 2, 1), dt.date(2016, 2, 29)),
    ("2014-05-04", dt.date(2014, 5, 4), dt.date(2014, 5, 4)),
    # approximate: read as the day or month it names (annotators count from it; score.py passes it so)
    ("2014-05-04~", dt.date(2014, 5, 4), dt.date(2014, 5, 4)),
    ("2015-04~", dt.date(2015, 4, 1), dt.date(2015, 4, 30)),
    ("2015-04-04/2015-04-05", dt.date(2015, 4, 4), dt.date(2015, 4, 5)),
])
def test_published_accepts_edtf(value, first, last):
    pub = parse_published(value)
    assert (pub.text, pub.first, pub.last) == (value, first, last)


@pytest.mark.parametrize("value", ["12", "2022-13", "2016-02-30", "last year", "2015-04-05/2015-04-04", "../2015"])
def test_published_refuses_what_is_no_date(value):
    with pytest.raises(InputError) as err:
        parse_published(value, "a.txt")
    assert "a.txt" in str(err.value) and "--published" in str(err.value)


def dates(text, published):
    return {(c.site, c.event): c.date.edtf if c.date else None
            for c in extract_claims(text, parse_published(published), builtin_sites(text))}


def test_last_month_from_a_year_is_an_interval_not_an_invented_day():
    text = "Militants destroyed the Mausoleum of Sidi Mahmoud last month, residents said."
    assert dates(text, "2012")[("Mausoleum of Sidi Mahmoud", "destroyed")] == "2011-12/2012-11"
    assert dates(text, "2012-06")[("Mausoleum of Sidi Mahmoud", "destroyed")] == "2012-05"
    assert dates(text, "2012-06-15")[("Mausoleum of Sidi Mahmoud", "destroyed")] == "2012-05"


def test_explicit_dates_do_not_depend_on_the_publication_precision():
    text = "Militants blew up the Temple of Bel in August 2015."
    assert dates(text, "2015")[("Temple of Bel", "destroyed")] == "2015-08"


def test_on_or_before_publication_keeps_the_publication_precision():
    text = "ISIS is reportedly bulldozing the site of Nimrud."
    assert dates(text, "2015")[("Nimrud", "destroyed")] == "../2015"


def test_cli_takes_a_year(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("Militants destroyed the Mausoleum of Sidi Mahmoud last month, residents said.\n")
    done = subprocess.run([sys.executable, "-m", "builder", "extract", str(art), "--published", "2012",
                           "--format", "json", "--content", str(tmp_path / "none")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert '"date": "2011-12/2012-11"' in done.stdout
