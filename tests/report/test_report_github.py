"""GitHub Actions annotations: one workflow command per finding, escaped the way the runner reads them."""

from __future__ import annotations

import re

from conftest import REUTERS, claim

from factcheck.models import Finding, Severity
from factcheck.report.github import escape_data, escape_property, render

COMMAND = re.compile(r"^::(?P<kind>error|warning|notice) (?P<properties>[^:]*)::(?P<message>.*)$")


def unescape_property(text: str) -> str:
    """What the Actions runner does to a property value."""
    for escaped, raw in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(escaped, raw)
    return text


def unescape_data(text: str) -> str:
    for escaped, raw in (("%0D", "\r"), ("%0A", "\n"), ("%25", "%")):
        text = text.replace(escaped, raw)
    return text


def parse(line: str) -> tuple[str, dict[str, str], str]:
    match = COMMAND.match(line)
    assert match, line
    properties = dict(item.split("=", 1) for item in match["properties"].split(","))
    return match["kind"], {k: unescape_property(v) for k, v in properties.items()}, unescape_data(match["message"])


def test_one_command_per_finding_on_the_primary_claim(report):
    lines = render(report).splitlines()
    assert [parse(line)[0] for line in lines] == ["error", "error", "warning", "notice"]
    kind, properties, message = parse(lines[2])
    assert properties == {"file": REUTERS, "line": "4", "col": "32", "title": "disputed-figure"}
    assert message.startswith("Sources disagree on the number of soldiers")
    assert message.endswith('(also: news/ap.md:7:4 "closer to 100,000")')


def test_message_and_properties_are_escaped(single):
    finding = Finding(rule="value-mismatch", severity=Severity.error,
                      message="Up 5%, not 50%:\nsee\r\nthe table",
                      claims=[claim("news/a,b:c.md", "Some 300 were hurt.", "300", 2, 6)])
    line = render(single(finding))
    assert line == ("::error file=news/a%2Cb%3Ac.md,line=2,col=6,title=value-mismatch::"
                    "Up 5%25, not 50%25:%0Asee%0D%0Athe table\n")
    _, properties, message = parse(line.rstrip("\n"))
    assert properties["file"] == "news/a,b:c.md"
    assert message == finding.message


def test_escaping_percent_first_keeps_escapes_literal():
    assert escape_data("%0A") == "%250A"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"


def test_empty_report_prints_nothing(empty_report):
    assert render(empty_report) == ""
