"""date-mismatch: a weekday that contradicts its date, or one event dated differently by two sources.

An event is recognised by the words around its date: two full dates whose contexts share at
least ``context_similarity`` (rapidfuzz token-set ratio) and that differ are flagged.

Bad:  "Wednesday, October 5, 2017" (it was a Thursday)
Good: "Thursday, Aug. 10, 2017"
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
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
MIN_SHARED = 3


class Params(BaseModel):
    weekdays: bool = True
    across_sources: bool = True
    context_similarity: float = Field(default=85, ge=0, le=100)


class Rule(RuleBase):
    kind: Literal["date-mismatch"]
    params: Params = Params()


def _context(claim: Claim) -> str:
    return " ".join(claim.keywords)


def _weekday_hits(dates: list[Claim]) -> Iterator[Hit]:
    for claim in dates:
        actual = weekday_of(claim.date or "") if claim.weekday else None
        if actual and actual.casefold() != (claim.weekday or "").casefold():
            fields = common(claim, [])
            fields["subject"] = "date"
            fields["detail"] = f"{claim.date} was a {actual}, not a {claim.weekday}"
            yield Hit(claims=[claim], fields=fields)


def _events(entries: list[tuple[str, str]], similarity: float) -> list[list[int]]:
    """Entries (date, context) grouped into events: differently dated entries whose contexts match.

    Candidates share at least MIN_SHARED context words (an inverted index, skipping words common
    to most entries), so the fuzzy comparison runs on few pairs rather than all of them.
    """
    words = [set(context.split()) for _, context in entries]
    postings: dict[str, list[int]] = defaultdict(list)
    for i, ws in enumerate(words):
        for w in ws:
            postings[w].append(i)
    common_cap = max(50, len(entries) // 5)
    parent = list(range(len(entries)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, ws in enumerate(words):
        shared: Counter[int] = Counter()
        for w in ws:
            if len(postings[w]) <= common_cap:
                shared.update(j for j in postings[w] if j > i)
        for j, count in shared.items():
            if count >= MIN_SHARED and entries[i][0] != entries[j][0] and root(i) != root(j):
                if fuzz.token_set_ratio(entries[i][1], entries[j][1]) >= similarity:
                    parent[root(j)] = root(i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(entries)):
        groups[root(i)].append(i)
    return [members for members in groups.values() if len({entries[i][0] for i in members}) > 1]


def run(rule: Rule, ctx: Context) -> Iterator[Hit]:
    dates = [c for c in ctx.claims if c.kind is ClaimKind.date and c.date and (rule.include_boilerplate or not c.boilerplate)]
    if rule.params.weekdays:
        yield from _weekday_hits(dates)
    if not rule.params.across_sources:
        return
    by_entry: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in dates:
        if FULL_DATE.match(c.date or "") and len(c.keywords) >= 3:
            by_entry[(c.date or "", _context(c))].append(c)
    entries = sorted(by_entry)
    for members in _events(entries, rule.params.context_similarity):
        per_date: dict[str, list[Claim]] = defaultdict(list)
        for i in members:
            per_date[entries[i][0]].extend(by_entry[entries[i]])
        ranked = sorted(per_date.items(), key=lambda item: (-len(item[1]), item[0]))
        reference = ranked[0][1]
        for date, claims in ranked[1:]:
            if {c.article for c in claims} == {c.article for c in reference}:
                continue
            fields = common(claims[0], reference)
            fields["subject"] = "date"
            fields["detail"] = f"{date} against {ranked[0][0]} for what reads as the same event"
            yield Hit(claims=[*claims, *reference], fields=fields)
