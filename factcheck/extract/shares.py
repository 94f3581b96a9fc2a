"""Shares stated in words: "a third of the population", "almost half of which", "one in five adults",
"3 in 10 Americans", "3 out of 10 voters".

A share is a percentage claim (a third is 33.3%), so "a third of voters" and "33% of voters" compare.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.extract.lexicon import lexicon, words_regex

_DENOMINATORS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


@cache
def share_regex() -> re.Pattern[str]:
    """"<fraction> of", "<k> in <n>" or "<k> out of <n>"; not "the first half of", "the other half of", "by half"
    or "3 in 10 minutes", nor the end of a score ("fell 6-5 in 10 innings")."""
    words = words_regex([w for w in lexicon().fraction_words])
    denominators = "|".join([*_DENOMINATORS, r"\d{1,3}"])
    return re.compile(
        rf"(?<!\bfirst )(?<!\bsecond )(?<!\bother )(?<!\blatter )(?<!\bformer )(?<!\bthe )(?<!\bby )(?<!\bone )(?<![-–])"
        rf"\b(?:(?P<fraction>(?i:{words}))(?=\s+of\b)|(?P<k1>(?i:{denominators}|one))\s+(?i:in)\s+(?P<n>{denominators})\b"
        rf"(?![.,]\d|\s+(?i:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b)"
        rf"|(?P<k>(?i:{denominators}|one))\s+(?i:out\s+of)\s+(?P<n2>(?i:{denominators}))\b(?![.,]\d))"
    )


def share_value(m: re.Match[str]) -> float:
    """The share a match states, in percent."""
    if m["fraction"]:
        return 100 * lexicon().fraction_words[" ".join(m["fraction"].lower().split())]
    def number(word: str) -> int:
        word = word.lower()
        return 1 if word == "one" else _DENOMINATORS[word] if word in _DENOMINATORS else int(word)

    if m["n2"]:  # "3 out of 10"
        return 100 * number(m["k"]) / number(m["n2"])
    return 100 * number(m["k1"]) / number(m["n"])  # "one in five", "3 in 10"
