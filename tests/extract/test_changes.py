"""Change statements are typed relations on a figure (Claim.change, Claim.role), never bare numbers."""

from __future__ import annotations

import pytest

from factcheck.models import ClaimKind, Direction, Qualifier

TRADE_001 = ("Bilateral trade more than doubled to $31.4 million in the first quarter of 2017, due mainly to what "
             "Moscow said was higher oil product exports.")
TRADE_000 = ("Reuters reported a Russian company has begun providing additional Internet resources to North Korea and "
             "that trade between the two nations reached $31.4 million in the first quarter of 2017, double previous "
             "totals.")
TRADE_004 = ("Trade between Russia and North Korea doubled to $31.4 million in the first quarter of 2017 thanks to "
             "what Moscow said were higher oil product exports, according to Russia’s ministry for the development of "
             "the Far East.")
EXPORTS = "UN sanctions meant to reduce the country’s legitimate exports by 90%."

UP, DOWN = Direction.up, Direction.down


@pytest.mark.parametrize(
    ("sentence", "surface", "direction", "factor", "qualifier"),
    [
        (TRADE_001, "doubled", UP, 2, Qualifier.more_than),
        (TRADE_000, "double", UP, 2, None),
        (TRADE_004, "doubled", UP, 2, None),
        ("Sales halved last year.", "halved", DOWN, 0.5, None),
        ("Sales tripled last year.", "tripled", UP, 3, None),
        ("Output quadrupled.", "quadrupled", UP, 4, None),
        ("Sales nearly doubled.", "doubled", UP, 2, Qualifier.approximately),
    ],
)
def test_multiplier_words_are_change_claims(claim, sentence, surface, direction, factor, qualifier):
    c = claim(sentence, surface)
    assert (c.kind, c.value, c.qualifier) == (ClaimKind.change, factor, qualifier)
    assert (c.change.direction, c.change.factor, c.change.qualifier) == (direction, factor, qualifier)
    assert c.canonical.dimension == "change"


@pytest.mark.parametrize(
    ("sentence", "surface", "role", "direction", "factor"),
    [
        (TRADE_001, "$31.4 million", "to", UP, 2),
        (TRADE_004, "$31.4 million", "to", UP, 2),
        (EXPORTS, "90%", "by", DOWN, 0.1),
        ("Exports rose 20% to $120 million from $90 million last year.", "20%", "by", UP, 1.2),
        ("Exports rose 20% to $120 million from $90 million last year.", "$120 million", "to", UP, 1.2),
        ("Sales fell 15% last year.", "15%", "by", DOWN, 0.85),
        ("Sales rose 20 percent.", "20 percent", "by", UP, 1.2),
        ("Imports rose by 5% to 300 tonnes.", "300 tonnes", "to", UP, 1.05),
        ("Costs rose to $5 million.", "$5 million", "to", UP, None),
    ],
)
def test_figures_in_a_change_carry_their_role_and_the_relation(claim, sentence, surface, role, direction, factor):
    c = claim(sentence, surface)
    assert (c.role, c.change.direction) == (role, direction)
    assert c.change.factor == (pytest.approx(factor) if factor else None)


@pytest.mark.parametrize(
    ("sentence", "surface", "direction"),
    [
        ("The DAX increased by 2 percent but the Nasdaq decreased by 1 percent.", "1 percent", DOWN),
        ("The DAX increased by 2 percent but the Nasdaq decreased by 1 percent.", "2 percent", UP),
        ("Sales rose to $5 million as costs fell to $3 million.", "$3 million", DOWN),
        ("Bitcoin plummeted to $34,935.", "$34,935", DOWN),
        ("Growth is forecast to slow to 4.7 percent.", "4.7 percent", DOWN),
    ],
)
def test_a_figure_belongs_to_the_nearest_change_verb(claim, sentence, surface, direction):
    assert claim(sentence, surface).change.direction is direction


def test_the_more_than_of_more_than_doubled_reaches_the_new_level(claim):
    assert claim(TRADE_001, "$31.4 million").change.qualifier is Qualifier.more_than


def test_the_old_level_is_role_from(claim):
    c = claim("Exports rose 20% to $120 million from $90 million last year.", "$90 million")
    assert (c.role, c.change) == ("from", None)


@pytest.mark.parametrize(
    ("sentence", "levels", "direction"),
    [
        ("Exports rose from $90 million to $120 million.", [("$90 million", 9e7), ("$120 million", 1.2e8)], UP),
        ("Exports fell from $120 million to $90 million.", [("$120 million", 1.2e8), ("$90 million", 9e7)], DOWN),
        ("The force grew from 10,000 to 100,000 troops.", [("10,000", 1e4), ("100,000", 1e5)], UP),
        ("Turnout fell from 60 to 45 percent.", [("60", 60), ("45 percent", 45)], DOWN),
        ("Prices rose from $5 to $6 million.", [("$5", 5e6), ("$6 million", 6e6)], UP),
        ("The chocolate bar has shrunk from 200g to 180g.", [("200g", 200), ("180g", 180)], DOWN),
    ],
)
def test_from_x_to_y_after_a_change_verb_is_two_levels_not_a_range(claims, sentence, levels, direction):
    old, new = claims(sentence)
    assert [(old.surface, old.value), (new.surface, new.value)] == levels
    assert (old.role, new.role, new.change.direction) == ("from", "to", direction)
    assert old.low is old.high is new.low is new.high is None


