"""Money figures: a currency sign or code before the figure ("$31.4 million", "US $2.24"), a
currency word or sign after it ("7.5 million Danish crowns", "100 ₡"), and the currency a
vague or scaled amount names ("tens of millions of dollars")."""

from __future__ import annotations

import re

from factcheck.extract.currencies import (
    CURRENCY_WORD,
    CURRENCY_WORD_ALONE,
    PREFIX,
    SUFFIX_SYMBOL_CODES,
    SUFFIX_SYMBOLS,
    symbol_currency,
    word_currency,
)
from factcheck.extract.figure import NUM, NUM2, RANGE_SEP, SCALE, SCALE1, WHOLE, Figure, add_ends, low_scale
from factcheck.extract.numbers import SCALE_WORDS, parse_numeral, scale_of, stated_step
from factcheck.models import ClaimKind

CUR = PREFIX
CUR2 = CUR.replace("cur", "cur2")
MONEY = re.compile(rf"{CUR}(?P<neg>[-−])?{NUM}{SCALE1}(?:(?P<sep>{RANGE_SEP})(?:{CUR2})?{NUM2})?{SCALE}{WHOLE}")
MONEY_BETWEEN = re.compile(
    rf"\b(?i:between)\s+{CUR}{NUM}{SCALE1}(?P<sep>\s+and\s+)(?:{CUR2})?{NUM2}{SCALE}{WHOLE}"
)
# A number followed by a currency word or sign: "7.5 million Danish crowns", "420 million markka",
# "12-cent", "100 ₡". Words that need company ("pounds" may weigh) count only after a scale word.
NUMBER_MONEY = re.compile(
    rf"(?<![\w.,$€£¥₹-]){NUM}(?:\s?(?P<scale>{SCALE_WORDS})\s+(?:of\s+)?(?P<curword>{CURRENCY_WORD})"
    rf"|\s?(?P<sym>{SUFFIX_SYMBOLS})|[\s-]+(?P<alone>{CURRENCY_WORD_ALONE})(?:\s(?P<scale2>{SCALE_WORDS}))?)"
    r"(?:\s+(?:and\s+)?(?P<minor>\d\d)(?:\s+cents?\b|(?![\w%]|[.,]\d|\s*(?:%|per\b|percent)|\s+[a-z])))?"  # "15 dollars 50" is 15.50
)


def money(m: re.Match[str]) -> Figure:
    code, unit = symbol_currency(m["cur"])
    scale1 = low_scale(m)
    value = parse_numeral(m["num"]) * scale_of(scale1) * (-1 if m.groupdict().get("neg") else 1)  # "$-50.8bn"
    fig = Figure(m.start("cur"), m.end(), ClaimKind.money, value=value, unit=unit, currency=code,
                 step=stated_step(m["num"], scale_of(scale1)))
    if m["num2"]:
        fig.low, fig.high = value, parse_numeral(m["num2"]) * scale_of(m["scale"])
        fig.value = None
        add_ends(fig, m)
    return fig


def number_money(m: re.Match[str]) -> Figure:
    scale = scale_of(m["scale"])
    if m["sym"]:
        code, unit = SUFFIX_SYMBOL_CODES[m["sym"]]
    else:
        code, unit = word_currency(m["curword"] or m["alone"])
    if m["scale2"]:  # "75 USD million"
        scale = scale_of(m["scale2"])
    value = parse_numeral(m["num"]) * scale
    step = stated_step(m["num"], scale)
    if m["minor"] and code and scale == 1:
        value, step = value + int(m["minor"]) / 100, 0.01
    end = m.end() if m["minor"] and code and scale == 1 else m.start("minor") if m["minor"] else m.end()
    return Figure(m.start(), end, ClaimKind.money, value=value, unit=unit, currency=code, step=step)


def currency_word(fig: Figure, word: str | None) -> None:
    if word:
        fig.kind = ClaimKind.money
        fig.currency, fig.unit = word_currency(word)
