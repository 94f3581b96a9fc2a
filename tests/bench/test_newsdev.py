"""factcheck's extraction scored on the hand-written news-style sets in bench/newsdev (4,160 sentences).

They ship with the repository, so unlike the NewsQuant slice this runs everywhere. Floors sit about
1.5 points under the measured F1 (with 9,130 gold quantities one point is about 91 matches), so a
regression that loses a construction fails here.
"""

from __future__ import annotations

import pytest

# Measured 2026-11-25: 9,130 gold, 9,182 predicted; value F1 98.1, value+unit 94.1, value+change 95.4.
FLOORS = {"value": 96.6, "value+unit": 92.5, "value+change": 93.9}


@pytest.fixture(scope="module")
def tally(scorer):
    sentences = []
    for path in sorted(scorer.NEWSDEV.glob("*.json")):
        for s in scorer.load_file(path):
            sentences.append(scorer.Sentence(len(sentences), s.text, s.gold))
    assert len(sentences) >= 4160
    predictions = {s.index: scorer.factcheck_predictions(s.text) for s in sentences}
    return scorer.score(sentences, predictions, average_ranges=False, matcher="strict")


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_floors(tally, metric):
    p, r, f1 = tally.prf(metric)
    assert f1 >= FLOORS[metric], f"{metric} F1 {f1:.1f} (P {p:.1f}, R {r:.1f}) fell below the floor {FLOORS[metric]}"
