"""Figures in a sentence: quantulum3 without its classifier, ranges, vague amounts, qualifiers,
stated precision, money, conversions, and the numbers that are not claims."""

from __future__ import annotations

import json
import logging
import math
import subprocess
import sys
import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.models import ClaimKind, Qualifier

# Real sentences from the seed articles (line breaks of the wrapped ones joined).
SHIPS = ("At least eight North Korean ships that left Russia with fuel cargoes this year have returned home despite "
         "officially declaring other destinations, a ploy U.S. officials say is often used to undermine sanctions "
         "against Pyongyang.")
WORKERS = ("And Russia, which shares a short land border with North Korea, has also resisted U.S.-led efforts to "
           "repatriate tens of thousands of North Korean workers whose remittances help keep the country’s hard line "
           "leadership afloat.")
EARNINGS = ("As we reported earlier this week, North Korea’s thriving black-market economy (the county earns hundreds "
            "of millions of dollars a year from illegal weapons sales, along with other illicit activities rumored to "
            "include counterfeiting of US dollars and the manufacture of methamphetamine) has helped blunt the "
            "economic impact of UN sanctions meant to reduce the country’s legitimate exports by 90%.")
SOLDIERS = ("While Russia placed the number of soldiers participating in the exercise, which also involved neighboring "
            "Belarus, at around 10,000, NATO estimates that the real number could’ve been closer to 100,000.")
VLADIVOSTOK = ("Vladivostok, a strategic port city of 600,000 people and headquarters to Russia’s Pacific Fleet, is "
               "only about 100 km (60\nmiles) from Russia’s border with North Korea.")
TRADE = ("Bilateral trade more than doubled to $31.4\nmillion in the first quarter of 2017, due mainly to what Moscow\n"
         "said was higher oil product exports.")
SUBSCRIBERS = "Join over 2.3 million subscribers. Get daily breaking news directly to your inbox as they happen."
COPYRIGHT = "Copyright © 2013 - 2019 West Wave Publishing, LTD"


# --- quantulum3 without scikit-learn -------------------------------------------------------------

NO_SKLEARN = """
import json, logging, sys
sys.modules["sklearn"] = None  # absent even where it happens to be installed
logging.basicConfig(level=logging.WARNING)
from factcheck.extract import extract_claims
from factcheck.models import Article
text = "The baby weighs 8 pounds. Vladivostok is about 100 km (60 miles) away and has 600,000 people."
print(json.dumps([[c.surface, c.value, c.unit] for c in extract_claims(Article(path="x.txt", text=text))]))
"""


def test_quantulum_runs_without_sklearn_silently():
    command = [sys.executable, "-W", "error", "-c", NO_SKLEARN]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert json.loads(done.stdout) == [
        ["8 pounds", 8.0, "pound-mass"], ["100 km", 100.0, "kilometre"], ["60 miles", 60.0, "mile"],
        ["600,000", 600000.0, None],
    ]


def test_extraction_emits_no_warnings_or_log_records(claims, caplog):
    with warnings.catch_warnings(record=True) as caught, caplog.at_level(logging.INFO):
        warnings.simplefilter("always")
        found = claims(VLADIVOSTOK + " It costs 5 pounds. The lake is 3 metres (10 feet) deep.")
    assert len(found) == 6
    assert [str(w.message) for w in caught] == []
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.INFO] == []


@pytest.mark.parametrize(
    ("sentence", "surface", "dimension"),
    [
        ("The baby weighs 8 pounds at birth.", "8 pounds", "mass"),
        ("He owns 5 pounds of gold.", "5 pounds", "mass"),
        ("It costs 5 pounds.", "5 pounds", "money:GBP"),
        ("He paid 5 pounds for it.", "5 pounds", "money:GBP"),
        ("He was fined 300 pounds.", "300 pounds", "money:GBP"),
        ("The ticket price was 40 pounds.", "40 pounds", "money:GBP"),
        ("The bag weighed 40 pounds, the ticket cost 20 pounds.", "40 pounds", "mass"),
        ("The bag weighed 40 pounds, the ticket cost 20 pounds.", "20 pounds", "money:GBP"),
        ("He got in shape, dropping from 208 pounds to 193 by exercising.", "208 pounds", "mass"),
        ("The fee was 40 pounds, a fine for exercising rights.", "40 pounds", "money:GBP"),
        ("Okonkwo, listed at 7ft 4in and 210 pounds, blocked 10 shots.", "210 pounds", "mass"),
    ],
)
def test_pounds_are_read_from_context(claim, sentence, surface, dimension):
    assert claim(sentence, surface).canonical.dimension == dimension


# --- ranges ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "surface", "kind", "low", "high"),
    [
        ("Estimates of the force range from 10,000 to 100,000 troops.", "10,000 to 100,000", ClaimKind.count, 1e4, 1e5),
        ("They sent between 10,000 and 100,000 troops.", "10,000 and 100,000", ClaimKind.count, 1e4, 1e5),
        ("Between 10,000 and 100,000 troops took part.", "10,000 and 100,000", ClaimKind.count, 1e4, 1e5),
        ("From 10,000 to 100,000 troops took part.", "10,000 to 100,000", ClaimKind.count, 1e4, 1e5),
        ("Between 2-3 million people fled.", "2-3 million", ClaimKind.count, 2e6, 3e6),
        ("Some 2–3 million people fled.", "2–3 million", ClaimKind.count, 2e6, 3e6),
        ("Turnout was 10-20% lower.", "10-20%", ClaimKind.percent, 10, 20),
        ("Between 10 and 20 percent of voters agreed.", "10 and 20 percent", ClaimKind.percent, 10, 20),
        ("The deal is worth $5-6 billion.", "$5-6 billion", ClaimKind.money, 5e9, 6e9),
        ("The project cost 2-3 million dollars.", "2-3 million dollars", ClaimKind.money, 2e6, 3e6),
    ],
)
def test_ranges_keep_both_ends(claim, sentence, surface, kind, low, high):
    c = claim(sentence, surface)
    assert (c.kind, c.value, c.low, c.high) == (kind, None, low, high)
    assert (c.canonical.low, c.canonical.high) == (low, high)


@pytest.mark.parametrize(
    ("sentence", "surface", "unit", "low", "high"),
    [
        ("The road is 5-10 km long.", "5-10 km", "kilometre", 5, 10),
        ("The wall is 5-10 m high.", "5-10 m", "metre", 5, 10),
        ("It will take 3 to 5 years.", "3 to 5 years", "year", 3, 5),
        ("Between 10 and 20 tonnes of fuel were lost.", "10 and 20 tonnes", "tonne", 10, 20),
        ("Between 500 and 600 hectares burned.", "500 and 600 hectares", "hectare", 500, 600),
        ("Temperatures reached 30 to 35 degrees Celsius.", "30 to 35 degrees Celsius", "degree Celsius", 30, 35),
    ],
)
def test_a_unit_written_once_after_a_range_applies_to_both_ends(claim, sentence, surface, unit, low, high):
    c = claim(sentence, surface)
    assert (c.kind, c.unit, c.low, c.high) == (ClaimKind.quantity, unit, low, high)


@pytest.mark.parametrize(
    ("sentence", "surfaces", "kind", "unit", "subject"),
    [
        ("The options are four-, five- and six-cylinder engines.", ["four", "five", "six"], ClaimKind.count, None,
         "cylinder"),
        ("The city has 10- and 12-storey towers.", ["10", "12"], ClaimKind.count, None, "storey"),
        ("Runners can pick 5-, 10- or 21-kilometre routes.", ["5", "10", "21-kilometre"], ClaimKind.quantity,
         "kilometre", "routes"),
    ],
)
def test_a_hanging_hyphen_takes_what_the_last_figure_counts(claim, sentence, surfaces, kind, unit, subject):
    for surface in surfaces:
        c = claim(sentence, surface)
        assert (c.kind, c.unit, c.subject) == (kind, unit, subject)


def test_a_unit_quantulum3_lacks_at_both_ends_of_a_range(claims):
    """quantulum3 reads "28mpg to 33mpg" as 30.5 ± 2.5 megapixel grams."""
    found = [(c.value, c.unit, c.role) for c in claims("Fuel economy improves from 28mpg to 33mpg on the cycle.")]
    assert found == [(28, "mile per gallon", "from"), (33, "mile per gallon", "to")]


def test_a_figure_after_a_year_and_to_is_read(claim):
    """quantulum3 drops "2008 to 29 mpg" whole, as a range that falls."""
    c = claim("Mileage rose from 20 miles per gallon in 2008 to 29 mpg in 2020.", "29 mpg")
    assert (c.value, c.unit) == (29, "mile per gallon")


