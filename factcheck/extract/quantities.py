"""Figures in one sentence: quantulum3 for units, plus what it misses on news prose.

quantulum3 runs without its scikit-learn unit classifier on purpose: the bundled model does
not unpickle with current scikit-learn, retraining costs seconds at start-up, and the
classifier only disambiguates rare unit words ("pounds"). Everything it would decide for
news text is decided from context, deterministically, here and in ``units``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from functools import cache

from lemminflect import getAllLemmas

from factcheck.extract import quantulum
from factcheck.extract.ages import AGE_PATTERNS, AGE_SPAN_PATTERNS, AGED_BEFORE
from factcheck.extract.currencies import CURRENCY_UNITS, CURRENCY_WORD, CURRENCY_WORD_ALONE, rate_after
from factcheck.extract.dates import find_dates
from factcheck.extract.figure import NUM, NUM2, RANGE_SEP, SCALE, SCALE1, SUSPENDED, Figure, add_ends, low_scale
from factcheck.extract.lemmas import is_plural
from factcheck.extract.lexicon import lexicon, words_regex
from factcheck.extract.money import (
    CODE_AFTER, CODE_BEFORE, MONEY, MONEY_BETWEEN, NUMBER_MONEY, currency_word, money, number_money, same_currency,
    scaled_code, with_minor_units,
)
from factcheck.extract.names import ATTACHED_NAME, NAME_BEFORE, completes_name, counts_one, masked_spans
from factcheck.extract.notation import MARKET_FRACTION, SCIENTIFIC, market_fraction, regional, scientific
from factcheck.extract.numbers import (
    BARE_SCALE_WORDS, NUMBER_WORDS, NUMERAL, SCALE_WORDS, SMALL_NUMBERS, WORDS_BELOW_100, parse_numeral, scale_of,
    stated_step, words_below_100,
)
from factcheck.extract.scores import SCORE, score
from factcheck.extract.shares import share_regex, share_value
from factcheck.extract.units import extra_unit, implausible, news_unit
from factcheck.models import ClaimKind, Qualifier

_CURWORD = rf"(?:\s+(?P<curword>{CURRENCY_WORD}))?"
RANGE = re.compile(
    rf"(?<![\w.,$€£-])(?:(?P<lead>(?i:between|from))\s+)?"
    rf"{NUM}{SCALE1.replace(SCALE_WORDS, BARE_SCALE_WORDS)}(?P<pct1>%)?(?P<sep>{RANGE_SEP}|\s+and\s+)"
    rf"{NUM2}{SCALE.replace(SCALE_WORDS, BARE_SCALE_WORDS)}"
    rf"(?:(?P<pct>\s?(?:%|per\s?cent|percent|pct|pc))|{_CURWORD})(?![\w])"
)
# Scale abbreviations quantulum3 reads as units ("3bn" → bit newton, "4.3M" and "20m people" → metres), and
# South Asian scales it does not know ("16.9 lakh students").
# "1.4 Mln Vehicles" in a headline; "3.4m foreign visitors", "£3m in damages" (not "3.4m tall buildings" or
# "stands 1.93m and weighs": metres)
SCALED = (r"(?i:bln|bn|mln|lakh\s+crores?|crores?|lakhs?)|tn|trn|mn|M|m(?=\s+(?:(?!(?:tall|high|long|wide|deep|thick|away|below|above|and|or)\b)"
          r"[a-z]+\s+)?(?:[a-z]+s|{plurals})\b)")
# A percentage, also where quantulum3 glues on the next noun ("3 percent drop") or reads "5pc" as a set;
# "percentage points" are a unit of their own.
PERCENT = re.compile(rf"(?:{NUMERAL})\s?(?:%|(?i:per\s?cent|percent|pc|pct)\b)(?!\s*(?i:points?)\b)")
PERCENT_POINTS = re.compile(rf"(?:{NUMERAL}|{WORDS_BELOW_100})\s?(?i:percentage|per\s?cent|percent)\s+(?i:points?)\b")
# "plus or minus 2.5 points" is a margin and "T-minus 30 seconds" a countdown, not -2.5 or -30
MINUS = re.compile(r"(?<!(?i:plus or) )(?<![Tt]-)\b(?i:minus)[\s-]?$")
SUB = re.compile(r"\b(?i:sub)-$")  # "sub-7 nanometer": below 7, not a name like "F-16"
# quantulum3 finds nothing we keep in a sentence without a digit or one of these words (a figure
# with no digit must start with a number word), so sentences without either are not parsed at all.
HAS_NUMBER = re.compile(r"\d|\b(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b", re.I)
ORDINALS = re.compile(r"\b(?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th)\s+$", re.I)


@cache
def _vague_regex() -> re.Pattern[str]:
    return re.compile(
        r"\b(?P<vague>" + words_regex([v.pattern for v in lexicon().vague]) + r")\b"
        rf"(?:\s+of\s+(?P<curword>{CURRENCY_WORD})|\s+(?P<alone>{CURRENCY_WORD_ALONE}))?", re.I
    )


@cache
def _scaled_regex() -> re.Pattern[str]:
    plurals = words_regex(sorted(lexicon().irregular_plurals))
    return re.compile(rf"(?<![\w.,$€£¥₹-]){NUM}\s?(?P<scale>{SCALED.format(plurals=plurals)})\b{_CURWORD}")


@cache
def _qualifier_regex() -> re.Pattern[str]:
    groups = "|".join(
        f"(?P<q{i}>{words_regex(words)})" for i, words in enumerate(lexicon().qualifiers.values())
    )
    return re.compile(rf"(?<![\w])(?:{groups})\s*$", re.I)


@cache
def _suffix_regex() -> re.Pattern[str]:
    groups = "|".join(
        f"(?P<q{i}>{words_regex(words)})" for i, words in enumerate(lexicon().suffix_qualifiers.values())
    )
    # "600-plus sites"; "€95m plus €15m", "£378 plus a £5 fee", "PS58m plus PS4m" add up; "2C and up to 11 hours" is
    # another figure's bound
    return re.compile(rf"(?:\s*|-)(?:{groups})\b(?!\s*(?:an?\s+)?(?:[$€£¥₹]|\d|PS\d|[A-Z]{{1,3}}\$)|\s+to\b)", re.I)


def _range(m: re.Match[str]) -> Figure | None:
    low = parse_numeral(m["num"]) * scale_of(low_scale(m))
    high = parse_numeral(m["num2"]) * scale_of(m["scale"])
    if "and" in m["sep"] and (m["lead"] or "").lower() != "between" or high == low:
        return None
    if m["sep"] == "-" and not (m["pct"] or m["curword"]) and NAME_BEFORE.search(m.string, 0, m.start()):
        return None  # a model, not a range: "a Boeing 737-800"
    if m["pct1"] and not (m["pct"] and m["sep"].strip() in {"-", "–", "—"}):
        return None  # "5.25%-5.50%" is a range; "rose 0.2% to 4.1%" a change and a level
    if high < low and m["sep"].strip() != "to":
        return None
    start = m.start("num")
    if minus := MINUS.search(m.string, max(0, start - 7), start):  # "ranged from minus 14 to 2 degrees"
        start, low = minus.start(), -low
    fig = Figure(start, m.end(), ClaimKind.count, low=min(low, high), high=max(low, high),
                 step=stated_step(m["num2"], scale_of(m["scale"])))
    if m["pct"]:
        fig.kind, fig.unit = ClaimKind.percent, "percent"
    currency_word(fig, m["curword"])
    if fig.kind is ClaimKind.count:
        _unit_after(fig, m)
    if fig.kind is ClaimKind.count and AGED_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        fig.kind, fig.unit = ClaimKind.quantity, "year"  # "aged between 18 and 25"
        fig.extra["subject"] = "age"
    add_ends(fig, m)
    return fig


def _unit_after(fig: Figure, m: re.Match[str]) -> None:
    """"5-10 km", "1 to 1.5 degrees Celsius": the unit written once after the range applies to both ends."""
    start = m.start("num2")
    parsed = [q for q in quantulum.read(m.string[start:], start) if q.span[0] == start]
    unit = _from_quantulum(parsed[0], m.string) if parsed else None
    if unit is not None and unit.kind is not ClaimKind.count and unit.end > fig.end:
        fig.kind, fig.unit, fig.currency, fig.end = unit.kind, unit.unit, unit.currency, unit.end


_SMALL_NUMBER = r"(?:\d+(?:\.\d+)?|(?i:" + "|".join(sorted(SMALL_NUMBERS, key=len, reverse=True)) + r"))"
_RANGE_UNIT = r"(?i:per\s?cent|percent|%|years?|months?|weeks?|days?|hours?|minutes?)"
# A small range in words or with the unit on both ends: "three or four years", "five per cent to 20 per
# cent", "between seven to 10 years", "between three and four hours".
WORD_RANGE = re.compile(
    rf"(?<![\w.,-])(?P<a>{_SMALL_NUMBER})(?:\s?(?P<u1>{_RANGE_UNIT}))?(?P<sep>\s+(?:or|to|and)\s+)"
    rf"(?P<b>{_SMALL_NUMBER})\s?(?P<u2>{_RANGE_UNIT})(?![\w])"
)
BETWEEN = re.compile(r"\b(?i:between)\s+$")
_WORD_UNITS = {"%": "percent", "per cent": "percent", "percent": "percent", "percentage": "percent"}


def _word_range(m: re.Match[str]) -> Figure | None:
    def number(text: str) -> float:
        return SMALL_NUMBERS[text.lower()] if text.lower() in SMALL_NUMBERS else float(text)

    if "and" in m["sep"] and not BETWEEN.search(m.string, max(0, m.start() - 9), m.start()):
        return None
    low, high = number(m["a"]), number(m["b"])
    unit2 = " ".join(m["u2"].lower().split())
    if m["u1"] and " ".join(m["u1"].lower().split()) != unit2 or high <= low:
        return None
    if m["u1"] and "to" in m["sep"] and quantulum.change_verb_before().search(m.string, max(0, m.start() - 30), m.start()):
        return None  # "rose 0.2% to 4.1%": a change and a level (see quantulum.change_and_level)
    unit = _WORD_UNITS.get(unit2) or unit2.rstrip("s")
    kind = ClaimKind.percent if unit == "percent" else ClaimKind.quantity
    fig = Figure(m.start(), m.end(), kind, low=low, high=high, unit=unit)
    if "to" in m["sep"]:  # "rose from five to 10 per cent": both ends are levels, should a change verb govern them
        fig.ends = (Figure(m.start("a"), m.end("u1") if m["u1"] else m.end("a"), kind, value=low, unit=unit),
                    Figure(m.start("b"), m.end(), kind, value=high, unit=unit))
    return fig


# "two or three seasons", "one or two people": two close counts in words, of the plural noun after them,
# are one rough range (not "five or six is enough", nor a choice of far-apart figures: "two or nine seats").
# Digits are left alone: "2 or 3" more often names alternatives ("Game 2 or 3").
OR_COUNTS = re.compile(rf"(?<![\w.,-])(?P<a>{WORDS_BELOW_100})\s+or\s+(?P<b>{WORDS_BELOW_100})")


def _or_counts(m: re.Match[str]) -> Figure | None:
    low, high = words_below_100(m["a"]), words_below_100(m["b"])
    if not low < high <= 2 * low + 2 or not _plural_after(m.string, m.end()):
        return None
    return Figure(m.start(), m.end(), ClaimKind.count, low=low, high=high)


# A height as American sports pages write it, "the 6-foot-5 forward": feet and inches, as "6ft 5in" reads.
HEIGHT_FEET = re.compile(r"(?<![\w.-])(?P<n>\d)-(?:foot|ft)(?=-\d{1,2}\b)")
HEIGHT_INCHES = re.compile(r"(?:(?<=\d-foot-)|(?<=\d-ft-))(?P<n>\d{1,2})\b(?!-\d)")


def _height_part(unit: str) -> Callable[[re.Match[str]], Figure]:
    return lambda m: Figure(m.start(), m.end(), ClaimKind.quantity, value=float(m["n"]), unit=unit, step=1.0)


# Temperatures as typed in a hurry: "20 degrees c", "6 deg c", "98.6 degrees f", "10.5 celcius", "101F"
# (glued: "2.5 F" with a space may be farads).
TEMPERATURE = re.compile(
    r"\s*(?:°\s*|(?i:deg(?:ree)?s?)\.?\s+)?(?P<scale>(?i:celsius|celcius|centigrade|centigrate|fahrenheit|farenheit|"
    r"farenhiet)\b|(?<=[°gs.] )[cCfF]\b|(?<=°)[cCfF]\b|(?<=\d)F\b)"
)
TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}
# A quantity per unit of time: "188 miles an hour", "2.4 billion gallons of jet fuel a year".
PER_NAMES = {"kg": "kilogram", "liter": "litre"}
QUANTITY_RATE = re.compile(
    r"(?P<of>\s+of\s+(?:[a-z][\w-]*\s+){0,2}?[A-Za-z][\w-]*)?(?<!once)(?<!twice)[\s-]+(?:a|an|per)[\s-]+(?P<per>second|minute|hour|day|night|week|month|year|season|game|match|play|carry|attempt)\b"
    r"(?!\s+(?:ago|earlier|before|after|later|previously|prior)\b)"
    r"|\s+per\s+(?P<area>hectare|acre|square\s+(?:metre|meter|mile|kilometre|foot)|capita|head|kg|kilogram|litre|liter|tonne)\b"
    # "2.9 tonnes per hectare", "43 MJ per kg", "25.2 km per litre"
)


RESTATEMENT = re.compile(r"\s*\([^()]{1,40}\)(?=[\s-]*(?:per|an?)\b)")


def _quote_rates(figures: list[Figure], text: str) -> list[Figure]:
    """A price quoted per something keeps it in its unit: "$58.24 per barrel" → dollar per barrel,
    "$3,500 a month" → dollar per month; so does a quantity per unit of time. The surface stays the figure; a figure inside the rate
    ("cents a dozen") is part of the rate, not a claim."""
    rate_spans = []
    for fig in figures:
        if fig.kind is ClaimKind.money and fig.unit and " per " not in fig.unit:
            restated = RESTATEMENT.match(text, fig.end)  # "9 billion shekels ($2.4 billion) a year"
            start = restated.end() if restated else fig.end
            found = rate_after(text, start)
            if found:
                fig.unit = f"{fig.unit} per {found[0]}"
                for end in fig.ends or ():  # "rose $1.20 to $65.40 a barrel": both ends are per barrel
                    end.unit = fig.unit
                rate_spans.append((start, found[1]))
        elif fig.kind is ClaimKind.quantity and fig.unit and " per " not in fig.unit:
            m = QUANTITY_RATE.match(text, fig.end)  # "188 miles an hour", "500,000 barrels a day", "six hours a night"
            if m and not (fig.unit in TIME_UNITS and m["of"]):  # but "150 minutes of exercise a week" is a duration
                per = " ".join((m["per"] or m["area"]).split())
                fig.unit = f"{fig.unit} per {PER_NAMES.get(per, per)}"
                rate_spans.append((fig.end, m.end()))
    return [f for f in figures if not any(f.overlaps(start, end) for start, end in rate_spans)]


def _share(m: re.Match[str]) -> Figure | None:
    value = share_value(m)
    return Figure(m.start(), m.end(), ClaimKind.percent, value=value, unit="percent") if value <= 100 else None


def _scaled(m: re.Match[str]) -> Figure:
    scale = scale_of(m["scale"])
    fig = Figure(m.start(), m.end(), ClaimKind.count, value=parse_numeral(m["num"]) * scale,
                 step=stated_step(m["num"], scale))
    currency_word(fig, m["curword"])
    if fig.kind is ClaimKind.count:
        _unit_after_scale(fig, m.string)
    return fig


def _unit_after_scale(fig: Figure, text: str) -> None:
    """"2.8bn km": the unit after a scale abbreviation, read by quantulum3 as if after a plain "1"."""
    if not re.match(r"\s?[^\W\d_]", text[fig.end:fig.end + 2]):
        return
    probe = "1" + text[fig.end:fig.end + 40]
    parsed = [quantulum.not_a_bare_rate(q, probe) for q in quantulum.read(probe) if q.span[0] == 0 and q.span[1] > 1]
    if not parsed or parsed[0].unit.name == "dimensionless" or implausible(parsed[0].unit.name):
        return
    name, code = news_unit(parsed[0].unit.name, text, fig.start, fig.end + parsed[0].span[1] - 1)
    if code is None and parsed[0].unit.entity.name != "currency":
        fig.kind, fig.unit, fig.end = ClaimKind.quantity, name, fig.end + parsed[0].span[1] - 1


# A fraction of one unit: "by half a percentage point", "a quarter of a mile", "half an hour"
FRACTION_OF_UNIT = re.compile(
    r"\b(?P<fraction>(?i:half|a\s+quarter|a\s+third|three[\s-]quarters))(?:\s+of)?\s+(?i:an?)\s+"
    r"(?P<unit>(?i:percentage\s+point|per\s?cent|hour|minute|second|mile|kilometre|kilometer|metre|meter|inch|foot|pound|"
    r"kilogram|kilo|litre|liter|gallon|teaspoon|tablespoon|cup))\b"
)
FRACTION_UNITS = {"per cent": "percent", "kilometer": "kilometre", "meter": "metre", "liter": "litre", "kilo": "kilogram",
                  "pound": "pound-mass"}


def _fraction_of_unit(m: re.Match[str]) -> Figure:
    unit = " ".join(m["unit"].lower().split())
    unit = FRACTION_UNITS.get(unit, unit)
    value = lexicon().fraction_words[" ".join(m["fraction"].lower().replace("-", " ").split())]
    kind = ClaimKind.percent if unit == "percent" else ClaimKind.quantity
    return Figure(m.start(), m.end(), kind, value=value, unit=unit, step=0.0)


# An earthquake's magnitude written before its figure: "a magnitude 6.4 earthquake", "magnitude-7.8"
MAGNITUDE_BEFORE = re.compile(r"\b(?i:magnitude)[\s-]+(?P<num>\d{1,2}(?:\.\d{1,2})?)(?![\d,]|\.\d)")


def _magnitude(m: re.Match[str]) -> Figure:
    return Figure(m.start(), m.end(), ClaimKind.quantity, value=float(m["num"]), unit="magnitude",
                  step=stated_step(m["num"]))


def _scientific(m: re.Match[str]) -> Figure:
    fig = scientific(m)
    _unit_after_scale(fig, m.string)  # "2.4 x 10^-9 metres"
    return fig


def _vague(m: re.Match[str]) -> Figure:
    spec = next(v for v in lexicon().vague if re.fullmatch(words_regex([v.pattern]), m["vague"], re.I))
    fig = Figure(m.start(), m.end(), ClaimKind.count, low=spec.low, high=spec.high,
                 qualifier=None if spec.exact else Qualifier.vague)
    if spec.exact:
        fig.value = spec.low
    currency_word(fig, m["curword"] or m["alone"])
    return fig


# Fractions news writes with a slash have a conventional denominator; "24/7" and "9/11" are not fractions.
SLASH_FRACTION = re.compile(r"(?P<a>\d+)\s?[/⁄](?P<b>\d+)")
DENOMINATORS = {2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100, 128, 1000}


QUARTERS = re.compile(r"(?P<n>(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+))\s+quarters?")


def _from_quantulum(q: quantulum.Parsed, text: str) -> Figure | None:
    start, end = q.span
    if start < 0 or not text[start:end].strip():  # quantulum3 mis-spans some sentence-initial ranges
        return None
    fraction = SLASH_FRACTION.fullmatch(text, start, end) or SLASH_FRACTION.match(text, start)
    if fraction and (int(fraction["b"]) not in DENOMINATORS or int(fraction["a"]) >= int(fraction["b"])):
        return None
    q = quantulum.not_a_bare_rate(quantulum.plausible(quantulum.without_swallowed_words(q, text), text), text)
    start, end = q.span
    if dangling := re.search(r"\s+[/*x]$", text[start:end]):  # "224 kW / 300 PS": the slash is between two figures
        q = quantulum.Parsed((start, start + dangling.start()), q.value, q.uncertainty, q.unit)
        start, end = q.span
    lead = re.match(NUMERAL, text[start:end])
    if lead and (ours := extra_unit(text, start + lead.end())) and ours[1] <= end:
        q = quantulum.Parsed((start, start + lead.end()), q.value, q.uncertainty, quantulum.Bare())  # "900,000 bpd in": not base pairs
        start, end = q.span
    unit = q.unit
    surface = text[start:end]
    in_words = not any(ch.isdigit() for ch in surface)
    if in_words:
        first = surface.lower().split()[0]
        head, _, measure = first.partition("-")
        # "a six-mile trip" measures the trip; "a five-year plan" and "two-thirds" name a kind and a share;
        # "four- and six-cylinder" hangs its hyphen.
        if not re.match(r"(?:second|minute|hour|day|week|month|year|decade|time|third|quarter|half|fifth)", measure):
            first = head
        scaled_a = first in {"a", "an"} and re.match(r"an?\s+(?:hundred|thousand|million|billion|trillion)\b", surface, re.I)
        if (first not in NUMBER_WORDS and not scaled_a) or surface.lower() == "one":
            return None  # "a year" is no figure, "a million dollar house" is
    if surface.endswith("-") and SUSPENDED.match(text, end - 1):  # "four-, five- and six-cylinder"
        end, surface = end - 1, surface[:-1]
    numeral = re.search(NUMERAL, surface)
    at = start + numeral.start() if numeral else start
    if ATTACHED_NAME.search(text, max(0, at - 2), at) and not (MINUS.search(text, max(0, at - 7), at)
                                                                or SUB.search(text, max(0, at - 5), at)):
        return None
    # glued to a word, a name like "7-Eleven" (quantulum3: the range 7 to 11), "3D" or "Nova 7a" (no days or years)
    if re.match(r"[A-Za-z]", text[end:end + 1]) and not extra_unit(text, end) or re.search(r"\d-[A-Z][a-z]|\dD$|\da$", surface):
        return None
    if (spaced := re.match(r"\d+(?: \d+)+(?![\d/.])", surface)) and not re.fullmatch(r"\d{1,3}(?: \d{3})+", spaced.group()):
        return None  # no grouping: "Ryzen 7 8845HS" is no 78,845 (but "816 000" is, and "4 3/4" a fraction)
    if re.fullmatch(r"\d+-\d+", surface) and (NAME_BEFORE.search(text, 0, start) or not q.uncertainty):
        return None  # a model: "a Boeing 737-800"; a score quantulum3 adds up: "lost 118-97 and" was 215
    if unit.name == "dimensionless" and numeral and completes_name(text, start, end):
        return None
    if unit.name == "kelvin" and re.search(r"\d[kK]$", surface):  # "50k fans", "50K fans", "a 5k run": thousands
        return Figure(start, end, ClaimKind.count, value=q.value * 1000, step=1000.0)
    if unit.name == "dozen":  # "two dozen flights" is 24 flights
        return Figure(start, end, ClaimKind.count, value=q.value * 12, step=12.0)
    if (quarters := QUARTERS.fullmatch(surface)) and not re.match(r"\s+of\b", text[end:]):
        # "in five quarters" counts quarters (quantulum3: 1.25), as "five years" would; "four quarter-point moves"
        # counts moves
        return Figure(start, start + quarters.end("n"), ClaimKind.count, value=float(round(q.value * 4)), step=1.0)
    fig = Figure(start, end, ClaimKind.count, value=q.value, step=_step(numeral, surface, q.value))
    if q.uncertainty:
        fig.low, fig.high, fig.value = q.value - q.uncertainty, q.value + q.uncertainty, None
    name, code = news_unit(unit.name, text, start, end)
    if name == unit.name and (unit.entity.name == "currency" or unit.currency_code):
        code = unit.currency_code
    percent, points = PERCENT.match(surface), PERCENT_POINTS.match(text, start)
    longer = extra_unit(text, start + numeral.end()) if numeral else None  # "332 lb-ft" is torque, not "332 lb"
    if longer and longer[1] > end:
        fig.kind, (fig.unit, fig.end) = ClaimKind.quantity, longer
    elif points:
        fig.kind, fig.unit, fig.end = ClaimKind.quantity, "percentage point", points.end()
    elif name in {"percentage", "per cent", "percent"} or percent:
        fig.kind, fig.unit = ClaimKind.percent, "percent"
        fig.end = start + percent.end() if percent and not q.uncertainty else end  # a range keeps its high end
    elif code or name == unit.name and unit.entity.name == "currency" or name.partition(" per ")[0] in {"penny", "cent"}:
        fig.kind, fig.unit, fig.currency = ClaimKind.money, CURRENCY_UNITS.get(code, name), code
    elif name != "dimensionless":
        fig.kind, fig.unit = ClaimKind.quantity, name
    elif found := extra_unit(text, end):
        fig.kind, (fig.unit, fig.end) = ClaimKind.quantity, found
    if numeral and (degrees := TEMPERATURE.match(text, start + numeral.end())):  # "20 degrees c", "10.5 celcius"
        scale = "degree fahrenheit" if degrees["scale"][0].lower() == "f" else "degree Celsius"
        fig.kind, fig.unit, fig.end = ClaimKind.quantity, scale, degrees.end()
    if minus := MINUS.search(text, max(0, at - 7), at):  # "minus 5", "minus-130 degrees"; "minus 8C and 2C": the low end
        fig.start = minus.start()
        if fig.value is not None:
            fig.value = -fig.value
        elif fig.low is not None and fig.high is not None and numeral:
            first = parse_numeral(numeral.group())  # the end "minus" stands before, whichever end it is
            other = fig.high if math.isclose(first, fig.low) else fig.low
            fig.low, fig.high = sorted((-first, other))
    before = text[max(0, start - 30):start]
    if in_words and fig.kind is ClaimKind.count and ORDINALS.search(before) and not _plural_after(text, fig.end):
        return None  # "the first three" names no count, "his last nine starts" does; "the last three months" is a duration
    return fig


WORDS_AFTER = re.compile(r"\s+([a-z]+)(?:\s+([a-z]+))?")


def _plural_after(text: str, end: int) -> bool:
    """A plural noun in the two words after a figure: what it counts ("last four away matches")."""
    m = WORDS_AFTER.match(text, end)
    return m is not None and any(word and is_plural(word) for word in m.groups())


ONE = re.compile(r"\b[Oo]ne\b")


def _one(m: re.Match[str]) -> Figure | None:
    """quantulum3 never reads "one"; a counting "one" is a count of 1."""
    if not counts_one(m.string, m.start(), m.end()):
        return None
    return Figure(m.start(), m.end(), ClaimKind.count, value=1.0)


def _step(numeral: re.Match[str] | None, surface: str, value: float) -> float:
    """Stated precision; a scale word counts only if it scaled the value ("20m" may be metres)."""
    if numeral is None:
        return 0.0
    scale = re.match(rf"\s?({SCALE_WORDS})", surface[numeral.end():], re.I)
    factor = scale_of(scale.group(1)) if scale else 1.0
    if not math.isclose(value, parse_numeral(numeral.group()) * factor):
        factor = 1.0
    return stated_step(numeral.group(), factor)


def _matched(m: re.Match[str] | None, names: list[Qualifier]) -> tuple[Qualifier, str] | None:
    if m is None:
        return None
    index = next(i for i, v in enumerate(m.groups()) if v is not None)
    return names[index], m.group().strip()


def qualifier_before(text: str, end: int) -> tuple[Qualifier, str] | None:
    """The qualifier phrase ending right before ``end``: "at least" eight, "closer to" 100,000."""
    # Qualifier phrases are short: look back a little way, not from the sentence start.
    return _matched(_qualifier_regex().search(text, max(0, end - 60), end), list(lexicon().qualifiers))


# What a figure after "over" can span: "$318 million over five years", "13 batters over seven innings".
PERIOD_AFTER = re.compile(r"\s*(?:[a-z-]+\s+)?(?:years?|months?|weeks?|days?|hours?|decades?|seasons?|innings|games|"
                          r"matches|quarters|sessions|laps|nights)\b", re.I)


def _not_a_bound(fig: Figure, text: str, phrase: str) -> bool:
    """"over" spans a period after a noun or a figure ("6.4 billion km over seven years"), though it
    bounds one after a verb or a preposition ("lasted over two years", "for over a decade"); "up to"
    is the level reached after a verb of rising ("ticked up to 4.0%"), and no phrase at all in "a top-up
    to 28 minutes"."""
    at = text.lower().rfind(phrase.lower(), 0, fig.start)
    if at > 0 and text[at - 1] == "-":
        return True
    before = re.search(rf"(\S+)\s+{re.escape(phrase)}\s*$", text[:fig.start], re.I)
    word = before[1].lower() if before else ""
    if phrase.lower() == "up to":
        return word in lexicon().rise_particle_verbs
    if phrase.lower() != "over" or not (fig.unit in TIME_UNITS or PERIOD_AFTER.match(text, fig.end)):
        return False
    after_figure = re.search(rf"(?:{NUMERAL})(?:\s*[^\s\d]+){{0,2}}\s+over\s*$", text[:fig.start], re.I)
    return bool(after_figure) or "NOUN" in getAllLemmas(word)


