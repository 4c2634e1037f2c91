"""When an article was published, as precisely as its source says: EDTF `YYYY`, `YYYY-MM`,
`YYYY-MM-DD`, approximate (`2014-05-04~`) or an interval (`2015-04-04/2015-04-05`), and how the
article's dates are resolved against it.

- Relative expressions ("last month", "two years ago") count from the publication day. When only
  a span of days is known, the article is read once from the first possible day and once from the
  last; a date that comes out the same both times stands, one that differs becomes the interval
  between the two readings ("last month" from `2012` = `2011-12/2012-11`). No day is invented.
- A day or a month named without a year ("on February 22", "in April") is the most recent one on
  or before the *last* possible publication day: a news story reports the recent past, so from
  `2011` "February 22" is `2011-02-22`, from `2004-01` "December 26" is `2003-12-26`, and from
  `2021-07` "July 27" is `2021-07-27`.
- A weekday, "today", "yesterday", "this week", "last week", "three days ago": counted in days, so
  only a publication day resolves them; from a month or a year they are that month or year
  (`2025-02`, `2012`), all that is known. (From an approximate day or an interval of days the two
  readings above give the interval between them.)
- An approximate publication date (`2015-07-19~`, `2025-02~`) is read as the day, month or year it
  names, its mark dropped (as score.py passes it): annotators count 'yesterday' from 2005-10-31~ as
  2005-10-30 and 'this week' from 2025-02~ as that month, where a reading widened by a unit each side
  gave intervals no reader writes ('2005-10-27/2005-11-02', '2024-12-30/2025-02~').
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from ..dates import parse
from ..errors import DateError, InputError
from .dates import DateContext, edate, month, year

POINT = r"\d{4}(?:-\d{2}(?:-\d{2})?)?[~?%]?"
FORM = re.compile(rf"^{POINT}(?:/{POINT})?$")
HINT = "write it as EDTF: 2022, 2022-05, 2022-05-14, 2022-05-14~ or 2022-05-14/2022-05-15"


@dataclass(frozen=True)
class Publication:
    text: str  # the EDTF value as given (what a source file records)
    first: dt.date  # the earliest day it can be
    last: dt.date  # the latest day it can be

    @property
    def exact(self) -> bool:
        return self.first == self.last

    @classmethod
    def on(cls, day: dt.date) -> "Publication":
        return cls(day.isoformat(), day, day)


def parse_published(value: str, path: Path | str | None = None) -> Publication:
    """A publication date given on the command line (or read from a page), checked strictly."""
    value = (value or "").strip()
    if not FORM.match(value):
        raise InputError(f"--published '{value}' is not a date", path, hint=HINT)
    try:
        parse(value)
    except DateError as exc:
        raise InputError(f"--published '{value}' is not a real date: {exc.message}", path, hint=HINT) from None
    date = parse(plain(value))
    return Publication(value, dt.date(*date.lower), dt.date(*date.upper))


def plain(value: str) -> str:
    """The publication date without its approximate or uncertain marks: what the article is read against."""
    return re.sub(r"[~?%]", "", value)


def reading(pub: Publication, day: dt.date):
    """The reference time of one reading of the article: counting from `day`, with the calendar
    and the precision the publication date allows."""
    date = parse(plain(pub.text))
    coarse = None
    if not date.interval and date.precision in ("month", "year"):
        coarse = month(*date.lower[:2]) if date.precision == "month" else year(date.lower[0])
    return DateContext(day, latest=pub.last, coarse=coarse)


def combine(early: list, late: list, pub: Publication) -> list:
    """The claims of the two readings as one list: a claim's date is the span between its date read
    from the first possible publication day and from the last (claims pair up by site, event, quote)."""
    pending: dict[tuple, list] = {}
    for c in late:
        pending.setdefault((c.site, c.event, c.quote), []).append(c)
    out = []
    for c in early:
        twins = pending.get((c.site, c.event, c.quote))
        other = twins.pop(0) if twins else None
        a, b = c.date, other.date if other is not None else None
        if a is None or b is None or a.edtf == b.edtf:
            c.date = a if b is not None or other is None else None
        else:
            c.date = edate(_span_text(a, b, pub), a.lo, b.hi, min(a.rank, b.rank) - 0.5, kind="interval")
        out.append(c)
    return out


def _span_text(a, b, pub: Publication) -> str:
    start = a.edtf.split("/")[0].rstrip("~?%")
    end = b.edtf.split("/")[-1].rstrip("~?%")
    if end == pub.last.isoformat():
        end = plain(pub.text).split("/")[-1]  # 'on or before publication' at the publication's own precision
    if start == ".." and "/" in pub.text and a.edtf.split("/")[-1] == pub.first.isoformat():
        # 'has been restored' in a story of 2017-03-03/2017-03-04: on or before the first day it can have
        # been written, as annotators read it (and score.py passes it)
        return f"../{pub.first.isoformat()}"
    if start == "..":
        return f"../{end}"
    return f"{start}/{end}"