@pytest.mark.parametrize(
    ("sentence", "surface", "low", "high"),
    [
        ("Bids ran from $150,000 to $2 million.", "$150,000 to $2 million", 150_000, 2e6),
        ("Fines ranged from $500 to $3 million.", "$500 to $3 million", 500, 3e6),
        ("The fund needs $4 to $6 billion.", "$4 to $6 billion", 4e9, 6e9),
        ("Estimates run from 800 to 2 million visitors.", "800 to 2 million", 800, 2e6),
    ],
)
def test_a_range_shares_its_scale_only_when_the_low_end_needs_one(claim, sentence, surface, low, high):
    c = claim(sentence, surface)
    assert (c.value, c.low, c.high) == (None, low, high)


def test_a_range_is_not_quantulums_midpoint(claims):
    values = [(c.value, c.low, c.high) for c in claims("Estimates range from 10,000 to 100,000 troops.")]
    assert values == [(None, 10000.0, 100000.0)]


# --- vague amounts --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "surface", "kind", "low", "high"),
    [
        (WORKERS, "tens of thousands", ClaimKind.count, 10_000, 99_999),
        (EARNINGS, "hundreds of millions of dollars", ClaimKind.money, 100_000_000, 999_999_999),
        ("Hundreds of thousands of people marched.", "Hundreds of thousands", ClaimKind.count, 100_000, 999_999),
        ("Dozens of people were hurt.", "Dozens", ClaimKind.count, 12, 119),
        ("A handful of protesters remained.", "A handful", ClaimKind.count, 2, 6),
        ("Several hundred soldiers arrived.", "Several hundred", ClaimKind.count, 200, 900),
        ("Thousands of people fled the city.", "Thousands", ClaimKind.count, 1000, 9999),
        ("Millions of viewers tuned in.", "Millions", ClaimKind.count, 1e6, 9_999_999),
        ("Hundreds of homes lost power.", "Hundreds", ClaimKind.count, 100, 999),
    ],
)
def test_vague_amounts_are_intervals(claim, sentence, surface, kind, low, high):
    c = claim(sentence, surface)
    assert (c.kind, c.value, c.low, c.high, c.qualifier) == (kind, None, low, high, Qualifier.vague)
    assert (c.canonical.low, c.canonical.high) == (low, high)


def test_vague_money_keeps_its_currency(claim):
    c = claim(EARNINGS, "hundreds of millions of dollars")
    assert (c.currency, c.canonical.unit) == ("USD", "USD per year")  # "... of dollars a year": a rate


def test_a_dozen_is_exactly_twelve(claim):
    c = claim("A dozen people were arrested.", "A dozen")
    assert (c.value, c.qualifier) == (12, None)


# --- qualifiers -----------------------------------------------------------------------------------

APPROXIMATE = ["about", "around", "roughly", "some", "nearly", "almost", "closer to", "approximately", "an estimated", "near"]
LOWER_BOUND = {"at least": Qualifier.at_least, "more than": Qualifier.more_than, "over": Qualifier.more_than,
               "upwards of": Qualifier.more_than}
UPPER_BOUND = {"up to": Qualifier.at_most, "less than": Qualifier.less_than, "under": Qualifier.less_than,
               "fewer than": Qualifier.less_than}


@pytest.mark.parametrize("word", APPROXIMATE)
def test_approximate_qualifiers_widen_both_sides(claim, word):
    c = claim(f"The army sent {word} 5,000 soldiers.", "5,000")
    assert (c.qualifier, c.qualifier_surface) == (Qualifier.approximately, word)
    assert c.canonical.low < 4999.5 and c.canonical.high > 5000.5


@pytest.mark.parametrize(("word", "qualifier"), LOWER_BOUND.items())
def test_lower_bound_qualifiers_leave_the_top_open(claim, word, qualifier):
    c = claim(f"The army sent {word} 5,000 soldiers.", "5,000")
    assert c.qualifier is qualifier
    assert c.canonical.high is None and 4999 <= c.canonical.low <= 5000


@pytest.mark.parametrize(("word", "qualifier"), UPPER_BOUND.items())
def test_upper_bound_qualifiers_leave_the_bottom_open(claim, word, qualifier):
    c = claim(f"The army sent {word} 5,000 soldiers.", "5,000")
    assert c.qualifier is qualifier
    assert c.canonical.low is None and 5000 <= c.canonical.high <= 5001


@pytest.mark.parametrize(
    ("sentence", "surface", "qualifier", "low", "high"),
    [
        (SHIPS, "eight", Qualifier.at_least, 8, None),
        (SOLDIERS, "10,000", Qualifier.approximately, 9000, 11000),
        (SOLDIERS, "100,000", Qualifier.approximately, 90000, 110000),
        (SUBSCRIBERS, "2.3 million", Qualifier.more_than, 2.3e6, None),
        ("Russia wants 10,000 or more troops.", "10,000", Qualifier.at_least, 9999.5, None),
    ],
)
def test_qualifiers_in_real_sentences(claim, sentence, surface, qualifier, low, high):
    c = claim(sentence, surface)
    assert c.qualifier is qualifier
    assert (c.canonical.low, c.canonical.high) == (pytest.approx(low), pytest.approx(high) if high else None)


def test_an_unqualified_figure_has_no_qualifier(claim):
    assert claim(VLADIVOSTOK, "600,000").qualifier is None


# --- stated precision -----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "surface", "low", "high"),
    [
        (TRADE, "$31.4 million", 31.35e6, 31.45e6),
        (VLADIVOSTOK, "600,000", 599_999.5, 600_000.5),
        ("The city has 1.2 million residents.", "1.2 million", 1.15e6, 1.25e6),
        ("The deal is worth $4 billion.", "$4 billion", 3.5e9, 4.5e9),
        ("Turnout was 61.25%.", "61.25%", 61.245, 61.255),
        ("Russia shares a 17km border with North Korea.", "17km", 16_500, 17_500),
    ],
)
def test_stated_precision_bounds_the_canonical_interval(claim, sentence, surface, low, high):
    c = claim(sentence, surface)
    assert (c.canonical.low, c.canonical.high) == (pytest.approx(low), pytest.approx(high))


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1_000, max_value=999_999_999_999))
def test_comma_grouped_integers_parse_back_to_themselves(claims, n):
    found = claims(f"Officials counted {n:,} people.")
    assert [(c.kind, c.value, c.canonical.value) for c in found] == [(ClaimKind.count, n, n)]


# --- change statements are relations, not bare numbers --------------------------------------------

def test_doubled_is_a_change_not_the_count_two(claim):
    c = claim(TRADE, "doubled")
    assert c.kind is ClaimKind.change and c.canonical.dimension == "change"
    assert c.change.factor == 2


# --- money ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "surface", "value", "currency"),
    [
        (TRADE, "$31.4 million", 31.4e6, "USD"),
        ("The bill was US$5 million.", "US$5 million", 5e6, "USD"),
        ("The bill was US$ 5 million.", "US$ 5 million", 5e6, "USD"),
        ("The bill was USD 5 million.", "USD 5 million", 5e6, "USD"),
        ("The bill was 5 million USD.", "5 million USD", 5e6, "USD"),
        ("The bill was €3bn.", "€3bn", 3e9, "EUR"),
        ("The bill was £20m.", "£20m", 2e7, "GBP"),
        ("The bill was $4 billion.", "$4 billion", 4e9, "USD"),
        ("The fine was 5 million euros.", "5 million euros", 5e6, "EUR"),
        ("Revenue hit ¥300 billion.", "¥300 billion", 3e11, "JPY"),
        ("The firm will spend $13.6M on a plant.", "$13.6M", 1.36e7, "USD"),
        ("Clients held more than 7.5 million crowns (US $1.1 million).", "US $1.1 million", 1.1e6, "USD"),
        ("Passengers paid HK $216,925 for flights.", "HK $216,925", 216_925, "HKD"),
        ("Flights should have cost HK$5.4m.", "HK$5.4m", 5.4e6, "HKD"),
    ],
)
def test_money_keeps_its_currency_as_the_unit(claim, sentence, surface, value, currency):
    c = claim(sentence, surface)
    assert (c.kind, c.value, c.currency) == (ClaimKind.money, value, currency)
    assert (c.canonical.value, c.canonical.unit, c.canonical.dimension) == (value, currency, f"money:{currency}")


def test_between_two_sums_is_a_money_range(claim):
    c = claim("The shares are priced at between $62 and $68 each.", "$62 and $68")
    assert (c.kind, c.low, c.high, c.currency) == (ClaimKind.money, 62, 68, "USD")


