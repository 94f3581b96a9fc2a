import json
import os
import time

import pytest

from factcheck.errors import InputError, ReadWarning
from factcheck.read import read_file, read_paths


def write(path, content, encoding="utf-8"):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode(encoding)
    path.write_bytes(content)
    return str(path)


def file_position(content: str, needle: str) -> tuple[int, int]:
    """1-based line and column of ``needle`` as an editor shows it in ``content``."""
    before = content[: content.index(needle)]
    return before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1


def located(article, needle: str) -> tuple[int, int]:
    assert article.offsets is None or len(article.offsets) == len(article.text)
    return article.locate(article.text.index(needle))


def read_one(path):
    articles, warnings = read_paths([path])
    assert len(articles) == 1
    return articles[0], warnings


# -- plain text and Markdown --------------------------------------------------------------


def test_txt_is_read_as_is(tmp_path):
    content = "Bridge opens\n\nThe bridge is 17 km long.\n"
    path = write(tmp_path / "a.txt", content)
    article, warnings = read_one(path)
    assert article.path == path
    assert article.text == content
    assert located(article, "17 km") == file_position(content, "17 km")
    assert warnings == []


MARKDOWN = """---
source: Reuters
date: 2024-03-01
title: "Bridge opens"
url: https://example.com/bridge
editor: ignored
---
The new bridge opened on Friday.

It is 17 km long.
"""


def test_markdown_front_matter_becomes_metadata(tmp_path):
    article, _ = read_one(write(tmp_path / "a.md", MARKDOWN))
    assert (article.source, article.date, article.title, article.url) == (
        "Reuters",
        "2024-03-01",
        "Bridge opens",
        "https://example.com/bridge",
    )
    assert article.text == "The new bridge opened on Friday.\n\nIt is 17 km long.\n"
    assert article.text_start_line == 8


def test_markdown_claims_are_located_at_file_lines(tmp_path):
    article, _ = read_one(write(tmp_path / "a.md", MARKDOWN))
    assert located(article, "17 km") == file_position(MARKDOWN, "17 km") == (10, 7)
    assert located(article, "The new") == (8, 1)


def test_markdown_datetime_and_numbers_become_strings(tmp_path):
    content = "---\ndate: 2024-03-01 10:00:00+02:00\ntitle: 2024\n---\nText.\n"
    article, _ = read_one(write(tmp_path / "a.markdown", content))
    assert article.date == "2024-03-01T10:00:00+02:00"
    assert article.title == "2024"


def test_markdown_without_front_matter(tmp_path):
    content = "# Bridge\n\nIt is 17 km long.\n"
    article, _ = read_one(write(tmp_path / "a.md", content))
    assert article.text == content
    assert article.source is None
    assert located(article, "17 km") == (3, 7)


def test_markdown_with_empty_front_matter(tmp_path):
    article, _ = read_one(write(tmp_path / "a.md", "---\n---\nIt is 17 km long.\n"))
    assert article.text == "It is 17 km long.\n"
    assert located(article, "17 km") == (3, 7)


# -- HTML -------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html>
<head>
  <title>Bridge opens &amp; traffic flows | Daily</title>
  <meta property="og:site_name" content="The Daily">
  <meta property="article:published_time" content="2024-03-01T09:00:00Z">
  <link rel="canonical" href="https://daily.example/bridge">
  <style>p { color: red }</style>
  <script>var claim = "99 km";</script>
</head>
<body>
  <header>Site banner 12 km</header>
  <nav><a href="/">Home</a> <a href="/news">News</a></nav>
  <article>
    <header><h1>Bridge opens</h1></header>
    <p>The   new bridge is
       <b>17&nbsp;km</b> long &mdash; AT&T built it.</p>
    <p>It cost $3.2 billion.<br>Tolls start at &euro;5.</p>
    <ul><li>Lanes: 6</li><li>Opened: Friday</li></ul>
    <aside>Related: 40 km tunnel</aside>
    <form><button>Subscribe 1 month</button></form>
    <p hidden>Draft: 18 km</p>
  </article>
  <footer>Copyright 2024</footer>
  <noscript>Enable JS for 3 more articles</noscript>
