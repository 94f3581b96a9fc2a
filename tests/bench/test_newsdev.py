"""factcheck's extraction scored on the hand-written news-style sets in bench/newsdev (1,960 sentences).

They ship with the repository, so unlike the NewsQuant slice this runs everywhere. Floors sit about
1.5 points under the measured F1 (with 4,399 gold quantities one point is about 44 matches), so a
regression that loses a construction fails here.
"""

from __future__ import annotations

import pytest

# Measured 2026-11-25: 4,399 gold, 4,343 predicted; value F1 97.8, value+unit 92.4, value+change 94.8.
FLOORS = {"value": 96.3, "value+unit": 90.9, "value+change": 93.3}


@pytest.fixture(scope="module")
def tally(scorer):
    sentences = []
    for path in sorted(scorer.NEWSDEV.glob("*.json")):
        for s in scorer.load_file(path):
            sentences.append(scorer.Sentence(len(sentences), s.text, s.gold))
    assert len(sentences) >= 1960
    predictions = {s.index: scorer.factcheck_predictions(s.text) for s in sentences}
    return scorer.score(sentences, predictions, average_ranges=False, matcher="strict")


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_floors(tally, metric):
    p, r, f1 = tally.prf(metric)
    assert f1 >= FLOORS[metric], f"{metric} F1 {f1:.1f} (P {p:.1f}, R {r:.1f}) fell below the floor {FLOORS[metric]}"
