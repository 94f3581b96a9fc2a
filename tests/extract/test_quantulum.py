import os
import subprocess
import sys

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
        alphabetical = sorted(units, key=lambda unit: unit.name)  # ties go to the first name, whatever the hash seed
        assert quantulum.disambiguate(units, text) == no_classifier.disambiguate_no_classifier(alphabetical, text)


def test_quantulum3_left_as_shipped():
    shipped = no_classifier.disambiguate_no_classifier
    assert [q.unit.name for q in quantulum.parse("It weighed 8 pounds.")] == ["pound-mass"]
    assert no_classifier.disambiguate_no_classifier is shipped


def test_readings_do_not_change_with_the_hash_seed():
    """quantulum3 orders its operator alternations by set order; seed 4 once dropped "3x"."""
    script = ("from factcheck.extract import quantulum; "
              "print([(q.span, q.unit.name) for q in quantulum.parse('a 3x telephoto and a 12MP ultrawide')])")
    outputs = {
        subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                       env={**os.environ, "PYTHONHASHSEED": seed}, check=True).stdout
        for seed in ("1", "4")
    }
    assert len(outputs) == 1 and "(2, 4)" in outputs.pop()
