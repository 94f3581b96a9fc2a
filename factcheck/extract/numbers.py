"""Reading numerals as written in news: digit grouping, scale words, and the precision they state."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

SCALES = {
    "thousand": 1e3, "k": 1e3,
    "million": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6, "mm": 1e6,  # "MM": US finance's million ("30 MMUSD")
    "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9,  # "bln", "mln": wire-service spellings
    "trillion": 1e12, "tn": 1e12, "trn": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,  # South Asian scales: "Rs 500 crore"
    "lakh crore": 1e12, "lakh crores": 1e12,  # "Rs 7.8 lakh crore"
}
# After a currency any abbreviation is a scale ("$13.6M", "£20m"); after a bare number "m" is metres.
SCALE_WORDS = r"(?i:trillion|billion|million|thousand|lakh\s+crores?|crores?|lakhs?|bln|bn|trn|tn|mn|mln|m|k|b)\b"
BARE_SCALE_WORDS = r"(?:(?i:trillion|billion|million|thousand|lakh\s+crores?|crores?|lakhs?|bln|bn|tn|mn|mln)|M)\b"

# South Asian grouping by lakh and crore: "Rs 1,23,45,678", "2,50,000 people".
INDIAN_NUMERAL = r"\d{1,2}(?:,\d{2})+,\d{3}(?!\d)(?:\.\d+)?"
# Digits with comma, thin-space or space grouping ("816 000"), optional decimals.
NUMERAL = INDIAN_NUMERAL + r"|\d{1,3}(?:(?:,|\u202f|\u00a0| )\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_GROUP_SEP = re.compile(r"[,\u202f\u00a0 ]")


# Number words a figure may start with (quantulum3 reads them; "dozen" scales like "hundred").
NUMBER_WORDS = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
    "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "dozen",
}


def parse_numeral(text: str) -> float:
    return float(_GROUP_SEP.sub("", text))


def stated_step(numeral: str, scale: float = 1.0) -> float:
    """Place value of the last digit written: "31.4" million → 100,000; "10,000" → 1.

    A figure stated as 31.4 million means anything that rounds to it, 31.35–31.45 million.
    """
    digits = _GROUP_SEP.sub("", numeral)
    try:
        exponent = Decimal(digits).as_tuple().exponent
    except InvalidOperation:
        return 0.0
    return float(Decimal(1).scaleb(exponent)) * scale if isinstance(exponent, int) else 0.0


def scale_of(word: str | None) -> float:
    return SCALES.get(" ".join(word.lower().split()), 1.0) if word else 1.0


SMALL_NUMBERS = {w: float(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
SMALL_NUMBERS.update(thirty=30.0, forty=40.0, fifty=50.0, sixty=60.0, seventy=70.0, eighty=80.0, ninety=90.0)
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
# A number below 100 in words: "five", "forty-five", "forty five".
WORDS_BELOW_100 = (
    rf"(?i:(?:{_TENS})(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine)\b)?|"
    + "|".join(sorted(SMALL_NUMBERS, key=len, reverse=True)) + ")"
)


def words_below_100(text: str) -> float:
    """"forty-five" → 45.0; the text is a match of ``WORDS_BELOW_100``."""
    return sum(SMALL_NUMBERS[w] for w in re.split(r"[\s-]+", text.lower()))
