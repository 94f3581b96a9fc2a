"""Interval arithmetic the value checks share: widening by a rounding allowance, clustering
claims whose intervals overlap, and telling a dispute or a unit slip from a plain mismatch."""

from __future__ import annotations

import math
from decimal import Decimal

from factcheck.models import Claim, Qualifier

INF = math.inf


def bounds(claim: Claim, rounding: float) -> tuple[float, float]:
    """Canonical [low, high] widened by a relative rounding allowance; unbounded sides are infinite.

    Vague amounts ("tens of thousands") are orders of magnitude already and are not widened.
    """
    c = claim.canonical
    low = -INF if c is None or c.low is None else c.low
    high = INF if c is None or c.high is None else c.high
    if claim.qualifier is Qualifier.vague:
        return low, high
    return low - _allowance(low, rounding), high + _allowance(high, rounding)


def _allowance(x: float, rounding: float) -> float:
    return abs(x) * rounding if math.isfinite(x) else 0.0  # an open end stays open (inf × 0 would be nan)


def overlaps(a: Claim, b: Claim, rounding: float) -> bool:
    alo, ahi = bounds(a, rounding)
    blo, bhi = bounds(b, rounding)
    return alo <= bhi and blo <= ahi


def clusters(claims: list[Claim], rounding: float) -> list[list[Claim]]:
    """Claims in runs of overlapping intervals, largest run first.

    Bounded claims are swept in order (n log n); open-ended ones ("at least 17 km") then join
    the first run they overlap without bridging runs, or they would chain every larger value
    into one run and hide a mismatch.
    """
    bounded, open_ended = [], []
    for claim in sorted(claims, key=lambda c: (bounds(c, rounding)[0], c.id)):
        (open_ended if INF in map(abs, bounds(claim, rounding)) else bounded).append(claim)
    runs: list[list[Claim]] = []
    spans: list[tuple[float, float]] = []
    for claim in bounded:
        low, high = bounds(claim, rounding)
        if runs and low <= spans[-1][1]:
            runs[-1].append(claim)
            spans[-1] = (spans[-1][0], max(spans[-1][1], high))
        else:
            runs.append([claim])
            spans.append((low, high))
    for claim in open_ended:
        low, high = bounds(claim, rounding)
        home = next((i for i, (a, b) in enumerate(spans) if low <= b and a <= high), None)
        if home is None:
            runs.append([claim])
            spans.append((low, high))
        else:
            runs[home].append(claim)
    return sorted(runs, key=lambda run: (-len(run), min(c.id for c in run)))


def attributed_apart(a: list[Claim], b: list[Claim]) -> bool:
    """Both sides name who says so, and no one says both: a dispute, not an error."""
    left = {c.attribution for c in a}
    right = {c.attribution for c in b}
    return None not in left and None not in right and not left & right


def same_figure_other_unit(a: list[Claim], b: list[Claim]) -> tuple[Claim, Claim] | None:
    """A pair stating the same number in different units: "17 km" against "17 miles"."""
    for x in a:
        for y in b:
            if x.value is not None and y.value is not None and x.unit != y.unit and math.isclose(x.value, y.value):
                return x, y
    return None


def rounding_half_step(value: float) -> float:
    """Half the place value of the last non-zero digit: 60 → 5, 31.4 → 0.05, 100 → 50."""
    if value == 0 or not math.isfinite(value):
        return 0.0
    exponent = Decimal(repr(abs(value))).normalize().as_tuple().exponent
    return float(Decimal(1).scaleb(exponent)) / 2 if isinstance(exponent, int) else 0.0
