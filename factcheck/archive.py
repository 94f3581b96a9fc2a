"""The archive: claims of published articles kept in SQLite, so a draft can be checked against
everything already printed on its story without re-reading (or re-extracting) the archive.

SQLite because it is embedded (one file, nothing to run) and its transactions make the indexer
crash-safe: each article is stored in its own ``BEGIN IMMEDIATE … COMMIT``, so a killed indexer
leaves whole articles only, and the next run skips every file whose content hash is unchanged.

Journal: WAL, so ``check --against`` can read while ``index`` writes. ``synchronous=NORMAL``:
in WAL mode a killed process loses no committed article (the commit is in the OS's cache); only
a power cut can drop the last few commits, never half of one, and the next ``index`` run
re-indexes them. FULL would fsync once per article to protect what the next run re-indexes anyway.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import os
import sqlite3
from collections.abc import Callable, Iterable
from urllib.parse import quote

from pydantic import BaseModel

from factcheck.align import lemma
from factcheck.errors import InputError, ReadWarning
from factcheck.models import Article, Claim, Entity
from factcheck.pipeline import Extraction, extract_each
from factcheck.read import read_paths

SCHEMA_VERSION = 1
BUSY_TIMEOUT = 5.0  # seconds a writer waits for another one (a second `factcheck index`)
# Enough stored coverage of a story for majority and dispute checks, few enough that checking
# a draft stays well under a second; the best-scoring articles are kept.
RELATED_LIMIT = 50
# An article scoring under this share of the best match shares only what every story mentions
# (the outlet's boilerplate, "United States", "trade"); on the benchmark's archive same-story
# articles scored at least a fifth of the best, other stories about a twentieth.
RELATIVE_FLOOR = 0.1
ENTITY, SUBJECT = "entity:", "subject:"

# MIGRATIONS[v] takes a version-v archive to v + 1; version 0 is an empty file.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        "CREATE TABLE meta (schema_version INTEGER NOT NULL)",
        "INSERT INTO meta VALUES (0)",
        """CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            sha256 TEXT NOT NULL,
            source TEXT,
            date TEXT,
            indexed_at TEXT NOT NULL,
            article TEXT NOT NULL  -- Article JSON: text and offsets, so findings still give lines
        )""",
        """CREATE TABLE claims (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            subject_lemma TEXT,
            kind TEXT NOT NULL,
            dimension TEXT,
            claim TEXT NOT NULL  -- Claim JSON
        )""",
        "CREATE INDEX claims_article ON claims(article_id)",
        "CREATE INDEX claims_subject ON claims(subject_lemma, dimension)",  # "every stored trade figure"
        """CREATE TABLE entities (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            surface TEXT NOT NULL,
            entity TEXT NOT NULL  -- Entity JSON
        )""",
        "CREATE INDEX entities_article ON entities(article_id)",
        "CREATE INDEX entities_key ON entities(key)",
        # Story lookup: one row per (entity key or subject lemma, article), searched by term.
        """CREATE TABLE story_terms (
            term TEXT NOT NULL,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            PRIMARY KEY (term, article_id)
        ) WITHOUT ROWID""",
        "CREATE INDEX story_terms_article ON story_terms(article_id)",
    ),
)
assert len(MIGRATIONS) == SCHEMA_VERSION


class IndexSummary(BaseModel):
    indexed: int = 0
    unchanged: int = 0
    skipped: int = 0
    warnings: list[ReadWarning] = []


def _reason(exc: sqlite3.Error) -> str:
    text = str(exc)
    if "not a database" in text:
        return "not a factcheck archive (not an SQLite database)"
    if "locked" in text or "busy" in text:
        return "archive is locked by another process (another factcheck index?); try again when it is done"
    return f"cannot use archive: {text}"


def open_archive(path: str, write: bool = False) -> sqlite3.Connection:
    """A connection to a checked (and, for writing, migrated) archive; any problem is an InputError.

    Reading opens the file read-only and never creates it: a mistyped ``--against`` must not
    leave an empty archive behind.
    """
    if not write and not os.path.isfile(path):
        raise InputError(path, "no such archive (build one with: factcheck index ARTICLES --db FILE)")
    connection = None
    try:
        mode = "rwc" if write else "ro"
        connection = sqlite3.connect(
            f"file:{quote(os.path.abspath(path))}?mode={mode}", uri=True, isolation_level=None, timeout=BUSY_TIMEOUT,
        )
        connection.execute("PRAGMA foreign_keys = ON")
        if write:
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = NORMAL")
            connection.execute("BEGIN IMMEDIATE")  # two indexers must not both create the schema
        version = _version(connection, path)
        if version > SCHEMA_VERSION:
            raise InputError(path, f"archive schema version {version} is newer than this factcheck reads "
                                   f"({SCHEMA_VERSION}); upgrade factcheck")
        if version == 0 and not write:
            raise InputError(path, "empty archive (build it with: factcheck index ARTICLES --db FILE)")
        if version < SCHEMA_VERSION and not write:
            raise InputError(path, f"archive schema version {version} is older than {SCHEMA_VERSION}; "
                                   "run factcheck index on it to upgrade")
        if write:
            if version < SCHEMA_VERSION:
                for statement in (s for step in MIGRATIONS[version:] for s in step):
                    connection.execute(statement)
                connection.execute("UPDATE meta SET schema_version = ?", (SCHEMA_VERSION,))
            connection.execute("COMMIT")
    except (sqlite3.Error, InputError) as exc:
        if connection is not None:
            connection.close()
        if isinstance(exc, InputError):
            raise
        raise InputError(path, _reason(exc)) from None
    return connection


def _version(connection: sqlite3.Connection, path: str) -> int:
    tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "meta" in tables:
        row = connection.execute("SELECT schema_version FROM meta").fetchone()
        if row is not None:
            return int(row[0])
    elif not tables:
        return 0
    raise InputError(path, "not a factcheck archive (an SQLite database without factcheck's meta table)")


def _sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def story_terms(claims: Iterable[Claim], entities: Iterable[Entity]) -> set[str]:
    """What identifies a story: the entity keys and subject lemmas its articles mention
    (boilerplate figures such as subscriber counts say nothing about the story)."""
    terms = {ENTITY + e.key for e in entities}
    terms.update(SUBJECT + lemma(c.subject) for c in claims if c.subject and not c.boilerplate)
    return terms


def _store(
    connection: sqlite3.Connection, article: Article, sha256: str, entities: list[Entity], claims: list[Claim]
) -> None:
    """One article, replacing any older version of it, in one transaction: all of it or nothing."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        connection.execute("DELETE FROM articles WHERE path = ?", (article.path,))  # cascades to its rows
        article_id = connection.execute(
            "INSERT INTO articles (path, sha256, source, date, indexed_at, article) VALUES (?, ?, ?, ?, ?, ?)",
            (article.path, sha256, article.source, article.date, dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
             article.model_dump_json()),
        ).lastrowid
        connection.executemany(
            "INSERT INTO claims (article_id, subject_lemma, kind, dimension, claim) VALUES (?, ?, ?, ?, ?)",
            [(article_id, lemma(c.subject) if c.subject else None, c.kind.value,
              c.canonical.dimension if c.canonical else None, c.model_dump_json()) for c in claims],
        )
        connection.executemany(
            "INSERT INTO entities (article_id, key, surface, entity) VALUES (?, ?, ?, ?)",
            [(article_id, e.key, e.surface, e.model_dump_json()) for e in entities],
        )
        connection.executemany(
            "INSERT INTO story_terms (term, article_id) VALUES (?, ?)",
            [(term, article_id) for term in sorted(story_terms(claims, entities))],
        )
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise


