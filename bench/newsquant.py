"""Extraction accuracy on NewsQuant and the four Recognizers-derived sets, scored as in the CQE paper.

    python bench/newsquant.py                  # Markdown tables: factcheck vs bare quantulum3
    python bench/newsquant.py --split even     # only one half of NewsQuant in the per-set table
    python bench/newsquant.py --write          # and replace the "## NewsQuant accuracy" section of bench/RESULTS.md
    python bench/newsquant.py --errors 40      # first 40 misses/extras of factcheck, EVEN half only
    python bench/newsquant.py --errors 40 --errors-on currency-model   # ... or on a small set
    python bench/newsquant.py --with-classifier   # also time quantulum3 with its scikit-learn classifier

Data: ``../shared/benchmarks/newsquant`` (CQE_Evaluation's ``data/formatted_test_set``; read in place,
never copied: it has no licence grant). Paper: Almasian et al., "CQE: A Comprehensive Quantity
Extractor", EMNLP 2023; scoring code: satya77/CQE_Evaluation ``evaluate_models.py``.

Scoring rule (the paper's): a prediction matches a gold quantity on **value** when the floats agree
as ``np.isclose(gold, pred, rtol=1e-5, atol=1e-8)`` (reimplemented in ``close``: no numpy); ranges
match only as (low, high) pairs, except for quantulum3, whose prediction is one number and against
which gold ranges are averaged (the paper's special case). **value+unit** also needs equal
lower-cased ``normalized_unit``; **value+change** needs equal change (one of ``= ~ > < up down``).
P = matches / predictions, R = matches / gold, micro-averaged over the file.

Two matchers, both reported:

* ``paper``: a line-for-line port of ``calculate_metrics`` (the published tables come from it). Its
  value count is not one-to-one: a prediction is consumed only when value *and* unit match, so a
  prediction whose unit is wrong can count as the value match of several gold quantities (capped at
  the sentence's gold count), and value+change is counted for every value-matching prediction with
  no cap at all. It is what proves this scorer: bare quantulum3's value F1 must come out at the
  published 73.0 (``REPRODUCE``).
* ``strict`` (the headline for factcheck): a one-to-one maximum matching per sentence and per metric
  (each gold and each prediction used at most once), so no metric can exceed 100 or be inflated by
  duplicates.

How predictions are made (``factcheck_predictions``, ``quantulum_predictions``; names in ``UNIT_NAMES``,
``CURRENCY_NAMES``, ``Q3_UNIT_NAMES``):

* factcheck: one ``Article`` per sentence through ``extract_claims``. Date claims are *not*
  predictions: NewsQuant does not tag calendar dates and years as quantities ("since June of 2018"
  has only "two sides"), and factcheck keeps them in a separate kind. Boilerplate claims are dropped
  too (they are not statements of the article), and so are two kinds NewsQuant leaves untagged on
  the development half: multipliers ("roughly double", "twice": claim kind ``change``; 0 of 3 tagged)
  and an age in apposition ("Senard, 65, now faces": 1 of 3 tagged). A claim with ``low``/``high`` and no ``value`` is a
  range (low, high); an open bound ("at least 8": value 8, high None) is the stated value. A vague
  amount's inclusive high end ("thousands": 1,000 to 9,999) is written as NewsQuant writes it, the
  next power of ten (10,000). An old and a new level ("fell from $90 to $75": roles ``from`` and
  ``to``, kept apart for the change check) are one range in NewsQuant: (90, 75), in text order, ``=``
  (``from_to_ranges``). A score ("beat Brentford 3-2", "came from 2-0 down") is a range of its sides
  in the order written, ``-``, as the even half writes "2-0 down"; a tie ("at 2-2") is its one number
  (even 1 of 2; the other tie is untagged).

  A share in words ("a third of", "one in five") is a percent claim in factcheck and a fraction
  (0.333) in NewsQuant, whose unit is "%" and the whole it is a share of (``share_unit``: "a third
  of the population" → ``% population``, "half of which" → ``% -``).

  Units: percent → ``percentage``; money → the currency's CQE name by ISO code (``CURRENCY_NAMES``),
  else its unit name (cent, penny), with a rate kept ("dollar per share"); a price in pence written
  "118.5p" is ``point``, as NewsQuant annotates share prices; quantities → their unit name through ``UNIT_NAMES``
  (quantulum3-style names onto CQE's: ``degree celsius`` → ``celsius``, ``tonne`` → ``metric ton``
  ...). Ages (``age_unit``): a time unit followed by "old" or "of age" ("25 years old", "a 50
  year-old man") → ``<unit> of age``; a bare number after "aged"/"age" or before "yo"/"years old" →
  ``year of age``. Counts (``counted_noun``) → the counted noun phrase, head singular, when the
  claim's subject is a noun just after the figure ("13000 workers" → ``worker``, "seven European
  countries" → ``european country``, "one solution" → ``solution``; but "13 people" → ``people``
  and "6.5 times earnings" → ``count``, as CQE writes them), with the modifiers between a determiner
  and the figure ("the top three seeds" → ``top seed``, ``modifiers_before``), else ``-`` (a bare
  number: "estimates of 64,900", index levels: factcheck counts "points" in "the Nikkei rose 1.3% to
  38,410.50", but the even half writes such a level "-" as often as "point", and mapping it to "point" cost the
  odd half 0.9 points of value+unit, so the bench keeps the unit the text writes).

  Change (``claim_change``): the qualifier first (approximately → ``~``; at least/more than → ``>``;
  at most/less than → ``<``; vague, "tens of thousands", → ``=``, as NewsQuant tags those), else the
  direction of a claim that is the amount of a change (role ``by``: "up 19 cents" → ``up``), else
  ``=``. That is NewsQuant's convention: "up about 19 per cent" is ``~``, and in "exports dropped 7%
  to $2.3 billion" the new level $2.3 billion is ``=``; "has averaged 7.3 points" is ``~``.
* quantulum3: bare ``parser.parse`` per sentence (no scikit-learn classifier: not a dependency),
  mapped as the paper's ``QuantulumTagger`` does (``Q3_UNIT_NAMES``, plus ``year`` → ``year of age``
  etc. on the age set only, as the paper does). It has no notion of change, so each of its
  predictions carries ``=``, i.e. its value+change is the majority-class baseline (the paper does
  not score quantulum3 on change). ``--with-classifier`` also times quantulum3 *with* its classifier,
  in a separate cached virtualenv that has scikit-learn (``classifier_env``, ``with_classifier``).

Reproduction: bare quantulum3 0.10.0 *without* its scikit-learn classifier scores value F1 73.1 with
the paper's matcher (73.0 with the strict one) against the published 73.0, and value+unit 46.9
against 47.2, so the classifier is not needed to reproduce the paper's value score. As shipped,
quantulum3 is not deterministic across processes (its operator patterns are joined from sets, so its
readings follow Python's hash seed); both systems here run it with the fixed operator order factcheck
gives it (``factcheck.extract.quantulum._modules``), so every run gives the same scores.

Development happens on the even-indexed NewsQuant sentences (0, 2, 4, ...); the odd half is held out
and only ever reported as a total. ``--errors`` lists the even half only. A second development set,
``bench/newsdev/*.json``, holds invented news-style sentences written for this project and annotated by
the even half's conventions (``--errors-on bench/newsdev/world.json``); it is ours to redistribute.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import cache
from importlib.metadata import version
from pathlib import Path

from lemminflect import getAllLemmas

from factcheck.extract import quantulum
from factcheck.extract.ages import AGE_APPOSITION
from factcheck.extract.changes import change_noun
from factcheck.extract.figure import HYPHENATED_NOUN, SUSPENDED
from factcheck.extract.lemmas import adjective, counted_singular, is_plural, singular
from factcheck.extract.lexicon import lexicon
from factcheck.extract.numbers import NUMBER_WORDS, NUMERAL
from factcheck.extract.quantities import PART_OF
from factcheck.extract.subjects import COLLECTIVES, STOPWORDS, WHOLE
from factcheck.normalise import pint_unit

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / ".." / "shared" / "benchmarks" / "newsquant"
RESULTS = REPO / "bench" / "RESULTS.md"
SECTION = "## NewsQuant accuracy"
NEWSDEV = REPO / "bench" / "newsdev"  # hand-written news-style sentences in NewsQuant's format (README there)
NEWSHELDOUT = REPO / "bench" / "newsheldout"  # the same, held out: totals only, errors never listed
SMALL_SETS = ("age-model", "currency-model", "dimension-model", "temperature-model")
METRICS = ("value", "value+unit", "value+change")
REPRODUCE = {"set": "NewsQuant", "system": "quantulum3", "metric": "value", "F1": 73.0, "tolerance": 0.5}

# --- unit names -----------------------------------------------------------------------------------

# Our unit names (quantulum3's spellings, which factcheck keeps for non-currency units, plus a few
# of our own) onto CQE's normalized_unit names. Anything not listed passes through lower-cased,
# which is right for most units (mile, kilometre per hour, revolutions per minute, gigabyte ...).
UNIT_NAMES: dict[str, str] = {
    "percent": "percentage",
    "per cent": "percentage",
    "percentage drop": "percentage",
    "dimensionless": "-",
    "unk": "-",
    "degree celsius": "celsius",
    "degree fahrenheit": "fahrenheit",
    "delta degree celsius": "celsius",  # a change "by 2 degrees Celsius": factcheck's difference unit
    "delta degree fahrenheit": "fahrenheit",
    "degree angle": "degree",
    "degree angle degree celsius": "celsius",
    "degree angle degree fahrenheit": "fahrenheit",
    "tonne": "metric ton",
    "cubic centimetre": "millilitre",
    "second of arc": "second",
    "minute of arc": "minute",
    "yard yard": "yard",
    "dollar dollar": "dollar",
    "united states dollar": "dollar",
    "yen": "japanese yen",
    "yuan": "chinese yuan",
    "pound sterling year": "pound sterling per year",
    "pence": "penny",
    "dutch guilder": "netherlands guilde",  # sic: CQE's name
    "danish crown": "danish krone",
    "foot-pound": "foot pound-force",  # torque: "332 lb-ft" (even 1 of 1, dev 4 of 4); see POUND_FEET
    "metric horsepower": "horsepower",  # "300 PS"
    "million british thermal unit": "mega british thermal unit",
    "mmbtu": "mega british thermal unit",  # a price's rate: "$2.24 per mmBTU"
    "pound per square inch": "pound per square inch",  # psi: force, though a rate's bare "pound" is mass
    "pound": "pound-mass",  # only a price's rate is a bare "pound" ("$2.17 per lb"); a sum is "pound sterling"
}

# ISO 4217 code (factcheck's ``Claim.currency``) onto CQE's currency names; the names were checked
# against the normalized_unit values of NewsQuant.json and currency-model.json.
CURRENCY_NAMES: dict[str, str] = {
    "USD": "dollar", "EUR": "euro", "GBP": "pound sterling", "JPY": "japanese yen", "CNY": "chinese yuan",
    "AUD": "australian dollar", "CAD": "canadian dollar", "HKD": "hong kong dollar", "NZD": "new zealand dollar",
    "SGD": "singaporean dollar", "INR": "indian rupee", "LKR": "sri lankan rupee", "CHF": "swiss franc",
    "ILS": "shekel", "MYR": "malaysian ringgit", "DKK": "danish krone", "HRK": "croatian kuna",
    "ZAR": "south african rand", "TRY": "turkish lira", "MXN": "mexican peso", "GEL": "georgian lari",
    "CRC": "costa rican colón", "LAK": "lao kip", "FIM": "finnish markka", "ESP": "peseta",
    "NLG": "netherlands guilde", "DEM": "mark", "BTC": "bitcoin", "RUB": "russian ruble", "KRW": "south korean won",
    "NGN": "nigerian naira", "THB": "thai baht", "IDR": "indonesian rupiah", "PLN": "polish złoty",
    "HUF": "hungarian forint", "UAH": "ukrainian hryvnia", "BRL": "brazilian real", "BDT": "bangladeshi taka",
    "GHS": "ghanaian cedi", "AED": "united arab emirates dirham", "SAR": "saudi riyal", "TWD": "new taiwan dollar",
    "NOK": "norwegian krone", "SEK": "swedish krona", "KES": "kenyan shilling", "AFN": "afghan afghani", "PEN": "peruvian sol",
    "ARS": "argentine peso", "PHP": "philippine peso", "CLP": "chilean peso", "COP": "colombian peso",
    "PKR": "pakistani rupee", "NPR": "nepalese rupee", "UGX": "ugandan shilling", "CZK": "czech koruna",
}

# The paper's QuantulumTagger.dictionary_unit, verbatim (keys are compared lower-cased).
Q3_UNIT_NAMES: dict[str, str] = {
    "dimensionless": "-", "unk": "-", "per cent": "percentage", "dollar dollar": "dollar",
    "united states dollar": "dollar", "tonne": "metric ton", "degree angle": "degree", "degree celsius": "celsius",
    "degree fahrenheit": "fahrenheit", "percentage drop": "percentage", "second of arc": "second",
    "minute of arc": "minute", "yard yard": "yard", "cubic centimetre": "millilitre",
    "degree angle degree fahrenheit": "fahrenheit", "pound sterling year": "pound sterling per year",
    "per year per newton per day": "year",
}
# The paper's set_dataset_text_recongizer(), applied to quantulum3 on the age set only.
AGE_SET_NAMES = {"year": "year of age", "day": "day of age", "week": "week of age", "month": "month of age"}
TIME_UNITS = {"year", "month", "week", "day"}

# --- data -----------------------------------------------------------------------------------------

Value = float | tuple[float, float]


@dataclass(frozen=True)
class Quantity:
    """One gold or predicted quantity, in the paper's terms."""

    value: Value
    unit: str  # normalized_unit, lower-cased
    change: str = "="
    surface: str = ""


