"""The default report, for an editor at a terminal: each finding, then each claim where it stands in its sentence.

Every claim line starts with ``path:line:col`` so terminals and editors can jump to it, and
shows the claim in context because a disputed figure is judged by who says it and how.
"""

from __future__ import annotations

from factcheck.models import ClaimRef, Finding, Report, Severity
from factcheck.report.common import claim_notes, location, one_line, squash, summary_line

WINDOW = 100  # characters of sentence shown around a claim, the claim included

RESET = "\x1b[0m"
BOLD = "\x1b[1m"
DIM = "\x1b[2m"
SEVERITY_COLOUR = {Severity.error: "\x1b[31m", Severity.warning: "\x1b[33m", Severity.info: "\x1b[36m"}
PLAIN_MARKS = ("»", "«")


def _clip_left(text: str, width: int) -> str:
    """The last ``width`` characters of ``text``, not starting mid-word, after an ellipsis."""
    if len(text) <= width:
        return text
    kept = text[len(text) - width:] if width > 0 else ""
    if kept and not text[len(text) - width - 1].isspace():
        kept = kept.partition(" ")[2]
    return "…" + kept


def _clip_right(text: str, width: int) -> str:
    """The first ``width`` characters of ``text``, not ending mid-word, before an ellipsis."""
    if len(text) <= width:
        return text
    kept = text[:width]
    if not text[width].isspace():
        kept = kept.rpartition(" ")[0]
    return kept.rstrip() + "…"


def excerpt(claim: ClaimRef) -> tuple[str, str, str]:
    """The claim's sentence as (before, surface, after), on one line and cut to about ``WINDOW`` characters.

    Falls back to searching the sentence for the surface when the offset does not point at it,
    and to the bare surface when the sentence is unknown or does not contain it.
    """
    surface, sentence, start = claim.surface, claim.sentence, claim.sentence_offset
    if start < 0 or sentence[start:start + len(surface)] != surface:
        start = sentence.find(surface)
    if not surface or start < 0:
        return "", one_line(surface), ""
    before = squash(sentence[:start]).lstrip()
    after = squash(sentence[start + len(surface):]).rstrip()
    surface = one_line(surface)
    budget = max(WINDOW - len(surface), 0)
    if len(before) + len(after) > budget:
        left = min(len(before), max(budget // 2, budget - len(after)))
        before, after = _clip_left(before, left), _clip_right(after, budget - left)
    return before, surface, after


def _claim_line(claim: ClaimRef, severity: Severity, color: bool, width: int) -> str:
    before, surface, after = excerpt(claim)
    notes = claim_notes(claim)
    if color:
        marked = f"{BOLD}{SEVERITY_COLOUR[severity]}{surface}{RESET}"
        tail = f"  {DIM}[{notes}]{RESET}" if notes else ""
    else:
        marked = f"{PLAIN_MARKS[0]}{surface}{PLAIN_MARKS[1]}"
        tail = f"  [{notes}]" if notes else ""
    return f"  {location(claim).ljust(width)}  {before}{marked}{after}{tail}"


def _finding_block(finding: Finding, color: bool) -> str:
    severity = finding.severity
    if color:
        header = f"{BOLD}{finding.rule}{RESET} {SEVERITY_COLOUR[severity]}{severity.value}{RESET}: "
    else:
        header = f"{finding.rule} {severity.value}: "
    lines = [header + one_line(finding.message)]
    width = max(len(location(claim)) for claim in finding.claims)  # so the excerpts line up
    lines.extend(_claim_line(claim, severity, color, width) for claim in finding.claims)
    return "\n".join(lines)


def render(report: Report, *, color: bool = False) -> str:
    """Findings in report order, a blank line between them, then one summary line."""
    blocks = [_finding_block(finding, color) for finding in report.findings]
    summary = summary_line(report)
    blocks.append(f"{BOLD}{summary}{RESET}" if color else summary)
    return "\n\n".join(blocks) + "\n"