def index_paths(
    paths: list[str], db: str, progress: Callable[[int, int], None] | None = None,
    include: list[str] | None = None, exclude: list[str] | None = None,
) -> IndexSummary:
    """Store the claims of every article under ``paths`` in the archive ``db``.

    Files are stored under their absolute path; one whose content hash is already stored is
    skipped, one whose hash changed is replaced. ``progress(done, total)`` is called after each
    article that needed extraction.
    """
    connection = open_archive(db, write=True)
    try:
        articles, warnings = read_paths(paths, include=include, exclude=exclude)
        summary = IndexSummary(warnings=warnings)
        summary.skipped = len({w.path for w in warnings} - {a.path for a in articles})
        stored = dict(connection.execute("SELECT path, sha256 FROM articles"))
        todo: list[tuple[Article, str]] = []
        for article in articles:
            path = os.path.abspath(article.path)
            try:
                sha256 = _sha256(article.path)
            except OSError as exc:
                raise InputError(article.path, f"cannot read: {exc.strerror or exc}") from None
            if stored.get(path) == sha256:
                summary.unchanged += 1
            else:
                todo.append((article.model_copy(update={"path": path}), sha256))
        for done, ((article, sha256), result) in enumerate(zip(todo, extract_each([a for a, _ in todo])), start=1):
            if isinstance(result, str):
                summary.warnings.append(ReadWarning(path=article.path, message=result))
                summary.skipped += 1
            else:
                _store(connection, article, sha256, *result)
                summary.indexed += 1
            if progress:
                progress(done, len(todo))
        return summary
    except sqlite3.Error as exc:
        raise InputError(db, _reason(exc)) from None
    finally:
        connection.close()


