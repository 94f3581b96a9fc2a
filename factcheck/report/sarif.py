"""SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

A finding spans several articles, so the first claim is the result's location and the
others are ``relatedLocations``, linked from the message so GitHub shows them.
"""

from __future__ import annotations

import json
import re
from urllib.parse import quote

from factcheck import __version__
from factcheck.models import ClaimRef, Finding, Report, Severity
from factcheck.report.common import claim_notes, one_line

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVEL = {Severity.error: "error", Severity.warning: "warning", Severity.info: "note"}
FINGERPRINT_KEY = "factcheckFinding/v1"
_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:/")


def artifact_uri(path: str) -> str:
    """The article path as a URI reference: forward slashes, percent-encoded, relative unless given absolute."""
    path = path.replace("\\", "/")
    while path.startswith("./"):
        path = path[2:]
    if path.startswith("/"):
        return "file://" + quote(path)
    if _WINDOWS_DRIVE.match(path):
        return "file:///" + quote(path, safe="/:")
    return quote(path)


def _escape(text: str) -> str:
    """SARIF messages read ``[text](id)`` as a link, so literal brackets are escaped."""
    return re.sub(r"([\[\]])", r"\\\1", text)


def _region(claim: ClaimRef) -> dict:
    region: dict = {"startLine": claim.line}
    if claim.column >= 1:
        region["startColumn"] = claim.column
    if claim.end_line >= 1 and claim.end_column >= 1:
        region["endLine"] = claim.end_line
        region["endColumn"] = claim.end_column
    region["snippet"] = {"text": claim.surface}
    return region


def _physical(claim: ClaimRef) -> dict:
    return {"artifactLocation": {"uri": artifact_uri(claim.article)}, "region": _region(claim)}


def _describe(claim: ClaimRef) -> str:
    notes = claim_notes(claim)
    return f'"{one_line(claim.surface)}"' + (f" ({notes})" if notes else "")


def _result(finding: Finding, rule_index: int) -> dict:
    primary, *others = finding.claims
    text = _escape(one_line(finding.message))
    if others:
        links = "; ".join(f"[{_escape(_describe(claim))}]({number})" for number, claim in enumerate(others, 1))
        text += f" (also: {links})"
    result: dict = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": LEVEL[finding.severity],
        "message": {"text": text},
        "locations": [{"physicalLocation": _physical(primary), "message": {"text": _describe(primary)}}],
    }
    if others:
        result["relatedLocations"] = [
            {"id": number, "physicalLocation": _physical(claim), "message": {"text": _describe(claim)}}
            for number, claim in enumerate(others, 1)
        ]
    result["partialFingerprints"] = {FINGERPRINT_KEY: finding.fingerprint()}
    return result


def _rules(report: Report) -> list[dict]:
    """One descriptor per rule id seen, sorted by id; its level is the severity of its first finding."""
    severities: dict[str, Severity] = {}
    for finding in report.findings:
        severities.setdefault(finding.rule, finding.severity)
    return [
        {
            "id": rule,
            "shortDescription": {"text": rule.replace("-", " ").capitalize()},
            "defaultConfiguration": {"level": LEVEL[severity]},
        }
        for rule, severity in sorted(severities.items())
    ]


def render(report: Report, *, color: bool = False) -> str:
    """``color`` is accepted so every format has one signature; SARIF never has colour."""
    rules = _rules(report)
    index = {rule["id"]: number for number, rule in enumerate(rules)}
    log = {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "factcheck", "version": __version__, "rules": rules}},
                "columnKind": "unicodeCodePoints",
                "results": [_result(finding, index[finding.rule]) for finding in report.findings],
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
