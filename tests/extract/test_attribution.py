"""Who states a figure (Claim.attribution): the speaker the clause names, resolved through the alias table."""

from __future__ import annotations

import pytest

from factcheck.models import ClaimKind

SOLDIERS = ("While Russia placed the number of soldiers participating in the exercise, which also involved neighboring "
            "Belarus, at around 10,000, NATO estimates that the real number could’ve been closer to 100,000.")
MINISTRY = ("Trade between Russia and North Korea doubled to $31.4 million in the first quarter of 2017 thanks to what "
            "Moscow said were higher oil product exports, according to Russia’s ministry for the development of the "
            "Far East.")
EMBEDDED = ("Bilateral trade more than doubled to $31.4 million in the first quarter of 2017, due mainly to what "
            "Moscow said was higher oil product exports.")
KORTUNOV = ("“We have 5,000 troops there,” Andrey Kortunov, head of the Russian International Affairs Council, a "
            "think-tank close to the Russian Foreign Ministry, told Reuters.")


@pytest.mark.parametrize(
    ("sentence", "surface", "actor"),
    [
        (SOLDIERS, "10,000", "russia"),
        (SOLDIERS, "100,000", "nato"),
        ("NATO estimates that 100,000 troops took part.", "100,000", "nato"),
        (MINISTRY, "doubled", "russia"),
        (MINISTRY, "$31.4 million", "russia"),
        ("Moscow said 5,000 troops took part.", "5,000", "russia"),
        ("Trade rose to $5 million, Moscow said.", "$5 million", "russia"),
        ("According to the Kremlin, 5,000 troops took part.", "5,000", "russia"),
        ("The Kremlin believes 400 people died.", "400", "russia"),
        ("Pyongyang said it fired 3 missiles.", "3", "north korea"),
        ("The White House said 40 people were arrested.", "40", "united states"),
        ("Russia said 10,000 took part, while NATO said 100,000 took part.", "10,000", "russia"),
        ("Russia said 10,000 took part, while NATO said 100,000 took part.", "100,000", "nato"),
        ("“At least 8 ships left,” the report said.", "8", "report"),
        ("Police said 12 people were hurt.", "12", "police"),
    ],
)
def test_the_speaker_of_a_figure(claim, sentence, surface, actor):
    assert claim(sentence, surface).attribution == actor


@pytest.mark.parametrize(
    ("sentence", "surface", "actor"),
    [
        (KORTUNOV, "5,000", "andrey kortunov"),
        ("“We have 5,000 troops there,” a Russian official told Reuters.", "5,000", "russia"),
        ("“Exports fell 20%,” Kortunov told Reuters.", "20%", "kortunov"),
    ],
)
def test_told_reuters_attributes_to_the_speaker_not_the_outlet(claim, sentence, surface, actor):
    assert claim(sentence, surface).attribution == actor


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        (EMBEDDED, "$31.4 million"),
        (EMBEDDED, "doubled"),
        ("Vladivostok, a strategic port city of 600,000 people, is only about 100 km from the border.", "600,000"),
    ],
)
def test_no_speaker_no_attribution(claim, sentence, surface):
    """"what Moscow said was higher oil exports" vouches for the cause, not for the figure."""
    assert claim(sentence, surface).attribution is None


def test_the_report_said_after_reuters_reported_is_reuters(seed, claims):
    by_surface = {c.surface: c for c in claims(seed("000"))}
    assert by_surface["eight"].attribution == "reuters"
    assert by_surface["eight"].attribution_surface == "the report said"
    assert by_surface["$31.4 million"].attribution == "reuters"
    assert by_surface["tens of thousands"].attribution is None


def test_the_report_said_without_an_outlet_stays_the_report(claim):
    assert claim("“At least 8 ships left,” the report said.", "8").attribution == "report"


def test_dates_never_carry_an_attribution(claims):
    found = claims("Moscow said on March 3, 2017 that 5,000 troops took part.")
    assert [(c.kind, c.attribution) for c in found] == [(ClaimKind.date, None), (ClaimKind.count, "russia")]
