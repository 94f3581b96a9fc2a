"""Helpers for extraction tests: run the whole extractor on a short text and pick out claims by surface.

Session-scoped because they are plain functions, which also lets hypothesis tests use them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.extract import extract_claims
from factcheck.models import Article, Claim, ClaimKind

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"


def _flat(text: str) -> str:
    return " ".join(text.split())


def claims_in(text: str) -> list[Claim]:
    return extract_claims(Article(path="x.txt", text=text))


def claim_in(text: str, surface: str) -> Claim:
    """The one claim whose surface is ``surface`` (line breaks in the text count as spaces)."""
    found = [c for c in claims_in(text) if _flat(c.surface) == surface]
    assert len(found) == 1, f"{surface!r} in {[c.surface for c in claims_in(text)]}"
    return found[0]


def figures_in(text: str) -> list[str]:
    """Surfaces of the claims that are not dates."""
    return [_flat(c.surface) for c in claims_in(text) if c.kind is not ClaimKind.date]


def seed_text(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def claims() -> Callable[[str], list[Claim]]:
    return claims_in


@pytest.fixture(scope="session")
def claim() -> Callable[[str, str], Claim]:
    return claim_in


@pytest.fixture(scope="session")
def figures() -> Callable[[str], list[str]]:
    return figures_in


@pytest.fixture(scope="session")
def seed() -> Callable[[str], str]:
    return seed_text
