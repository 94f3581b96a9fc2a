"""Inline suppressions in Markdown and HTML articles, the way linters take `noqa` comments:

    <!-- factcheck-disable rule-id -->  …  <!-- factcheck-enable rule-id -->
    <!-- factcheck-disable-next-line rule-id -->

No rule id means every rule. Suppressed findings are counted, not dropped silently, and a
directive that suppressed nothing is reported so stale ones get cleaned up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from factcheck.errors import ReadWarning
from factcheck.models import Article, Finding

DIRECTIVE = re.compile(r"<!--\s*factcheck-(?P<verb>disable-next-line|disable|enable)\b(?P<rules>[^>]*?)\s*-->")
ALL = "*"


@dataclass
class Region:
    path: str
    rule: str
    first: int  # file lines, inclusive
    last: int
    directive_line: int
    used: bool = field(default=False)

    def covers(self, rule: str, path: str, line: int) -> bool:
        return path == self.path and self.rule in (rule, ALL) and self.first <= line <= self.last


def _rules(text: str) -> list[str]:
    return [r for r in re.split(r"[\s,]+", text.strip()) if r] or [ALL]


def regions(article: Article) -> list[Region]:
    """Suppressed line ranges of one article, in file lines."""
    body = article.raw if article.raw is not None else article.text
    first_line = 1 if article.raw is not None else article.text_start_line
    lines = body.split("\n")
    last_line = first_line + len(lines) - 1
    found: list[Region] = []
    open_at: dict[str, int] = {}
    for index, text in enumerate(lines):
        line = first_line + index
        for m in DIRECTIVE.finditer(text):
            for rule in _rules(m["rules"]):
                if m["verb"] == "disable-next-line":
                    found.append(Region(article.path, rule, line + 1, line + 1, line))
                elif m["verb"] == "disable":
                    open_at.setdefault(rule, line)
                elif rule in open_at:
                    start = open_at.pop(rule)
                    found.append(Region(article.path, rule, start, line, start))
    found += [Region(article.path, rule, start, last_line, start) for rule, start in open_at.items()]
    return found


def apply(findings: list[Finding], articles: list[Article]) -> tuple[list[Finding], int, list[ReadWarning]]:
    """(kept findings, number suppressed, warnings for unused directives)."""
    by_article = {a.path: found for a in articles if (found := regions(a))}
    if not by_article:
        return findings, 0, []
    kept = []
    for finding in findings:
        hits = [
            r for c in finding.claims for r in by_article.get(c.article, ()) if r.covers(finding.rule, c.article, c.line)
        ]
        for region in hits:
            region.used = True
        if not hits:
            kept.append(finding)
    unused = [
        ReadWarning(path=r.path, line=r.directive_line, message=f"unused suppression for {r.rule if r.rule != ALL else 'all rules'}")
        for found in by_article.values() for r in found if not r.used
    ]
    return kept, len(findings) - len(kept), unused
