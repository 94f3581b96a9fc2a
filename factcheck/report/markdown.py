"""A GitHub-flavoured Markdown table for a pull-request comment: one row per finding.

Each claim's location and its words are stacked in the same order in their two cells,
so the figures that disagree sit next to each other.
"""

from __future__ import annotations

import re

from factcheck.models import Finding, Report
from factcheck.report.common import claim_notes, location, one_line, summary_line

HEADING = "### factcheck"
COLUMNS = ("Severity", "Rule", "Message", "Where", "Claims")
# Backslash-escaped so article text cannot break the table (|), start a tag (<) or turn into emphasis or links.
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")


def escape(text: str) -> str:
    """One table cell's worth of literal text."""
    return _SPECIAL.sub(r"\\\1", one_line(text))


def _row(finding: Finding) -> str:
    where = "<br>".join(escape(location(claim)) for claim in finding.claims)
    claims = "<br>".join(
        f'"{escape(claim.surface)}"' + (f" ({escape(notes)})" if (notes := claim_notes(claim)) else "")
        for claim in finding.claims
    )
    cells = (finding.severity.value, escape(finding.rule), escape(finding.message), where, claims)
    return "| " + " | ".join(cells) + " |"


def render(report: Report, *, color: bool = False) -> str:
    """``color`` is accepted so every format has one signature; Markdown never has colour."""
    lines = [HEADING, "", summary_line(report)]
    if report.findings:
        lines += ["", "| " + " | ".join(COLUMNS) + " |", "|" + " --- |" * len(COLUMNS)]
        lines += [_row(finding) for finding in report.findings]
    return "\n".join(lines) + "\n"
