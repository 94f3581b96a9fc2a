"""Rule files → validated rule specs, with errors that point at the file and line.

The packaged pack is loaded first; each ``--rules DIR`` adds files on top. A user file whose
``id`` matches a loaded rule overrides the fields it names (``params`` merged key by key) or
switches it off with ``enabled: false``; a new id needs a ``kind``.
"""

from __future__ import annotations

import string
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from factcheck import yamlfile
from factcheck.checks import REGISTRY, RULE_ADAPTER
from factcheck.checks.base import RuleBase
from factcheck.errors import InputError

RULE_SUFFIXES = (".yaml", ".yml")


def default_rules_dir() -> Path:
    """The packaged pack: inside the wheel, or the repository's rules/ in an editable install."""
    here = Path(__file__).resolve().parent
    packaged = here / "_rules"
    return packaged if packaged.is_dir() else here.parent / "rules"


def _plain(node: Any) -> Any:
    if isinstance(node, dict):
        return {str(k): _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    return node


def _documents(path: Path) -> list[tuple[CommentedMap, int]]:
    """Each rule mapping in a file (a file holds one mapping or a list of them) with its line."""
    data = yamlfile.load(path, "rule file")
    items = data if isinstance(data, CommentedSeq) else [data]
    docs = []
    for index, item in enumerate(items):
        line = data.lc.item(index)[0] + 1 if isinstance(data, CommentedSeq) else 1
        if not isinstance(item, CommentedMap):
            raise InputError(str(path), "a rule must be a mapping with id, kind, severity and message", line)
        docs.append((item, item.lc.line + 1 if hasattr(item, "lc") else line))
    return docs


def _validate(raw: dict[str, Any], node: CommentedMap, path: Path, line: int) -> RuleBase:
    try:
        rule = RULE_ADAPTER.validate_python(raw)
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(p) for p in error["loc"] if p != raw.get("kind"))
        at = yamlfile.line_of(node, error["loc"] or ("kind",)) or line
        raise InputError(str(path), f"rule {raw.get('id', '?')!r}: {where or 'rule'}: {error['msg']}", at) from None
    allowed = set(REGISTRY[rule.kind].FIELDS)
    for _, name, _, _ in string.Formatter().parse(rule.message):
        if name is not None and name not in allowed:
            at = yamlfile.line_of(node, ("message",)) or line
            raise InputError(
                str(path), f"rule {rule.id!r}: message uses unknown field {{{name}}}; known: {', '.join(sorted(allowed))}", at
            )
    rule.source = f"{path}:{line}"
    return rule


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    merged = {**base, **override}
    if isinstance(base.get("params"), dict) and isinstance(override.get("params"), dict):
        merged["params"] = {**base["params"], **override["params"]}
    return merged


def load_rules(extra_dirs: list[str] | None = None) -> list[RuleBase]:
    """Enabled rules, packaged pack first, in a stable order (by id)."""
    raw_by_id: dict[str, dict[str, Any]] = {}
    rules: dict[str, RuleBase] = {}
    folders = [default_rules_dir(), *(Path(d) for d in extra_dirs or [])]
    for folder in folders:
        if not folder.is_dir():
            raise InputError(str(folder), "rules folder not found")
        files = sorted(p for p in folder.iterdir() if p.suffix in RULE_SUFFIXES)
        for path in files:
            for node, line in _documents(path):
                raw = _plain(node)
                rule_id = raw.get("id")
                if not isinstance(rule_id, str):
                    raise InputError(str(path), "rule has no id", line)
                if rule_id in raw_by_id:
                    raw = _merge(raw_by_id[rule_id], raw)
                elif "kind" not in raw:
                    raise InputError(str(path), f"rule {rule_id!r} has no kind and overrides no known rule", line)
                raw_by_id[rule_id] = raw
                rules[rule_id] = _validate(raw, node, path, line)
    return [rule for _, rule in sorted(rules.items()) if rule.enabled]
