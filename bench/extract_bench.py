"""Extraction speed relative to bare quantulum3, and CLI start-up relative to bare Python.

    python bench/extract_bench.py            # print a Markdown table
    python bench/extract_bench.py --write    # and record it in bench/RESULTS.md
    python bench/extract_bench.py --profile  # and list our hotspots outside quantulum3

What it measures, in one run on one text:

1. ``extract_claims`` (the code path behind ``factcheck extract``) over every article, against
   quantulum3's ``parser.parse`` over every sentence of the same articles (split by our own
   splitter, whitespace flattened as ours does, so both see exactly the same sentences).
   Corpus: the seed articles plus the NewsQuant sentences joined into ~20-sentence articles.
   Both are warmed up first (quantulum3's first parse loads its unit tables); that cold start is
   measured separately, in fresh processes. Timed over several rounds; medians are reported.
2. Wall time of ``factcheck --help`` against ``python -c pass``, both as subprocesses.

Machines and load vary, so the numbers that matter are the ratios, not absolute times:
target ours / quantulum3 <= 1.5 (quantulum3 is the floor: we call it on every sentence) and
``factcheck --help`` < 0.5 s. Benchmark data is read from ../shared/benchmarks (never copied).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
import warnings
from datetime import datetime, timezone
from importlib.metadata import version
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
NEWSQUANT = REPO / ".." / "shared" / "benchmarks" / "newsquant" / "NewsQuant.json"
RESULTS = REPO / "bench" / "RESULTS.md"
SENTENCES_PER_ARTICLE = 20
TARGET_RATIO, TARGET_HELP = 1.5, 0.5

from factcheck.extract import extract_claims  # noqa: E402
from factcheck.extract.sentences import split_sentences  # noqa: E402
from factcheck.models import Article  # noqa: E402

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from quantulum3 import parser as q3


def corpus() -> list[Article]:
    articles = [Article(path=p.name, text=p.read_text("utf-8")) for p in sorted((REPO / "fixtures" / "seeds").glob("*.txt"))]
    texts = [item["text"].strip() for item in json.loads(NEWSQUANT.read_text("utf-8"))]
    for i in range(0, len(texts), SENTENCES_PER_ARTICLE):
        articles.append(Article(path=f"newsquant-{i // SENTENCES_PER_ARTICLE:02d}", text=" ".join(texts[i:i + SENTENCES_PER_ARTICLE])))
    return articles


def sentences(article: Article) -> list[str]:
    return [re.sub(r"\s", " ", article.text[s:e]) for s, e in split_sentences(article.text)]


def ours(article: Article) -> int:
    return len(extract_claims(article))


def bare(sents: list[str]) -> int:
    with warnings.catch_warnings():  # ours silences quantulum3's warnings the same way, per sentence
        warnings.simplefilter("ignore")
        return sum(len(q3.parse(s)) for s in sents)


def timed(fn, arg) -> float:
    start = time.perf_counter()
    fn(arg)
    return time.perf_counter() - start


def wall(argv: list[str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return times


def cold(code: str) -> float:
    """Seconds from a fresh interpreter's first import to the end of its first call."""
    out = subprocess.run([sys.executable, "-W", "ignore", "-c", code], check=True, capture_output=True, text=True, cwd=REPO)
    return float(out.stdout)


COLD_Q3 = "import time; t=time.perf_counter(); from quantulum3 import parser; parser.parse('about 3 km'); print(time.perf_counter()-t)"
COLD_OURS = (
    "import time, pathlib; t=time.perf_counter(); from factcheck.extract import extract_claims; from factcheck.models import Article; "
    "p=sorted(pathlib.Path('fixtures/seeds').glob('*.txt'))[0]; extract_claims(Article(path=p.name, text=p.read_text())); "
    "print(time.perf_counter()-t)"
)


def cpu() -> str:
    info = Path("/proc/cpuinfo")
    lines = info.read_text().splitlines() if info.exists() else []
    model = next((line.split(":", 1)[1].strip() for line in lines if line.startswith("model name")), platform.processor())
    return f"{model or 'unknown CPU'}, {os.cpu_count()} cores"


def machine() -> str:
    return f"{platform.platform()}; {cpu()}; Python {platform.python_version()}; quantulum3 {version('quantulum3')}"


def measure(rounds: int, cli_runs: int) -> dict:
    articles = corpus()
    sents = [sentences(a) for a in articles]
    claims = [ours(a) for a in articles]  # warm-up: unit tables, lexicons, gazetteer, pint registry, regex caches
    for ss in sents:
        bare(ss)
    # per round and article: [ours, bare] seconds; the two alternate so drift (load, clocks) hits both alike
    times = [[[0.0, 0.0] for _ in articles] for _ in range(rounds)]
    for r in range(rounds):
        gc.collect()
        for i, (article, ss) in enumerate(zip(articles, sents)):
            for which in (0, 1) if (r + i) % 2 == 0 else (1, 0):
                times[r][i][which] = timed(ours, article) if which == 0 else timed(bare, ss)
    seeds = sum(1 for a in articles if not a.path.startswith("newsquant"))
    groups = []
    for name, part in (("seed articles", slice(0, seeds)), ("NewsQuant articles", slice(seeds, None)), ("**all**", slice(None))):
        ours_s = statistics.median(sum(t[0] for t in rnd[part]) for rnd in times)
        bare_s = statistics.median(sum(t[1] for t in rnd[part]) for rnd in times)
        n_sents = sum(len(ss) for ss in sents[part])
        groups.append({"name": name, "articles": len(articles[part]), "sentences": n_sents, "claims": sum(claims[part]),
                       "ours_s": ours_s, "bare_s": bare_s, "ratio": ours_s / bare_s})
    exe = shutil.which("factcheck", path=str(Path(sys.executable).parent)) or "factcheck"
    helps, passes = wall([exe, "--help"], cli_runs), wall([sys.executable, "-c", "pass"], cli_runs)
    return {
        "groups": groups, "rounds": rounds, "cold_q3": cold(COLD_Q3), "cold_ours": cold(COLD_OURS),
        "help_best": min(helps), "help_median": statistics.median(helps),
        "pass_best": min(passes), "pass_median": statistics.median(passes), "cli_runs": cli_runs,
    }


