import pytest
from quantulum3 import load, no_classifier

from factcheck.extract import quantulum

TEXTS = [
    "The parcel weighed 8 pounds at the depot.",
    "He was fined 500 pounds by the court in London.",
    "The ship carried 40,000 tons of grain in 40 minutes.",
    "The file is 3 Mb, the bill 300 ¥ and the pressure 5 Pa.",
    "",
]


def ambiguous() -> list[list]:
    units = load.units("en_US")
    return [list(c) for table in (units.surfaces_lower, units.symbols) for c in table.values() if len(c) > 1]


@pytest.mark.parametrize("text", TEXTS)
def test_same_pick_as_quantulum3(text):
    candidates = ambiguous()
    assert len(candidates) > 20
    for units in candidates:
        assert quantulum.disambiguate(units, text) == no_classifier.disambiguate_no_classifier(units, text)


def test_quantulum3_left_as_shipped():
    shipped = no_classifier.disambiguate_no_classifier
    assert [q.unit.name for q in quantulum.parse("It weighed 8 pounds.")] == ["pound-mass"]
    assert no_classifier.disambiguate_no_classifier is shipped
