"""entity-variant: one name spelled differently across sources.

Differences of case alone (datelines in capitals) and of full stops ("U.S."/"US") are house
style, not variants, unless the rule's ``ignore`` list says otherwise. Near spellings of names
outside the alias table are caught with rapidfuzz.

Bad:  "Kim Jong Un" / "Kim Jong-un"; "Andrey Kortunov" / "Andrei Kortunov"
Good: "Putin" / "Vladimir Putin" (a short form); "MOSCOW" / "Moscow"
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, Field
from rapidfuzz import fuzz, process

from factcheck.checks.base import Context, Hit, RuleBase
from factcheck.models import Entity

KIND = "entity-variant"
FIELDS = ("subject", "primary", "primary_location", "others", "variants")


class Params(BaseModel):
    ignore: list[Literal["case", "periods", "hyphens", "spaces"]] = ["case", "periods"]
    fuzzy_cutoff: float = Field(default=90, ge=50, le=100, description="rapidfuzz ratio for near spellings")
    min_length: int = Field(default=7, ge=3, description="shortest name compared fuzzily")


class Rule(RuleBase):
    kind: Literal["entity-variant"]
    params: Params = Params()


def _spelling(surface: str, ignore: list[str]) -> str:
    text = " ".join(surface.split())
    if "case" in ignore:
        text = text.casefold()
    if "periods" in ignore:
        text = text.replace(".", "")
    if "hyphens" in ignore:
        text = text.replace("-", " ")
    if "spaces" in ignore:
        text = text.replace(" ", "")
    return text


def _letters(surface: str) -> str:
    return re.sub(r"[^\w]", "", surface.casefold())


def _variants_of(a: str, pool: list[str], letters: dict[str, str], params: Params) -> list[str]:
    """Spellings in ``pool`` that write the same letters as ``a``, or nearly (rapidfuzz, in C),
    leaving out prefixes, which are short forms or demonyms ("Russia"/"Russian"), not variants."""
    la = letters[a]
    found = [b for b in pool if letters[b] == la]
    if len(la) >= params.min_length:
        candidates = [b for b in pool if len(letters[b]) >= params.min_length and letters[b] != la]
        matches = process.extract(
            la, [letters[b] for b in candidates], scorer=fuzz.ratio, score_cutoff=params.fuzzy_cutoff, limit=None
        )
        found += [
            candidates[index] for _, _, index in matches
            if not (la.startswith(letters[candidates[index]]) or letters[candidates[index]].startswith(la))
        ]
    return sorted(found)


def run(rule: Rule, ctx: Context) -> Iterator[Hit]:
    params = rule.params
    by_spelling: dict[str, list[tuple[str, Entity]]] = defaultdict(list)
    articles_of: dict[str, set[str]] = defaultdict(set)
    spellings_of: dict[str, str] = {}
    for path, entities in sorted(ctx.entities.items()):
        for ent in entities:
            spelling = spellings_of.get(ent.surface)
            if spelling is None:
                spelling = spellings_of[ent.surface] = _spelling(ent.surface, params.ignore)
            by_spelling[spelling].append((path, ent))
            articles_of[spelling].add(path)
    letters = {sp: _letters(sp) for sp in by_spelling}
    buckets: dict[str, list[str]] = defaultdict(list)  # near spellings share their first two letters
    for sp in sorted(by_spelling):
        buckets[letters[sp][:2]].append(sp)
    linked: set[str] = set()
    for a in sorted(by_spelling):
        if a in linked:
            continue
        linked.add(a)
        pool = [b for b in buckets[letters[a][:2]] if b not in linked]
        variants = _variants_of(a, pool, letters, params)
        variants = [b for b in variants if articles_of[b] != articles_of[a] or len(articles_of[a]) > 1]
        if not variants:
            continue
        linked.update(variants)
        firsts = [by_spelling[s][0] for s in (a, *variants)]
        (path, first), rest = firsts[0], firsts[1:]
        yield Hit(
            entities=firsts,
            fields={
                "subject": first.key,
                "primary": _quoted(path, first),
                "primary_location": f"{path}:{first.span.line}:{first.span.column}",
                "others": "; ".join(_quoted(p, e) for p, e in rest),
                "variants": " / ".join(f"“{' '.join(e.surface.split())}”" for _, e in firsts),
            },
        )


def _quoted(path: str, ent: Entity) -> str:
    return f"“{' '.join(ent.surface.split())}” ({path}:{ent.span.line}:{ent.span.column})"
