"""Runs the rule pack over aligned claims and builds the report; the core of `factcheck check`."""

from __future__ import annotations

from pydantic import BaseModel

from factcheck.align import align
from factcheck.checks import REGISTRY
from factcheck.checks.base import Context, Hit, RuleBase
from factcheck.config import Settings
from factcheck.errors import ReadWarning
from factcheck.models import Article, ArticleSummary, ClaimRef, Finding, Report, Summary
from factcheck.pipeline import Extraction, extract_paths
from factcheck.rules import load_rules


class CheckResult(BaseModel):
    report: Report
    warnings: list[ReadWarning]


def _finding(rule: RuleBase, hit: Hit, articles: dict[str, Article]) -> Finding:
    refs = [ClaimRef.of(c, articles.get(c.article)) for c in hit.claims]
    refs += [
        ClaimRef(
            article=path, line=e.span.line, column=e.span.column, surface=e.surface, value=None, unit=None,
            canonical=None, subject=e.key, qualifier=None, attribution=None,
            end_line=e.span.line, end_column=e.span.column + len(e.surface.split("\n")[0]),
        )
        for path, e in hit.entities
    ]
    return Finding(rule=rule.id, severity=rule.severity, message=rule.message.format_map(hit.fields), claims=refs)


def run_rules(extraction: Extraction, rules: list[RuleBase]) -> Report:
    articles = {a.path: a for a in extraction.articles}
    ctx = Context(articles=articles, claims=extraction.claims, groups=align(extraction.claims), entities=extraction.entities)
    findings = [_finding(rule, hit, articles) for rule in rules for hit in REGISTRY[rule.kind].run(rule, ctx)]
    order = {a.path: i for i, a in enumerate(extraction.articles)}
    findings.sort(key=lambda f: (order.get(f.claims[0].article, 0), f.claims[0].line, f.claims[0].column, f.rule, f.message))
    counts = {a.path: 0 for a in extraction.articles}
    for claim in extraction.claims:
        counts[claim.article] = counts.get(claim.article, 0) + 1
    summary = Summary()
    for f in findings:
        setattr(summary, f.severity.value, getattr(summary, f.severity.value) + 1)
    return Report(
        articles=[ArticleSummary(path=a.path, source=a.source, claims=counts[a.path]) for a in extraction.articles],
        findings=findings,
        summary=summary,
    )


def check_paths(paths: list[str], settings: Settings | None = None) -> CheckResult:
    """Rules are loaded before any article is read, so a bad rule file fails fast."""
    settings = settings or Settings()
    rules = load_rules(settings.rules)
    extraction = extract_paths(paths, include=settings.include, exclude=settings.exclude)
    return CheckResult(report=run_rules(extraction, rules), warnings=extraction.warnings)