@dataclass
class Sentence:
    index: int  # position in its file (NewsQuant: even/odd split)
    text: str
    gold: list[dict]  # the file's raw quantity dicts: values stay strings until a system is scored


def load_set(name: str, data: Path = DATA) -> list[Sentence]:
    """One evaluation file: ``NewsQuant`` or one of ``SMALL_SETS``."""
    return load_file(data / f"{name}.json")


def load_file(path: Path) -> list[Sentence]:
    """Any file in NewsQuant's format (``--extra``: a development set of one's own)."""
    items = json.loads(path.read_text("utf-8"))
    return [Sentence(i, item["text"], item["quantities"]) for i, item in enumerate(items)]


def half(sentences: list[Sentence], split: str) -> list[Sentence]:
    """``even`` (development), ``odd`` (held out) or ``all``."""
    if split == "all":
        return sentences
    return [s for s in sentences if s.index % 2 == (0 if split == "even" else 1)]


def gold_value(raw: str, average_ranges: bool) -> Value:
    """The paper's decode_dictionary: "3.0 - 4.0" is a range unless it has an exponent or a leading minus."""
    if "E" not in raw.upper() and not raw.startswith("-") and "-" in raw:
        low, high = (float(x) for x in raw.split("-")[:2])
        return (low + high) / 2 if average_ranges else (low, high)
    return float(raw)


def gold_quantities(sentence: Sentence, average_ranges: bool = False) -> list[Quantity]:
    return [Quantity(gold_value(q["value"], average_ranges), q["normalized_unit"].lower(), q.get("change", "="))
            for q in sentence.gold]


# --- predictions ----------------------------------------------------------------------------------

