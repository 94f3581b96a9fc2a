"""Who states a figure, when the text says so: "NATO estimates", "according to Russia's ministry".

Attribution separates a dispute ("Russia said 10,000, NATO estimates 100,000") from an
error, so it is scoped to the clause the cue governs, not to the whole sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.entities import LEADING, Gazetteer

_NAME = r"(?:[A-Z][\w.’'-]*\s+)*[A-Z][\w.’'-]*"
_ROLE = r"(?:officials?|spokes(?:man|woman|person)|diplomats?|sources|ministry|report|analysts|government|police" \
        r"|authorities)"
ACTOR = (
    rf"(?P<actor>(?:the\s+|an?\s+)?"
    rf"(?:{_NAME}(?:[’']s(?:\s+[a-z]+){{1,2}})?(?:\s+{_ROLE})?|(?:U\.S\.\s+|US\s+)?{_ROLE}))"
)
SPEECH = r"(?:estimates?|estimated|says?|said|reported|reports|placed|puts?|claims?|claimed|believes?|stated|announced" \
         r"|calculated|counted|told\s+[A-Z][\w]*|put\s+the\s+\w+)"
FORWARD = re.compile(rf"{ACTOR}\s+{SPEECH}\b", re.M)
ACCORDING = re.compile(rf"\baccording\s+to\s+{ACTOR}", re.I)
# "Andrey Kortunov, head of the Russian International Affairs Council, told Reuters": the name, not the council.
APPOSITIVE = re.compile(
    rf"(?:^|(?<=[”\"]\s)|(?<=,\s))(?P<actor>{_NAME}),\s+(?:[^,“”\"]{{1,80}},\s+){{1,2}}{SPEECH}\b", re.M
)
REPORTERS = re.compile(rf"{ACTOR}\s+(?:reported|reports)\b")
# "what Moscow said was higher oil exports": the speaker vouches for the cause, not the figure.
EMBEDDED = re.compile(r"\b(?:what|as)\s+$", re.I)
CLOSING_QUOTE = re.compile(r"[”\"]\s*,?\s*$")


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    actor: str
    surface: str
    trailing: bool  # governs what comes before it ("..., the report said.")
    quoted: bool  # closes a quotation, so it governs the whole quote, cues inside it included


def _actor_key(surface: str, gazetteer: Gazetteer, last_reporter: str | None) -> str:
    words = surface.split()
    while len(words) > 1 and words[0].casefold() in LEADING:
        words = words[1:]
    surface = " ".join(words)
    possessor = re.match(r"(.+?)[’']s\b", surface)
    name = possessor.group(1) if possessor else surface
    if name.lower().removeprefix("the ").strip() == "report" and last_reporter:
        return last_reporter
    return gazetteer.actor(name)


def find_cues(flat: str, gazetteer: Gazetteer, last_reporter: str | None) -> list[Cue]:
    cues: list[Cue] = []
    for m in [*FORWARD.finditer(flat), *APPOSITIVE.finditer(flat)]:
        if EMBEDDED.search(flat, 0, m.start()):
            continue
        rest = flat[m.end():].strip(" .,”\"’")
        trailing = not rest or bool(re.match(r"^[.,;]", flat[m.end():].lstrip()))
        quoted = trailing and bool(CLOSING_QUOTE.search(flat, 0, m.start()))
        actor = _actor_key(m["actor"], gazetteer, last_reporter)
        cues.append(Cue(m.start(), m.end(), actor, m.group(), trailing, quoted))
    for m in ACCORDING.finditer(flat):
        actor = _actor_key(m["actor"], gazetteer, last_reporter)
        at_start = not flat[: m.start()].strip()
        cues.append(Cue(m.start(), m.end(), actor, m.group(), trailing=not at_start, quoted=False))
    return sorted(cues, key=lambda c: c.start)


def attribute(cues: list[Cue], start: int, end: int) -> Cue | None:
    """The cue governing the figure at [start, end): the nearest forward cue before it whose
    scope has not been closed by another cue, else the nearest trailing cue after it."""
    before = [c for c in cues if c.end <= start and not c.trailing]
    if before:
        cue = before[-1]
        if not any(cue.end <= c.start < start for c in cues if c is not cue):
            return cue
    after = [c for c in cues if c.start >= end and c.trailing]
    if after:
        cue = after[0]
        if cue.quoted or not any(end <= c.start < cue.start and not c.trailing for c in cues):
            return cue
    return None


def reporter(flat: str, gazetteer: Gazetteer) -> str | None:
    """The outlet a later "the report said" refers back to."""
    matches = list(REPORTERS.finditer(flat))
    return gazetteer.actor(matches[-1]["actor"]) if matches else None
