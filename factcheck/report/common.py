"""Phrases every human-facing format shares, so text, Markdown and GitHub say the same thing."""

from __future__ import annotations

import re

from factcheck.models import ClaimRef, Report, Severity

_WHITESPACE = re.compile(r"\s+")
# Control characters other than whitespace: an article must not be able to move the cursor or recolour a terminal.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def squash(text: str) -> str:
    """Collapse runs of whitespace (line breaks included) to one space and neutralise control characters."""
    return _WHITESPACE.sub(" ", _CONTROL.sub("\N{REPLACEMENT CHARACTER}", text))


def one_line(text: str) -> str:
    return squash(text).strip()


def location(claim: ClaimRef) -> str:
    return f"{claim.article}:{claim.line}:{claim.column}"


def claim_notes(claim: ClaimRef) -> str:
    """Who states the figure and how it is hedged, e.g. "per nato; approximately"; empty when neither is known."""
    notes = []
    if claim.attribution:
        notes.append(f"per {one_line(claim.attribution)}")
    if claim.qualifier:
        notes.append(one_line(claim.qualifier))
    return "; ".join(notes)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def summary_line(report: Report) -> str:
    """"3 findings (1 error, 1 warning, 1 info) in 5 articles." or "No findings in 5 articles.".

    Counts come from the findings listed, so the line always agrees with what was printed above it.
    """
    articles = _plural(len(report.articles), "article")
    quiet = [f"{n} {what}" for n, what in ((report.summary.suppressed, "suppressed"),
                                           (report.summary.baselined, "in the baseline")) if n]
    tail = f" Not shown: {', '.join(quiet)}." if quiet else ""
    if not report.findings:
        return f"No findings in {articles}.{tail}"
    counts = {severity: 0 for severity in Severity}
    for finding in report.findings:
        counts[finding.severity] += 1
    parts = [
        f"{count} info" if severity is Severity.info else _plural(count, severity.value)
        for severity, count in counts.items()
        if count
    ]
    return f"{_plural(len(report.findings), 'finding')} ({', '.join(parts)}) in {articles}.{tail}"