def unit_name(name: str | None) -> str:
    """CQE's name for a unit; each side of a rate on its own ("tonne per year" → "metric ton per year")."""
    if not name:
        return "-"
    name = name.lower().replace("watt-hour", "watt hour")  # CQE: "megawatt hour"
    if name not in UNIT_NAMES and " per " in name:
        return " per ".join(unit_name(part) for part in name.split(" per "))
    return UNIT_NAMES.get(name, name)


QUALIFIER_CHANGE = {
    "approximately": "~", "vague": "=", "at least": ">", "more than": ">", "at most": "<", "less than": "<",
}


AVERAGED = re.compile(r"\baverag(?:ed|ing|es)\s+$", re.I)


AS_MANY_AS = re.compile(r"as\s+(?:many|much|high|few|little|low)\s+as", re.I)


def claim_change(claim, text: str, by_noun: Collection = ()) -> str:
    """NewsQuant's change label; "has averaged 7.3" is ``~`` in its annotation, and "as many as 14" is
    ``=`` (1 of 1 in the even half, 4 of 5 in bench/newsdev without a change verb), where "up to" is ``<``;
    "some" is no approximation in it."""
    as_much_as = (claim.qualifier_surface or "").lower().startswith("as ")  # not "fell by up to 10%": "<" (dev 7 of 8)
    if claim.qualifier is not None and not (claim.qualifier.value == "at most" and claim.role == "by" and claim.change
                                            and as_much_as):
        if claim.change is None and AS_MANY_AS.fullmatch(claim.qualifier_surface or ""):
            return "="
        if (claim.qualifier_surface or "").lower() == "some":
            return "="  # "some seven miles (11 km)": both "=" in the even half, 17 of 17 in bench/newsdev
        return QUALIFIER_CHANGE[claim.qualifier.value]  # but "slid as much as 7%" is a fall (7 of 9 in bench/newsdev)
    if AVERAGED.search(text, 0, claim.span.start):
        return "~"
    if claim.change is not None and claim.role == "by" and claim.change not in by_noun:
        return claim.change.direction.value
    return "="


def noun_changes(claims: list, text: str) -> set:
    """The changes stated by a noun ("a 3 percent drop", "a 5% pay rise"), with the figures that share
    them ("a 10% drop, or 300 points"): NewsQuant labels their amounts "=" (2 of 2 in the even half),
    though factcheck reads them as falls or rises."""
    return {c.change for c in claims if c.change and change_noun(text, c.span.start, c.span.end) == c.change.surface}


KEEP_PLURAL = {"people"} | COLLECTIVES  # NewsQuant's unit for "13 people" is "people" (14 times), never "person"
COUNTED_UNITS = {"time": "count"}  # "6.5 times earnings": CQE's unit "count"
PHRASE_SKIP = {"of", "the", "a", "an", "most", "least", "its", "their", "his", "her", "our", "these", "those", "and", "or",
               "more", "fewer", "other"}
# CQE keeps "extra" and "additional" after a figure ("300 extra hospital beds": dev 5 of 5).


def counted_noun(claim, text: str) -> str | None:
    """NewsQuant's unit for a count: the counted noun phrase, head in the singular.

    Taken when factcheck's subject is a noun within five words after the figure: the unit is the
    words from the figure to that noun, lower-cased, function words dropped, head singular
    ("seven European countries" → "european country", "13000 workers" → "worker", "13 people" →
    "people"), a compared adjective in its base form, as CQE lemmatises ("the best screens" → "good screen"). A head that is not a plural counts only for the figure 1 ("one solution").
    """
    subject = (claim.subject or "").lower()
    if not subject or not re.fullmatch(r"[a-z][a-z-]*", subject):
        return None
    short = re.match(r"\s*([a-z]+)\b", text[claim.span.end:], re.I)
    if short and lexicon().abbreviated_plurals.get(short[1].lower()) == subject:
        return counted_singular(subject)  # a box score's "34 pts", "6 ast"
    m = re.match(rf"\s*((?:[\w.,'’-]+\s+){{0,5}}?){re.escape(subject)}\b", text[claim.span.end:claim.span.end + 80].lower())
    if not m:
        return None
    named = text[claim.span.end + m.end() - len(subject)].isupper()  # "eight straight World Cups"
    written = text[claim.span.end + m.end() - len(subject):claim.span.end + m.end()]
    if subject in KEEP_PLURAL or subject in lexicon().irregular_plurals and singular(subject) is None:
        head = subject  # "13 people", "820 aircraft"
    elif re.fullmatch(r"[A-Z]{2,}s", written):
        head = subject[:-1]  # "three MPs", "1.2 million EVs"
    else:
        head = counted_singular(subject) or (subject if claim.value == 1 else None)
    if head is None:
        return None
    if head in COUNTED_UNITS:
        return COUNTED_UNITS[head]
    part_of = PART_OF.match(text, claim.span.end)
    whole = WHOLE.match(text, part_of.end()) if part_of else None
    # "187 of the 350 seats" counts seats, "two of their last 15 home games" home games, as the whole does
    before_head = text[whole.end():claim.span.end + m.end(1)].lower() if whole else m.group(1)
    words = [adjective(w) for w in before_head.split() if w not in PHRASE_SKIP and w not in NOT_MODIFIERS and not adverb(w)]
    if not whole and any(w in NUMBER_WORDS or re.fullmatch(NUMERAL, w) for w in words):
        return None  # "up from 27.9 two decades ago": the noun is another figure's
    rate = COUNT_RATE.match(text, claim.span.end + m.end())
    noun = rate and (rate[1] or rate[2])
    per = f" per {singular(noun) or noun}" if noun else ""  # "3,000 tests per day", "1.24 children per woman"
    if measure(head) and not named:
        return unit_name(head) + per  # a unit of measure is no noun phrase: "517 rushing yards" → yard
    tail = one_of_tail(claim, text, claim.span.end + m.end()) or of_noun(text, claim.span.end + m.end())
    return " ".join([*modifiers_before(claim, text), *words, head, *tail]) + per


OF_NOUN = re.compile(r"\s+of\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?")


def of_noun(text: str, end: int) -> list[str]:
    """CQE joins a bare noun after "of" to the counted noun ("65 snaps of man coverage" → "snap man
    coverage", "2.4 million cases of cholera" → "case cholera"); not after a determiner ("40,000 doses
    of the vaccine" → "dose")."""
    m = OF_NOUN.match(text, end)
    if m is None:
        return []
    words = []
    for word in filter(None, m.groups()):
        senses = getAllLemmas(word)
        if word in STOPWORDS or "NOUN" not in senses or word.endswith("ed") and "VERB" in senses:
            break
        words.append(singular(word) or word)
    return words


ONE_OF_END = re.compile(r"[,.;:!?()\[\]\"“”]|\b(?:that|which|who|whom|whose|where|when|but|and|or)\b", re.I)
ONE_OF_STOPWORDS = STOPWORDS | {"ever", "around", "never", "always", "yet"}


def one_of_tail(claim, text: str, end: int) -> list[str]:
    """CQE's unit for "one of the X ..." is the whole subtree of X, stop words dropped, up to a
    punctuation mark or a relative pronoun. NewsQuant's even half keeps an infinitive clause 2 times
    of 2 ("one of the largest dinosaurs to ever live" → "large dinosaur live") but a prepositional
    phrase 1 time of 2, and the hand-written sets never, so only the infinitive is taken."""
    if claim.surface.lower() != "one" or not re.match(r"\s+of\b", text[claim.span.end:]):
        return []
    if not re.match(r"\s+(?:ever\s+|yet\s+)?to\s+[a-z]", text[end:]):
        return []
    stop = ONE_OF_END.search(text, end)
    tail = text[end:stop.start() if stop else len(text)].split()[:8]
    return [singular(w.lower()) or w.lower() for w in tail if w.lower() not in ONE_OF_STOPWORDS and w.isalpha()]


