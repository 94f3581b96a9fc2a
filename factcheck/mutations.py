"""Mutation testing for the rule pack: inject one known error into a set of articles and see
whether the right rule fires on the right claims, and nothing else appears.

Used by the test suite and by bench/mutation_bench.py; a newsroom can point it at its own
articles and mutation file to test its own rules.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, Field
from ruamel.yaml import YAML

from factcheck.checks.base import RuleBase
from factcheck.engine import run_rules
from factcheck.extract import extract_claims, find_entities
from factcheck.models import Article, Finding
from factcheck.pipeline import Extraction, extract_paths


class Edit(BaseModel):
    article: str
    find: str
    replace: str


class Mutation(BaseModel):
    id: str
    rule: str
    edits: list[Edit]
    surfaces: list[str] = Field(description="surfaces the new finding must cite (whitespace-insensitive)")


class Outcome(BaseModel):
    mutation: Mutation
    fired: bool  # the expected rule produced a new finding citing the expected surfaces
    extra: list[str]  # new findings that are not the expected one

    @property
    def passed(self) -> bool:
        return self.fired and not self.extra


def load_mutations(path: Path) -> list[Mutation]:
    data = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    return [Mutation.model_validate(item) for item in data["mutations"]]


def _key(finding: Finding) -> tuple[str, tuple[str, ...]]:
    return finding.rule, tuple(sorted(" ".join(c.surface.split()) for c in finding.claims))


def _mutated(base: Extraction, mutation: Mutation) -> Extraction:
    """The base extraction with only the edited articles re-read and re-extracted."""
    texts = {a.path: a.text for a in base.articles}
    edited: set[str] = set()
    for edit in mutation.edits:
        path = next(p for p in texts if Path(p).name == edit.article)
        if texts[path].count(edit.find) != 1:
            raise ValueError(f"mutation {mutation.id}: {edit.find!r} must occur exactly once in {edit.article}")
        texts[path] = texts[path].replace(edit.find, edit.replace)
        edited.add(path)
    articles, claims, entities = [], [], {}
    for original in base.articles:
        if original.path in edited:
            article = Article(path=original.path, text=texts[original.path], source=original.source)
            entities[article.path] = find_entities(article)
            claims.extend(extract_claims(article, entities[article.path]))
        else:
            article = original
            entities[article.path] = base.entities[article.path]
            claims.extend(c for c in base.claims if c.article == article.path)
        articles.append(article)
    return Extraction(articles=articles, claims=claims, entities=entities, warnings=[])


def run_mutations(paths: list[str], mutations: list[Mutation], rules: list[RuleBase]) -> list[Outcome]:
    base = extract_paths(paths)
    baseline = {_key(f) for f in run_rules(base, rules).findings}
    outcomes = []
    for mutation in mutations:
        report = run_rules(_mutated(base, mutation), rules)
        new = [f for f in report.findings if _key(f) not in baseline]
        wanted = {" ".join(s.split()) for s in mutation.surfaces}
        hits = [f for f in new if f.rule == mutation.rule and wanted <= set(_key(f)[1])]
        outcomes.append(
            Outcome(mutation=mutation, fired=bool(hits), extra=[f"{f.rule}: {f.message}" for f in new if f not in hits])
        )
    return outcomes
