"""Command line: thin typer wrappers over the pipeline; heavy imports happen inside commands
so that `factcheck --help` starts fast."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from factcheck.formats import ClaimFormat, FailOn, ReportFormat

if TYPE_CHECKING:
    from factcheck.config import Settings
    from factcheck.models import Report

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


def fail(message: str) -> typer.Exit:
    """One clear line on stderr and exit 2: the contract for usage and input errors."""
    typer.echo(f"factcheck: error: {message}", err=True)
    return typer.Exit(ExitCode.usage)


@contextmanager
def usage_errors() -> Iterator[None]:
    """Any InputError inside becomes the one-line message and exit code 2."""
    from factcheck.errors import InputError

    try:
        yield
    except InputError as exc:
        raise fail(str(exc)) from None


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
    from factcheck.models import ClaimSet
    from factcheck.pipeline import extract_paths
    from factcheck.report import claims_text

    settings = _settings()
    with usage_errors():
        result = extract_paths(paths, include=settings.include, exclude=settings.exclude)
    for warning in result.warnings:
        warn(str(warning))
    if format is ClaimFormat.json:
        text = ClaimSet(claims=result.claims).model_dump_json(indent=2) + "\n"
    else:
        text = claims_text.render(result.claims)
    write(text, output)


@app.command()
def check(
    paths: Paths,
    rules: Annotated[
        list[str] | None, typer.Option("--rules", help="Folder of rule files added on top of the packaged pack.")
    ] = None,
    format: Annotated[ReportFormat | None, typer.Option("--format", "-f", help="Report format [default: text].")] = None,
    fail_on: Annotated[
        FailOn | None, typer.Option("--fail-on", help="Exit 1 when a finding is at or above this severity [default: error].")
    ] = None,
    output: Output = None,
    baseline: Annotated[
        str | None, typer.Option("--baseline", help="Report only findings not accepted in this baseline file.")
    ] = None,
    update_baseline: Annotated[
        bool, typer.Option("--update-baseline", help="Accept every current finding: write them to --baseline.")
    ] = False,
    facts: Annotated[
        str | None, typer.Option("--facts", help="YAML file of the newsroom's reference figures (house facts).")
    ] = None,
    against: Annotated[
        str | None, typer.Option("--against", help="Archive (from factcheck index) of published articles to check against.")
    ] = None,
) -> None:
    """Report where the articles disagree about the same fact."""
    from factcheck.engine import check_paths
    from factcheck.report import RENDERERS

    settings = _settings(rules=rules, format=format, fail_on=fail_on, baseline=baseline, facts=facts, against=against)
    if update_baseline and not settings.baseline:
        raise fail("--update-baseline needs --baseline FILE (or baseline in the config)")
    with usage_errors():
        result = check_paths(paths, settings, update_baseline=update_baseline)
    for warning in result.warnings:
        warn(str(warning))
    chosen = settings.format
    color = chosen is ReportFormat.text and output is None and sys.stdout.isatty()
    write(RENDERERS[chosen.value](result.report, color=color), output)
    raise typer.Exit(exit_code(result.report, settings.fail_on))


@app.command()
def index(
    paths: Paths,
    db: Annotated[
        str | None, typer.Option("--db", help="Archive file, created if missing [default: against in the config].")
    ] = None,
) -> None:
    """Store the claims of published articles for check --against; unchanged files are skipped."""
    from factcheck.archive import index_paths

    settings = _settings()
    db = db or settings.against
    if not db:
        raise fail("index needs --db FILE (or against in the config)")
    with usage_errors(), _progress_bar() as progress:
        summary = index_paths(paths, db, progress=progress, include=settings.include, exclude=settings.exclude)
    for warning in summary.warnings:
        warn(str(warning))
    typer.echo(f"indexed {summary.indexed}, unchanged {summary.unchanged}, skipped {summary.skipped}")


# Fewer files than this index in a moment: a bar would only flicker.
PROGRESS_FROM = 10


@contextmanager
def _progress_bar() -> Iterator[Callable[[int, int], None] | None]:
    """A rich progress bar on stderr when it is a terminal; nothing in CI logs or pipes."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("indexing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = None

        def advance(done: int, total: int) -> None:
            nonlocal task
            if total < PROGRESS_FROM:
                return
            if task is None:
                task = bar.add_task("indexing", total=total)
            bar.update(task, completed=done)

        yield advance


def _settings(**overrides: object) -> Settings:
    """Effective settings: command line over the config file over defaults; a bad file exits 2."""
    from factcheck.config import load_settings

    with usage_errors():
        return load_settings(Path.cwd(), overrides).settings


@app.command()
def config() -> None:
    """Print the effective settings and where each one comes from."""
    from factcheck.config import load_settings

    with usage_errors():
        effective = load_settings(Path.cwd())
    typer.echo(f"# config file: {effective.file or 'none found'}")
    for name, value in effective.settings.model_dump(mode="json").items():
        typer.echo(f"{name.replace('_', '-')} = {value!r}  # {effective.origins[name]}")


def exit_code(report: Report, fail_on: FailOn) -> ExitCode:
    """1 when any finding reaches the --fail-on severity; severity belongs to the rule, failing to CI."""
    from factcheck.models import Severity

    if fail_on is FailOn.never:
        return ExitCode.ok
    threshold = Severity(fail_on.value).rank
    return ExitCode.findings if any(f.severity.rank >= threshold for f in report.findings) else ExitCode.ok


@app.command("rules")
def list_rules(
    rules: Annotated[list[str] | None, typer.Option("--rules", help="Extra rule folders, as for check.")] = None,
) -> None:
    """List the rules in force: id, severity, kind and description."""
    from factcheck.rules import load_rules

    with usage_errors():
        loaded = load_rules(rules)
    for rule in loaded:
        typer.echo(f"{rule.id}  [{rule.severity.value}]  kind: {rule.kind}  ({rule.source})")
        for line in rule.description.strip().splitlines():
            typer.echo(f"    {line}")


@app.command()
def version() -> None:
    """Print the version."""
    from factcheck import __version__

    typer.echo(__version__)