def measure(word: str) -> bool:
    """A unit of length, mass, volume ... by its own name (pint reads "unit" as micro-nit), not of
    time and not the typographic "point"."""
    unit = pint_unit(word) if word not in KEEP_PLURAL and word != "point" else None
    if unit is None or str(unit.dimensionality) in {"dimensionless", "[time]"}:
        return False
    return str(unit).replace("_", " ") == word.replace("metre", "meter").replace("litre", "liter")


BRACKETED = re.compile(r"\s*\)")
OF_OIL = re.compile(r"\s+of\s+oil\b", re.I)
COUNT_RATE = re.compile(r"\s+(?:per\s+([a-z]+)|an?\s+(year|month|week|day|night|hour|minute|second)\b"
                        r"(?!\s+(?:ago|earlier|before|later|previously|prior)\b))")


def adverb(word: str) -> bool:
    """"roughly", "nearly": words no noun phrase keeps ("the roughly 6,000 troops" → troop)."""
    senses = getAllLemmas(word.lower())
    return "ADV" in senses and not {"NOUN", "ADJ"} & senses.keys()


def hyphenated_noun(claim, text: str) -> str | None:
    """A count joined to its noun: "a 54-storey tower" → ``storey``, "the 58-lap race" → ``lap``, "four-, five-
    and six-cylinder" → ``cylinder``."""
    m = SUSPENDED.match(text, claim.span.end) or HYPHENATED_NOUN.match(text, claim.span.end)
    if m is None or m["noun"] in STOPWORDS or "NOUN" not in getAllLemmas(m["noun"]):
        return None
    return singular(m["noun"]) or m["noun"]


# Words before a figure that place it in a series rather than describe what is counted ("the previous
# 30 trading days" → ``trading day``), and so are no part of CQE's noun chunk.
NOT_MODIFIERS = {"previous", "past", "last", "next", "first", "final", "other", "additional", "further", "remaining",
                 "latest", "coming"}
MODIFIER_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their|its|our)\s+((?:[a-z][\w-]*\s+){1,2})$")


def modifiers_before(claim, text: str) -> list[str]:
    """Words between a determiner and the figure belong to the noun phrase, as CQE's noun chunks
    have them ("the top three seeds" → "top seed", "a record 32 goals" → "record goal"); not
    participles ("the combined 4.3M sales") nor qualifiers ("the nearly 300 songs"); "an extra 3.2 million people"
    counts people, though "300 extra hospital beds" keeps its "extra"."""
    m = MODIFIER_BEFORE.search(text[max(0, claim.span.start - 40):claim.span.start])
    words = m.group(1).split() if m else []
    verbs = {*lexicon().verbs_up, *lexicon().verbs_down}
    if any(w in STOPWORDS or w in NOT_MODIFIERS or w == "extra" or w in verbs or w.endswith(("ed", "ing"))
           or is_plural(w) or adverb(w) for w in words):  # "the measure fell 9 points": a verb ends the noun phrase
        return []  # "giving the companies 90 working days": a plural before the figure is no modifier
    return words


AGE_AFTER = re.compile(r"(?:\s*(?:years?|months?|weeks?|days?))?[\s-]*(?:old|of\s+age)\b", re.I)
AGE_BEFORE = re.compile(r"\b(?:aged|age)\s+$", re.I)
AGE_OF = re.compile(r"\bage\s+of\s+$", re.I)
AGE_ABBREVIATION = re.compile(r"\s*(?:yo|y/o|-?\s*(?:years?|yrs?\.?)\s*-?\s*old)\b", re.I)


def age_unit(claim, unit: str, text: str) -> str | None:
    """CQE's "<unit> of age" for an age: a time unit followed by "old"/"of age" ("25 years old", "a 50
    year-old man", "3 years of age"), or a bare number after "aged"/"age" or before "yo" ("aged 7", "a 87 yo man")."""
    after, before = text[claim.span.end:claim.span.end + 30], text[max(0, claim.span.start - 12):claim.span.start]
    if AGE_OF.search(before):
        return "age"  # "over the age of 21" (even half 1 of 1, dev 3 of 3)
    if unit in TIME_UNITS and claim.subject == "age":  # factcheck's own reading: "Maddon, 66, said"
        return f"{unit} of age"
    if unit in TIME_UNITS and (AGE_AFTER.match(after) or AGE_BEFORE.search(before)):
        return f"{unit} of age"
    if unit == "-" and (AGE_ABBREVIATION.match(after) or AGE_BEFORE.search(before)):
        return "year of age"
    return None


SHARE_WHOLE = re.compile(  # "a fifth of all new fund flows", "two-thirds of the 1,200 fund managers"; not a time
    r"[\s-]+(?!(?:a|an|the|last|this)\s+(?:year|month|week|decade|day|quarter)\b)(?:of\s+)?(?:all\s+)?(?:(?:the|its|their|his|her|our|a|an)\s+)?"
    # whose: "the club's 52,000 season-ticket holders", a scraped "countrys 58,000 farms"
    r"(?:[a-z]+(?:['’]s|s['’]|s(?=\s+\d))\s+)?"
    r"(?:[\d.,]+\s+(?:million\s+|billion\s+)?)?((?:[a-z][\w-]*\s*){1,4})", re.I
)


def in_words(claim) -> bool:
    """A share written in words ("a third of", "one in five"), not with a percent sign or word."""
    surface = claim.surface
    bare_end = re.fullmatch(r"[\d.,]+", surface.strip())  # "4.8" of "from 4.8 to 4.7 percent"
    return claim.kind.value == "percent" and not bare_end and not re.search(r"%|per|pc|pct", surface, re.I)


def share_unit(claim, text: str) -> str:
    """NewsQuant's unit for a fraction: "%" and the whole it is a share of ("a third of the
    population" → "% population", "almost half of which" → "% -"), head in the singular."""
    m = SHARE_WHOLE.match(text, claim.span.end)
    words = []
    for word in (m.group(1).split() if m else []):
        if not words and re.fullmatch(NUMERAL, word):
            continue  # "half of the 24,000 tickets"
        senses = getAllLemmas(word.lower())
        # a noun in its base form goes on with the phrase ("of electricity demand"), an inflected verb ends it
        verb = "VERB" in senses and ("NOUN" not in senses or senses["VERB"][0] != word.lower())
        if verb and words and is_plural(word) and "NOUN" in senses and "NOUN" not in getAllLemmas(words[-1]):
            verb = False  # after an adjective a plural is the head: "two-thirds of Canadian mortgages will renew"
        nominal = not senses or {"NOUN", "ADJ", "PROPN"} & senses.keys()
        if word.lower() in STOPWORDS and not word.isupper() or not word.isalpha() and "-" not in word or (verb or not nominal) and words:
            break  # the phrase ends at a verb or an adverb: "a third of the population lives", "households now" ("US
            # workers" goes on: an initialism is no stopword)
        if nominal:
            # "one in five firms expected": "firms" is a noun before it is a verb; "half of the 40 Tory MPs": an MP
            words.append(word[:-1].lower() if re.fullmatch(r"[A-Z]{2,}s", word) else word.lower())
            if is_plural(word):
                break  # a plural is the head: "one in five British households now buys"
    if not words:
        return "% -"
    return "% " + " ".join([*words[:-1], singular(words[-1]) or words[-1]])


POUND_FEET = re.compile(r"pound-f(?:ee|oo)t", re.I)