def test_dollar_unit_is_named_the_same_whoever_parses_it(claims):
    units = {c.unit for c in claims("The bill was 5 million USD. The fee was $3 million. It cost 2 million dollars.")}
    assert units == {"dollar"}


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "kind"),
    [
        ("The country has 20m people.", "20m", 2e7, ClaimKind.count),
        ("Revenue hit 3bn last year.", "3bn", 3e9, ClaimKind.count),
        ("They planted 1.5 bn trees.", "1.5 bn", 1.5e9, ClaimKind.count),
        ("Combined sales reached 4.3M copies.", "4.3M", 4.3e6, ClaimKind.count),
        ("The wall is 20m high.", "20m", 20, ClaimKind.quantity),
    ],
)
def test_scale_abbreviations_without_a_currency(claim, sentence, surface, value, kind):
    c = claim(sentence, surface)
    assert (c.kind, c.value) == (kind, value)


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit"),
    [
        ("After a 1.8 billion-mile (2.8bn km) journey from Earth.", "2.8bn km", 2.8e9, "kilometre"),
        ("The reservoir holds 1.5bn litres of water.", "1.5bn litres", 1.5e9, "litre"),
    ],
)
def test_a_unit_after_a_scale_abbreviation(claim, sentence, surface, value, unit):
    c = claim(sentence, surface)
    assert (c.kind, c.value, c.unit) == (ClaimKind.quantity, value, unit)


def test_a_metre_figure_is_not_read_with_million_precision(claim):
    c = claim("The wall is 20m high.", "20m")
    assert (c.canonical.low, c.canonical.high) == (19.5, 20.5)


# --- percentages --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "surface", "kind", "unit"),
    [
        ("UN sanctions meant to reduce exports by 90%.", "90%", ClaimKind.percent, "percent"),
        ("Support stood at 40 per cent.", "40 per cent", ClaimKind.percent, "percent"),
        ("Britain can borrow at an interest rate of 1.38pc.", "1.38pc", ClaimKind.percent, "percent"),
        ("Bitcoin fell to $34,935, a 3 percent drop.", "3 percent", ClaimKind.percent, "percent"),
        ("Support rose 2 percentage points.", "2 percentage points", ClaimKind.quantity, "percentage point"),
    ],
)
def test_percentages_and_percentage_points(claim, sentence, surface, kind, unit):
    c = claim(sentence, surface)
    assert (c.kind, c.unit) == (kind, unit)


def test_percentage_points_are_not_percent(claims):
    points, percent = claims("Support rose 2 percentage points to 45%.")
    assert points.canonical.dimension != percent.canonical.dimension


# --- in-text conversions --------------------------------------------------------------------------

def test_a_conversion_pair_is_two_linked_quantities(claims):
    km, miles = claims(VLADIVOSTOK)[1:]
    assert (km.surface, km.value, km.unit, km.conversion_of) == ("100 km", 100, "kilometre", None)
    assert (" ".join(miles.surface.split()), miles.value, miles.unit) == ("60 miles", 60, "mile")
    assert miles.conversion_of == km.id
    assert km.qualifier is miles.qualifier is Qualifier.approximately


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("The lake is 3 metres (10 feet) deep.", ("3 metres", "10 feet")),
        ("The road runs 100 km, or 62 miles, to the coast.", ("100 km", "62 miles")),
        ("The bag weighs 5 kg (11 lb).", ("5 kg", "11 lb")),
    ],
)
def test_conversion_pairs(claims, sentence, pair):
    first, second = claims(sentence)
    assert (first.surface, second.surface) == pair
    assert second.conversion_of == first.id


@pytest.mark.parametrize(
    "sentence",
    [
        "The city is 100 km from the border and 60 miles from the coast.",
        "The road is 100 km long (it opened in 2017).",
        "The lake is 3 metres (10 kg of fish) deep.",
    ],
)
def test_figures_that_are_not_restatements_are_not_linked(claims, sentence):
    assert [c.conversion_of for c in claims(sentence)] == [None] * len(claims(sentence))


# --- units ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "surface", "unit"),
    [
        ("Russia shares a 17km terrestrial border with North Korea.", "17km", "kilometre"),
        ("The talks lasted 30 minutes.", "30 minutes", "minute"),
        ("The sprint took 10 seconds.", "10 seconds", "second"),
        ("The farm covers 500 hectares.", "500 hectares", "hectare"),
        ("The ship was 12 nautical miles offshore.", "12 nautical miles", "nautical mile"),
        ("It was 40 °F outside.", "40 °F", "degree fahrenheit"),
        ("The engine makes 450 Nm (332 lb-ft) of torque.", "332 lb-ft", "foot-pound"),
        ("It has 275 pound-feet of torque.", "275 pound-feet", "foot-pound"),
        ("It makes 296 hp (300 PS).", "300 PS", "metric horsepower"),
        ("Yields rose 12bps to 4.1%.", "12bps", "basis point"),
        ("The spread narrowed by 12 bp.", "12 bp", "basis point"),
        ("Temperatures hit 101F in Phoenix.", "101F", "degree fahrenheit"),
        ("The capacitor stored 2.5 F of charge.", "2.5 F", "farad"),
    ],
)
def test_units_in_news_prose(claim, sentence, surface, unit):
    c = claim(sentence, surface)
    assert (c.kind, c.unit) == (ClaimKind.quantity, unit)


# --- not claims -----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "sentence",
    [
        "Russia has begun working quietly but very diligently to defend Kim Jong Un’s regime in North Korea, reports "
        "Joseph Farah’s G2 Bulletin.",
        "A Russian company began routing North Korean internet traffic this month, giving Pyongyang a second "
        "connection with the outside world besides China.",
        "Profits fell in the first quarter.",
        "Profits fell in the fourth quarter, the firm said.",
        "Last month, Russia stoked the US’s ire by hosting the “Zapad-2017” military drills.",
        "He flew an F-16 over the G20 summit.",
        "It was the 21st century and their 20th anniversary.",
        "Call 555-123-4567 for details.",
        "Call +1 202-555-0143 or (202) 555-0143 today.",
        "On the one hand, Russia doesn’t want to deviate from the line of its partners.",
        "Updated 2:55 p.m. PT, 10:27 PM EDT; the coin traded at 10.45pm and again at 5am.",
        "Stocks on the S&P 500 rose while the iPhone 14’s sales slowed.",
        "He installed Windows 10.",
        "In the FTSE 100, shares fell.",
        "Russia is even playing a “double game,” the report said.",
        "He is one of the best.",
    ],
)
def test_not_claims(figures, sentence):
    assert figures(sentence) == []


def test_a_glued_capital_k_is_thousands_and_a_two_time_champion_no_figure(claim, figures):
    assert claim("Some 50K fans came.", "50K").value == 50_000
    assert figures("He is a two-time champion.") == []


def test_a_number_word_after_the_counts_what_it_names(claim, figures):
    """As NewsQuant and MeasEval annotate: "the two nations" is a count of two, "the nine months" a duration;
    an ordinal before it ("the first three") still names no count."""
    assert figures("For the nine months, the two companies said, profit rose.") == ["nine months", "two"]
    c = claim("Reuters reported that trade between the two nations reached a record.", "two")
    assert (c.kind, c.value, c.subject) == (ClaimKind.count, 2, "nations")
    assert figures("The first three were sold.") == []


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit", "qualifier"),
    [
        ("In the last three months prices were cut.", "three months", 3, "month", None),
        ("The six-mile trip took three hours.", "six-mile", 6, "mile", None),
        ("The city hosts one 52,000 barrel-a-day refinery.", "52,000 barrel", 52_000, "barrel per day", None),
        ("The debris field stretched for some seven miles (11 km).", "seven miles", 7, "mile", Qualifier.approximately),
        ("Some 2.3 million barrels a day were lost.", "2.3 million barrels", 2.3e6, "barrel per day",
         Qualifier.approximately),
        ("New light will help chipmakers produce sub-7 nanometer ICs.", "7 nanometer", 7, "nanometre", Qualifier.less_than),
    ],
)
def test_quantities_quantulum3_alone_misses(claim, sentence, surface, value, unit, qualifier):
    c = claim(sentence, surface)
    assert (c.kind, c.value, c.unit, c.qualifier) == (ClaimKind.quantity, value, unit, qualifier)


def test_a_fraction_slash_is_a_fraction(claim):
    assert claim("One ounce is 1⁄32 of a quart.", "1⁄32").value == pytest.approx(1 / 32)


