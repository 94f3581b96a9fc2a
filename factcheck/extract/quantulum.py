"""quantulum3's reading of a sentence, and the re-reads that correct its misreadings.

The text is prepared so quantulum3 reads it best without moving a character (``prepared``), then
read (``read``), and each quantity it returns may be re-read: without the function words it glued
onto a unit, without the words that gave it an implausible unit, split where it joined two figures
("rose 0.2% to 4.1%", "27.9 two decades"), or cut to the one numeral written ("by a third to 300").
Deciding what a figure *is* (kind, unit sense, names) is ``quantities``'s job, not this module's.

Without its scikit-learn classifier, quantulum3 picks among same-named units ("pound": weight or
money) by counting which unit's training words occur in the sentence, and it re-splits its whole
training corpus on every such pick. Counting each unit's words once gives the very same pick
(same words, same repeats, same totals) for a fraction of the work: extraction on NewsQuant ran
about 8% faster with identical output. Its two scanning patterns are rebuilt in the same spirit
(``patterns``: the same matches; parsing 5,726 benchmark sentences took 46% less time). The
faster guesser and patterns are swapped in only for our own calls, so quantulum3 stays as it
ships for anyone else in the process (the benchmarks' bare baseline).
"""

from __future__ import annotations

import re
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import Any

from factcheck.extract import patterns
from factcheck.extract.lexicon import lexicon, words_regex
from factcheck.extract.numbers import BARE_SCALE_WORDS, INDIAN_NUMERAL, NUMBER_WORDS, NUMERAL, parse_numeral
from factcheck.extract.units import extra_unit, implausible, swallowed_word


def parse(text: str) -> list:
    """``quantulum3.parser.parse`` with the faster guesser and patterns, quietly (it warns that the
    classifier is not installed)."""
    parser, swaps = _modules()
    for module, name, _, faster in swaps:
        setattr(module, name, faster)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return parser.parse(text)
    finally:
        for module, name, shipped, _ in swaps:
            setattr(module, name, shipped)


@cache
def _modules() -> tuple[ModuleType, tuple[tuple[ModuleType, str, Callable, Callable], ...]]:
    """quantulum3's parser, with its operators in a fixed order, and what ``parse`` swaps in for
    its own calls: (module, name, as shipped, faster).

    quantulum3 builds regex alternations from sets of operators (" ", "x", " times ", "/", ...), so
    which alternative was tried first, and whether "a 3x telephoto" was read at all, changed with
    Python's hash seed from run to run. Longest first, then alphabetical, before quantulum3 compiles
    and caches its patterns.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import no_classifier, parser, regex
    for name in ("multiplication_operators", "division_operators", "operators", "ranges", "uncertainties"):
        setattr(regex, name, _in_order(getattr(regex, name)))
    units, numbers = regex.units_regex, regex.text_pattern_reg
    return parser, (
        (no_classifier, "disambiguate_no_classifier", no_classifier.disambiguate_no_classifier, disambiguate),
        (regex, "units_regex", units, lambda lang="en_US": patterns.units_regex(units(lang))),
        (regex, "text_pattern_reg", numbers, lambda lang="en_US": patterns.number_words_regex(numbers(lang), lang)),
    )


def _in_order(shipped: Callable[[str], set[str]]) -> Callable[[str], list[str]]:
    def ordered(lang: str = "en_US") -> list[str]:
        return sorted(shipped(lang), key=lambda op: (-len(op), op))

    return ordered


@cache
def _unit_words(unit: str, lang: str) -> tuple[tuple[tuple[str, int], ...], int]:
    """A unit's training words with their repeats, and the length of its training texts."""
    from quantulum3 import load

    words: Counter[str] = Counter()
    total = 0
    for example in load.training_set(lang):
        if example["unit"] == unit:
            total += len(example["text"])
            words.update(example["text"].split(" "))
    return tuple(words.items()), total


def disambiguate(entities, text: str, lang: str = "en_US"):
    """quantulum3's ``disambiguate_no_classifier``, same rule; a tie goes to the first name in
    alphabetical order, where quantulum3 takes the first in its set's order, which changes with
    Python's hash seed from run to run."""
    best, best_count, best_relative = None, 0, 0
    for entity in sorted(entities, key=lambda e: e.name):
        words, total = _unit_words(entity.name, lang)
        count = sum(n for word, n in words if word in text)
        relative = count / total if total else 0
        if relative > best_relative or (relative == best_relative and count > best_count):
            best, best_count, best_relative = entity, count, relative
    return best