def test_by_x_to_y_with_both_units_written_is_the_amount_and_the_new_level(claims):
    amount, level = claims("The US trade deficit increased by $43.6 billion to $419.2 billion.")
    assert [(c.surface, c.value, c.role) for c in (amount, level)] == [
        ("$43.6 billion", 4.36e10, "by"), ("$419.2 billion", 4.192e11, "to"),
    ]


def test_spreads_tighten_and_widen(claims):
    """quantulum3 reads "15 bps to 310 bps" as a range in bits per second; after a change verb it is a
    change and the level reached."""
    amount, level = claims("Spreads on high-yield bonds tightened 15 bps to 310 bps over Treasuries.")
    assert [(c.value, c.unit, c.role, c.change.direction) for c in (amount, level)] == [
        (15, "basis point", "by", DOWN), (310, "basis point", "to", DOWN),
    ]


def test_by_x_to_y_with_the_unit_written_once_is_a_range_of_change(claim):
    c = claim("World temperatures dropped by 1 to 1.5 degrees Celsius.", "1 to 1.5 degrees Celsius")
    assert (c.low, c.high, c.role, c.change.direction) == (1, 1.5, "by", DOWN)


def test_more_than_doubled_from_x_to_y_states_both_levels_and_the_factor(claims):
    doubled, old, new = claims("Exports more than doubled from $12 million to $31.4 million.")
    assert (old.role, old.value, new.role, new.value) == ("from", 1.2e7, "to", 3.14e7)
    assert (new.change.factor, new.change.qualifier) == (2, Qualifier.more_than)


@pytest.mark.parametrize(
    ("sentence", "surface", "fraction", "direction", "factor"),
    [
        ("Sales fell by a third.", "a third", 1 / 3, DOWN, 2 / 3),
        ("The workforce shrank by half.", "half", 0.5, DOWN, 0.5),
        ("Exports fell by two-thirds.", "two-thirds", 2 / 3, DOWN, 1 / 3),
        ("Costs were cut by a quarter.", "a quarter", 0.25, DOWN, 0.75),
        ("Membership rose by a fifth.", "a fifth", 0.2, UP, 1.2),
    ],
)
def test_fractions_of_change_are_amounts_with_a_multiplier(claim, sentence, surface, fraction, direction, factor):
    """"fell by a third" changes by 1/3, so the new level is 2/3 of the old one."""
    c = claim(sentence, surface)
    assert (c.kind, c.role, c.value) == (ClaimKind.change, "by", pytest.approx(fraction))
    assert (c.change.direction, c.change.factor) == (direction, pytest.approx(factor))


def test_a_fraction_of_change_reaches_the_new_level(claim):
    c = claim("Exports fell by a third to 300 tonnes.", "300 tonnes")
    assert (c.role, c.change.direction, c.change.factor) == ("to", DOWN, pytest.approx(2 / 3))


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia is even playing a “double game,” the report said.",
        "But Moscow is also playing a fraught double game, by quietly offering North Korea a slender lifeline.",
        "He rose to power in 2011.",
    ],
)
def test_idioms_and_dates_are_not_changes(claims, sentence):
    assert [c for c in claims(sentence) if c.kind is not ClaimKind.date or c.change] == []


def test_a_level_without_a_change_word_has_no_relation(claim):
    c = claim("Trade between the two nations reached $31.4 million.", "$31.4 million")
    assert (c.change, c.role) == (None, None)


@pytest.mark.parametrize(
    ("sentence", "surface", "direction"),
    [
        ("At the close: FTSE +0.4%, DAX +1.2%.", "+0.4%", Direction.up),
        ("At the close: FTSE +0.4%, CAC -0.6%.", "-0.6%", Direction.down),
        ("Shares recovered after plunging 40% in March.", "40%", Direction.down),
        ("The index ended the week slipping 3% lower.", "3%", Direction.down),
    ],
)
def test_a_signed_percentage_and_ing_verbs_state_a_change(claim, sentence, surface, direction):
    c = claim(sentence, surface)
    assert (c.role, c.change.direction) == ("by", direction)


@pytest.mark.parametrize(
    ("sentence", "surface", "qualifier"),
    [
        ("Turnout was just under 40 percent.", "40 percent", Qualifier.less_than),
        ("The bridge cost just over $2 million.", "$2 million", Qualifier.more_than),
        ("As many as 30 homes were flooded.", "30", Qualifier.at_most),
    ],
)
def test_one_sided_bounds(claim, sentence, surface, qualifier):
    assert claim(sentence, surface).qualifier is qualifier


def test_a_verb_then_two_sums_is_an_amount_and_a_level(claims):
    found = [(c.value, c.role, c.unit) for c in claims("Copper rose $45 to $9,120 a tonne.")]
    assert found == [(45, "by", "dollar per tonne"), (9120, "to", "dollar per tonne")]


