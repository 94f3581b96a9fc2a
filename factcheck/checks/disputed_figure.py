"""disputed-figure: different values that the text itself attributes to different parties.

Legitimate reporting, not an error; shown so an editor sees the dispute and who holds which side.

Shown: "Russia placed the number of soldiers at around 10,000, NATO estimates closer to 100,000"
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from factcheck.checks.base import Context, Hit, RoundingParams, RuleBase
from factcheck.checks.fields import COMMON, common
from factcheck.checks.intervals import attributed_apart, clusters

KIND = "disputed-figure"
FIELDS = (*COMMON, "parties")


class Rule(RuleBase):
    kind: Literal["disputed-figure"]
    params: RoundingParams = RoundingParams()


def run(rule: Rule, ctx: Context) -> Iterator[Hit]:
    for group in ctx.groups:
        runs = clusters(group.claims, rule.params.rounding)
        disputed = [run for run in runs[1:] if attributed_apart(runs[0], run)]
        if not disputed:
            continue
        claims = [c for run in [runs[0], *disputed] for c in run]
        claims.sort(key=lambda c: (c.article, c.span.start))
        fields = common(claims[0], claims[1:])
        fields["parties"] = " vs ".join(sorted({c.attribution or "" for c in claims}))
        yield Hit(claims=claims, fields=fields)
