"""The archive: index published articles once, check drafts against them later; an indexer
killed mid-run loses nothing it committed and leaves no half-written article."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck import archive
from factcheck.archive import index_paths, open_archive, related
from factcheck.cli import app
from factcheck.config import Settings
from factcheck.engine import check_paths
from factcheck.errors import InputError
from factcheck.pipeline import extract_paths

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "fixtures" / "seeds"
TRADE = "$31.4 million"


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "published"
    shutil.copytree(SEEDS, folder)
    return folder


@pytest.fixture
def db(tmp_path: Path, seeds: Path) -> str:
    path = str(tmp_path / "archive.db")
    index_paths([str(seeds)], path)
    return path


def draft(tmp_path: Path, text: str) -> str:
    path = tmp_path / "draft.txt"
    path.write_text(text, encoding="utf-8")
    return str(path)


def rows(db: str, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(db)) as connection:
        return connection.execute(sql).fetchall()


# -- round trip ------------------------------------------------------------------------------


def test_a_draft_that_slips_a_decimal_is_caught_by_the_archived_articles(tmp_path, seeds, db):
    text = (SEEDS / "000_7446da09239d00f0.txt").read_text(encoding="utf-8").replace(TRADE, "$3.14 million")
    path = draft(tmp_path, text)
    report = check_paths([path], Settings(against=db)).report
    mismatch = [f for f in report.findings if f.rule == "value-mismatch"]
    assert len(mismatch) == 1
    primary, *others = mismatch[0].claims
    assert (primary.article, primary.surface) == (path, "$3.14 million")
    assert {" ".join(c.surface.split()) for c in others} == {TRADE}
    assert {c.article for c in others} <= {str(p) for p in seeds.iterdir()}  # archived paths, as stored
    assert others[0].line > 0 and others[0].end_line > 0  # located from the stored article text


def test_disagreements_among_published_articles_alone_are_not_reported(tmp_path, db):
    path = draft(tmp_path, f"Trade between Russia and North Korea reached {TRADE} in the first quarter of 2017.\n")
    report = check_paths([path], Settings(against=db)).report
    assert report.findings == []  # the seeds' own Kim Jong Un / Kim Jong-un and 10,000 / 100,000 stay out
    assert len(report.articles) > 1  # yet the draft was checked against archived articles


def test_check_against_via_cli_and_config(tmp_path, db, monkeypatch):
    text = (SEEDS / "000_7446da09239d00f0.txt").read_text(encoding="utf-8").replace(TRADE, "$3.14 million")
    path = draft(tmp_path, text)
    result = CliRunner().invoke(app, ["check", path, "--against", db])
    assert result.exit_code == 1 and "value-mismatch" in result.stdout
    monkeypatch.chdir(tmp_path)
    (tmp_path / "factcheck.toml").write_text('against = "archive.db"\n', encoding="utf-8")
    assert CliRunner().invoke(app, ["check", path]).exit_code == 1


# -- story lookup ----------------------------------------------------------------------------


def test_related_finds_the_story_not_other_news_and_not_the_draft_itself(tmp_path, seeds):
    other = tmp_path / "other"
    other.mkdir()
    (other / "phones.txt").write_text("Apple sold 10 million iPhones in California last year.\n", encoding="utf-8")
    db = str(tmp_path / "archive.db")
    index_paths([str(seeds), str(other)], db)
    own = str(seeds / "000_7446da09239d00f0.txt")
    with closing(open_archive(db)) as connection:
        found = related(connection, extract_paths([own]))
        capped = related(connection, extract_paths([own]), limit=2)
    paths = [a.path for a in found.articles]
    assert paths and own not in paths and str(other / "phones.txt") not in paths
    assert [a.path for a in capped.articles] == paths[:2]
    assert {c.article for c in found.claims} == set(paths) == set(found.entities)


# -- re-indexing -----------------------------------------------------------------------------


def test_reindexing_skips_unchanged_files_and_replaces_changed_ones(seeds, db):
    assert index_paths([str(seeds)], db).model_dump(include={"indexed", "unchanged"}) == {"indexed": 0, "unchanged": 5}
    changed = seeds / "000_7446da09239d00f0.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace(TRADE, "$3.14 million"), encoding="utf-8")
    assert index_paths([str(seeds)], db).model_dump(include={"indexed", "unchanged"}) == {"indexed": 1, "unchanged": 4}
    assert rows(db, "SELECT COUNT(*), COUNT(DISTINCT path) FROM articles") == [(5, 5)]
    surfaces = rows(db, f"""SELECT json_extract(claim, '$.surface') FROM claims JOIN articles a ON a.id = article_id
                           WHERE a.path = '{changed}' AND kind = 'money'""")
    assert ("$3.14 million",) in surfaces and (TRADE,) not in surfaces
    assert rows(db, "SELECT COUNT(*) FROM story_terms WHERE article_id NOT IN (SELECT id FROM articles)") == [(0,)]


def test_index_cli_prints_a_one_line_summary(tmp_path, seeds):
    db = str(tmp_path / "archive.db")
    result = CliRunner().invoke(app, ["index", str(seeds), "--db", db])
    assert result.exit_code == 0
    assert result.stdout == "indexed 5, unchanged 0, skipped 0\n"


# -- bad archives ----------------------------------------------------------------------------


def test_an_archive_from_a_newer_factcheck_is_refused(db):
    with closing(sqlite3.connect(db)) as connection, connection:
        connection.execute("UPDATE meta SET schema_version = 99")
    for write in (False, True):
        with pytest.raises(InputError, match="schema version 99 is newer"):
            open_archive(db, write=write)


def test_bad_archive_files_are_one_line_input_errors(tmp_path, seeds):
    text_file = tmp_path / "notes.db"
    text_file.write_text("not a database at all\n" * 100, encoding="utf-8")
    other_sqlite = tmp_path / "other.db"
    with closing(sqlite3.connect(other_sqlite)) as connection:
        connection.execute("CREATE TABLE t (x)")
    for path, message in [
        (text_file, "not an SQLite database"),
        (other_sqlite, "without factcheck's meta table"),
        (tmp_path / "missing" / "archive.db", "cannot use archive"),  # folder does not exist: unwritable
        (tmp_path, "cannot use archive"),  # a folder, not a file
    ]:
        with pytest.raises(InputError, match=message):
            index_paths([str(seeds)], str(path))
    with pytest.raises(InputError, match="no such archive"):
        check_paths([str(seeds)], Settings(against=str(tmp_path / "typo.db")))
    assert not (tmp_path / "typo.db").exists()
    result = CliRunner().invoke(app, ["check", str(seeds), "--against", str(text_file)])
    assert result.exit_code == 2 and result.stderr.count("\n") == 1 and "not an SQLite database" in result.stderr


def test_an_archive_locked_by_another_writer_is_an_input_error(tmp_path, seeds, db, monkeypatch):
    monkeypatch.setattr(archive, "BUSY_TIMEOUT", 0.1)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(InputError, match="locked by another process"):
            index_paths([str(seeds)], db)
    finally:
        holder.close()


# -- the crash test --------------------------------------------------------------------------

ARTICLES = 200


def write_articles(folder: Path, n: int) -> None:
    """Small articles cut from the seeds: a varying window of paragraphs, the trade figure
    varied, and a dateline so that every file (and its hash) is different."""
    seeds = [[p for p in s.read_text(encoding="utf-8").split("\n\n") if p.strip()] for s in sorted(SEEDS.glob("*.txt"))]
    for i in range(n):
        paragraphs = seeds[i % len(seeds)]
        start = (i // len(seeds)) % max(1, len(paragraphs) - 6)
        body = "\n\n".join(paragraphs[start:start + 6]).replace(TRADE, f"${31 + i % 9}.4 million")
        text = f"MOSCOW, dispatch {i}: Trade between Russia and North Korea reached {TRADE} in 2017.\n\n{body}\n"
        (folder / f"a{i:03d}.txt").write_text(text, encoding="utf-8")


def indexed(db: Path) -> int:
    try:
        with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as connection:
            return connection.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.Error:  # not created yet, or the schema is still being written
        return 0


def test_an_indexer_killed_mid_run_loses_nothing_and_leaves_no_half_article(tmp_path):
    folder, db = tmp_path / "published", tmp_path / "archive.db"
    folder.mkdir()
    write_articles(folder, ARTICLES)
    command = [sys.executable, "-m", "factcheck", "index", str(folder), "--db", str(db)]
    indexer = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while not 0 < indexed(db) < ARTICLES and indexer.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        assert indexer.poll() is None, "the indexer finished before it could be killed"
        indexer.send_signal(signal.SIGKILL)
        indexer.wait()
    finally:
        try:
            os.killpg(indexer.pid, signal.SIGKILL)  # its extraction workers, orphaned by the kill
        except ProcessLookupError:
            pass
    survived = indexed(db)
    assert 0 < survived < ARTICLES
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)
    assert rerun.stdout == f"indexed {ARTICLES - survived}, unchanged {survived}, skipped 0\n"
    assert rows(str(db), "SELECT COUNT(*), COUNT(DISTINCT path) FROM articles") == [(ARTICLES, ARTICLES)]
    # Whole articles only: every one has its claims and story terms, no claim is stored twice.
    assert rows(str(db), """SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM claims WHERE article_id = a.id)
                            OR NOT EXISTS (SELECT 1 FROM story_terms WHERE article_id = a.id)""") == [(0,)]
    assert rows(str(db), "SELECT COUNT(*) - COUNT(DISTINCT json_extract(claim, '$.id')) FROM claims") == [(0,)]
    assert rows(str(db), "PRAGMA integrity_check") == [("ok",)]
    assert rows(str(db), "PRAGMA foreign_key_check") == []
