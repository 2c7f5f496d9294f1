"""The adjudicated TBAQ links are offsets, values and reasons only, each a real change."""

from __future__ import annotations

import json
from pathlib import Path

from briefgen.when import When

GOLD = Path(__file__).resolve().parents[1] / "benchmarks" / "gold" / "anchoring_adjudicated.jsonl"


def test_each_adjudicated_link_gives_a_value_the_gold_did_not_and_says_why() -> None:
    lines = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    assert lines
    keys = {"doc", "start", "end", "time_start", "time_end", "gold", "value", "reason"}
    for e in lines:
        assert set(e) == keys
        assert e["doc"].endswith(".tml") and 0 <= e["start"] < e["end"]
        assert When.of(e["gold"]) is not None and When.of(e["value"]) is not None
        assert e["value"] != e["gold"] and e["reason"]
    assert len({(e["doc"], e["start"]) for e in lines}) == len(lines)
