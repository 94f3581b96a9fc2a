"""conversion-error: an in-text conversion that does not hold.

The restated figure may be rounded to its last non-zero digit ("60 miles" for 62.1), capped at
``max_rounding`` of its value so a round number cannot excuse anything.

Bad:  "100 km (160 miles)"
Good: "100 km (60 miles)", "40 °C (104 °F)"
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, Field

from factcheck.checks.base import Context, Hit, RuleBase
from factcheck.checks.fields import COMMON, common
from factcheck.checks.intervals import rounding_half_step
from factcheck.normalise import pint_unit, registry

KIND = "conversion-error"
FIELDS = (*COMMON, "expected")


class Params(BaseModel):
    tolerance: float = Field(default=0.02, ge=0, lt=1, description="relative slack beyond rounding")
    max_rounding: float = Field(default=0.1, ge=0, lt=1)


class Rule(RuleBase):
    kind: Literal["conversion-error"]
    params: Params = Params()


def run(rule: Rule, ctx: Context) -> Iterator[Hit]:
    by_id = {c.id: c for c in ctx.claims}
    for restated in ctx.claims:
        original = by_id.get(restated.conversion_of or "")
        if original is None or original.value is None or restated.value is None:
            continue
        src, dst = pint_unit(original.unit or ""), pint_unit(restated.unit or "")
        if src is None or dst is None:
            continue
        expected = registry().Quantity(original.value, src).to(dst).magnitude
        value = restated.value
        slack = min(rounding_half_step(value), rule.params.max_rounding * abs(value)) + rule.params.tolerance * abs(value)
        if abs(expected - value) <= slack:
            continue
        fields = common(restated, [original])
        fields["expected"] = f"{expected:,.4g} {restated.unit}"
        yield Hit(claims=[restated, original], fields=fields)
