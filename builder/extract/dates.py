"""Temporal expressions in a sentence → EDTF strings, resolved against the publication date P.

The rules follow shared/corpus/README.md ("Dates (EDTF)"): explicit dates win, a day or month
without a year is the most recent one on or before P, weekdays may be P itself, relative
expressions count from P, "the following year" from the year last named. Each found expression
keeps its span so the event finder can attach it to the nearest trigger.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field

from ..dates import Bound, EdtfDate, parse
from ..vocab import periods

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "a few": 3, "few": 3,
           "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
           "ninety": 90, "a hundred": 100, "hundred": 100, "thirteen": 13, "fourteen": 14, "fifteen": 15,
           "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
            "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
            "nineteenth": 19, "twentieth": 20, "twenty-first": 21}



@dataclass(frozen=True)
class EDate(EdtfDate):
    """A date the extractor found: builder.dates' one date model (EDTF text and bounds) plus what
    choosing between candidate dates needs: how specific it is (`rank`: day 3, month 2, year 1,
    intervals and centuries lower), days of tolerance when merging approximate values (`slack`),
    and its shape (`kind`: point | open | interval). Made with `edate()`."""
    rank: float = 0.0
    slack: int = 0
    kind: str = "point"

    @property
    def edtf(self) -> str:
        return self.text

    @property
    def lo(self) -> Bound | None:
        return self.lower

    @property
    def hi(self) -> Bound | None:
        return self.upper

    def compatible(self, other: "EDate") -> bool:
        lo1, hi1 = _widen(self)
        lo2, hi2 = _widen(other)
        return lo1 <= hi2 and lo2 <= hi1


def edate(edtf: str, lo: Bound | None, hi: Bound | None, rank: float, slack: int = 0, kind: str = "point") -> EDate:
    """An extracted date: builder.dates parses the EDTF text (what it means: precision, approximate,
    interval); `lo`/`hi` may be wider than its bounds ('the middle of the first century' = 0050~,
    35-65) for comparing with other tellings."""
    meaning = parse(edtf)
    return EDate(edtf, lo, hi, approximate=meaning.approximate, uncertain=meaning.uncertain,
                 interval=meaning.interval, precision=meaning.precision, rank=rank, slack=slack, kind=kind)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    date: EDate
    text: str
    relative_after: bool = False  # "three months after X": dates the event after the phrase
    # the date of an event told by its noun ('by the earthquake', 'after Tuesday's quake'): no deadline,
    # no state seen at that date
    of_event: bool = False
    # a dateline's date ('ISTANBUL, July 17 (Newswire) -'): the report's, a bound that gives way to any
    # date the sentence tells of the event itself
    dateline: bool = False


@dataclass
class DateContext:
    """The article's reference time: the publication day this reading counts from, what the
    publication date leaves open (publication.py), and what earlier sentences named, for "that
    year", "the following month", "two days later"."""
    published: dt.date
    history: list = field(default_factory=list)  # (sentence number, EDate) of each point date named
    counted: set = field(default_factory=set)  # ids of those counted from publication ('last year')
    sentence: int = 0  # how many sentences have been read
    latest: dt.date | None = None  # the last day the article can have been published
    coarse: EDate | None = None  # the publication month or year, when no day is known
    new_paragraph: bool = False  # the sentence being read opens a paragraph
    opening_year: int | None = None  # the year the sentence being read opens with ('In 2012, ...')

    @property
    def calendar_day(self) -> dt.date:
        """What a month name or a day without a year is the most recent of: the latest possible
        publication day (a story published in 2011 tells 'February 22' of 2011)."""
        return self.latest or self.published

    def reference(self, precision: str = "year") -> EDate | None:
        """The last date named at least this precisely (day > month > year): what 'that year',
        'the same day', 'two days later' count from."""
        wanted = PRECISIONS.index(precision)
        return next((d for _, d in reversed(self.history)
                     if d.precision in PRECISIONS and PRECISIONS.index(d.precision) >= wanted and d.lo[0] > 0), None)

    def narrative_year(self, mo: int, dy: int = 1) -> int | None:
        """'In May 2015 they overran the city. In August they blew up the temple': a month without a
        year, in the sentence after one that named a date of an earlier year, continues the story's
        time (the first such month on or after it) rather than counting back from publication. (A
        date of the same sentence is often an aside: 'X, which opened in 1997, was stripped in May'. A
        year counted from publication, 'last year', sets no story time: 'X was blown up last year. Troops
        retook the town in March' is this March.)"""
        # 'In August 1915, as the armies retreated, troops marched into the fortress on 26 August': the month its
        # own sentence named with a year
        # ('by the afternoon of the next day, 7 November': the day a relative phrase beside it has just named)
        same = [d for n, d in self.history if n == self.sentence and d.precision in ("month", "day") and d.lo[0] > 0
                and d.lo[1] == mo and id(d) not in self.counted]
        if same:
            return same[-1].lo[0]
        # 'In 2012, the mosque burned to the ground in August': a year the sentence opens with sets its time
        cal = self.calendar_day
        if self.opening_year is not None and (self.opening_year, mo) <= (cal.year, cal.month):
            return self.opening_year
        if self.new_paragraph:  # ('... until 1591, when a Moroccan army marched in.' then a paragraph on 'Jan. 10')
            return None
        recent = [d for n, d in self.history if n == self.sentence - 1 and d.precision in PRECISIONS and d.lo[0] > 0
                  and id(d) not in self.counted]
        # 'Troops entered the town on 4 September 1914. From there their guns shelled it. On 19 September
        # ...': one sentence without a date between goes on in the time of a day or month told before it
        last = max((n for n, _ in self.history if n < self.sentence), default=None)
        if not recent and last is not None and last >= self.sentence - NARRATIVE_REACH:
            recent = [d for n, d in self.history if n == last and d.precision in ("month", "day") and d.lo[0] > 0
                      and id(d) not in self.counted]
        if not recent:
            return None
        ref = recent[-1]
        y = ref.lo[0] if ref.precision == "year" or (mo, dy) >= ref.lo[1:] else ref.lo[0] + 1
        cal = self.calendar_day
        return y if (y, mo) < (cal.year, cal.month) and y < cal.year else None


