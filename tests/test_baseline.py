"""Baselines: accepted findings stay accepted through edits; new ones show."""

from __future__ import annotations

import json

import pytest

from factcheck.config import Settings
from factcheck.engine import check_paths
from factcheck.errors import InputError

A = "Bilateral trade reached $31.4 million in the first quarter of 2017.\n"
B = "Bilateral trade reached $3.14 million in the first quarter of 2017.\n"


def _write(tmp_path, a: str, b: str) -> None:
    (tmp_path / "articles").mkdir(exist_ok=True)
    (tmp_path / "articles" / "a.md").write_text(a, encoding="utf-8")
    (tmp_path / "articles" / "b.md").write_text(b, encoding="utf-8")


def test_round_trip_survives_rewording_and_moved_lines(tmp_path):
    baseline = str(tmp_path / "baseline.json")
    settings = Settings(baseline=baseline)
    _write(tmp_path, A, B)
    first = check_paths([str(tmp_path / "articles")], settings, update_baseline=True)
    assert [f.rule for f in first.report.findings] == ["value-mismatch"]
    assert json.loads(open(baseline, encoding="utf-8").read())["findings"][0]["rule"] == "value-mismatch"

    reworded = "# Trade\n\nSome new context paragraph.\n\nTwo-way trade came to $3.14 million in the first quarter of 2017.\n"
    _write(tmp_path, A, reworded)
    again = check_paths([str(tmp_path / "articles")], settings)
    assert again.report.findings == []
    assert again.report.summary.baselined == 1

    _write(tmp_path, A + "Vladivostok is 100 km from the border.\n", reworded + "Vladivostok is 100 km (160 miles) from the border.\n")
    new = check_paths([str(tmp_path / "articles")], settings)
    assert [f.rule for f in new.report.findings] == ["conversion-error"]


def test_missing_baseline_is_an_input_error(tmp_path):
    _write(tmp_path, A, B)
    with pytest.raises(InputError, match="baseline file not found"):
        check_paths([str(tmp_path / "articles")], Settings(baseline=str(tmp_path / "none.json")))


def test_corrupt_baseline_is_an_input_error(tmp_path):
    _write(tmp_path, A, B)
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="not a factcheck baseline"):
        check_paths([str(tmp_path / "articles")], Settings(baseline=str(tmp_path / "bad.json")))
