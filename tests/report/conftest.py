"""Reports built by hand, as the pipeline would build them, for every format's tests."""

from __future__ import annotations

import pytest

from factcheck.models import ArticleSummary, CanonicalRef, ClaimRef, Finding, Report, Severity, Summary

REUTERS = "news/reuters.md"
AP = "news/ap.md"
BBC = "news/bbc.html"

LONG_SENTENCE = (
    "In a statement released late on Tuesday after a week of conflicting accounts from officials in both capitals, "
    "the ministry said that 4,200 people had been evacuated from the flooded districts along the river, "
    "most of them to temporary shelters set up in schools and sports halls on higher ground."
)


def claim(article: str, sentence: str, surface: str, line: int, column: int, **fields) -> ClaimRef:
    """A claim as ClaimRef.of would cite it, its end and sentence offset worked out from the surface."""
    defaults = dict(value=None, unit=None, canonical=None, subject=None, qualifier=None, attribution=None)
    return ClaimRef(
        article=article, line=line, column=column, surface=surface,
        end_line=line, end_column=column + len(surface),
        sentence=sentence, sentence_offset=sentence.index(surface),
        **{**defaults, **fields},
    )


def soldiers(article: str, sentence: str, surface: str, line: int, column: int, value: float, who: str) -> ClaimRef:
    return claim(article, sentence, surface, line, column, value=value, unit="soldier",
                 canonical=CanonicalRef(value=value, unit="count"), subject="soldiers", qualifier="approximately",
                 attribution=who)


@pytest.fixture
def report() -> Report:
    disputed = Finding(
        rule="disputed-figure", severity=Severity.warning,
        message=("Sources disagree on the number of soldiers: "
                 "around 10,000 (per russia) vs closer to 100,000 (per nato)"),
        claims=[
            soldiers(REUTERS, "Russia's defence ministry said around 10,000 soldiers took part in the exercise.",
                     "around 10,000", 4, 32, 10_000.0, "russia"),
            soldiers(AP, "NATO estimates the number is\n   closer to 100,000, citing satellite imagery.",
                     "closer to 100,000", 7, 4, 100_000.0, "nato"),
        ],
    )
    qualifier = Finding(
        rule="qualifier-mismatch", severity=Severity.error,
        message='"eight ships" is stated as exact, but another source says "at least eight"',
        claims=[
            claim(BBC, "Eight ships docked at the port of Vladivostok.", "Eight ships", 12, 1,
                  value=8.0, unit="ship", canonical=CanonicalRef(value=8.0, unit="count"), subject="ships"),
            claim(REUTERS, "At least eight ships docked there, the report said.", "At least eight", 9, 1,
                  value=8.0, unit="ship", canonical=CanonicalRef(value=8.0, unit="count"), subject="ships",
                  qualifier="at least", attribution="report"),
        ],
    )
    evacuated = Finding(
        rule="value-mismatch", severity=Severity.error,
        message="4,200 people evacuated here, 2,400 elsewhere",
        claims=[
            claim(REUTERS, LONG_SENTENCE, "4,200 people", 15, 130, value=4200.0, unit="people",
                  canonical=CanonicalRef(value=4200.0, unit="count"), subject="evacuated"),
            claim(BBC, "Some 2,400 people were evacuated.", "2,400 people", 3, 6, value=2400.0, unit="people",
                  canonical=CanonicalRef(value=2400.0, unit="count"), subject="evacuated", qualifier="approximately"),
        ],
    )
    variant = Finding(
        rule="entity-variant", severity=Severity.info,
        message='"Zelenskiy" and "Zelensky" look like one name spelled two ways',
        claims=[
            claim(AP, "President Zelenskiy met the delegation.", "Zelenskiy", 2, 11),
            claim(BBC, "Zelensky later thanked the delegation.", "Zelensky", 20, 1),
        ],
    )
    return Report(
        articles=[
            ArticleSummary(path=REUTERS, source="Reuters", claims=14),
            ArticleSummary(path=AP, source="AP", claims=9),
            ArticleSummary(path=BBC, source=None, claims=11),
        ],
        findings=[qualifier, evacuated, disputed, variant],
        summary=Summary(error=2, warning=1, info=1),
    )


@pytest.fixture
def empty_report() -> Report:
    return Report(
        articles=[ArticleSummary(path=REUTERS, source="Reuters", claims=14),
                  ArticleSummary(path=AP, source="AP", claims=9)],
        findings=[],
        summary=Summary(),
    )


@pytest.fixture
def single(report: Report):
    """Wraps one finding in a report, for tests about how one finding renders."""

    def build(finding: Finding) -> Report:
        counts = {severity.value: int(finding.severity is severity) for severity in Severity}
        return Report(articles=report.articles, findings=[finding], summary=Summary(**counts))

    return build