@pytest.mark.parametrize(
    ("sentence", "surface", "iso"),
    [
        ("In 2011, President Vladimir Putin accused then U.S. Secretary of State Hillary Clinton.", "2011", "2011"),
        ("Reuters reported that trade reached $31.4 million in the first quarter of 2017.",
         "first quarter of 2017", "2017-Q1"),
        ("There were 1800 people there in 1800.", "1800", "1800"),
    ],
)
def test_years_are_date_claims_not_counts(claims, sentence, surface, iso):
    dates = [c for c in claims(sentence) if c.kind is ClaimKind.date]
    assert [(c.surface, c.date, c.value, c.canonical) for c in dates] == [(surface, iso, None, None)]


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Russia Sends 3,000 Troops To Border", "3,000"),
        ("The toll rose to 300, Reuters said.", "300"),
        ("In May 500 people came.", "500"),
        ("Officials in Moscow counted 5,000.", "5,000"),
    ],
)
def test_a_number_after_a_capitalised_word_is_still_a_figure(claim, sentence, surface):
    assert claim(sentence, surface).kind is ClaimKind.count


def test_a_grouped_number_that_looks_like_a_year_is_a_count(claim):
    assert claim("There were 2,017 people there.", "2,017").kind is ClaimKind.count


# --- boilerplate ----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "surface", "boilerplate"),
    [
        (SUBSCRIBERS, "2.3 million", True),
        (COPYRIGHT, "2013 - 2019", True),
        ("Join the revolution in 2018. Revolution Radio is 100% volunteer ran.", "100%", True),
        ("Media ID: 55384539", "55384539", True),
        (VLADIVOSTOK, "600,000", False),
        (TRADE, "$31.4 million", False),
    ],
)
def test_page_furniture_is_marked_boilerplate(claim, text, surface, boilerplate):
    assert claim(text, surface).boilerplate is boilerplate


def test_boilerplate_is_judged_by_its_own_line(claims):
    text = VLADIVOSTOK + "\n\n" + SUBSCRIBERS
    assert [(" ".join(c.surface.split()), c.boilerplate) for c in claims(text)] == [
        ("600,000", False), ("100 km", False), ("60 miles", False), ("2.3 million", True),
    ]


def test_every_claim_has_a_finite_canonical_interval(seed, claims):
    for prefix in ("000", "001", "002", "003", "004"):
        for c in claims(seed(prefix)):
            if c.kind is ClaimKind.date:
                continue
            lo, hi = c.canonical.low, c.canonical.high
            assert lo is not None or hi is not None, c.surface
            assert all(math.isfinite(x) for x in (lo, hi) if x is not None), c.surface


# --- "one" ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("The council has one answer to every complaint.", "answer"),
        ("One lawsuit asks the court to halt the sale.", "lawsuit"),
        ("The striker scored in just one match all season.", "match"),
    ],
)
def test_a_counting_one_is_a_count_of_its_noun(claim, sentence, subject):
    c = claim(sentence, "one" if " one " in sentence else "One")
    assert (c.kind, c.value, c.subject) == (ClaimKind.count, 1, subject)


@pytest.mark.parametrize(
    "sentence",
    [
        "Each one was checked twice.",
        "No one answered the phone.",
        "The show aired on BBC One.",
        "She chose the same one again.",
        "One in five voters stayed home.",
        "They hugged one another.",
    ],
)
def test_one_as_a_pronoun_name_or_proportion_is_no_count(claims, sentence):
    assert [c for c in claims(sentence) if c.value == 1] == []


# --- units quantulum3 reads into news text ----------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "surface", "unit", "value"),
    [
        ("The coupe's 710bhp engine is new.", "710bhp", "brake horsepower", 710),
        ("Under the bonnet sits a 4.0 litre V8.", "4.0 litre", "litre", 4.0),
        ("The hatchback returns 48 mpg on the motorway.", "48 mpg", "mile per gallon", 48),
        ("Overnight it fell to 3 C in the valley.", "3 C", "degree Celsius", 3),
        ("Nights on the plateau reach minus 40 degrees Celsius.", "minus 40 degrees Celsius", "degree Celsius", -40),
        ("The team finished the drive at minus-8 yards.", "minus-8 yards", "yard", -8),
    ],
)
def test_units_news_means(claim, sentence, surface, unit, value):
    c = claim(sentence, surface)
    assert (c.kind, c.unit, c.value) == (ClaimKind.quantity, unit, value)


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("She has lifted three FA Trophy cups.", "three"),
        ("They lost 12 league matches in a row.", "12"),
    ],
)
def test_implausible_units_leave_a_bare_count(claim, sentence, surface):
    c = claim(sentence, surface)
    assert (c.kind, c.unit) == (ClaimKind.count, None)


# --- labels and addresses ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "sentence",
    [
        "A category 3 storm is expected on the coast.",
        "The Rangers forced Game 6 in Boston.",
        "The office moved to 42 Harbour Road, Leith.",
        "The flat at 22 Ave Foch, Paris, was sold.",
        "Homes in the 10027 ZIP code sold fast.",
        "Shares on the Nikkei 225 in Tokyo slipped.",
    ],
)
def test_labels_addresses_and_names_are_not_figures(figures, sentence):
    assert figures(sentence) == []


def test_a_greek_mu_is_the_micro_prefix(claim):
    c = claim("The sensor has a 3.5 \u03bcm pixel pitch.", "3.5 \u03bcm")
    assert (c.kind, c.unit) == (ClaimKind.quantity, "micrometre")


def test_a_number_between_capitalised_words_is_part_of_a_name(figures):
    assert figures("Reviewers praised the Surface Laptop 5 Pro keyboard.") == []
    assert figures("Officials said 12 Americans were freed.") == ["12"]


def test_a_count_before_a_name_is_not_scaled_by_it(claim):
    assert claim("The airline parked three Airbus A320 jets.", "three").value == 3


@pytest.mark.parametrize(
    ("sentence", "surface", "kind", "value", "unit"),
    [
        ("The bank cut its rate by half a percentage point to 10.50%.", "half a percentage point", ClaimKind.quantity,
         0.5, "percentage point"),
        ("The walk is a quarter of a mile.", "a quarter of a mile", ClaimKind.quantity, 0.25, "mile"),
        ("It takes half an hour.", "half an hour", ClaimKind.quantity, 0.5, "hour"),
        ("Prices rose by three-quarters of a per cent.", "three-quarters of a per cent", ClaimKind.percent, 0.75,
         "percent"),
    ],
)
def test_a_fraction_of_one_unit(claim, sentence, surface, kind, value, unit):
    c = claim(sentence, surface)
    assert (c.kind, c.value, c.unit) == (kind, value, unit)


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [("A magnitude 6.4 earthquake struck near the town.", "magnitude 6.4"),
     ("A 6.4-magnitude quake hit the coast.", "6.4-magnitude"), ("A magnitude-6.4 aftershock followed.", "magnitude-6.4")],
)
def test_an_earthquake_magnitude(claim, sentence, surface):
    c = claim(sentence, surface)
    assert (c.kind, c.value, c.unit) == (ClaimKind.quantity, 6.4, "magnitude")


@pytest.mark.parametrize(
    ("sentence", "surface", "unit"),
    [
        ("Jet fuel packs about 43 MJ per kg.", "43 MJ", "megajoule per kilogram"),
        ("A 47uF capacitor sits next to the regulator.", "47uF", "microfarad"),
        ("The sample was cooled to 20 millikelvin.", "20 millikelvin", "millikelvin"),
        ("Current peaked at 1,500 amps.", "1,500 amps", "ampere"),
        ("A 153 sqm flat changed hands.", "153 sqm", "square metre"),
        ("He caught five passes for 48 yds.", "48 yds", "yard"),
        ("The annual limit is 20 mSv.", "20 mSv", "millisievert"),
        ("The scale length of the bass is 34″ from nut to bridge.", "34″", "inch"),
        ("The rocket produces 7.5 million pounds of thrust at liftoff.", "7.5 million pounds", "pound-force"),
        ("The kei car is rated at 25.2 km per litre.", "25.2 km per litre", "kilometre per litre"),
        ("The RTX 4070 Super averaged 98fps in our tests.", "98fps", "frame per second"),
        ("The camera shoots video at 120 frames per second.", "120 frames per second", "frame per second"),
    ],
)
def test_units_quantulum3_misreads_or_lacks(claim, sentence, surface, unit):
    assert claim(sentence, surface).unit == unit


