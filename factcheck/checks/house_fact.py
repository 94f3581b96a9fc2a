"""house-fact: a claim that disagrees with the newsroom's reference figure for the same thing.

A claim is about a fact when its subject names one of the fact's subject words, its sentence
mentions every entity the fact lists, and it measures the same dimension.

Bad:  "its 17-mile land border with North Korea" against the fact "border length: 17 km ± 1 km"
Good: "its 17km terrestrial border it shares with North Korea"
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import Field

from factcheck.align import lemma
from factcheck.checks.base import Context, Hit, RoundingParams, RuleBase
from factcheck.checks.fields import COMMON, common
from factcheck.checks.intervals import overlaps
from factcheck.models import ClaimKind

KIND = "house-fact"
FIELDS = (*COMMON, "fact", "fact_location")


class Params(RoundingParams):
    rounding: float = Field(default=0.0, ge=0, lt=1, description="relative allowance on the claim's side")


class Rule(RuleBase):
    kind: Literal["house-fact"]
    params: Params = Params()


def run(rule: Rule, ctx: Context) -> Iterator[Hit]:
    for fact in ctx.facts:
        words = {lemma(w) for w in fact.subject_words}
        dimension = fact.claim.canonical.dimension if fact.claim.canonical else None
        for claim in ctx.claims:
            if claim.kind is ClaimKind.date or claim.boilerplate and not rule.include_boilerplate:
                continue
            if not claim.canonical or claim.canonical.dimension != dimension or lemma(claim.subject or "") not in words:
                continue
            if not set(fact.entity_keys) <= set(claim.entities) or overlaps(claim, fact.claim, rule.params.rounding):
                continue
            fields = common(claim, [fact.claim])
            fields.update(fact=f"{fact.claim.subject}: {fact.claim.surface}",
                          fact_location=f"{fact.claim.article}:{fact.claim.span.line}")
            yield Hit(claims=[claim, fact.claim], fields=fields)