PRECISIONS = ["year", "month", "day"]
NARRATIVE_REACH = 2  # a day or month told two sentences back still carries the story's year (three no longer)


def _num(b: Bound) -> int:
    return b[0] * 372 + (b[1] - 1) * 31 + (b[2] - 1)


def _widen(d: EDate) -> tuple[int, int]:
    lo = _num(d.lo) if d.lo else -10**9
    hi = _num(d.hi) if d.hi else 10**9
    return lo - d.slack, hi + d.slack


def ystr(y: int) -> str:
    return f"-{abs(y):04d}" if y < 0 else f"{y:04d}"


def last_day(y: int, m: int) -> int:
    return calendar.monthrange(y if y > 0 else 2000, m)[1]


def day(d: dt.date, approx: bool = False, slack: int = 0) -> EDate:
    b = (d.year, d.month, d.day)
    return edate(d.isoformat() + ("~" if approx else ""), b, b, 3 - approx * 0.5, slack)


def month(y: int, m: int, approx: bool = False, slack: int = 0) -> EDate:
    return edate(f"{ystr(y)}-{m:02d}" + ("~" if approx else ""), (y, m, 1), (y, m, last_day(y, m)),
                 2 - approx * 0.5, slack)


def year(y: int, approx: bool = False, slack: int = 0) -> EDate:
    return edate(ystr(y) + ("~" if approx else ""), (y, 1, 1), (y, 12, 31), 1 - approx * 0.5, slack)


def interval(a: dt.date, b: dt.date) -> EDate:
    return edate(f"{a.isoformat()}/{b.isoformat()}", (a.year, a.month, a.day), (b.year, b.month, b.day), 1.5,
                 kind="interval")


def until(d: EDate) -> EDate:
    """On or before the end of d: the event behind a report dated d."""
    end = d.hi
    text = f"{ystr(end[0])}-{end[1]:02d}-{end[2]:02d}" if d.rank >= 2.5 or d.kind == "interval" else d.edtf.rstrip("~")
    if d.kind == "interval":  # ('by the 18th century', 17XX, is on or before 1800)
        text = d.edtf.split("/")[1] if "/" in d.edtf else ystr(end[0])
    return edate(f"../{text}", None, end, 0.3, kind="open")


def since(d: EDate) -> EDate:
    """On or after the start of d: an act told as after an event dated d ('rebuilt after the 1934 quake')."""
    return edate(f"{d.edtf.rstrip('~')}/..", d.lo, None, 0.3, kind="open")


def open_until(p: dt.date) -> EDate:
    return edate(f"../{p.isoformat()}", None, (p.year, p.month, p.day), 0.3, kind="open")


def century(n: int, bc: bool, part: str | None) -> EDate:
    """The Nth century (AD or BC) or a part of it, astronomical years."""
    if bc:
        first, last = -(n * 100) + 1, -((n - 1) * 100)  # 9th c. BC = 900-801 BC = -0899..-0800
    else:
        first, last = (n - 1) * 100 + 1, n * 100
    if part in ("middle", "mid"):
        mid = (first + last) // 2
        return edate(ystr(mid) + "~", (mid - 15, 1, 1), (mid + 15, 12, 31), 0.8, slack=0)
    if part in ("early", "beginning", "start"):
        return edate(f"{ystr(first)}/{ystr(first + 32)}", (first, 1, 1), (first + 32, 12, 31), 0.7, kind="interval")
    if part in ("late", "end"):
        return edate(f"{ystr(last - 32)}/{ystr(last)}", (last - 32, 1, 1), (last, 12, 31), 0.7, kind="interval")
    if not bc and n >= 1:
        text = f"{n - 1:02d}XX"
    else:
        text = f"{ystr(first)}/{ystr(last)}"
    return edate(text, (first, 1, 1), (last, 12, 31), 0.6, kind="interval")


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def most_recent_month(p: dt.date, m: int) -> int:
    """Year of the most recent month m on or before P's month."""
    return p.year if m <= p.month else p.year - 1


def most_recent_day(p: dt.date, m: int, d: int) -> dt.date | None:
    for y in (p.year, p.year - 1):
        try:
            cand = dt.date(y, m, d)
        except ValueError:
            continue
        if cand <= p:
            return cand
    return None


def most_recent_weekday(p: dt.date, wd: int, strictly_before: bool = False) -> dt.date:
    back = (p.weekday() - wd) % 7
    if back == 0 and strictly_before:
        back = 7
    return p - dt.timedelta(days=back)


MONTH_RE = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
NUM_RE = r"(?:\d+|a hundred|a few|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|" \
         r"six|seven|eight|nine)|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|" \
         r"a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|" \
         r"forty|fifty|sixty|seventy|eighty|ninety|hundred|several|few)"
