"""Writing one benchmark's section of bench/RESULTS.md, leaving every other section alone.

Shared by the bench scripts (each run as `python bench/<name>.py`, so this folder is on sys.path).
"""

from __future__ import annotations

import os
import platform
import re
import subprocess
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine() -> str:
    return (
        f"{cpu()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"load average {os.getloadavg()[0]:.1f} at the end"
    )


def write_section(heading: str, script: str, body: str) -> None:
    """Replace (or append) the section that starts with ``heading`` ("## archive")."""
    stamp = subprocess.run(["date", "-u"], capture_output=True, text=True).stdout.strip()
    section = (
        f"{heading}\n\n`python bench/{script} --write` ({script}; see its docstring for the corpus).\n"
        f"Date: {stamp}. Machine: {machine()}.\n\n{body.rstrip()}\n"
    )
    text = RESULTS.read_text("utf-8") if RESULTS.exists() else "# Benchmark results\n"
    sections = re.split(r"(?m)^(?=## )", text)
    kept = [s for s in sections[1:] if not s.startswith(heading + "\n")]
    RESULTS.write_text(
        sections[0].rstrip("\n") + "\n\n" + "".join(s.rstrip("\n") + "\n\n" for s in kept) + section, "utf-8"
    )
