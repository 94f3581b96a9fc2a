"""A figure found in a sentence, and the pattern pieces the figure patterns share.

Kept apart from ``quantities`` so money (``money``) and the other figure patterns can build
on the same numeral, scale and range pieces without importing each other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from factcheck.extract.numbers import NUMERAL, SCALE_WORDS, parse_numeral, scale_of, stated_step
from factcheck.models import ClaimKind, Qualifier


@dataclass
class Figure:
    """A figure found in a sentence; offsets are relative to the sentence."""

    start: int
    end: int
    kind: ClaimKind
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    currency: str | None = None
    step: float = 0.0
    qualifier: Qualifier | None = None
    qualifier_surface: str | None = None
    date: str | None = None
    weekday: str | None = None
    sides: list[int] | None = None
    extra: dict[str, str] = field(default_factory=dict)
    ends: tuple[Figure, Figure] | None = None  # "X to Y": the two levels, should a change verb govern them

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


# "four-, five- and six-cylinder engines", "10- or 12-storey towers": each figure before the last, written with a
# hanging hyphen, counts or measures what the last one does. Matched at the end of a figure before its hyphen.
SUSPENDED = re.compile(r"-(?:\s*,\s*[\w.]+-)*\s*,?\s+(?:and|or)\s+(?P<last>[\w.]+)-(?P<noun>[a-z]+)\b")
# "a six-cylinder engine", "the 58-lap race": a count joined to what it counts
HYPHENATED_NOUN = re.compile(r"-(?P<noun>[a-z]+)\b(?!-)")

NUM = rf"(?P<num>{NUMERAL})"
NUM2 = rf"(?P<num2>{NUMERAL})"
SCALE = rf"(?:\s?(?P<scale>{SCALE_WORDS}))?"
SCALE1 = rf"(?:\s?(?P<scale1>{SCALE_WORDS}))?"
RANGE_SEP = r"\s*(?:-|–|—|to)\s*"
GROUPED = re.compile(r"\d[,\u202f\u00a0 ]\d{3}")
WHOLE = r"(?![\w%]|[.,]\d)"  # never stop inside a word or a decimal ("$13.6M" is not "$13")


def low_scale(m: re.Match[str]) -> str | None:
    """The scale word of a range's low end. "2-3 million" writes it once for both ends, but in
    "$200,000 to $414 million" or "$200 to $4 million" the low end is already a whole number: a
    scale is shared only when the low end has none of its own, no digit grouping, and is written
    smaller than the high end."""
    if m["scale1"] or not m["num2"]:
        return m["scale1"] or m["scale"]
    low, high = m["num"], m["num2"]
    if GROUPED.search(low) or parse_numeral(low) >= parse_numeral(high):
        return None
    return m["scale"]


def add_ends(fig: Figure, m: re.Match[str]) -> None:
    """Keep both ends of "X to Y" as figures of their own, in text order ("fell from 60 to 45 percent");
    the shared scale and unit apply to both."""
    if m["sep"].strip() != "to":
        return
    sep_start, sep_end = m.span("sep")
    first = parse_numeral(m["num"]) * scale_of(low_scale(m))
    second = parse_numeral(m["num2"]) * scale_of(m["scale"])
    fig.ends = (
        Figure(fig.start, sep_start, fig.kind, value=first, unit=fig.unit, currency=fig.currency,
               step=stated_step(m["num"], scale_of(low_scale(m)))),
        Figure(sep_end, fig.end, fig.kind, value=second, unit=fig.unit, currency=fig.currency,
               step=stated_step(m["num2"], scale_of(m["scale"]))),
    )
