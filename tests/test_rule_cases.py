"""Rule behaviour as data: every fixtures/rules/<rule-id>.yml case runs through the whole
pipeline (read → extract → align → rules) and must produce exactly its expected findings.

A case holds `articles` (file name → text), optional `facts` (a house-facts YAML text) and
`findings` (each the surfaces of the claims it cites); `only: false` allows other rules to fire."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from factcheck.checks import REGISTRY
from factcheck.config import Settings
from factcheck.engine import check_paths

CASES_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "rules"


def _load() -> list[tuple[str, dict]]:
    out = []
    for path in sorted(CASES_DIR.glob("*.yml")):
        data = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
        out += [(data["rule"], case) for case in data["cases"]]
    return out


CASES = _load()


def _signature(surfaces: list[str]) -> tuple[str, ...]:
    return tuple(sorted(" ".join(s.split()) for s in surfaces))


@pytest.mark.parametrize(("rule", "case"), CASES, ids=[f"{r}: {c['name']}" for r, c in CASES])
def test_rule_case(rule, case, tmp_path):
    (tmp_path / "articles").mkdir()
    for name, text in case["articles"].items():
        (tmp_path / "articles" / name).write_text(text, encoding="utf-8")
    settings = Settings()
    if "facts" in case:
        (tmp_path / "facts.yaml").write_text(case["facts"], encoding="utf-8")
        settings = Settings(facts=str(tmp_path / "facts.yaml"))
    report = check_paths([str(tmp_path / "articles")], settings).report
    got = sorted(_signature([c.surface for c in f.claims]) for f in report.findings if f.rule == rule)
    want = sorted(_signature(f["surfaces"]) for f in case["findings"])
    assert got == want, [f.message for f in report.findings]
    if case.get("only", True):
        others = [f"{f.rule}: {f.message}" for f in report.findings if f.rule != rule]
        assert others == [], "unexpected findings from other rules"


def test_every_check_kind_has_failing_and_passing_cases():
    kinds = {}
    for rule, case in CASES:
        kinds.setdefault(rule, set()).add(bool(case["findings"]))
    assert {k: {True, False} for k in REGISTRY} == {k: kinds.get(k, set()) for k in REGISTRY}
