"""A bare figure that repeats an earlier figure's measure: "dropped from 208 pounds to 193", "by 1,842
votes to 1,307", "412 patients waited ..., up from 286", "the DAX rose 2 percent but the Nasdaq fell by 1",
"42 million euros, with a further 8 million in add-ons", "pledged 24 more", "a majority of 535",
"shipped 60.1 million phones, ahead of Apple's 50.1 million", "Labour on 44 per cent, the Conservatives on 23".

News leaves the unit out the second time; without it "193" is a count of nothing and cannot be
compared with another outlet's "193 pounds". Only a few constructions license the ellipsis, and the
figure must name nothing itself, so "up from 286 beds" keeps its beds.
"""

from __future__ import annotations

import math
import re
from functools import cache

from lemminflect import getAllLemmas

from factcheck.extract.lemmas import is_plural
from factcheck.extract.lexicon import lexicon, words_regex
from factcheck.extract.subjects import FORECAST_BY
from factcheck.models import Claim, ClaimKind
from factcheck.normalise import canonical

# What may follow a bare figure: punctuation, the end, or a word that starts a new phrase.
NOTHING_NAMED = re.compile(
    r"\s*(?:[,;:.)!?]|$|(?:in|on|at|for|from|to|by|with|while|whereas|and|but|as|after|before|last|this|a|an|the|"
    r"ahead|since|until|compared|against|over|under|or|than|when|where|which|who|a\s+year|earlier|late|early)\b)",
    re.I,
)
# Before a figure compared with an earlier one of the same measure ("down from a record 42.4 million");
# "Apples 50.1 million" is scraped "Apple's".
COMPARED = re.compile(
    r"(?i:\b(?:up|down)\s+from|\bfrom\s+(?:an?|the)\s+(?:\w+\s+){0,2}of|\bcompared\s+(?:with|to)|\bversus|\bvs\.?|"
    r"\bagainst|\babove|\bbelow|\bshort\s+of|\bahead\s+of|\bbehind|\binstead\s+of|\brather\s+than(?:\s+every)?|"
    r"\bagainst\s+(?:a|an|the)\s+(?:target|forecast|estimate|projection)\s+of|"
    r"\b(?:double|twice|triple|treble|(?:two|three|four|five|ten|\d+(?:\.\d+)?)\s+times)(?=\s+the\b)|\b(?:fewer|more|less)\s+than)"
    r"\s+(?:(?:the|a|an)\s+(?i:record|revised|previous|peak|high|low)\s+|the\s+)?(?:[A-Z][\w.&-]*(?:['’]s|s['’]?)\s+)?"
    r"(?i:about\s+|around\s+|some\s+|nearly\s+|roughly\s+|(?:fewer|more|less)\s+than\s+)?$",
)
# "Labour on 44 per cent, the Conservatives on 23": the same preposition before each figure of a list.
LISTED_AFTER = re.compile(r"\b(on|at)\s+$", re.I)
MORE_OF_IT = re.compile(
    r"\b(?:a\s+further|another|an\s+additional|an\s+extra|(?:a|the)\s+(?:majority|margin|lead|gap|difference)\s+of|"
    r"(?:a|the)\s+(?:net\s+)?(?:gain|loss)\s+of|including|of\s+which|of\s+whom)\s+$",
    re.I,
)
# "as many as 3,000 more expected", "has pledged 24 more" (not "3 more stores")
MORE_AFTER = re.compile(r"\s+more\b(?=\s*(?:[,;:.)!?]|$)|\s+(?:expected|to|than|in|on|at|for|from|by|with|and|but|were|are|"
                        r"was|is|have|had|has|will|would|could|last|this|next|over|since)\b)", re.I)
# "1.2 million of them", "of whom 40 were": a part of the count before
OF_THEM = re.compile(r"\s+of\s+(?:them|those|these|whom)\b", re.I)
AND_BEFORE = re.compile(r"\band\s+(?:(?:more|fewer|less)\s+than\s+|at\s+least\s+|about\s+|around\s+|nearly\s+|some\s+)?$",
                        re.I)