@pytest.mark.parametrize(
    ("sentence", "surface", "unit"),
    [
        ("The train can reach 120 miles an hour.", "120 miles", "mile per hour"),
        ("The refinery handles 90,000 barrels a day.", "90,000 barrels", "barrel per day"),
        ("The plant burns 3 million tonnes of coal a year.", "3 million tonnes", "tonne per year"),
        ("Those who slept six hours a night caught more colds.", "six hours", "hour per night"),
        ("The library will open for 32 hours a week.", "32 hours", "hour per week"),
        ("Adults should get 150 minutes of exercise a week.", "150 minutes", "minute"),
        ("The defence is allowing just 4.1 yards per play.", "4.1 yards", "yard per play"),
    ],
)
def test_a_quantity_per_unit_of_time_is_a_rate(claim, sentence, surface, unit):
    assert claim(sentence, surface).unit == unit


@pytest.mark.parametrize(
    ("sentence", "surface", "unit"),
    [
        ("Set the oven to 180 degrees c.", "180 degrees c", "degree Celsius"),
        ("A fever starts at 100.4 degrees f.", "100.4 degrees f", "degree fahrenheit"),
        ("It was 12.5 celcius at dawn.", "12.5 celcius", "degree Celsius"),
    ],
)
def test_temperatures_typed_in_a_hurry(claim, sentence, surface, unit):
    assert claim(sentence, surface).unit == unit


def test_a_double_prime_after_a_number_is_inches(claim):
    assert claim("The monitor is 27″ across.", "27″").unit == "inch"


@pytest.mark.parametrize(
    ("sentence", "surface", "unit", "low", "high"),
    [
        ("The repairs will take two or three weeks.", "two or three weeks", "week", 2, 3),
        ("Analysts expect a 4 per cent to 6 per cent gain.", "4 per cent to 6 per cent", "percent", 4, 6),
        ("Talks could last between five to eight months.", "five to eight months", "month", 5, 8),
    ],
)
def test_small_ranges_in_words_or_with_the_unit_twice(claim, sentence, surface, unit, low, high):
    c = claim(sentence, surface)
    assert (c.value, c.unit, c.low, c.high) == (None, unit, low, high)


def test_a_word_range_after_a_change_verb_is_two_levels(claims):
    found = [(c.value, c.role) for c in claims("Interest rose from three to five percent.")]
    assert found == [(3, "from"), (5, "to")]


def test_slash_expressions_that_are_not_fractions(figures):
    assert figures("The helpline is staffed 24/7 since the 9/11 inquiry.") == []
    assert figures("A 2/3 majority is needed.") == ["2/3"]


def test_half_a_million_is_exact(claim):
    assert claim("Half a million people signed the petition.", "Half a million").value == 500_000


def test_an_acronym_before_a_number_names_an_index(figures):
    assert figures("The DAX 40 slipped 0.3pc.") == ["0.3pc"]


@pytest.mark.parametrize(
    ("sentence", "figures_found"),
    [
        ("She won the Moto 2 championship twice.", []),
        ("The Voyager 1 probe is still sending data.", []),
        ("In Kenya 40 people were hurt.", ["40"]),
        ("In Kenya 40 were hurt.", ["40"]),
    ],
)
def test_a_proper_noun_before_a_number_in_prose_names_it(figures, sentence, figures_found):
    assert figures(sentence) == figures_found


def test_a_scale_word_after_a_is_a_figure(claim, figures):
    assert claim("They bought a million dollar flat.", "a million dollar").value == 1e6
    assert figures("She waited an hour for a bus.") == []



@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit"),
    [
        ("Data centres consumed about 460 terawatt-hours of electricity.", "460 terawatt-hours", 460, "terawatt hour"),
        ("CO2 peaked at 426.9 parts per million in May.", "426.9 parts per million", 426.9, "parts-per-million"),
        ("Ozone hit 80 parts per billion.", "80 parts per billion", 80, "parts-per-billion"),
        ("The EPA set a limit of 4 parts per trillion.", "4 parts per trillion", 4, "parts-per-trillion"),
        ("Deforestation fell to 6,288 square km.", "6,288 square km", 6288, "square kilometre"),
        ("The hatchback returns 62.8mpg on a long run.", "62.8mpg", 62.8, "mile per gallon"),
        ("Output was 900,000 bpd in May.", "900,000 bpd", 900000, "barrel per day"),
        ("It plans to pump 13 million bpd by 2027.", "13 million bpd", 13e6, "barrel per day"),
    ],
)
def test_units_quantulum_misreads_or_lacks(claim, sentence, surface, value, unit):
    c = claim(sentence, surface)
    assert (c.kind, c.value, c.unit) == (ClaimKind.quantity, value, unit)


@pytest.mark.parametrize(
    ("sentence", "by", "to"),
    [
        ("Unemployment rose 0.2% to 4.1% in May.", "0.2%", "4.1%"),
        ("Life expectancy fell by 1.8 years to 76.4 years in 2021.", "1.8 years", "76.4 years"),
        ("Petrol climbed 2.3p to 151.8p a litre.", "2.3p", "151.8p"),
    ],
)
def test_after_a_change_verb_a_unit_on_both_sides_is_a_change_and_a_level(claim, sentence, by, to):
    assert (claim(sentence, by).role, claim(sentence, to).role) == ("by", "to")


@pytest.mark.parametrize(
    ("sentence", "surface", "low", "high"),
    [
        ("Costs rose 2 to 3 percent.", "2 to 3 percent", 2, 3),
        ("The Fed held its rate in a range of 5.25%-5.50% on Wednesday.", "5.25%-5.50%", 5.25, 5.5),
    ],
)
def test_percent_ranges(claim, sentence, surface, low, high):
    c = claim(sentence, surface)
    assert (c.kind, c.low, c.high) == (ClaimKind.percent, low, high)


def test_a_numeral_and_the_number_word_after_it_are_two_figures(figures):
    assert figures("The median age is 31.2, up from 27.9 two decades ago.") == ["31.2", "27.9", "two decades"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Copper was up 0.8% at US$9,842 a tonne by 1530 GMT.",
        "Contributions to 401(k) plans will be capped.",
        "Chelsea finished 12th last season.",
        "Regulators grounded the Boeing 737 MAX after a door plug blew out.",
    ],
)
def test_times_plan_names_ranks_and_models_are_not_figures(figures, sentence):
    assert [f for f in figures(sentence) if f not in {"0.8%", "US$9,842"}] == []


def test_plus_or_minus_is_a_margin_not_a_negative(claim):
    assert claim("A margin of error of plus or minus 2.5 percentage points.", "2.5 percentage points").value == 2.5


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "currency"),
    [
        ("Remittances fell 7.5% to $19.5 bln last year.", "$19.5 bln", 19.5e9, "USD"),
        ("That is roughly 15.6 trillion naira.", "15.6 trillion naira", 15.6e12, "NGN"),
        ("The deal is worth 40 billion baht.", "40 billion baht", 40e9, "THB"),
    ],
)
def test_wire_scales_and_more_currencies(claim, sentence, surface, value, currency):
    c = claim(sentence, surface)
    assert (c.kind, c.value, c.currency) == (ClaimKind.money, value, currency)


def test_a_rate_noun_is_read_whole_before_a_time_word(claim):
    assert claim("Gas rose to €38.50 per megawatt-hour after an outage.", "€38.50").unit == "euro per megawatt hour"


def test_a_unit_sense_applies_inside_a_rate(claim):
    assert claim("The furnace heats at 5 C per minute.", "5 C per minute").unit == "degree Celsius per minute"


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit"),
    [
        ("Chicago wheat futures rose 12-1/4 cents to $5.87-3/4 a bushel.", "12-1/4 cents", 12.25, "cent"),
        ("Chicago wheat futures rose 12-1/4 cents to $5.87-3/4 a bushel.", "$5.87-3/4", 5.8775, "dollar per bushel"),
        ("Each particle measures about 2.4 x 10^-9 metres across.", "2.4 x 10^-9 metres", 2.4e-9, "metre"),
    ],
)
def test_market_fractions_and_scientific_notation(claim, sentence, surface, value, unit):
    c = claim(sentence, surface)
    assert (math.isclose(c.value, value), c.unit) == (True, unit)


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit"),
    [
        ("The villa sold for CHF 2'350'000 last spring.", "CHF 2'350'000", 2_350_000, "swiss franc"),
        ("A crowd of 12’000 watched the final.", "12’000", 12_000, None),
        ("A loaf costs €1,99 in Berlin.", "€1,99", 1.99, "euro"),
        ("The fare rose to 4,50 euros.", "4,50 euros", 4.5, "euro"),
        ("The bill came to €1.234,56 with tax.", "€1.234,56", 1234.56, "euro"),
        ("Shares rose 4 3/4 cents to close at 98 cents.", "4 3/4 cents", 4.75, "cent"),
    ],
)
def test_continental_notation_and_mixed_fractions_are_one_figure(claims, sentence, surface, value, unit):
    found = [c for c in claims(sentence) if c.kind is not ClaimKind.date]
    assert [(c.surface, c.unit) for c in found][0] == (surface, unit)
    assert math.isclose(found[0].value, value)


