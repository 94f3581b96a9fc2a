"""Runs the rule pack over aligned claims and builds the report; the core of `factcheck check`."""

from __future__ import annotations

from pydantic import BaseModel

from factcheck import baseline, suppress
from factcheck.align import align
from factcheck.checks import REGISTRY
from factcheck.checks.base import Context, Hit, RuleBase
from factcheck.config import Settings
from factcheck.errors import ReadWarning
from factcheck.facts import HouseFact, load_facts
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


def run_rules(extraction: Extraction, rules: list[RuleBase], facts: list[HouseFact] | None = None) -> Report:
    articles = {a.path: a for a in extraction.articles}
    ctx = Context(
        articles=articles, claims=extraction.claims, groups=align(extraction.claims), entities=extraction.entities,
        facts=facts or [],
    )
    findings = [_finding(rule, hit, articles) for rule in rules for hit in REGISTRY[rule.kind].run(rule, ctx)]
    order = {a.path: i for i, a in enumerate(extraction.articles)}
    findings.sort(key=lambda f: (order.get(f.claims[0].article, 0), f.claims[0].line, f.claims[0].column, f.rule, f.message))
    counts = {a.path: 0 for a in extraction.articles}
    for claim in extraction.claims:
        counts[claim.article] = counts.get(claim.article, 0) + 1
    return Report(
        articles=[ArticleSummary(path=a.path, source=a.source, claims=counts[a.path]) for a in extraction.articles],
        findings=findings,
        summary=_summary(findings),
    )


def _summary(findings: list[Finding], suppressed: int = 0, baselined: int = 0) -> Summary:
    summary = Summary(suppressed=suppressed, baselined=baselined)
    for f in findings:
        setattr(summary, f.severity.value, getattr(summary, f.severity.value) + 1)
    return summary


def check_paths(paths: list[str], settings: Settings | None = None, update_baseline: bool = False) -> CheckResult:
    """Rules, baseline and facts are loaded before any article is read, so a bad file fails fast."""
    settings = settings or Settings()
    rules = load_rules(settings.rules)
    accepted = baseline.load(settings.baseline) if settings.baseline and not update_baseline else set()
    facts = load_facts(settings.facts) if settings.facts else []
    extraction = extract_paths(paths, include=settings.include, exclude=settings.exclude)
    report = run_rules(extraction, rules, facts)
    findings, suppressed, unused = suppress.apply(report.findings, extraction.articles)
    if update_baseline and settings.baseline:
        baseline.write(settings.baseline, findings)
    findings, baselined = baseline.apply(findings, accepted)
    report.findings = findings
    report.summary = _summary(findings, suppressed=suppressed, baselined=baselined)
    return CheckResult(report=report, warnings=[*extraction.warnings, *unused])
