"""The NewsQuant scorer (bench/newsquant.py), loaded once for the tests that score extraction with it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCORER = Path(__file__).resolve().parents[2] / "bench" / "newsquant.py"


@pytest.fixture(scope="session")
def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("newsquant_bench", SCORER)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module
