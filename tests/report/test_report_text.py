"""The text report: where each claim is, the claim highlighted in its sentence, a summary at the end."""

from __future__ import annotations

from conftest import AP, LONG_SENTENCE, REUTERS, claim

from factcheck.models import Finding, Severity
from factcheck.report.text import WINDOW, excerpt, render


def test_each_finding_has_a_header_then_one_line_per_claim(report):
    blocks = render(report).split("\n\n")
    assert len(blocks) == len(report.findings) + 1
    disputed = blocks[2].splitlines()
    assert disputed[0].startswith("disputed-figure warning: Sources disagree on the number of soldiers")
    assert disputed[1].startswith(f"  {REUTERS}:4:32 ")
    assert disputed[2].startswith(f"  {AP}:7:4 ")


def test_claim_is_highlighted_in_its_sentence_with_attribution_and_qualifier(report):
    out = render(report)
    assert "said »around 10,000« soldiers took part in the exercise.  [per russia; approximately]" in out
    assert "[per nato; approximately]" in out
    assert "»Zelenskiy« met the delegation.\n" in out  # no notes, no brackets


def test_sentence_whitespace_is_collapsed(report):
    assert "NATO estimates the number is »closer to 100,000«, citing satellite imagery." in render(report)


def test_locations_line_up_within_a_finding(report):
    lines = render(report).split("\n\n")[1].splitlines()[1:]
    assert lines[0].index("…") == lines[1].index("Some")


def test_long_sentence_is_cut_to_a_window_around_the_claim(report):
    before, surface, after = excerpt(claim(REUTERS, LONG_SENTENCE, "4,200 people", 1, 1))
    assert surface == "4,200 people"
    assert before.startswith("…") and after.endswith("…")
    assert len(before) + len(surface) + len(after) <= WINDOW + 2
    assert before[1:] in LONG_SENTENCE and after[:-1] in LONG_SENTENCE
    words = LONG_SENTENCE.split()
    assert before[1:].split()[0] in words and after[:-1].split()[-1] in words  # not cut mid-word


def test_claim_near_the_start_of_a_long_sentence_gets_more_context_after_it():
    sentence = "Some 2,400 people " + "were moved to shelters on higher ground " * 6
    before, _, after = excerpt(claim(REUTERS, sentence, "2,400 people", 1, 1))
    assert before == "Some "
    assert after.endswith("…") and len(after) > WINDOW // 2


def test_stale_offset_falls_back_to_finding_the_surface():
    ref = claim(REUTERS, "Officials said 300 were hurt.", "300", 1, 1).model_copy(update={"sentence_offset": 2})
    assert excerpt(ref) == ("Officials said ", "300", " were hurt.")


def test_unknown_sentence_shows_the_surface_alone():
    ref = claim(REUTERS, "300", "300", 1, 1).model_copy(update={"sentence": ""})
    assert excerpt(ref) == ("", "300", "")


def test_control_characters_from_an_article_cannot_reach_the_terminal(single):
    sentence = "The ministry \x1b[2Jsaid 300 were hurt."
    finding = Finding(rule="value-mismatch", severity=Severity.error, message="bad\x07 news",
                      claims=[claim(REUTERS, sentence, "300", 1, 1)])
    assert "\x1b" not in render(single(finding))
    assert "\x07" not in render(single(finding))


def test_colour_only_when_asked(report):
    plain, coloured = render(report), render(report, color=True)
    assert "\x1b[" not in plain
    assert "\x1b[1m\x1b[33maround 10,000\x1b[0m" in coloured
    assert "»" not in coloured


def test_summary_counts_findings_by_severity_and_articles(report, single):
    assert render(report).endswith("\n\n4 findings (2 errors, 1 warning, 1 info) in 3 articles.\n")
    assert render(single(report.findings[3])).endswith("\n\n1 finding (1 info) in 3 articles.\n")


def test_empty_report(empty_report):
    assert render(empty_report) == "No findings in 2 articles.\n"
