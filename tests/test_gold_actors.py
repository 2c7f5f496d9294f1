"""The "who is who" golds' checker (benchmarks/gold/validate_actors.py) on both kinds of corpus:
a folder of .txt files (PolNeAR dev) and a JSONL file whose rows hold the texts (MJ_bbc)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

GOLD_DIR = Path(__file__).resolve().parents[1] / "benchmarks" / "gold"


def _validator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "validate_actors", GOLD_DIR / "validate_actors.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


va = _validator()

ROWS = [
    {"id": "2020-01-01/a", "time": "2020-01-01", "text": "Ada Byrne met Tom Hale.\nByrne left."},
    {"id": "2020-01-02/b", "time": "2020-01-02", "text": "Later, Byrne's aide called Ada Byrne."},
]


def _corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in ROWS), encoding="utf-8")
    return path


def _gold(tmp_path: Path, mentions: list[list[object]]) -> Path:
    path = tmp_path / "gold.jsonl"
    actor = {"id": "ada-byrne", "name": "Ada Byrne", "type": "person", "mentions": mentions}
    path.write_text(json.dumps(actor) + "\n", encoding="utf-8")
    return path


def test_jsonl_rows_are_read_by_id_and_offsets_index_their_text(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    texts = va.read_texts(corpus)
    assert texts == {r["id"]: r["text"] for r in ROWS}
    mentions = [["2020-01-01/a", 0, 9], ["2020-01-01/a", 24, 29], ["2020-01-02/b", 7, 12]]
    mentions.append(["2020-01-02/b", 27, 36])
    assert va.validate(_gold(tmp_path, sorted(mentions)), corpus) == []


def test_a_span_off_by_one_or_in_an_unknown_row_is_reported(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    gold = _gold(tmp_path, [["2020-01-01/a", 0, 10], ["2020-01-03/c", 0, 3]])
    errors = va.validate(gold, corpus)
    assert any("'Ada Byrne '" in e and "whitespace" in e for e in errors)
    assert any("unknown file 2020-01-03/c" in e for e in errors)


def test_a_folder_of_text_files_is_read_by_file_name(tmp_path: Path) -> None:
    for n, row in enumerate(ROWS):
        (tmp_path / f"{n}.txt").write_text(row["text"], encoding="utf-8")
    gold = _gold(tmp_path, [["0.txt", 0, 9], ["1.txt", 27, 36]])
    assert va.validate(gold, tmp_path) == []


@pytest.mark.parametrize("name", sorted(va.CORPORA))
def test_the_committed_golds_are_valid(name: str) -> None:
    source = va.EVAL_DIR / va.CORPORA[name]
    if not source.exists():
        pytest.skip(f"{source} not present")
    assert va.validate(GOLD_DIR / name, source) == []
