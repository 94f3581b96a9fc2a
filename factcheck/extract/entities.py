"""Named entities without a model: capitalised spans, an alias table kept as data, and rapidfuzz.

No NER model can be installed on newsroom build machines, and news names are a small,
slowly changing set: a gazetteer plus fuzzy matching covers them and stays explainable.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from functools import cache
from importlib import resources

from pydantic import BaseModel
from rapidfuzz import fuzz, process
from ruamel.yaml import YAML

TOKEN = r"(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][\w’'-]*\w|[A-Z])"
NAME = re.compile(rf"{TOKEN}(?:(?: | of (?:the )?){TOKEN})*")
POSSESSIVE = re.compile(r"[’']s?$")
LEADING = {
    "the", "a", "an", "but", "and", "if", "yet", "in", "on", "at", "as", "while", "though", "although", "so", "to",
    "with", "for", "this", "that", "it", "he", "she", "they", "we", "what", "when", "why", "how", "over", "last",
    "more", "now", "then", "there", "these", "those", "its", "his", "her", "their", "our", "by", "from", "after",
    "before", "since", "during", "according", "however", "presumably", "analysts", "people", "i", "no", "not",
    "file", "photo", "caption", "select", "page", "join", "get", "never", "click", "follow", "leave", "recent", "posts",
    "president", "secretary", "leader", "head", "chief", "strategic", "nothing",
}
# Titles before a name are not part of it: "Russian President Vladimir Putin" → Vladimir Putin.
TITLES = {"president", "secretary", "minister", "chancellor", "leader", "king", "queen", "prince", "gen", "general",
          "dr", "mr", "mrs", "ms", "sen", "senator", "rep", "gov", "governor", "mayor", "premier", "ambassador", "chief"}
CALENDAR = set(map(str.casefold, (*calendar.month_name[1:], *calendar.month_abbr[1:], *calendar.day_name, "Sept")))
# Near spellings ("Kim Jung Un", "North Koera") score about 91; distinct names that share most letters
# ("Kim Jong Nam", "Prussia") either score lower or start differently.
FUZZY_CUTOFF = 90


class AliasEntry(BaseModel):
    kind: str
    names: list[str]
    actors: list[str] = []


def normal_key(surface: str) -> str:
    """Spelling-insensitive key: "Kim Jong-un" and "Kim Jong Un" share "kim jong un"."""
    text = unicodedata.normalize("NFKC", surface)
    text = POSSESSIVE.sub("", text.strip())
    text = text.replace(".", "").replace("-", " ").replace("‐", " ")
    return " ".join(text.casefold().split())


class Gazetteer:
    """Alias table lookups: exact on the normalised key, then rapidfuzz for near spellings."""

    def __init__(self, table: dict[str, AliasEntry]) -> None:
        self.kinds = {key: entry.kind for key, entry in table.items()}
        self.names = {normal_key(n): key for key, e in table.items() for n in [key, *e.names]}
        self.actors = {**self.names, **{normal_key(n): key for key, e in table.items() for n in e.actors}}
        self._name_keys = list(self.names)

    def resolve(self, surface: str) -> tuple[str, str]:
        """(key, kind) of a name; an unknown name keys to its own normalised spelling."""
        key = normal_key(surface)
        canonical = self.names.get(key)
        if canonical is None and len(key) > 5:
            hits = process.extract(key, self._name_keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=None)
            canonical = next((self.names[name] for name, _, _ in hits if name[0] == key[0]), None)
        if canonical is None:
            return key, "other"
        return canonical, self.kinds[canonical]

    def actor(self, surface: str) -> str:
        """Who speaks: "Moscow", "the Kremlin" and "Russia's ministry" all resolve to russia."""
        key = normal_key(surface)
        for candidate in (key, key.removeprefix("the ")):
            if candidate in self.actors:
                return self.actors[candidate]
        return self.resolve(surface)[0]


Aliases = tuple[tuple[str, tuple[str, ...]], ...]


def aliases_key(aliases: dict[str, list[str]] | None) -> Aliases:
    """A newsroom's extra aliases (config ``aliases``: key → names) in the hashable form ``gazetteer`` caches on."""
    return tuple(sorted((key, tuple(names)) for key, names in (aliases or {}).items()))


@cache
def gazetteer(extra: Aliases = ()) -> Gazetteer:
    """The packaged alias table, plus a newsroom's own names for known or new entities."""
    text = resources.files("factcheck.data").joinpath("aliases.yaml").read_text(encoding="utf-8")
    table = {k: AliasEntry.model_validate(v) for k, v in YAML(typ="safe").load(text).items()}
    for key, names in extra:
        entry = table.get(key)
        table[key] = entry.model_copy(update={"names": [*entry.names, *names]}) if entry else AliasEntry(
            kind="other", names=list(names)
        )
    return Gazetteer(table)


def find_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, surface) of capitalised name spans, leading function words, titles, possessives and
    trailing dates ("North Korea July 18, 2014") removed."""
    flat = re.sub(r"\s", " ", text)
    spans = []
    for m in NAME.finditer(flat):
        start, surface = m.start(), m.group()
        words = surface.split(" ")
        while words and words[0].casefold().rstrip(".") in LEADING:
            start += len(words[0]) + 1
            words = words[1:]
        titled = [i for i, w in enumerate(words[:-1]) if w.casefold().rstrip(".") in TITLES]
        if titled:
            cut = titled[-1] + 1
            start += sum(len(w) + 1 for w in words[:cut])
            words = words[cut:]
        dated = [i for i, w in enumerate(words) if i and w.casefold().rstrip(".,") in CALENDAR]
        words = words[:dated[0]] if dated else words
        surface = " ".join(words)
        if len(surface) < 2 or surface.casefold() in CALENDAR:
            continue
        trimmed = POSSESSIVE.sub("", surface)
        spans.append((start, start + len(trimmed), text[start:start + len(trimmed)]))
    return spans
