"""The JSON report is the contract other tools parse: it must match the schema the package ships."""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, ValidationError

from factcheck.models import Report
from factcheck.report.json import render

SCHEMA = json.loads(files("factcheck.report").joinpath("report.schema.json").read_text(encoding="utf-8"))
VALIDATOR = Draft202012Validator(SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER)


def test_shipped_schema_is_valid_draft_2020_12():
    Draft202012Validator.check_schema(SCHEMA)


def test_report_validates_against_the_shipped_schema(report, empty_report):
    VALIDATOR.validate(json.loads(render(report)))
    VALIDATOR.validate(json.loads(render(empty_report)))


def test_round_trips_into_a_report(report):
    out = render(report)
    assert render(Report.model_validate_json(out)) == out


def test_is_the_model_dump_indented_with_a_final_newline(report):
    assert render(report) == report.model_dump_json(indent=2) + "\n"


def test_text_only_fields_stay_out_of_the_json(report):
    claim = json.loads(render(report))["findings"][0]["claims"][0]
    assert set(claim) == {"article", "line", "column", "surface", "value", "unit", "canonical", "subject",
                          "qualifier", "attribution"}


@pytest.mark.parametrize(
    "break_it",
    [
        pytest.param(lambda r: r.update(version=2), id="version-2"),
        pytest.param(lambda r: r["summary"].pop("info"), id="summary-missing-key"),
        pytest.param(lambda r: r["summary"].update(notes=1), id="summary-extra-key"),
        pytest.param(lambda r: r["findings"][0].update(severity="fatal"), id="unknown-severity"),
        pytest.param(lambda r: r["findings"][0].update(claims=[]), id="finding-without-claims"),
        pytest.param(lambda r: r["findings"][0]["claims"][0].pop("surface"), id="claim-without-surface"),
        pytest.param(lambda r: r["findings"][0]["claims"][0].update(line=0), id="line-zero"),
        pytest.param(lambda r: r["articles"][0].pop("source"), id="article-without-source"),
    ],
)
def test_schema_rejects_what_breaks_the_contract(report, break_it):
    data = json.loads(render(report))
    break_it(data)
    with pytest.raises(ValidationError):
        VALIDATOR.validate(data)


def _properties(schema: dict, definitions: dict) -> dict[str, set[str]]:
    return {name: set(definition.get("properties", {})) for name, definition in definitions.items()
            if definition.get("type") == "object"} | {"Report": set(schema["properties"])}


def test_schema_names_the_same_fields_as_the_models():
    """A field added to a model without the schema (or the docs) following fails here."""
    model = Report.model_json_schema(mode="serialization")
    shipped = _properties(SCHEMA, SCHEMA["$defs"])
    fields = _properties(model, model["$defs"])
    assert shipped["Report"] == fields["Report"]
    assert shipped["article"] == fields["ArticleSummary"]
    assert shipped["finding"] == fields["Finding"]
    assert shipped["claim"] == fields["ClaimRef"]
    assert set(SCHEMA["properties"]["summary"]["properties"]) == fields["Summary"]
    canonical = next(option for option in SCHEMA["$defs"]["claim"]["properties"]["canonical"]["oneOf"]
                     if option["type"] == "object")
    assert set(canonical["properties"]) == fields["CanonicalRef"]
    assert SCHEMA["$defs"]["severity"]["enum"] == model["$defs"]["Severity"]["enum"]


def test_documented_example_is_a_valid_report():
    doc = (Path(__file__).parents[2] / "docs" / "report-format.md").read_text(encoding="utf-8")
    example = doc.split("```json\n", 1)[1].split("```", 1)[0]
    VALIDATOR.validate(json.loads(example))
    Report.model_validate_json(example)