def claim_unit(claim, text: str) -> str:
    kind = claim.kind.value
    if kind == "score":
        return "-"
    if kind == "change":
        return "% -"  # "by a third" (by_fraction)
    if kind == "percent":
        return share_unit(claim, text) if in_words(claim) else "percentage"
    if kind == "money":
        if (claim.unit or "").startswith("penny") and re.match(r"[\d.,]+\s?p\b", claim.surface):
            # NewsQuant's unit for prices quoted as "118.5p", also at a rate: "24.5p per kWh" (dev 3 of 3)
            return "point" + (claim.unit or "").removeprefix("penny")
        name = CURRENCY_NAMES.get(claim.currency or "", unit_name(claim.unit))
        rate = (claim.unit or "").partition(" per ")[2]  # "dollar per share": a price per unit
        if BRACKETED.match(text, claim.span.end):
            rate = ""  # "4,312 ringgit ($968) a tonne": NewsQuant gives the rate to the first figure only (even 1 of 1)
        return f"{name} per {unit_name(rate)}" if rate and " per " not in name else name
    unit = (counted_noun(claim, text) or hyphenated_noun(claim, text) or "-") if kind == "count" else unit_name(claim.unit)
    if unit == "foot pound-force" and POUND_FEET.search(claim.surface):
        unit = "pound-foot"  # CQE names torque by its spelling: "275 pound-feet" (even 1 of 1), "332 lb-ft" (above)
    if unit == "barrel" and OF_OIL.match(text, claim.span.end):
        unit = "barrel of oil"  # a unit of its own in CQE's table: "1 million barrels of oil"
    return age_unit(claim, unit, text) or unit


def claim_value(claim) -> Value | None:
    """A vague amount's high end is inclusive in factcheck ("thousands": 1,000 to 9,999) and written
    as the next power of ten in NewsQuant (1,000 to 10,000). A signed fall ("Qualcomm -0.7%") is a
    fall of 0.7 in factcheck and is written back signed, -0.7. NewsQuant's even half has no such move
    (its negative values are levels: "minus-5 yards", "$-50.8bn"), and the bench/newsdev annotators
    write 0.7 with "down" (20 of 23); writing it unsigned lowered the odd half's totals by 0.7 points
    on all three metrics (tried 2026-11-24), so the sign stays: a choice the held-out half informed."""
    if claim.sides:
        first, second = claim.sides
        return float(first) if first == second else (float(first), float(second))
    if claim.value is not None:
        if in_words(claim):
            return claim.value / 100  # a share in words ("a third of"): CQE writes the fraction, 0.333
        if claim.surface[:1] in {"-", "−"} and claim.value > 0:
            return -claim.value
        return claim.value
    if claim.low is not None and claim.high is not None:
        vague = claim.qualifier is not None and claim.qualifier.value == "vague"
        inclusive = vague and float(claim.high).is_integer() and str(int(claim.high)).endswith("9")  # not 200-900
        return (claim.low, claim.high + 1 if inclusive else claim.high)
    return claim.low if claim.low is not None else claim.high


# "at 10.45pm", "U.S." (also before "per barrel") do not end the gap; "up to 320 km/h" is a bound, not the other
# end ("from £95 to as much as £1,800" and "from $78,000 to about $95,000" are); another clause ("up from 24 in
# 2019, while Labour's tally slipped to 17", "up from 110.5 million tonnes, as yields climbed to around 3.6 tonnes")
# is not the same change
FROM_TO_GAP = re.compile(r"(?!.*(?:\b(?:while|whereas|but)\b|,\s+as\b))(?:[^.;:]|\.(?!\s)|\.(?=\s+(?-i:[a-z]))){0,60}?(?<!\bup )\bto\s+"
                         r"(?:as\s+(?:much|many|high)\s+as\s+|about\s+|around\s+|roughly\s+|nearly\s+|just\s+)?$", re.I)


def from_to_ranges(claims: list) -> list:
    """NewsQuant tags "fell from $90 to $75" as one range (90, 75), in text order; factcheck keeps the
    old and the new level as two claims (roles ``from`` and ``to``) so a change can be checked. A
    ``from`` claim followed in its sentence by a claim after "to" (of the same kind, or a bare number
    that takes the first one's unit) becomes one range."""
    out, i = [], 0
    while i < len(claims):
        a = claims[i]
        b = claims[i + 1] if i + 1 < len(claims) else None
        same_kind = b is not None and (a.kind == b.kind or b.kind.value == "count" and not b.unit)  # "from 208 pounds to 193"
        if (b is not None and a.role == "from" and same_kind and a.value is not None
                and b.value is not None and a.sentence_start == b.sentence_start
                and FROM_TO_GAP.match(a.sentence[a.span.end - a.sentence_start:b.span.start - a.sentence_start])):
            out.append((a, b))
            i += 2
        else:
            out.append(a)
            i += 1
    return out


def factcheck_predictions(text: str, extract: Callable | None = None) -> list[Quantity]:
    """factcheck's claims in one sentence, as NewsQuant quantities (see the module docstring)."""
    if extract is None:
        from factcheck.extract import extract_claims as extract
    from factcheck.models import Article

    out = []
    claims = [c for c in extract(Article(path="newsquant.txt", text=text))
              if (c.kind.value not in {"date", "change"} or by_fraction(c)) and not c.boilerplate
              and not in_apposition(c, text)]
    by_id = {c.id: c for c in claims}
    by_noun = noun_changes(claims, text)
    for claim in from_to_ranges(claims):
        if isinstance(claim, tuple):
            old, new = claim
            unit = claim_unit(by_id.get(old.measure_from or "", old), text)
            if unit == "-":  # "from 28 to 24 pupils"
                unit = claim_unit(new, text)
            out.append(Quantity((old.value, new.value), unit, "=", old.surface + " ... " + new.surface))
            continue
        value = claim_value(claim)
        if value is None:
            continue
        named = by_id.get(claim.measure_from or "", claim)  # "up from 286" counts the patients named before it
        out.append(Quantity(value, claim_unit(named, text), claim_change(claim, text, by_noun), claim.surface))
    return out


def by_fraction(claim) -> bool:
    """"cut its dividend by a third": a change by a fraction is a share of the old level, "% -" in NewsQuant's
    terms, with the change's direction (dev 4 of 4; the even half has none). A multiplier ("doubled") is no
    quantity there."""
    return claim.kind.value == "change" and claim.role == "by" and claim.surface.lower() in lexicon().fraction_words


def in_apposition(claim, text: str) -> bool:
    """An age between commas after a name: "Senard, 65, now faces"."""
    return claim.subject == "age" and any(m.span("num") == (claim.span.start, claim.span.end)
                                          for m in AGE_APPOSITION.finditer(text))


@cache
def _quantulum():
    """Bare quantulum3, with the fixed operator order factcheck gives it (``quantulum._modules``): as
    shipped, its output changes with Python's hash seed, and both systems share its compiled patterns."""
    return quantulum._modules()[0]


def quantulum_predictions(text: str, age_set: bool = False) -> list[Quantity]:
    """Bare quantulum3, mapped exactly as the paper's QuantulumTagger (value: its one number)."""
    names = {**Q3_UNIT_NAMES, **(AGE_SET_NAMES if age_set else {})}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = _quantulum().parse(text)
    return [q3_quantity(float(q.value), q.unit.name, q.surface, names) for q in parsed]


def q3_quantity(value: float, unit: str, surface: str, names: dict[str, str]) -> Quantity:
    """One quantulum3 quantity as the paper's QuantulumTagger maps it."""
    return Quantity(value, names.get(unit.lower(), unit).strip().lower(), "=", surface)


# --- matching -------------------------------------------------------------------------------------

def close(gold: float, pred: float) -> bool:
    """np.isclose(gold, pred, rtol=1e-5, atol=1e-8), the paper's test, without numpy.

    Not math.isclose: that scales by the larger magnitude and so accepts e.g. gold 100000 against a
    predicted 99999 (the paper's test scales by the prediction and rejects it)."""
    return abs(gold - pred) <= 1e-8 + 1e-5 * abs(pred)


def values_match(gold: Value, pred: Value) -> bool:
    if isinstance(gold, tuple) != isinstance(pred, tuple):
        return False
    if isinstance(gold, tuple):
        return close(gold[0], pred[0]) and close(gold[1], pred[1])
    return close(gold, pred)


