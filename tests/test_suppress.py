"""Inline suppressions: each form silences its rule where it says, is counted, and an unused
one is reported."""

from __future__ import annotations

from factcheck.engine import check_paths

AGREE = "Bilateral trade reached $31.4 million in the first quarter of 2017.\n"
DISAGREE = "Bilateral trade reached $3.14 million in the first quarter of 2017.\n"


def _check(tmp_path, draft: str):
    (tmp_path / "a.md").write_text(AGREE, encoding="utf-8")
    (tmp_path / "b.md").write_text(draft, encoding="utf-8")
    return check_paths([str(tmp_path)])


def _rules(result) -> list[str]:
    return [f.rule for f in result.report.findings]


def test_without_directives_the_mismatch_is_reported(tmp_path):
    result = _check(tmp_path, DISAGREE)
    assert _rules(result) == ["value-mismatch"] and result.report.summary.suppressed == 0


def test_disable_next_line(tmp_path):
    result = _check(tmp_path, "<!-- factcheck-disable-next-line value-mismatch -->\n" + DISAGREE)
    assert _rules(result) == []
    assert result.report.summary.suppressed == 1
    assert result.warnings == []


def test_disable_enable_block_for_one_rule(tmp_path):
    draft = "Intro.\n<!-- factcheck-disable value-mismatch -->\n\n" + DISAGREE + "\n<!-- factcheck-enable value-mismatch -->\n"
    assert _rules(_check(tmp_path, draft)) == []


def test_disable_without_rule_ids_covers_every_rule(tmp_path):
    assert _rules(_check(tmp_path, "<!-- factcheck-disable -->\n" + DISAGREE)) == []


def test_a_directive_for_another_rule_does_not_suppress_and_is_reported_unused(tmp_path):
    result = _check(tmp_path, "<!-- factcheck-disable-next-line unit-mismatch -->\n" + DISAGREE)
    assert _rules(result) == ["value-mismatch"]
    assert [(w.line, w.message) for w in result.warnings] == [(1, "unused suppression for unit-mismatch")]


def test_a_block_that_ended_before_the_claim_does_not_suppress(tmp_path):
    draft = "<!-- factcheck-disable value-mismatch -->\nIntro.\n<!-- factcheck-enable value-mismatch -->\n" + DISAGREE
    result = _check(tmp_path, draft)
    assert _rules(result) == ["value-mismatch"]
    assert len(result.warnings) == 1


def test_suppressed_count_shows_in_the_text_summary(tmp_path):
    from factcheck.report import RENDERERS

    result = _check(tmp_path, "<!-- factcheck-disable-next-line value-mismatch -->\n" + DISAGREE)
    assert "Not shown: 1 suppressed." in RENDERERS["text"](result.report)
