"""Sentence boundaries: every later step (qualifiers, subjects, attribution) is scoped to one sentence."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow said so. NATO disagreed.", ["Moscow said so.", "NATO disagreed."]),
        ("At least eight North Korean ships that left Russia have returned home, a ploy U.S. officials say is used "
         "against Pyongyang. Russia resisted.",
         ["At least eight North Korean ships that left Russia have returned home, a ploy U.S. officials say is used "
          "against Pyongyang.", "Russia resisted."]),
        ("Bilateral trade more than doubled to $31.4\nmillion in the first quarter of 2017, due mainly to what Moscow\n"
         "said was higher oil product exports.\n\nAt least eight ships left.",
         ["Bilateral trade more than doubled to $31.4\nmillion in the first quarter of 2017, due mainly to what "
          "Moscow\nsaid was higher oil product exports.", "At least eight ships left."]),
        ("“It’s a very delicate balancing act,” said Kortunov. Putin agreed.",
         ["“It’s a very delicate balancing act,” said Kortunov.", "Putin agreed."]),
        ("“The prospect of regime change is a serious concern. The Kremlin understands that (U.S. President Donald) "
         "Trump is unpredictable.”",
         ["“The prospect of regime change is a serious concern.", "The Kremlin understands that (U.S. President "
          "Donald) Trump is unpredictable.”"]),
        ("Mr. Smith went to Washington. He arrived at 5 p.m. on Monday.",
         ["Mr. Smith went to Washington.", "He arrived at 5 p.m. on Monday."]),
        ("Gen. Smith met Lt. Col. Jones. They talked.", ["Gen. Smith met Lt. Col. Jones.", "They talked."]),
        ("It grew 3.5% in 2017. Exports rose.", ["It grew 3.5% in 2017.", "Exports rose."]),
        ("Is it true? Yes. Wow!", ["Is it true?", "Yes.", "Wow!"]),
        ("It happened in Jan. 2017 and ended in Feb. 2018.", ["It happened in Jan. 2017 and ended in Feb. 2018."]),
        ("See e.g. the report. It is long.", ["See e.g. the report.", "It is long."]),
        ("Strategic border\n\nTo be sure, Beijing’s ties dwarf Moscow’s.",
         ["Strategic border", "To be sure, Beijing’s ties dwarf Moscow’s."]),
        ("A paragraph without a stop\nwraps onto the next line. Then ends.",
         ["A paragraph without a stop\nwraps onto the next line.", "Then ends."]),
        ("\n\n  Leading blank lines.  \n\n", ["Leading blank lines."]),
        ("", []),
    ],
)
def test_sentence_boundaries(text, expected):
    assert sentences(text) == expected


def test_offsets_index_the_original_text():
    text = "Select Page\n\nRussia Presents Pyongyang with Support. Media ID: 55384539\n"
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["Select Page", "Russia Presents Pyongyang with Support.",
                                             "Media ID: 55384539\n"]
    assert all(s < e for s, e in spans) and spans == sorted(spans)


@given(st.lists(st.sampled_from(["Moscow said so.", "Trade rose 5.5% in 2017.", "Mr. Kim left.", "Why?",
                                 "“Yes,” he said.", "\n\n", " ", "\n"]), max_size=12))
def test_sentences_are_ordered_disjoint_and_cover_every_word(parts):
    text = " ".join(parts)
    spans = split_sentences(text)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:], strict=False))
    assert " ".join(text[s:e] for s, e in spans).split() == text.split()
