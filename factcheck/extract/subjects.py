"""What a figure counts or measures, as a short normalised key, and the words around it.

Rules of thumb that hold in news prose: a count names its noun right after the figure
("eight North Korean ships"); a share names its whole ("90% of its foreign trade");
a distance follows a length ("100 km from Russia's border"); a money figure's subject is
the head of its clause ("bilateral trade more than doubled to $31.4 million"); "the number"
refers back to "the number of soldiers".
"""

from __future__ import annotations

import re
from functools import cache

from lemminflect import getAllLemmas

from factcheck.extract.figure import HYPHENATED_NOUN, SUSPENDED
from factcheck.extract.lemmas import counted_singular, is_plural, singular
from factcheck.extract.lexicon import lexicon, words_regex
from factcheck.extract.numbers import SMALL_NUMBERS
from factcheck.extract.quantities import PART_OF, qualifier_before
from factcheck.extract.quantulum import INITIALISM_PLURAL
from factcheck.models import ClaimKind

STOPWORDS = frozenset(
    """a an the this that these those its it it's their his her our your my of in on at to for from by with as and or
    but nor so if then than into onto over under about around after before since during between among through per
    is are was were be been being has have had do does did will would could could've should may might must can
    which who whom whose what when where while why how not no also only just even more most less least very
    there here he she they we you i them him us me all any each every some such own same other another up down out
    said says say told according reported reports including against versus via despite toward towards across
    within without beyond near rather until till unless""".split()
)
BREAK = STOPWORDS - {"of"}
MORE_OF_THE_SAME = {"more", "fewer", "other", "additional", "extra"}
# Counted in the singular after a figure ("1,700 crew"), though "the Apollo 11 crew" is a name's.
COLLECTIVES = {"crew"}
LENGTH_UNITS = {"metre", "kilometre", "mile", "foot", "yard", "centimetre", "millimetre", "nautical mile", "inch"}
CLAUSE_START = re.compile(r"(?:[,;:(–—“”\"]|\b(?:that|which|who|while|whereas|because|but)\b)\s*", re.I)
WORD = re.compile(r"[A-Za-z][\w’'-]*")
VERB_TAIL = re.compile(
    r"\b(?:reached|reach|was|were|is|are|hit|totalled|totaled|stood|stands|amounted|came|rose|fell|grew|jumped|"
    r"dropped|climbed|doubled|tripled|halved|increased|decreased|declined|surged|soared|more|nearly|almost|about|"
    r"around|to|at|by|of|some|than|over|up|down|could|would|should|could’ve|could've|has|have|had|been|be|will|may|"
    r"might|earns?|earned|spent|spends?|paid|pays?|costs?|raised|raises|fewer|less|get|gets|got|manages?)\b.*$", re.I
)
# Money verbs name what a sum is: "the county earns hundreds of millions of dollars" → revenue.
MONEY_VERBS = {
    "earn": "revenue", "earns": "revenue", "earned": "revenue", "made": "revenue", "makes": "revenue",
    "spent": "spending", "spend": "spending", "spends": "spending", "paid": "payment", "pays": "payment",
    "pay": "payment", "cost": "cost", "costs": "cost", "raised": "funding", "raises": "funding",
}
TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}
# The whole a part is of: "187 of the 350 seats", "two of its five UK offices"
WHOLE = re.compile(rf"(?:[\d.,]+|(?i:{'|'.join(sorted(SMALL_NUMBERS, key=len, reverse=True))}))\s+")
# Who forecast a figure, right after it: "ahead of the 438,000 analysts had forecast"
FORECAST_BY = re.compile(
    r"\s+(?:analysts|economists|experts|forecasters|investors|traders|markets|pollsters|planners|officials)['’]?\s+"
    r"(?:had\s+|have\s+|were\s+)?(?:forecast|expected|predicted|estimated|projected|anticipated|pencill?ed|expecting|"
    r"forecasting|predicting|say|said|think|believe)\b", re.I
)
NUMBER_OF = re.compile(r"\bnumber\s+of\s+(?:the\s+)?(?P<noun>[a-z][\w-]*)", re.I)


def _words(text: str) -> list[str]:
    return WORD.findall(text)


