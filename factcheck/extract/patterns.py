"""quantulum3's two scanning patterns, rebuilt to find the very same matches in a fraction of the time.

Most of quantulum3's time goes into two regexes, and both spend it on places that cannot match:

* Its units pattern tries each of its thousands of unit names in turn after every figure, in four
  unit slots. The names are literals matched case-insensitively, so Python's engine cannot skip a
  name by its first letter. As a trie, only the branch the next letter allows is tried. The names
  that match at one place are prefixes of one another (letters compared as the pattern compares
  them, ignoring case), and quantulum3 lists them longest first; a trie that follows a longer path
  before it stops tries them in that same order, so every match and every group is the same.
* Its spelled-number pattern tries 57 number words (one of them "a") at every character. A
  lookahead that admits only the places where a match can begin (a digit, sign or fraction; a number
  word at the start of a word, or just after a comma or space) skips the rest; the lookahead
  captures nothing and consumes nothing.

``quantulum.parse`` swaps these in for its own calls only; quantulum3 stays as it ships for anyone
else in the process. Tests compare every match with the shipped patterns' on quantulum3's own test
sentences and on NewsQuant.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

FRACTIONS = "¼½¾⅐⅑⅒⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"
NUMBER_START = rf"[-+.\d{FRACTIONS}]"  # how quantulum3's number pattern can begin
END = ""


def trie(words: Iterable[str]) -> str:
    """A capture-free regex matching what the alternation of ``words`` (longest first) matches
    under IGNORECASE, trying the same words in the same order."""
    words = list(words)
    canonical = _case_classes({ch for word in words for ch in word})
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(canonical[ch], {})
        node[END] = {}
    return _alternation(root)


def _case_classes(alphabet: set[str]) -> dict[str, str]:
    """Each letter's stand-in among the letters IGNORECASE takes for it ("M" and "m", "µ" and "μ")."""
    ordered = sorted(alphabet)
    return {ch: next(other for other in ordered if re.fullmatch(re.escape(ch), other, re.I)) for ch in ordered}


def _alternation(node: dict) -> str:
    branches = [re.escape(ch) + _alternation(child) for ch, child in node.items() if ch != END]
    if END in node:
        branches.append("")  # stopping here is the shorter word: tried after every longer one
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


# quantulum3's first unit slot, "(?P<unit1>(?:kilometre|km|...)", and one escaped name in it
UNIT_SLOT = re.compile(r"\(\?P<unit1>\(\?:((?:\\.|[^\\)])*)\)")
ESCAPED_NAME = re.compile(r"(?:\\.|[^\\|])+")


@cache
def units_regex(shipped: re.Pattern) -> re.Pattern:
    """quantulum3's ``units_regex`` (``shipped``) with its unit alternations as tries.

    The names are read from the pattern itself: quantulum3's unit tables gain keys as it looks
    units up, so a list rebuilt from them later is not the alternation it compiled."""
    slot = UNIT_SLOT.search(shipped.pattern)
    if slot is None:
        return shipped
    alternation = slot[1]
    escaped = ESCAPED_NAME.findall(alternation)
    names = [re.sub(r"\\(.)", r"\1", name, flags=re.S) for name in escaped]
    if "|".join(escaped) != alternation or any(len(a) < len(b) for a, b in zip(names, names[1:])):
        return shipped  # an empty name, or not longest first (the first listed would win): no trie
    return re.compile(shipped.pattern.replace(alternation, trie(names)), shipped.flags)


@cache
def number_words_regex(shipped: re.Pattern, lang: str = "en_US") -> re.Pattern:
    """quantulum3's ``text_pattern_reg`` (``shipped``) behind a lookahead for where it can begin."""
    from quantulum3 import regex

    words = "|".join(re.escape(word) for word in regex.numberwords(lang) if word)
    can_begin = rf"(?={NUMBER_START}|(?<!\w)(?:{words})(?!\w)|[,\ ](?:{words})(?!\w))"
    return re.compile(can_begin + shipped.pattern, shipped.flags)
