"""The Markdown report for a pull-request comment: one table row per finding, nothing able to break the table."""

from __future__ import annotations

import re

from conftest import REUTERS, claim

from factcheck.models import Finding, Severity
from factcheck.report.markdown import HEADING, escape, render

UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


def test_heading_summary_and_one_row_per_finding(report):
    lines = render(report).splitlines()
    assert lines[0] == HEADING
    assert lines[2] == "4 findings (2 errors, 1 warning, 1 info) in 3 articles."
    assert lines[4] == "| Severity | Rule | Message | Where | Claims |"
    assert lines[5] == "| --- | --- | --- | --- | --- |"
    assert len(lines) == 6 + len(report.findings)


def test_row_lists_each_claim_with_its_location(report):
    row = render(report).splitlines()[8]
    cells = [cell.strip() for cell in row.strip("|").split(" | ")]
    assert cells[:2] == ["warning", "disputed-figure"]
    assert cells[3] == "news/reuters.md:4:32<br>news/ap.md:7:4"
    assert cells[4] == '"around 10,000" (per russia; approximately)<br>"closer to 100,000" (per nato; approximately)'


def test_pipes_and_line_breaks_cannot_break_the_table(single):
    finding = Finding(rule="value-mismatch", severity=Severity.error, message="A | B\nor <b>C</b>",
                      claims=[claim(REUTERS, "It was 3|4 of them.", "3|4", 2, 8)])
    row = render(single(finding)).splitlines()[-1]
    assert len(UNESCAPED_PIPE.findall(row)) == 6  # the five cells' borders only
    assert r"A \| B or \<b\>C\</b\>" in row
    assert r'"3\|4"' in row


def test_escape_keeps_markdown_from_formatting_article_text():
    assert escape("*not* _emphasis_ [link](x) `code`") == r"\*not\* \_emphasis\_ \[link\](x) \`code\`"


def test_empty_report_says_no_findings_without_a_table(empty_report):
    assert render(empty_report) == f"{HEADING}\n\nNo findings in 2 articles.\n"
