"""Project settings from `factcheck.toml` or `[tool.factcheck]` in `pyproject.toml`, found by
searching upward from the working directory, the way ruff and sqlfluff find theirs.

Command-line options win over the file, the file over defaults; every effective value
remembers where it came from, so `factcheck config` can say.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from factcheck.errors import InputError
from factcheck.formats import FailOn, ReportFormat

CONFIG_NAMES = ("factcheck.toml", "pyproject.toml")
PATH_KEYS = ("rules", "baseline", "facts", "against")


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    rules: list[str] = Field(default_factory=list, description="rule folders added on top of the packaged pack")
    fail_on: FailOn = FailOn.error
    format: ReportFormat = ReportFormat.text
    include: list[str] = Field(default_factory=list, description="globs a file in a folder must match (any)")
    exclude: list[str] = Field(default_factory=list, description="globs that skip a file in a folder")
    aliases: dict[str, list[str]] = Field(default_factory=dict, description="entity key → other names for it")
    baseline: str | None = None
    facts: str | None = None
    against: str | None = None


class Effective(BaseModel):
    settings: Settings
    origins: dict[str, str]
    file: str | None


def _table(path: Path) -> dict[str, Any] | None:
    """The factcheck table of a config file, or None when a pyproject.toml has none."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        line = re.search(r"line (\d+)", str(exc))
        raise InputError(str(path), f"invalid TOML: {exc}", int(line.group(1)) if line else None) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read config: {exc}") from None
    if path.name == "pyproject.toml":
        return data.get("tool", {}).get("factcheck")
    return data.get("tool", {}).get("factcheck", data)


def find_config(start: Path) -> tuple[Path, dict[str, Any]] | None:
    for folder in [start, *start.parents]:
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file():
                table = _table(candidate)
                if table is not None:
                    return candidate, table
    return None


def _line_of_key(path: Path, key: str) -> int | None:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if re.match(rf"\s*(?:{re.escape(key)}\s*=|\[(?:tool\.factcheck\.)?{re.escape(key)}\])", line):
            return number
    return None


def load_settings(start: Path, overrides: dict[str, Any] | None = None) -> Effective:
    """Defaults, then the config file (paths in it relative to its folder), then the command line."""
    values: dict[str, Any] = {}
    origins = {name: "default" for name in Settings.model_fields}
    found = find_config(start)
    if found:
        path, table = found
        for key, value in table.items():
            name = key.replace("-", "_")
            if name in PATH_KEYS and value is not None:
                value = [str(path.parent / v) for v in value] if isinstance(value, list) else str(path.parent / value)
            values[name] = value
            origins[name] = f"{path}:{_line_of_key(path, key) or 1}"
        try:
            Settings.model_validate(values)
        except ValidationError as exc:
            error = exc.errors()[0]
            name = str(error["loc"][0]) if error["loc"] else "?"
            key = next((k for k in table if k.replace("-", "_") == name), name)
            raise InputError(str(path), f"{key}: {error['msg']}", _line_of_key(path, key)) from None
    for name, value in (overrides or {}).items():
        if value is not None and value != []:
            values[name] = value
            origins[name] = "command line"
    return Effective(settings=Settings.model_validate(values), origins=origins, file=str(found[0]) if found else None)
