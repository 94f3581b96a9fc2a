"""The pure core behind the CLI: paths in, typed results out; no printing, no exit codes."""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import partial

from pydantic import BaseModel

from factcheck.errors import ReadWarning
from factcheck.extract import extract_claims, find_entities
from factcheck.extract.entities import Aliases, gazetteer
from factcheck.models import Article, Claim, Entity
from factcheck.read import read_paths

# Below this many articles a worker pool costs more to start than it saves.
PARALLEL_FROM = 24
EXPECTED_FAILURES = (RecursionError, ValueError, ArithmeticError, IndexError, KeyError, TypeError)


class Extraction(BaseModel):
    articles: list[Article]
    claims: list[Claim]
    entities: dict[str, list[Entity]]
    warnings: list[ReadWarning]


def _extract_one(article: Article, aliases: Aliases = ()) -> tuple[list[Entity], list[Claim]] | str:
    """One article's entities and claims, or why extraction failed."""
    try:
        gaz = gazetteer(aliases)
        entities = find_entities(article, gaz)
        return entities, extract_claims(article, entities, gaz)
    except EXPECTED_FAILURES as exc:
        return f"skipped: extraction failed ({type(exc).__name__}: {exc})"


def extract_each(articles: list[Article], aliases: Aliases = ()) -> Iterator[tuple[list[Entity], list[Claim]] | str]:
    """Each article's result, in order, as soon as it is ready, so a caller (the archive
    indexer) can store one article while the next is still being extracted."""
    one = partial(_extract_one, aliases=aliases)
    workers = min(os.cpu_count() or 1, 4)
    if len(articles) < PARALLEL_FROM or workers < 2:
        yield from map(one, articles)
        return
    one(Article(path="warm-up", text="Trade rose 20% to $31.4 million."))  # workers fork warm
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(one, articles, chunksize=max(1, len(articles) // (workers * 8)))


def extract_paths(
    paths: list[str], include: list[str] | None = None, exclude: list[str] | None = None, aliases: Aliases = ()
) -> Extraction:
    """Claims of every article, ordered by article (as given) then offset; on several cores for
    large sets.

    An article whose extraction fails unexpectedly is reported as a warning and skipped,
    so one pathological file never costs the rest of the run.
    """
    articles, warnings = read_paths(paths, include=include, exclude=exclude)
    claims: list[Claim] = []
    entities: dict[str, list[Entity]] = {}
    kept: list[Article] = []
    for article, result in zip(articles, extract_each(articles, aliases)):
        if isinstance(result, str):
            warnings.append(ReadWarning(path=article.path, message=result))
            continue
        entities[article.path], found = result
        claims.extend(found)
        kept.append(article)
    return Extraction(articles=kept, claims=claims, entities=entities, warnings=warnings)
