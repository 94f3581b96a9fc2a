"""House facts: a newsroom's reference figures, kept as YAML and checked like one more,
trusted, source.

    - subject: Russia–North Korea border length
      value: 17 km
      tolerance: 1 km          # or a share: 5%
      entities: [Russia, North Korea]

Values are read with the same extractor as articles, so "17 km", "$31.4 million" or "90%"
mean exactly what they mean in prose.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, ValidationError
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from factcheck import yamlfile
from factcheck.errors import InputError
from factcheck.extract.entities import gazetteer
from factcheck.extract.quantities import find_figures
from factcheck.models import Canonical, Claim, ClaimKind, Span
from factcheck.normalise import canonical


class FactEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    subject: str
    value: str | int | float
    tolerance: str | int | float | None = None
    entities: list[str] = []


class HouseFact(BaseModel):
    """A fact as the checks see it: a claim located in the facts file, plus what it is about."""

    claim: Claim
    subject_words: list[str]
    entity_keys: list[str]


def _figure(text: str, path: str, line: int, what: str):
    figures = [f for f in find_figures(text) if f.kind is not ClaimKind.date]
    if len(figures) != 1 or figures[0].value is None:
        raise InputError(path, f"{what} {text!r} must be one figure such as '17 km', '$31.4 million' or '90%'", line)
    return figures[0]


def _interval(entry: FactEntry, path: str, line: int) -> tuple[object, Canonical]:
    fig = _figure(str(entry.value), path, line, "value")
    value = fig.value or 0.0
    tolerance = 0.0
    if entry.tolerance is not None:
        tol = _figure(str(entry.tolerance), path, line, "tolerance")
        if tol.kind is ClaimKind.percent and fig.kind is not ClaimKind.percent:
            tolerance = abs(value) * (tol.value or 0.0) / 100
        else:
            tol_canon = canonical(tol.kind, tol.value, tol.value, tol.value, tol.unit, tol.currency)
            unit_canon = canonical(fig.kind, 1.0, 1.0, 1.0, fig.unit, fig.currency)
            if tol_canon is None or unit_canon is None or tol_canon.dimension != unit_canon.dimension:
                raise InputError(path, f"tolerance {entry.tolerance!r} is not in the value's dimension", line)
            tolerance = (tol_canon.value or 0.0) / (unit_canon.value or 1.0)
    canon = canonical(fig.kind, value, value - tolerance, value + tolerance, fig.unit, fig.currency)
    if canon is None:
        raise InputError(path, f"value {entry.value!r} has no unit factcheck can compare", line)
    return fig, canon


def load_facts(path: str) -> list[HouseFact]:
    data = yamlfile.load(path, "facts file")
    if not isinstance(data, CommentedSeq):
        raise InputError(path, "a facts file is a list of facts (subject, value, tolerance, entities)", 1)
    gaz = gazetteer()
    facts = []
    for index, node in enumerate(data):
        line = data.lc.item(index)[0] + 1
        if not isinstance(node, CommentedMap):
            raise InputError(path, "each fact is a mapping with subject and value", line)
        try:
            entry = FactEntry.model_validate(dict(node))
        except ValidationError as exc:
            error = exc.errors()[0]
            at = yamlfile.line_of(node, error["loc"]) or line
            raise InputError(path, f"{'.'.join(map(str, error['loc'])) or 'fact'}: {error['msg']}", at) from None
        fig, canon = _interval(entry, path, line)
        claim = Claim(
            id=f"{path}#{index}", article=path, kind=fig.kind, span=Span(start=0, end=0, line=line, column=1),
            surface=str(entry.value), value=fig.value, unit=fig.unit, currency=fig.currency, canonical=canon,
            subject=entry.subject, attribution="house facts", sentence=f"{entry.subject}: {entry.value}",
        )
        words = [w.lower() for w in entry.subject.replace("–", " ").replace("-", " ").split()]
        facts.append(HouseFact(claim=claim, subject_words=words, entity_keys=[gaz.resolve(e)[0] for e in entry.entities]))
    return facts