def related(db: sqlite3.Connection, extraction: Extraction, limit: int = RELATED_LIMIT) -> Extraction:
    """Stored articles on the same story as ``extraction``'s, rebuilt from the archive's JSON.

    An article qualifies by sharing at least one entity key and one subject lemma with the
    drafts. It scores the sum of idf² over the shared terms, idf = log(N / articles with the
    term): the dot product of the two articles' tf-idf vectors, so a few telling names
    ("Pyongyang") outweigh many that every article mentions ("Reuters", "United States"). The
    ``limit`` best are returned, best first (ties: newest indexed), except those scoring under
    ``RELATIVE_FLOOR`` of the best. Stored articles at a draft's own path are left out.
    """
    terms = story_terms(extraction.claims, (e for found in extraction.entities.values() for e in found))
    drafts = [os.path.abspath(a.path) for a in extraction.articles]
    if not terms:
        return Extraction(articles=[], claims=[], entities={}, warnings=[])
    try:
        total = db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        counts = db.execute(
            "SELECT term, COUNT(*) FROM story_terms WHERE term IN (SELECT value FROM json_each(?)) GROUP BY term",
            (json.dumps(sorted(terms)),),
        ).fetchall()
        weights = [[term, math.log(total / count) ** 2, term.startswith(ENTITY)] for term, count in counts]
        ranked = db.execute(
            """WITH query(term, weight, is_entity) AS (
                   SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]')
                   FROM json_each(:weights))
               SELECT t.article_id, SUM(query.weight) FROM query JOIN story_terms t ON t.term = query.term
               WHERE t.article_id NOT IN (SELECT id FROM articles WHERE path IN (SELECT value FROM json_each(:drafts)))
               GROUP BY t.article_id
               HAVING SUM(query.is_entity) >= 1 AND SUM(NOT query.is_entity) >= 1
               ORDER BY SUM(query.weight) DESC, t.article_id DESC
               LIMIT :limit""",
            {"weights": json.dumps(weights), "drafts": json.dumps(drafts), "limit": limit},
        ).fetchall()
        return _rebuild(db, [article_id for article_id, score in ranked if score >= ranked[0][1] * RELATIVE_FLOOR])
    except sqlite3.Error as exc:
        raise InputError(_path_of(db), _reason(exc)) from None


def _path_of(db: sqlite3.Connection) -> str:
    return db.execute("PRAGMA database_list").fetchone()[2]


def _rebuild(db: sqlite3.Connection, ids: list[int]) -> Extraction:
    """Articles, claims and entities of ``ids`` (in that order) from their stored JSON."""
    wanted = json.dumps(ids)
    articles = {
        article_id: Article.model_validate_json(text)
        for article_id, text in db.execute(
            "SELECT id, article FROM articles WHERE id IN (SELECT value FROM json_each(?))", (wanted,)
        )
    }
    claims: dict[int, list[Claim]] = {i: [] for i in ids}
    for article_id, text in db.execute(
        "SELECT article_id, claim FROM claims WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY id", (wanted,)
    ):
        claims[article_id].append(Claim.model_validate_json(text))
    entities: dict[str, list[Entity]] = {articles[i].path: [] for i in ids}
    for article_id, text in db.execute(
        "SELECT article_id, entity FROM entities WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY id", (wanted,)
    ):
        entities[articles[article_id].path].append(Entity.model_validate_json(text))
    return Extraction(
        articles=[articles[i] for i in ids], claims=[c for i in ids for c in claims[i]], entities=entities, warnings=[],
    )