# "monitors put the figure at closer to 900", "highs of 105 to 110 degrees ... lows near 80": the same measure again
SAME_AGAIN = re.compile(
    r"(?:\b(?:put|puts|putting|placed?|placing)\s+(?:the|their|its)\s+(?:figure|number|toll|total|tally|crowd|count)\s+at|"
    r"\b(?:highs?|lows?)\s+(?:of|near|around))\s+(?:(?:closer|close|nearer)\s+to\s+|about\s+|around\s+|nearly\s+|"
    r"(?:more|fewer|less)\s+than\s+)?$", re.I
)
VERB_AFTER = re.compile(r"\s+([a-z]+(?:ed|ing))\b")
WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
JUST_TO = re.compile(r"\s+to\s+", re.I)
# "1,842 votes to 1,307", "52,416 votes to challenger Ayanda Mokoena's 48,902", "297 electoral votes to Senator Reid's
# 241": the noun between is the first figure's
VOTE_TO = re.compile(r"\s+(?:[a-z]+\s+){1,2}to\s+(?:(?:[a-z]+\s+)?(?-i:(?:[A-Z][\w.-]*\s+)*[A-Z][\w.-]*(?:['’]s|s['’]?))\s+)?$", re.I)
CONTRAST = re.compile(r"\b(?:but|while|whereas)\b|;", re.I)
RESTATED = re.compile(r",?\s+or\s+", re.I)
SAME_ORDER = 10.0  # an old level or a parallel figure is rarely ten times another of the same measure


def carry_measures(made: list[Claim], flat: str, offset: int) -> None:
    """Give each bare figure in one sentence's claims the measure of the figure it repeats."""
    for i, claim in enumerate(made):
        if not _bare(claim, flat, offset):
            continue
        antecedent = _antecedent(made[:i], claim, flat, offset)
        if antecedent is not None:
            _adopt(claim, antecedent)
        elif _index_level(claim, flat, offset):
            claim.subject = "points"  # as "to close at 1,478 points" counts them


@cache
def _stock_index() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w&])(?:{words_regex(lexicon().stock_indexes)})(?![\w&])", re.I)


LEVEL_AT = re.compile(r"\bat\s+$", re.I)


def _index_level(claim: Claim, flat: str, offset: int) -> bool:
    """The level a stock index reached: "the Nikkei rose 1.3% to 38,410.50", "FTSE 100 down 0.6% at 8,214"; the
    index must be the nearest name before the figure ("the Dow rose 1% as 3M fell 5% to 120" is not)."""
    start = claim.span.start - offset
    if claim.value is None or claim.value < 100 or not (claim.role == "to" or LEVEL_AT.search(flat, 0, start)):
        return False
    named = list(_stock_index().finditer(flat, 0, start))
    between = flat[named[-1].end():start] if named else ";"
    return ";" not in between and not re.search(r"\b[A-Z][a-z]", between)


def _bare(claim: Claim, flat: str, offset: int) -> bool:
    end = claim.span.end - offset
    return (claim.kind is ClaimKind.count and claim.unit is None and (claim.value is not None or claim.low is not None)
            and claim.conversion_of is None
            and bool(NOTHING_NAMED.match(flat, end) or MORE_AFTER.match(flat, end) or OF_THEM.match(flat, end)
                     or FORECAST_BY.match(flat, end) or _parallel(claim, flat, offset)))


def _measured(claim: Claim, flat: str, offset: int) -> bool:
    """A figure with a unit, or a count that names what it counts."""
    if claim.kind in (ClaimKind.date, ClaimKind.change) or claim.value is None and claim.low is None:
        return False
    return claim.kind is not ClaimKind.count or claim.unit is not None or not _bare(claim, flat, offset)


