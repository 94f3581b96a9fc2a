"""Article → claims: figures per sentence, then their qualifier, change, subject, attribution,
entities and canonical interval."""

from __future__ import annotations

import re

from factcheck.extract.attribution import attribute, find_cues, reporter
from factcheck.extract.boilerplate import is_boilerplate
from factcheck.extract.changes import attach_change, change_figures, figure_change, split_change_ranges
from factcheck.extract.ellipsis import carry_measures
from factcheck.extract.entities import Gazetteer, find_names, gazetteer
from factcheck.extract.figure import Figure
from factcheck.extract.lexicon import lexicon
from factcheck.extract.quantities import find_figures
from factcheck.extract.sentences import split_sentences
from factcheck.extract.subjects import keywords_near, subject_of
from factcheck.models import Article, Claim, ClaimKind, Direction, Entity, Span
from factcheck.normalise import canonical, difference_unit, pint_unit, stated_interval

CONVERSION_GAP = re.compile(r"^\s*(?:\(|,?\s*or\s+|/)\s*(?:about\s+|around\s+|some\s+|roughly\s+)?$")


def find_entities(article: Article, gaz: Gazetteer | None = None) -> list[Entity]:
    gaz = gaz or gazetteer()
    found = []
    for start, end, surface in find_names(article.text):
        key, kind = gaz.resolve(surface)
        line, column = article.locate(start)
        found.append(Entity(key=key, surface=surface, kind=kind, span=Span(start=start, end=end, line=line, column=column)))
    return found


def _is_conversion(first: Figure, second: Figure, flat: str) -> bool:
    if first.kind is not ClaimKind.quantity or second.kind is not ClaimKind.quantity or first.unit == second.unit:
        return False
    if not CONVERSION_GAP.match(flat[first.end:second.start]):
        return False
    a, b = pint_unit(first.unit or ""), pint_unit(second.unit or "")
    return a is not None and b is not None and a.dimensionality == b.dimensionality


def extract_claims(article: Article, entities: list[Entity] | None = None, gaz: Gazetteer | None = None) -> list[Claim]:
    """Every claim in the article in text order; ids are ``path#n``."""
    text = article.text
    flat_all = re.sub(r"\s", " ", text)
    gaz = gaz or gazetteer()
    entities = entities if entities is not None else find_entities(article, gaz)
    claims: list[Claim] = []
    last_reporter: str | None = None
    for s, e in split_sentences(text):
        sentence, flat = text[s:e], flat_all[s:e]
        figures = split_change_ranges(find_figures(flat), flat)
        figures = sorted(figures + change_figures(flat, figures), key=lambda f: f.start)
        if not figures:
            last_reporter = reporter(flat, gaz) or last_reporter
            continue
        cues = find_cues(flat, gaz, last_reporter)
        sentence_entities = sorted({ent.key for ent in entities if s <= ent.span.start < e})
        conversions = _conversions(figures, flat)
        made: list[Claim] = []
        for i, fig in enumerate(figures):
            original = made[conversions[i]] if i in conversions else None
            made.append(_claim(article, fig, s, sentence, flat, cues, sentence_entities, len(claims) + i, original))
        _restated_changes(made, flat, s)
        _elided_changes(made, flat, s)
        carry_measures(made, flat, s)
        _subjects_for_changes(made)
        claims.extend(made)
        last_reporter = reporter(flat, gaz) or last_reporter
    return claims


