"""Change statements: "more than doubled to $31.4 million", "reduce exports by 90%", "fell by a third".

A change is kept as a typed relation on the figure (direction, factor, role) rather than as a
bare number, so "doubled" is never compared with a count of 2.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.extract.figure import Figure
from factcheck.extract.lexicon import lexicon, words_regex
from factcheck.extract.quantities import qualifier_before
from factcheck.models import Change, ClaimKind, Direction

# "double" as an adjective is a claim only when it compares with something: "double previous totals".
_ADJECTIVE_FOLLOWERS = r"(?=\s+(?:previous|the|its|their|last|that|what|from|on|year-on-year)\b)"


WINDOW = 120  # characters before a figure in which its change verb is looked for

# Words between a change verb and its figure, within one clause; "10,000" does not end the clause. A verb
# after a hyphen is part of a noun: "a top-up to 28 minutes".
_CLAUSE = r"(?:[^,;:()]|(?<=\d),(?=\d))"


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    lex = lexicon()
    verbs = words_regex(lex.verbs_up + lex.verbs_down)
    nouns = words_regex(lex.nouns_up + lex.nouns_down)
    verbed = [w for w in lex.multipliers if w.endswith(("ed", "ing"))]
    adjectives = [w for w in lex.multipliers if w not in verbed]
    return {
        "multiplier": re.compile(
            rf"\b(?:(?P<verb>{words_regex(verbed)})|(?P<adj>{words_regex(adjectives)}){_ADJECTIVE_FOLLOWERS})\b", re.I
        ),
        "to": re.compile(rf"\b(?<!-)(?P<word>{verbs}|{words_regex(list(lex.multipliers))})\b{_CLAUSE}{{0,60}}?\b(?:to|at)\s+$", re.I),
        "by": re.compile(rf"\b(?<!-)(?P<word>{verbs})\b{_CLAUSE}{{0,60}}?\bby\s+$", re.I),
        # "shrank 2.1%", "shrank at an annualised 2.1%" (but "grew at an annualised rate of 2.9%" states the rate)
        "bare": re.compile(rf"\b(?<!-)(?P<word>{verbs})(?:\s+at\s+an?\s+(?:annuali[sz]ed|annual|seasonally\s+adjusted)"
                           rf"(?:\s+annual)?)?\s+$", re.I),
        "from": re.compile(r"\bfrom\s+$", re.I),
        "verb_from": re.compile(
            rf"\b(?:{verbs}|{words_regex(list(lex.multipliers))})\b{_CLAUSE}{{0,60}}?\b(?P<prep>from|by)\s+$", re.I
        ),
        "verb": re.compile(rf"\b(?:{verbs}|{words_regex(list(lex.multipliers))})\b", re.I),
        "noun_after": re.compile(rf"[\s-]+(?:[a-z]+\s+)?(?P<word>{nouns})\b(?!\s+(?:of|to)\b)", re.I),
        "noun_before": re.compile(rf"\b(?P<word>{nouns})\s+of\s+$", re.I),
        "fraction": re.compile(
            rf"\b(?P<word>{verbs})\b{_CLAUSE}{{0,60}}?\bby\s+(?P<fraction>{words_regex(list(lex.fraction_words))})\b", re.I
        ),
    }


@cache
def _amount_regex() -> re.Pattern[str]:
    fractions = words_regex(list(lexicon().fraction_words))
    return re.compile(
        rf"(?:(?P<percent>\d+(?:\.\d+)?)\s?(?:%|per\s?cent|percent)|\bby\s+(?P<fraction>{fractions})\b)", re.I
    )


def _nearest(pattern: re.Pattern[str], before: str) -> re.Match[str] | None:
    """The match that starts last: in "DAX increased by 2% but Nasdaq decreased by 1" the 1 is governed
    by "decreased", not by the first verb whose clause happens to reach it."""
    found = None
    while (m := pattern.search(before, found.start() + 1 if found else 0)) is not None:
        found = m
    return found


def _particle(before: str, m: re.Match[str]) -> bool:
    """"up" after "gave" is part of the verb ("gave up 517 yards"), not a rise; so are "write down" and "shaved off"."""
    if m["word"].lower() not in {"up", "down", "off"}:
        return False
    previous = re.search(r"([A-Za-z]+)\s+$", before[:m.start()])
    return previous is not None and previous.group(1).lower() in lexicon().particle_verbs


def _raised_money(fig: Figure, m: re.Match[str]) -> bool:
    """"raised $40m" is money raised, not a rise ("raised prices by 5%" and "raised it to $5" are)."""
    return fig.kind is ClaimKind.money and m["word"].lower() in {"raise", "raised", "raises", "raising"}


def _off_a_count(fig: Figure, m: re.Match[str]) -> bool:
    """"the US off 8%" is a fall, "142 off 131 balls" a count."""
    return m["word"].lower() == "off" and fig.kind not in (ClaimKind.percent, ClaimKind.money)


def _direction(word: str) -> Direction:
    lex = lexicon()
    word = word.lower()
    factor = lex.multipliers.get(word)
    if factor is not None:
        return Direction.up if factor > 1 else Direction.down
    return Direction.down if word in lex.verbs_down or word in lex.nouns_down else Direction.up


def by_factor(direction: Direction, amount: float) -> float | None:
    """The multiplier a change by ``amount`` states: "fell by a third" → 2/3, "rose 20%" → 1.2."""
    factor = 1 + amount if direction is Direction.up else 1 - amount
    return factor if factor >= 0 else None


def _stated_amount(text: str) -> float | None:
    """The relative amount a change phrase states ("rose 20% to", "fell by a third to"), as a fraction."""
    m = _amount_regex().search(text)
    if m is None:
        return None
    if m["percent"]:
        return float(m["percent"]) / 100
    return lexicon().fraction_words[" ".join(m["fraction"].lower().split())]


def figure_change(fig: Figure, surface: str) -> Change:
    """The relation a stand-alone change figure states: "doubled" (factor 2), "by a third" (factor 2/3 when down)."""
    direction = Direction(fig.extra["direction"])
    factor = by_factor(direction, fig.value) if fig.extra.get("role") == "by" else fig.value
    return Change(direction=direction, factor=factor, qualifier=fig.qualifier, surface=surface)


def split_change_ranges(figures: list[Figure], flat: str) -> list[Figure]:
    """"rose from $90 million to $120 million" states the old and the new level, and "increased by
    $43.6 billion to $419.2 billion" the amount and the new level, not ranges. Without a change verb
    ("estimates range from 10,000 to 100,000"), or after "by" with the unit written once ("dropped by
    1 to 1.5 degrees"), it stays a range. Right after the verb, a second currency sign also marks the
    amount and the new level ("oil rose $1.20 to $65.40"), where "rose 2 to 3 percent" is a range;
    so do ends more than an order of magnitude apart ("fell by 38,000 to 7.5 million", "have fallen by 4,100 to
    61,300").

    ``flat`` is the sentence with whitespace flattened, as the caller already has it."""
    out: list[Figure] = []
    for fig in figures:
        m = _patterns()["verb_from"].search(flat, 0, fig.start) if fig.ends else None
        two_amounts = fig.ends is not None and (not flat[fig.ends[1].start].isdigit() or _amount_and_level(fig.ends))
        governed = m is not None and (m["prep"].lower() == "from" or two_amounts)
        if fig.ends and not governed and two_amounts:
            governed = _patterns()["bare"].search(flat, max(0, fig.start - 40), fig.start) is not None
        out.extend(fig.ends if governed else [fig])
    return out


def _amount_and_level(ends: tuple[Figure, Figure]) -> bool:
    """"fell by 38,000 to 7.5 million": ends more than an order of magnitude apart are no range of one amount."""
    low, high = (abs(end.value or 0) for end in ends)
    return low > 0 and high > 10 * low


def change_figures(flat: str, taken: list[Figure]) -> list[Figure]:
    """Stand-alone change claims: multiplier words and "by a third"; they carry no digits.

    ``flat`` is the sentence with whitespace flattened."""
    found: list[Figure] = []
    pats = _patterns()
    for m in pats["multiplier"].finditer(flat):
        word = m.group()
        factor = lexicon().multipliers[word.lower()]
        fig = Figure(m.start(), m.end(), ClaimKind.change, value=factor, step=0.0)
        found_qualifier = qualifier_before(flat, m.start())
        if found_qualifier:
            fig.qualifier, fig.qualifier_surface = found_qualifier
        fig.extra["direction"] = _direction(word).value
        found.append(fig)
    for m in pats["fraction"].finditer(flat):
        start, end = m.span("fraction")
        if any(f.overlaps(start, end) for f in taken):
            continue
        fig = Figure(start, end, ClaimKind.change, value=lexicon().fraction_words[m["fraction"].lower()], step=0.0)
        fig.extra["direction"] = _direction(m["word"]).value
        fig.extra["role"] = "by"
        found.append(fig)
    return found


def attach_change(fig: Figure, flat: str) -> tuple[Change | None, str | None]:
    """The change relation (and the figure's role in it: to, by, from) that the words before a figure state.

    ``flat`` is the sentence with whitespace flattened. A change verb governs a figure within one
    clause of about 60 characters, so only the last ``WINDOW`` characters before the figure are read.
    """
    if fig.kind in (ClaimKind.date, ClaimKind.change):
        return None, fig.extra.get("role")
    at = fig.start + 1 if flat[fig.start:fig.start + 1] in {"+", "-", "−"} else fig.start
    sign = flat[at - 1:at] if at else ""
    if fig.kind is ClaimKind.percent and sign in {"+", "-", "−"} and not flat[at - 2:at - 1].isalnum():
        direction = Direction.up if sign == "+" else Direction.down  # "Dow +0.2%", "Nasdaq -1.1%"
        amount = abs(fig.value) / 100 if fig.value is not None else None
        factor = by_factor(direction, amount) if amount is not None else None
        return Change(direction=direction, factor=factor, surface=sign), "by"
    cut = flat.find(" ", fig.start - WINDOW, fig.start) if fig.start > WINDOW else 0  # start at a word
    before = flat[max(cut, 0): fig.start]
    if fig.qualifier_surface and before.rstrip().endswith(fig.qualifier_surface):
        before = before.rstrip()[: -len(fig.qualifier_surface)]
    pats = _patterns()
    for role in ("to", "by", "bare"):
        m = _nearest(pats[role], before)
        if m is None or _particle(before, m) or role == "bare" and (_raised_money(fig, m) or _off_a_count(fig, m)):
            continue
        word = m["word"]
        direction = _direction(word)
        factor = lexicon().multipliers.get(word.lower())
        found_qualifier = qualifier_before(before, m.start()) if factor else None
        qualifier = found_qualifier[0] if found_qualifier else None
        if factor is None:
            amount = fig.value / 100 if role != "to" and fig.kind is ClaimKind.percent and fig.value else None
            amount = _stated_amount(m.group()) if role == "to" else amount
            factor = by_factor(direction, amount) if amount is not None else None
        change = Change(direction=direction, factor=factor, qualifier=qualifier, surface=m.group().strip())
        return change, "to" if role == "to" else "by"
    if pats["from"].search(before) and pats["verb"].search(flat, 0, fig.start):
        return None, "from"
    noun = change_noun(flat, fig.start, fig.end)
    return (_noun_change(fig, noun), "by") if noun else (None, None)


def change_noun(flat: str, start: int, end: int) -> str | None:
    """The noun that states a change of the figure at ``start:end``: "a 26 per cent rise", "a cut of $2,000"."""
    m = _patterns()["noun_after"].match(flat, end) or _patterns()["noun_before"].search(flat, max(0, start - 40), start)
    return m["word"] if m else None


def _noun_change(fig: Figure, noun: str) -> Change:
    """A change stated by a noun, the figure its amount: "a 26 per cent rise", "a $4,500 increase", "a
    cut of $2,000"."""
    direction = _direction(noun)
    amount = fig.value / 100 if fig.kind is ClaimKind.percent and fig.value else None
    return Change(direction=direction, factor=by_factor(direction, amount) if amount is not None else None,
                  surface=noun)
