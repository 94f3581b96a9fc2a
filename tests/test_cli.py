"""The command line as a user meets it: the README's main command, exit codes, formats, and
one clear line (exit 2) for every kind of bad input."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from factcheck.cli import app

ROOT = Path(__file__).resolve().parents[1]
SEEDS = str(ROOT / "fixtures" / "seeds")
SARIF_SCHEMA = json.loads((ROOT / "fixtures" / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
REPORT_SCHEMA = json.loads((ROOT / "factcheck" / "report" / "report.schema.json").read_text(encoding="utf-8"))


def run(*args: str):
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


@pytest.fixture(scope="module")
def seeds_json():
    result = run("check", SEEDS, "--format", "json")
    return result.exit_code, json.loads(result.stdout)


def _findings(report: dict, rule: str) -> list[list[str]]:
    return [[" ".join(c["surface"].split()) for c in f["claims"]] for f in report["findings"] if f["rule"] == rule]


def test_seeds_report_the_known_discrepancies_and_exit_zero(seeds_json):
    code, report = seeds_json
    assert code == 0
    assert _findings(report, "disputed-figure") == [["10,000", "100,000"]]
    assert [c["attribution"] for f in report["findings"] if f["rule"] == "disputed-figure" for c in f["claims"]] == [
        "russia", "nato",
    ]
    qualifier = _findings(report, "qualifier-mismatch")
    assert len(qualifier) == 1 and sorted(qualifier[0]) == ["double", "doubled", "doubled", "doubled"]
    assert sorted(_findings(report, "entity-variant")[0]) == ["Kim Jong Un", "Kim Jong-un"]
    assert report["summary"]["error"] == 0


def test_seeds_stay_silent_where_sources_agree(seeds_json):
    _, report = seeds_json
    cited = {" ".join(c["surface"].split()) for f in report["findings"] for c in f["claims"]}
    assert not cited & {"$31.4 million", "100 km", "60 miles", "90%", "2.3 million", "17km"}


def test_json_report_validates_against_the_shipped_schema(seeds_json):
    jsonschema.validate(seeds_json[1], REPORT_SCHEMA)


def test_sarif_on_seeds_validates_against_the_official_schema():
    result = run("check", SEEDS, "--format", "sarif")
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(json.loads(result.stdout))


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        ("text", "3 findings (2 warnings, 1 info) in 5 articles."),
        ("github", "::notice file="),
        ("markdown", "| Severity |"),
    ],
)
def test_every_format_renders_the_seeds(fmt, expected):
    result = run("check", SEEDS, "--format", fmt)
    assert result.exit_code == 0
    assert expected in result.stdout


@pytest.mark.parametrize(("fail_on", "code"), [("error", 0), ("warning", 1), ("info", 1), ("never", 0)])
def test_fail_on_sets_the_exit_code(fail_on, code):
    assert run("check", SEEDS, "--fail-on", fail_on, "--format", "json").exit_code == code


def test_output_file_receives_the_report(tmp_path):
    out = tmp_path / "report.json"
    result = run("check", SEEDS, "--format", "json", "--output", str(out))
    assert result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["version"] == 1


def test_extract_json_contract():
    result = run("extract", SEEDS, "--format", "json")
    data = json.loads(result.stdout)
    assert data["version"] == 1
    money = next(c for c in data["claims"] if c["surface"] == "$31.4 million")
    assert (money["value"], money["unit"], money["kind"], money["boilerplate"]) == (31400000.0, "dollar", "money", False)
    subscribers = next(c for c in data["claims"] if c["surface"] == "2.3 million")
    assert subscribers["boilerplate"] is True


def test_extract_text_table_lists_claims_in_order():
    lines = run("extract", SEEDS).stdout.splitlines()
    assert lines[0].startswith("LOCATION")
    assert "000_7446da09239d00f0.txt:10:128" in lines[1] and "two" in lines[1]
    assert "000_7446da09239d00f0.txt:10:148" in lines[2] and "$31.4 million" in lines[2]
    assert lines[-1].endswith("claims")


def _one_error_line(result, *needles: str) -> None:
    assert result.exit_code == 2
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("factcheck: error: ")
    for needle in needles:
        assert needle in lines[0]


def test_missing_path(tmp_path):
    _one_error_line(run("check", str(tmp_path / "nope.txt")), "nope.txt")


def test_folder_without_articles(tmp_path):
    (tmp_path / "notes.csv").write_text("a,b\n", encoding="utf-8")
    _one_error_line(run("check", str(tmp_path)), str(tmp_path))


def test_binary_file(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\x00\x00\x01binary")
    _one_error_line(run("extract", str(path)), "image.txt")


def test_unknown_format_is_a_usage_error():
    result = run("check", SEEDS, "--format", "yaml")
    assert result.exit_code == 2
    assert "yaml" in result.stderr


def test_skippable_file_in_a_folder_warns_and_keeps_the_rest(tmp_path):
    (tmp_path / "a.txt").write_text("Trade reached $31.4 million in 2017.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02")
    result = run("extract", str(tmp_path), "--format", "json")
    assert result.exit_code == 0
    assert "b.txt" in result.stderr and "warning" in result.stderr
    assert [c["surface"] for c in json.loads(result.stdout)["claims"]][:1] == ["$31.4 million"]


@pytest.mark.parametrize(
    ("content", "needles"),
    [
        ("id: value-mismatch\nkind: value-mismatch\nseverity: fatal\nmessage: x\n", ["bad.yaml:3:", "severity"]),
        ("id: value-mismatch\nkind: no-such-check\nseverity: error\nmessage: x\n", ["bad.yaml:2:", "no-such-check"]),
        ("id: my-rule\nkind: value-mismatch\nseverity: error\nmessage: \"{nope}\"\n", ["bad.yaml:4:", "{nope}"]),
        ("id: value-mismatch\nparams:\n  rounding: lots\n", ["bad.yaml:3:", "rounding"]),
        ("id: value-mismatch\nseverity: [unclosed\n", ["bad.yaml:", "invalid YAML"]),
        ("id: brand-new\nseverity: error\n", ["bad.yaml:1:", "no kind"]),
        ("id: value-mismatch\nkind: value-mismatch\nseverity: error\nmessage: x\ncolour: red\n", ["bad.yaml:5:", "colour"]),
    ],
    ids=["bad severity", "unknown kind", "unknown placeholder", "bad param", "broken yaml", "new id without kind",
         "unknown key"],
)
def test_malformed_rule_file_names_file_and_line(tmp_path, content, needles):
    (tmp_path / "bad.yaml").write_text(content, encoding="utf-8")
    _one_error_line(run("check", SEEDS, "--rules", str(tmp_path)), *needles)


def test_user_rules_override_and_disable_defaults(tmp_path):
    (tmp_path / "house.yaml").write_text(
        "- id: disputed-figure\n  enabled: false\n"
        "- id: qualifier-mismatch\n  severity: error\n",
        encoding="utf-8",
    )
    result = run("check", SEEDS, "--rules", str(tmp_path), "--format", "json")
    report = json.loads(result.stdout)
    assert result.exit_code == 1
    assert {f["rule"]: f["severity"] for f in report["findings"]} == {
        "entity-variant": "warning", "qualifier-mismatch": "error",
    }


def test_rules_command_lists_every_rule():
    out = run("rules").stdout
    for rule_id in ("unit-mismatch", "value-mismatch", "conversion-error", "qualifier-mismatch", "disputed-figure",
                    "entity-variant", "date-mismatch", "arithmetic-error"):
        assert rule_id in out
