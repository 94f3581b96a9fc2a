"""SARIF for GitHub code scanning: valid against the OASIS schema, with what GitHub requires on top."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import AP, REUTERS, claim
from jsonschema import Draft4Validator

from factcheck import __version__
from factcheck.models import Finding, Severity
from factcheck.report.sarif import FINGERPRINT_KEY, artifact_uri, render

SCHEMA_PATH = Path(__file__).parents[2] / "fixtures" / "schemas" / "sarif-schema-2.1.0.json"
VALIDATOR = Draft4Validator(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


def sarif(report) -> dict:
    return json.loads(render(report))


def test_validates_against_the_sarif_schema(report, empty_report):
    VALIDATOR.validate(sarif(report))
    VALIDATOR.validate(sarif(empty_report))


def test_has_the_fields_github_requires(report):
    run = sarif(report)["runs"][0]
    assert run["tool"]["driver"]["name"] == "factcheck"
    assert run["tool"]["driver"]["version"] == __version__
    assert len(run["results"]) == len(report.findings)
    for result in run["results"]:
        assert result["ruleId"] and result["message"]["text"]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"]
        assert location["region"]["startLine"] >= 1


def test_one_rule_descriptor_per_rule_seen_with_its_level(report):
    run = sarif(report)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == ["disputed-figure", "entity-variant", "qualifier-mismatch",
                                              "value-mismatch"]
    assert {rule["id"]: rule["defaultConfiguration"]["level"] for rule in rules}["entity-variant"] == "note"
    assert all(rule["shortDescription"]["text"] for rule in rules)
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]


def test_levels_map_from_severities(report):
    levels = {result["ruleId"]: result["level"] for result in sarif(report)["runs"][0]["results"]}
    assert levels == {"qualifier-mismatch": "error", "value-mismatch": "error", "disputed-figure": "warning",
                      "entity-variant": "note"}


def test_primary_claim_is_the_location_and_the_others_are_related(report):
    disputed = sarif(report)["runs"][0]["results"][2]
    region = disputed["locations"][0]["physicalLocation"]["region"]
    assert disputed["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == REUTERS
    assert region == {"startLine": 4, "startColumn": 32, "endLine": 4, "endColumn": 45,
                      "snippet": {"text": "around 10,000"}}
    [related] = disputed["relatedLocations"]
    assert related["id"] == 1
    assert related["physicalLocation"]["artifactLocation"]["uri"] == AP
    assert related["message"]["text"] == '"closer to 100,000" (per nato; approximately)'
    assert disputed["message"]["text"].endswith('(also: ["closer to 100,000" (per nato; approximately)](1))')


def test_region_has_no_end_when_the_end_is_unknown(single):
    ref = claim(REUTERS, "Some 300 were hurt.", "300", 2, 6).model_copy(update={"end_line": 0, "end_column": 0})
    result = sarif(single(Finding(rule="value-mismatch", severity=Severity.error, message="m", claims=[ref])))
    region = result["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 2, "startColumn": 6, "snippet": {"text": "300"}}
    assert "relatedLocations" not in result["runs"][0]["results"][0]


def test_brackets_in_messages_are_not_read_as_links(single):
    finding = Finding(rule="value-mismatch", severity=Severity.error, message="see [1](2)",
                      claims=[claim(REUTERS, "Some 300 were hurt.", "300", 2, 6)])
    assert sarif(single(finding))["runs"][0]["results"][0]["message"]["text"] == r"see \[1\](2)"


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        ("news/a.md", "news/a.md"),
        ("./news/a.md", "news/a.md"),
        ("news\\wire\\a.md", "news/wire/a.md"),
        ("news/my story.md", "news/my%20story.md"),
        ("/srv/news/a.md", "file:///srv/news/a.md"),
        ("C:\\news\\a.md", "file:///C:/news/a.md"),
    ],
)
def test_artifact_uri(path, uri):
    assert artifact_uri(path) == uri


def test_fingerprint_survives_moved_lines_and_reordered_claims(report):
    disputed = report.findings[2]
    moved = disputed.model_copy(update={"claims": [c.model_copy(update={"line": c.line + 5})
                                                   for c in reversed(disputed.claims)]})
    assert moved.fingerprint() == disputed.fingerprint()


def test_fingerprint_differs_between_findings(report):
    prints = [result["partialFingerprints"][FINGERPRINT_KEY] for result in sarif(report)["runs"][0]["results"]]
    assert len(set(prints)) == len(prints)
    changed = report.findings[2].model_copy(update={"claims": report.findings[2].claims[:1]})
    assert changed.fingerprint() != report.findings[2].fingerprint()


def test_empty_report_has_a_run_with_no_results(empty_report):
    run = sarif(empty_report)["runs"][0]
    assert run["results"] == [] and run["tool"]["driver"]["rules"] == []