def _qualify(fig: Figure, text: str) -> None:
    if fig.qualifier is not None:
        return
    found = qualifier_before(text, fig.start) or _matched(
        _suffix_regex().match(text, fig.end), list(lexicon().suffix_qualifiers)
    )
    if found and not _not_a_bound(fig, text, found[1]):
        fig.qualifier, fig.qualifier_surface = found


SIGNED_MOVE = re.compile(rf"\s+([-+−](?:{NUMERAL})\s?%)")


RANGE_AFTER = re.compile(r"\s*(?:to|-|–)\s*(?=\d)")
YEAR_TO = re.compile(r"\s+to\s+(?=\d)")


def _clear_of(q: quantulum.Parsed, flat: str, masked: list[tuple[int, int]], figures: list[Figure]
              ) -> quantulum.Parsed | None:
    """A quantity that overlaps a masked span or a figure already found, re-read without the words
    quantulum3 glued onto its unit, which may be all that overlaps ("up 3.2 per cent at Y=3,415")."""
    taken = masked + [(f.start, f.end) for f in figures]
    q = quantulum.plausible(quantulum.without_swallowed_words(q, flat), flat)
    overlap = [e for s, e in taken if s < q.span[1] and q.span[0] < e]
    if not overlap:
        return q
    # "in the week ended Oct. 6 to 424.2 million barrels": a range that begins inside a date is its other end
    after = RANGE_AFTER.match(flat, max(overlap), q.span[1])
    return next(iter(quantulum.read(flat[after.end():q.span[1]], after.end())), None) if after else None


