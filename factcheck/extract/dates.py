"""Dates and years: a claim type of their own, so "2017" is never compared as a count."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from factcheck.extract.lemmas import is_plural
from factcheck.extract.lexicon import lexicon

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_WEEKDAYS = [d.lower() for d in calendar.day_name]
CALENDAR = {*_MONTHS, *_WEEKDAYS}

# Lower case only where it cannot be a word ("may", "march"): wire copy writes "sept. 30", "dec. 12".
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|" \
         r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|" \
         r"(?:january|february|april|june|july|august|september|october|november|december)(?![\w-])|" \
         r"(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?=\.))\.?"
_WEEKDAY = r"(?:(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)"
# Words ending in "s" that the dictionary would take for plural nouns after a year ("by 2030 towards").
_NOT_PLURAL = frozenset({"whereas", "towards"})
_QUARTER = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


@cache
def patterns() -> list[re.Pattern[str]]:
    """Most specific first; the last two are bare years. "2016-17" is a span of years."""
    return [
        re.compile(_WEEKDAY + _MONTH + r"\s+" + _DAY + r"\s?,?\s+" + _YEAR + r"\b"),  # scraped "Dec. 22 , 2032"
        re.compile(_WEEKDAY + _DAY + r"\s+" + _MONTH + r",?\s+" + _YEAR + r"\b"),
        # "February 18 and 19", "March 3-5, 2024": a span of days, dated by its first.
        re.compile(_WEEKDAY + _MONTH + r"\s+" + _DAY + r"\s*(?:-|–|and|to|&)\s*(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
                   r"(?:,?\s+" + _YEAR + r")?\b(?!\s*(?:%|per|[.,]\d))"),
        re.compile(_WEEKDAY + _MONTH + r"\s+" + _DAY + r"\b(?!\s*(?:%|per|,?\s*\d))"),
        re.compile(_WEEKDAY + r"(?<![\d.,])" + _DAY + r"\s+" + _MONTH + r"\b(?!\s*,?\s*\d)"),
        re.compile(_MONTH + r",?\s+" + _YEAR + r"\b"),
        re.compile(r"\b(?P<quarter>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+(?:of\s+)?" + _YEAR + r"\b",
                   re.I),
        re.compile(r"\bQ(?P<q>[1-4])\s+" + _YEAR + r"\b"),
        re.compile(r"(?<![\w-])(?P<decade>1[6-9]\d0|20\d0)s\b"),
        re.compile(r"(?<![\w])[’'‘](?P<short_decade>[0-9]0)s\b|(?<=\bthe )(?P<bare_decade>[0-9]0)s\b"),  # "the ’90s", "the 90s"
        re.compile(r"(?<![\w$€£.,-])(?P<y1>1[6-9]\d\d|20\d\d)\s*[-–]\s*(?P<y2>1[6-9]\d\d|20\d\d)(?![\w%])"),
        re.compile(r"(?<![\w$€£.,-])(?P<y1>1[6-9]\d\d|20\d\d)[-–/](?P<yy>\d\d)"
                   r"(?![\w%-]|[.,]\d|\s*(?:%|per\s*cent|percent))"),
        re.compile(r"(?<![\w$€£.,-])" + _YEAR + r"(?![\w%.,]\d|\s*(?:%|per\s*cent|percent))"),
        # A year past 2099 only where a preposition of time introduces it: "by 2120".
        re.compile(r"\b(?i:by|in|until|till|before|after|since|through)\s+(?P<year>2[1-9]\d\d)\b(?![.,]\d|\s*%)"),
    ]


@dataclass(frozen=True)
class DateFigure:
    start: int
    end: int
    iso: str
    weekday: str | None


def _date(year: int, month: int, day: int | None) -> str | None:
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _iso(m: re.Match[str]) -> str | None:
    g = m.groupdict()
    if g.get("decade"):
        return f"{g['decade']}s"
    if g.get("short_decade") or g.get("bare_decade"):
        tens = int(g.get("short_decade") or g["bare_decade"])
        return f"{1900 + tens if tens >= 20 else 2000 + tens}s"
    if g.get("yy"):
        end = int(g["y1"]) // 100 * 100 + int(g["yy"])
        return f"{g['y1']}/{end}" if end > int(g["y1"]) else None
    if g.get("y1"):
        return f"{g['y1']}/{g['y2']}"
    if g.get("quarter"):
        return f"{g['year']}-Q{_QUARTER[g['quarter'].lower()]}"
    if g.get("q"):
        return f"{g['year']}-Q{g['q']}"
    if g.get("day2") and not int(g["day"]) < int(g["day2"]) <= 31:
        return None
    if g.get("month"):
        month = _MONTHS[g["month"].lower().rstrip(".")]
        if not g.get("year"):
            return f"--{month:02d}-{int(g['day']):02d}" if 1 <= int(g["day"]) <= 31 else None
        return _date(int(g["year"]), month, int(g["day"]) if g.get("day") else None)
    return g["year"]


WORD_AFTER = re.compile(r"\s+([a-z]+)\b")


# A name before a year makes it an edition, whatever follows: "Glastonbury 2026 tickets", "Euro 2024 games".
EDITION_OF = re.compile(r"\b(?!(?:In|By|For|Since|Until|From|About|Some|Over|Nearly|Almost|Around|Only|Just|All|And|"
                        r"The|Of|To|At|On|With|Than|Before|After)\s)[A-Z][a-z]+\s+$")


def _counts(text: str, start: int, end: int) -> bool:
    """A bare year followed by a counted noun is a count ("1800 people"), not "in 2011 exceeds", not
    "2018 sales", which a year qualifies, and not "Glastonbury 2026 tickets"."""
    if EDITION_OF.search(text, max(0, start - 30), start):
        return False
    m = WORD_AFTER.match(text, end)
    word = m.group(1) if m else ""
    if word in _NOT_PLURAL or word in lexicon().year_nouns:
        return False
    return is_plural(word)


def find_dates(text: str) -> list[DateFigure]:
    """Non-overlapping dates, most specific pattern first."""
    found: list[DateFigure] = []
    taken: list[tuple[int, int]] = []
    for pattern in patterns():
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            iso = _iso(m)
            counts = pattern in patterns()[-2:] or m.groupdict().get("day2")  # "May 3 and 4 people"
            if iso is None or counts and _counts(text, m.start(), m.end()):
                continue
            weekday = m.groupdict().get("weekday")
            start = m.start("year") if pattern is patterns()[-1] else m.start()  # the preposition is no part
            taken.append((start, m.end()))
            found.append(DateFigure(start, m.end(), iso, weekday))
    return sorted(found, key=lambda d: d.start)


def weekday_of(iso: str) -> str | None:
    """The weekday a full ISO date falls on, for checking a stated weekday."""
    try:
        return _WEEKDAYS[dt.date.fromisoformat(iso).weekday()].capitalize()
    except ValueError:
        return None
