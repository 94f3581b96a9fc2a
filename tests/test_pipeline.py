"""The extraction pipeline gives the same claims whether it runs on one core or several."""

from __future__ import annotations

from pathlib import Path

from factcheck import pipeline

SEEDS = str(Path(__file__).resolve().parents[1] / "fixtures" / "seeds")


def test_parallel_extraction_matches_sequential(monkeypatch):
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 10**6)
    sequential = pipeline.extract_paths([SEEDS])
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 2)
    monkeypatch.setattr(pipeline.os, "cpu_count", lambda: 2)
    parallel = pipeline.extract_paths([SEEDS])
    assert parallel.claims == sequential.claims
    assert parallel.entities == sequential.entities
    assert [a.path for a in parallel.articles] == [a.path for a in sequential.articles]


def test_a_failing_article_becomes_a_warning(monkeypatch, tmp_path):
    (tmp_path / "a.txt").write_text("Trade reached $31.4 million.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Trade reached $3.14 million.", encoding="utf-8")

    def boom(article, entities=None, gaz=None):
        if article.path.endswith("b.txt"):
            raise ValueError("pathological input")
        return []

    monkeypatch.setattr(pipeline, "extract_claims", boom)
    result = pipeline.extract_paths([str(tmp_path)])
    assert [a.path for a in result.articles] == [str(tmp_path / "a.txt")]
    assert "pathological input" in result.warnings[0].message
