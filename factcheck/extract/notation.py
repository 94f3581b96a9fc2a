"""Numbers written in notations of their own: the eighths of commodity quotes ("$5.87-3/4 a bushel",
"up 12-1/4 cents") and scientific notation ("2.4 x 10^-9 metres"). Read as written, both come out as
several wrong figures (a range "5.87 to 3", a stray "-9 metres")."""

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
