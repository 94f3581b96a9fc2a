"""A bare figure that leaves out its unit takes the measure of the figure it repeats (Claim.measure_from)."""

from __future__ import annotations

import pytest

from factcheck.models import ClaimKind


@pytest.mark.parametrize(
    ("sentence", "surface", "kind", "unit", "subject", "repeats"),
    [
        ("Maddon has dropped from 208 pounds to 193 by exercising.", "193", ClaimKind.quantity, "pound-mass", "maddon",
         "208 pounds"),
        ("The trust said 412 patients had waited more than 12 hours, up from 286 in the same month last year.", "286",
         ClaimKind.count, None, "patients", "412"),
        ("Residents rejected the levy by 1,842 votes to 1,307 on Saturday.", "1,307", ClaimKind.count, None, "votes",
         "1,842"),
        ("German DAX increased by 2 percent but Nasdaq decreased by 1.", "1", ClaimKind.percent, "percent", "nasdaq",
         "2 percent"),
        ("NHS figures show 7.6 million people in England were waiting, down from a peak of 7.77 million.",
         "7.77 million", ClaimKind.count, None, "people", "7.6 million"),
        ("He signed for 42 million euros ($45.6 million), with a further 8 million in add-ons.", "8 million",
         ClaimKind.money, "euro", "signed", "42 million euros"),
        ("She held the seat by 1,842 votes to 1,307, a majority of 535.", "535", ClaimKind.count, None, "votes",
         "1,842"),
        ("Samsung shipped 60.1 million smartphones, ahead of Apples 50.1 million.", "50.1 million", ClaimKind.count,
         None, "smartphones", "60.1 million"),
        ("The library will open for 32 hours a week instead of 45.", "45", ClaimKind.quantity, "hour per week", "library",
         "32 hours"),
        ("Dlamini was re-elected with 52,416 votes to challenger Ayanda Mokoenas 48,902.", "48,902", ClaimKind.count,
         None, "votes", "52,416"),
        ("The album sold 214,000 equivalent units, including 158,000 in traditional sales.", "158,000",
         ClaimKind.count, None, "units", "214,000"),
        ("The show pulled in 14.2 million viewers, nearly double the 7.5 million who watched in 2023.", "7.5 million",
         ClaimKind.count, None, "viewers", "14.2 million"),
        ("Rivenhall delivered 484,507 vehicles, ahead of the 438,000 analysts had forecast.", "438,000",
         ClaimKind.count, None, "vehicles", "484,507"),
        ("An estimated 2-3 million people have long Covid, and 1.2 million of them have had it for two years.",
         "1.2 million", ClaimKind.count, None, "people", "2-3 million"),
        ("The toll rose to 63, with 19 passengers still missing and 212 rescued.", "212", ClaimKind.count, None,
         "passengers", "19"),
        ("Labour won 63 seats, a gain of nine, on Thursday.", "nine", ClaimKind.count, None, "seats", "63"),
        ("Adults need seven to nine hours of sleep, but most teenagers get fewer than six.", "six",
         ClaimKind.quantity, "hour", "teenagers", "seven to nine hours"),
        ("Trains would run every 30 minutes rather than every 15 until 2pm.", "15", ClaimKind.quantity, "minute",
         "trains", "30 minutes"),
        ("At least 42 people were killed and more than 300 injured when the quake struck.", "300", ClaimKind.count,
         None, "people", "42"),
        ("The ministry said 312 soldiers had died, while monitors put the figure at closer to 900.", "900",
         ClaimKind.count, None, "soldiers", "312"),
        ("The final drew 59 million concurrent streams, up from 32 million a year earlier.", "32 million",
         ClaimKind.count, None, "streams", "59 million"),
        ("Lawmakers approved the bill by 312 votes to 268 late on Wednesday.", "268", ClaimKind.count, None, "votes",
         "312"),
        ("Employers added 187,000 jobs, fewer than the 200,000 economists had forecast.", "200,000", ClaimKind.count,
         None, "jobs", "187,000"),
        ("The city has 1,450 public chargers, well short of the 6,000 planners say it will need.", "6,000",
         ClaimKind.count, None, "chargers", "1,450"),
        ("Mileage has been creeping upward, from about 14-18 mpg to 24 for SUVs.", "24", ClaimKind.quantity,
         "mile per gallon", None, "14-18 mpg"),
    ],
)
def test_a_bare_figure_takes_the_measure_it_repeats(claims, sentence, surface, kind, unit, subject, repeats):
    found = {c.surface: c for c in claims(sentence)}
    claim = found[surface]
    assert (claim.kind, claim.unit, claim.subject) == (kind, unit, subject)
    assert claim.measure_from == found[repeats].id