def _claim(
    article: Article, fig: Figure, offset: int, sentence: str, flat: str, cues, entities: list[str], n: int,
    original: Claim | None,
) -> Claim:
    """One claim; ``original`` is the claim this figure restates in other units, whose role it shares."""
    start, end = offset + fig.start, offset + fig.end
    line, column = article.locate(start)
    change, role = attach_change(fig, flat)
    if original is not None and role is None:
        change, role = original.change, original.role
    if role == "by" and change is not None and change.direction is Direction.down and (fig.value or 0) < 0:
        fig.value = -fig.value  # "Qualcomm -0.7%" falls by 0.7%, as "fell 0.7%" does
    unit = difference_unit(fig.unit) if role == "by" else fig.unit
    if fig.kind is ClaimKind.change:
        change = figure_change(fig, sentence[fig.start:fig.end])
    cue = attribute(cues, fig.start, fig.end) if fig.kind is not ClaimKind.date else None
    low, high = stated_interval(fig.value, fig.low, fig.high, fig.step, fig.qualifier, lexicon().approximate_width)
    return Claim(
        id=f"{article.path}#{n}",
        article=article.path,
        kind=fig.kind,
        span=Span(start=start, end=end, line=line, column=column),
        surface=article.text[start:end],
        value=fig.value,
        low=fig.low,
        high=fig.high,
        unit=unit,
        currency=fig.currency,
        canonical=canonical(fig.kind, fig.value, low, high, unit, fig.currency),
        date=fig.date,
        weekday=fig.weekday,
        sides=fig.sides,
        qualifier=fig.qualifier,
        qualifier_surface=fig.qualifier_surface,
        change=change,
        role=role,
        subject=original.subject if original and original.subject else fig.extra.get("subject") or subject_of(
            flat, fig.start, fig.end, fig.kind, fig.unit, role
        ),
        conversion_of=original.id if original else None,
        keywords=keywords_near(flat, fig.start, fig.end),
        entities=entities,
        attribution=cue.actor if cue else None,
        attribution_surface=cue.surface if cue else None,
        boilerplate=is_boilerplate(article.text, start),
        sentence=sentence,
        sentence_start=offset,
    )


def _conversions(figures: list[Figure], flat: str) -> dict[int, int]:
    """Index of each figure that restates the one before it ("100 km (60 miles)"); the
    restatement inherits the original's qualifier, since "about" governs both; so does a sum restated
    in another currency ("more than 4.6 billion yuan ($640 million)"), which is no conversion to check."""
    pairs = {}
    for i in range(1, len(figures)):
        first, second = figures[i - 1], figures[i]
        conversion = _is_conversion(first, second, flat)
        if conversion:
            pairs[i] = i - 1
        money = first.kind is second.kind is ClaimKind.money and re.fullmatch(r"\s*\(\s*", flat[first.end:second.start])
        if (conversion or money) and second.qualifier is None:
            second.qualifier, second.qualifier_surface = first.qualifier, first.qualifier_surface
    return pairs


RESTATEMENT = re.compile(r",?\s+or\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?$")


def _restated_changes(made: list[Claim], flat: str, offset: int) -> None:
    """"fell 200 points, or 0.7%": the figure after ", or" restates the change amount before it."""
    for before, claim in zip(made, made[1:]):
        if before.role == "by" and claim.role is None and claim.kind is not ClaimKind.date and RESTATEMENT.search(
            flat, before.span.end - offset, claim.span.start - offset
        ):
            claim.change, claim.role = before.change, "by"


# Between a change and a figure that shares its verb: "were down 2.3%, Burlington by 2.6%", "rose 0.3 pct in
# September and 2.8 pct from a year earlier".
ELIDED_VERB = re.compile(
    r"(?:\s+(?:in|on|for|during|over)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?"
    r"(?:,\s+(?:the\s+)?(?:[A-Z][\w&.'’-]*\s+){1,3}(?:by\s+)?|,?\s+and\s+(?:by\s+)?)"
)


def _elided_changes(made: list[Claim], flat: str, offset: int) -> None:
    """A figure of the same kind right after a change, with no verb of its own, changes the same way."""
    for before, claim in zip(made, made[1:]):
        if (before.role == "by" and before.change is not None and claim.role is None and claim.change is None
                and claim.kind is before.kind and claim.kind is not ClaimKind.change
                and ELIDED_VERB.fullmatch(flat, before.span.end - offset, claim.span.start - offset)
                and not re.match(r"\s+of\b", flat[claim.span.end - offset:])):  # "and 20% of staff" is a share
            claim.change, claim.role = before.change, "by"


def _subjects_for_changes(made: list[Claim]) -> None:
    """"doubled" measures whatever the nearest figure in its sentence measures."""
    anchors = [c for c in made if c.kind not in (ClaimKind.date, ClaimKind.change) and c.subject]
    for claim in made:
        if claim.kind is ClaimKind.change and anchors:
            nearest = min(anchors, key=lambda c: abs(c.span.start - claim.span.start))
            claim.subject = nearest.subject
            claim.attribution = claim.attribution or nearest.attribution