PART_OF = re.compile(  # "187 of the 350 seats", "11 of their last 13 games", "38 of the council's 63 seats", a scraped
    # "70 of Greggs 2,400 shops" or "38 of the councils 63 seats"
    r"\s+of\s+(?:(?:the|its|their|his|her|our)\s+)?(?:[A-Z]?[a-z]+(?:['’]s|s['’])\s+|[A-Za-z][a-z]+s\s+(?=\d))?"
    r"(?:(?:last|first|next|past|previous|final)\s+)?"
    r"(?:(?:about|around|roughly|some|nearly)\s+)?"
)


def _between_measures(figures: list[Figure], flat: str) -> list[Figure]:
    """"Between 150mm and 200mm of rain" is one range (quantulum3 reads two measures)."""
    out: list[Figure] = []
    for fig in figures:
        low = out[-1] if out else None
        if (low is not None and low.kind is fig.kind is ClaimKind.quantity and low.unit == fig.unit
                and low.value is not None and fig.value is not None and low.value < fig.value
                and re.fullmatch(r"\s+and\s+", flat[low.end:fig.start]) and BETWEEN.search(flat, 0, low.start)):
            out[-1] = Figure(low.start, fig.end, ClaimKind.quantity, low=low.value, high=fig.value, unit=fig.unit,
                             step=min(low.step, fig.step))
            continue
        out.append(fig)
    return out


