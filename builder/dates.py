"""EDTF dates: parse once, sort by bounds, show them as a reader expects.

python-edtf is the authority on what EDTF means. Its parser costs ~7 ms a string, too slow for
tens of thousands of events, so the plain level-0/1 forms (`2015`, `2015-05~`, `-0611`,
`2015-05/2016-03`, `../2016-12-10`) go through a small exact parser whose results are tested to
agree with python-edtf; everything else (unspecified digits, seasons, sets ...) goes to it.
"""
from __future__ import annotations

import calendar
import math
import re
from dataclasses import dataclass
from functools import lru_cache

from .errors import DateError

Bound = tuple[int, int, int]  # (year, month, day), astronomical years: 1 BC = 0

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

_SIMPLE = re.compile(r"^(?P<y>-?\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?(?P<q>[~?%])?$")


@dataclass(frozen=True)
class EdtfDate:
    text: str
    lower: Bound | None  # None: open or unknown start
    upper: Bound | None  # None: open or unknown end
    approximate: bool = False
    uncertain: bool = False
    interval: bool = False
    precision: str = "day"  # year | month | day | other, of the start (or of the end if open)

    @property
    def sort_key(self) -> tuple:
        """Earliest possible moment first; an open start sorts by its end."""
        first = self.lower or self.upper or (9999, 12, 31)
        last = self.upper or self.lower or (9999, 12, 31)
        return (first, last)

    @property
    def iso_bounds(self) -> tuple[str | None, str | None]:
        return (iso(self.lower) if self.lower else None, iso(self.upper) if self.upper else None)

    def label(self) -> str:
        return label(self)


_OPEN = ((-10**6, 1, 1), (10**6, 12, 31))  # an open or unknown end reaches as far as it can


def _span(date: EdtfDate) -> tuple[Bound, Bound]:
    return (date.lower or _OPEN[0], date.upper or _OPEN[1])


def contains(outer: EdtfDate, inner: EdtfDate) -> bool:
    """`outer` covers `inner`: "March 2016" covers "27 March 2016", so the two agree."""
    (lo, hi), (ilo, ihi) = _span(outer), _span(inner)
    return lo <= ilo and ihi <= hi


def overlaps(a: EdtfDate, b: EdtfDate) -> bool:
    """The two may name the same moment."""
    (alo, ahi), (blo, bhi) = _span(a), _span(b)
    return alo <= bhi and blo <= ahi


def iso(bound: Bound) -> str:
    """ISO 8601 extended year form, as EDTF and JavaScript accept it (-000611 etc. not needed)."""
    y, m, d = bound
    year = f"-{abs(y):04d}" if y < 0 else f"{y:04d}"
    return f"{year}-{m:02d}-{d:02d}"


def html_datetime(date: EdtfDate) -> str | None:
    """A valid HTML `datetime` for an EDTF date: its earliest bound, at the date's own precision
    (`0216~` → `0216`, `2015-05/2016-03` → `2015-05`, `201X` → `2010-01-01`). None when there is
    no valid form: an open start (`../2016`) or a year before AD 1 (HTML years are above zero)."""
    if date.lower is None or not 1 <= date.lower[0] <= 9999:
        return None
    y, m, d = date.lower
    if date.precision == "year" and (m, d) == (1, 1):
        return f"{y:04d}"
    if date.precision == "month" and d == 1:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _days_in(year: int, month: int) -> int:
    # proleptic Gregorian; calendar.monthrange rejects year <= 0, so shift by 400-year cycles
    return calendar.monthrange(year % 400 + 400, month)[1]


def _simple(text: str) -> EdtfDate | None:
    m = _SIMPLE.match(text)
    if not m:
        return None
    y = int(m["y"])
    if m["y"] == "-0000":
        raise DateError(f"'{text}' is not a valid EDTF date: year -0000 does not exist", hint="1 BC is 0000")
    month = int(m["m"]) if m["m"] else None
    day = int(m["d"]) if m["d"] else None
    if month is not None and not 1 <= month <= 12:
        raise DateError(f"'{text}' is not a valid EDTF date: month {month:02d} does not exist", hint="months are 01 to 12")
    if day is not None and not 1 <= day <= _days_in(y, month):
        raise DateError(f"'{text}' is not a valid EDTF date: {MONTHS[month - 1]} {y} has no day {day}",
                        hint=f"{MONTHS[month - 1]} has {_days_in(y, month)} days that year")
    q = m["q"] or ""
    lower = (y, month or 1, day or 1)
    upper = (y, month or 12, day or _days_in(y, month or 12))
    precision = "day" if day else "month" if month else "year"
    return EdtfDate(text, lower, upper, approximate=q in "~%" and bool(q), uncertain=q in "?%" and bool(q),
                    precision=precision)


