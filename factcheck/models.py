"""Typed records that cross module boundaries: read → extract → normalise → align → rules → report.

Everything downstream (rules, reports, other tools parsing our JSON) depends on these
shapes, so they are the single place where a field is named.
"""

from __future__ import annotations

import hashlib
import json
from bisect import bisect_right
from enum import Enum

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Article(BaseModel):
    """One source text.

    ``text`` is what claims are extracted from (for HTML: the visible text only).
    ``offsets`` maps each character of ``text`` back to its offset in the file when the
    two differ, so every claim can still be reported at the file's own line and column.
    """

    model_config = ConfigDict(extra="forbid")

    path: str
    text: str
    source: str | None = None
    date: str | None = None
    title: str | None = None
    url: str | None = None
    raw: str | None = Field(default=None, repr=False, description="file text when it differs from text")
    offsets: list[int] | None = Field(default=None, repr=False)
    text_start_line: int = Field(default=1, description="line of the file where text begins (after front matter)")
    _line_starts: list[int] | None = PrivateAttr(default=None)

    def locate(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the file of a character offset into ``text``."""
        body = self.raw if self.raw is not None else self.text
        if self.offsets is not None:
            offset = self.offsets[min(offset, len(self.offsets) - 1)] if self.offsets else 0
        if self._line_starts is None:
            starts = [0]
            starts.extend(i + 1 for i, ch in enumerate(body) if ch == "\n")
            self._line_starts = starts
        line = bisect_right(self._line_starts, offset) - 1
        return line + self.text_start_line, offset - self._line_starts[line] + 1


class Span(Frozen):
    start: int
    end: int
    line: int
    column: int


class ClaimKind(str, Enum):
    quantity = "quantity"  # a measured amount with a physical unit
    count = "count"  # a number of things: 600,000 people, eight ships
    money = "money"
    percent = "percent"
    change = "change"  # an amount of change: "doubled", "fell by a third", "by 90%"
    score = "score"  # a result or split decision, its sides as written: "won 3-2", "ruled 6-3"
    date = "date"


class Qualifier(str, Enum):
    """How the text bounds the stated figure; ``None`` on a claim means stated as exact."""

    approximately = "approximately"
    at_least = "at least"
    more_than = "more than"
    at_most = "at most"
    less_than = "less than"
    vague = "vague"  # "tens of thousands", "dozens": an order of magnitude, not a figure


class Direction(str, Enum):
    up = "up"
    down = "down"


class Change(Frozen):
    """A change relation stated around a figure: "more than doubled to $31.4 million".

    ``factor`` is the multiplier (2 for doubled, 0.5 for halved, 1.2 for "rose 20%"),
    ``by`` the absolute or percentage amount when the text gives one.
    """

    direction: Direction
    factor: float | None = None
    qualifier: Qualifier | None = None
    surface: str


class Canonical(Frozen):
    """The claim in canonical units (pint base units, ISO currency code, percent, count).

    ``low``/``high`` bound what the text allows after qualifier and stated precision;
    None means unbounded ("at least 8" has no high).
    """

    value: float | None
    unit: str
    low: float | None
    high: float | None
    dimension: str


class Entity(Frozen):
    key: str
    surface: str
    kind: str  # person | place | organisation | other
    span: Span


class Claim(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    article: str
    kind: ClaimKind
    span: Span
    surface: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    currency: str | None = None
    canonical: Canonical | None = None
    date: str | None = Field(default=None, description="ISO date (or year / year-month) for date claims")
    weekday: str | None = None
    sides: list[int] | None = Field(default=None, description="a score's sides in the order written: [3, 2]")
    qualifier: Qualifier | None = None
    qualifier_surface: str | None = None
    change: Change | None = None
    role: str | None = Field(default=None, description="in a change statement: to (new level), from (old), by (amount)")
    subject: str | None = None
    keywords: list[str] = Field(default_factory=list)
    entities: list[str] = Field(default_factory=list)
    attribution: str | None = None
    attribution_surface: str | None = None
    conversion_of: str | None = Field(default=None, description="id of the claim this one restates in other units")
    measure_from: str | None = Field(
        default=None, description="id of the claim whose unit this bare figure leaves out ('from 208 pounds to 193')"
    )
    boilerplate: bool = False
    sentence: str = ""
    sentence_start: int = 0


class ClaimGroup(BaseModel):
    """Claims that measure the same thing (same subject, dimension, role and time), possibly across articles."""

    key: str
    claims: list[Claim]


class ClaimSet(BaseModel):
    """What ``factcheck extract --format json`` prints."""

    version: int = 1
    claims: list[Claim]


class Severity(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


class CanonicalRef(Frozen):
    value: float | None
    unit: str


class ClaimRef(Frozen):
    """A claim as a finding cites it: the JSON report's contract (see DESIGN.md)."""

    article: str
    line: int
    column: int
    surface: str
    value: float | None
    unit: str | None
    canonical: CanonicalRef | None
    subject: str | None
    qualifier: str | None
    attribution: str | None
    # Not in the JSON contract's example but needed by text/SARIF reports; excluded from JSON output.
    end_line: int = Field(default=0, exclude=True)
    end_column: int = Field(default=0, exclude=True)
    sentence: str = Field(default="", exclude=True)
    sentence_offset: int = Field(default=0, exclude=True, description="where surface starts inside sentence")

    @classmethod
    def of(cls, claim: Claim, article: Article | None = None) -> ClaimRef:
        end_line, end_column = article.locate(max(claim.span.end - 1, claim.span.start)) if article else (0, 0)
        return cls(
            article=claim.article, line=claim.span.line, column=claim.span.column, surface=claim.surface,
            value=claim.value if claim.kind is not ClaimKind.date else None,
            unit=claim.unit,
            canonical=CanonicalRef(value=claim.canonical.value, unit=claim.canonical.unit) if claim.canonical else None,
            subject=claim.subject, qualifier=claim.qualifier.value if claim.qualifier else None,
            attribution=claim.attribution, end_line=end_line, end_column=end_column + 1,
            sentence=claim.sentence, sentence_offset=claim.span.start - claim.sentence_start,
        )


class Finding(BaseModel):
    """One inconsistency: the first claim is the primary location, the rest are related claims."""

    model_config = ConfigDict(extra="forbid")

    rule: str
    severity: Severity
    message: str
    claims: list[ClaimRef]

    def fingerprint(self) -> str:
        """Stable across runs and line moves: the rule, what the claims say and what they are about.

        Paths and positions are left out so that editing an article elsewhere keeps the match
        (baselines, SARIF partialFingerprints).
        """
        surfaces = sorted(" ".join(c.surface.split()) for c in self.claims)
        subjects = sorted({c.subject for c in self.claims if c.subject})
        key = json.dumps([self.rule, surfaces, subjects], ensure_ascii=False)
        return hashlib.sha256(key.encode("utf-8")).hexdigest()


class ArticleSummary(Frozen):
    path: str
    source: str | None
    claims: int


class Summary(BaseModel):
    error: int = 0
    warning: int = 0
    info: int = 0
    suppressed: int = Field(default=0, description="findings silenced by inline directives")
    baselined: int = Field(default=0, description="findings accepted in the --baseline file")


class Report(BaseModel):
    """What ``factcheck check --format json`` prints (version 1 of the contract)."""

    version: int = 1
    articles: list[ArticleSummary]
    findings: list[Finding]
    summary: Summary
