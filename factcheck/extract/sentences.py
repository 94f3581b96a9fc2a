"""Sentence boundaries with offsets: quantulum3 is several times faster sentence by sentence,
and subjects, qualifiers and attributions are all sentence-scoped."""

from __future__ import annotations

import re
from collections.abc import Iterator

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "gov", "sen", "rep", "st", "jr", "sr", "vs", "etc",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "co", "corp", "inc",
    "ltd", "mt", "ft", "approx", "est", "fig", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "d.c",
}

# A candidate end: terminal punctuation, optional closing quotes/brackets, then whitespace.
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)")
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for m in _PARAGRAPH.finditer(text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


def _is_abbreviation(text: str, dot: int) -> bool:
    m = _WORD_BEFORE.search(text, max(0, dot - 20), dot)  # abbreviations are short: no need to scan the text
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _list_number(text: str, start: int, dot: int) -> bool:
    """The number of a list item run into one line: "Seeds: 1. Kovac (SRB) 2. Almeida (POR)", "Box
    office: 1. Starfall $31.2m 2. Night Shift"."""
    if re.fullmatch(r"\s*\d{1,2}", text[start:dot]) or re.search(r"[:)]\s+\d{1,2}$", text[max(start, dot - 8):dot]):
        return True
    number = re.search(r"(?<![\w.,])(\d{1,2})$", text[max(start, dot - 3):dot])
    return bool(number) and int(number[1]) > 1 and re.search(rf"(?<![\w.,]){int(number[1]) - 1}\.\s+[A-Z]",
                                                             text[start:dot]) is not None


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of sentences; paragraph breaks always end a sentence."""
    spans: list[tuple[int, int]] = []
    for p_start, p_end in _paragraphs(text):
        start = p_start
        for m in _END.finditer(text, p_start, p_end):
            nxt = text[m.end():m.end() + 3].lstrip()
            if text[m.start()] == "." and m.end() - m.start() == 1 and (
                    _is_abbreviation(text, m.start()) or _list_number(text, start, m.start())):
                continue
            if nxt and (nxt[0].islower() or nxt[0].isdigit()):
                continue
            spans.append((start, m.end()))
            start = m.end()
        spans.append((start, p_end))
    return [(s + _lead(text, s, e), e) for s, e in spans if text[s:e].strip()]


def _lead(text: str, start: int, end: int) -> int:
    return len(text[start:end]) - len(text[start:end].lstrip())
