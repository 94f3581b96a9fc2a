"""Command line: thin typer wrappers over the pipeline; heavy imports happen inside commands
so that `factcheck --help` starts fast."""

from __future__ import annotations

import sys
from enum import Enum, IntEnum
from typing import Annotated

import typer

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Find numbers that disagree across news articles on one story.",
)


class ExitCode(IntEnum):
    ok = 0
    findings = 1
    usage = 2


class ClaimFormat(str, Enum):
    text = "text"
    json = "json"


def fail(message: str) -> typer.Exit:
    """One clear line on stderr and exit 2: the contract for usage and input errors."""
    typer.echo(f"factcheck: error: {message}", err=True)
    return typer.Exit(ExitCode.usage)


def warn(message: str) -> None:
    typer.echo(f"factcheck: warning: {message}", err=True)


def write(text: str, output: str | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    try:
        with open(output, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as exc:
        raise fail(f"{output}: cannot write: {exc.strerror or exc}") from None


Paths = Annotated[list[str], typer.Argument(help="Article files or folders (.txt, .md, .html, .json).", show_default=False)]
Output = Annotated[str | None, typer.Option("--output", "-o", help="Write the report to this file.")]


@app.command()
def extract(
    paths: Paths,
    format: Annotated[ClaimFormat, typer.Option("--format", "-f", help="Output format.")] = ClaimFormat.text,
    output: Output = None,
) -> None:
    """Print every numeric claim, normalised, in article then text order."""
    from factcheck.errors import InputError
    from factcheck.models import ClaimSet
    from factcheck.pipeline import extract_paths
    from factcheck.report import claims_text

    try:
        result = extract_paths(paths)
    except InputError as exc:
        raise fail(str(exc)) from None
    for warning in result.warnings:
        warn(str(warning))
    if format is ClaimFormat.json:
        text = ClaimSet(claims=result.claims).model_dump_json(indent=2) + "\n"
    else:
        text = claims_text.render(result.claims)
    write(text, output)


@app.command()
def version() -> None:
    """Print the version."""
    from factcheck import __version__

    typer.echo(__version__)
