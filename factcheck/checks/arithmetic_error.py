"""arithmetic-error: figures in one statement that do not add up.

Two shapes: a change whose start, end and amount disagree ("rose 20% to $120 million from
$90 million": 90 × 1.2 = 108), and shares of one whole summing well over 100%.

Bad:  "rose 20% to $120 million from $90 million"; "55% backed the plan and 60% opposed it"
Good: "rose 20% to $108 million from $90 million"; "more than doubled to $31.4 million from $12 million"
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, Field

from factcheck.checks.base import Context, Hit, RuleBase
from factcheck.checks.fields import COMMON, common
from factcheck.models import Claim, ClaimKind, Direction, Qualifier

KIND = "arithmetic-error"
FIELDS = (*COMMON, "detail")


class Params(BaseModel):
    tolerance: float = Field(default=0.05, ge=0, lt=1, description="relative slack on computed values")
    share_total: float = Field(default=105, gt=100, description="sum of shares of one whole that is flagged")


class Rule(RuleBase):
    kind: Literal["arithmetic-error"]
    params: Params = Params()


def _by_sentence(claims: list[Claim]) -> dict[tuple[str, int], list[Claim]]:
    out: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for c in claims:
        out[(c.article, c.sentence_start)].append(c)
    return out


def _factor(sentence: list[Claim], new: Claim) -> tuple[float, Qualifier | None] | None:
    """The multiplier the sentence states for the change that ends at ``new``."""
    if new.change and new.change.factor:
        return new.change.factor, new.change.qualifier
    for c in sentence:
        if c.role == "by" and c.kind is ClaimKind.percent and c.value is not None and c.change:
            sign = 1 if c.change.direction is Direction.up else -1
            return 1 + sign * c.value / 100, c.qualifier
        if c.kind is ClaimKind.change and c.change and c.change.factor:
            return c.change.factor, c.qualifier
    return None


def _change_errors(rule: Rule, sentence: list[Claim]) -> Iterator[Hit]:
    new = next((c for c in sentence if c.role == "to" and c.value is not None), None)
    old = next((c for c in sentence if c.role == "from" and c.value is not None), None)
    if new is None or old is None or new.kind is not old.kind:
        return
    stated = _factor(sentence, new)
    if stated is None or not old.value:
        return
    factor, qualifier = stated
    expected, actual = old.value * factor, new.value or 0.0
    slack = rule.params.tolerance * abs(expected)
    wrong = {
        Qualifier.more_than: actual < expected - slack,
        Qualifier.at_least: actual < expected - slack,
        Qualifier.less_than: actual > expected + slack,
        Qualifier.at_most: actual > expected + slack,
    }.get(qualifier, abs(actual - expected) > slack) if qualifier is not Qualifier.approximately else (
        abs(actual - expected) > 2 * slack + 0.1 * abs(expected)
    )
    if wrong:
        fields = common(new, [old])
        fields["detail"] = f"{old.value:,.4g} × {factor:.4g} = {expected:,.4g}, not {actual:,.4g}"
        yield Hit(claims=[new, old], fields=fields)


def _share_errors(rule: Rule, sentence: list[Claim]) -> Iterator[Hit]:
    shares: dict[str, list[Claim]] = defaultdict(list)
    for c in sentence:
        if c.kind is ClaimKind.percent and c.role is None and c.value is not None and c.qualifier is None:
            shares[(c.subject or "").removesuffix(" share")].append(c)
    for whole, parts in shares.items():
        total = sum(c.value or 0.0 for c in parts)
        if len(parts) > 1 and whole and total > rule.params.share_total:
            fields = common(parts[0], parts[1:])
            fields["detail"] = f"shares of {whole} sum to {total:g}%"
            yield Hit(claims=parts, fields=fields)


def run(rule: Rule, ctx: Context) -> Iterator[Hit]:
    claims = [c for c in ctx.claims if rule.include_boilerplate or not c.boilerplate]
    for _, sentence in sorted(_by_sentence(claims).items()):
        yield from _change_errors(rule, sentence)
        yield from _share_errors(rule, sentence)