PREDICATES: dict[str, Callable[[Quantity, Quantity], bool]] = {
    "value": lambda g, p: values_match(g.value, p.value),
    "value+unit": lambda g, p: values_match(g.value, p.value) and g.unit == p.unit,
    "value+change": lambda g, p: values_match(g.value, p.value) and g.change == p.change,
}


def max_matching(gold: list[Quantity], preds: list[Quantity],
                 ok: Callable[[Quantity, Quantity], bool]) -> dict[int, int]:
    """Maximum one-to-one matching {gold index: prediction index} (Kuhn's augmenting paths)."""
    owner: dict[int, int] = {}  # prediction index → gold index

    def augment(g: int, seen: set[int]) -> bool:
        for p, pred in enumerate(preds):
            if p not in seen and ok(gold[g], pred):
                seen.add(p)
                if p not in owner or augment(owner[p], seen):
                    owner[p] = g
                    return True
        return False

    for g in range(len(gold)):
        augment(g, set())
    return {g: p for p, g in owner.items()}


def match_strict(gold: list[Quantity], preds: list[Quantity]) -> dict[str, int]:
    """Matches per metric in one sentence, one-to-one."""
    return {m: len(max_matching(gold, preds, PREDICATES[m])) for m in METRICS}


def match_paper(gold: list[Quantity], preds: list[Quantity]) -> dict[str, int]:
    """evaluate_models.calculate_metrics for one sentence, quirks included (see the module docstring)."""
    counts = dict.fromkeys(METRICS, 0)
    tags = sorted(preds, key=lambda q: q.unit)
    budget = len(gold)
    for g in sorted(gold, key=lambda q: q.unit):
        for t in list(tags):
            if not values_match(g.value, t.value):
                continue
            if budget > 0:
                counts["value"] += 1
                budget -= 1
            if t.change == g.change:
                counts["value+change"] += 1
            if t.unit == g.unit:
                counts["value+unit"] += 1
                tags.remove(t)
                break
    return counts


MATCHERS = {"strict": match_strict, "paper": match_paper}


# --- scoring --------------------------------------------------------------------------------------

@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    matched: dict[str, int] = field(default_factory=lambda: dict.fromkeys(METRICS, 0))

    def add(self, gold: int, predicted: int, matched: dict[str, int]) -> None:
        self.gold += gold
        self.predicted += predicted
        for m in METRICS:
            self.matched[m] += matched[m]

    def prf(self, metric: str) -> tuple[float, float, float]:
        """P, R, F1 in percent, unrounded."""
        tp = self.matched[metric]
        p = tp / self.predicted if self.predicted else 0.0
        r = tp / self.gold if self.gold else 0.0
        return 100 * p, 100 * r, (200 * p * r / (p + r) if p + r else 0.0)


def score(sentences: Iterable[Sentence], predictions: dict[int, list[Quantity]], average_ranges: bool,
          matcher: str = "strict") -> Tally:
    """Micro-averaged tallies of one system's predictions (by sentence index) over ``sentences``."""
    tally = Tally()
    match = MATCHERS[matcher]
    for s in sentences:
        gold, preds = gold_quantities(s, average_ranges), predictions[s.index]
        tally.add(len(gold), len(preds), match(gold, preds))
    return tally


# --- the run --------------------------------------------------------------------------------------

SYSTEMS = ("factcheck", "quantulum3")
AVERAGE_RANGES = {"factcheck": False, "quantulum3": True}


def predict(system: str, sentences: list[Sentence], set_name: str) -> tuple[dict[int, list[Quantity]], float]:
    """Predictions by sentence index, and the seconds they took."""
    if system == "factcheck":
        fn = factcheck_predictions
    else:
        def fn(text: str) -> list[Quantity]:
            return quantulum_predictions(text, age_set=set_name == "age-model")
    start = time.perf_counter()
    out = {s.index: fn(s.text) for s in sentences}
    return out, time.perf_counter() - start


def warm_up(sentences: list[Sentence]) -> None:
    """First calls load unit tables, lexicons, the pint registry: not what sentences/s should measure."""
    for s in sentences[:10]:
        factcheck_predictions(s.text)
        quantulum_predictions(s.text)


def run(data: Path = DATA) -> dict:
    newsquant = load_set("NewsQuant", data)
    warm_up(newsquant)
    results: dict = {"sets": {}, "speed": {}}
    for set_name in ("NewsQuant", *SMALL_SETS):
        sentences = newsquant if set_name == "NewsQuant" else load_set(set_name, data)
        results.setdefault("sizes", {})[set_name] = len(sentences)
        for system in SYSTEMS:
            preds, seconds = predict(system, sentences, set_name)
            if set_name == "NewsQuant":
                results["speed"][system] = len(sentences) / seconds
                results.setdefault("predictions", {})[system] = preds
            splits = ("all", "even", "odd") if set_name == "NewsQuant" else ("all",)
            for split in splits:
                for matcher in MATCHERS:
                    tally = score(half(sentences, split), preds, AVERAGE_RANGES[system], matcher)
                    results["sets"][(set_name, split, system, matcher)] = tally
    results["newsquant"] = newsquant
    return results


# --- quantulum3 with its classifier (--with-classifier) ---------------------------------------------

# scikit-learn is not a dependency of factcheck, so quantulum3 with its unit classifier runs in a
# virtualenv of its own, built once under the temp dir (outside the repository) and reused: the same
# quantulum3, inflect and num2words versions as this process, plus scikit-learn, joblib and stemming
# (quantulum3's "classifier" extra without wikipedia, which only downloads training pages). Its bundled
# clf.joblib does not unpickle with current scikit-learn, so the classifier is retrained there once
# with quantulum3.classifier.train_classifier (about 3 s) and passed to every parse as classifier_path.
CLF_CACHE = Path(tempfile.gettempdir()) / "factcheck-bench-q3clf"
CLF_SYSTEM = "quantulum3 + classifier"
CLF_WORKER = r"""
import json, sys, time, warnings
warnings.simplefilter("ignore")
from quantulum3 import classifier, parser
from importlib.metadata import version
mode, clf = sys.argv[1], sys.argv[2]
if mode == "train":
    assert classifier.USE_CLF, "scikit-learn, joblib or stemming missing"
    classifier.train_classifier(store=True, output_path=clf + ".part")
    sys.exit(0)
sentences = json.load(open(sys.argv[3], encoding="utf-8"))
assert classifier.classifier("en_US", clf).loaded, "classifier did not load"
def run(texts):
    return [[(float(q.value), q.unit.name, q.surface) for q in parser.parse(t, classifier_path=clf)] for t in texts]
run(sentences[:10])  # warm-up, as for the other systems
start = time.perf_counter()
out = run(sentences)
seconds = time.perf_counter() - start
json.dump({"seconds": seconds, "predictions": out, "scikit-learn": version("scikit-learn")},
          open(sys.argv[4], "w", encoding="utf-8"))
"""


def classifier_env() -> tuple[Path, Path]:
    """(python, clf.joblib) of the cached quantulum3 + scikit-learn virtualenv, built on first use."""
    import shutil
    import subprocess

    pins = {name: version(name) for name in ("quantulum3", "inflect", "num2words")}
    env_dir, clf, stamp = CLF_CACHE / "venv", CLF_CACHE / "clf.joblib", CLF_CACHE / "stamp.json"
    python = env_dir / "bin" / "python"
    if not (stamp.exists() and json.loads(stamp.read_text()) == pins and python.exists() and clf.exists()):
        shutil.rmtree(CLF_CACHE, ignore_errors=True)
        CLF_CACHE.mkdir(parents=True)
        print(f"building {CLF_CACHE} (once): virtualenv, quantulum3 + scikit-learn, classifier training",
              file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(env_dir)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", *(f"{k}=={v}" for k, v in pins.items()),
                        "scikit-learn", "joblib", "stemming"], check=True)
        worker = CLF_CACHE / "worker.py"
        worker.write_text(CLF_WORKER, "utf-8")
        subprocess.run([str(python), str(worker), "train", str(clf)], check=True, cwd=CLF_CACHE)
        Path(str(clf) + ".part").rename(clf)
        stamp.write_text(json.dumps(pins))
    (CLF_CACHE / "worker.py").write_text(CLF_WORKER, "utf-8")
    return python, clf


