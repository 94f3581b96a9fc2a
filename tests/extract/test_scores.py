import pytest

from factcheck.models import ClaimKind


@pytest.mark.parametrize(
    ("sentence", "surface", "sides"),
    [
        ("Arsenal came from 2-0 down to beat Brentford 3-2 at the Emirates.", "2-0", [2, 0]),
        ("Arsenal came from 2-0 down to beat Brentford 3-2 at the Emirates.", "3-2", [3, 2]),
        ("The Supreme Court ruled 6-3 that the statute was unconstitutional.", "6-3", [6, 3]),
        ("Sokolova won 6-4, 7-6 to lift the trophy.", "7-6", [7, 6]),
        ("The Warriors gave up 71 points in the paint in a 128-119 loss at Denver.", "128-119", [128, 119]),
        ("The Mariners took a 5-4 lead in the eighth.", "5-4", [5, 4]),
        ("The Bisons lost 118-97 and fell to fourth.", "118-97", [118, 97]),  # quantulum3 adds it up: 215
    ],
)
def test_a_result_is_a_score_with_its_sides_as_written(claim, sentence, surface, sides):
    c = claim(sentence, surface)
    assert (c.kind, c.sides, c.value, c.canonical) == (ClaimKind.score, sides, None, None)


@pytest.mark.parametrize(
    ("sentence", "surface", "low", "high"),
    [
        ("Labour won 2-3 seats in the region.", "2-3", 2, 3),
        ("The storm was moving at 15-22 miles per hour.", "15-22 miles per hour", 15, 22),
        ("Prices rose 5-6 per cent last year.", "5-6 per cent", 5, 6),
    ],
)
def test_two_numbers_of_a_measured_thing_stay_a_range(claim, sentence, surface, low, high):
    c = claim(sentence, surface)
    assert (c.kind is ClaimKind.score, c.low, c.high, c.sides) == (False, low, high, None)


def test_a_dash_between_numbers_without_a_result_word_is_no_score(claims):
    assert not [c for c in claims("The 9-11 commission met in Room 4-12 on Tuesday.") if c.kind is ClaimKind.score]


@pytest.mark.parametrize(
    ("sentence", "surface", "subject"),
    [
        ("Arsenal came from 2-0 down to beat Brentford 3-2.", "2-0", "score"),
        ("Arsenal came from 2-0 down to beat Brentford 3-2.", "3-2", "result"),
        ("The Mariners took a 5-4 lead in the eighth.", "5-4", "score"),
        ("The Supreme Court ruled 6-3 that the statute stands.", "6-3", "result"),
        ("The Bulls sealed a 128-119 win in Denver.", "128-119", "result"),
    ],
)
def test_an_outcome_is_a_result_and_a_score_on_the_way_is_not(claim, sentence, surface, subject):
    assert claim(sentence, surface).subject == subject


@pytest.mark.parametrize(
    ("sentence", "surface", "sides", "subject"),
    [
        ("Redbridge 3-1 Castleford: Moreno hails late response.", "3-1", [3, 1], "score"),
        ("The measure passed the Senate 52-48 and heads to the House.", "52-48", [52, 48], "result"),
        ("The state Senate voted 31 to 7 to approve the package.", "31 to 7", [31, 7], "result"),
        ("The Chiefs are 3-1 favourites with most bookmakers.", "3-1", [3, 1], "odds"),
    ],
)
def test_headline_scores_tallies_and_odds(claim, sentence, surface, sides, subject):
    c = claim(sentence, surface)
    assert (c.kind, c.sides, c.subject) == (ClaimKind.score, sides, subject)


def test_a_tally_needs_a_vote(claim):
    assert claim("Prices rose 31 to 7 percent.", "31 to 7 percent").kind is ClaimKind.percent
