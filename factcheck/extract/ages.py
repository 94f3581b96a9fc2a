"""Ages: a person's age in years, however news states it ("Maddon, 66,", "over the age of 21",
"in her late 20s", "who was 19"), so an age is never read as a count or as 40 seconds."""

from __future__ import annotations

import re

from factcheck.extract.dates import CALENDAR
from factcheck.extract.figure import Figure
from factcheck.extract.numbers import stated_step
from factcheck.models import ClaimKind

# A person's age in apposition: "Maddon, 66, has ..." (a name, then the age between commas), "the
# driver, 41, was clocked", "its former finance chief, 54, to", "the ex-councillor, 58, was".
AGE_APPOSITION = re.compile(
    r"(?:(?<![.!?] )\b[A-Z][\w’'-]+|\b(?i:the|its|his|her|their)\s+(?:[a-z]+\s+){0,3}[a-z]+(?:-[a-z]+)*),\s(?P<num>[1-9]\d?|1[01]\d),(?!\d)"
)


# An age a phrase introduces: "over the age of 21", "aged 7", "turned 40", "life expectancy ... is around 73".
AGE_STATED = re.compile(
    r"\b(?i:aged|ages?\s+of|turned|turns|turning|life\s+expectancy\b(?:[^.;,]{0,40}?)\b(?:is|was|of|at|to|reached))"
    r"\s+(?:(?i:about|around|roughly|nearly|almost|just|over|under)\s+)?(?P<num>[1-9]\d?(?:\.\d)?|1[01]\d)\b"
    r"(?!\s*(?:%|(?i:per\b|percent|years?\s+ago|times)))"
)

# A person's age stated with "to be": "the cyclist, who was 19,", "I was 19 and broke", "He will be 35 by the end of
# the year", "Marlowe, now 71, recalling"; not "she was 5 under par" nor "he is 6ft".
AGE_OF_PERSON = re.compile(
    r"(?:\b(?i:he|she|i|who|you)\s+(?i:was|is|will\s+be|would\s+be|had\s+been|has\s+been)|\b[A-Z][\w’'-]+,\s+now)\s+"
    r"(?:(?i:only|just|still|now|about|nearly|almost|barely)\s+)?(?P<num>[1-9]\d?|1[01]\d)\b"
    r"(?=\s*(?:[,;:!?)]|\.(?!\d)|$|(?i:\s+(?:and|when|by|at|but|as|on|years?\s+old)\b)))"
)

# The second of two ages: "two men aged 19 and 23".
AGE_PAIRED = re.compile(r"\b(?i:aged)\s+\d{1,3}\s+(?:and|or)\s+(?P<num>[1-9]\d?|1[01]\d)\b(?!\s*(?:%|(?i:per\b|percent)))")

# "a 27-year-old", "15-year-olds", "her 18-month-old daughter", "her now-18 month-old", and a span of ages
# with the first hyphen left hanging or left out: "18- to 34-year-olds", "18-to-34-year-olds", "18 to 20-year-olds".
_AGE_START = r"(?<![\w.,])(?<!\d-)"
_AGE_LOW = r"(?P<low>\d{1,3})(?:-\s*|\s+)(?:to|and)[\s-]+"
_AGE_OLD = r"(?P<num>\d{1,3})[\s-](?P<unit>year|month|week|day)s?[\s-]olds?\b"
AGE_HYPHENATED = re.compile(rf"{_AGE_START}(?:{_AGE_LOW})?{_AGE_OLD}", re.I)


# Before a range of ages: "aged between 18 and 25", "aged 5 to 11".
AGED_BEFORE = re.compile(r"\b(?i:aged|ages)\s+$")
# An age by decade: "in his 40s", "in their mid-30s", "in her late 20s" (a span of years, not seconds).
AGE_DECADE = re.compile(
    r"\bin\s+(?:his|her|their|its)\s+(?P<age>(?:(?P<part>early|mid|late)[\s-]*)?(?P<decade>[1-9]0)[’']?s)\b", re.I
)
DECADE_PARTS = {"early": (0, 3), "mid": (3, 6), "late": (6, 9), None: (0, 9)}


def age_decade(m: re.Match[str]) -> Figure:
    decade = int(m["decade"])
    low, high = DECADE_PARTS[m["part"].lower() if m["part"] else None]
    fig = Figure(m.start("age"), m.end("age"), ClaimKind.quantity, low=decade + low, high=decade + high,
                 unit="year", step=1.0)
    fig.extra["subject"] = "age"
    return fig


def age(m: re.Match[str]) -> Figure | None:
    name = m.group().split(",")[0]
    if m.re in (AGE_APPOSITION, AGE_OF_PERSON) and name.casefold() in CALENDAR:  # "May, 12, ..." is a date
        return None
    fig = Figure(m.start("num"), m.end("num"), ClaimKind.quantity, value=float(m["num"]), unit="year",
                 step=stated_step(m["num"]))
    fig.extra["subject"] = "age"
    return fig


def age_hyphenated(m: re.Match[str]) -> Figure:
    fig = Figure(m.start(), m.end(), ClaimKind.quantity, value=float(m["num"]), unit=m["unit"].lower(), step=1.0)
    if m["low"]:
        fig.value, fig.low, fig.high = None, float(m["low"]), float(m["num"])
    fig.extra["subject"] = "age"
    return fig


# A span of ages is read before ranges, which would take "18 to 20-year" of "18 to 20-year-olds"; the others after
# money and ranges ("about 40 - 50 years old" is a range, not 50).
AGE_SPAN = re.compile(rf"{_AGE_START}{_AGE_LOW}{_AGE_OLD}", re.I)
AGE_SPAN_PATTERNS = ((AGE_SPAN, age_hyphenated),)
AGE_PATTERNS = ((AGE_APPOSITION, age), (AGE_STATED, age), (AGE_OF_PERSON, age), (AGE_PAIRED, age),
                (AGE_HYPHENATED, age_hyphenated), (AGE_DECADE, age_decade))