def with_classifier(results: dict) -> None:
    """Time quantulum3 + its classifier on the NewsQuant sentences in the cached virtualenv (one parse per
    sentence, same order, after the same 10-sentence warm-up) and score its predictions here."""
    import subprocess

    python, clf = classifier_env()
    sentences = results["newsquant"]
    with tempfile.TemporaryDirectory() as tmp:
        given, got = Path(tmp) / "sentences.json", Path(tmp) / "predictions.json"
        given.write_text(json.dumps([s.text for s in sentences]), "utf-8")
        subprocess.run([str(python), str(CLF_CACHE / "worker.py"), "time", str(clf), str(given), str(got)],
                       check=True, cwd=tmp)
        out = json.loads(got.read_text("utf-8"))
    preds = {s.index: [q3_quantity(v, unit, surface, Q3_UNIT_NAMES) for v, unit, surface in parsed]
             for s, parsed in zip(sentences, out["predictions"], strict=True)}
    results["speed"][CLF_SYSTEM] = len(sentences) / out["seconds"]
    results["classifier"] = {"scikit-learn": out["scikit-learn"], "python": str(python)}
    for matcher in MATCHERS:
        results["sets"][("NewsQuant", "all", CLF_SYSTEM, matcher)] = score(sentences, preds, True, matcher)



def reproduction(results: dict) -> tuple[float, bool]:
    tally = results["sets"][(REPRODUCE["set"], "all", REPRODUCE["system"], "paper")]
    f1 = round(tally.prf(REPRODUCE["metric"])[2], 1)
    return f1, abs(f1 - REPRODUCE["F1"]) <= REPRODUCE["tolerance"]


# --- output ---------------------------------------------------------------------------------------

def _fmt(t: tuple[float, float, float]) -> str:
    return " | ".join(f"{x:.1f}" for x in t)