def _from_library(text: str) -> EdtfDate:
    from edtf import parse_edtf  # imported late: it is slow to import and rarely needed
    from edtf.parser.edtf_exceptions import EDTFParseException

    try:
        parsed = parse_edtf(text)
    except (EDTFParseException, ValueError, TypeError, AttributeError):
        raise DateError(f"'{text}' is not a valid EDTF date",
                        hint="write e.g. 2015, 2015-05, 2015-05-20, 0216~, -0611, 2015-05/2016-03 or ../2016-12-10") from None

    def bound(value) -> Bound | None:
        if isinstance(value, float) and math.isinf(value):
            return None
        return (value.tm_year, value.tm_mon, value.tm_mday)

    kind = type(parsed).__name__
    s = str(parsed)
    return EdtfDate(text, bound(parsed.lower_strict()), bound(parsed.upper_strict()),
                    approximate="~" in s or "%" in s, uncertain="?" in s or "%" in s,
                    interval="Interval" in kind, precision="other")


@lru_cache(maxsize=65536)
def parse(text: str) -> EdtfDate:
    """Parse an EDTF string; raises DateError with a hint when it is not one."""
    text = str(text).strip()
    if "/" in text:
        start, _, end = text.partition("/")
        a = None if start in ("..", "") else _simple(start)
        b = None if end in ("..", "") else _simple(end)
        if (a or start in ("..", "")) and (b or end in ("..", "")) and (a or b):
            if a and b and a.lower > b.upper:
                raise DateError(f"'{text}' is not a valid EDTF interval: it ends before it starts",
                                hint="write the earlier date first")
            return EdtfDate(text, a.lower if a else None, b.upper if b else None,
                            approximate=bool((a and a.approximate) or (b and b.approximate)),
                            uncertain=bool((a and a.uncertain) or (b and b.uncertain)),
                            interval=True, precision=(a or b).precision)
        return _from_library(text)
    return _simple(text) or _from_library(text)


def normalize(value) -> str | None:
    """A YAML value (string, or a bare year YAML read as a number) as an EDTF string."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise DateError(f"'{value}' is not a date")
    if isinstance(value, int):
        return f"-{abs(value):04d}" if value < 0 else f"{value:04d}"
    return str(value).strip()


# --- showing dates --------------------------------------------------------------------------

def year_label(y: int) -> str:
    if y <= 0:
        return f"{1 - y} BC"
    return f"AD {y}" if y < 100 else str(y)


def _point(bound: Bound, precision: str) -> str:
    y, m, d = bound
    if precision == "year":
        return year_label(y)
    if precision == "month":
        return f"{MONTHS[m - 1]} {year_label(y)}"
    return f"{d} {MONTHS[m - 1]} {year_label(y)}"


_UNSPECIFIED = re.compile(r"^(-?)(\d*)(X+)$")


_LABELS: dict[EdtfDate, str] = {}  # date -> label: a page shows its sources' dates once a claim


def label(date: EdtfDate) -> str:
    """Human text: 'c. AD 216', 'May 2015', 'between May 2015 and March 2016', '612 BC'."""
    made = _LABELS.get(date)  # by value: a frozen date's label is a function of its fields
    if made is None:
        if len(_LABELS) >= 50_000:
            _LABELS.clear()
        made = _LABELS[date] = _label(date)
    return made


def _label(date: EdtfDate) -> str:
    text = date.text
    if date.interval:
        start, _, end = text.partition("/")
        a = parse(start) if start not in ("..", "") else None
        b = parse(end) if end not in ("..", "") else None
        if a and b:
            return f"between {label(a)} and {label(b)}"
        if b:
            return f"by {label(b)}"
        if a:
            return f"after {label(a)}"
    unspecified = _UNSPECIFIED.match(text)
    if unspecified and date.lower and date.upper:
        digits = len(unspecified[3])
        if date.lower[0] >= 1000 and digits <= 2:  # 198X: the 1980s; 18XX: the 1800s
            return f"the {date.lower[0]}s"
        return f"{year_label(date.lower[0])}–{year_label(date.upper[0])}"
    if date.precision == "other" or not date.lower:
        if date.lower and date.upper:
            return f"between {_point(date.lower, 'day')} and {_point(date.upper, 'day')}"
        return text
    core = _point(date.lower, date.precision)
    if date.approximate and date.uncertain:
        return f"c. {core}?"
    if date.approximate:
        return f"c. {core}"
    if date.uncertain:
        return f"{core}?"
    return core