def _suspended(figures: list[Figure], flat: str) -> list[Figure]:
    """"5-, 10- or 21-kilometre routes": the bare figures measure what the last one does."""
    starts = {f.start: f for f in figures}
    for fig in figures:
        if fig.kind is ClaimKind.count and fig.unit is None and (m := SUSPENDED.match(flat, fig.end)):
            last = starts.get(m.start("last"))
            if last is not None and last.kind is ClaimKind.quantity:
                fig.kind, fig.unit = last.kind, last.unit
    return figures


def find_figures(text: str) -> list[Figure]:
    """Every figure in one sentence, with its qualifier, sorted by position.

    Own patterns (dates, phone numbers and clock times, vague amounts, money, ranges, scale
    abbreviations) run first and take their spans; quantulum3 fills in the rest.
    """
    flat = regional(re.sub(r"\s", " ", text))
    figures: list[Figure] = []
    masked = masked_spans(flat)

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in masked) and not any(f.overlaps(start, end) for f in figures)

    for d in find_dates(flat):
        if free(d.start, d.end):
            figures.append(Figure(d.start, d.end, ClaimKind.date, date=d.iso, weekday=d.weekday))
    own = (*AGE_SPAN_PATTERNS, (MAGNITUDE_BEFORE, _magnitude), (FRACTION_OF_UNIT, _fraction_of_unit),
           (HEIGHT_FEET, _height_part("foot")), (HEIGHT_INCHES, _height_part("inch")),
           (MARKET_FRACTION, market_fraction), (SCIENTIFIC, _scientific), (SCORE, score),
           (_vague_regex(), _vague), (MONEY_BETWEEN, money), (MONEY, money), (RANGE, _range), (WORD_RANGE, _word_range),
           (OR_COUNTS, _or_counts),
           (NUMBER_MONEY, number_money), (CODE_AFTER, scaled_code), (CODE_BEFORE, scaled_code),
           (_scaled_regex(), _scaled), (share_regex(), _share), *AGE_PATTERNS)
    for pattern, make in own:
        for m in pattern.finditer(flat):
            fig = make(m)
            if fig is not None and free(fig.start, fig.end):
                figures.append(fig)
    if HAS_NUMBER.search(flat):
        found = [part for q in quantulum.read(quantulum.prepared(flat)) for ends in quantulum.unit_at_both_ends(q, flat)
                 for part in quantulum.digits_then_words(ends, flat)]
        for q in (part for q in found for part in quantulum.change_and_level(q, flat)):
            q = quantulum.one_sided(q, flat)
            if q is not None and not free(*q.span):
                q = _clear_of(q, flat, masked, figures)
            if q is None:
                continue
            fig = _from_quantulum(q, flat)
            if fig is not None:
                figures.append(fig)
    # quantulum3 drops "500 -0.6%" whole once "S&P 500" is masked, and "in 2008 to 29 mpg" as a range that
    # falls: read the move, or the figure after the year, alone
    alone = [move.span(1) for _, end in masked if (move := SIGNED_MOVE.match(flat, end))]
    alone += [(to.end(), min((f.start for f in figures if f.start >= to.end()), default=len(flat)))
              for f in figures if f.kind is ClaimKind.date and (to := YEAR_TO.match(flat, f.end))]
    for start, end in alone:
        if free(start, start + 1):
            fig = next((_from_quantulum(q, flat) for q in quantulum.read(flat[start:end], start)
                        if q.span[0] == start), None)
            if fig is not None:
                figures.append(fig)
    for m in ONE.finditer(flat):  # after quantulum3, which reads "one dollar" but never a bare "one"
        fig = _one(m)
        if fig is not None and free(fig.start, fig.end):
            figures.append(fig)
    figures = _quote_rates(with_minor_units(figures, flat), flat)
    figures.sort(key=lambda f: f.start)
    figures = _suspended(_between_measures(figures, flat), flat)
    same_currency(figures, flat)
    for fig in figures:
        if fig.kind is not ClaimKind.date:
            _qualify(fig, flat)
    for part, whole in zip(figures, figures[1:]):  # "raised 280 million of the 1.5 billion shekels"
        if part.kind is ClaimKind.count and whole.kind is ClaimKind.money and PART_OF.fullmatch(flat, part.end, whole.start):
            part.kind, part.unit, part.currency = ClaimKind.money, whole.unit, whole.currency
    return figures