def test_the_old_level_repeats_the_figure_of_its_own_order(claim):
    """"up from 286" compares with the 412 patients, not with the 12 hours between them."""
    sentence = "The trust said 412 patients had waited more than 12 hours, up from 286 in the same month last year."
    assert claim(sentence, "286").canonical.dimension == "count"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Pluristem rose 8.15% to 3.65 after reporting results.", "3.65"),  # a price after a change, not a percent
        ("Horsepower jumped from 240 to 273, and fuel economy improved.", "273"),  # nothing measured before it
        ("Sales rose 5% to 120 units, up from 2 in 2019.", "2"),  # sixty times smaller: no old level of the same
        ("The index fell 2.5 percent, or 250 points, and the Dow rose by 1.", "1"),  # a restatement is no parallel
        ("About 412 patients waited, up from 286 beds last year.", "286"),  # it names its own measure
        ("Japan welcomed 3.56 million visitors, as the yen, trading at around 151 to the dollar, drew shoppers.",
         "151"),  # no construction repeats a measure
    ],
)
def test_figures_that_repeat_no_measure_keep_their_own(claim, sentence, surface):
    assert claim(sentence, surface).measure_from is None


def test_a_restatement_in_brackets_is_not_what_the_text_goes_on_with(claim):
    sentence = "He signed for 42 million euros ($45.6 million), with a further 8 million in add-ons."
    assert claim(sentence, "8 million").currency == "EUR"


@pytest.mark.parametrize(
    ("sentence", "surface", "unit"),
    [
        ("A poll puts Labour on 44 per cent, the Conservatives on 23 and Reform UK on 15.", "23", "percent"),
        ("Scientists counted 1,457 nesting turtles, compared with fewer than 300 a decade ago.", "300", None),
    ],
)
def test_a_listed_figure_and_one_compared_after_a_bound(claim, sentence, surface, unit):
    c = claim(sentence, surface)
    assert c.measure_from is not None and c.unit == unit


@pytest.mark.parametrize(
    ("sentence", "surface", "subject", "unit"),
    [
        ("The Dow fell 212.4 points to 38,905.17 on Friday.", "38,905.17", "points", None),
        ("The halving cut block rewards to 3.125 bitcoin from 6.25 .", "6.25", None, "bitcoin"),
    ],
)
def test_a_level_in_the_points_it_moved_by_and_an_old_level_after_the_new(claim, sentence, surface, subject, unit):
    c = claim(sentence, surface)
    assert c.measure_from is not None and c.unit == unit and (subject is None or c.subject == subject)


def test_n_more_counts_what_came_before(claim):
    assert claim("Denmark delivered 19 F-16 jets, and the Netherlands has pledged 24 more.", "24").subject == "jets"
    assert claim("Sales rose 5% and 3 more stores opened.", "3").unit is None


@pytest.mark.parametrize(
    ("sentence", "surface", "subject"),
    [
        ("The Nikkei 225 rose 1.3 percent to 38,410.50, and the broader Topix added 0.9% to 2,701.2.", "2,701.2",
         "points"),
        ("Dow Jones Industrial Average closed down 412.6 points, or 1.1%, at 38,904.2.", "38,904.2", "points"),
        ("09:35 BST: FTSE 100 down 0.6% at 8,214; CAC 40 -1.1%.", "8,214", "points"),
        ("The Dow rose 1% as Boeing fell 5% to 120.", "120", None),
    ],
)
def test_a_stock_index_level_counts_points(claim, sentence, surface, subject):
    assert claim(sentence, surface).subject == subject


@pytest.mark.parametrize(
    ("sentence", "surface", "subject"),
    [
        ("Alvarez won 297 electoral votes to Senator Reids 241 and carried five states.", "241", "votes"),
        ("Canada added 90,400 jobs, more than four times the 20,000 economists had forecast.", "20,000", "jobs"),
    ],
)
def test_a_tally_or_a_multiple_takes_the_noun_of_the_figure_before(claim, sentence, surface, subject):
    assert claim(sentence, surface).subject == subject


def test_an_ing_word_before_a_plural_is_its_modifier_not_a_verb(claim):
    c = claim("Six first-team players and two coaching staff tested positive.", "two")
    assert (c.subject, c.measure_from) == ("staff", None)


@pytest.mark.parametrize(
    ("sentence", "surface", "unit", "subject"),
    [
        ("The Ravens rushed for 286 yards and Okoye threw for 198 more with two touchdowns.", "198", "yard", None),
        ("Tens of thousands of people marched, with organisers putting the crowd at 200,000.", "200,000", None, "people"),
    ],
)
def test_more_of_a_measure_and_a_crowd_put_at_a_figure(claim, sentence, surface, unit, subject):
    c = claim(sentence, surface)
    assert c.measure_from is not None and c.unit == unit and (subject is None or c.subject == subject)
