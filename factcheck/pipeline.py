"""The pure core behind the CLI: paths in, typed results out; no printing, no exit codes."""

from __future__ import annotations

from pydantic import BaseModel

from factcheck.errors import ReadWarning
from factcheck.extract import extract_claims, find_entities
from factcheck.models import Article, Claim, Entity
from factcheck.read import read_paths


class Extraction(BaseModel):
    articles: list[Article]
    claims: list[Claim]
    entities: dict[str, list[Entity]]
    warnings: list[ReadWarning]


def extract_paths(paths: list[str], include: list[str] | None = None, exclude: list[str] | None = None) -> Extraction:
    """Claims of every article, ordered by article (as given) then offset.

    An article whose extraction fails unexpectedly is reported as a warning and skipped,
    so one pathological file never costs the rest of the run.
    """
    articles, warnings = read_paths(paths, include=include, exclude=exclude)
    claims: list[Claim] = []
    entities: dict[str, list[Entity]] = {}
    kept: list[Article] = []
    for article in articles:
        try:
            found = find_entities(article)
            claims.extend(extract_claims(article, found))
        except (RecursionError, ValueError, ArithmeticError, IndexError, KeyError, TypeError) as exc:
            warnings.append(ReadWarning(path=article.path, message=f"skipped: extraction failed ({type(exc).__name__}: {exc})"))
            continue
        entities[article.path] = found
        kept.append(article)
    return Extraction(articles=kept, claims=claims, entities=entities, warnings=warnings)
