"""Shares stated in words are percentages: "a third of voters" compares with "33% of voters"."""

from __future__ import annotations

import pytest

from factcheck.models import ClaimKind, Qualifier


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("A quarter of the staff work from home.", "A quarter", 25),
        ("Roughly two-thirds of the budget goes on wages.", "two-thirds", 200 / 3),
        ("One in four children lives in poverty.", "One in four", 25),
        ("One out of ten ballots was spoiled.", "One out of ten", 10),
        ("WHO Says 1 In 3 Adults Are Not Getting Enough Exercise", "1 In 3", 100 / 3),
    ],
)
def test_a_share_in_words_is_a_percentage(claim, sentence, surface, value):
    c = claim(sentence, surface)
    assert c.kind is ClaimKind.percent
    assert c.value == pytest.approx(value, rel=1e-6)


def test_a_share_keeps_its_qualifier(claim):
    assert claim("Almost half of the seats changed hands.", "half").qualifier is Qualifier.approximately


@pytest.mark.parametrize(
    "sentence",
    ["Sales slowed in the first half of the year.", "The other half of the squad stayed home."],
)
def test_a_half_of_a_period_or_group_is_no_share(claims, sentence):
    assert [c for c in claims(sentence) if c.kind is ClaimKind.percent] == []


def test_a_share_with_digits(claim):
    assert claim("Nearly 1 in 3 homes lacks broadband.", "1 in 3").value == pytest.approx(100 / 3)


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [("Only 4 out of 10 drivers passed.", "4 out of 10", 40), ("Two out of five said no.", "Two out of five", 40),
     ("Only 3 in 10 Americans approve.", "3 in 10", 30)],
)
def test_k_out_of_n(claim, sentence, surface, value):
    assert claim(sentence, surface).value == pytest.approx(value)


def test_k_in_n_minutes_is_no_share(figures):
    assert figures("He scored 3 in 10 minutes.") == ["3", "10 minutes"]
