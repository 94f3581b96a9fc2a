"""The pre-commit hook as a newsroom meets it: the real pre-commit framework, installed as a git
hook in a throwaway repository of articles, using this checkout's .pre-commit-hooks.yaml.

pre-commit builds its own virtualenv and pip-installs factcheck from a snapshot of the working
tree, once per test session (about 15-30 s); every commit after that takes a few seconds.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PRE_COMMIT = [sys.executable, "-m", "pre_commit"]
INSTALL_TIMEOUT = 600  # a cold hook environment: a virtualenv and factcheck's dependencies
COMMIT_TIMEOUT = 120

ARTICLE = """\
---
source: {source}
date: 2017-09-04
title: Russia and North Korea
---
# Russia and North Korea

{text}
"""
REUTERS = "Russia shares a 17 km border with North Korea, officials said on Monday."
AP_AGREES = "Russia shares a 17 km land border with North Korea near the Tumen river."
AP_PLANTED = "Russia shares a 17 mile land border with North Korea near the Tumen river."


def _env(pre_commit_home: Path) -> dict[str, str]:
    """Git and pre-commit isolated from the user's config, hooks path and any enclosing git hook."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(
        GIT_CONFIG_GLOBAL=os.devnull,
        GIT_CONFIG_NOSYSTEM="1",
        PRE_COMMIT_HOME=str(pre_commit_home),
        PRE_COMMIT_COLOR="never",
    )
    return env


def _run(args: list[str], cwd: Path, env: dict[str, str], timeout: int = COMMIT_TIMEOUT):
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


def _git(cwd: Path, env: dict[str, str], *args: str) -> str:
    result = _run(["git", *args], cwd, env)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def _init_repo(path: Path, env: dict[str, str]) -> None:
    path.mkdir(parents=True, exist_ok=True)
    _git(path, env, "init", "-q")
    _git(path, env, "config", "user.name", "Test Desk")
    _git(path, env, "config", "user.email", "desk@example.com")
    _git(path, env, "config", "commit.gpgsign", "false")


@pytest.fixture(scope="session")
def hook_home(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")


@pytest.fixture(scope="session")
def hook_repo(tmp_path_factory, hook_home) -> tuple[Path, str]:
    """A one-commit git repository of the working tree (tracked and unignored files), so the test
    exercises uncommitted changes too; pre-commit clones it at that commit like any hook repo."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    env = _env(hook_home)
    listed = _run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], ROOT, env)
    if listed.returncode != 0:
        pytest.skip("not a git checkout")
    snapshot = tmp_path_factory.mktemp("factcheck-src")
    for name in filter(None, listed.stdout.split("\0")):
        source = ROOT / name
        if source.is_file():
            (snapshot / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, snapshot / name)
    _init_repo(snapshot, env)
    _git(snapshot, env, "add", "-A")
    _git(snapshot, env, "commit", "-q", "-m", "snapshot")
    return snapshot, _git(snapshot, env, "rev-parse", "HEAD")


FOLDER_MODE = "        args: [articles/]\n        pass_filenames: false\n"


def _newsroom(repo: Path, hook_repo: tuple[Path, str], hook_home: Path, hook_options: str = ""):
    """A newsroom repository whose .pre-commit-config.yaml uses the factcheck hook, installed."""
    source, rev = hook_repo
    env = _env(hook_home)
    _init_repo(repo, env)
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {source.as_posix()}\n    rev: {rev}\n    hooks:\n      - id: factcheck\n{hook_options}",
        encoding="utf-8",
    )
    installed = _run([*PRE_COMMIT, "install"], repo, env)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    hooks = _run([*PRE_COMMIT, "install-hooks"], repo, env, timeout=INSTALL_TIMEOUT)
    assert hooks.returncode == 0, hooks.stdout + hooks.stderr
    return repo, env


@pytest.fixture
def newsroom(tmp_path, hook_repo, hook_home):
    return _newsroom(tmp_path / "newsroom", hook_repo, hook_home)


@pytest.fixture
def newsroom_folder_mode(tmp_path, hook_repo, hook_home):
    """The documented override: check the whole folder, not the staged files."""
    return _newsroom(tmp_path / "newsroom", hook_repo, hook_home, FOLDER_MODE)


def _write(repo: Path, name: str, source: str, text: str) -> None:
    path = repo / "articles" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(ARTICLE.format(source=source, text=text), encoding="utf-8")


def _commit(repo: Path, env: dict[str, str], *paths: str):
    _git(repo, env, "add", *paths)
    return _run(["git", "commit", "-m", "update"], repo, env)


def _commit_count(repo: Path, env: dict[str, str]) -> int:
    return int(_git(repo, env, "rev-list", "--count", "HEAD"))


def test_articles_that_agree_are_committed(newsroom):
    repo, env = newsroom
    _write(repo, "reuters.md", "Reuters", REUTERS)
    _write(repo, "ap.md", "AP", AP_AGREES)
    result = _commit(repo, env, ".pre-commit-config.yaml", "articles")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "factcheck" in output and "Passed" in output


def test_a_planted_unit_mismatch_is_refused_with_the_finding(newsroom):
    repo, env = newsroom
    _write(repo, "reuters.md", "Reuters", REUTERS)
    _write(repo, "ap.md", "AP", AP_AGREES)
    assert _commit(repo, env, ".pre-commit-config.yaml", "articles").returncode == 0

    _write(repo, "reuters.md", "Reuters", REUTERS.replace("Monday", "Tuesday"))
    _write(repo, "ap.md", "AP", AP_PLANTED)
    result = _commit(repo, env, "articles")
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "Failed" in output and "unit-mismatch" in output
    assert "articles/ap.md" in output and "articles/reuters.md" in output
    assert _commit_count(repo, env) == 1


def test_only_staged_articles_are_compared(newsroom):
    """pass_filenames: an article staged alone is checked alone (docs/ci.md says why and what to do)."""
    repo, env = newsroom
    _write(repo, "reuters.md", "Reuters", REUTERS)
    _write(repo, "ap.md", "AP", AP_AGREES)
    assert _commit(repo, env, ".pre-commit-config.yaml", "articles").returncode == 0

    _write(repo, "ap.md", "AP", AP_PLANTED)
    result = _commit(repo, env, "articles/ap.md")
    assert result.returncode == 0, result.stdout + result.stderr
    assert _commit_count(repo, env) == 2


def test_folder_mode_compares_a_staged_article_with_the_published_ones(newsroom_folder_mode):
    repo, env = newsroom_folder_mode
    _write(repo, "reuters.md", "Reuters", REUTERS)
    _write(repo, "ap.md", "AP", AP_AGREES)
    assert _commit(repo, env, ".pre-commit-config.yaml", "articles").returncode == 0

    _write(repo, "ap.md", "AP", AP_PLANTED)
    result = _commit(repo, env, "articles/ap.md")
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "unit-mismatch" in output and "articles/reuters.md" in output
    assert _commit_count(repo, env) == 1


def test_the_hook_manifest_is_valid():
    result = subprocess.run(
        [*PRE_COMMIT, "validate-manifest", str(ROOT / ".pre-commit-hooks.yaml")],
        capture_output=True, text=True, timeout=COMMIT_TIMEOUT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
