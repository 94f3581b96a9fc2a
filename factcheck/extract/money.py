"""Money figures: a currency sign or code before the figure ("$31.4 million", "US $2.24"), a
currency word or sign after it ("7.5 million Danish crowns", "100 ₡"), and the currency a
vague or scaled amount names ("tens of millions of dollars")."""

from __future__ import annotations

import re

from factcheck.extract.currencies import (
    CURRENCY_SYMBOLS, CURRENCY_WORD, CURRENCY_WORD_ALONE, NATIONAL_AT_END, PREFIX, SUFFIX_SYMBOL_CODES, SUFFIX_SYMBOLS,
    symbol_currency, word_currency,
)
from factcheck.extract.figure import NUM, NUM2, RANGE_SEP, SCALE, SCALE1, WHOLE, Figure, add_ends, low_scale
from factcheck.extract.numbers import (
    SCALE_WORDS, WORDS_BELOW_100, parse_numeral, scale_of, stated_step, words_below_100,
)
from factcheck.models import ClaimKind

CUR = PREFIX
CUR2 = CUR.replace("cur", "cur2")
MONEY = re.compile(rf"(?:(?P<minus>\b(?i:minus))\s+)?{CUR}(?P<neg>[-−])?{NUM}{SCALE1}(?:(?P<sep>{RANGE_SEP})(?:{CUR2})?{NUM2})?{SCALE}{WHOLE}")
MONEY_BETWEEN = re.compile(
    rf"\b(?i:between)\s+{CUR}{NUM}{SCALE1}(?P<sep>\s+and\s+)(?:{CUR2})?{NUM2}{SCALE}{WHOLE}"
)
# A number followed by a currency word or sign: "7.5 million Danish crowns", "420 million markka", "a 120m-euro clause",
# "12-cent", "100 ₡". Words that need company ("pounds" may weigh) count only after a scale word.
NUMBER_MONEY = re.compile(
    rf"(?<![\w.,$€£¥₹/-]){NUM}(?:\s?(?P<scale>{SCALE_WORDS})[\s-]+(?:of\s+)?(?P<curword>{CURRENCY_WORD})"
    rf"|\s?(?P<sym>{SUFFIX_SYMBOLS})|[\s-]+(?P<alone>{CURRENCY_WORD_ALONE})(?:\s(?P<scale2>{SCALE_WORDS}))?)"
)
# An ISO code with a scale glued on, as financial reports write it: "30 MUSD", "MAUD 60", "20 kEUR".
_CODES = "|".join(sorted({k.upper() for k in CURRENCY_SYMBOLS if re.fullmatch("[a-z]{3}", k)}))
_SCALED_CODE = rf"(?P<mult>MM|M|Bn|k|K)(?P<code>{_CODES})"
CODE_AFTER = re.compile(rf"(?<![\w.,]){NUM}\s?{_SCALED_CODE}\b")
CODE_BEFORE = re.compile(rf"\b{_SCALED_CODE}\s?{NUM}{WHOLE}")
# The minor unit written after a whole amount: "thirteen dollars and forty-five cents", "15 USD 50." (not
# "$1,234,567 and 12,345 units").
MINOR = re.compile(
    rf"\s+(?:and\s+)?(?P<minor>\d\d?(?![.,]?\d)|{WORDS_BELOW_100})(?:\s+(?:cents?|pence)\b|(?=\s*(?:[.,;:!?)]|$)))"
)


def money(m: re.Match[str]) -> Figure:
    code, unit = symbol_currency(m["cur"])
    scale1 = low_scale(m)
    minus = m.groupdict().get("minus")
    negative = m.groupdict().get("neg") or minus  # "$-50.8bn", "minus $37.63 a barrel"
    value = parse_numeral(m["num"]) * scale_of(scale1) * (-1 if negative else 1)
    start = m.start("minus") if minus else m.start("cur")
    fig = Figure(start, m.end(), ClaimKind.money, value=value, unit=unit, currency=code,
                 step=stated_step(m["num"], scale_of(scale1)))
    if m["num2"]:
        fig.low, fig.high = value, parse_numeral(m["num2"]) * scale_of(m["scale"])
        fig.value = None
        add_ends(fig, m)
    return fig


THRUST = re.compile(r"\s+of\s+(?:thrust|force)\b", re.I)


def number_money(m: re.Match[str]) -> Figure:
    scale = scale_of(m["scale"])
    if m["sym"]:
        code, unit = SUFFIX_SYMBOL_CODES[m["sym"]]
    else:
        code, unit = word_currency(m["curword"] or m["alone"])
    if m["scale2"]:  # "75 USD million"
        scale = scale_of(m["scale2"])
    value = parse_numeral(m["num"]) * scale
    if code == "GBP" and THRUST.match(m.string, m.end()):  # "7.5 million pounds of thrust": a force
        return Figure(m.start(), m.end(), ClaimKind.quantity, value=value, unit="pound-force",
                      step=stated_step(m["num"], scale))
    return Figure(m.start(), m.end(), ClaimKind.money, value=value, unit=unit, currency=code,
                  step=stated_step(m["num"], scale))


def scaled_code(m: re.Match[str]) -> Figure:
    code, unit = symbol_currency(m["code"])
    scale = scale_of(m["mult"])
    return Figure(m.start(), m.end(), ClaimKind.money, value=parse_numeral(m["num"]) * scale, unit=unit,
                  currency=code, step=stated_step(m["num"], scale))


def with_minor_units(figures: list[Figure], text: str) -> list[Figure]:
    """A whole amount in a currency takes the cents written after it ("thirteen dollars and
    forty-five cents" is 13.45); a figure read inside them is part of the amount, not a claim."""
    taken = []
    for fig in figures:
        whole = fig.value is not None and fig.value.is_integer() and fig.step <= 1
        if fig.kind is ClaimKind.money and fig.currency and whole and " per " not in (fig.unit or ""):
            if m := MINOR.match(text, fig.end):
                minor = m["minor"]
                fig.value += (float(minor) if minor.isdigit() else words_below_100(minor)) / 100
                fig.step = 0.01
                taken.append((fig, fig.end, m.end()))
                fig.end = m.end()
    return [f for f in figures if not any(f is not owner and f.overlaps(start, end) for owner, start, end in taken)]


def same_currency(figures: list[Figure], text: str) -> None:
    """"1.2 billion Swedish crowns, against 3.7 billion crowns": a currency word said again without its
    nationality is the currency named before it in the sentence."""
    named: dict[str, tuple[str | None, str | None]] = {}
    for fig in figures:
        m = NATIONAL_AT_END.search(text, fig.start, fig.end) if fig.kind is ClaimKind.money else None
        if m is None:
            continue
        noun = m["noun"].lower()
        if m["adj"]:
            named[noun] = (fig.currency, fig.unit)
        elif noun in named:
            rate = (fig.unit or "").partition(" per ")[2]
            fig.currency, unit = named[noun]
            fig.unit = f"{unit} per {rate}" if rate and unit and " per " not in unit else unit


def currency_word(fig: Figure, word: str | None) -> None:
    if word:
        fig.kind = ClaimKind.money
        fig.currency, fig.unit = word_currency(word)