UNIT_RE = r"(?:day|week|month|year|decade)s?"
YEAR_RE = r"(?<![\d,.£$€])(1[0-9]{3}|20[0-9]{2})(?!\d|,\d)"  # "in 2012, the" is a year; "2,012" is not
QUALIFIER_WORD = r"\s*(?:just|little|a little|only|some|about|around|almost|nearly|roughly|more than|over|less than|under)\b"
QUALIFIER = r"(?:(?:just|little|a little|only|some|about|around|almost|nearly|roughly|more than|over|less than|under)\s+)*"

PERIODS = [(re.compile(rf"(?:{name})", re.I), edtf) for name, edtf in periods()]  # vocab/periods.yml

# Ordered: longer, more explicit patterns first; a later pattern never overlaps an earlier match.
PATTERNS: list[tuple[str, str]] = [
    # "during the Second World War", "in the Spanish Civil War": a named period (vocab/periods.yml)
    ("period", r"\b(?:" + "|".join(rx.pattern for rx, _ in PERIODS) + r")(?![\w-])"),
    ("ad", r"\b(?:A\.?D\.?|CE|C\.E\.)\s*(\d{1,4})\b|\b(\d{1,4})\s*(?:A\.?D\.?|CE|C\.E\.)(?![A-Za-z])"),
    # "collapsed in 558 and was rebuilt": a three-digit number after 'in', 'by', 'until' ... where a clause goes on
    # is a year of the first millennium (not "in 558 homes", "by 300 metres")
    ("early_year", r"\b(?:in|by|until|since|around)\s+([1-9]\d{2})(?=\s*(?:[,.;:)]|$)|\s+(?:and|when|after|before|"
                   r"during|under|as|but|it|to|on|at|with)\b)"
                   # ... or after an event noun: "an earthquake in 749 brought down many of its buildings"
                   r"|(?:(?<=quake\s)|(?<=fire\s)|(?<=flood\s)|(?<=siege\s)|(?<=storm\s)|(?<=sack\s)|(?<=raid\s))"
                   r"(?:in|of)\s+([1-9]\d{2})\b(?!\s*(?:%|per\b|[a-z]+s\b|people\b|men\b|dead\b))"),
    ("bc", r"\b(\d{1,4}(?:,\d{3})?)\s*(?:B\.?C\.?E?\.?|BCE)(?![A-Za-z])"),
    ("century", r"\b(?:(?:(?:the\s+)?(middle|mid|early|late|beginning|start|end)(?:\s+of)?[\s-]+)?(?:the\s+)?"
                r"(\d{1,2})(?:st|nd|rd|th)|(?:(?:the\s+)?(middle|mid|early|late|beginning|start|end)(?:\s+of)?[\s-]+)?"
                r"(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first))"
                r"[\s-]+centur(?:y|ies)(\s*(?:B\.?C\.?E?\.?|BCE)(?![A-Za-z]))?"),
    # "the 1800s" is a century; "the 2000s" is read as the decade 200X (its usual sense in the news)
    ("hundreds", r"\b(?:the\s+)?(1[0-9])00s\b"),
    # "the winter of 1944-45": a season across the turn of a year (before the year range it holds)
    ("season_year", r"\b(?:the\s+)?(spring|summer|autumn|fall|winter)\s+(?:of\s+)?(" + r"1[0-9]{3}|20[0-9]{2}|next year|last year)"
                    r"(?:\s*[-–/]\s*(\d{2}|1[0-9]{3}|20[0-9]{2})(?![\d-]))?"),
    # "between 1992 and 1995", "from 1992 to 1995", "in 1992-95": an interval of years
    # ("the air raids of 1941 and 1942": two years running, one span)
    ("year_range", r"\b(?:between\s+" + YEAR_RE + r"\s+and\s+" + YEAR_RE + r"|from\s+" + YEAR_RE +
                   r"\s+(?:to|until|till)\s+" + YEAR_RE + r"|" + YEAR_RE + r"\s*[-–]\s*(\d{2}|1[0-9]{3}|20[0-9]{2})(?![\d-])|"
                   r"(?:in|of|during)\s+" + YEAR_RE + r"\s+and\s+" + YEAR_RE + r")"),
    # "the 1990s", "the mid-1990s", "the late '90s": a decade, EDTF unspecified last digit
    ("decade", r"\b(?:(?:the\s+)?(early|mid|late)[\s-]+)?(?:the\s+)?(1[0-9][0-9]|20[0-9])0['’]?s\b"),
    # "between 16 and 26 August", "from March 3 to 9, 2015": an interval of days in one month
    ("day_range", r"\b(?i:between|from)\s+(\d{1,2})(?:st|nd|rd|th)?\s+(?i:and|to|until)\s+(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?("
                  + MONTH_RE + r")(?:,?\s+" + YEAR_RE + r")?|\b(?i:between|from)\s+(" + MONTH_RE +
                  r")\s+(\d{1,2})(?:st|nd|rd|th)?\s+(?i:and|to|until)\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+" + YEAR_RE + r")?"),
    # "the night of March 28 to 29, 1942", "28-29 March 1942": two days joined by 'to' or a dash
    ("day_span", r"\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:[-–]|\s(?i:to)\s)\s*(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?("
                 + MONTH_RE + r")(?:,?\s+" + YEAR_RE + r")?|\b(" + MONTH_RE +
                 r")\s+(\d{1,2})(?:st|nd|rd|th)?\s*(?:[-–]|\s(?i:to)\s)\s*(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+" + YEAR_RE + r")?"),
    # "between May 2003 and June 2004", "from April to June 2012": an interval of months
    ("month_range", r"\b(?i:between|from)\s+(?:(?i:early|late|mid)[\s-]+)?(" + MONTH_RE + r")(?:,?\s+(?:of\s+)?" + YEAR_RE +
                    r")?\s+(?i:and|to|until|till|through)\s+(?:(?i:early|late|mid)[\s-]+)?("
                    + MONTH_RE + r")(?:,?\s+(?:of\s+)?" + YEAR_RE + r")?(?!\s*\d)"),
    # "on Easter Monday 1986", "Christmas Day 1914": a feast of a year named
    ("feast", r"\b(Easter(?:\s+Sunday|\s+Monday)?|Good\s+Friday|Holy\s+Saturday|Maundy\s+Thursday|Whit\s+Sunday|"
              r"Whit\s+Monday|Christmas\s+Eve|Christmas\s+Day|Christmas|Boxing\s+Day|New\s+Year['’]s\s+Eve|"
              r"New\s+Year['’]s\s+Day)(?:\s+of)?,?\s+" + YEAR_RE),
    ("dmy", r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(" + MONTH_RE + r"),?\s+" + YEAR_RE),
    ("mdy", r"\b(" + MONTH_RE + r")\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+" + YEAR_RE),
    # "on August 3 that year", "in August of the same year": the year named before
    ("md_that", r"\b(" + MONTH_RE + r")\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(?:of\s+)?(?:that|the\s+same)\s+year\b"),
    ("m_that", r"\b(?:(early|late|mid)[\s-]+)?(" + MONTH_RE + r")\s+(?:of\s+)?(?:that|the\s+same)\s+year\b"),
    ("md_last_year", r"\b(" + MONTH_RE + r")\s+(\d{1,2})(?:st|nd|rd|th)?\s+(last|this|next)\s+year\b"),
    ("m_last_year", r"\b(?:in\s+|of\s+)?(?:the\s+)?(?:(early|late|mid)[\s-]+)?(" + MONTH_RE + r")\s+(?:of\s+)?(last|this|next)\s+year\b"),
    # "in August two years ago": that month of the year counted back
    ("m_ago", r"\b(" + MONTH_RE + r")\s+(?:of\s+)?((?i:" + NUM_RE + r"))\s+(?i:years?)\s+(?i:ago)\b"),
    ("my", r"\b(?:(early|late|mid)[\s-]+)?(" + MONTH_RE + r")\s+(?:of\s+)?" + YEAR_RE),
    ("md", r"\b(" + MONTH_RE + r")\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:,\s*)?\d)"),
    ("dm", r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(" + MONTH_RE + r")\b"),
    ("season", r"\b(?:(last|this|past)\s+|(?:in|during|over)\s+the\s+)(spring|summer|autumn|fall|winter)\b(?!\s+of\b)"),
    ("weekend", r"\b(?:over\s+the|last|this\s+past|at\s+the|during\s+the)\s+weekend\b"),
    ("last_month_name", r"\b((?i:last|this|in|since|during|until|by|early|late|mid|in\s+early|in\s+late|in\s+mid))[\s-]+(" + MONTH_RE + r")(?![\w])"),
    ("year", r"\b(?:the\s+)?(?:in|since|of|by|during|until|from|before|after|between|in\s+early|in\s+late|the)?\s*" + YEAR_RE + r"(?!\s*(?:million|billion|people|euros|pounds|dollars|per|%))"),
    # not a feast ('Easter Monday 1986', 'Good Friday') nor a weekday of a year named ('Monday 1986'): those
    # are no day of the publication's week
    ("weekday", r"\b(?<!\ba\s)(?<!Easter\s)(?<!Good\s)(?<!Ash\s)(?<!Holy\s)(?<!Whit\s)(?<!Maundy\s)(?<!Shrove\s)"
                r"(last\s+|on\s+|this\s+|early\s+|late\s+)?(" + WEEKDAY_RE + r")(?:\s+(?:morning|afternoon|evening|night))?\b"
                r"(?!,?\s+(?:1[0-9]{3}|20[0-9]{2})\b)"
                # 'last Wednesday, 30 July', 'on Friday, March 6': the day named with it is the date
                r"(?!(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTH_RE +
                r"|" + MONTH_RE + r"\s+\d{1,2}\b))"),
    ("today", r"\b(?<!ago\s)(today|yesterday|tonight|this morning|last night)\b"),
    ("overnight", r"\bovernight\b"),  # the night that ended on the publication day
    ("past", r"\b(?:in|over|during|within)\s+the\s+(?:past|last)\s+(?:(" + NUM_RE + r")\s+)?(" + UNIT_RE + r")\b"),
    # "eighty years ago today": that very day
    # "twenty years ago this month": that month
    ("ago", r"\b" + QUALIFIER + r"(" + NUM_RE + r")\s+(" + UNIT_RE + r")\s+ago(\s+today|\s+this\s+month)?\b"),
    ("after", r"\b" + QUALIFIER + r"(" + NUM_RE + r")\s+(" + UNIT_RE + r")\s+(after|later|earlier)\b"),
    # "days after the temple won the same status": a count left vague, told back from its sentence's date
    ("vague_after", r"\b(days|weeks|months)\s+(after)\b"),
    ("earlier_this", r"\b(earlier|later)\s+this\s+(week|month|year)\b"),
    ("this_last", r"\b(last|this|next|past)\s+(week|month|year)\b"),
    # 'the next morning', 'the previous evening': the day after or before the day named last
    ("following", r"\b(?:the\s+)?(following|preceding)\s+(day|week|month|year|morning|afternoon|evening|night)\b|"
                  r"\bthe\s+(next|previous)\s+(day|week|month|year|morning|afternoon|evening|night)\b"),
    ("that", r"\b(?:that(?:\s+same)?|the\s+same)\s+(day|month|year)\b"),
    # 'The day before, ...', 'the night before.': the day before the day named last (not 'the day before the vote')
    ("day_before", r"\bthe\s+(day|night|evening|morning|afternoon)\s+before\b(?=\s*[,.;:)]|\s+(?:that|it|they|he|she|when)\b)"),
]
COMPILED = [(name, re.compile(rx, re.I if name not in ("md", "dm", "last_month_name", "my", "mdy", "dmy",
                                                          "md_last_year", "m_last_year", "weekday", "md_that", "m_that", "feast", "m_ago",
                                                          "day_range", "day_span", "month_range")
                                                          else 0))
            for name, rx in PATTERNS]
# Month names are matched case-sensitively ("May" is a month, "may" a verb); weekday names too.


def _month_no(text: str) -> int:
    return MONTHS[text.rstrip(".").lower()]


def _n(text: str | None) -> int:
    if not text:
        return 1
    text = text.lower()
    tens, _, ones = text.replace(" ", "-").partition("-")  # 'twenty-five', 'thirty two'
    if ones and NUMBERS.get(tens, 0) in range(20, 100, 10) and NUMBERS.get(ones, 0) in range(1, 10):
        return NUMBERS[tens] + NUMBERS[ones]
    return int(text) if text.isdigit() else NUMBERS.get(text, 1)


def _unit_delta(p: dt.date, n: int, unit: str, sign: int) -> dt.date:
    unit = unit.lower().rstrip("s")
    if unit == "day":
        return p + sign * dt.timedelta(days=n)
    if unit == "week":
        return p + sign * dt.timedelta(days=7 * n)
    if unit == "month":
        return add_months(p, sign * n)
    if unit == "decade":
        return add_months(p, sign * 120 * n)
    return add_months(p, sign * 12 * n)


def _granular(d: dt.date, unit: str, approx: bool, slack: int) -> EDate:
    unit = unit.lower().rstrip("s")
    if unit in ("day", "week"):
        return day(d, approx, slack)
    if unit == "month":
        return month(d.year, d.month, approx, slack)
    return month(d.year, d.month, approx, slack) if unit == "year" else year(d.year, approx, slack)


# expressions that count days or weeks back from the publication day
DAY_SCALE = {"weekday", "weekend", "today", "overnight"}
COUNTED = {"earlier_this", "this_last", "ago", "past"}  # their second group is the unit


def _day_scale(name: str, m: re.Match) -> bool:
    if name in DAY_SCALE:
        return True
    return name in COUNTED and m.group(2).lower().rstrip("s") in ("day", "week")


def resolve(name: str, m: re.Match, ctx: DateContext) -> EDate | None:
    p = ctx.published
    g = m.groups()
    if ctx.coarse is not None and _day_scale(name, m):
        if name == "this_last" and g[0].lower() == "next":
            return None
        return ctx.coarse  # 'on Saturday' in a story of 2025-02: the month is all that is known
    if name == "ad":
        y = int(g[0] or g[1])
        return year(y)
    if name == "bc":
        y = int(g[0].replace(",", ""))
        return year(1 - y)
    if name == "century":
        part = (g[0] or g[2] or "").lower() or None
        n = int(g[1]) if g[1] else ORDINALS[g[3].lower()]
        bc = bool(g[4])
        return century(n, bc, part)
    if name == "hundreds":
        c = int(g[0])
        return edate(f"{c:02d}XX", (c * 100, 1, 1), (c * 100 + 99, 12, 31), 0.6, kind="interval")
    if name == "decade":
        d = int(g[1]) * 10
        if g[0]:  # a part of a decade is an interval of years
            a, b = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}[g[0].lower()]
            return edate(f"{ystr(d + a)}/{ystr(d + b)}", (d + a, 1, 1), (d + b, 12, 31), 0.8, kind="interval")
        return edate(f"{g[1]}X", (d, 1, 1), (d + 9, 12, 31), 0.8, kind="interval")
    if name in ("day_range", "day_span"):
        d1, d2, mo, y = (int(g[0]), int(g[1]), g[2], g[3]) if g[0] else (int(g[5]), int(g[6]), g[4], g[7])
        mo = _month_no(mo)
        if y is not None:
            y = int(y)
        else:  # the year of the narrative, or the most recent such days on or before the publication
            y = ctx.narrative_year(mo, d2)
            if y is None:
                end = most_recent_day(ctx.calendar_day, mo, d2)
                y = end.year if end is not None else None
        a, b = _safe_day(y, mo, d1) if y else None, _safe_day(y, mo, d2) if y else None
        if a is None or b is None or not d1 < d2:
            return None
        return interval(dt.date(*a.lo), dt.date(*b.lo))
    if name == "month_range":
        return month_span(ctx, _month_no(g[0]), int(g[1]) if g[1] else None, _month_no(g[2]), int(g[3]) if g[3] else None)
    if name == "feast":
        return day(feast_day(" ".join(g[0].split()), int(g[1])))
    if name == "dmy":
        return _safe_day(int(g[2]), _month_no(g[1]), int(g[0]))
    if name == "mdy":
        return _safe_day(int(g[2]), _month_no(g[0]), int(g[1]))
    if name in ("md_that", "m_that"):
        ref = ctx.reference("year")
        if ref is None:
            return None
        return _safe_day(ref.lo[0], _month_no(g[0]), int(g[1])) if name == "md_that" else month(ref.lo[0], _month_no(g[1]))
    if name == "that":
        ref = ctx.reference(g[0].lower())
        if ref is None:
            return None
        return truncate(ref, g[0].lower())
    if name == "md_last_year":
        y = p.year + {"last": -1, "this": 0, "next": 1}[g[2].lower()]
        return _safe_day(y, _month_no(g[0]), int(g[1]))
    if name == "m_last_year":
        y = p.year + {"last": -1, "this": 0, "next": 1}[g[2].lower()]
        return month(y, _month_no(g[1]))
    if name == "my":
        return month(int(g[2]), _month_no(g[1]))
    if name == "m_ago":
        return month(p.year - _n(g[1]), _month_no(g[0]))
    if name == "season_year":
        ref = g[1].lower()
        y = p.year + 1 if ref == "next year" else p.year - 1 if ref == "last year" else int(ref)
        if g[2]:  # 'the winter of 1944-45' began in 1944; another season may not span two years
            y2 = int(g[2]) if len(g[2]) == 4 else y // 100 * 100 + int(g[2])
            if g[0].lower() != "winter" or y2 != y + 1:
                return None
        a = dt.date(y, SEASONS[g[0].lower()], 1)
        b = add_months(a, 2)
        return edate(f"{a.year:04d}-{a.month:02d}/{b.year:04d}-{b.month:02d}", (a.year, a.month, 1),
                     (b.year, b.month, last_day(b.year, b.month)), 1.6, kind="interval")
    if name == "year_range":
        y1, y2 = [int(v) for v in g[0:2]] if g[0] else [int(v) for v in g[2:4]] if g[2] else \
            [int(v) for v in g[6:8]] if g[6] else (int(g[4]), g[5])
        if isinstance(y2, str):
            y2 = int(y2) if len(y2) == 4 else y1 // 100 * 100 + int(y2)
        if not y1 < y2 <= y1 + 50 or g[6] and y2 != y1 + 1:  # ('in 1974 and 1986': two times)
            return None
        return edate(f"{ystr(y1)}/{ystr(y2)}", (y1, 1, 1), (y2, 12, 31), 0.9, kind="interval")
    if name == "weekend":
        sat = most_recent_weekday(p, 5)
        return interval(sat, min(sat + dt.timedelta(days=1), p))
    if name == "season":
        return season(p, g[1].lower(), (g[0] or "").lower())
    if name in ("md", "dm"):
        mo, dy = (_month_no(g[0]), int(g[1])) if name == "md" else (_month_no(g[1]), int(g[0]))
        y = ctx.narrative_year(mo, dy)
        d = _safe_day(y, mo, dy) if y is not None else None
        if d is not None:
            return d
        d = most_recent_day(ctx.calendar_day, mo, dy)
        return day(d) if d else None
    if name == "last_month_name":
        mo, cal = _month_no(g[1]), ctx.calendar_day
        y = ctx.narrative_year(mo) if g[0].lower() not in ("last", "this") else None
        if y is not None:
            return month(y, mo)
        y = most_recent_month(cal, mo)
        if g[0].lower() == "last" and mo == cal.month:
            y -= 1
        return month(y, mo)
    if name == "period":
        edtf = next(d for rx, d in PERIODS if rx.fullmatch(m.group(0)))
        span = parse(edtf)
        if re.search(r"\b(?:after|since)\s+(?:the\s+)?$", m.string[:m.start()], re.I):  # 'repaired after the war': 1945/..
            end = edtf.split("/")[1]
            return edate(f"{end}/..", parse(end).lower, None, 0.3, kind="open")
        return edate(edtf, span.lower, span.upper, 0.8, kind="interval")
    if name in ("year", "early_year"):
        return year(int(g[0] or g[1]))
    if name == "weekday":
        lead = (g[0] or "").strip().lower()
        return day(most_recent_weekday(p, WEEKDAYS[g[1].lower()], strictly_before=lead == "last"))
    if name == "overnight":
        return interval(p - dt.timedelta(days=1), p)
    if name == "today":
        w = g[0].lower()
        return day(p) if w in ("today", "tonight", "this morning") else day(p - dt.timedelta(days=1))
    if name == "past":
        n, unit = _n(g[0]), g[1]
        return interval(_unit_delta(p, n, unit, -1), p)
    if name == "ago":
        n, unit = _n(g[0]), g[1]
        d = _unit_delta(p, n, unit, -1)
        if g[2]:  # 'ago today', 'ago this month': that very day or month
            return day(d) if "today" in g[2].lower() else month(d.year, d.month)
        # 'two years ago' names a year (exact unless qualified: 'some two years ago'), not a month
        if unit.lower().rstrip("s") == "year":
            return year(d.year, bool(re.match(QUALIFIER_WORD, m.group(0), re.I)))
        return _granular(d, unit, True, _slack(n, unit))
    if name == "after":
        n, unit = _compound(m)
        if g[2].lower() in ("later", "earlier"):
            out = shifted(ctx.reference(), n, unit, +1 if g[2].lower() == "later" else -1,
                          approx=bool(re.match(QUALIFIER_WORD, m.group(0), re.I)))
            cal = ctx.calendar_day
            # counted from the wrong date: 'later' than the last date named lands after publication
            return None if out is not None and out.lo > (cal.year, cal.month, cal.day) else out
        d = _unit_delta(p, n, unit, -1)
        return _granular(d, unit, True, _slack(n, unit))
    if name == "earlier_this":
        unit = g[1].lower()
        if unit == "week":
            monday = p - dt.timedelta(days=p.weekday())
            return interval(monday, p) if monday < p else day(p)
        return month(p.year, p.month) if unit == "month" else year(p.year)
    if name == "this_last":
        which, unit = g[0].lower(), g[1].lower()
        if which == "next":
            return None
        if unit == "week":
            monday = p - dt.timedelta(days=p.weekday())
            if which == "this":
                return interval(monday, p) if monday < p else day(p)
            if which == "past":
                return interval(p - dt.timedelta(days=7), p)
            return interval(monday - dt.timedelta(days=7), monday - dt.timedelta(days=1))
        if unit == "month":
            if which == "this":
                return month(p.year, p.month)
            if which == "past":
                return interval(add_months(p, -1), p)
            prev = add_months(p.replace(day=1), -1)
            return month(prev.year, prev.month)
        if which == "past":
            return interval(add_months(p, -12), p)
        return year(p.year if which == "this" else p.year - 1)
    if name == "day_before":
        return shifted(ctx.reference("day"), 1, "day", -1, approx=False)
    if name == "following":
        which, unit = (g[0] or g[2]).lower(), (g[1] or g[3]).lower()
        unit = "day" if unit in TIME_OF_DAY else unit
        step = 1 if which in ("following", "next") else -1
        ref = ctx.reference("day" if unit == "week" else unit)
        return shifted(ref, 1, unit, step, approx=False) if ref is not None else None
    return None


TIME_OF_DAY = frozenset({"morning", "afternoon", "evening", "night"})
UNIT_PRECISION = {"day": "day", "week": "day", "month": "month", "year": "year", "decade": "year"}


def month_span(ctx: DateContext, m1: int, y1: int | None, m2: int, y2: int | None) -> EDate | None:
    """'between May 2003 and June 2004', 'from April to June 2012', 'between May and September': the months
    from the first to the second, a year left out taken from the other end (or, with none, the most recent
    such span ending on or before publication)."""
    if y2 is None:
        y2 = (y1 if m2 >= m1 else y1 + 1) if y1 is not None else most_recent_month(ctx.calendar_day, m2)
    if y1 is None:
        y1 = y2 if m1 <= m2 else y2 - 1
    if not (y1, m1) < (y2, m2) or y2 - y1 > 10:
        return None
    return edate(f"{ystr(y1)}-{m1:02d}/{ystr(y2)}-{m2:02d}", (y1, m1, 1), (y2, m2, last_day(y2, m2)), 1.6,
                 kind="interval")


def truncate(d: EDate, precision: str) -> EDate:
    """The day, month or year of a date named at least that precisely."""
    y, mo, dy = d.lo
    return day(dt.date(y, mo, dy)) if precision == "day" else month(y, mo) if precision == "month" else year(y)


def shifted(ref: EDate | None, n: int, unit: str, sign: int, approx: bool) -> EDate | None:
    """'two days later', 'a year earlier', 'the following month': counted from the date named
    before, as precisely as both that date and the unit allow ('a year later' than May 2015 is
    2016; 'two days later' than 2015-05-20 is 2015-05-22)."""
    if ref is None:
        return None
    unit = unit.lower().rstrip("s")
    precision = min(ref.precision, UNIT_PRECISION[unit], key=PRECISIONS.index)
    d = _unit_delta(dt.date(*ref.lo), n, unit, sign)
    out = truncate(day(d), precision)
    if not approx:
        return out
    return edate(out.edtf + "~", out.lo, out.hi, out.rank - 0.5, slack=_slack(n, unit))


SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}  # first month, northern seasons


