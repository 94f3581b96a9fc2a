"""Groups claims that measure the same thing, across articles and within one.

Blocking keeps this near-linear: claims are bucketed by (kind family, dimension, subject
lemma, role, time reference) and only claims in the same bucket are compared; near-identical
subject lemmas ("laborers"/"labourers") are merged with rapidfuzz over the (few) distinct
lemmas, never over claim pairs. The restated half of an in-text conversion ("(60 miles)") is
left to the conversion check; its original stands for the pair.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter, defaultdict
from itertools import combinations

from rapidfuzz import fuzz, process

from factcheck.extract.lemmas import singular
from factcheck.models import Claim, ClaimGroup, ClaimKind

# Words news uses interchangeably for the same counted thing.
SYNONYMS = {
    "laborer": "worker", "labourer": "worker", "employee": "worker",
    "troop": "soldier", "serviceman": "soldier", "servicemen": "soldier",
    "resident": "people", "inhabitant": "people", "person": "people", "population": "people",
    "vessel": "ship", "boat": "ship",
    "dollar": "money",
}
SUBJECT_CUTOFF = 90
WEEKDAYS = re.compile(rf"\b(?:{'|'.join(calendar.day_name)})\b")


def lemma(subject: str) -> str:
    """Singular, synonym-folded form of a subject key: "laborers" → "worker"."""
    words = subject.lower().split()
    if not words:
        return subject
    head = singular(words[-1]) or words[-1]
    head = SYNONYMS.get(head, head)
    return " ".join([*words[:-1], head])


def time_reference(claim: Claim, dates_by_sentence: dict[tuple[str, int], list[str]]) -> str:
    """The date stated in the claim's sentence ("in the first quarter of 2017"), if any."""
    found = dates_by_sentence.get((claim.article, claim.sentence_start), [])
    return found[0] if len(found) == 1 else ""


def _family(claim: Claim) -> str:
    if claim.kind is ClaimKind.change:
        return "change"
    return claim.canonical.dimension if claim.canonical else claim.kind.value


def _role(claim: Claim) -> str:
    return "level" if claim.role in (None, "to") else claim.role


def _merge_lemmas(lemmas: list[str]) -> dict[str, str]:
    """Map each lemma to a representative, merging near spellings."""
    rep: dict[str, str] = {}
    ordered = sorted(set(lemmas))
    for i, item in enumerate(ordered):
        if item in rep:
            continue
        rep[item] = item
        rest = [x for x in ordered[i + 1:] if x not in rep]
        for match, _, _ in process.extract(item, rest, scorer=fuzz.ratio, score_cutoff=SUBJECT_CUTOFF, limit=None):
            rep[match] = item
    return rep


def _dates_by_sentence(claims: list[Claim]) -> dict[tuple[str, int], list[str]]:
    found: dict[tuple[str, int], list[str]] = defaultdict(list)
    for c in claims:
        if c.kind is ClaimKind.date and c.date:
            found[(c.article, c.sentence_start)].append(c.date)
    return found


def align(claims: list[Claim], include_boilerplate: bool = False) -> list[ClaimGroup]:
    """Groups of two or more comparable claims, in a deterministic order."""
    dates_by_sentence = _dates_by_sentence(claims)
    candidates = [
        c for c in claims
        if c.kind is not ClaimKind.date and c.subject and c.canonical and not c.conversion_of
        and (include_boilerplate or not c.boilerplate)
    ]
    lemmas = {c.id: lemma(c.subject or "") for c in candidates}
    rep = _merge_lemmas(list(lemmas.values()))
    buckets: dict[str, list[Claim]] = defaultdict(list)
    for c in candidates:
        key = "|".join((rep[lemmas[c.id]], _family(c), _role(c), time_reference(c, dates_by_sentence)))
        buckets[key].append(c)
    return [ClaimGroup(key=key, claims=members) for key, members in sorted(buckets.items()) if len(members) > 1]


def contests(claims: list[Claim], include_boilerplate: bool = False) -> list[ClaimGroup]:
    """Results of one contest as several articles report them: final scores (subject "result") in
    sentences that name the same two sides, at the same time reference and on the same weekdays ("on
    Saturday"). A sentence with more than one score (sets, legs, a comeback) does not say which one the
    outlet stands by, so it is left out; so is a result no other article reports. Keys read
    ``result|side|side|when...``."""
    dates_by_sentence = _dates_by_sentence(claims)
    scores = Counter((c.article, c.sentence_start) for c in claims if c.kind is ClaimKind.score)
    results = [
        c for c in claims
        if c.kind is ClaimKind.score and c.subject == "result" and c.sides
        and scores[(c.article, c.sentence_start)] == 1 and (include_boilerplate or not c.boilerplate)
    ]
    buckets: dict[str, list[Claim]] = defaultdict(list)
    for c in results:
        for sides in combinations(sorted(c.entities), 2):
            when = (time_reference(c, dates_by_sentence), *sorted(set(WEEKDAYS.findall(c.sentence))))
            buckets["|".join(("result", *sides, *when))].append(c)
    groups, seen = [], set()
    for key, members in sorted(buckets.items()):
        ids = frozenset(c.id for c in members)
        if len({c.article for c in members}) > 1 and ids not in seen:
            seen.add(ids)
            groups.append(ClaimGroup(key=key, claims=members))
    return groups
