"""value-mismatch: aligned claims whose intervals cannot both hold.

Intervals already carry each claim's qualifier and stated precision; ``rounding`` widens them
further for reporting habits. A ratio close to a power of ten is called out as a scale slip.

Bad:  "trade reached $31.4 million" / "trade reached $3.14 million"
Good: "1.2 million people" / "1,200,000 people"; "100 km" / "62 miles"

A result is a value too: "Arsenal beat Brentford 3-2" / "Brentford lost 3-1 to Arsenal" disagree. Results are
compared winner's side first, as news writes a defeat ("lost 3-1") the same way round as a win.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator
from typing import Literal

from factcheck.checks.base import Context, Hit, RoundingParams, RuleBase
from factcheck.checks.fields import COMMON, common
from factcheck.checks.intervals import attributed_apart, clusters, same_figure_other_unit
from factcheck.models import Claim

KIND = "value-mismatch"
FIELDS = (*COMMON, "hint")


class Rule(RuleBase):
    kind: Literal["value-mismatch"]
    params: RoundingParams = RoundingParams()


def _scale_hint(a: float | None, b: float | None) -> str:
    if not a or not b:
        return ""
    power = math.log10(abs(a / b))
    if abs(power) >= 0.9 and abs(power - round(power)) < 0.02:
        return f" (a factor of {10 ** abs(round(power)):,}: a misplaced decimal point or scale word?)"
    return ""


def _share_sentence(a: list[Claim], b: list[Claim]) -> bool:
    """Figures listed side by side in one sentence are different items ("China, the source of 90%
    of its trade, and Russia, of 30%"); when attributed apart, that is the dispute check's business."""
    return bool({(c.article, c.sentence_start) for c in a} & {(c.article, c.sentence_start) for c in b})


def run(rule: Rule, ctx: Context) -> Iterator[Hit]:
    for group in ctx.groups:
        runs = clusters(group.claims, rule.params.rounding)
        reference = runs[0]
        for other in runs[1:]:
            if attributed_apart(reference, other) or _share_sentence(reference, other):
                continue
            if same_figure_other_unit(ctx.with_restatements(reference), ctx.with_restatements(other)):
                continue
            primary, anchor = other[0], reference[0]
            fields = common(primary, reference)
            fields["hint"] = _scale_hint(
                primary.canonical.value if primary.canonical else None,
                anchor.canonical.value if anchor.canonical else None,
            )
            yield Hit(claims=[*other, *reference], fields=fields)
    yield from _results(ctx)


def _results(ctx: Context) -> Iterator[Hit]:
    for contest in ctx.contests:
        by_result: dict[tuple[int, ...], list[Claim]] = defaultdict(list)
        for claim in contest.claims:
            by_result[tuple(sorted(claim.sides or (), reverse=True))].append(claim)
        reference, *others = sorted(by_result.values(), key=lambda members: (-len(members), members[0].id))
        for other in others:
            if attributed_apart(reference, other):
                continue
            fields = common(other[0], reference)
            fields["subject"] = "result of " + " v ".join(contest.key.split("|")[1:3])  # the key names both sides
            fields["hint"] = ""
            yield Hit(claims=[*other, *reference], fields=fields)
