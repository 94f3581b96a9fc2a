"""What quantulum3's unit classifier would decide, decided from the words around a figure.

Without scikit-learn, quantulum3 picks among same-spelled units by a fixed preference that
news prose often contradicts: "30 minutes" comes out as minutes of arc, "costs 5 pounds" as a
weight, and "8 pounds at birth" swallows "at" into a compound unit. Each rule here is small,
deterministic and driven by the lexicon, so a wrong call can be explained and fixed as data.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.extract.lexicon import lexicon, words_regex

POUNDS = {"pound-mass", "pound sterling"}
# Words quantulum3 sometimes glues onto a unit ("8 pounds at" → pound-mass ampere-turn).
SWALLOWED = {"at", "in", "on", "by", "a", "an", "as", "or", "and", "to", "of", "is", "it", "for", "from", "the"}
CLAUSE_BREAK = re.compile(r"[,;:()–—]|\b(?:and|but|while|whereas)\b")


def swallowed_word(surface: str) -> int | None:
    """Length of a function word quantulum3 read as part of the unit, if the surface ends in one."""
    m = re.search(r"\s+([A-Za-z]+)$", surface)  # a Title Case headline's "Three Weeks In Captivity" too
    return len(m.group()) if m and m.group(1).lower() in SWALLOWED and not m.group(1).isupper() else None


def _clause_before(text: str, start: int) -> str:
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(text, 0, start)]
    return text[breaks[-1] if breaks else 0:start]


def _clause_after(text: str, end: int) -> str:
    found = CLAUSE_BREAK.search(text, end)
    return text[end:found.start() if found else len(text)]


HEIGHT_BEFORE = re.compile(r"\d\s?(?:ft|feet|foot|in|inches|cm)\b[^.;$£€]{0,12}$")
# A weight restated: "weighs 1.24kg ( 2.7 pounds )", "a 90kg, or 198-pound, lock".
MASS_BEFORE = re.compile(r"\d\s?(?i:kg|kilos?|kilograms?|g|grams?|st|stone|tonnes?)\s*(?:\(|,?\s+or)\s*$")


def pound_sense(text: str, start: int, end: int) -> str | None:
    """"pound sterling", "pound-mass", or None when the context does not say. Weight words count on
    either side ("dropping from 208 pounds to 193 by exercising"), money words only before."""
    lex = lexicon()
    if re.match(r"(?i:multi-?)?(?:million|billion|thousand)-pound\b", text[start:end]):
        return "pound sterling"  # "million-pound homes": a price band, never a weight
    words = set(re.findall(r"[a-z]+", _clause_before(text, start).lower()))
    after = set(re.findall(r"[a-z]+", _clause_after(text, end).lower()))
    if ((words | after) & lex.pound_mass_cues or re.match(r"\s+of\s+[a-z]", text[end:]) or text[start:end].endswith("-pound")
            or HEIGHT_BEFORE.search(text, max(0, start - 30), start) or MASS_BEFORE.search(text, max(0, start - 20), start)):
        return "pound-mass"  # "a 240-pound defensive end": money is never written so; "listed at 7ft 4in and 210 pounds"
    if words & lex.pound_money_cues:
        return "pound sterling"
    return None


def news_unit(name: str, text: str, start: int, end: int) -> tuple[str, str | None]:
    """(unit name, currency code) for a unit quantulum3 found, in the sense news means it."""
    surface = text[start:end].rstrip()
    arc = name in {"second of arc", "minute of arc"} and surface[-1:] in {"″", '"', "′", "'"}
    if arc or name in {"second", "minute"} and surface[-1:] in {"″", "′"}:
        return ("inch" if surface[-1] in {"″", '"'} else "foot"), None  # 25.5″, 6′, a bass's 34″: a length
    senses = lexicon().unit_senses
    name = senses.get(name) or " per ".join(senses.get(part, part) for part in name.split(" per "))  # "5 C per minute"
    if name in POUNDS:
        name = pound_sense(text, start, end) or name
    if name == "knot" and surface.endswith("kn") and _money_clause(text, start):
        return "kuna", "HRK"  # "the ticket cost 150 kn": Croatian kuna, not a speed
    return name, "GBP" if name == "pound sterling" else None


def _money_clause(text: str, start: int) -> bool:
    return bool(set(re.findall(r"[a-z]+", _clause_before(text, start).lower())) & lexicon().pound_money_cues)


@cache
def _extra_unit_regex() -> re.Pattern[str]:
    spellings = [s for names in lexicon().extra_units.values() for s in names]
    exact = [s for s in spellings if s.isupper()]
    any_case = [s for s in spellings if not s.isupper()]
    alternatives = [f"(?i:{words_regex(any_case)})"] if any_case else []
    alternatives += [words_regex(exact)] if exact else []
    return re.compile(rf"[\s-]?({'|'.join(alternatives)})\b")


def implausible(name: str) -> bool:
    """A unit quantulum3 read that news never means ("bit horsepower", "femtoampere cup", "62.8mpg" as
    "megapixel gram")."""
    lowered = name.lower()
    words = set(lowered.split())
    return bool(words & lexicon().implausible_units) or lowered in lexicon().implausible_units or " to the " in lowered


def extra_unit(text: str, end: int) -> tuple[str, int] | None:
    """(unit name, new end) when a bare number is followed by a unit quantulum3 does not know."""
    m = _extra_unit_regex().match(text, end)
    if m is None:
        return None
    spelling = " ".join(m.group(1).lower().split())
    unit = next(u for u, names in lexicon().extra_units.items() if spelling.lower() in map(str.lower, names))
    return unit, m.end()
