"""Accepted findings, so a newsroom can adopt factcheck on an existing archive and see only
what is new. Findings match by fingerprint (rule, claim surfaces, subjects), not by line, so
editing an article's wording elsewhere does not resurrect them."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ValidationError

from factcheck.errors import InputError
from factcheck.models import Finding


class Accepted(BaseModel):
    rule: str
    fingerprint: str
    message: str


class Baseline(BaseModel):
    version: int = 1
    findings: list[Accepted]


def load(path: str) -> set[str]:
    try:
        data = Baseline.model_validate_json(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(path, "baseline file not found (create it with --update-baseline)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot read baseline: {exc}") from None
    except ValidationError as exc:
        raise InputError(path, f"not a factcheck baseline: {exc.errors()[0]['msg']}") from None
    return {f.fingerprint for f in data.findings}


def write(path: str, findings: list[Finding]) -> None:
    accepted = sorted(
        {f.fingerprint(): Accepted(rule=f.rule, fingerprint=f.fingerprint(), message=f.message) for f in findings}.values(),
        key=lambda a: (a.rule, a.fingerprint),
    )
    try:
        Path(path).write_text(Baseline(findings=accepted).model_dump_json(indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        raise InputError(path, f"cannot write baseline: {exc.strerror or exc}") from None


def apply(findings: list[Finding], accepted: set[str]) -> tuple[list[Finding], int]:
    kept = [f for f in findings if f.fingerprint() not in accepted]
    return kept, len(findings) - len(kept)
