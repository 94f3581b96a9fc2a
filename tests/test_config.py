"""Configuration discovery and precedence: command line over file over defaults."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.config import load_settings
from factcheck.errors import InputError
from factcheck.formats import FailOn, ReportFormat


def test_defaults_without_a_config_file(tmp_path):
    effective = load_settings(tmp_path)
    assert effective.file is None
    assert effective.settings.fail_on is FailOn.error
    assert set(effective.origins.values()) == {"default"}


def test_factcheck_toml_is_found_from_a_subfolder(tmp_path):
    (tmp_path / "factcheck.toml").write_text('fail-on = "warning"\nrules = ["house"]\n', encoding="utf-8")
    (tmp_path / "drafts" / "2017").mkdir(parents=True)
    effective = load_settings(tmp_path / "drafts" / "2017")
    assert effective.settings.fail_on is FailOn.warning
    assert effective.settings.rules == [str(tmp_path / "house")]
    assert effective.origins["fail_on"] == f"{tmp_path / 'factcheck.toml'}:1"


def test_pyproject_tool_table_and_nearest_file_wins(tmp_path):
    (tmp_path / "factcheck.toml").write_text('format = "json"\n', encoding="utf-8")
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "pyproject.toml").write_text('[tool.factcheck]\nformat = "sarif"\n', encoding="utf-8")
    assert load_settings(tmp_path / "site").settings.format is ReportFormat.sarif


def test_pyproject_without_our_table_is_passed_over(tmp_path):
    (tmp_path / "factcheck.toml").write_text('format = "markdown"\n', encoding="utf-8")
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert load_settings(tmp_path / "pkg").settings.format is ReportFormat.markdown


def test_command_line_wins(tmp_path):
    (tmp_path / "factcheck.toml").write_text('fail-on = "warning"\n', encoding="utf-8")
    effective = load_settings(tmp_path, {"fail_on": FailOn.never, "format": None})
    assert effective.settings.fail_on is FailOn.never
    assert effective.origins["fail_on"] == "command line"
    assert effective.origins["format"] == "default"


@pytest.mark.parametrize(
    ("text", "needle", "line"),
    [
        ('format = "json"\nfail-on = "sometimes"\n', "fail-on", 2),
        ('colour = "red"\n', "colour", 1),
        ('format = "json\n', "invalid TOML", 1),
    ],
)
def test_bad_config_names_file_key_and_line(tmp_path, text, needle, line):
    (tmp_path / "factcheck.toml").write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_settings(tmp_path)
    assert err.value.line == line and needle in str(err.value) and "factcheck.toml" in str(err.value)
    assert "\n" not in str(err.value)


def test_exclude_globs_filter_folder_articles(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from factcheck.cli import app

    seeds = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"
    (tmp_path / "factcheck.toml").write_text('exclude = ["004*"]\nformat = "json"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["check", str(seeds)])
    assert '"disputed-figure"' not in result.stdout and '"version": 1' in result.stdout


def test_config_aliases_make_two_names_one_party(tmp_path):
    """Without the alias the two figures are a dispute between two parties; with it, one party
    contradicts itself."""
    from factcheck.config import Settings
    from factcheck.engine import check_paths

    (tmp_path / "a.txt").write_text("Jeonbuk Motors said it sold 40,000 cars in May.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("JBM said it sold 80,000 cars in May.", encoding="utf-8")
    plain = check_paths([str(tmp_path)]).report
    aliased = check_paths([str(tmp_path)], Settings(aliases={"jeonbuk motors": ["Jeonbuk Motors", "JBM"]})).report
    assert [f.rule for f in plain.findings] == ["disputed-figure"]
    assert [f.rule for f in aliased.findings] == ["value-mismatch"]
