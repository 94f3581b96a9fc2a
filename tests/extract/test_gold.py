"""Extraction scored against the hand annotation of the seed articles (fixtures/gold/)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from factcheck.extract import extract_claims
from factcheck.models import Article, Claim

ROOT = Path(__file__).resolve().parents[2]
GOLD = sorted((ROOT / "fixtures" / "gold").glob("*.yaml"))


def _offset(text: str, line: int, column: int) -> int:
    lines = text.split("\n")
    return sum(len(x) + 1 for x in lines[: line - 1]) + column - 1


def _close(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-6)


def _agrees(claim: Claim, gold: dict) -> bool:
    if gold["kind"] == "date":
        return claim.date == str(gold.get("date"))
    if gold.get("value") is not None:
        return _close(claim.value, gold["value"])
    return _close(claim.low, gold.get("low")) and _close(claim.high, gold.get("high"))


def score(include_boilerplate: bool = False) -> tuple[int, int, int, list[str]]:
    """(matched, predicted, gold) counts over all seeds, and a line per miss for the failure message."""
    matched = predicted = expected = 0
    misses: list[str] = []
    for gold_file in GOLD:
        gold = YAML(typ="safe").load(gold_file.read_text(encoding="utf-8"))
        path = ROOT / "fixtures" / "seeds" / gold["article"]
        text = path.read_text(encoding="utf-8")
        claims = [c for c in extract_claims(Article(path=str(path), text=text)) if include_boilerplate or not c.boilerplate]
        golds = [g for g in gold["claims"] if include_boilerplate or not g["boilerplate"]]
        used: set[str] = set()
        for g in golds:
            start = _offset(text, g["line"], g["column"])
            end = start + len(g["surface"])
            hit = next(
                (c for c in claims if c.id not in used and c.span.start < end and start < c.span.end and _agrees(c, g)),
                None,
            )
            if hit is None:
                misses.append(f"missed {gold['article']}:{g['line']}:{g['column']} {g['surface']!r}")
            else:
                used.add(hit.id)
        misses += [f"extra {c.article}:{c.span.line}:{c.span.column} {c.surface!r}" for c in claims if c.id not in used]
        matched += len(used)
        predicted += len(claims)
        expected += len(golds)
    return matched, predicted, expected, misses


def test_gold_exists_for_every_seed():
    assert len(GOLD) == 5


@pytest.mark.parametrize("floor", [0.90])
def test_precision_and_recall_on_seed_claims(floor):
    matched, predicted, expected, misses = score()
    precision, recall = matched / predicted, matched / expected
    assert precision >= floor and recall >= floor, f"P={precision:.3f} R={recall:.3f}\n" + "\n".join(misses)


def test_boilerplate_is_found_and_marked():
    matched, predicted, expected, misses = score(include_boilerplate=True)
    assert matched / expected >= 0.9, "\n".join(misses)
