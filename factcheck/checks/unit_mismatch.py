"""unit-mismatch: the same figure for the same thing in a different unit, so one is wrong.

Bad:  "a 17 km border" / "a 17-mile border"; "40 °C" / "40 °F"
Good: "100 km" / "62 miles" (a conversion, not the same figure)
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from factcheck.checks.base import Context, Hit, RoundingParams, RuleBase
from factcheck.checks.fields import COMMON, common
from factcheck.checks.intervals import clusters, same_figure_other_unit

KIND = "unit-mismatch"
FIELDS = (*COMMON, "unit", "other_unit")


class Rule(RuleBase):
    kind: Literal["unit-mismatch"]
    params: RoundingParams = RoundingParams()


def run(rule: Rule, ctx: Context) -> Iterator[Hit]:
    for group in ctx.groups:
        runs = clusters(group.claims, rule.params.rounding)
        for other in runs[1:]:
            pair = same_figure_other_unit(ctx.with_restatements(other), ctx.with_restatements(runs[0]))
            if pair is None:
                continue
            primary, anchor = pair
            fields = common(primary, [anchor])
            fields.update(unit=primary.unit or "", other_unit=anchor.unit or "")
            yield Hit(claims=[primary, anchor], fields=fields)
