"""Numbers written in notations of their own: the eighths of commodity quotes ("$5.87-3/4 a bushel",
"up 12-1/4 cents"), scientific notation ("2.4 x 10^-9 metres"), and the digit grouping and decimal
comma of continental Europe ("CHF 2'350'000", "€1,99"). Read as written, each comes out as several
wrong figures (a range "5.87 to 3", a stray "-9 metres", "CHF 2" and "350", "€1" and "99")."""

from __future__ import annotations

import re

from factcheck.extract.currencies import symbol_currency, word_currency
from factcheck.extract.figure import Figure
from factcheck.models import ClaimKind

MARKET_FRACTION = re.compile(
    r"(?<![\w.])(?P<cur>\$)?(?P<whole>\d+(?:\.\d+)?)-(?P<a>[1-9]\d?)/(?P<b>2|4|8|16|32|64)(?![\d/])"
    r"(?:\s+(?P<cents>cents?)\b)?"
)
SCIENTIFIC = re.compile(r"(?<![\w.])(?P<mantissa>\d+(?:\.\d+)?)\s*[x×*]\s*10\s*\^\s*(?P<exp>[-−]?\d{1,3})(?!\d)")


# Swiss grouping by apostrophes: "CHF 2'350'000", "12’000 spectators" (not feet and inches: "5'11").
APOSTROPHE_GROUPED = re.compile(r"(?<![\d'’.,])\d{1,3}(?:['’]\d{3})+(?![\d'’])")
# A decimal comma is read only beside a currency that is written so: "€1,99", "CHF 3,50", "4,50 euros",
# "€1.234,56"; "$1,50" or a bare "1,99" are too rare in English to tell from a typo.
_CONTINENTAL = r"(?:€|(?<![\w])(?:EUR|CHF|SEK|NOK|DKK|PLN|CZK|HUF|BRL|R\$|kr\.?)\s?)"
_DECIMAL = r"\d{1,3}(?:\.\d{3})+,\d\d|\d+,\d\d?"
DECIMAL_COMMA = re.compile(
    rf"(?P<cur>{_CONTINENTAL})(?P<num>{_DECIMAL})(?![\d,.])"
    rf"|(?<![\d.,])(?P<before>{_DECIMAL})(?=\s?(?:€|(?i:euros?)\b|EUR\b))"
)
_SWAP = str.maketrans({".": ",", ",": "."})


def regional(flat: str) -> str:
    """The sentence with continental digit grouping and decimal commas written the English way, every
    character in place (spans stay true): "2'350'000" → "2,350,000", "€1.234,56" → "€1,234.56"."""
    flat = APOSTROPHE_GROUPED.sub(lambda m: re.sub("['’]", ",", m.group()), flat)
    return DECIMAL_COMMA.sub(lambda m: (m["cur"] or "") + (m["num"] or m["before"]).translate(_SWAP), flat)


def market_fraction(m: re.Match[str]) -> Figure | None:
    a, b = int(m["a"]), int(m["b"])
    if a >= b:
        return None
    place = 10.0 ** -len(m["whole"].partition(".")[2])  # "$5.87-3/4" is 587 3/4 cents: the eighths of the last digit
    fig = Figure(m.start(), m.end(), ClaimKind.count, value=float(m["whole"]) + a / b * place, step=place / b)
    if m["cur"] or m["cents"]:
        fig.kind = ClaimKind.money
        fig.currency, fig.unit = symbol_currency(m["cur"]) if m["cur"] else word_currency(m["cents"])
    return fig


def scientific(m: re.Match[str]) -> Figure:
    value = float(m["mantissa"]) * 10.0 ** int(m["exp"].replace("−", "-"))
    return Figure(m.start(), m.end(), ClaimKind.count, value=value)
