"""The machine-readable report: version 1 of the contract in DESIGN.md, described by ``report.schema.json``."""

from __future__ import annotations

from factcheck.models import Report


def render(report: Report, *, color: bool = False) -> str:
    """``color`` is accepted so every format has one signature; JSON never has colour."""
    return report.model_dump_json(indent=2) + "\n"
