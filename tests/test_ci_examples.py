"""The CI examples users copy: the GitHub Actions workflow parses, wires SARIF to code scanning,
its factcheck commands run as written (on the seeds), and docs/ci.md shows the same file."""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[1]
WORKFLOW = ROOT / "examples" / "github-actions" / "factcheck.yml"
CI_DOC = ROOT / "docs" / "ci.md"
SEEDS = ROOT / "fixtures" / "seeds"
SARIF_SCHEMA = json.loads((ROOT / "fixtures" / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def steps() -> list[dict]:
    workflow = YAML(typ="safe").load(WORKFLOW.read_text(encoding="utf-8"))
    assert workflow["jobs"]["factcheck"]["permissions"]["security-events"] == "write"
    return workflow["jobs"]["factcheck"]["steps"]


def _check_commands(steps: list[dict]) -> list[list[str]]:
    return [shlex.split(s["run"]) for s in steps if s.get("run", "").startswith("factcheck check")]


def test_the_sarif_report_is_uploaded_to_code_scanning(steps):
    sarif_step, gate = _check_commands(steps)
    upload = next(s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif@"))
    assert upload["uses"].endswith("@v3")
    assert sarif_step[sarif_step.index("--output") + 1] == upload["with"]["sarif_file"]
    assert sarif_step[sarif_step.index("--fail-on") + 1] == "never"
    assert steps.index(upload) < next(i for i, s in enumerate(steps) if s.get("run") == shlex.join(gate))


def test_the_workflow_commands_run_on_the_seeds(steps, tmp_path):
    """Each `factcheck check` line as written, with articles/ → the seeds and run from tmp_path."""
    (sarif_step, gate) = _check_commands(steps)
    for command in (sarif_step, gate):
        args = [str(SEEDS) if a == "articles/" else a for a in command[1:]]
        result = subprocess.run(
            [sys.executable, "-m", "factcheck", *args], cwd=tmp_path, capture_output=True, text=True, timeout=300
        )
        assert result.returncode == 0, result.stderr
    sarif = json.loads((tmp_path / "factcheck.sarif").read_text(encoding="utf-8"))
    jsonschema.validate(sarif, SARIF_SCHEMA)
    assert sarif["runs"][0]["results"]
    annotations = result.stdout.splitlines()
    assert annotations and all(line.startswith("::") for line in annotations)


def test_docs_show_the_workflow_file_as_it_is():
    assert WORKFLOW.read_text(encoding="utf-8").rstrip() in CI_DOC.read_text(encoding="utf-8")


def test_the_documented_pre_commit_configs_are_valid(tmp_path):
    doc = CI_DOC.read_text(encoding="utf-8")
    config = re.search(r"```yaml\n(repos:.*?)```", doc, re.S).group(1)
    override = re.search(r"```yaml\n( +- id: factcheck\n.*?)```", doc, re.S).group(1)
    for number, text in enumerate([config, config.replace("      - id: factcheck\n", override)]):
        path = tmp_path / f"config{number}.yaml"
        path.write_text(text, encoding="utf-8")
        result = subprocess.run(
            [sys.executable, "-m", "pre_commit", "validate-config", str(path)],
            capture_output=True, text=True, timeout=120,
        )
        assert result.returncode == 0, result.stdout + result.stderr
    assert "pass_filenames: false" in path.read_text(encoding="utf-8")
