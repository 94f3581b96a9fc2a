"""date-mismatch: a weekday that contradicts its date, or one event dated differently by two sources.

An event is recognised by the words around its date: two full dates whose contexts share at
least ``context_similarity`` (rapidfuzz token-set ratio) and that differ are flagged.

Bad:  "Wednesday, October 5, 2017" (it was a Thursday)
Good: "Thursday, Aug. 10, 2017"
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, Field
from rapidfuzz import fuzz

from factcheck.checks.base import Context, Hit, RuleBase
from factcheck.checks.fields import COMMON, common
from factcheck.extract.dates import weekday_of
from factcheck.models import Claim, ClaimKind

KIND = "date-mismatch"
FIELDS = (*COMMON, "detail")
FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class Params(BaseModel):
    weekdays: bool = True
    across_sources: bool = True
    context_similarity: float = Field(default=85, ge=0, le=100)


class Rule(RuleBase):
    kind: Literal["date-mismatch"]
    params: Params = Params()


def _context(claim: Claim) -> str:
    return " ".join(claim.keywords)


def run(rule: Rule, ctx: Context) -> Iterator[Hit]:
    dates = [c for c in ctx.claims if c.kind is ClaimKind.date and c.date and (rule.include_boilerplate or not c.boilerplate)]
    if rule.params.weekdays:
        for claim in dates:
            actual = weekday_of(claim.date or "") if claim.weekday else None
            if actual and actual.casefold() != (claim.weekday or "").casefold():
                fields = common(claim, [])
                fields["subject"] = "date"
                fields["detail"] = f"{claim.date} was a {actual}, not a {claim.weekday}"
                yield Hit(claims=[claim], fields=fields)
    if not rule.params.across_sources:
        return
    full = [c for c in dates if FULL_DATE.match(c.date or "") and len(c.keywords) >= 3]
    reported: set[frozenset[str]] = set()
    for i, a in enumerate(full):
        for b in full[i + 1:]:
            if a.article == b.article or a.date == b.date:
                continue
            if fuzz.token_set_ratio(_context(a), _context(b)) < rule.params.context_similarity:
                continue
            pair = frozenset((a.id, b.id))
            if pair in reported:
                continue
            reported.add(pair)
            fields = common(a, [b])
            fields["subject"] = "date"
            fields["detail"] = f"{a.date} against {b.date} for what reads as the same event"
            yield Hit(claims=[a, b], fields=fields)
