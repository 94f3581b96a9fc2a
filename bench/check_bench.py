"""How `factcheck check` scales with the size of a story cluster.

    python bench/check_bench.py                  # print a Markdown table
    python bench/check_bench.py --write          # and record it in bench/RESULTS.md ("## check scaling")
    python bench/check_bench.py --profile 1000   # cProfile align + rules on 1,000 articles

Why: a real cluster is hundreds of rewrites of a few wire stories, and align + rules compare
claims *across* articles, so a pairwise step hides easily; extraction is per article and
should be linear. This benchmark checks the whole path (read → extract → align → rules → JSON
report) stays near-linear: fitted exponent of time against n <= 1.2, and 1,000 articles in
under 60 s (wall time of the whole process, start-up included) on a 2-core machine.

Corpus: every article is one of the five seeds (fixtures/seeds) with edits, deterministic
(article i uses random.Random(SEED + i), so each cluster contains the smaller ones): most
figures kept, some scaled (a slip: x2, x10, ...), some switched unit (km/miles,
million/billion), some qualifiers swapped or added, an occasional date off by a day, a few
words replaced by synonyms, and paragraphs after the lede sometimes reordered or dropped.

Each size runs in a fresh subprocess so peak memory (ru_maxrss) is that size's alone. The
child calls ``factcheck.engine.check_paths`` with its stages wrapped in timers: extraction
(read + extract), align, the rules (building findings and the report), what check_paths does
around them (rule loading, suppressions, baseline), then the JSON renderer.
Start-up (imports, rule loading, extracting the five seeds once: lazy loads) is timed apart so the
fitted exponent reflects the work that grows with n.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from results import RESULTS, write_section

REPO = Path(__file__).resolve().parent.parent
SEEDS = sorted((REPO / "fixtures" / "seeds").glob("*.txt"))
HEADING = "## check scaling"
SIZES = (10, 100, 1000)
SEED = 20171005
TARGET_EXPONENT, TARGET_SECONDS = 1.2, 60.0

FIGURE = re.compile(r"(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?=(?P<gap>\s*)(?P<unit>%|(?:km|miles|million|billion)\b)|,\d{3})")
UNIT_SWAP = {"km": "miles", "miles": "km", "million": "billion", "billion": "million"}
QUALIFIERS = ("more than", "at least", "about", "around", "nearly", "almost")
QUALIFIER = re.compile(r"\b(?:" + "|".join(QUALIFIERS) + r")\b", re.I)
DATE = re.compile(r"\b(?P<month>(?:January|February|March|April|May|June|July|August|September|October|November|December|Aug\.|Oct)\s+)(?P<day>\d{1,2}),")
SYNONYMS = {
    "quietly": "discreetly", "began": "started", "angry": "irritated", "fears": "worries", "strongly": "firmly",
    "boosting": "stepping up", "remains": "is still", "said": "stated", "tougher": "stricter", "believes": "thinks",
}


# ---------------------------------------------------------------- corpus

def _number(value: float, like: str) -> str:
    decimals = len(like.split(".")[1]) if "." in like else 0
    text = f"{value:,.{decimals}f}" if "," in like or value >= 10_000 else f"{value:.{decimals}f}"
    return text if float(text.replace(",", "")) else like


def _edit_figure(rng: random.Random, m: re.Match) -> str:
    num, unit = m["num"], m["unit"]
    roll = rng.random()
    if roll < 0.70:
        return num
    if roll < 0.82:  # a slip in the figure
        return _number(float(num.replace(",", "")) * rng.choice((0.1, 0.5, 0.8, 1.25, 1.5, 2, 3, 10)), num)
    if roll < 0.90 and unit in UNIT_SWAP:  # the same figure in another unit; the gap is kept
        return num + (m["gap"] or " ") + UNIT_SWAP[unit] + "\u2063"  # marker: drop the old unit below
    return f"{rng.choice(QUALIFIERS)} {num}"


def _article(seed_text: str, rng: random.Random) -> str:
    text = FIGURE.sub(lambda m: _edit_figure(rng, m), seed_text)
    text = re.sub(r"\u2063(%|km|miles|million|billion)", "", text)
    text = QUALIFIER.sub(lambda m: rng.choice(QUALIFIERS) if rng.random() < 0.15 else m[0], text)
    text = DATE.sub(lambda m: f"{m['month']}{int(m['day']) + 1}," if rng.random() < 0.03 else m[0], text)
    for word, other in SYNONYMS.items():
        if rng.random() < 0.4:
            text = re.sub(rf"\b{word}\b", other, text)
    paragraphs = text.split("\n\n")
    head, body = paragraphs[:3], paragraphs[3:]
    if body and rng.random() < 0.3:
        body.pop(rng.randrange(len(body)))
    if rng.random() < 0.3:
        rng.shuffle(body)
    return "\n\n".join(head + body)


def write_cluster(folder: Path, n: int) -> None:
    seeds = [p.read_text("utf-8") for p in SEEDS]
    for i in range(n):
        rng = random.Random(SEED + i)
        (folder / f"a{i:04d}_{SEEDS[i % len(SEEDS)].stem[:3]}.txt").write_text(_article(seeds[i % len(seeds)], rng), "utf-8")


# ---------------------------------------------------------------- child: one size, one process

def child(folder: str) -> None:
    import resource

    start = time.perf_counter()
    import factcheck.engine as engine
    from factcheck.rules import load_rules

    load_rules(None)
    engine.extract_paths([str(p) for p in SEEDS])  # first parses load quantulum3 tables and other lazy state
    startup = time.perf_counter() - start

    times: dict[str, float] = {"extract": 0.0, "align": 0.0, "rules": 0.0}

    def timed(name, fn):
        def wrapper(*args, **kwargs):
            t = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                times[name] += time.perf_counter() - t
        return wrapper

    engine.extract_paths = timed("extract", engine.extract_paths)
    engine.align = timed("align", engine.align)
    engine.run_rules = timed("rules", engine.run_rules)
    t = time.perf_counter()
    result = engine.check_paths([folder])
    check = time.perf_counter() - t
    t = time.perf_counter()
    rendered = render_json(result.report)
    times["json"] = time.perf_counter() - t
    times["rules"] -= times["align"]  # run_rules calls align
    times["other"] = check - times["extract"] - times["align"] - times["rules"]  # rule loading, suppressions, baseline
    print(json.dumps({
        **times, "startup": startup, "check": check, "wall": time.perf_counter() - start,
        "articles": len(result.report.articles), "claims": sum(a.claims for a in result.report.articles),
        "findings": len(result.report.findings), "json_mb": len(rendered.encode()) / 2**20,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }))


def render_json(report) -> str:
    try:
        from factcheck.report import RENDERERS
        return RENDERERS["json"](report)
    except ImportError:  # before the report package has its registry
        return report.model_dump_json(indent=2) + "\n"


def profile(folder: str, top: int = 25) -> None:
    """cProfile align + rules (extraction done first, outside the profile)."""
    import cProfile
    import pstats

    from factcheck.engine import run_rules
    from factcheck.pipeline import extract_paths
    from factcheck.rules import load_rules

    rules, extraction = load_rules(None), extract_paths([folder])
    prof = cProfile.Profile()
    prof.runcall(run_rules, extraction, rules)
    pstats.Stats(prof).sort_stats("cumulative").print_stats(top)
    pstats.Stats(prof).sort_stats("tottime").print_stats(top)


# ---------------------------------------------------------------- parent

def measure(sizes: tuple[int, ...]) -> list[dict]:
    rows = []
    with tempfile.TemporaryDirectory(prefix="check_bench.") as tmp:
        for n in sizes:
            folder = Path(tmp) / f"n{n}"
            folder.mkdir()
            write_cluster(folder, n)
            out = subprocess.run([sys.executable, __file__, "--child", str(folder)], capture_output=True, text=True, check=True)
            rows.append({"n": n, **json.loads(out.stdout.strip().splitlines()[-1])})
            print(f"  n={n}: {rows[-1]['wall']:.1f} s", file=sys.stderr)
    return rows


def slope(xs: list[float], ys: list[float]) -> float:
    """Least-squares slope of log(y) against log(x)."""
    lx, ly = [math.log(x) for x in xs], [math.log(max(y, 1e-6)) for y in ys]
    mx, my = sum(lx) / len(lx), sum(ly) / len(ly)
    return sum((a - mx) * (b - my) for a, b in zip(lx, ly)) / sum((a - mx) ** 2 for a in lx)


def local(a: dict, b: dict, *keys: str) -> float:
    """Exponent between two sizes from the sum of ``keys``."""
    return slope([a["n"], b["n"]], [max(sum(a[k] for k in keys), 1e-6), max(sum(b[k] for k in keys), 1e-6)])


def table(rows: list[dict]) -> str:
    ns = [r["n"] for r in rows]
    fit = {key: slope(ns, [r[key] for r in rows]) for key in ("check", "extract", "align", "rules", "json")}
    fit["align+rules"] = slope(ns, [r["align"] + r["rules"] for r in rows])
    biggest = rows[-1]
    lines = [
        "| articles | claims | findings | extract s | align s | rules s | other s | JSON s | JSON MB | check s | wall s | peak MB |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        *(
            f"| {r['n']:,} | {r['claims']:,} | {r['findings']:,} | {r['extract']:.2f} | {r['align']:.3f} | {r['rules']:.3f} | {r['other']:.3f} "
            f"| {r['json']:.3f} | {r['json_mb']:.2f} | {r['check']:.2f} | {r['wall']:.1f} | {r['peak_mb']:.0f} |"
            for r in rows
        ),
        "",
        "check = the `check_paths` call: extract + align + rules + other (rule loading, suppressions, baseline); "
        "JSON = rendering the report; wall = the whole process: start-up "
        f"(~{rows[0]['startup']:.1f} s: imports, rules, one warm-up pass over the seeds) + check + JSON.",
        "",
        "Growth exponents (least-squares slope of log time against log n): "
        + ", ".join(f"{k} {v:.2f}" for k, v in fit.items())
        + f"; findings {slope(ns, [max(r['findings'], 1) for r in rows]):.2f}.",
        "Between consecutive sizes (fixed costs weigh less at the larger end): "
        + "; ".join(
            f"{a['n']:,}→{b['n']:,}: check {local(a, b, 'check'):.2f}, align + rules {local(a, b, 'align', 'rules'):.2f}, "
            f"findings {local(a, b, 'findings'):.2f}"
            for a, b in zip(rows, rows[1:])
        ) + ".",
        "",
        f"- exponent of check time {fit['check']:.2f} (target <= {TARGET_EXPONENT}): "
        + ("**pass**" if fit["check"] <= TARGET_EXPONENT else "**FAIL**"),
        f"- {biggest['n']:,} articles in {biggest['wall']:.1f} s wall (target < {TARGET_SECONDS:.0f} s): "
        + ("**pass**" if biggest["wall"] < TARGET_SECONDS else "**FAIL**"),
        f"- share of check time at {biggest['n']:,} articles: extraction {biggest['extract'] / biggest['check']:.0%}, "
        f"align + rules {(biggest['align'] + biggest['rules']) / biggest['check']:.0%}",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("--write", action="store_true", help="record the results in bench/RESULTS.md")
    cli.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    cli.add_argument("--profile", type=int, metavar="N", help="profile align + rules on N articles instead")
    cli.add_argument("--child", help=argparse.SUPPRESS)
    args = cli.parse_args()
    if args.child:
        return child(args.child)
    if args.profile:
        with tempfile.TemporaryDirectory(prefix="check_bench.") as tmp:
            write_cluster(Path(tmp), args.profile)
            return profile(tmp)
    body = table(measure(tuple(args.sizes)))
    print(body)
    if args.write:
        write_section(HEADING, "check_bench.py", body)
        print(f"recorded in {RESULTS.relative_to(REPO)}")


if __name__ == "__main__":
    main()