def _looks_like_verb(word: str) -> bool:
    """A past-tense verb ends the noun phrase: "55% of voters backed the plan" → voters."""
    w = word.lower()
    return w.endswith("ed") and len(w) > 4 and not w.endswith(("eed", "ied"))


def _head_after(flat: str, end: int, counted: bool = False) -> str | None:
    """Head noun of the phrase right after a figure: the last word before a function word or
    punctuation; for a count, the first plural ("40 warships took part" → warships)."""
    if flat.startswith("-plus", end):
        end += len("-plus")  # "600-plus sites"
    part_of = PART_OF.match(flat, end)
    if part_of and (whole := WHOLE.match(flat, part_of.end())):
        end = whole.end()  # "187 of the 350 seats", "11 of their last 13 games" count seats, games
    m = re.match(r"\s*(?:\)\s*)?(?:of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:(?:about|around|roughly|some|nearly)\s+)?"
                 r")?((?:(?:[A-Za-z]|\d+-[a-z])[\w’'-]*\s*){1,5})", flat[end:])  # "the lightest 14-inch laptops"
    if not m:
        return None
    phrase: list[str] = []
    coordinated = False
    for word in m.group(1).split():
        if counted and phrase and word.lower() in {"and", "or"}:
            if is_plural(phrase[-1]) or len(phrase) == 1 and counted_singular(phrase[0]):
                break  # "1,000 new officers and drones" counts officers, "23 carries and caught" carries
            coordinated = True
            continue  # "4.3M digital and physical sales" counts sales
        if counted and not phrase and word.lower() in MORE_OF_THE_SAME | {"most", "least"}:
            continue  # "24 more Starlink satellites" counts satellites; "one of the most spectacular catches"
        verb = phrase and _looks_like_verb(word) and not coordinated  # "18 new and upgraded hospitals"
        if word.lower() in BREAK and not (counted and not phrase and is_plural(word)) or verb:
            break  # but "412,000 reports" counts reports
        phrase.append(word)
        coordinated = False
    lowered = [w.lower() for w in phrase if not w[0].isupper()]
    if counted and lowered and lowered[0] in lexicon().abbreviated_plurals:
        return lexicon().abbreviated_plurals[lowered[0]]  # "34 pts"
    if counted:
        at = next((i for i, w in enumerate(lowered) if is_plural(w) or w in COLLECTIVES), None)
        while at is not None and at + 1 < len(lowered) and is_plural(lowered[at + 1]):
            at += 1  # a compound's head: "1,500 new police officers" counts officers
        plural = lowered[at] if at is not None else None
        # A people counted by name: "1,300 Americans", "millions of Americans including ..."; but a
        # name before a plural only says whose or which ("3 mln Orbis shares", "eight Chinese naval ships").
        people = plural is None
        if phrase and people and re.fullmatch(r"[A-Z][a-z]+(?:ans|ese|ians|ers|ites|is)", phrase[0]):
            return phrase[0].lower()
        if initialism := next((w for w in phrase if INITIALISM_PLURAL.fullmatch(w)), None):
            return initialism.lower()  # "650 MPs", "a dozen Labour MPs"
        if plural:
            return plural
        if lowered and phrase[0] == lowered[0] and counted_singular(lowered[0]):
            return lowered[0]  # "11 aces along the way": a plural the dictionary knows only as a verb
        # A capitalised plural: "eight straight World Cups", a Title Case "Sends 8 Warships To".
        named = next((w.lower() for w in phrase if w[0].isupper() and singular(w)), None)
        if named:
            return named
    return lowered[-1] if lowered else None


@cache
def _change_verbs() -> frozenset[str]:
    lex = lexicon()
    return frozenset(w.lower() for w in (*lex.verbs_up, *lex.verbs_down, *lex.multipliers))


@cache
def _change_tail() -> re.Pattern[str]:
    """A change verb ends the clause's subject too: "the company lost $2.5bn" → company."""
    return re.compile(rf"\b(?:{words_regex(sorted(_change_verbs()))})\b.*$", re.I)


