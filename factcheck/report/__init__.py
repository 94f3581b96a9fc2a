"""Output formats: one module per format, each with ``render(report, *, color=False) -> str``.

The registry is what the CLI's ``--format`` chooses from, so a new format is one module and one entry here.
"""

from __future__ import annotations

from typing import Protocol

from factcheck.formats import ReportFormat
from factcheck.models import Report
from factcheck.report import github, json, markdown, sarif, text


class Renderer(Protocol):
    def __call__(self, report: Report, *, color: bool = False) -> str: ...


RENDERERS: dict[str, Renderer] = {
    ReportFormat.text.value: text.render,
    ReportFormat.json.value: json.render,
    ReportFormat.sarif.value: sarif.render,
    ReportFormat.github.value: github.render,
    ReportFormat.markdown.value: markdown.render,
}
