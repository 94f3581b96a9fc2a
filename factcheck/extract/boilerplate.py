"""Page furniture ("Join over 2.3 million subscribers", "Copyright © 2013 - 2019") is scraped
along with the article; its figures are kept but marked, so checks skip them by default."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from factcheck.extract.lexicon import lexicon


@cache
def _pattern() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in lexicon().boilerplate), re.I)


def is_boilerplate(text: str, start: int) -> bool:
    """Whether the physical line holding ``start`` is page furniture."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    return _furniture(text[line_start: line_end if line_end >= 0 else len(text)])


@lru_cache(maxsize=4096)
def _furniture(line: str) -> bool:
    """Cached per line: claims share lines, and an unwrapped article can be one long line."""
    return bool(_pattern().search(line))