def _clause_head(flat: str, start: int) -> str | None:
    """Head of the clause a figure closes: "trade between the two nations reached" → trade."""
    before = flat[:start]
    clause_start = 0
    for m in CLAUSE_START.finditer(before):
        if before[m.end():].strip():
            clause_start = m.end()
    chunk = _change_tail().sub("", VERB_TAIL.sub("", before[clause_start:])).strip()
    chunk = re.split(r"\b(?:between|of|in|with|from|for|among|on|at)\b", chunk, maxsplit=1)[0]
    words = [w for i, w in enumerate(_words(chunk)) if w.lower() not in STOPWORDS and (i == 0 or not w[0].isupper())]
    return words[-1].lower() if words else None


def _money_verb(flat: str, start: int) -> str | None:
    m = re.search(r"([a-z]+)\s+$", flat[:start])
    return MONEY_VERBS.get(m.group(1).lower()) if m else None


def _object_before(flat: str, start: int) -> str | None:
    """Noun right before "by": "reduce the country's legitimate exports by (up to) 90%" → exports;
    not the verb of "sales fell by a third", whose subject is the clause's."""
    qualifier = qualifier_before(flat, start)
    if qualifier:
        start = flat.rstrip().rfind(qualifier[1], 0, start)
    m = re.search(r"([A-Za-z][\w-]*)\s+by\s+$", flat[:start])
    word = m.group(1).lower() if m else None
    return word if word and word not in STOPWORDS and word not in _change_verbs() else None


def _one_of(flat: str, end: int) -> str | None:
    """"one solution" → solution; "one of the best screens" → screens (the plural names the set)."""
    if re.match(r"\s+of\b", flat[end:]):
        return None
    m = re.match(r"\s+(?:[A-Za-z][\w-]*\s+){0,2}?([a-z][\w-]*)\b(?!-)", flat[end:end + 60])
    word = m.group(1).lower() if m else None
    return word if word and word not in STOPWORDS and not _looks_like_verb(word) else None


def subject_of(flat: str, start: int, end: int, kind: ClaimKind, unit: str | None, role: str | None) -> str | None:
    if kind is ClaimKind.date:
        return None
    if unit in LENGTH_UNITS and re.match(r"\s*(?:\([^)]*\)\s*)?(?:from|away|to|between|off)\b", flat[end:]):
        return "distance"
    if kind is ClaimKind.percent:
        whole = re.match(r"\s*of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?((?:[a-z][\w-]*\s*){1,4})", flat[end:])
        if whole:
            head = _head_after(flat, end, counted=True)
            if head:
                return f"{head} share"
    counted = re.match(r"\s+([a-z][\w-]*)\b", flat[end:]) if kind is ClaimKind.count else None
    if role == "by" and not (counted and is_plural(counted[1])):  # "cut capacity by 480,000 vehicles"
        head = _object_before(flat, start)
        if head:
            return head
    if kind is ClaimKind.count and flat[start:end].lower() == "one":
        head = _one_of(flat, end)
        if head:
            return head
    joined = SUSPENDED.match(flat, end) or kind is ClaimKind.count and HYPHENATED_NOUN.match(flat, end)
    if joined and kind is ClaimKind.count and "NOUN" in getAllLemmas(joined["noun"]):
        return joined["noun"]  # "a six-cylinder engine" counts cylinders
    if joined and kind is ClaimKind.quantity:
        end = joined.end()  # "5-, 10- or 21-kilometre routes" measure routes
    if kind is ClaimKind.count and FORECAST_BY.match(flat, end):
        return None  # "the 438,000 analysts had forecast" counts no analysts
    if kind in (ClaimKind.count, ClaimKind.quantity):
        head = _head_after(flat, end, counted=kind is ClaimKind.count)
        if head and head != "number":
            return head
    if kind is ClaimKind.money:
        head = _money_verb(flat, start)
        if head:
            return head
    if unit in TIME_UNITS:
        return "duration"
    head = _clause_head(flat, start)
    if head in {"number", "figure", "total", "tally", "toll"} or head is None:
        m = NUMBER_OF.search(flat, 0, start)
        if m:
            return m.group("noun").lower()
    return head


def keywords_near(flat: str, start: int, end: int, window: int = 80) -> list[str]:
    """Content words around a figure, for alignment to compare contexts."""
    left = flat[max(0, start - window):start]
    right = flat[end:end + window]
    seen: dict[str, None] = {}
    for word in _words(left) + _words(right):
        w = word.lower().strip("’'")
        if len(w) > 2 and w not in STOPWORDS:
            seen.setdefault(w, None)
    return list(seen)