# quantulum3 reads nothing in "minus-130" or "sub-7 nanometer" (the hyphen), nor in "some seven miles",
# and only "2.3" of "some 2.3 million barrels".
MINUS_HYPHEN = re.compile(r"(?:(?<=\b(?i:minus))|(?<=\b(?i:sub)))-(?=\d)")
WATT_HOUR = re.compile(r"(?<=watt)-(?=hours?\b)", re.I)  # "terawatt-hours": quantulum3 knows only "kilowatt-hours"
HYPHENATED_RATE = re.compile(r"(?<=[a-z])-(an?)-(?=(?:second|minute|hour|day|week|month|year)\b)")
SOME_BEFORE_NUMBER = re.compile(r"\b(?i:some)(?=\s+(?:\d|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|"
                                r"twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b))")

# "lifted them to seventh, nine points behind": quantulum3 reads the ordinal as a fraction and joins
# it across the comma (9.14); a semicolon there keeps the two apart.
ORDINAL_COMMA = re.compile(r"(\b(?i:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)),(?=\s+(?i:%s)\b)"
                           % "|".join(sorted(NUMBER_WORDS)))

# quantulum3 knows only groups of three: "2,50,000" is written "0250000" for it (same length, same value).
INDIAN_GROUPED = re.compile(rf"(?<![\d,.]){INDIAN_NUMERAL}")


def _western(m: re.Match[str]) -> str:
    return m.group().replace(",", "").rjust(len(m.group()), "0")


def prepared(flat: str) -> str:
    """The sentence as quantulum3 reads it best, with every character in place (spans index ``flat``):
    "minus-130", "barrel-a-day" and "terawatt-hours" with spaces, "some" before a number blanked (the
    qualifier is read from the sentence itself), an ordinal kept apart from the number after its
    comma, lakh grouping as plain digits, and the Greek mu of "2.4 μm" as the micro sign its unit
    table knows."""
    text = SOME_BEFORE_NUMBER.sub("    ", HYPHENATED_RATE.sub(r" \1 ", MINUS_HYPHEN.sub(" ", WATT_HOUR.sub(" ", flat))))
    text = INDIAN_GROUPED.sub(_western, ORDINAL_COMMA.sub(r"\1;", text))
    return text.replace("\u03bc", "\u00b5").replace("\u2044", "/")  # "1⁄32": the fraction slash


@dataclass
class Parsed:
    """One quantulum3 quantity, with its span in the caller's text."""

    span: tuple[int, int]
    value: float
    uncertainty: float | None
    unit: Any


def read(text: str, offset: int = 0) -> list[Parsed]:
    """quantulum3's quantities in ``text``, spans shifted by ``offset`` into the caller's text."""
    return [Parsed((_start(q, text) + offset, q.span[1] + offset), float(q.value), q.uncertainty, q.unit)
            for q in parse(text)]


def _start(q, text: str) -> int:
    """quantulum3 loses the start of "between 150mm and 200mm" (-1): the range starts after "between"."""
    if q.span[0] >= 0:
        return q.span[0]
    between = [m.end() for m in re.finditer(r"\b(?i:between)\s+", text) if m.end() < q.span[1]]
    return between[-1] if between else q.span[0]


def without_swallowed_words(q: Parsed, text: str) -> Parsed:
    """The quantity re-read without the function words quantulum3 glued onto its unit ("8 pounds at",
    "112 mph in a"); a word right after the number may be the unit itself ("10 a": ten years)."""
    start, end = q.span
    while (cut := swallowed_word(text[start:end])) and q.unit.name != "dimensionless":
        again = [p for p in read(text[start:end - cut], start) if p.span[0] == start]
        if not again:
            break
        q = Parsed(again[0].span, q.value, q.uncertainty, again[0].unit)
        end = q.span[1]
        if len(text[start:end].split()) <= 2:
            break
    return q


@dataclass(frozen=True)
class _Entity:
    name: str = "dimensionless"


@dataclass(frozen=True)
class Bare:
    """The unit of a number read without one: quantulum3's dimensionless, as far as we use it."""

    name: str = "dimensionless"
    entity: _Entity = _Entity()
    currency_code: str | None = None