def _antecedent(before: list[Claim], claim: Claim, flat: str, offset: int) -> Claim | None:
    candidates = [c for c in before if _measured(c, flat, offset) and not _in_brackets(c, flat, offset)]
    if not candidates:
        return None
    previous = before[-1]
    gap_before = flat[:claim.span.start - offset]
    between = flat[previous.span.end - offset:claim.span.start - offset]
    if (claim.role == "to" or JUST_TO.fullmatch(between)) and previous.role == "from" and previous in candidates:
        return previous  # "from 208 pounds to 193", "creeping upward, from about 14-18 mpg to 24"
    if claim.role == "from" and previous.role == "to" and previous in candidates and _same_order(previous, claim):
        return previous  # "cut rewards to 3.125 bitcoin from 6.25"
    amount = next((c for c in reversed(candidates) if c.role == "by"), None) if claim.role == "to" else None
    if (amount is not None and amount.kind is ClaimKind.count and amount.change and claim.change
            and amount.change.direction == claim.change.direction):
        return amount  # "fell 212.4 points to 38,905.17": a level in the points it moved by
    if VOTE_TO.fullmatch(between) and previous in candidates and previous.kind is ClaimKind.count and previous.role != "by":
        return previous  # "by 1,842 votes to 1,307"
    if OF_THEM.match(flat, claim.span.end - offset) or _parallel(claim, flat, offset):
        return next((c for c in reversed(candidates) if c.kind is ClaimKind.count and c.subject), None)
    if MORE_OF_IT.search(gap_before) or SAME_AGAIN.search(gap_before):
        return next((c for c in reversed(candidates) if _same_order(c, claim)), None)  # "with a further 8 million"
    if MORE_AFTER.match(flat, claim.span.end - offset):  # "pledged 24 more", "rushed for 286 yards and threw for 198 more"
        return next((c for c in reversed(candidates) if c.kind in (ClaimKind.count, ClaimKind.quantity)
                     and _same_order(c, claim)), None)
    if claim.role == "from" or COMPARED.search(gap_before):
        levels = [c for c in candidates if c.role != "by" and _same_order(c, claim)]
        # "412 patients ..., up from 286"; an amount only when no level is near: "added 187,000 jobs, fewer than
        # the 200,000 economists had forecast"
        levels = levels or [c for c in candidates if c.kind is ClaimKind.count and _same_order(c, claim)]
        return min(levels, key=lambda c: _ratio(c, claim), default=None)
    if listed := LISTED_AFTER.search(gap_before):
        for c in reversed(candidates):
            earlier = LISTED_AFTER.search(flat, 0, c.span.start - offset)  # "$" ends at the figure
            if earlier and earlier[1].lower() == listed[1].lower():
                return c if _same_order(c, claim) else None  # "the Conservatives on 23 and Reform UK on 15"
    if claim.role == "by":
        for c in reversed(candidates):
            gap = flat[c.span.end - offset:claim.span.start - offset]
            if c.role == "by" and CONTRAST.search(gap) and not RESTATED.match(gap) and _same_order(c, claim):
                return c  # "the DAX rose 2 percent but the Nasdaq fell by 1"
    return None


def _parallel(claim: Claim, flat: str, offset: int) -> bool:
    """"19 passengers still missing and 212 rescued", "1,094,221 people voting Yes and 1,008,912 voting No": a
    figure after "and" with a verb where its noun would be."""
    start, end = claim.span.start - offset, claim.span.end - offset
    verb = VERB_AFTER.match(flat, end)
    if not (AND_BEFORE.search(flat, 0, start) and verb):
        return False
    senses = getAllLemmas(verb[1].lower()).keys()  # "300 injured when": an adjective too, but it ends the phrase
    noun_after = (after := WORD_AFTER.match(flat, verb.end())) is not None and is_plural(after[1])  # "two coaching staff"
    return not noun_after and (senses == {"VERB"} or "VERB" in senses and bool(NOTHING_NAMED.match(flat, verb.end())))


def _in_brackets(claim: Claim, flat: str, offset: int) -> bool:
    """A restatement ("42 million euros ($45.6 million)") is not what the text goes on with."""
    return flat[:claim.span.start - offset].rstrip().endswith("(")


def _sizes(claim: Claim) -> list[float]:
    """The figure's value, or both ends of a range ("tens of thousands" is as near 45,000 as 10,000 is)."""
    return [abs(x) for x in (claim.value, claim.low, claim.high) if x]


def _ratio(a: Claim, b: Claim) -> float:
    return min((max(x, y) / min(x, y) for x in _sizes(a) for y in _sizes(b)), default=math.inf)


def _same_order(a: Claim, b: Claim) -> bool:
    return _ratio(a, b) <= SAME_ORDER


def _adopt(claim: Claim, antecedent: Claim) -> None:
    claim.kind, claim.unit, claim.currency = antecedent.kind, antecedent.unit, antecedent.currency
    parallel = claim.role == "by" and antecedent.role == "by"  # another clause's change: its subject is its own
    if antecedent.kind is ClaimKind.count or claim.subject is None and not parallel:
        claim.subject = antecedent.subject  # a count's subject is what it counts; another's is its clause's
    claim.measure_from = antecedent.id
    if claim.canonical is not None:
        claim.canonical = canonical(claim.kind, claim.value, claim.canonical.low, claim.canonical.high, claim.unit,
                                    claim.currency)
