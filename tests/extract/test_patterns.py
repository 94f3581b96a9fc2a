import json
import re
from pathlib import Path

import pytest
from quantulum3 import regex

from factcheck.extract import patterns, quantulum

BENCHMARKS = Path(__file__).resolve().parents[2] / ".." / "shared" / "benchmarks"
TRICKY = [
    "a 5 μm chip beside a 3 µm one, 10 Ω and 10 Ω resistors",  # Greek mu / micro sign, omega / ohm sign
    "2 MB, 2 Mb, 2 mb and 2 mB", "3 km/h, 3 kmph, 3 km per hour, 3 km", "60 mi, 60 miles, 60 mi.",
    "one hundred and five million, a dozen, twenty-one, AT&T, a half, minus ten",
    "Area51 and ¾ cup, -4.5 C, +3, .5%, 1,000,000 and 1 000 000", "",
]


def sentences() -> list[str]:
    """quantulum3's own test sentences and NewsQuant (read in place; skipped without ../shared)."""
    texts = list(TRICKY)
    for name, field in (("quantulum3_tests/quantities.json", "req"), ("quantulum3_tests/quantities.ambiguity.json", "req"),
                        ("newsquant/NewsQuant.json", "text")):
        if not (BENCHMARKS / name).exists():
            pytest.skip(f"benchmark data not found at {BENCHMARKS} (outside the repository)")
        texts += [item[field] for item in json.loads((BENCHMARKS / name).read_text("utf-8"))]
    return texts


def matches(pattern: re.Pattern, texts: list[str]) -> list:
    return [[(m.span(), m.groups()) for m in pattern.finditer(text)] for text in texts]


@pytest.fixture(scope="module")
def shipped():
    quantulum.parse("")  # quantulum3's operators in a fixed order, as for every parse
    return regex.units_regex("en_US"), regex.text_pattern_reg("en_US")


def test_units_pattern_finds_the_same_matches(shipped):
    units, _ = shipped
    faster = patterns.units_regex(units)
    texts = sentences()
    assert faster is not units  # the tries replaced the alternations
    assert matches(faster, texts) == matches(units, texts)


def test_units_pattern_read_from_the_pattern_not_the_tables(shipped):
    """quantulum3's tables gain keys as it looks units up ("pounds"); the alternation it compiled does not."""
    units, _ = shipped
    quantulum.parse("It weighed 8 pounds and cost 5 pounds.")
    assert patterns.units_regex.__wrapped__(units) is not units


def test_number_words_pattern_finds_the_same_matches(shipped):
    _, numbers = shipped
    texts = sentences()
    assert matches(patterns.number_words_regex(numbers), texts) == matches(numbers, texts)


@pytest.mark.parametrize(("words", "text", "expected"), [
    (["km", "kmph", "k", "Km/h"], "3 KMPH", "KMPH"),  # the longest that matches, whatever the case
    (["km", "kmph", "k", "Km/h"], "3 km/hr", "km/h"),
    (["µm", "m"], "5 μm", "μm"),  # micro sign and Greek mu are one letter to IGNORECASE
    (["ab", "a"], "3 ac", "a"),
])
def test_trie_prefers_longer_words_as_the_alternation_does(words, text, expected):
    longest_first = sorted(words, key=len, reverse=True)
    for alternation in (patterns.trie(longest_first), "|".join(map(re.escape, longest_first))):
        assert re.search(rf"\d\ (?:{alternation})", text, re.VERBOSE | re.IGNORECASE).group(0)[2:] == expected


def test_quantulum3_patterns_left_as_shipped(shipped):
    quantulum.parse("It weighed 8 pounds.")
    assert (regex.units_regex("en_US"), regex.text_pattern_reg("en_US")) == shipped
