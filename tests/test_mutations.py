"""The mutation suite: each known error injected into the seeds fires its rule, and nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.checks import REGISTRY
from factcheck.engine import run_rules
from factcheck.mutations import load_mutations, run_mutations
from factcheck.pipeline import extract_paths
from factcheck.rules import load_rules

ROOT = Path(__file__).resolve().parents[1]
SEEDS = str(ROOT / "fixtures" / "seeds")
MUTATIONS = load_mutations(ROOT / "fixtures" / "mutations.yaml")


@pytest.fixture(scope="module")
def outcomes():
    return {o.mutation.id: o for o in run_mutations([SEEDS], MUTATIONS, load_rules())}


DESIGN_RULES = {
    "unit-mismatch", "value-mismatch", "conversion-error", "qualifier-mismatch", "disputed-figure", "entity-variant",
    "date-mismatch", "arithmetic-error",
}


def test_suite_covers_every_built_in_rule_with_at_least_40_mutations():
    """house-fact needs a facts file, so its cases live in fixtures/rules/house-fact.yml instead."""
    assert len(MUTATIONS) >= 40
    assert {m.rule for m in MUTATIONS} == DESIGN_RULES
    assert DESIGN_RULES | {"house-fact"} == set(REGISTRY)


@pytest.mark.parametrize("mutation", MUTATIONS, ids=[m.id for m in MUTATIONS])
def test_mutation_fires_its_rule_and_nothing_else(outcomes, mutation):
    outcome = outcomes[mutation.id]
    assert outcome.fired, f"{mutation.rule} did not fire on {mutation.surfaces}"
    assert outcome.extra == []


def test_unmutated_seeds_have_no_errors():
    report = run_rules(extract_paths([SEEDS]), load_rules())
    assert [f.message for f in report.findings if f.severity.value == "error"] == []
