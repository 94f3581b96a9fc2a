"""The extraction lexicon (qualifiers, vague amounts, change words, boilerplate) loaded once from data."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from pydantic import BaseModel, Field
from ruamel.yaml import YAML

from factcheck.models import Qualifier


class VagueAmount(BaseModel):
    pattern: str
    low: float
    high: float
    exact: bool = False


class Lexicon(BaseModel):
    qualifiers: dict[Qualifier, list[str]]
    approximate_width: float = Field(gt=0, lt=1)
    suffix_qualifiers: dict[Qualifier, list[str]]
    vague: list[VagueAmount]
    multipliers: dict[str, float]
    verbs_up: list[str]
    verbs_down: list[str]
    nouns_up: list[str]
    nouns_down: list[str]
    particle_verbs: set[str]
    rise_particle_verbs: set[str]
    fraction_words: dict[str, float]
    unit_senses: dict[str, str]
    implausible_units: set[str]
    label_words: list[str]
    index_names: list[str]
    stock_indexes: list[str]
    extra_units: dict[str, list[str]]
    pound_mass_cues: set[str]
    pound_money_cues: set[str]
    irregular_plurals: set[str]
    abbreviated_plurals: dict[str, str]
    year_nouns: set[str]
    boilerplate: list[str]


def words_regex(phrases: list[str]) -> str:
    """An alternation of phrases, longest first so "more than" wins over "more"."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))


@cache
def lexicon() -> Lexicon:
    text = resources.files("factcheck.data").joinpath("lexicon.yaml").read_text(encoding="utf-8")
    return Lexicon.model_validate(YAML(typ="safe").load(text))