def table(r: dict) -> str:
    ok = lambda good: "ok" if good else "**over target**"  # noqa: E731
    total = r["groups"][-1]
    lines = [
        f"Extraction: median of {r['rounds']} rounds after warm-up; NewsQuant sentences joined {SENTENCES_PER_ARTICLE} to an article.",
        "",
        "| corpus | articles | sentences | claims | factcheck | bare quantulum3 | ratio | factcheck sent/s | quantulum3 sent/s | claims/s |",
        "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for g in r["groups"]:
        lines.append(
            f"| {g['name']} | {g['articles']} | {g['sentences']} | {g['claims']} | {g['ours_s']:.3f} s | {g['bare_s']:.3f} s "
            f"| {g['ratio']:.2f}x | {g['sentences'] / g['ours_s']:.0f} | {g['sentences'] / g['bare_s']:.0f} "
            f"| {g['claims'] / g['ours_s']:.0f} |"
        )
    return "\n".join(lines + [
        "",
        "| measure | factcheck | baseline | target |",
        "|---|--:|--:|---|",
        f"| extraction time / bare quantulum3 time, all | {total['ratio']:.2f}x | 1x | <= {TARGET_RATIO}x "
        f"{ok(total['ratio'] <= TARGET_RATIO)} |",
        f"| cold start: import + first call, fresh process (baseline: quantulum3) | {r['cold_ours']:.2f} s | {r['cold_q3']:.2f} s | |",
        f"| `factcheck --help` wall time, best of {r['cli_runs']} (baseline: `python -c pass`) | {r['help_best']:.3f} s "
        f"| {r['pass_best']:.3f} s | < {TARGET_HELP} s {ok(r['help_best'] < TARGET_HELP)} |",
        f"| `factcheck --help` wall time, median (baseline: `python -c pass`) | {r['help_median']:.3f} s | {r['pass_median']:.3f} s | |",
    ])


def record(body: str) -> None:
    """Add this run as a section of RESULTS.md; a run on the same machine the same day replaces it."""
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    key = f"## extract_bench, {stamp[:10]}, {cpu()}"
    section = f"{key}\n\nRun at {stamp}. {body}\n"
    text = RESULTS.read_text("utf-8")
    sections = re.split(r"(?m)^(?=## )", text)
    kept = [s for s in sections[1:] if not s.startswith(key + "\n")]
    RESULTS.write_text(sections[0].rstrip("\n") + "\n\n" + section + "".join("\n" + s.rstrip("\n") + "\n" for s in kept), "utf-8")


def profile(articles: list[Article], top: int = 20) -> None:
    """cProfile of one pass of ours: where the time goes in factcheck's own functions.

    Cumulative shares include callees (regex searches, pint, pydantic); quantulum3's own share is
    printed first, so what is left is ours.
    """
    import cProfile
    import pstats

    prof = cProfile.Profile()
    prof.runcall(lambda: [ours(a) for a in articles])
    stats = pstats.Stats(prof).stats
    total = max(ct for (_, _, _, ct, _) in stats.values())
    q3_share = sum(ct for (file, _, fn), (_, _, _, ct, _) in stats.items() if fn == "parse" and file.endswith("quantulum3/parser.py"))
    print(f"\nProfile (cProfile, one pass, {total:.2f} s): quantulum3 parse {q3_share / total:.0%}; "
          f"factcheck functions by cumulative share:")
    rows = sorted(((ct, tt, n, f"{Path(file).parent.name}/{Path(file).name}:{line} {fn}")
                   for (file, line, fn), (_, n, tt, ct, _) in stats.items() if f"{os.sep}factcheck{os.sep}" in file), reverse=True)
    for ct, tt, n, where in rows[:top]:
        print(f"  {ct / total:6.1%} cum  {tt / total:6.1%} own  {n:>6} calls  {where}")


def main() -> None:
    cli = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    cli.add_argument("--rounds", type=int, default=5, help="timed rounds of each extractor (median reported)")
    cli.add_argument("--cli-runs", type=int, default=10, help="runs of `factcheck --help` and `python -c pass`")
    cli.add_argument("--write", action="store_true", help="record the results in bench/RESULTS.md")
    cli.add_argument("--profile", action="store_true", help="also profile our extraction (cProfile)")
    opts = cli.parse_args()
    body = f"Machine: {machine()}\n\n{table(measure(opts.rounds, opts.cli_runs))}"
    print(body)
    if opts.write:
        record(body)
        print(f"\nrecorded in {RESULTS.relative_to(REPO)}")
    if opts.profile:
        profile(corpus())


if __name__ == "__main__":
    main()
