"""Interval helpers the value checks share."""

from __future__ import annotations

import math

import pytest

from factcheck.checks.intervals import bounds, clusters, rounding_half_step
from factcheck.extract import extract_claims
from factcheck.models import Article


def claim(text: str):
    return next(c for c in extract_claims(Article(path="a.txt", text=text)) if c.canonical)


@pytest.mark.parametrize("rounding", [0.0, 0.05])
def test_open_ended_intervals_stay_open_and_cluster_together(rounding):
    a, b = claim("At least eight ships returned."), claim("At least eight ships sailed.")
    low, high = bounds(a, rounding)
    assert low == pytest.approx(8 * (1 - rounding)) and high == math.inf
    assert len(clusters([a, b], rounding)) == 1


def test_vague_amounts_are_not_widened():
    tens = claim("tens of thousands of workers stayed.")
    assert bounds(tens, 0.05) == (10000, 99999)


def test_disjoint_figures_form_separate_clusters_largest_first():
    runs = clusters([claim("It has 31.4 million people."), claim("It has 3.14 million people."),
                     claim("It has 31,400,000 people.")], 0.05)
    assert [len(r) for r in runs] == [2, 1]


@pytest.mark.parametrize(("value", "half"), [(60, 5), (31.4, 0.05), (100, 50), (17, 0.5), (0, 0)])
def test_rounding_half_step(value, half):
    assert rounding_half_step(value) == pytest.approx(half)