def season(p: dt.date, name: str, which: str) -> EDate:
    """'last summer' = the most recent summer over before P; 'this summer' = P's year; 'in the summer' =
    the most recent one begun by P. An interval of months (EDTF level 1 season codes are less used)."""
    first = SEASONS[name]
    y = p.year if (p.year, p.month) >= (p.year, first) else p.year - 1
    if which == "last":
        end = add_months(dt.date(y, first, 1), 2)
        if (end.year, end.month) >= (p.year, p.month):
            y -= 1
    elif which == "this":
        y = p.year - 1 if first == 12 and p.month <= 2 else p.year
    a = dt.date(y, first, 1)
    b = add_months(a, 2)
    lo, hi = (a.year, a.month, 1), (b.year, b.month, last_day(b.year, b.month))
    return edate(f"{a.year:04d}-{a.month:02d}/{b.year:04d}-{b.month:02d}", lo, hi, 1.6, kind="interval")


def easter(y: int) -> dt.date:
    """Easter Sunday of the Gregorian year y (the anonymous Gregorian computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l_) // 433
    mo = (h + l_ - 7 * m + 90) // 25
    return dt.date(y, mo, (h + l_ - 7 * m + 33 * mo + 19) % 32)


# feasts as days from Easter Sunday, or fixed (month, day)
MOVABLE = {"Easter": 0, "Easter Sunday": 0, "Easter Monday": 1, "Good Friday": -2, "Holy Saturday": -1,
           "Maundy Thursday": -3, "Whit Sunday": 49, "Whit Monday": 50}
FIXED = {"Christmas Eve": (12, 24), "Christmas Day": (12, 25), "Christmas": (12, 25), "Boxing Day": (12, 26),
         "New Year's Eve": (12, 31), "New Year's Day": (1, 1)}


def feast_day(name: str, y: int) -> dt.date:
    name = name.replace("’", "'")
    if name in MOVABLE:
        return easter(y) + dt.timedelta(days=MOVABLE[name])
    return dt.date(y, *FIXED[name])


def _slack(n: int, unit: str) -> int:
    days = {"day": 1, "week": 7, "month": 30, "year": 365, "decade": 3650}[unit.lower().rstrip("s")] * n
    return max(3, days // 3)


def _safe_day(y: int, m: int, d: int) -> EDate | None:
    try:
        return day(dt.date(y, m, d))
    except ValueError:
        return None


# counted from the publication date ('last year', 'this year'): what the next sentence's month is not in
FROM_PUBLICATION = {"this_last"}
# counted from a date named before, possibly earlier in the same sentence: resolved in order
ANAPHORIC = {"following", "after", "vague_after", "that", "md_that", "m_that", "day_before"}


OPENING_YEAR = re.compile(r"\W*(?:In|During|By)\s+(?:early\s+|late\s+|mid-)?" + YEAR_RE + r"(?!\s*[-–/])")


def find_dates(text: str, ctx: DateContext) -> list[DateMention]:
    """All temporal expressions in one sentence, left to right; updates ctx for later sentences."""
    taken: list[tuple[int, int]] = []
    matches: list[tuple[str, re.Match]] = []
    opening = OPENING_YEAR.match(text)
    ctx.opening_year = int(opening.group(1)) if opening else None
    for name, rx in COMPILED:
        for m in rx.finditer(text):
            s, e = m.span()
            if s == e or any(s < b and a < e for a, b in taken):
                continue
            if name not in ANAPHORIC and resolve(name, m, ctx) is None:
                continue
            taken.append((s, e))
            matches.append((name, m))
    matches.sort(key=lambda nm: nm[1].start())
    found: list[DateMention] = []
    for name, m in matches:
        # "the following year" counts from the year named last, in this sentence or before it
        value = resolve(name, m, ctx)
        after = name == "vague_after" or name == "after" and m.group(3).lower() == "after"
        if after:
            value = _counted_back(m, name, [resolve(n, o, ctx) for n, o in matches if n not in ANAPHORIC]) or value
        if value is None:
            continue
        found.append(DateMention(m.start(), m.end(), value, m.group(0).strip(), relative_after=after))
        if value.lo and value.rank >= 1 and value.kind == "point":
            ctx.history.append((ctx.sentence, value))
            if name in FROM_PUBLICATION:
                ctx.counted.add(id(value))
    ctx.sentence += 1
    return found


COMPOUND_BEFORE = re.compile(r"\b(" + NUM_RE + r")\s+(years?|weeks?)\s*,?\s+and\s+$", re.I)
IN_SMALLER = {("year", "month"): 12, ("week", "day"): 7}


def _compound(m: re.Match) -> tuple[int, str]:
    """The count and unit of an 'N units after/later' phrase, a larger unit told before it included
    ('five years and three months after': 63 months)."""
    n, unit = _n(m.group(1)), m.group(2).lower().rstrip("s")
    before = COMPOUND_BEFORE.search(m.string[:m.start()])
    if before and (before.group(2).lower().rstrip("s"), unit) in IN_SMALLER:
        n += _n(before.group(1)) * IN_SMALLER[(before.group(2).lower().rstrip("s"), unit)]
    return n, unit


VAGUE = {"day": (1, 6), "week": (1, 6), "month": (1, 11)}  # 'days after': how many, at least and at most


def _counted_back(m: re.Match, name: str, others: list) -> EDate | None:
    """'On Saturday the committee added X, a day after it inscribed Y': an 'N units after' phrase counts
    back from the time of its clause, the one other date its sentence names, when that date is at least
    as precise as the unit (from 'in 2015', 'three months after' could be either year: not counted).
    'Inscribed on July 27, days after Y won the same status': a vague count gives the month (or the
    year) that every count it allows falls in, else nothing."""
    points = [d for d in others if d is not None and d.kind == "point" and d.rank >= 1]
    unit = (m.group(1) if name == "vague_after" else m.group(2)).lower().rstrip("s")
    if len(points) != 1 or PRECISIONS.index(points[0].precision) < PRECISIONS.index(UNIT_PRECISION[unit]):
        return None
    if name == "after":
        n, unit = _compound(m)
        return shifted(points[0], n, unit, -1, approx=bool(re.match(QUALIFIER_WORD, m.group(0), re.I)))
    anchor = dt.date(*points[0].lo)
    first, last = (_unit_delta(anchor, n, unit, -1) for n in reversed(VAGUE[unit]))
    if (first.year, first.month) == (last.year, last.month):
        return month(first.year, first.month)
    return year(first.year) if first.year == last.year else None