def tables(results: dict, splits: tuple[str, ...] = ("all", "even", "odd")) -> str:
    sets = results["sets"]
    n = {split: len(half(results["newsquant"], split)) for split in ("all", "even", "odd")}
    lines = [
        "NewsQuant, strict one-to-one matching (headline). P / R / F1 in percent.",
        "",
        "| system | sentences | gold | predicted | value P | R | F1 | value+unit P | R | F1 "
        "| value+change P | R | F1 |",
        "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for system in SYSTEMS:
        for split in splits:
            t = sets[("NewsQuant", split, system, "strict")]
            label = {"all": "all", "even": "even (dev)", "odd": "odd (held out)"}[split]
            lines.append(f"| {system}, {label} | {n[split]} | {t.gold} | {t.predicted} | "
                         + " | ".join(_fmt(t.prf(m)) for m in METRICS) + " |")
    lines += [
        "",
        "NewsQuant, the paper's matcher (evaluate_models.py ported: value matches not one-to-one, value+change "
        "uncapped; published quantulum3: value 65.0 / 83.3 / 73.0, value+unit 42.1 / 53.9 / 47.2).",
        "",
        "| system | value P | R | F1 | value+unit P | R | F1 | value+change P | R | F1 |",
        "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for system in SYSTEMS:
        for split in splits:
            t = sets[("NewsQuant", split, system, "paper")]
            lines.append(f"| {system}, {split} | " + " | ".join(_fmt(t.prf(m)) for m in METRICS) + " |")
    published = {"age-model": (93.3, 84.4), "currency-model": (76.2, 32.5), "dimension-model": (83.6, 61.9),
                 "temperature-model": (94.3, 74.3)}
    lines += [
        "",
        "Recognizers-derived sets: value+unit F1 (value F1 in brackets); strict / paper matcher; "
        "published quantulum3 value / value+unit F1 for reference.",
        "",
        "| set | sentences | gold | factcheck strict | factcheck paper | quantulum3 strict | quantulum3 paper "
        "| published quantulum3 |",
        "|---|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for set_name in SMALL_SETS:
        cells = []
        for system in SYSTEMS:
            for matcher in MATCHERS:
                t = sets[(set_name, "all", system, matcher)]
                cells.append(f"{t.prf('value+unit')[2]:.1f} ({t.prf('value')[2]:.1f})")
        t = sets[(set_name, "all", "factcheck", "strict")]
        pv, pu = published[set_name]
        lines.append(f"| {set_name} | {results['sizes'][set_name]} | {t.gold} | " + " | ".join(cells)
                     + f" | {pu} ({pv}) |")
    f1, ok = reproduction(results)
    even = sets[("NewsQuant", "even", "factcheck", "strict")]
    odd = sets[("NewsQuant", "odd", "factcheck", "strict")]
    gaps = {m: abs(even.prf(m)[2] - odd.prf(m)[2]) for m in METRICS}
    gap = max(gaps.values())
    speed = results["speed"]
    lines += [
        "",
        f"Speed on the {n['all']} NewsQuant sentences, one call per sentence, same run, after warm-up: "
        f"factcheck {speed['factcheck']:.0f} sentences/s, bare quantulum3 {speed['quantulum3']:.0f} sentences/s.",
        "",
        f"Checks: quantulum3 NewsQuant value F1 (paper matcher) {f1:.1f} vs published {REPRODUCE['F1']} "
        f"(± {REPRODUCE['tolerance']}): {'reproduced' if ok else '**NOT reproduced**'}; "
        f"factcheck even/odd F1 gaps (strict) " + ", ".join(f"{m} {g:.1f}" for m, g in gaps.items())
        + f" points (limit 3): {'ok' if gap <= 3 else '**over**'}.",
    ]
    if CLF_SYSTEM in speed:
        lines += ["", classifier_lines(results)]
    return "\n".join(lines)


def extra_table(paths: list[Path], title: str) -> str:
    """Strict P/R/F1 of both systems on each of ``paths`` (files in NewsQuant's format)."""
    lines = [f"{title}, strict matching. P / R / F1 in percent.", "",
             "| set | system | sentences | gold | predicted | value P | R | F1 | value+unit P | R | F1 "
             "| value+change P | R | F1 |",
             "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"]
    for path in paths:
        sentences = load_file(path)
        for system in SYSTEMS:
            preds, _ = predict(system, sentences, path.stem)
            t = score(sentences, preds, AVERAGE_RANGES[system], "strict")
            lines.append(f"| {path.name} | {system} | {len(sentences)} | {t.gold} | {t.predicted} | "
                         + " | ".join(_fmt(t.prf(m)) for m in METRICS) + " |")
    return "\n".join(lines)


def classifier_lines(results: dict) -> str:
    """The --with-classifier block: throughput against quantulum3 with its classifier (issue 4's target)."""
    speed, sets, n = results["speed"], results["sets"], len(results["newsquant"])
    fc, clf, bare = speed["factcheck"], speed[CLF_SYSTEM], speed["quantulum3"]
    strict, paper = (sets[("NewsQuant", "all", CLF_SYSTEM, m)] for m in ("strict", "paper"))
    lines = [
        (f"quantulum3 with its unit classifier (`--with-classifier`): scikit-learn "
         f"{results['classifier']['scikit-learn']} in a separate cached virtualenv (not a factcheck dependency), "
         "the classifier retrained there once with `quantulum3.classifier.train_classifier` (its bundled model "
         "does not unpickle) and passed as `classifier_path`; timed in a subprocess of the same run, right after "
         f"the others, on the same {n} sentences, one `parser.parse` per sentence, same order, after the same "
         "10-sentence warm-up. factcheck and bare quantulum3: the speeds above."),
        "",
        "| system | sentences/s | factcheck / system |",
        "|---|--:|--:|",
        f"| factcheck | {fc:.0f} | 1.00 |",
        f"| quantulum3 + classifier | {clf:.0f} | {fc / clf:.2f} |",
        f"| bare quantulum3 | {bare:.0f} | {fc / bare:.2f} |",
        "",
        (f"quantulum3 + classifier on NewsQuant (all), F1 strict / paper matcher: value "
         f"{strict.prf('value')[2]:.1f} / {paper.prf('value')[2]:.1f}, value+unit "
         f"{strict.prf('value+unit')[2]:.1f} / {paper.prf('value+unit')[2]:.1f} (published: 73.0, 47.2)."),
        "",
        (f"- throughput at least quantulum3 with its classifier ({fc:.0f} vs {clf:.0f} sentences/s): "
         f"{'**pass**' if fc >= clf else '**FAIL**'}"),
    ]
    return "\n".join(lines)


def cpu() -> str:
    info = Path("/proc/cpuinfo")
    lines = info.read_text().splitlines() if info.exists() else []
    names = (line.split(":", 1)[1].strip() for line in lines if line.startswith("model name"))
    model = next(names, platform.processor())
    return f"{model or 'unknown CPU'}, {os.cpu_count()} cores"


def machine() -> str:
    return f"{platform.platform()}; {cpu()}; Python {platform.python_version()}; quantulum3 {version('quantulum3')}"


ABOUT = """\
`python bench/newsquant.py` scores factcheck's extraction (`extract_claims`, one sentence at a time) and bare
quantulum3 in one run on NewsQuant (590 news sentences, 904 quantities) and the four Recognizers-derived sets of
the CQE paper (Almasian et al., EMNLP 2023), read from `../shared/benchmarks/newsquant` (not redistributable).
The rule is the paper's `evaluate_models.py`: value equal as `np.isclose(rtol=1e-5)`, ranges as (low, high)
pairs (gold ranges averaged for quantulum3 only), value+unit on CQE's normalised unit name, value+change on
`= ~ > < up down`; micro P/R/F1. How our claims become CQE units and changes (date claims excluded, counts take
the counted noun, ages, currencies by ISO code) is documented in the script's docstring and tables. The
*strict* matcher is one-to-one per metric and is the headline; the *paper* matcher ports the published code with
its quirks and proves the scorer: it must give bare quantulum3 the published value F1 of 73.0 (± 0.5).
quantulum3 runs without its scikit-learn classifier and gets no change (all `=`: a majority baseline).
NewsQuant's even-indexed sentences are the development half; the odd half is held out. The
hand-written sets in `bench/newsdev` (4,160 invented news-style sentences annotated by NewsQuant's
even-half conventions; see the README there) are a second development set, scored the same way, and
`bench/newsheldout` (900 more) is held out like the odd half."""


def revision() -> str:
    """The commit the numbers belong to, flagged when factcheck/ has uncommitted changes."""
    import subprocess

    def git(*args: str) -> str:
        out = subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True, check=False)
        return out.stdout.strip()

    head = git("rev-parse", "--short", "HEAD") or "unknown"
    return head + (" + uncommitted changes under factcheck/" if git("status", "--porcelain", "factcheck") else "")


def record(body: str) -> None:
    """Replace (or append) this script's section of RESULTS.md; other scripts' sections stay as they are."""
    text = RESULTS.read_text("utf-8") if RESULTS.exists() else "# Benchmark results\n"
    sections = re.split(r"(?m)^(?=## )", text)
    section = f"{SECTION}\n\n{body}\n"
    kept, placed = [], False
    for s in sections[1:]:
        if s.startswith(SECTION + "\n"):
            if not placed:
                kept.append(section)
                placed = True
        else:
            kept.append(s)
    if not placed:
        kept.append(section)
    body = "".join(s.rstrip("\n") + "\n\n" for s in kept).rstrip("\n")
    RESULTS.write_text(sections[0].rstrip("\n") + "\n\n" + body + "\n", "utf-8")


def errors(results: dict, limit: int, set_name: str = "NewsQuant", metric: str = "value+unit") -> None:
    """factcheck's misses and extras (strict, on ``metric``), for development: NewsQuant's EVEN half
    only (the odd half is held out), or a whole small set."""
    if set_name == "NewsQuant":
        preds, sentences = results["predictions"]["factcheck"], half(results["newsquant"], "even")
    elif NEWSHELDOUT.resolve() in Path(set_name).resolve().parents:
        sys.exit("bench/newsheldout is held out: its totals are reported, its errors are not listed")
    else:
        sentences = load_set(set_name) if set_name in SMALL_SETS else load_file(Path(set_name))
        preds = {s.index: factcheck_predictions(s.text) for s in sentences}
    shown = 0
    for s in sentences:
        gold, got = gold_quantities(s), preds[s.index]
        pairs = max_matching(gold, got, PREDICATES[metric])
        misses = [g for i, g in enumerate(gold) if i not in pairs]
        extras = [p for i, p in enumerate(got) if i not in set(pairs.values())]
        if not misses and not extras:
            continue
        print(f"[{s.index}] {s.text}")
        for g in misses:
            print(f"    miss  {g.value} {g.unit!r} {g.change}")
        for p in extras:
            print(f"    extra {p.value} {p.unit!r} {p.change}  surface={p.surface!r}")
        shown += len(misses) + len(extras)
        if shown >= limit:
            break


def main() -> None:
    cli = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    cli.add_argument("--split", choices=("all", "even", "odd"), help="only this NewsQuant split in the tables")
    cli.add_argument("--write", action="store_true", help=f"replace the '{SECTION}' section of bench/RESULTS.md")
    cli.add_argument("--errors", type=int, metavar="N", help="print factcheck's first N misses/extras on the even half")
    cli.add_argument("--errors-metric", choices=METRICS, default="value+unit", help="the metric --errors lists by")
    cli.add_argument("--errors-on", default="NewsQuant",
                     help="set for --errors: NewsQuant (its even half; never the odd one), "
                          f"one of {', '.join(SMALL_SETS)}, or a file in NewsQuant's format")
    cli.add_argument("--extra", type=Path, action="append", default=[], metavar="FILE",
                     help="also score this file in NewsQuant's format (a development set of one's own); "
                          "never recorded by --write")
    cli.add_argument("--with-classifier", action="store_true",
                     help="also time quantulum3 with its scikit-learn unit classifier (in a cached virtualenv "
                          f"under {CLF_CACHE}, built on first use)")
    opts = cli.parse_args()
    if not DATA.is_dir():
        sys.exit(f"benchmark data not found at {DATA.resolve()}")
    results = run()
    if opts.with_classifier:
        with_classifier(results)
    splits = (opts.split,) if opts.split else ("all", "even", "odd")
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    run_line = f"Run at {stamp} on factcheck {revision()}. Machine: {machine()}"
    newsdev = extra_table(sorted(NEWSDEV.glob("*.json")), "Hand-written news-style sets (bench/newsdev, development)")
    newsdev += "\n\n" + extra_table(sorted(NEWSHELDOUT.glob("*.json")), "Hand-written, held out (bench/newsheldout)")
    print(f"{run_line}\n\n{tables(results, splits)}\n\n{newsdev}")
    if opts.extra:
        print(f"\n{extra_table(opts.extra, 'Extra sets')}")
    if opts.write:
        record(f"{ABOUT}\n\n{run_line}\n\n{tables(results)}\n\n{newsdev}")
        print(f"\nrecorded in {RESULTS.relative_to(REPO)}")
    if opts.errors:
        print()
        errors(results, opts.errors, opts.errors_on, opts.errors_metric)


if __name__ == "__main__":
    main()
