"""Dictionary lemmas (lemminflect), so a plural is told from a word that merely ends in "s"
("previous", "business", "status") and a superlative names its adjective ("best" → "good")."""

from __future__ import annotations

from functools import cache

from lemminflect import getAllLemmas, getLemma

from factcheck.extract.lexicon import lexicon


@cache
def singular(word: str) -> str | None:
    """Singular of a plural noun ("countries" → "country", "analyses" → "analysis"), None when
    ``word`` is not one; a word the dictionary lacks counts as plural by its "-s" ("warships")."""
    w = word.lower()
    known = getAllLemmas(w)
    if "NOUN" in known:
        lemma = known["NOUN"][0]
        return lemma if lemma != w else None
    if known or not w.endswith("s") or w.endswith(("ss", "us", "is", "'s", "’s")) or len(w) < 4:
        return None
    lemma = getLemma(w, upos="NOUN", lemmatize_oov=True)[0]
    return lemma if lemma != w else None


@cache
def counted_singular(word: str) -> str | None:
    """Singular of a word right after a figure, where an "-s" word is a plural noun even if the
    dictionary knows it only as a verb ("29 carries", "11 aces", "43.4 overs")."""
    found = singular(word)
    if found or not word.lower().endswith("s") or word.lower().endswith("ss"):
        return found
    verb = getAllLemmas(word.lower()).get("VERB", (None,))[0]
    return verb if verb and verb != word.lower() and verb != "be" else None


def is_plural(word: str) -> bool:
    """A plural noun, "people" and "staff" included (they do not end in "s")."""
    return word.lower() in lexicon().irregular_plurals or singular(word) is not None


@cache
def adjective(word: str) -> str:
    """Base form of a compared adjective ("proudest" → "proud", "best" → "good"), else the word."""
    w = word.lower()
    return getAllLemmas(w).get("ADJ", (w,))[0]