</body>
</html>
"""


def test_html_keeps_visible_article_text_only(tmp_path):
    article, _ = read_one(write(tmp_path / "a.html", PAGE))
    assert article.text == (
        "Bridge opens\n\n"
        "The new bridge is 17\xa0km long — AT&T built it.\n\n"
        "It cost $3.2 billion.\nTolls start at €5.\n\n"
        "Lanes: 6\nOpened: Friday"
    )
    for hidden in ("99 km", "color", "Site banner", "Home", "40 km", "Subscribe", "18 km", "Copyright", "Enable JS"):
        assert hidden not in article.text


def test_html_metadata(tmp_path):
    article, _ = read_one(write(tmp_path / "a.htm", PAGE))
    assert article.title == "Bridge opens & traffic flows | Daily"
    assert article.source == "The Daily"
    assert article.date == "2024-03-01T09:00:00Z"
    assert article.url == "https://daily.example/bridge"


@pytest.mark.parametrize("word", ["Bridge opens", "new bridge", "17", "long", "AT&T", "$3.2", "Tolls", "Opened"])
def test_html_text_is_located_at_the_word_in_the_file(tmp_path, word):
    article, _ = read_one(write(tmp_path / "a.html", PAGE))
    needle = word if word != "Bridge opens" else "Bridge opens</h1>"
    assert located(article, word) == file_position(PAGE, needle)
    assert article.raw[article.offsets[article.text.index(word)] :].startswith(word)


def test_html_decoded_entities_map_to_the_entity(tmp_path):
    article, _ = read_one(write(tmp_path / "a.html", PAGE))
    assert located(article, "\xa0") == file_position(PAGE, "&nbsp;")
    assert located(article, "—") == file_position(PAGE, "&mdash;")
    assert located(article, "€") == file_position(PAGE, "&euro;")


def test_html_without_article_uses_main_then_body(tmp_path):
    with_main = "<body><div>Menu</div><main><p>Inside 5 km</p></main></body>"
    article, _ = read_one(write(tmp_path / "main.html", with_main))
    assert article.text == "Inside 5 km"
    plain = "<body><h2>Title</h2><div>First</div>second <i>part</i><table><tr><td>a</td><td>b</td></tr></table></body>"
    article, _ = read_one(write(tmp_path / "plain.html", plain))
    assert article.text == "Title\n\nFirst\n\nsecond part\n\na b"


def test_html_prefers_the_longest_article(tmp_path):
    page = "<article><p>Teaser</p></article><article><p>The full story is longer.</p></article>"
    article, _ = read_one(write(tmp_path / "a.html", page))
    assert article.text == "The full story is longer."


def test_html_keeps_preformatted_whitespace(tmp_path):
    page = "<p>a  b</p><pre>x  1\n   y  2</pre>"
    article, _ = read_one(write(tmp_path / "a.html", page))
    assert article.text == "a b\n\nx  1\n   y  2"


def test_html_survives_broken_markup(tmp_path):
    page = "<p>Before <![weird section]> after &#xD800; &bogus; <b>unclosed <i>tags 7 km"
    article, _ = read_one(write(tmp_path / "a.html", page))
    assert article.text.startswith("Before after")
    assert "&bogus; unclosed tags 7 km" in article.text
    assert located(article, "7 km") == file_position(page, "7 km")


# -- JSON -------------------------------------------------------------------------------


def test_json_article(tmp_path):
    record = {"title": "Bridge", "source": "AP", "date": "2024-03-01", "url": None, "text": "It is 17 km long."}
    article, _ = read_one(write(tmp_path / "a.json", json.dumps(record, indent=2)))
    assert (article.text, article.title, article.source, article.date, article.url) == (
        "It is 17 km long.",
        "Bridge",
        "AP",
        "2024-03-01",
        None,
    )


def test_json_text_is_located_inside_the_string(tmp_path):
    content = '{\n  "text": "Caf\\u00e9 \\"quoted\\".\\r\\nIt is 17 km long. \\ud83d\\ude80 Then 5 m.",\n  "title": "x"\n}'
    article, _ = read_one(write(tmp_path / "a.json", content))
    assert article.text == 'Café "quoted".\nIt is 17 km long. 🚀 Then 5 m.'
    assert located(article, "17 km") == file_position(content, "17 km")
    assert located(article, "5 m") == file_position(content, "5 m")
    assert located(article, "é") == file_position(content, "\\u00e9")


def test_json_uses_the_last_text_key_like_json_loads(tmp_path):
    content = '{"text": "first", "nested": {"text": "no"}, "text": "It is 17 km."}'
    article, _ = read_one(write(tmp_path / "a.json", content))
    assert article.text == "It is 17 km."
    assert located(article, "17 km") == file_position(content, "17 km")


# -- encodings and line endings -----------------------------------------------------------


def test_utf8_bom_is_stripped_and_columns_stay_right(tmp_path):
    content = "It is 17 km long.\n"
    article, warnings = read_one(write(tmp_path / "a.txt", b"\xef\xbb\xbf" + content.encode()))
    assert article.text == content
    assert located(article, "It") == (1, 1)
    assert located(article, "17 km") == (1, 7)
    assert warnings == []


def test_utf8_bom_before_front_matter(tmp_path):
    article, _ = read_one(write(tmp_path / "a.md", b"\xef\xbb\xbf" + MARKDOWN.encode()))
    assert article.source == "Reuters"
    assert located(article, "17 km") == (10, 7)


@pytest.mark.parametrize(
    "name, content, needle",
    [
        ("a.txt", "Title\n\nIt is 17 km long.\nMore 5 m.\n", "5 m"),
        ("a.md", MARKDOWN, "17 km"),
        ("a.html", PAGE, "Tolls"),
        ("a.json", '{\n"title": "t",\n\n"text": "It is 17 km long."\n}\n', "17 km"),
    ],
)
def test_crlf_and_cr_files_locate_like_their_lf_twin(tmp_path, name, content, needle):
    lf, _ = read_one(write(tmp_path / "lf" / name, content))
    for ending in ("\r\n", "\r"):
        twin, _ = read_one(write(tmp_path / repr(ending) / name, content.replace("\n", ending)))
        assert twin.text == lf.text
        assert "\r" not in twin.text
        assert located(twin, needle) == located(lf, needle)


def test_cp1252_falls_back_with_a_warning(tmp_path):
    content = "Café prices rose to €20 – a “record”.\n"
    path = write(tmp_path / "a.txt", content, encoding="cp1252")
    article, warnings = read_one(path)
    assert article.text == content
    assert warnings == [ReadWarning(path=path, message="not UTF-8; read as cp1252")]


def test_other_legacy_encodings_are_guessed(tmp_path):
    content = "Москва — столица России, в ней живут 13 миллионов человек.\n" * 5
    article, warnings = read_one(write(tmp_path / "a.txt", content, encoding="cp1251"))
    assert article.text == content
    assert warnings[0].message == "not UTF-8; read as cp1251"


def test_invalid_utf8_is_read_with_a_warning_not_a_crash(tmp_path):
    path = write(tmp_path / "a.txt", b"It is 17 km long \x81\x8d\x90 and \xc3( more.\n")
    article, warnings = read_one(path)
    assert "17 km" in article.text
    assert len(warnings) == 1 and warnings[0].message.startswith("not UTF-8; read as ")


def test_utf16_with_bom_is_not_mistaken_for_binary(tmp_path):
    article, warnings = read_one(write(tmp_path / "a.txt", "It is 17 km long.\n", encoding="utf-16"))
    assert article.text == "It is 17 km long.\n"
    assert warnings[0].message.startswith("not UTF-8; read as utf-16")


# -- folders ----------------------------------------------------------------------------


def test_folder_is_read_recursively_in_path_order(tmp_path):
    folder = tmp_path / "story"
    for name in ["b.txt", "a.md", "sub/c.html", "sub/deeper/d.json", "A.TXT"]:
        content = '{"text": "x"}' if name.endswith(".json") else "x"
        write(folder / name, content)
    for ignored in ["notes.docx", "README", ".hidden.txt", ".git/e.txt"]:
        write(folder / ignored, "x")
    articles, warnings = read_paths([str(folder)])
    names = ["A.TXT", "a.md", "b.txt", "sub/c.html", "sub/deeper/d.json"]
    assert [a.path for a in articles] == [os.path.join(str(folder), name) for name in names]
    assert warnings == []


def test_folder_paths_keep_the_spelling_given(tmp_path, monkeypatch):
    write(tmp_path / "story" / "sub" / "a.txt", "x")
    monkeypatch.chdir(tmp_path)
    assert [a.path for a in read_paths(["story/"])[0]] == ["story/sub/a.txt"]
    assert [a.path for a in read_paths(["./story"])[0]] == ["./story/sub/a.txt"]


def test_files_and_folders_keep_command_line_order(tmp_path):
    write(tmp_path / "story" / "a.txt", "x")
    last = write(tmp_path / "z.txt", "x")
    first = write(tmp_path / "y.txt", "x")
    articles, _ = read_paths([first, str(tmp_path / "story"), last])
    assert [a.path for a in articles] == [first, str(tmp_path / "story" / "a.txt"), last]


def test_same_file_twice_is_read_once(tmp_path):
    path = write(tmp_path / "story" / "a.txt", "x")
    articles, warnings = read_paths([str(tmp_path / "story"), path])
    assert len(articles) == 1
    assert warnings == [ReadWarning(path=path, message="same file given twice; read once")]


def test_bad_files_in_a_folder_are_skipped_with_warnings(tmp_path):
    folder = tmp_path / "story"
    good = write(folder / "good.txt", "It is 17 km long.")
    binary = write(folder / "binary.txt", b"PK\x03\x04\x00\x00binary")
    empty = write(folder / "empty.txt", "  \n\t\n")
    broken = write(folder / "broken.md", "---\ntitle: [unclosed\n---\nBody\n")
    no_text = write(folder / "no_text.json", '{"title": "x"}')
    large = write(folder / "large.txt", "x" * 2000)
    articles, warnings = read_paths([str(folder)], max_bytes=1000)
    assert [a.path for a in articles] == [good]
    assert {w.path: w.message.split(" (")[0].split(":")[0] for w in warnings} == {
        binary: "binary file, not text",
        broken: "invalid front matter",
        empty: "empty article",
        large: "too large",
        no_text: 'expected a JSON object with a "text" string',
    }


# -- errors -----------------------------------------------------------------------------


def error_of(paths, **options) -> InputError:
    with pytest.raises(InputError) as caught:
        read_paths(paths, **options)
    return caught.value


def test_missing_path(tmp_path):
    missing = str(tmp_path / "nope.txt")
    err = error_of([missing])
    assert str(err) == f"{missing}: no such file or folder"


def test_folder_without_articles(tmp_path):
    write(tmp_path / "story" / "notes.docx", "x")
    err = error_of([str(tmp_path / "story")])
    assert err.path == str(tmp_path / "story")
    assert "no articles found" in err.message


def test_folder_where_every_article_is_bad(tmp_path):
    empty = write(tmp_path / "story" / "a.txt", "")
    err = error_of([str(tmp_path / "story")])
    assert err.message == f"no readable articles (1 skipped; first: {empty}: empty article)"


@pytest.mark.parametrize(
    "name, content, expected",
    [
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file, not text (NUL bytes)"),
        ("empty.txt", b"", "empty article"),
        ("blank.md", b" \n\n  \t\n", "empty article"),
        ("front_only.md", b"---\ntitle: x\n---\n\n", "empty article (no text outside the markup)"),
        ("scripts.html", b"<script>var a = 1;</script><nav>Home</nav>", "empty article (no text outside the markup)"),
        ("list.json", b'[{"text": "x"}]', 'expected a JSON object with a "text" string'),
        ("title.json", b'{"text": "x", "title": ["a"]}', '"title" must be a string'),
    ],
)
def test_bad_file_given_explicitly_is_an_error(tmp_path, name, content, expected):
    path = write(tmp_path / name, content)
    err = error_of([path])
    assert (err.path, err.line, err.message) == (path, None, expected)


@pytest.mark.parametrize(
    "content, line, message",
    [
        ("---\ntitle: ok\nsource: [unclosed\n---\nBody\n", 4, "invalid front matter: expected ',' or ']'"),
        ("---\ntitle: a: b\n---\nBody\n", 2, "invalid front matter: mapping values are not allowed here"),
        ("---\ntitle: a\ntitle: b\n---\nBody\n", 3, 'invalid front matter: found duplicate key "title"'),
        ("---\n- just\n- a list\n---\nBody\n", 2, "invalid front matter: expected key: value lines"),
        ("---\ntitle: x\nsource:\n  name: AP\n---\nBody\n", 3, "invalid front matter: source must be text"),
        ("---\ndate: 2024-02-30\n---\nBody\n", 1, "invalid front matter: day is out of range for month"),
        ("---\ntitle: never closed\nBody\n", 1, "front matter opened with --- is never closed"),
    ],
)
def test_malformed_front_matter_names_file_and_line(tmp_path, content, line, message):
    path = write(tmp_path / "a.md", content)
    err = error_of([path])
    assert err.path == path
    assert err.line == line
    assert err.message.startswith(message)
    assert str(err).startswith(f"{path}:{line}: {message}")


def test_invalid_json_names_the_line(tmp_path):
    path = write(tmp_path / "a.json", '{\n  "text": "x",\n  "title": oops\n}')
    err = error_of([path])
    assert str(err) == f"{path}:3: invalid JSON: Expecting value"


def test_too_large_file(tmp_path):
    path = write(tmp_path / "a.txt", "x" * 3 * 1024 * 1024)
    err = error_of([path], max_bytes=2 * 1024 * 1024)
    assert str(err) == f"{path}: too large: 3.0 MB (limit 2.0 MB)"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path):
    path = write(tmp_path / "a.txt", "x")
    os.chmod(path, 0)
    assert error_of([path]).message == "cannot read: Permission denied"


@pytest.mark.parametrize(
    "name, content",
    [
        ("a.md", "---\ntitle: >\n  folded\n bad: [\n---\nx\n"),
        ("a.json", '{"text":\n\n'),
        ("a.txt", b"\x00\x01"),
        ("a.txt", ""),
    ],
)
def test_every_error_is_one_line(tmp_path, name, content):
    assert "\n" not in str(error_of([write(tmp_path / name, content)]))
    assert "\n" not in str(InputError("a.txt", "first\nsecond", line=3))
    assert str(ReadWarning(path="a.txt", message="skipped\n  here")) == "a.txt: skipped here"


# -- size -------------------------------------------------------------------------------


@pytest.mark.parametrize("name, head", [("big.txt", ""), ("big.md", "---\ntitle: Big\n---\n")])
def test_a_20_mb_article_reads_quickly(tmp_path, name, head):
    paragraph = "The bridge is 17 km long and cost $3.2 billion, officials said.\n\n"
    content = head + paragraph * (20 * 1024 * 1024 // len(paragraph))
    path = write(tmp_path / name, content)
    started = time.perf_counter()
    article, _ = read_file(path)
    last = article.text.rindex("17 km")
    assert article.locate(last) == (content.count("\n") - 1, 15)
    assert time.perf_counter() - started < 5
