"""Recall and false findings of each rule on the mutation suite (fixtures/mutations.yaml).

For every injected error: did its rule fire on the injected claims (recall), and did anything
else new appear (false findings)? Also counts errors on the unmutated seeds, which must be zero.

    python bench/mutation_bench.py [--write]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from results import write_section  # noqa: E402

from factcheck.engine import run_rules  # noqa: E402
from factcheck.mutations import load_mutations, run_mutations  # noqa: E402
from factcheck.pipeline import extract_paths  # noqa: E402
from factcheck.rules import load_rules  # noqa: E402

SEEDS = str(ROOT / "fixtures" / "seeds")
SECTION = "## mutation suite"


def table() -> str:
    rules = load_rules()
    outcomes = run_mutations([SEEDS], load_mutations(ROOT / "fixtures" / "mutations.yaml"), rules)
    per_rule: dict[str, list] = defaultdict(list)
    for o in outcomes:
        per_rule[o.mutation.rule].append(o)
    baseline_errors = sum(f.severity.value == "error" for f in run_rules(extract_paths([SEEDS]), rules).findings)
    lines = ["| rule | mutations | fired | recall | false findings |", "|---|---:|---:|---:|---:|"]
    for rule, items in sorted(per_rule.items()):
        fired = sum(o.fired for o in items)
        extra = sum(len(o.extra) for o in items)
        lines.append(f"| {rule} | {len(items)} | {fired} | {fired / len(items):.2f} | {extra} |")
    total = len(outcomes)
    fired = sum(o.fired for o in outcomes)
    lines.append(f"| **all** | {total} | {fired} | {fired / total:.2f} | {sum(len(o.extra) for o in outcomes)} |")
    lines.append("")
    lines.append(f"Errors on the unmutated seeds: {baseline_errors}.")
    lines.append("")
    lines.append(
        "Caveat: the mutations were written by the developers who tuned the checks, on the same five seed"
        " articles, so this recall is an upper bound; injected errors in unseen articles will fare worse."
    )
    missed = [f"- {o.mutation.id}: fired={o.fired}, extra={o.extra}" for o in outcomes if not o.passed]
    return "\n".join(lines + (["", "Not passing:", *missed] if missed else []))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="record the table in bench/RESULTS.md")
    args = parser.parse_args()
    body = table()
    print(body)
    if args.write:
        write_section(SECTION, "mutation_bench.py", body)
