"""YAML data files (rules, house facts) read with positions, so every error names its line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from factcheck.errors import InputError


def load(path: str | Path, what: str) -> Any:
    """The round-trip YAML tree of a file (mappings and lists remember their lines); ``what``
    names the kind of file in the error when it cannot be read at all."""
    try:
        return YAML(typ="rt").load(Path(path).read_text(encoding="utf-8"))
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise InputError(str(path), f"invalid YAML: {exc.problem or exc.context}", mark.line + 1 if mark else None) from None
    except (YAMLError, UnicodeDecodeError, OSError) as exc:
        raise InputError(str(path), f"cannot read {what}: {exc}") from None


def line_of(node: Any, loc: tuple[Any, ...]) -> int | None:
    """Follow a pydantic error location into the YAML tree; the deepest line found."""
    line = None
    for part in loc:
        if isinstance(node, CommentedMap) and part in node:
            line = node.lc.key(part)[0] + 1
            node = node[part]
        elif isinstance(node, CommentedSeq) and isinstance(part, int) and part < len(node):
            line = node.lc.item(part)[0] + 1
            node = node[part]
    return line