def test_a_verb_then_a_range_with_one_unit_stays_a_range(claim):
    c = claim("Premiums rose 4 to 6 percent.", "4 to 6 percent")
    assert (c.low, c.high) == (4, 6)


def test_a_change_restated_after_or_is_the_same_change(claim):
    c = claim("The index lost 310 points, or 1.2%, on Friday.", "1.2%")
    assert (c.role, c.change.direction) == ("by", Direction.down)


def test_k_after_a_number_is_thousands(claim):
    assert claim("Some 45k fans packed the stadium.", "45k").value == 45_000


def test_money_raised_is_no_rise(claim):
    c = claim("They raised $40m in a Series B round.", "$40m")
    assert (c.role, c.change) == (None, None)
    assert claim("The bank raised rates by 0.25%.", "0.25%").change.direction is Direction.up


@pytest.mark.parametrize(
    ("sentence", "surface", "direction"),
    [
        ("Japan recorded a 26 per cent rise on the year.", "26 per cent", UP),
        ("Pay goes to $52,000, a $4,500 increase.", "$4,500", UP),
        ("The Model Y now starts at $47,990, a cut of $2,000.", "$2,000", DOWN),
        ("It was a sharp 3 percent drop.", "3 percent", DOWN),
    ],
)
def test_a_change_stated_by_a_noun(claim, sentence, surface, direction):
    c = claim(sentence, surface)
    assert (c.role, c.change.direction) == ("by", direction)


def test_a_plural_noun_of_something_is_no_change(claim):
    assert claim("He cooked 3 cuts of beef.", "3").change is None


@pytest.mark.parametrize(
    ("sentence", "surface", "direction"),
    [
        ("Pernod said sales dropped 4%, with the US off 8% .", "8%", DOWN),
        ("The IMF is trimming its forecast by 0.2 percentage points.", "0.2 percentage points", DOWN),
        ("The TA-25 index ended down 1% at 1,463.78 points.", "1%", DOWN),  # "ended" takes no particle "down"
        ("The Dow ended up 0.5% on Friday.", "0.5%", UP),
    ],
)
def test_more_change_verbs(claim, sentence, surface, direction):
    assert claim(sentence, surface).change.direction is direction


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [("Orsted will write down 28.4 billion Danish crowns.", "28.4 billion Danish crowns"),
     ("He shaved off 2 seconds.", "2 seconds")],
)
def test_a_particle_off_or_down_is_no_fall(claim, sentence, surface):
    assert claim(sentence, surface).change is None


@pytest.mark.parametrize(
    ("sentence", "pairs"),
    [
        ("The NHS waiting list fell by 38,000 to 7.5 million in August.", [(38_000, "by"), (7_500_000, "to")]),
        ("Waiting lists at the trust have fallen by 4,100 to 61,300.", [(4_100, "by"), (61_300, "to")]),
    ],
)
def test_ends_an_order_of_magnitude_apart_are_an_amount_and_a_level(claims, sentence, pairs):
    assert [(c.value, c.role) for c in claims(sentence)] == pairs


def test_a_range_of_amounts_after_by_stays_a_range(claim):
    c = claim("Temperatures could rise by 2 to 5 degrees.", "2 to 5 degrees")
    assert (c.low, c.high) == (2, 5)


@pytest.mark.parametrize(
    ("sentence", "surface", "direction"),
    [
        ("India's economy is expected to expand 6.5% this year.", "6.5%", UP),
        ("The peso was devalued by 54% .", "54%", DOWN),
    ],
)
def test_expand_and_devalue(claim, sentence, surface, direction):
    assert claim(sentence, surface).change.direction is direction


@pytest.mark.parametrize(
    ("sentence", "surface", "direction"),
    [
        ("Sharma struck 142 off 131 balls.", "131", None),  # "off" is a fall of a percentage or a sum, not of balls
        ("It cuts a 10-80 per cent top-up to 28 minutes.", "28 minutes", DOWN),  # "top-up" is a noun; "cuts" governs
    ],
)
def test_off_a_count_and_a_verb_after_a_hyphen(claim, sentence, surface, direction):
    change = claim(sentence, surface).change
    assert (change.direction if change else None) is direction


def test_revised_upward_by_is_a_rise(claim):
    c = claim("Operating profit of Y=880 billion was revised upward by Y=40 billion.", "Y=40 billion")
    assert (c.change.direction, c.role) == (UP, "by")


@pytest.mark.parametrize(
    ("sentence", "surface", "direction"),
    [
        ("Japan's economy shrank at an annualised 2.1% in the quarter.", "2.1%", Direction.down),
        ("The rupee weakens 0.2% to 83.29 per dollar.", "0.2%", Direction.down),
    ],
)
def test_more_ways_to_state_a_change(claim, sentence, surface, direction):
    c = claim(sentence, surface)
    assert (c.change.direction, c.role) == (direction, "by")


def test_an_annualised_rate_is_a_level(claim):
    assert claim("GDP grew at an annualised rate of 3.1% in the quarter.", "3.1%").role is None