def test_a_decimal_comma_is_read_only_beside_a_currency_written_so(claims):
    values = {c.value for c in claims("The index fell 1,99 points while the dollar traded at $1,50.")}
    assert not values & {1.99, 1.5}


@pytest.mark.parametrize(
    ("sentence", "surface", "low", "high", "subject"),
    [
        ("Over the past two or three seasons the club has struggled.", "two or three", 2, 3, "seasons"),
        ("One or two people were hurt.", "One or two", 1, 2, "people"),
    ],
)
def test_two_close_counts_in_words_are_a_rough_range(claim, sentence, surface, low, high, subject):
    c = claim(sentence, surface)
    assert (c.kind, c.low, c.high, c.subject) == (ClaimKind.count, low, high, subject)


@pytest.mark.parametrize("sentence", ["Five or six is enough, he said.", "They won two or nine seats."])
def test_counts_joined_by_or_stay_apart_without_a_close_plural(claims, sentence):
    assert all(c.low is None for c in claims(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya's Ruth Chepngeno won the marathon in 2:17:58, a course record.",
        "Season 3 of the comedy arrives on Friday.",
        "The rocket lifted off from Pad 39A.",
        "The Corvid OS 14.2 update rolls out from Tuesday.",
    ],
)
def test_race_times_labels_and_versions_are_not_figures(figures, sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "surface", "qualifier"),
    [
        ("The probe travelled 6.4 billion km over seven years.", "seven years", None),
        ("He struck out 13 batters over seven scoreless innings.", "seven", None),
        ("The trial lasted over two years.", "two years", Qualifier.more_than),
        ("Over 1,000 people died.", "1,000", Qualifier.more_than),
        ("The unemployment rate ticked up to 4.0%.", "4.0%", None),
        ("The plant could employ up to 500 people.", "500", Qualifier.at_most),
        ("The defendant must remain within 50 miles of his home.", "50 miles", Qualifier.at_most),
        ("It grossed more than 4.6 billion yuan ($640 million) in China.", "$640 million", Qualifier.more_than),
    ],
)
def test_bounds_read_in_context(claim, sentence, surface, qualifier):
    assert claim(sentence, surface).qualifier == qualifier


@pytest.mark.parametrize(
    ("sentence", "surface", "unit"),
    [
        ("Yields fell to 2.9 tonnes per hectare this season.", "2.9 tonnes", "tonne per hectare"),
        ("Coffee hit 398.5 cents per lb on Thursday.", "398.5 cents", "cent per pound"),
    ],
)
def test_rates_per_area_and_per_pound(claim, sentence, surface, unit):
    assert claim(sentence, surface).unit == unit


@pytest.mark.parametrize(
    "sentence",
    [
        "Nikkei 225 closes higher as exporters rally.",
        "the nasdaq is flat and the sp 500 is poised to open lower.",
        "Ministers from the G7 meet a day after the Group of 20 hold talks.",
        "The trial is in Courtroom 4B of the Daley Center.",
        "A Boeing 737-800 reported a fault on its approach to runway 27.",
        "Regulators grounded the new 737 Max jets and a 787 Dreamliner.",
        "The 10-year Treasury yield and the 30-year fixed mortgage rate hit a 13-year high.",
        "Listings: 3B Harbour View, Leith EH6 6RS; 14 Marlowe Crescent, Stockport SK4 2QT.",
        "Updated at 14.32 BST with comment from the FA.",
        "The Pixel 9 Pro ships with Android 14, and Windows 10 reaches end of support.",
        "Follow live: Premier League Matchweek 12, with the agenda on page 12 and comment in paragraph 6.",
        "Her third album debuted at No. 1 on the Billboard 200 this week.",
        "Pros: Bright screen Cons: the 1080p webcam and the 4K TV mode are average.",
        "45+2 min: GOAL! Rashford curls it in.",
        "The executives had procured COVID -19 kits from a local company.",
        "Trading in Kanemori Electric (6829.T) was suspended; see doi:10.1038/s41591-025-03318-7.",
        "Ohtani went 3-for-4, and Betis reached the last 16 of the Six Nations.",
    ],
)
def test_index_names_groups_rooms_models_and_box_scores_are_not_figures(figures, sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize("initialism", ["MPs", "PCs", "TDs", "MVPs"])
def test_the_plural_of_an_initialism_is_counted_not_a_unit(claim, initialism):
    """quantulum3 read "650 MPs" as metres per second and "30 TDs" as tera-day-seconds."""
    found = claim(f"In all, 650 {initialism} took part.", "650")
    assert (found.kind, found.subject) == (ClaimKind.count, initialism.lower())


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Waiting lists rose to 61,400, up from 48,900 a year earlier.", "48,900"),
        ("Confidence dropped to -21 in August from -17 a month earlier.", "-17"),
    ],
)
def test_a_time_ago_is_no_rate(claim, sentence, surface):
    """quantulum3 reads "48,900 a year earlier" as 48,900 per year."""
    assert claim(sentence, surface).unit is None


def test_an_exchange_rate_is_no_rate_per_dollar(claim):
    assert claim("The yen weakened past 155 per dollar.", "155").unit is None
    assert claim("Sales rose 2.8 per cent.", "2.8 per cent").unit == "percent"


def test_a_period_named_by_a_fraction_is_no_part_of_the_next_figure(figures):
    """quantulum3 reads "the quarter and two" as 2.25."""
    assert figures("Revenue rose 12% in the quarter and two analysts raised targets.") == ["12%", "two"]


def test_between_two_number_words_and_a_unit_is_a_range(claim):
    c = claim("The walk takes between three and four hours.", "three and four hours")
    assert (c.low, c.high, c.unit) == (3, 4, "hour")


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit"),
    [
        ("Japan welcomed 3.4m foreign visitors in October.", "3.4m", 3.4e6, None),
        ("He stands 1.93m and weighs 110kg.", "1.93m", 1.93, "metre"),
    ],
)
def test_m_is_million_before_a_counted_plural_and_metres_otherwise(claim, sentence, surface, value, unit):
    c = claim(sentence, surface)
    assert (c.value, c.unit) == (value, unit)


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [("Tickets, priced at £378 plus a £5 booking fee, sold out.", "£378"), ("A fee of PS58m plus PS4m in add-ons.", "PS58m")],
)
def test_plus_another_sum_is_no_bound(claim, sentence, surface):
    assert claim(sentence, surface).qualifier is None


def test_a_drop_is_no_unit(figures):
    assert figures("AirPods Pro 2 drop to £169 in the sale.") == ["£169"]


def test_a_title_case_in_is_no_inch(figures):
    assert figures("Voters Back Lowering Voting Age To 16 In Scottish Council Elections") == []


def test_two_dozen_is_twenty_four(claim):
    assert claim("Two dozen flights were cancelled.", "Two dozen").value == 24


@pytest.mark.parametrize(
    ("sentence", "surface", "unit"),
    [
        ("The suspect was driving at 112 mph in a 40 mph zone.", "112 mph", "mile per hour"),
        ("She has worked there for 10 a and is now a manager.", "10 a", "year"),
        ("The 240-pound end received scholarship offers.", "240-pound", "pound-mass"),
    ],
)
def test_words_quantulum_glues_onto_a_unit(claim, sentence, surface, unit):
    assert claim(sentence, surface).unit == unit


def test_a_falling_pair_with_units_is_two_figures(figures):
    found = figures("The senator won re-election by 52.4 per cent to 46.1 per cent.")
    assert found == ["52.4 per cent", "46.1 per cent"]


@pytest.mark.parametrize(
    "sentence",
    [
        "45+2' Yellow card for Duarte.",
        "Dune: Part Two took the weekend.",
        "Police stopped the car near junction 14.",
    ],
)
def test_live_blog_minutes_and_spelled_labels_are_not_figures(figures, sentence):
    assert figures(sentence) == []


def test_the_end_of_a_score_is_no_share(figures):
    assert figures("Seattle still fell 6-5 in 10 innings.") == ["10"]


