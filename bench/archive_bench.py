"""Checking a draft against an archive of 10,000 indexed articles, against re-reading them.

    python bench/archive_bench.py              # build (or reuse) the archive, print a Markdown table
    python bench/archive_bench.py --write      # and record it in bench/RESULTS.md ("## archive")
    python bench/archive_bench.py --rebuild    # regenerate the corpus and re-index from scratch

Why: `check --against` promises that once the archive is indexed, checking one draft costs
about as much as checking the draft alone: the related articles come back as stored JSON, never
re-read or re-extracted. Target: under 1 s for one draft against 10,000 indexed articles,
measured after the index exists and after start-up (imports and quantulum3's tables cost the
same ~2 s with or without an archive; the cold command is timed too).

Corpus: 10,000 articles in 200 stories of 50. Each article is a seed (fixtures/seeds) edited as
bench/check_bench.py edits them (figures slipped or re-united, qualifiers and synonyms swapped,
paragraphs dropped or shuffled), cut to its first paragraphs to keep indexing to minutes; story
0 keeps the seeds' names, every other story renames the countries, people, places and bodies, so
an archive holds many stories that share subjects ("trade", "workers"), outlets' boilerplate and
the names every story mentions (US, NATO, Reuters), but not their own actors.
The corpus and archive are cached (``--cache``) and reused while they hold 10,000 articles;
the build time recorded with them is the cost of reading and extracting the whole archive.

The draft is seed 000 with the trade figure slipped to "$3.14 million". Measured in one warm
process (median of 5 after a warm-up): ``check_paths([draft], against=archive)`` with the
story lookup timed inside it; and the alternative, ``check_paths([draft, *files])`` re-reading
and re-extracting the very articles the lookup found. Both must report the same findings.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from check_bench import SEEDS, _article
from results import RESULTS, write_section

REPO = Path(__file__).resolve().parent.parent
HEADING = "## archive"
ARTICLES, STORIES, PARAGRAPHS = 10_000, 200, 8
SEED = 20171005
TARGET_SECONDS = 1.0
ROUNDS = 5

# What makes a story its own: its countries (with capitals), people, minor places and bodies,
# renamed in every story but story 0. The outlets' boilerplate and the big names every story
# mentions (US, UN, NATO, Reuters) stay, as they would in a real archive.
COUNTRIES = (
    (r"North Korea(?:n)?|DPRK|Democratic People’s Republic of Korea", r"Pyongyang"),
    (r"Russia(?:n)?", r"Moscow|(?:the )?Kremlin"),
    (r"China|Chinese", r"Beijing"),
)
PEOPLE = (r"Kim\s+Jong[\s-]+Un", r"(?:Vladimir\s+)?Putin", r"(?:Donald\s+)?Trump", r"(?:Andrey\s+)?Kortunov",
          r"(?:Barack\s+)?Obama", r"Assad", r"Yuri\s+Maltsev")
PLACES = (r"Vladivostok", r"Tumangan", r"Belarus", r"Ukraine")
BODIES = (r"Russian\s+International\s+Affairs\s+Council", r"KCNA")
STEMS = ("Val", "Kor", "Mar", "Tes", "Dun", "Ost", "Bel", "Zan", "Lor", "Fen")
ENDS = ("doria", "mark", "avia", "istan", "land", "onia", "ara")
FIRST = ("Ivo", "Lena", "Arto", "Mira", "Tomas", "Ines", "Oskar", "Vera", "Pavel", "Nadia")
NAMES_PER_STORY = len(COUNTRIES) + len(PEOPLE) + len(PLACES) + len(BODIES)


def _place(n: int) -> str:
    """A made-up name, different for every n below 7,000."""
    return STEMS[n % 10] + STEMS[n // 10 % 10].lower() + STEMS[n // 100 % 10].lower() + ENDS[n // 1000 % 7]


def _story(text: str, story: int) -> str:
    """The article retold about other countries, people, places and bodies (story 0: as written)."""
    if story == 0:
        return text
    names = iter(range(story * NAMES_PER_STORY, (story + 1) * NAMES_PER_STORY))
    for pattern in BODIES:  # first: "Russian International Affairs Council" is not about Russia
        text = re.sub(pattern, f"{_place(next(names))} Council", text)
    for country, capital in COUNTRIES:
        name = _place(next(names))
        text = re.sub(capital, f"{name} City", re.sub(country, name, text))
    for pattern in PEOPLE:
        n = next(names)
        text = re.sub(pattern, f"{FIRST[n % 10]} {_place(n)}sen", text, flags=re.I)
    for pattern in PLACES:
        text = re.sub(pattern, _place(next(names)), text)
    return text


def write_corpus(folder: Path, n: int) -> None:
    seeds = [p.read_text("utf-8") for p in SEEDS]
    for i in range(n):
        story, seed = i % STORIES, i // STORIES % len(seeds)
        text = _article(seeds[seed], random.Random(SEED + i))
        text = "\n\n".join(text.split("\n\n")[:PARAGRAPHS])
        (folder / f"s{story:03d}").mkdir(exist_ok=True)
        (folder / f"s{story:03d}" / f"a{i:05d}_{SEEDS[seed].stem[:3]}.txt").write_text(_story(text, story), "utf-8")


def build(cache: Path, rebuild: bool) -> dict:
    """The corpus and its archive, reused when complete; with the time the build took."""
    corpus, db, stamp = cache / "corpus", cache / "archive.db", cache / "build.json"
    if not rebuild and stamp.exists() and db.exists():
        built = json.loads(stamp.read_text("utf-8"))
        if built.get("articles") == ARTICLES:
            return {**built, "reused": True}
    shutil.rmtree(cache, ignore_errors=True)
    corpus.mkdir(parents=True)
    write_corpus(corpus, ARTICLES)
    from factcheck.archive import index_paths

    start = time.perf_counter()
    summary = index_paths([str(corpus)], str(db), progress=_report_progress)
    built = {"articles": summary.indexed, "seconds": time.perf_counter() - start, "skipped": summary.skipped}
    stamp.write_text(json.dumps(built), "utf-8")
    return {**built, "reused": False}


def _report_progress(done: int, total: int) -> None:
    if done % 500 == 0 or done == total:
        print(f"  indexed {done:,}/{total:,}", file=sys.stderr)


def _median(fn, rounds: int = ROUNDS) -> tuple[float, object]:
    result = fn()  # warm-up: lazy tables, page cache
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def _draft_findings(report, draft: str) -> list[tuple]:
    return sorted((f.rule, f.fingerprint()) for f in report.findings if any(c.article == draft for c in f.claims))


def measure(cache: Path, built: dict) -> dict:
    import factcheck.archive as archive
    from factcheck.config import Settings
    from factcheck.engine import check_paths

    db = str(cache / "archive.db")
    draft = cache / "draft.txt"
    draft.write_text(SEEDS[0].read_text("utf-8").replace("$31.4 million", "$3.14 million"), "utf-8")
    lookups: list[float] = []
    original = archive.related

    def timed_related(*args, **kwargs):
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            lookups.append(time.perf_counter() - start)

    archive.related = timed_related
    against, with_archive = _median(lambda: check_paths([str(draft)], Settings(against=db)))
    archive.related = original
    lookup = statistics.median(lookups[1:])
    files = [a.path for a in with_archive.report.articles[1:]]
    reread, from_files = _median(lambda: check_paths([str(draft), *files]))
    alone, _ = _median(lambda: check_paths([str(draft)]))
    same = _draft_findings(with_archive.report, str(draft)) == _draft_findings(from_files.report, str(draft))
    cold = _cold([sys.executable, "-m", "factcheck", "check", str(draft), "--against", db])
    cold_alone = _cold([sys.executable, "-m", "factcheck", "check", str(draft)])
    return {
        "against": against, "lookup": lookup, "reread": reread, "alone": alone, "related": len(files),
        "own_story": sum("/s000/" in path for path in files),
        "findings": len(with_archive.report.findings), "same": same, "cold": cold, "cold_alone": cold_alone,
        "db_mb": os.path.getsize(db) / 2**20, "built": built,
    }


def _cold(command: list[str]) -> float:
    """Best of three wall times of a fresh command (start-up included)."""
    times = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return min(times)


def table(r: dict) -> str:
    built = r["built"]
    rate = built["articles"] / built["seconds"]
    ok = r["against"] < TARGET_SECONDS
    return "\n".join([
        f"Archive: {built['articles']:,} articles in {STORIES} stories, {r['db_mb']:.0f} MB of SQLite; "
        f"indexing them took {built['seconds']:.0f} s ({rate:.0f} articles/s, {os.cpu_count()} cores)"
        + (" (recorded when the cached archive was built)" if built["reused"] else "") + ".",
        f"Draft: one article of story 0; the story lookup returned {r['related']} related articles, "
        f"{r['own_story']} of them from story 0 (the others share its outlets' boilerplate and subjects); "
        f"{r['findings']} finding{'s' if r['findings'] != 1 else ''}, "
        + ("the same as re-reading them gives." if r["same"] else "**not** the same as re-reading them gives."),
        "",
        "| check one draft (warm process, median of 5) | seconds | vs --against |",
        "|---|--:|--:|",
        f"| `--against` the 10,000-article archive | {r['against']:.3f} | 1x |",
        f"| of which the story lookup (SQL + rebuilding {r['related']} articles from JSON) | {r['lookup']:.3f} | |",
        f"| re-reading and re-extracting the same {r['related']} articles instead | {r['reread']:.3f} | {r['reread'] / r['against']:.1f}x |",
        f"| re-reading the whole archive instead (its indexing time) | {built['seconds']:.0f} | {built['seconds'] / r['against']:,.0f}x |",
        f"| the draft alone, no archive | {r['alone']:.3f} | {r['alone'] / r['against']:.2f}x |",
        "",
        f"Cold command, start-up included (best of 3): `factcheck check draft --against archive.db` {r['cold']:.2f} s, "
        f"`factcheck check draft` {r['cold_alone']:.2f} s.",
        "",
        f"- one draft against {built['articles']:,} indexed articles in {r['against']:.3f} s "
        f"(target < {TARGET_SECONDS:.0f} s): " + ("**pass**" if ok else "**FAIL**"),
    ]) + "\n"


def main() -> None:
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("--write", action="store_true", help="record the results in bench/RESULTS.md")
    cli.add_argument("--rebuild", action="store_true", help="regenerate the corpus and archive")
    cli.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "factcheck-archive-bench",
                     help="where the corpus and archive are kept between runs")
    args = cli.parse_args()
    built = build(args.cache, args.rebuild)
    body = table(measure(args.cache, built))
    print(body)
    if args.write:
        write_section(HEADING, "archive_bench.py", body)
        print(f"recorded in {RESULTS.relative_to(REPO)}")


if __name__ == "__main__":
    main()
