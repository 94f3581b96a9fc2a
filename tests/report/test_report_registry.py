"""Every format the CLI can ask for is registered and prints the same bytes for the same report."""

from __future__ import annotations

import pytest

from factcheck.report import RENDERERS, ReportFormat


def test_every_format_has_a_renderer():
    assert set(RENDERERS) == {fmt.value for fmt in ReportFormat}
    assert RENDERERS[ReportFormat.sarif] is RENDERERS["sarif"]


@pytest.mark.parametrize("name", sorted(RENDERERS))
def test_rendering_is_deterministic(name, report, empty_report):
    render = RENDERERS[name]
    for subject in (report, empty_report):
        assert render(subject) == render(subject.model_copy(deep=True))


@pytest.mark.parametrize("name", sorted(RENDERERS))
def test_output_ends_with_a_newline_and_has_no_colour_unless_asked(name, report):
    out = RENDERERS[name](report)
    assert out.endswith("\n") and not out.endswith("\n\n")
    assert "\x1b" not in out
    assert (RENDERERS[name](report, color=True) != out) == (name == "text")