def test_a_signed_fall_is_a_fall_by_its_size(claim):
    c = claim("Chip stocks were mixed: Nvidia +3.2%, Qualcomm -0.7% and Intel slid 4.4%.", "-0.7%")
    assert (c.value, c.change.direction.value, c.role) == (0.7, "down", "by")


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("India's economy grew at its slowest pace in five quarters.", "five", 5),
        ("Futures price in 100 basis points of cuts, or four quarter-point moves.", "four", 4),
        ("Three quarters of voters agree.", "Three quarters", 75),
        ("The home-loan book grew to Rs 7.8 lakh crore.", "Rs 7.8 lakh crore", 7.8e12),
    ],
)
def test_quarters_and_lakh_crore(claim, sentence, surface, value):
    assert claim(sentence, surface).value == value


@pytest.mark.parametrize(
    "sentence",
    [
        "Form 1099-K thresholds changed, and filers should check Box 1a carefully.",
        "The flat at 42B Kensington Park Road was relisted.",
        "PHOTO: The Oura Ring 4 weighs little.",
    ],
)
def test_forms_addresses_and_product_names_before_a_verb_are_not_figures(figures, sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "surface", "unit"),
    [
        ("A resting heart rate of 60 beats per minute is normal.", "60 beats per minute", "beat per minute"),
        ("At 28 cents per kWh, a full charge costs little.", "28 cents", "cent per kilowatt hour"),
        ("UK Households To Pay £1,928 A Year As Ofgem Lifts Cap", "£1,928", "pound sterling per year"),
    ],
)
def test_heart_rates_and_rates_in_headlines(claim, sentence, surface, unit):
    assert claim(sentence, surface).unit == unit


def test_a_glued_word_that_overlaps_the_next_figure_is_cut(figures):
    assert figures("with Sony up 3.2 per cent at Y=3,415 .") == ["3.2 per cent", "Y=3,415"]


def test_a_move_after_an_index_name_is_read(figures):
    assert figures("At the close: Dow -0.4% S&P 500 -0.6% Nasdaq -1.1% .") == ["-0.4%", "-0.6%", "-1.1%"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Seahawks entered Week 12 as the top seed.",
        "Pictured: Porsches 911 GT3 RS on display at Goodwood.",
        "Formula 1 returns to Las Vegas in November.",
        "Read it here: https://www.example.com/reviews/pixel-9a-2025 and follow @techdaily_uk .",
    ],
)
def test_weeks_models_links_and_handles_are_not_figures(figures, sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("Taikon expects spending of NT$15.2 billion.", "NT$15.2 billion", 15.2e9),
        ("Kanto Motors Recalls 1.4 Mln Vehicles In US", "1.4 Mln", 1.4e6),
    ],
)
def test_taiwan_dollars_and_title_case_scales(claim, sentence, surface, value):
    assert claim(sentence, surface).value == value


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He has missed the cut in seven of his last nine starts.", ["seven", "nine"]),
        ("They lost their last four away matches.", ["four"]),  # a plural after it: what it counts
        ("The win lifted them to seventh, nine points behind Tottenham.", ["nine"]),  # not 9 and a seventh
        ("Inventories rose in the week ended Oct. 6 to 424.2 million barrels.", ["424.2 million barrels"]),
    ],
)
def test_counts_after_an_ordinal_and_a_level_after_a_date(figures, sentence, expected):
    assert figures(sentence) == expected


def test_a_word_quantulum_spells_into_units_is_no_unit(claim):
    """quantulum3 read "handsets" as hectare newton day set."""
    c = claim("Heliotrope said it shipped 4.7 million handsets in the period.", "4.7 million")
    assert (c.unit, c.subject) == (None, "handsets")


@pytest.mark.parametrize(
    "sentence",
    [
        "Apartment 4B, Chicago IL 60610 listed MLS# 11893012, the #1 seller.",
        "Comments can be sent by calling 01632 960 123 .",
        "Read more: how to book via the NHS App or by calling 119",
        "Route 66 will be closed between exits 12 and 14 overnight.",
        "Day 3 at the Gabba: rain is due.",
        "Two-way star Kenji Mori signed.",
        "Seeds: 1. Kovac (SRB) 2. Almeida (POR) 3. Renner (GER) - full draw below",
        "Collectors bought Porsche 911s at the auction.",
    ],
)
def test_zip_codes_calls_labels_lists_and_models_are_not_figures(figures, sentence):
    assert figures(sentence) == []


def test_a_count_ends_at_its_plural_before_and(claim):
    assert claim("Ottawa will pay for 1,000 new officers and drones.", "1,000").subject == "officers"


def test_a_hyphenated_noun_before_an_age_in_apposition(claim):
    assert (claim("The ex-councillor, 58, was jailed.", "58").subject) == "age"


@pytest.mark.parametrize(
    ("sentence", "surface", "qualifier"),
    [
        ("Buyers take out mortgage terms longer than 35 years.", "35 years", Qualifier.more_than),
        ("Patients younger than 12 years were excluded.", "12 years", Qualifier.less_than),
        ("It charges at up to 175kW, a top-up to 28 minutes.", "28 minutes", None),  # no "up to" in "top-up to"
    ],
)
def test_comparatives_bound_and_a_hyphen_ends_no_qualifier(claim, sentence, surface, qualifier):
    assert claim(sentence, surface).qualifier == qualifier


@pytest.mark.parametrize(
    ("sentence", "surface", "unit"),
    [
        ("The halving cut block rewards to 3.125 bitcoin.", "3.125 bitcoin", "bitcoin"),
        ("Hackers drained about 4,800 ETH from the bridge.", "4,800 ETH", "ether"),
        ("It is often written 10kmph.", "10kmph", "kilometre per hour"),  # quantulum3: kilometre penny hour
        ("She stopped eating lunch to drop 25 pounds.", "25 pounds", "pound-mass"),
    ],
)
def test_crypto_kmph_and_pounds_dropped(claim, sentence, surface, unit):
    assert claim(sentence, surface).unit == unit


def test_a_number_word_is_the_low_end_of_a_range(claim):
    c = claim("She built walls eight to 10 feet tall.", "eight to 10 feet")
    assert (c.low, c.high, c.unit) == (8, 10, "foot")


def test_a_scraped_its_one_of_counts(claim):
    assert claim("Its one of the busiest weekends of the year.", "one").value == 1


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("The flat sold for Rs 1,23,45,678 last week.", "Rs 1,23,45,678", 12_345_678),
        ("He was eligible for a loan of 12,34,567.89 rupees.", "12,34,567.89 rupees", 1_234_567.89),
        ("As many as 2,50,000 people attended.", "2,50,000", 250_000),
        ("Revenue was $1,234,567 and 12,345 units were sold.", "$1,234,567", 1_234_567),  # no cents from "and 12"
    ],
)
def test_lakh_grouping_and_no_cents_from_the_next_number(claim, sentence, surface, value):
    assert claim(sentence, surface).value == pytest.approx(value)


@pytest.mark.parametrize(
    ("sentence", "surface", "unit"),
    [
        ("Copper climbed 2.1% to $9,845 a metric ton on Friday.", "$9,845", "dollar per metric ton"),
        ("Gas settled at $2.86 per million British thermal units (mmBtu) .", "$2.86",
         "dollar per million british thermal unit"),
    ],
)
def test_rates_of_two_words(claim, sentence, surface, unit):
    assert claim(sentence, surface).unit == unit


@pytest.mark.parametrize(
    ("sentence", "surface", "subject"),
    [
        ("Action Fraud received 412,000 reports last year.", "412,000", "reports"),  # "reports" is no verb here
        ("A cruise ship carrying 4,300 passengers and 1,700 crew ran aground.", "1,700", "crew"),
    ],
)
def test_counted_reports_and_crew(claim, sentence, surface, subject):
    assert claim(sentence, surface).subject == subject


def test_the_apollo_11_crew_is_a_name(figures):
    assert figures("The Odyssey 4 crew will train in Houston.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers will discuss Resolution 2781 and Proposition 22.",
        "A hearing on the Rule 12(b)(6) motion is set.",
        "Rebels shot down a jet near the airbase at 0630 local time.",
        "The crew will fly from Launch Complex 39B.",
        "The Boeing 777-300ER reported a smoke warning.",
        "Bake at gas mark 6 until golden.",
        "Box office: 1. Starfall $31.2m 2. Night Shift $18.9m 3. The Quiet Hours $7.4m",
    ],
)
def test_laws_sites_clock_models_and_lists_are_not_figures(figures, sentence):
    assert not [f for f in figures(sentence) if not f.startswith("$")]


