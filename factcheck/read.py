"""Files and folders → ``Article``, keeping every character traceable to its line and column in the file.

A file named on the command line must be usable (else ``InputError``, exit 2); inside a folder a
bad file is skipped with a ``ReadWarning`` so one stray file does not stop a whole story.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from fnmatch import fnmatch
from json.decoder import scanstring

from charset_normalizer import from_bytes
from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from factcheck.errors import InputError, ReadWarning
from factcheck.htmltext import visible_text
from factcheck.models import Article

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".json")
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
METADATA_KEYS = ("source", "date", "title", "url")

_SNIFF_BYTES = 8192
# UTF-32 first: its little-endian mark starts with UTF-16's.
_UNICODE_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_FENCE = re.compile(r"^---[ \t]*$", re.MULTILINE)
_YAML = YAML(typ="safe", pure=True)
_JSON_SPACE = re.compile(r"[ \t\n\r]*")
# One decoded character each; a surrogate pair is one character from two escapes.
_JSON_ESCAPE = re.compile(r"\\(?:u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)", re.DOTALL)


def read_paths(
    paths: list[str], max_bytes: int = DEFAULT_MAX_BYTES, include: list[str] | None = None,
    exclude: list[str] | None = None,
) -> tuple[list[Article], list[ReadWarning]]:
    """Articles from files and folders, in the order given (a folder's files sorted by path).

    ``include``/``exclude`` globs (fnmatch, against the path relative to the folder) filter
    what a folder yields; a file named explicitly is always read.
    """
    articles: list[Article] = []
    warnings: list[ReadWarning] = []
    seen: set[str] = set()
    for given in paths:
        if os.path.isdir(given):
            found, problems = _read_folder(given, max_bytes, include or [], exclude or [])
        elif os.path.isfile(given):
            article, problems = read_file(given, max_bytes)
            found = [article]
        elif os.path.exists(given):
            raise InputError(given, "not a regular file or folder")
        else:
            raise InputError(given, "no such file or folder")
        warnings.extend(problems)
        for article in found:
            real = os.path.realpath(article.path)
            if real in seen:
                warnings.append(ReadWarning(path=article.path, message="same file given twice; read once"))
            else:
                seen.add(real)
                articles.append(article)
    return articles, warnings


def read_file(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[Article, list[ReadWarning]]:
    """One article, its format chosen by suffix (anything unknown is plain text); raises InputError."""
    try:
        with open(path, "rb") as file:
            size = os.fstat(file.fileno()).st_size
            if size > max_bytes:
                raise InputError(path, f"too large: {_megabytes(size)} (limit {_megabytes(max_bytes)})")
            data = file.read()
    except OSError as err:
        raise InputError(path, f"cannot read: {err.strerror or err}") from err
    text, encoding = _decode(data, path)
    warnings = [ReadWarning(path=path, message=f"not UTF-8; read as {encoding}")] if encoding else []
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _blank(text):
        raise InputError(path, "empty article")
    suffix = os.path.splitext(path)[1].lower()
    if suffix in (".md", ".markdown"):
        article = _markdown(path, text)
    elif suffix in (".html", ".htm"):
        article = _html(path, text)
    elif suffix == ".json":
        article = _json(path, text)
    else:
        article = Article(path=path, text=text)
    if _blank(article.text):
        raise InputError(path, "empty article (no text outside the markup)")
    return article, warnings


def _wanted(relative: str, include: list[str], exclude: list[str]) -> bool:
    if include and not any(fnmatch(relative, pattern) for pattern in include):
        return False
    return not any(fnmatch(relative, pattern) for pattern in exclude)


def _read_folder(
    folder: str, max_bytes: int, include: list[str], exclude: list[str]
) -> tuple[list[Article], list[ReadWarning]]:
    warnings: list[ReadWarning] = []

    def unreadable(err: OSError) -> None:
        warnings.append(ReadWarning(path=err.filename or folder, message=f"cannot read folder: {err.strerror}"))

    files = []
    for parent, folders, names in os.walk(folder, onerror=unreadable):
        folders[:] = [name for name in folders if not name.startswith(".")]  # .git, editor caches
        files.extend(
            os.path.join(parent, name)
            for name in names
            if name.lower().endswith(ARTICLE_SUFFIXES) and not name.startswith(".")
            and _wanted(os.path.relpath(os.path.join(parent, name), folder).replace(os.sep, "/"), include, exclude)
        )
    if not files:
        raise InputError(folder, f"no articles found (looked for {', '.join(ARTICLE_SUFFIXES)})")
    articles = []
    for path in sorted(files):
        try:
            article, problems = read_file(path, max_bytes)
        except InputError as err:
            warnings.append(ReadWarning(path=err.path, message=err.message, line=err.line))
            continue
        articles.append(article)
        warnings.extend(problems)
    if not articles:
        raise InputError(folder, f"no readable articles ({len(files)} skipped; first: {warnings[0]})")
    return articles, warnings


# -- bytes → str ------------------------------------------------------------------------


def _decode(data: bytes, path: str) -> tuple[str, str | None]:
    """The text, and the encoding used when it was not UTF-8 (worth a warning: it is a guess)."""
    for bom, encoding in _UNICODE_BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace"), encoding
    if b"\0" in data[:_SNIFF_BYTES]:
        raise InputError(path, "binary file, not text (NUL bytes)")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        encoding = _legacy_encoding(data)
        return data.decode(encoding, errors="replace"), encoding


def _legacy_encoding(data: bytes) -> str:
    """charset-normalizer's guess, except that cp1252 wins whenever it fits.

    cp1252 is the usual legacy encoding of Western news text, and on short texts
    charset-normalizer often names a code page that merely fits as well (cp775, cp1250).
    """
    matches = from_bytes(data)
    if matches and not any("cp1252" in match.could_be_from_charset for match in matches):
        return matches.best().encoding
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return "latin-1"
    return "cp1252"


# -- formats ----------------------------------------------------------------------------


def _markdown(path: str, text: str) -> Article:
    first_newline = text.find("\n")
    if first_newline < 0 or text[:first_newline].rstrip() != "---":
        return Article(path=path, text=text)
    closing = _FENCE.search(text, first_newline + 1)
    if closing is None:
        raise InputError(path, "front matter opened with --- is never closed by a --- line", line=1)
    front = text[first_newline + 1 : closing.start()]
    body_start = min(closing.end() + 1, len(text))
    metadata = _front_matter(path, front)
    return Article(path=path, text=text[body_start:], text_start_line=text.count("\n", 0, body_start) + 1, **metadata)


def _front_matter(path: str, front: str) -> dict[str, str | None]:
    """source/date/title/url from the YAML between the fences, which start at file line 2."""
    try:
        data = _YAML.load(front)
    except MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        raise InputError(path, f"invalid front matter: {err.problem or err.context}", line=mark.line + 2) from err
    except (YAMLError, ValueError) as err:  # ValueError: an impossible date such as 2024-02-30
        raise InputError(path, f"invalid front matter: {err}", line=1) from err
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InputError(path, "invalid front matter: expected key: value lines", line=2)
    metadata = {}
    for key in METADATA_KEYS:
        value = data.get(key)
        if isinstance(value, dt.date):  # also datetime
            value = value.isoformat()
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        elif value is not None and not isinstance(value, str):
            line = next((n for n, row in enumerate(front.split("\n"), start=2) if re.match(rf"{key}\s*:", row)), 1)
            raise InputError(path, f"invalid front matter: {key} must be text", line=line)
        metadata[key] = value
    return metadata


def _html(path: str, text: str) -> Article:
    page = visible_text(text)
    return Article(
        path=path,
        text=page.text,
        raw=text,
        offsets=page.offsets,
        title=page.title,
        source=page.source,
        date=page.date,
        url=page.url,
    )


def _json(path: str, text: str) -> Article:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise InputError(path, f"invalid JSON: {err.msg}", line=err.lineno) from err
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise InputError(path, 'expected a JSON object with a "text" string')
    for key in METADATA_KEYS:
        if not isinstance(data.get(key), (str, type(None))):
            raise InputError(path, f'"{key}" must be a string')
    body, offsets = _newlines_mapped(data["text"], _json_text_offsets(text))
    return Article(
        path=path, text=body, raw=text, offsets=offsets, **{key: data.get(key) for key in METADATA_KEYS}
    )


def _json_text_offsets(raw: str) -> list[int]:
    """File offset of each character of the top-level "text" string (``raw`` is known to be valid JSON)."""
    decoder = json.JSONDecoder()
    position = _JSON_SPACE.match(raw).end() + 1  # past "{"
    value_at = -1
    while True:
        key, position = scanstring(raw, _JSON_SPACE.match(raw, position).end() + 1)
        position = _JSON_SPACE.match(raw, _JSON_SPACE.match(raw, position).end() + 1).end()  # past ":"
        if key == "text":
            value_at = position  # the last one wins, as in json.loads
        position = _JSON_SPACE.match(raw, decoder.raw_decode(raw, position)[1]).end()
        if raw[position] == "}":
            break
        position += 1  # past ","
    start = value_at + 1
    end = scanstring(raw, start)[1] - 1
    offsets: list[int] = []
    done = start
    for escape in _JSON_ESCAPE.finditer(raw, start, end):
        offsets.extend(range(done, escape.start()))
        offsets.append(escape.start())
        done = escape.end()
    offsets.extend(range(done, end))
    return offsets


def _newlines_mapped(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    """``text`` with CRLF and CR turned into LF, ``offsets`` kept in step."""
    if "\r" not in text:
        return text, offsets
    chunks: list[str] = []
    kept: list[int] = []
    done = 0
    for newline in re.finditer(r"\r\n?", text):
        chunks.extend((text[done : newline.start()], "\n"))
        kept.extend(offsets[done : newline.start() + 1])
        done = newline.end()
    chunks.append(text[done:])
    kept.extend(offsets[done:])
    return "".join(chunks), kept


def _blank(text: str) -> bool:
    return not text or text.isspace()


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"
