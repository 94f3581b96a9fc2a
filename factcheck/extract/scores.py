"""Scores and split decisions: "beat Brentford 3-2", "a 128-119 loss", "ruled 6-3", "won 6-4, 7-6".

Two numbers joined by a dash are a range ("2-3 million", "15-22 mph") unless the words around them
say a result: a verb of winning, losing or deciding a little before, or a result noun right after.
The sides are kept as written, since "3-2" and "2-3" are different results. A score said to be the
outcome ("beat", "won", "a 3-1 win", "ruled 6-3") is the subject "result", which outlets can be held to;
a score on the way ("from 2-0 down", "a 5-4 lead", "tied at 2-2") is just a "score".
"""

from __future__ import annotations

import re

from factcheck.extract.figure import Figure
from factcheck.extract.lemmas import is_plural
from factcheck.models import ClaimKind

_RESULT_WORDS = (
    r"won|wins?|beat|beats|beaten|defeated|defeats?|lost|loses?|losing|drew|draws?|tied|ties?|level|levelled|trail|"
    r"trails|trailed|trailing|led|leads?|leading|ruled|rules|voted|votes|edged|edges|thrashed|routed|crushed|downed|"
    r"swept|sweeps?|stunned|upset|scoreline|score|advanced|finished|ended|came\s+from|come\s+from|victory|defeat|loss"
)
_RESULT_NOUNS = (
    r"win|wins|victory|victories|loss|losses|defeat|defeats|lead|draw|tie|decision|ruling|vote|verdict|majority|"
    r"margin|scoreline|advantage|triumph|thrashing|rout|aggregate|home|away|down|up|final|series|count"
)
SCORE = re.compile(r"(?<![\w.,$€£¥/:-])(?P<a>\d{1,3})\s?[-–](?P<b>\d{1,3})(?![\w%/:-]|[.,]\d)")
# A result word at most three words before the score in the same clause, or a score just before it ("won
# 6-4, 7-6"); a result noun right after it ("a 5-4 lead", "a 128-119 loss", "from 2-0 down").
_BEFORE = re.compile(rf"(?i:\b(?:{_RESULT_WORDS})\b(?:\s+[\w'’.&-]+){{0,3}}\s+$|\d\s?[-–]\d{{1,3}},?\s+(?:and\s+)?$)")
_AFTER = re.compile(rf"\s+(?i:{_RESULT_NOUNS})\b")
# The words that make a score the outcome, before it and after it.
_FINAL_BEFORE = re.compile(
    r"(?i:\b(?:won|wins?|beat|beats|beaten|defeated|defeats?|lost|loses?|drew|draws?|edged|edges|thrashed|routed|"
    r"crushed|downed|swept|sweeps?|stunned|upset|ruled|rules|voted|votes|finished|ended)\b(?:\s+[\w'’.&-]+){0,3}\s+$)"
)
_FINAL_AFTER = re.compile(r"\s+(?i:win|victory|defeat|loss|draw|decision|ruling|verdict|triumph|thrashing|rout)\b")
# What makes the two numbers a range of something after all: "won 2-3 seats", "lost 10-15 per cent".
_MEASURED = re.compile(r"\s?(?:%|(?i:per\s?cent|percent|pc|pct|million|billion|thousand|bn|m)\b)|\s+(?P<word>[A-Za-z]+)")


def score(m: re.Match[str]) -> Figure | None:
    text = m.string
    if not _AFTER.match(text, m.end()):
        measured = _MEASURED.match(text, m.end())
        if measured and (not measured["word"] or is_plural(measured["word"])):
            return None
        if not _BEFORE.search(text, max(0, m.start() - 60), m.start()):
            return None
    final = _FINAL_AFTER.match(text, m.end()) or _FINAL_BEFORE.search(text, max(0, m.start() - 60), m.start())
    return Figure(m.start(), m.end(), ClaimKind.score, sides=[int(m["a"]), int(m["b"])],
                  extra={"subject": "result" if final else "score"})