# The plural of an initialism counts people or things: "650 MPs" (not metres per second), "20 PCs", "30 TDs";
# not bytes ("5 GBs").
INITIALISM_PLURAL = re.compile(r"\b(?![KMGTP]Bs)[A-Z]{2,}s\b")


def plausible(q: Parsed, text: str) -> Parsed:
    """Re-read without the words that gave quantulum3 an implausible unit ("5.2 litre V10" → 5.2
    litre, "four FA Cup finals" → four); a number with no plausible reading left is bare."""
    start, end = q.span
    title_case_in = q.unit.name == "inch" and text[start:end].endswith(" In")  # "Voting Age To 16 In Scottish ..."
    if (not implausible(q.unit.name) and not INITIALISM_PLURAL.search(text, start, end) and not title_case_in
            and not _spelled_by_letters(q, text)):
        return q
    while (cut := text.rfind(" ", start, end)) > start:
        end = cut
        again = [p for p in read(prepared(text[start:end]), start) if p.span[0] == start]
        if again and not implausible(again[0].unit.name):
            return again[0]
    numeral = re.match(rf"{NUMERAL}|[A-Za-z]+", text[start:end])
    end = start + numeral.end() if numeral else end
    alone = [p for p in read(text[start:end], start) if p.span[0] == start]  # "two Boeing" was 2 billion
    return Parsed((start, end), alone[0].value if alone else q.value, q.uncertainty, Bare())


def _spelled_by_letters(q: Parsed, text: str) -> bool:
    """"4.7 million handsets" read as hectare newton day set: a product of three units or more that
    quantulum3 composed (it has no such name) from the letters of one word."""
    from quantulum3 import load

    units = load.units("en_US")
    words = text[q.span[0]:q.span[1]].split()
    word = words[-1] if words else ""
    return (len(q.unit.name.split()) >= 3 and q.unit.name not in units.names
            and re.fullmatch(r"[A-Za-z]{4,}", word) is not None
            and not any(w in units.surfaces_lower or w in units.symbols for w in (word, word.lower(), word.lower()[:-1])))


TIME_AGO = re.compile(r"\s+(?:ago|earlier|before|previously|prior|later)\b", re.I)


def not_a_bare_rate(q: Parsed, text: str) -> Parsed:
    """A unit with nothing before "per" is no unit: "up from 48,900 a year earlier" (quantulum3: "per
    year"), "the yen at 155 per dollar" (an exchange rate, not a rate per dollar)."""
    start, end = q.span
    # "from -17 a month earlier", "up from 32 million a year earlier"
    numeral = re.match(rf"[-−+]?\s?(?:{NUMERAL})(?:\s?{BARE_SCALE_WORDS})?", text[start:end])
    if not q.unit.name.startswith("per ") or numeral is None:
        return q
    if not TIME_AGO.match(text, end) and not _per_currency(q.unit):
        return q
    return Parsed((start, start + numeral.end()), q.value, q.uncertainty, Bare())


def _per_currency(unit: Any) -> bool:
    from quantulum3 import load

    dimensions = getattr(unit, "dimensions", None) or []
    if len(dimensions) != 1 or dimensions[0]["power"] != -1:
        return False
    base = load.units("en_US").names.get(dimensions[0]["base"])  # not "per cent": the cent is a currency too
    return base is not None and base.entity.name == "currency" and base.name not in {"cent", "penny"}


def one_sided(q: Parsed, text: str) -> Parsed | None:
    """quantulum3 reads "by a third to 300 tonnes" as a range from 1/3; only the written numeral is a figure.
    A number word is a range's low end: "eight to 10 feet"."""
    start, end = q.span
    numerals = [m for m in re.finditer(NUMERAL, text[start:end]) if any(ch.isdigit() for ch in m.group())]
    if not q.uncertainty or len(numerals) != 1 or numerals[0].start() == 0 or _CARDINAL.match(text, start, end):
        return q
    again = read(text[start + numerals[0].start():end], start + numerals[0].start())
    return again[0] if again else None


_CARDINAL = re.compile(rf"(?i:{'|'.join(sorted(NUMBER_WORDS - {'hundred', 'thousand', 'million', 'billion', 'dozen'}))})\b")


