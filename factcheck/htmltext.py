"""The visible text of an HTML page, with each character's offset in the page source.

Claims are extracted from the text a reader sees, but reported at the line and column of the
HTML file, so every emitted character keeps the source offset it came from. The stdlib
``HTMLParser`` is used because it reports each token's position (``getpos``); entities are
decoded here, by us, so that the positions of the text around them stay exact.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

# Never visible to a reader, or page chrome rather than the story.
_HIDDEN = frozenset(
    "script style nav header footer aside noscript template form svg iframe object canvas button select textarea".split()
)
# Headline and byline live in the article's own <header>; only the site's header is chrome.
_KEPT_IN_ROOT = frozenset({"header"})
_ROOTS = ("article", "main")  # in order of preference
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# Block elements; the hidden blocks are here too, so the text on either side of a <nav> stays apart.
_PARAGRAPH = frozenset(
    "p div h1 h2 h3 h4 h5 h6 section article main blockquote pre table ul ol dl figure figcaption address details hr"
    " nav header footer aside form".split()
)
_LINE = frozenset("li tr dt dd caption summary".split())
_CELL = frozenset({"td", "th"})
# A new one of these closes an unclosed previous sibling, as browsers do; keeps the open-element stack shallow.
_IMPLIED_END = frozenset("p li dt dd tr td th option".split())
_META_FIELDS = {"og:site_name": "source", "date": "date", "article:published_time": "date", "og:url": "og:url"}
# HTML's whitespace (not Python's str.isspace, which would also collapse &nbsp;).
_COLLAPSIBLE = re.compile(r"[ \t\n\r\f]{2,}|[\t\n\r\f]|^ | $")


@dataclass
class HtmlText:
    text: str
    offsets: list[int]
    title: str | None = None
    source: str | None = None
    date: str | None = None
    url: str | None = None


def visible_text(raw: str) -> HtmlText:
    """Visible text of ``raw``: of the longest <article> if any, else of the longest <main>, else of the page."""
    parser = _Parser(raw)
    parser.feed(raw)
    parser.close()
    return parser.result()


@dataclass
class _Open:
    tag: str
    hides: bool
    root: str | None


class _Parser(HTMLParser):
    def __init__(self, raw: str) -> None:
        super().__init__(convert_charrefs=False)
        self._raw = raw
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", raw)]
        self._chars: list[str] = []
        self._offsets: list[int] = []
        self._stack: list[_Open] = []
        self._hidden = 0  # open elements that hide their content
        self._pre = 0
        self._space_at: int | None = None  # collapsed whitespace waiting for the next visible text
        self._breaks = 0  # newlines waiting for the next visible text
        self._break_at = 0
        self._root_depth = dict.fromkeys(_ROOTS, 0)
        self._root_start = dict.fromkeys(_ROOTS, 0)
        self._root_spans: dict[str, list[tuple[int, int]]] = {tag: [] for tag in _ROOTS}
        self._title: list[str] | None = None
        self._meta: dict[str, str] = {}

    # -- tokens -------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._note_meta(tag, dict(attrs))
        if tag in _VOID:
            if tag == "br" and not self._hidden:
                self._break(min(self._breaks + 1, 2))
            return
        if tag in _IMPLIED_END and self._stack and self._stack[-1].tag == tag:
            self._pop(len(self._stack) - 1)
        visible = not self._hidden
        if tag == "title" and visible and "title" not in self._meta:
            self._title = []
        in_root = any(self._root_depth.values())
        hides = (
            tag == "title"  # shown as the window title, kept as Article.title
            or (tag in _HIDDEN and not (tag in _KEPT_IN_ROOT and in_root))
            or any(name == "hidden" for name, _ in attrs)
        )
        root = tag if tag in _ROOTS and visible else None
        self._stack.append(_Open(tag, hides, root))
        self._hidden += hides
        if root:
            if self._root_depth[root] == 0:
                self._root_start[root] = len(self._offsets)
            self._root_depth[root] += 1
        self._block(tag)
        self._pre += tag == "pre"

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self._stack) - 1, -1, -1):
            if self._stack[i].tag == tag:
                self._pop(i)
                self._block(tag)
                return

    def handle_data(self, data: str) -> None:
        if self._title is not None:
            self._title.append(data)
        elif not self._hidden:
            self._text(data, self._offset(), exact=True)

    def handle_entityref(self, name: str) -> None:
        self._reference("&" + name)

    def handle_charref(self, name: str) -> None:
        self._reference("&#" + name)

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:  # "<![foo": the stdlib asserts where browsers see a bogus comment
            end = self.rawdata.find(">", i)
            return end + 1 if end >= 0 else -1

    # -- building the text --------------------------------------------------------------

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def _reference(self, reference: str) -> None:
        at = self._offset()
        if self._raw.startswith(";", at + len(reference)):
            reference += ";"
        decoded = html.unescape(reference)
        if self._title is not None:
            self._title.append(decoded)
        elif not self._hidden:
            # Not a known entity ("AT&T"): the text is the source itself, so offsets stay exact.
            self._text(decoded, at, exact=decoded == reference)

    def _text(self, data: str, at: int, exact: bool) -> None:
        """Emit ``data`` found at source offset ``at``; decoded entities (not exact) all map to ``at``."""
        if self._pre:
            self._put(data, at, exact)
            return
        done = 0
        for run in _COLLAPSIBLE.finditer(data):
            if run.start() > done:
                self._put(data[done : run.start()], at + done if exact else at, exact)
            if self._space_at is None:
                self._space_at = at + run.start() if exact else at
            done = run.end()
        if done < len(data):
            self._put(data[done:], at + done if exact else at, exact)

    def _put(self, chunk: str, at: int, exact: bool) -> None:
        if self._offsets:
            if self._breaks:
                self._emit("\n" * self._breaks, [self._break_at] * self._breaks)
            elif self._space_at is not None and not self._chars[-1].endswith("\n"):
                self._emit(" ", [self._space_at])
        self._breaks = 0
        self._space_at = None
        self._emit(chunk, range(at, at + len(chunk)) if exact else [at] * len(chunk))

    def _emit(self, chunk: str, offsets: range | list[int]) -> None:
        self._chars.append(chunk)
        self._offsets.extend(offsets)

    def _break(self, newlines: int) -> None:
        if not self._breaks:
            self._break_at = self._offset()
        self._breaks = max(self._breaks, newlines)
        self._space_at = None

    def _block(self, tag: str) -> None:
        if self._hidden:
            return
        if tag in _PARAGRAPH:
            self._break(2)
        elif tag in _LINE:
            self._break(1)
        elif tag in _CELL and self._space_at is None and not self._breaks:
            self._space_at = self._offset()

    def _pop(self, index: int) -> None:
        """Close the element at ``index`` and every element left open inside it."""
        for element in reversed(self._stack[index:]):
            self._hidden -= element.hides
            self._pre -= element.tag == "pre"
            if element.tag == "title" and self._title is not None:
                self._meta["title"] = " ".join("".join(self._title).split())
                self._title = None
            if element.root:
                self._root_depth[element.root] -= 1
                if self._root_depth[element.root] == 0:
                    self._root_spans[element.root].append((self._root_start[element.root], len(self._offsets)))
        del self._stack[index:]

    def _note_meta(self, tag: str, attrs: dict[str, str | None]) -> None:
        content = attrs.get("content")
        if tag == "meta" and content:
            key = (attrs.get("property") or attrs.get("name") or "").lower()
            if key in _META_FIELDS:
                self._meta.setdefault(_META_FIELDS[key], content.strip())
        elif tag == "link" and attrs.get("href") and "canonical" in (attrs.get("rel") or "").lower().split():
            self._meta.setdefault("url", attrs["href"].strip())

    def result(self) -> HtmlText:
        self._pop(0)
        text = "".join(self._chars)
        spans = next((spans for spans in self._root_spans.values() if spans), [(0, len(text))])
        start, end = max(spans, key=lambda span: span[1] - span[0])
        # A root's own opening and closing breaks are emitted just inside its span.
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        meta = self._meta
        return HtmlText(
            text=text[start:end],
            offsets=self._offsets[start:end],
            title=meta.get("title") or None,
            source=meta.get("source"),
            date=meta.get("date"),
            url=meta.get("url") or meta.get("og:url"),
        )
