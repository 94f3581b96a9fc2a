"""Ages are years, however news states them: "Okafor, 58,", "over the age of 21", "in her late 20s"."""

from __future__ import annotations

import pytest

from factcheck.models import ClaimKind


@pytest.mark.parametrize(("sentence", "surface"), [("Okafor, 58, will step down in June.", "58"),
                                                  ("Police said the driver, 41, was clocked at 112 mph.", "41")])
def test_an_age_between_commas_after_a_name(claim, sentence, surface):
    c = claim(sentence, surface)
    assert (c.kind, c.value, c.unit, c.subject) == (ClaimKind.quantity, float(surface), "year", "age")


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("The squad had just 17 players over the age of 21.", "21", 21),
        ("Children aged 7 and older may enter.", "7", 7),
        ("He turned 40 in May.", "40", 40),
        ("Life expectancy for men in Glasgow is around 73.", "73", 73),
        ("Life expectancy in Japan reached 84.3 last year.", "84.3", 84.3),
        ("The car struck the cyclist, who was 19, near Ely.", "19", 19),
        ("He will be 35 by the end of the year.", "35", 35),
        ("'I was 19 and broke,' said Marlowe, now 71, recalling 1974.", "71", 71),
    ],
)
def test_ages_a_phrase_introduces(claim, sentence, surface, value):
    c = claim(sentence, surface)
    assert (c.kind, c.value, c.unit, c.subject) == (ClaimKind.quantity, value, "year", "age")


@pytest.mark.parametrize(
    ("sentence", "surface", "low", "high"),
    [
        ("The victim was in his 40s.", "40s", 40, 49),
        ("Most voters were in their mid-30s.", "mid-30s", 33, 36),
        ("She was in her late 20s.", "late 20s", 26, 29),
    ],
)
def test_an_age_by_decade_is_a_span_of_years_not_seconds(claim, sentence, surface, low, high):
    c = claim(sentence, surface)
    assert (c.low, c.high, c.unit, c.subject) == (low, high, "year", "age")


@pytest.mark.parametrize(
    ("sentence", "surface"), [("Police held 12 people aged between 18 and 25.", "18 and 25"),
                              ("Children aged 5 to 11 can get the jab.", "5 to 11")],
)
def test_an_age_range(claim, sentence, surface):
    c = claim(sentence, surface)
    assert (c.kind, c.unit, c.subject) == (ClaimKind.quantity, "year", "age")


def test_turned_before_a_percentage_is_no_age(claim):
    assert claim("Sales turned 5% higher.", "5%").kind is ClaimKind.percent


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit"),
    [
        ("The 27-year-old will earn more.", "27-year-old", 27, "year"),
        ("Only 43 per cent of 15-year-olds passed.", "15-year-olds", 15, "year"),
        ("A 50 year-old man was arrested.", "50 year-old", 50, "year"),
        ("Her 18-month-old daughter was unhurt.", "18-month-old", 18, "month"),
        ("She shared it with the father of her now-18 month-old daughter.", "18 month-old", 18, "month"),
    ],
)
def test_a_hyphenated_age_is_an_age_not_a_duration(claim, sentence, surface, value, unit):
    c = claim(sentence, surface)
    assert (c.kind, c.value, c.unit, c.subject) == (ClaimKind.quantity, value, unit, "age")


@pytest.mark.parametrize("surface", ["18- to 34-year-olds", "18-to-34-year-olds", "18 to 34-year-olds"])
def test_a_span_of_ages_with_a_hanging_hyphen_is_one_range(claim, surface):
    c = claim(f"Among {surface}, support fell 9 points.", surface)
    assert (c.low, c.high, c.unit, c.subject) == (18, 34, "year", "age")


def test_an_age_after_a_described_person(claim):
    c = claim("The judge sentenced its former finance chief, 54, to 42 months.", "54")
    assert (c.unit, c.subject) == ("year", "age")


def test_the_second_of_two_ages(claim):
    c = claim("Police arrested two men aged 19 and 23 on Sunday.", "23")
    assert (c.unit, c.subject) == ("year", "age")


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [("She was 5 under par after 12 holes.", "5"), ("The index was 19, then 25.", "25"),
     ("Sales in March, now 25, rose.", "25")],
)
def test_a_figure_after_to_be_is_no_age_unless_a_person_is(claim, sentence, surface):
    assert claim(sentence, surface).subject != "age"
