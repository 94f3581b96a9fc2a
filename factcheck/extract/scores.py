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

# Verbs of an outcome: a score after one (within four words: "beat the world No 14 6-2") is the result.
_FINAL_VERBS = (
    r"won|wins?|beat|beats|beaten|defeated|defeats?|lost|loses?|drew|draws?|edged|edges|thrashed|routed|crushed|downed|"
    r"swept|sweeps?|stunned|upset|ruled|rules|voted|votes|passed|approved|rejected|confirmed|finished|ended"
)
# Words of a score on the way, or that name one.
_RUNNING_WORDS = (
    r"losing|tied|ties?|level|levelled|trail|trails|trailed|trailing|led|leads?|leading|scoreline|score|advanced|"
    r"came\s+from|come\s+from|victory|defeat|loss"
)
_FINAL_NOUNS = r"win|wins|victory|victories|loss|losses|defeat|defeats|draw|decision|ruling|verdict|triumph|thrashing|rout"
_RUNNING_NOUNS = r"lead|tie|vote|majority|margin|scoreline|advantage|aggregate|home|away|down|up|final|series|count"
# Betting odds are written the same way: "the 5-1 favourite", "a 12-1 outsider".
_ODDS_NOUNS = r"favourites?|favorites?|outsiders?|shots?|chance|odds"
SCORE = re.compile(
    r"(?<![\w.,$€£¥/:-])(?P<a>\d{1,3})(?:\s?[-–]|(?P<to>\s+to\s+))(?P<b>\d{1,3})(?![\w%/:-]|[.,]\d)"
)
_WITHIN = r"(?:\s+[\w'’.&-]+){0,4}\s+$"
_FINAL_BEFORE = re.compile(rf"(?i:\b(?:{_FINAL_VERBS})\b{_WITHIN})")
_BEFORE = re.compile(
    rf"(?i:\b(?:{_FINAL_VERBS}|{_RUNNING_WORDS})\b{_WITHIN}|\d\s?[-–]\d{{1,3}},?\s+(?:and\s+)?$)"  # "won 6-4, 7-6"
    r"|\b[A-Z][a-z]+\s+$"  # between two names: "Redbridge 3-1 Castleford"
)
_FINAL_AFTER = re.compile(rf"\s+(?i:{_FINAL_NOUNS})\b")
_AFTER = re.compile(rf"\s+(?i:{_FINAL_NOUNS}|{_RUNNING_NOUNS})\b")
_ODDS_AFTER = re.compile(rf"\s+(?i:{_ODDS_NOUNS})\b")
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
# A tally is written "31 to 7" only after a vote: "the Senate voted 31 to 7".
_TALLY_BEFORE = re.compile(r"(?i:\b(?:voted|votes|passed|approved|rejected|ruled|split)\b(?:\s+[\w'’.&-]+){0,3}\s+$)")
# What makes the two numbers a range of something after all: "won 2-3 seats", "lost 10-15 per cent".
_MEASURED = re.compile(r"\s?(?:%|(?i:per\s?cent|percent|pc|pct|million|billion|thousand|bn|m)\b)|\s+(?P<word>[A-Za-z]+)")


def score(m: re.Match[str]) -> Figure | None:
    text = m.string
    window = max(0, m.start() - 60)
    if m["to"] and not _TALLY_BEFORE.search(text, window, m.start()):
        return None
    subject = "score"
    if _ODDS_AFTER.match(text, m.end()):
        subject = "odds"
    elif not _AFTER.match(text, m.end()):
        measured = _MEASURED.match(text, m.end())
        if measured and (not measured["word"] or is_plural(measured["word"])):
            return None
        before = _BEFORE.search(text, window, m.start())
        if not before or before.group().strip()[:1].isupper() and not _NAME_AFTER.match(text, m.end()):
            return None
    if subject == "score" and (_FINAL_AFTER.match(text, m.end()) or _FINAL_BEFORE.search(text, window, m.start())
                               or m["to"]):
        subject = "result"
    return Figure(m.start(), m.end(), ClaimKind.score, sides=[int(m["a"]), int(m["b"])], extra={"subject": subject})
