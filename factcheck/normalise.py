"""Canonical units and the interval a claim allows, so that "100 km" and "62 miles" or
"1.2 million" and "1,200,000" compare equal while "17 km" and "17 miles" do not."""

from __future__ import annotations

import warnings
from functools import cache

from factcheck.models import Canonical, ClaimKind, Qualifier

# quantulum3 unit names that pint spells differently.
PINT_NAMES = {
    "degree fahrenheit": "degF", "degree celsius": "degC", "pound-mass": "pound", "tonne": "metric_ton",
    "short ton": "short_ton", "long ton": "long_ton", "ton": "metric_ton", "knot": "knot", "litre": "liter",
    "millilitre": "milliliter", "centilitre": "centiliter", "metre": "meter", "kilometre": "kilometer",
    "centimetre": "centimeter", "millimetre": "millimeter", "hectare": "hectare", "month": "month", "year": "year",
    "nautical mile": "nautical_mile", "mile per hour": "mile/hour", "kilometre per hour": "kilometer/hour",
    "decade": "decade_of_years", "pound per square inch": "psi", "newton metre": "newton*meter",
}
OFFSET_UNITS = {"degree celsius", "degree fahrenheit"}
DIMENSIONS = {
    "[length]": "length", "[length] ** 2": "area", "[length] ** 3": "volume", "[mass]": "mass", "[time]": "duration",
    "[temperature]": "temperature", "[length] / [time]": "speed", "[mass] * [length] ** 2 / [time] ** 2": "energy",
    "[mass] * [length] ** 2 / [time] ** 3": "power", "[mass] / [length] / [time] ** 2": "pressure",
    "[length] ** 3 / [time]": "flow",
}


@cache
def registry():
    import pint

    reg = pint.UnitRegistry()
    reg.define("decade_of_years = 10 * year")  # pint's own "decade" is a logarithmic ratio
    reg.define("million_british_thermal_unit = 1e6 * british_thermal_unit = mmbtu")  # gas prices: "$2.24 per mmBTU"
    reg.define("parts_per_billion = 1e-9 = ppb")  # pollution: "30 parts per billion"
    reg.define("parts_per_trillion = 1e-12")
    reg.define("@alias ppm = parts_per_million")
    return reg


def difference_unit(unit: str | None) -> str | None:
    """The unit of a change in a quantity: a rise "by 2 °C" is 2 kelvin, not 275.15 K, so offset
    scales become pint's delta units; every other unit measures a difference as it measures a level."""
    return f"delta {unit}" if unit and unit.casefold() in OFFSET_UNITS else unit


def _pint_spelling(name: str) -> str:
    if name.startswith("delta "):
        return "delta_" + _pint_spelling(name.removeprefix("delta "))
    name = PINT_NAMES.get(name, name)
    for word, power in (("square ", "**2"), ("cubic ", "**3")):
        if name.startswith(word):
            return _pint_spelling(name.removeprefix(word)) + power
    if " per " in name:
        return "/".join(_pint_spelling(part) for part in name.split(" per "))
    return PINT_NAMES.get(name, name).replace(" ", "_").replace("-", "_")


@cache
def pint_unit(name: str):
    """The pint unit for a stated unit name, or None when pint does not know it."""
    import pint

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return registry().parse_units(_pint_spelling(name))
    except (pint.errors.PintError, AttributeError, TypeError, ValueError, SyntaxError):
        return None


@cache
def _base_conversion(unit) -> tuple[float, float, str, str]:
    """(offset, factor, base unit, dimension): every pint unit converts to base units as an affine
    map (°F and °C have an offset), so two conversions per unit replace one pint call per value."""
    zero = registry().Quantity(0.0, unit).to_base_units()
    one = registry().Quantity(1.0, unit).to_base_units()
    offset = float(zero.magnitude)
    return offset, float(one.magnitude) - offset, str(one.units), dimension_name(one.dimensionality)


@cache
def _named_dimensions() -> list[tuple[object, str]]:
    return [(registry().get_dimensionality(key), name) for key, name in DIMENSIONS.items()]


def dimension_name(dimensionality) -> str:
    """"power" for watts and horsepower alike: pint prints one dimensionality in more than one
    order ("[mass] * [length] ** 2 / ..." or "[length] ** 2 * [mass] / ..."), so names are matched
    by equality, not by the printed string."""
    return next((name for dims, name in _named_dimensions() if dims == dimensionality), str(dimensionality))


def to_base(value: float, unit) -> tuple[float, str, str]:
    """(value, unit, dimension) in pint's base units; offset units such as °F convert correctly."""
    offset, factor, base, dimension = _base_conversion(unit)
    return offset + factor * value, base, dimension


def stated_interval(
    value: float | None, low: float | None, high: float | None, step: float, qualifier: Qualifier | None,
    approximate_width: float,
) -> tuple[float | None, float | None]:
    """[low, high] in the stated unit; None is unbounded. Precision: "31.4 million" means 31.35–31.45 million."""
    if value is None:
        return low, high
    half = step / 2
    lo, hi = value - half, value + half
    match qualifier:
        case Qualifier.approximately:
            width = abs(value) * approximate_width
            return min(lo, value - width), max(hi, value + width)
        case Qualifier.at_least:
            return lo, None
        case Qualifier.more_than:
            return value, None
        case Qualifier.at_most:
            return None, hi
        case Qualifier.less_than:
            return None, value
    return lo, hi


def canonical(
    kind: ClaimKind, value: float | None, low: float | None, high: float | None, unit: str | None,
    currency: str | None,
) -> Canonical | None:
    """The claim in canonical units; ``low``/``high`` are already the stated interval. A date or a score has
    none: neither is an amount to compare on a number line."""
    if kind in (ClaimKind.date, ClaimKind.score):
        return None
    if kind is ClaimKind.quantity and unit:
        pu = pint_unit(unit)
        if pu is not None:
            conv = [to_base(x, pu) if x is not None else None for x in (value, low, high)]
            ref = next(c for c in conv if c is not None) if any(conv) else to_base(1.0, pu)
            return Canonical(
                value=conv[0][0] if conv[0] else None,
                low=conv[1][0] if conv[1] else None,
                high=conv[2][0] if conv[2] else None,
                unit=ref[1], dimension=ref[2],
            )
        return Canonical(value=value, low=low, high=high, unit=unit, dimension=f"unit:{unit}")
    rate = (unit or "").partition(" per ")[2]  # a price per barrel is not comparable with a sum
    money = f"{currency} per {rate}" if currency and rate else currency or unit or "money"
    unit_name, dimension = {
        ClaimKind.money: (money, f"money:{money}"),
        ClaimKind.percent: ("percent", "percent"),
        ClaimKind.count: ("count", "count"),
        ClaimKind.change: ("factor", "change"),
    }.get(kind, (unit or "count", "count"))
    return Canonical(value=value, low=low, high=high, unit=unit_name, dimension=dimension)