def test_a_slash_between_two_restatements_belongs_to_neither(claims):
    found = claims("The engine makes just under 296 hp (224 kW / 300 PS).")
    assert [(c.surface, c.qualifier) for c in found] == [
        ("296 hp", Qualifier.less_than), ("224 kW", Qualifier.less_than), ("300 PS", Qualifier.less_than)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Root reached his 34th Test hundred and England closed day three on the front foot.",
        "Pakistan v England , 2nd Test , day 4 at Multan - live scorecard",
        "Hamilton takes pole for Race 2 of the Sprint weekend.",
        "The Boeing 737 Max 9 lost a door plug beside row 26 .",
        "Emirates firmed up its 777X order.",
        "Road test : the Porsche Taycan 4S - which is best ?",
        "It was the strongest flare of Solar Cycle 25 .",
        "The headset is heavier than Metas Quest 3 , which we tested.",
    ],
)
def test_sport_and_model_labels_are_not_figures(figures, sentence):
    assert figures(sentence) == []


def test_a_range_quantulum_opens_with_between(claim):
    c = claim("Between 150mm and 200mm of rain could fall.", "150mm and 200mm")
    assert (c.low, c.high, c.unit) == (150, 200, "millimetre")


def test_a_week_of_days_is_no_label(figures):
    assert figures("He ran 24 hours a day 7 days a week.") == ["24 hours", "7 days"]


def test_box_score_abbreviations_and_a_weight_restated_in_pounds(claim):
    assert claim("Tatum (34 pts, 11 reb) carried Boston.", "11").subject == "rebounds"
    assert claim("It weighs 1.24kg ( 2.7 pounds ) .", "2.7 pounds").unit == "pound-mass"


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit"),
    [
        ("Nairobi County will spend Sh4.6 billion on nurses.", "Sh4.6 billion", 4.6e9, "shilling"),
        ("A single trip costs N750, and N95 masks are free.", "N750", 750, "naira"),
        ("Fares range from Tk 20 to Tk 100 .", "Tk 20 to Tk 100", None, "taka"),
        ("Tickets cost a flat Rp5,000 until the end of the year.", "Rp5,000", 5000, "rupiah"),
    ],
)
def test_shillings_naira_taka_and_rupiah(claim, sentence, surface, value, unit):
    c = claim(sentence, surface)
    assert (c.value, c.unit) == (value, unit)


def test_lakh_and_crore_scale_counts(claim):
    assert claim("Over 16.9 lakh students sat the exams.", "16.9 lakh").value == pytest.approx(1_690_000)
    assert claim("Some 2 crore people use it.", "2 crore").value == pytest.approx(20_000_000)


@pytest.mark.parametrize(
    "sentence",
    [
        "Phone 1300 651 776 between 8.30am and 5pm, or call 0800 555 111.",
        "Media enquiries: +44 (0)20 7946 0321.",
        "IndiGo flight 6E 2134 from Bengaluru was diverted.",
        "Police searched a unit in the 4800 block of West Addison Street.",
        "Westlake reached the Class 6A semifinal, quoting log 0832.",
    ],
)
def test_phone_numbers_flights_blocks_and_classes_are_not_figures(figures, sentence):
    assert figures(sentence) == []


def test_coordinated_adjectives_and_a_hyphenated_area(claim):
    assert claim("It will build 18 new and upgraded hospitals.", "18").subject == "hospitals"
    assert claim("It adds a 24,000-square-foot emergency department.", "24,000-square-foot").unit == "square foot"


def test_barely_is_approximate(claim):
    assert claim("The stock trades on barely 6.5 times earnings.", "6.5 times").qualifier == Qualifier.approximately


@pytest.mark.parametrize(
    "sentence",
    [
        "Launch control reports T-minus 30 seconds and holding.",
        "The study used the same 3D-printed samples.",
        "A trial of new drugs for type 2 diabetes began.",
        "Apollo 11 hardware goes on display at the Smithsonian.",
        "This 9-in-1 air fryer is on sale.",
        "This column first appeared in issue No. 1,176.",
        "The console supports gaming at 4K.",
    ],
)
def test_countdowns_dimensions_labels_and_gadget_names_are_no_negative_or_counted_figures(claims, sentence):
    assert all(c.value is None or c.value > 0 and c.value not in {3, 2, 11, 9, 1176, 4000} for c in claims(sentence))


@pytest.mark.parametrize(
    ("sentence", "surface", "unit"),
    [
        ("The plant will capture 1 million tonnes of CO2 a year.", "1 million tonnes", "tonne per year"),
        ("Switching supplier took 10 mins.", "10 mins", "minute"),
        ("Sales of million-pound homes rose 12% last year.", "million-pound", "pound sterling"),
        ("The minister cut the top rate by two percentage points.", "two percentage points", "percentage point"),
        ("Teams say inflation of 8-9pc has eaten most of the increase.", "8-9pc", "percent"),
    ],
)
def test_units_written_short_or_in_words(claim, sentence, surface, unit):
    assert claim(sentence, surface).unit == unit


def test_an_mpc_member_is_no_megapixel_coulomb(claims):
    assert all(c.unit is None for c in claims("Seven MPC members voted to hold the rate."))


def test_a_count_of_quarters_names_them_after_the_figure(claim):
    assert claim("GDP grew at the fastest pace in six quarters.", "six").subject == "quarters"


def test_a_level_compared_with_a_record_takes_its_measure(claim):
    c = claim("Output is seen at 38 million tonnes, down from a record 42.4 million.", "42.4 million")
    assert (c.kind, c.unit) == (ClaimKind.quantity, "tonne")


def test_a_hyphenated_height_is_feet_and_inches(claims):
    found = [(c.surface, c.value, c.unit) for c in claims("The 6-foot-5, 240-pound defensive end signed.")]
    assert found[:2] == [("6-foot", 6, "foot"), ("5", 5, "inch")]


def test_minus_before_a_range_makes_its_low_end_negative(claim):
    c = claim("Temperatures ranged from minus 14 to 2 degrees Celsius on Monday.", "minus 14 to 2 degrees Celsius")
    assert (c.low, c.high, c.unit) == (-14, 2, "degree Celsius")


def test_and_up_to_is_the_next_figures_bound(claim):
    assert claim("Expect -12C to 2C and up to 11 hours of daylight.", "-12C to 2C").qualifier is None


def test_a_dotted_version_number_is_no_figure(figures):
    assert figures("The update, version 17.4.1, fixes a bug.") == []


def test_minus_before_a_between_range_is_its_first_end(claim):
    c = claim("Expect temperatures between minus 8C and 2C tonight.", "minus 8C and 2C")
    assert (c.low, c.high) == (-8, 2)


def test_a_forecast_of_close_percentages_is_a_range(claim):
    c = claim("Pellmart expects sales to grow 3.5% to 4% this year.", "3.5% to 4%")
    assert (c.kind, c.low, c.high) == (ClaimKind.percent, 3.5, 4)


@pytest.mark.parametrize(
    ("sentence", "surface", "unit"),
    [
        ("Kidnappers Free Students After Three Weeks In Captivity, Police Say", "Three Weeks", "week"),
        ("Verdict: the Nova 7a remains one of the best cheap phones around.", None, None),
    ],
)
def test_title_case_function_words_and_model_letters_are_no_units(claims, sentence, surface, unit):
    found = [(c.surface, c.unit) for c in claims(sentence) if c.kind is not ClaimKind.count]
    assert found == ([(surface, unit)] if surface else [])


def test_a_dose_once_a_week_is_no_rate(claim):
    assert claim("Participants took 2.4mg of the drug once a week.", "2.4mg").unit == "milligram"


def test_a_compound_adjective_before_a_figure_is_no_name(claim):
    assert claim("The hybrid returns an EPA-estimated 52 mpg combined.", "52 mpg").unit == "mile per gallon"


def test_a_lap_number_is_a_label(figures):
    assert figures("His teammate retired on lap 41 with a hydraulic problem.") == []


@pytest.mark.parametrize(
    ("sentence", "surface", "qualifier"),
    [
        ("The battery lasted a little over 14 hours in our test.", "14 hours", Qualifier.more_than),
        ("The parcel weighed a little under 2kg.", "2kg", Qualifier.less_than),
    ],
)
def test_a_little_over_and_under_bound_a_figure(claim, sentence, surface, qualifier):
    assert claim(sentence, surface).qualifier is qualifier


def test_an_airliner_variant_is_a_name(figures):
    assert figures("It replaces the 737-800 it flew before.") == []


def test_digits_spaced_without_thousands_grouping_are_no_number(claims):
    assert 78845 not in {c.value for c in claims("Specs: Ryzen 7 8845HS, 32GB RAM, 1TB SSD.")}
