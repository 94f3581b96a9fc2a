"""What every check kind shares: the rule fields, the context a check reads, and the raw hit it
yields before the engine formats the rule's message.

A check kind is a module in this package with ``KIND``, ``FIELDS`` (the placeholders its
message template may use), a ``Rule`` model (``RuleBase`` plus its ``params``) and
``run(rule, ctx) -> Iterator[Hit]``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict, Field

from factcheck.facts import HouseFact
from factcheck.models import Article, Claim, ClaimGroup, Entity, Severity


class RuleBase(BaseModel):
    """Fields every rule file has; each kind adds its own ``params`` model."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    kind: str
    severity: Severity
    message: str
    description: str = ""
    enabled: bool = True
    include_boilerplate: bool = False
    source: str = Field(default="", exclude=True, description="file:line the rule was loaded from")


class RoundingParams(BaseModel):
    """Parameters of the checks that compare intervals: how much rounding to allow either side."""

    model_config = ConfigDict(extra="forbid")

    rounding: float = Field(default=0.05, ge=0, lt=1, description="relative allowance either side of an interval")


@dataclass
class Context:
    """Everything a check may read; built once per run by the engine."""

    articles: dict[str, Article]
    claims: list[Claim]
    groups: list[ClaimGroup]
    entities: dict[str, list[Entity]]
    contests: list[ClaimGroup] = field(default_factory=list)  # one contest's results across articles
    facts: list[HouseFact] = field(default_factory=list)
    restated: dict[str, list[Claim]] = field(default_factory=dict)  # claim id → its in-text conversions

    def __post_init__(self) -> None:
        for claim in self.claims:
            if claim.conversion_of:
                self.restated.setdefault(claim.conversion_of, []).append(claim)

    def with_restatements(self, claims: list[Claim]) -> list[Claim]:
        """The claims plus their in-text conversions: "100 km" also states "60 miles"."""
        return [*claims, *(r for c in claims for r in self.restated.get(c.id, []))]


@dataclass
class Hit:
    """A check's raw result: the claims (primary first) and the values its message template uses."""

    claims: list[Claim] = field(default_factory=list)
    entities: list[tuple[str, Entity]] = field(default_factory=list)  # (article path, entity)
    fields: dict[str, str] = field(default_factory=dict)
