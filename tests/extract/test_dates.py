"""Dates and years are claims of their own kind (ISO, partial ISO, quarters, decades, intervals), never counts."""

from __future__ import annotations

import pytest

from factcheck.extract.dates import find_dates, weekday_of
from factcheck.models import ClaimKind


@pytest.mark.parametrize(
    ("sentence", "surface", "iso"),
    [
        ("Thursday, October 5, 2017\nBy Paul Martin", "Thursday, October 5, 2017", "2017-10-05"),
        ("ZeroHedge.com\nOct 5, 2017", "Oct 5, 2017", "2017-10-05"),
        ("The border crossing in Tumangan, North Korea July 18, 2014.", "July 18, 2014", "2014-07-18"),
        ("A man watches a television screen this Thursday, Aug. 10, 2017, file photo.", "Thursday, Aug. 10, 2017",
         "2017-08-10"),
        ("Kim Jong Un in this undated picture provided by KCNA in Pyongyang on August 25, 2017.", "August 25, 2017",
         "2017-08-25"),
        ("Bilateral trade more than doubled to $31.4 million in the first quarter of 2017.", "first quarter of 2017",
         "2017-Q1"),
        ("In 2011, President Vladimir Putin accused then U.S. Secretary of State Hillary Clinton.", "2011", "2011"),
        ("Military drills that began during the Soviet Union in the 1970s.", "1970s", "1970s"),
        ("Copyright © 2013 - 2019 West Wave Publishing, LTD", "2013 - 2019", "2013/2019"),
        ("ASHARQ AL-AWSAT English Archive 2005 -2017", "2005 -2017", "2005/2017"),
        ("Join the revolution in 2018.", "2018", "2018"),
        ("On 3 March 2017 the talks began.", "3 March 2017", "2017-03-03"),
        ("The talks began in March 2017.", "March 2017", "2017-03"),
        ("Results for Q1 2018 were poor.", "Q1 2018", "2018-Q1"),
        ("Profits rose in the second quarter of 2016.", "second quarter of 2016", "2016-Q2"),
        ("In 2016-17 the deficit grew.", "2016-17", "2016/2017"),
        ("The budget for 2016/17.", "2016/17", "2016/2017"),
        ("The 2016-19 plan failed.", "2016-19", "2016/2019"),
        ("The talks resume on March 3.", "March 3", "--03-03"),
        ("the fund held cash on sept. 30, and bonds.", "sept. 30", "--09-30"),
        ("the notes are due dec. 12, 1994, via hambros.", "dec. 12, 1994", "1994-12-12"),
        ("The first legs are on February 18 and 19.", "February 18 and 19", "--02-18"),
        ("Talks run March 3-5, 2024 in Paris.", "March 3-5, 2024", "2024-03-03"),
    ],
)
def test_dates_in_news_prose(claims, sentence, surface, iso):
    dates = [c for c in claims(sentence) if c.kind is ClaimKind.date]
    assert [(" ".join(c.surface.split()), c.date) for c in dates] == [(surface, iso)]
    assert (dates[0].value, dates[0].canonical, dates[0].attribution) == (None, None, None)


def test_a_stated_weekday_is_kept_for_checking(claim):
    c = claim("The summit opened on Friday, October 5, 2017.", "Friday, October 5, 2017")
    assert (c.date, c.weekday, weekday_of(c.date)) == ("2017-10-05", "Friday", "Thursday")


@pytest.mark.parametrize(
    "sentence",
    [
        "Last month, Russia stoked the US’s ire by hosting the “Zapad-2017” military drills.",
        "A Russian company began routing North Korean internet traffic this month.",
        "Cargoes this year have returned home; in recent weeks the rhetoric has ramped up.",
        "With Russia due to hold a presidential election in March, politicians fret.",
        "There were 2,017 people there.",
        "There were 1800 people and 1999 troops there.",
        "Turnout rose 2017% (a typo) and the fund held $2017.",
        "Shares may 30 times outsell bonds; troops will march 20 miles.",
        "Chelsea finished 12th last season and 3rd the year before.",
    ],
)
def test_not_dates(claims, sentence):
    found = [c.surface for c in claims(sentence) if c.kind is ClaimKind.date]
    assert found == []


@pytest.mark.parametrize(("text", "iso"), [("February 30, 2017", None), ("February 28, 2017", "2017-02-28")])
def test_impossible_calendar_dates_are_not_read_as_full_dates(text, iso):
    assert [d.iso for d in find_dates(text) if len(d.iso) == 10] == ([iso] if iso else [])


@pytest.mark.parametrize(("iso", "weekday"), [("2017-10-05", "Thursday"), ("2017-08-10", "Thursday"),
                                             ("2017-Q1", None), ("2017", None)])
def test_weekday_of(iso, weekday):
    assert weekday_of(iso) == weekday


@pytest.mark.parametrize(
    ("sentence", "iso"),
    [
        ("The mill has been closed since 2009 this spring included.", "2009"),
        ("The charity, set up in 2015 as a pilot, now runs ten shelters.", "2015"),
        ("Coastal towns may be under water by 2150, the study says.", "2150"),
        ("Revenue grew 15% a year, and in 2011 exceeds $4 billion.", "2011"),
        ("Keytruda's 2018 sales jumped 90 per cent.", "2018"),
    ],
)
def test_a_year_before_a_word_ending_in_s_is_still_a_year(claims, sentence, iso):
    dates = [c for c in claims(sentence) if c.kind is ClaimKind.date]
    assert [c.date for c in dates] == [iso]
    assert dates[0].surface == iso


def test_a_far_year_needs_a_preposition_of_time(claims):
    assert [c.kind for c in claims("The stadium holds 2150 fans.")] == [ClaimKind.count]
    assert [c.kind for c in claims("Ticket sales reached 2150 on Monday.")][0] is ClaimKind.count


def test_a_day_before_a_month_and_a_short_decade(claims):
    dates = [c.date for c in claims("Talks resume on 14 October, as in the ’80s.") if c.kind is ClaimKind.date]
    assert dates == ["--10-14", "1980s"]


def test_a_short_decade_without_its_apostrophe(claims):
    assert [c.date for c in claims("We are not the 90s Bulls, the coach said.")] == ["1990s"]


def test_a_span_of_days_does_not_swallow_a_count(claims):
    found = [(c.kind, c.surface) for c in claims("On May 3 and 4 people were hurt.")]
    assert found == [(ClaimKind.date, "May 3"), (ClaimKind.count, "4")]


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Glastonbury 2026 tickets sold out in 35 minutes.", ClaimKind.date),  # an edition
    ("In 2000 people died in the floods.", ClaimKind.count),
])
def test_a_year_after_a_name_is_an_edition_not_a_count(claims, sentence, kind):
    assert claims(sentence)[0].kind is kind
