"""GitHub Actions workflow commands: one annotation per finding, on the primary claim's line.

An annotation has one place, so the other claims are named in its message.
"""

from __future__ import annotations

from factcheck.models import Finding, Report, Severity
from factcheck.report.common import location, one_line

COMMAND = {Severity.error: "error", Severity.warning: "warning", Severity.info: "notice"}


def escape_data(text: str) -> str:
    """Escape a command's message the way the Actions runner unescapes it."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value: as data, plus the ``:`` and ``,`` that delimit properties."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _command(finding: Finding) -> str:
    primary, *others = finding.claims
    message = finding.message
    if others:
        message += " (also: " + "; ".join(f'{location(claim)} "{one_line(claim.surface)}"' for claim in others) + ")"
    properties = {"file": primary.article, "line": str(primary.line), "col": str(primary.column), "title": finding.rule}
    joined = ",".join(f"{name}={escape_property(value)}" for name, value in properties.items())
    return f"::{COMMAND[finding.severity]} {joined}::{escape_data(message)}"


def render(report: Report, *, color: bool = False) -> str:
    """No findings, no output: an empty run should leave no annotations."""
    return "".join(_command(finding) + "\n" for finding in report.findings)
