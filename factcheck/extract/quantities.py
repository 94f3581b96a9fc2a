"""Figures in one sentence: quantulum3 for units, plus what it misses on news prose.

quantulum3 runs without its scikit-learn unit classifier on purpose: the bundled model does
not unpickle with current scikit-learn, retraining costs seconds at start-up, and the
classifier only disambiguates rare unit words ("pounds"). Everything it would decide for
news text is decided here from context, deterministically.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from functools import cache

from factcheck.extract.dates import find_dates
from factcheck.extract.lexicon import lexicon, words_regex
from factcheck.extract.numbers import NUMERAL, SCALE_WORDS, parse_numeral, scale_of, stated_step
from factcheck.models import ClaimKind, Qualifier


@dataclass
class Figure:
    """A figure found in a sentence; offsets are relative to the sentence."""

    start: int
    end: int
    kind: ClaimKind
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    currency: str | None = None
    step: float = 0.0
    qualifier: Qualifier | None = None
    qualifier_surface: str | None = None
    date: str | None = None
    weekday: str | None = None
    extra: dict[str, str] = field(default_factory=dict)

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


CURRENCY_SYMBOLS = {
    "us$": ("USD", "dollar"), "$": ("USD", "dollar"), "usd": ("USD", "dollar"), "a$": ("AUD", "australian dollar"),
    "c$": ("CAD", "canadian dollar"), "hk$": ("HKD", "hong kong dollar"), "€": ("EUR", "euro"), "eur": ("EUR", "euro"),
    "£": ("GBP", "pound sterling"), "gbp": ("GBP", "pound sterling"), "¥": ("JPY", "yen"), "jpy": ("JPY", "yen"),
    "yen": ("JPY", "yen"), "cny": ("CNY", "yuan"), "rub": ("RUB", "rouble"), "₹": ("INR", "rupee"), "inr": ("INR", "rupee"),
}
CURRENCY_WORDS = {
    "dollars": ("USD", "dollar"), "dollar": ("USD", "dollar"), "euros": ("EUR", "euro"), "euro": ("EUR", "euro"),
    "pounds": ("GBP", "pound sterling"), "yen": ("JPY", "yen"), "yuan": ("CNY", "yuan"), "roubles": ("RUB", "rouble"),
    "rubles": ("RUB", "rouble"), "rupees": ("INR", "rupee"), "won": ("KRW", "won"),
}
_CUR = r"(?P<cur>US\$|A\$|C\$|HK\$|\$|€|£|¥|₹|\b(?:USD|EUR|GBP|JPY|CNY|RUB|INR)\s?)"
_NUM = rf"(?P<num>{NUMERAL})"
_NUM2 = rf"(?P<num2>{NUMERAL})"
_SCALE = rf"(?:\s?(?P<scale>{SCALE_WORDS}))?"
_SCALE1 = rf"(?:\s?(?P<scale1>{SCALE_WORDS}))?"
_RANGE_SEP = r"\s*(?:-|–|—|to)\s*"

MONEY = re.compile(rf"{_CUR}{_NUM}{_SCALE1}(?:{_RANGE_SEP}(?:{_CUR.replace('cur', 'cur2')})?{_NUM2})?{_SCALE}(?![\w%])")
RANGE = re.compile(
    rf"(?<![\w.,$€£-])(?:(?P<lead>between|from)\s+)?{_NUM}{_SCALE1}(?P<sep>{_RANGE_SEP}|\s+and\s+){_NUM2}{_SCALE}"
    rf"(?P<pct>\s?(?:%|per\s?cent|percent))?(?![\w])"
)
PHONE = re.compile(r"(?<![\w.])(?:\+\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?!\d)")
ATTACHED_NAME = re.compile(r"[A-Za-z]-?$")  # "Zapad-2017", "G2", "F-16": names, not figures
NUMBER_WORDS = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
    "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "dozen",
}
ORDINALS = re.compile(r"\b(?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th)\s+$", re.I)
DEFINITE = re.compile(r"\b(?:the|these|those|both|its|their|his|her)\s+$", re.I)


@cache
def _vague_regex() -> re.Pattern[str]:
    return re.compile(
        r"\b(?P<vague>" + words_regex([v.pattern for v in lexicon().vague]) + r")\b"
        r"(?:\s+of\s+(?P<curword>dollars|euros|pounds|yen|yuan|roubles|rubles))?", re.I
    )


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
    return re.compile(rf"^\s*(?:{groups})\b", re.I)


def _currency(symbol: str) -> tuple[str, str]:
    return CURRENCY_SYMBOLS[symbol.strip().lower()]


def _money(m: re.Match[str]) -> Figure:
    code, unit = _currency(m["cur"])
    scale1 = m["scale1"] or m["scale"]
    value = parse_numeral(m["num"]) * scale_of(scale1)
    fig = Figure(m.start(), m.end(), ClaimKind.money, value=value, unit=unit, currency=code,
                 step=stated_step(m["num"], scale_of(scale1)))
    if m["num2"]:
        fig.low, fig.high = value, parse_numeral(m["num2"]) * scale_of(m["scale"])
        fig.value = None
    return fig


def _range(m: re.Match[str]) -> Figure | None:
    low = parse_numeral(m["num"]) * scale_of(m["scale1"] or m["scale"])
    high = parse_numeral(m["num2"]) * scale_of(m["scale"])
    if "and" in m["sep"] and m["lead"] != "between" or high <= low:
        return None
    kind = ClaimKind.percent if m["pct"] else ClaimKind.count
    start = m.start("num")
    return Figure(start, m.end(), kind, low=low, high=high, unit="percent" if m["pct"] else None,
                  step=stated_step(m["num2"], scale_of(m["scale"])))


def _vague(m: re.Match[str]) -> Figure:
    spec = next(v for v in lexicon().vague if re.fullmatch(words_regex([v.pattern]), m["vague"], re.I))
    fig = Figure(m.start(), m.end(), ClaimKind.count, low=spec.low, high=spec.high,
                 qualifier=None if spec.exact else Qualifier.vague)
    if spec.exact:
        fig.value = spec.low
    if m["curword"]:
        fig.kind = ClaimKind.money
        fig.currency, fig.unit = CURRENCY_WORDS[m["curword"].lower()]
    return fig


def _quantulum(text: str) -> list:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        return parser.parse(text)


def _from_quantulum(q, text: str) -> Figure | None:
    start, end = q.span
    surface = text[start:end]
    unit = q.unit
    if not any(ch.isdigit() for ch in surface):
        first = surface.lower().split()[0]
        if first not in NUMBER_WORDS or first in {"a", "an"} or surface.lower() == "one":
            return None
        if DEFINITE.search(text, 0, start) or ORDINALS.search(text, 0, start):
            return None
    if ATTACHED_NAME.search(text, max(0, start - 2), start) or re.match(r"[A-Za-z]", text[end:end + 1]):
        return None
    numeral = re.search(NUMERAL, surface)
    scale = re.match(rf"\s?({SCALE_WORDS})", surface[numeral.end():], re.I) if numeral else None
    step = stated_step(numeral.group(), scale_of(scale.group(1) if scale else None)) if numeral else 0.0
    fig = Figure(start, end, ClaimKind.count, value=float(q.value), step=step)
    if q.uncertainty:
        fig.low, fig.high, fig.value = q.value - q.uncertainty, q.value + q.uncertainty, None
    name = unit.name
    if name in {"percentage", "per cent", "percent"}:
        fig.kind, fig.unit = ClaimKind.percent, "percent"
    elif unit.entity.name == "currency" or unit.currency_code:
        fig.kind, fig.unit, fig.currency = ClaimKind.money, name, unit.currency_code
    elif name != "dimensionless":
        fig.kind, fig.unit = ClaimKind.quantity, name
    return fig


def _matched(m: re.Match[str] | None, names: list[Qualifier]) -> tuple[Qualifier, str] | None:
    if m is None:
        return None
    index = next(i for i, v in enumerate(m.groups()) if v is not None)
    return names[index], m.group().strip()


def qualifier_before(text: str, end: int) -> tuple[Qualifier, str] | None:
    """The qualifier phrase ending right before ``end``: "at least" eight, "closer to" 100,000."""
    return _matched(_qualifier_regex().search(text, 0, end), list(lexicon().qualifiers))


def _qualify(fig: Figure, text: str) -> None:
    if fig.qualifier is not None:
        return
    found = qualifier_before(text, fig.start) or _matched(
        _suffix_regex().search(text[fig.end:]), list(lexicon().suffix_qualifiers)
    )
    if found:
        fig.qualifier, fig.qualifier_surface = found


def find_figures(text: str) -> list[Figure]:
    """Every figure in one sentence, with its qualifier, sorted by position.

    Own patterns (dates, phone numbers, vague amounts, money abbreviations, ranges) run first
    and take their spans; quantulum3 fills in the rest.
    """
    flat = re.sub(r"\s", " ", text)
    figures: list[Figure] = []
    masked: list[tuple[int, int]] = [m.span() for m in PHONE.finditer(flat)]

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in masked) and not any(f.overlaps(start, end) for f in figures)

    for d in find_dates(flat):
        if free(d.start, d.end):
            figures.append(Figure(d.start, d.end, ClaimKind.date, date=d.iso, weekday=d.weekday))
    for pattern, make in ((_vague_regex(), _vague), (MONEY, _money), (RANGE, _range)):
        for m in pattern.finditer(flat):
            fig = make(m)
            if fig is not None and free(fig.start, fig.end):
                figures.append(fig)
    if any(ch.isdigit() for ch in flat) or re.search(r"[a-z]", flat):
        for q in _quantulum(flat):
            if not free(*q.span):
                continue
            fig = _from_quantulum(q, flat)
            if fig is not None:
                figures.append(fig)
    for fig in figures:
        if fig.kind is not ClaimKind.date:
            _qualify(fig, flat)
    return sorted(figures, key=lambda f: f.start)
