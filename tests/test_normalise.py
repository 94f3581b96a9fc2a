"""Canonical units (pint base units, percent, count, currency per code) and the interval a claim allows."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract import extract_claims
from factcheck.models import Article, ClaimKind, Qualifier
from factcheck.normalise import canonical, difference_unit, stated_interval

WIDTH = 0.1  # lexicon.yaml approximate_width


@pytest.mark.parametrize(
    ("unit", "value", "base", "base_unit", "dimension"),
    [
        ("kilometre", 100, 100_000, "meter", "length"),
        ("mile", 60, 96_560.64, "meter", "length"),
        ("nautical mile", 12, 22_224, "meter", "length"),
        ("foot", 10, 3.048, "meter", "length"),
        ("square kilometre", 30, 3e7, "meter ** 2", "area"),
        ("hectare", 500, 5e6, "meter ** 2", "area"),
        ("acre", 1, 4046.8726, "meter ** 2", "area"),
        ("litre", 5, 0.005, "meter ** 3", "volume"),
        ("kilogram", 5, 5, "kilogram", "mass"),
        ("pound-mass", 8, 3.6287, "kilogram", "mass"),
        ("tonne", 20, 20_000, "kilogram", "mass"),
        ("mile per hour", 60, 26.8224, "meter / second", "speed"),
        ("kilometre per hour", 100, 27.7778, "meter / second", "speed"),
        ("knot", 20, 10.2889, "meter / second", "speed"),
        ("degree fahrenheit", 40, 277.5944, "kelvin", "temperature"),
        ("degree fahrenheit", -40, 233.15, "kelvin", "temperature"),
        ("degree Celsius", 0, 273.15, "kelvin", "temperature"),
        ("degree Celsius", 40, 313.15, "kelvin", "temperature"),
        ("hour", 3, 10_800, "second", "duration"),
        ("month", 2, 5_259_600, "second", "duration"),
        ("decade", 1, 315_576_000, "second", "duration"),
        ("megawatt", 5, 5e6, "kilogram * meter ** 2 / second ** 3", "power"),
        ("pound per square inch", 1, 6894.757, "kilogram / meter / second ** 2", "pressure"),
        ("horsepower", 296, 220_727.16, "kilogram * meter ** 2 / second ** 3", "power"),
        ("metric horsepower", 300, 220_649.625, "kilogram * meter ** 2 / second ** 3", "power"),
        ("foot-pound", 332, 450.1316, "kilogram * meter ** 2 / second ** 2", "energy"),
    ],
)
def test_quantities_in_canonical_units(unit, value, base, base_unit, dimension):
    c = canonical(ClaimKind.quantity, value, value, value, unit, None)
    assert (c.value, c.unit, c.dimension) == (pytest.approx(base, rel=1e-4), base_unit, dimension)


def test_forty_fahrenheit_is_277_59_kelvin_not_a_ratio_of_forty():
    c = canonical(ClaimKind.quantity, 40, 39.5, 40.5, "degree fahrenheit", None)
    assert c.value == pytest.approx(277.594, abs=1e-3)
    assert (c.low, c.high) == (pytest.approx(277.317, abs=1e-3), pytest.approx(277.872, abs=1e-3))


@pytest.mark.parametrize(
    ("unit", "value", "kelvin"),
    [("degree Celsius", 2, 2), ("degree fahrenheit", 3.6, 2), ("degree Celsius", 0, 0)],
)
def test_a_temperature_difference_is_measured_in_kelvin_without_the_offset(unit, value, kelvin):
    c = canonical(ClaimKind.quantity, value, value, value, difference_unit(unit), None)
    assert (c.value, c.unit, c.dimension) == (pytest.approx(kelvin), "kelvin", "temperature")


@pytest.mark.parametrize(("unit", "difference"), [("degree Celsius", "delta degree Celsius"),
                                                   ("degree fahrenheit", "delta degree fahrenheit"),
                                                   ("kilometre", "kilometre"), (None, None)])
def test_only_offset_scales_have_a_separate_difference_unit(unit, difference):
    assert difference_unit(unit) == difference


def test_a_rise_in_temperature_and_its_conversion_agree_in_kelvin():
    celsius, fahrenheit = extract_claims(Article(path="x.txt", text="Temperatures rose by 2 °C (3.6 °F) last century."))
    assert (celsius.role, fahrenheit.role, fahrenheit.conversion_of) == ("by", "by", celsius.id)
    assert celsius.canonical.value == pytest.approx(2) and fahrenheit.canonical.value == pytest.approx(2)


@pytest.mark.parametrize(
    ("kind", "unit", "currency", "canonical_unit", "dimension"),
    [
        (ClaimKind.percent, "percent", None, "percent", "percent"),
        (ClaimKind.count, None, None, "count", "count"),
        (ClaimKind.money, "dollar", "USD", "USD", "money:USD"),
        (ClaimKind.money, "euro", "EUR", "EUR", "money:EUR"),
        (ClaimKind.money, "pound sterling", "GBP", "GBP", "money:GBP"),
        (ClaimKind.change, None, None, "factor", "change"),
    ],
)
def test_percent_counts_money_and_changes_keep_their_value(kind, unit, currency, canonical_unit, dimension):
    """No exchange rates: $5 million stays 5,000,000 USD, so two currencies never compare equal."""
    c = canonical(kind, 5e6, 4.95e6, 5.05e6, unit, currency)
    assert (c.value, c.low, c.high, c.unit, c.dimension) == (5e6, 4.95e6, 5.05e6, canonical_unit, dimension)


def test_dates_have_no_canonical_quantity():
    assert canonical(ClaimKind.date, None, None, None, None, None) is None


def test_a_unit_pint_does_not_know_keeps_its_own_dimension():
    c = canonical(ClaimKind.quantity, 3, 3, 3, "widget per gizmo", None)
    assert (c.value, c.unit, c.dimension) == (3, "widget per gizmo", "unit:widget per gizmo")


def test_kilometres_and_miles_share_a_dimension_but_not_a_value():
    km = canonical(ClaimKind.quantity, 17, 16.5, 17.5, "kilometre", None)
    miles = canonical(ClaimKind.quantity, 17, 16.5, 17.5, "mile", None)
    assert km.dimension == miles.dimension == "length"
    assert km.high < miles.low


@pytest.mark.parametrize(
    ("value", "step", "qualifier", "low", "high"),
    [
        (31.4e6, 1e5, None, 31.35e6, 31.45e6),
        (600_000, 1, None, 599_999.5, 600_000.5),
        (8, 0, None, 8, 8),
        (10_000, 1, Qualifier.approximately, 9_000, 11_000),
        (100, 100, Qualifier.approximately, 50, 150),
        (8, 0, Qualifier.at_least, 8, None),
        (500, 1, Qualifier.at_least, 499.5, None),
        (500, 1, Qualifier.more_than, 500, None),
        (500, 1, Qualifier.at_most, None, 500.5),
        (500, 1, Qualifier.less_than, None, 500),
    ],
)
def test_stated_interval_from_value_qualifier_and_precision(value, step, qualifier, low, high):
    got = stated_interval(value, None, None, step, qualifier, WIDTH)
    assert got == (pytest.approx(low) if low is not None else None, pytest.approx(high) if high is not None else None)


def test_a_range_or_vague_amount_keeps_its_stated_ends():
    assert stated_interval(None, 10_000, 99_999, 0, Qualifier.vague, WIDTH) == (10_000, 99_999)


QUALIFIERS = st.sampled_from([None, *(q for q in Qualifier if q is not Qualifier.vague)])
VALUES = st.floats(min_value=-1e12, max_value=1e12, allow_nan=False)
STEPS = st.sampled_from([0.0, 0.01, 0.1, 1.0, 1e3, 1e5, 1e6])
UNITS = st.sampled_from(["kilometre", "mile", "degree fahrenheit", "degree Celsius", "square mile", "knot", "month",
                         "pound-mass", "litre", "acre"])


def _contains(low: float | None, value: float, high: float | None) -> bool:
    tol = 1e-9 * max(1.0, abs(value))
    return (low is None or low <= value + tol) and (high is None or value - tol <= high)


@given(VALUES, STEPS, QUALIFIERS)
def test_the_stated_interval_always_contains_the_value(value, step, qualifier):
    low, high = stated_interval(value, None, None, step, qualifier, WIDTH)
    assert low is not None or high is not None
    assert _contains(low, value, high)


@given(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False), STEPS, QUALIFIERS, UNITS)
def test_the_canonical_interval_always_contains_the_canonical_value(value, step, qualifier, unit):
    low, high = stated_interval(value, None, None, step, qualifier, WIDTH)
    c = canonical(ClaimKind.quantity, value, low, high, unit, None)
    assert _contains(c.low, c.value, c.high)
    assert all(math.isfinite(x) for x in (c.value, c.low, c.high) if x is not None)


SEED_SENTENCES = [
    "Vladivostok, a strategic port city of 600,000 people, is only about 100 km (60 miles) from Russia’s border.",
    "Bilateral trade more than doubled to $31.4 million in the first quarter of 2017.",
    "NATO estimates that the real number could’ve been closer to 100,000.",
    "Russia has also resisted U.S.-led efforts to repatriate tens of thousands of North Korean workers.",
    "At least eight North Korean ships that left Russia with fuel cargoes have returned home.",
    "Over the past two months, China, the source of 90% of its foreign trade, withdrew support.",
    "It was 40 °F outside and up to 12 nautical miles of ice.",
]


@pytest.mark.parametrize("sentence", SEED_SENTENCES)
def test_every_extracted_claim_has_a_canonical_interval_around_its_value(sentence):
    for c in extract_claims(Article(path="x.txt", text=sentence)):
        if c.kind is ClaimKind.date:
            continue
        assert c.canonical.low is not None or c.canonical.high is not None, c.surface
        if c.canonical.value is not None:
            assert _contains(c.canonical.low, c.canonical.value, c.canonical.high), c.surface
