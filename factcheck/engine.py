"""Runs the rule pack over aligned claims and builds the report; the core of `factcheck check`."""

from __future__ import annotations

from contextlib import closing

from pydantic import BaseModel

from factcheck import archive, baseline, suppress
from factcheck.align import align, contests
from factcheck.checks import REGISTRY
from factcheck.checks.base import Context, Hit, RuleBase
from factcheck.config import Settings
from factcheck.errors import ReadWarning
from factcheck.extract.entities import aliases_key
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
        contests=contests(extraction.claims), facts=facts or [],
    )
    findings = _in_article_order(
        [_finding(rule, hit, articles) for rule in rules for hit in REGISTRY[rule.kind].run(rule, ctx)], extraction.articles
    )
    counts = {a.path: 0 for a in extraction.articles}
    for claim in extraction.claims:
        counts[claim.article] = counts.get(claim.article, 0) + 1
    return Report(
        articles=[ArticleSummary(path=a.path, source=a.source, claims=counts[a.path]) for a in extraction.articles],
        findings=findings,
        summary=_summary(findings),
    )


def _in_article_order(findings: list[Finding], articles: list[Article]) -> list[Finding]:
    """By primary location (articles as given, then line and column): two runs print the same bytes."""
    order = {a.path: i for i, a in enumerate(articles)}
    return sorted(
        findings, key=lambda f: (order.get(f.claims[0].article, 0), f.claims[0].line, f.claims[0].column, f.rule, f.message)
    )


def _summary(findings: list[Finding], suppressed: int = 0, baselined: int = 0) -> Summary:
    summary = Summary(suppressed=suppressed, baselined=baselined)
    for f in findings:
        setattr(summary, f.severity.value, getattr(summary, f.severity.value) + 1)
    return summary


def check_paths(paths: list[str], settings: Settings | None = None, update_baseline: bool = False) -> CheckResult:
    """Rules, baseline, facts and the archive are opened before any article is read, so a bad file fails fast."""
    settings = settings or Settings()
    rules = load_rules(settings.rules)
    accepted = baseline.load(settings.baseline) if settings.baseline and not update_baseline else set()
    facts = load_facts(settings.facts) if settings.facts else []
    stored = archive.open_archive(settings.against) if settings.against else None
    extraction = drafts = extract_paths(
        paths, include=settings.include, exclude=settings.exclude, aliases=aliases_key(settings.aliases)
    )
    if stored is not None:
        with closing(stored):
            extraction = _with_archive(drafts, archive.related(stored, drafts))
    report = run_rules(extraction, rules, facts)
    if stored is not None:
        report.findings = _about_drafts(report.findings, drafts)
    findings, suppressed, unused = suppress.apply(report.findings, drafts.articles)
    if update_baseline and settings.baseline:
        baseline.write(settings.baseline, findings)
    findings, baselined = baseline.apply(findings, accepted)
    report.findings = findings
    report.summary = _summary(findings, suppressed=suppressed, baselined=baselined)
    return CheckResult(report=report, warnings=[*extraction.warnings, *unused])


def _with_archive(drafts: Extraction, stored: Extraction) -> Extraction:
    """The drafts first (they lead the report), then the archived articles on their story."""
    return Extraction(
        articles=[*drafts.articles, *stored.articles], claims=[*drafts.claims, *stored.claims],
        entities={**stored.entities, **drafts.entities}, warnings=drafts.warnings,
    )


def _about_drafts(findings: list[Finding], drafts: Extraction) -> list[Finding]:
    """Findings that involve a draft, its claims first so the report points at lines its author can
    change; disagreements among published articles alone are not the draft's to fix."""
    paths = {a.path for a in drafts.articles}
    kept = [
        f.model_copy(update={"claims": sorted(f.claims, key=lambda c: c.article not in paths)})
        for f in findings if any(c.article in paths for c in f.claims)
    ]
    return _in_article_order(kept, drafts.articles)
