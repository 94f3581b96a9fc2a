"""qualifier-mismatch: compatible figures whose qualifiers contradict each other.

Bad:  "trade doubled to $31.4 million" / "trade more than doubled to $31.4 million"
      "at least eight ships" / "eight ships"
Good: "about 100 km" / "100 km" (approximation is how a figure is rounded, not a contradiction)
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import Field

from factcheck.checks.base import Context, Hit, RoundingParams, RuleBase
from factcheck.checks.fields import COMMON, common, listing
from factcheck.checks.intervals import clusters
from factcheck.models import Claim

KIND = "qualifier-mismatch"
FIELDS = (*COMMON, "qualifier", "other_qualifier")
EXACT = "exact"


class Params(RoundingParams):
    conflicts: list[tuple[str, str]] = Field(
        default=[
            ("exact", "more than"), ("exact", "less than"), ("exact", "at least"), ("exact", "at most"),
            ("more than", "at most"), ("more than", "less than"), ("at least", "less than"), ("at least", "at most"),
        ],
        description="pairs of qualifiers that cannot describe the same figure; 'exact' is no qualifier",
    )


class Rule(RuleBase):
    kind: Literal["qualifier-mismatch"]
    params: Params = Params()


def _qualifier(claim: Claim) -> str:
    return claim.qualifier.value if claim.qualifier else EXACT


def run(rule: Rule, ctx: Context) -> Iterator[Hit]:
    conflicts = {frozenset(pair) for pair in rule.params.conflicts}
    for group in ctx.groups:
        for run_ in clusters(group.claims, rule.params.rounding):
            by_qualifier: dict[str, list[Claim]] = {}
            for claim in run_:
                by_qualifier.setdefault(_qualifier(claim), []).append(claim)
            kinds = sorted(by_qualifier, key=lambda q: (len(by_qualifier[q]), q))
            for i, a in enumerate(kinds):
                for b in kinds[i + 1:]:
                    if frozenset((a, b)) not in conflicts:
                        continue
                    side_a = sorted(by_qualifier[a], key=lambda c: (c.article, c.span.start))
                    side_b = sorted(by_qualifier[b], key=lambda c: (c.article, c.span.start))
                    fields = common(side_a[0], side_b)
                    fields.update(primary=listing(side_a), qualifier=a, other_qualifier=b)
                    yield Hit(claims=[*side_a, *side_b], fields=fields)