@cache
def change_verb_before() -> re.Pattern[str]:
    lex = lexicon()
    return re.compile(rf"\b(?:{words_regex(lex.verbs_up + lex.verbs_down)})(?:\s+by)?\s+$", re.I)


@cache
def forecast_verb_before() -> re.Pattern[str]:
    """A change still to come: "expects sales to grow", "will rise", "could fall"."""
    lex = lexicon()
    return re.compile(rf"\b(?:to|will|would|could|may|might|should)\s+(?:{words_regex(lex.verbs_up + lex.verbs_down)})"
                      rf"(?:\s+by)?\s+$", re.I)


def change_and_level(q: Parsed, text: str) -> list[Parsed]:
    """quantulum3 reads "rose 0.2% to 4.1%" and "fell by 1.8 years to 76.4 years" as ranges; after a
    change verb, with the unit written on both sides, they are a change and the level it reached, unless
    the change is a forecast of close figures ("to grow 3.5% to 4%"). A falling pair is no range either:
    "won by 52.4 per cent to 46.1 per cent" is two figures."""
    start, end = q.span
    sep = re.search(r"\s+to\s+", text[start:end])
    if not q.uncertainty or sep is None:
        return [q]
    left, right = text[start:start + sep.start()], text[start + sep.end():end]
    if re.fullmatch(NUMERAL, left) or not (re.match(NUMERAL, left) and (high := re.match(NUMERAL, right))):
        return [q]  # "rose 2 to 3 percent" is a range
    low_end, high_end = parse_numeral(re.match(NUMERAL, left).group()), parse_numeral(high.group())
    falling = low_end > high_end  # "won by 52.4 per cent to 46.1 per cent"
    if not falling and not change_verb_before().search(text, max(0, start - 30), start):
        return [q]
    if not falling and high_end <= 2 * low_end and forecast_verb_before().search(text, max(0, start - 30), start):
        return [q]  # "expects sales to grow 3.5% to 4%": a forecast's range, not a change and a level
    parts = [*read(prepared(left), start), *read(prepared(right), start + sep.end())]
    return parts if len(parts) == 2 else [q]


_WORD_AFTER_DIGITS = re.compile(
    rf"({NUMERAL})\s+(?=(?i:{'|'.join(sorted(NUMBER_WORDS - {'hundred', 'thousand', 'million', 'billion', 'dozen'}))})\b)"
)


# "in the quarter and two analysts": a period named by a fraction word, then a figure.
_PERIOD_THEN_NUMBER = re.compile(r"(?i:quarter|half)s?\s+and\s+")
_DETERMINER_BEFORE = re.compile(r"\b(?i:the|this|that|its|their|first|second|third|fourth|last|next|each)\s+$")


_UNIT_AT_BOTH_ENDS = re.compile(
    rf"(?P<a>(?:{NUMERAL})\s?(?P<unit>[A-Za-z]+))\s*(?:to|-|–)\s*(?P<b>(?:{NUMERAL})\s?(?P=unit))"
)


def unit_at_both_ends(q: Parsed, text: str) -> list[Parsed]:
    """"from 28mpg to 33mpg": quantulum3 reads one range in a unit of its own making (megapixel gram) where
    the unit is one it lacks; each end, read alone, has its unit."""
    start, end = q.span
    m = _UNIT_AT_BOTH_ENDS.fullmatch(text, start, end)
    if not q.uncertainty or m is None or not extra_unit(text, m.start("unit")):
        return [q]
    return [*read(text[start:m.end("a")], start), *read(text[m.start("b"):end], m.start("b"))]


def digits_then_words(q: Parsed, text: str) -> list[Parsed]:
    """quantulum3 adds a number word to the numeral before it ("up from 27.9 two decades ago" → 29.9
    decades), and a fraction word to the number after it ("rose 12% in the quarter and two analysts" →
    2.25); they are two figures, or a noun and a figure."""
    start, end = q.span
    m = _WORD_AFTER_DIGITS.match(text, start, end)
    if m is not None:
        return [*read(m.group(1), start), *read(prepared(text[m.end():end]), m.end())]
    m = _PERIOD_THEN_NUMBER.match(text, start, end)
    if m is not None and _DETERMINER_BEFORE.search(text, max(0, start - 12), start):
        return read(prepared(text[m.end():end]), m.end())
    return [q]
