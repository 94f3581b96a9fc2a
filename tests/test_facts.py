"""House facts: a draft disagreeing with the newsroom's reference figure is an error citing the
facts file and line; agreeing drafts and other subjects stay quiet."""

from __future__ import annotations

import pytest

from factcheck.config import Settings
from factcheck.engine import check_paths
from factcheck.errors import InputError
from factcheck.facts import load_facts

FACTS = """\
- subject: Russia–North Korea border length
  value: 17 km
  tolerance: 1 km
  entities: [Russia, North Korea]
- subject: Q1 2017 trade between Russia and North Korea
  value: $31.4 million
  tolerance: 1%
"""


def _check(tmp_path, draft: str):
    (tmp_path / "facts.yaml").write_text(FACTS, encoding="utf-8")
    (tmp_path / "drafts").mkdir(exist_ok=True)
    (tmp_path / "drafts" / "draft.md").write_text(draft, encoding="utf-8")
    return check_paths([str(tmp_path / "drafts")], Settings(facts=str(tmp_path / "facts.yaml"))).report


def test_a_draft_against_a_house_fact_is_an_error_citing_the_facts_file(tmp_path):
    report = _check(tmp_path, "Russia shares a 17-mile land border with North Korea.\n")
    [finding] = report.findings
    assert (finding.rule, finding.severity.value) == ("house-fact", "error")
    assert [(c.article.endswith("facts.yaml"), c.line) for c in finding.claims] == [(False, 1), (True, 1)]
    assert "facts.yaml:1" in finding.message


def test_within_tolerance_is_quiet(tmp_path):
    report = _check(tmp_path, "Russia shares a 16.5 km land border with North Korea. Trade reached $31.5 million.\n")
    assert report.findings == []


def test_second_fact_and_percent_tolerance(tmp_path):
    report = _check(tmp_path, "Trade between Russia and North Korea reached $33 million in the first quarter.\n")
    assert [(f.rule, f.claims[1].line) for f in report.findings] == [("house-fact", 5)]


def test_a_fact_needs_its_entities_in_the_sentence(tmp_path):
    report = _check(tmp_path, "China shares a 1,416 km border with North Korea.\n")
    assert report.findings == []


@pytest.mark.parametrize(
    ("text", "line", "needle"),
    [
        ("- subject: border\n  value: long\n", 1, "must be one figure"),
        ("- subject: border\n  value: 17 km\n  colour: red\n", 3, "colour"),
        ("- subject: border\n  value: 17 km\n  tolerance: 2 kg\n", 1, "dimension"),
        ("subject: border\n", 1, "list of facts"),
        ("- subject: [unclosed\n", 2, "invalid YAML"),
    ],
)
def test_bad_facts_file_names_file_and_line(tmp_path, text, line, needle):
    path = tmp_path / "facts.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_facts(str(path))
    assert err.value.line == line and needle in str(err.value)
