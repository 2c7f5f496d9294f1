"""The sieve's per-document work kept in the structure cache: what the copy search reads of
each text (its sentences, its MinHash signature) and what the corpus's central names read
of each body. A rebuild finds the same copies and the same stories as a cold build, reads
an unchanged text's sketch back (even from a renamed, reordered copy of the corpus) and
sketches an edited one again. Invented articles about an invented ferry strike."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from briefgen.ingest import ingest
from briefgen.models import Document
from briefgen.structure import copies, stories
from briefgen.structure import sieve as sieve_module
from briefgen.structure.cached import StructureCache
from briefgen.structure.sieve import Sieved, sieve

_VOCABULARY = """
crews managers union talks pay rosters safety pensions timetables fuel tickets repairs
harbour pier morning evening council board vote offer deal strike week month year
passengers drivers engineers officials workers ferry boats routes island mainland
said told warned agreed refused asked expected planned hoped feared offered rejected
new old late early long short fair hard small large first last next
"""
WORDS = _VOCABULARY.split()


def _article(i: int) -> str:
    """Sentences of words drawn at random (seeded by ``i``): no two articles alike, but
    for one sentence each names the company in."""
    draw = random.Random(i)
    words = [[draw.choice(WORDS) for _ in range(14)] for _ in range(12)]
    sentences = [" ".join(w).capitalize() + "." for w in words]
    return " ".join(["Crews of the Marrow Ferry Company met managers again on Monday.", *sentences])


DIGEST = """Five Things to Know for Today

Your daily look at the stories that will be talked about today:

1. MARROW FERRY CREWS WALK OUT.

The Marrow Ferry crews walked out on Tuesday after talks with the Marrow Ferry Company broke down.

2. FLOODS CUT OFF MOUNTAIN VILLAGES.

Rescuers reached three villages cut off by floods for a week on 14 March.

3. SPRINTER SETS INDOOR RECORD.

The champion ran the 60 metres in 6.2 seconds at the indoor games on Saturday.
"""


def _rows() -> list[dict[str, str]]:
    rows = [
        {
            "id": f"a{i}",
            "time": "2026-03-16",
            "title": f"Ferry talks, round {i}",
            "text": _article(i),
        }
        for i in range(10)
    ]
    # a wire story run again with its last sentence cut: a near-copy of a0
    cut = _article(0).rsplit(". ", 1)[0] + "."
    rows.append({"id": "copy", "time": "2026-03-16", "title": "Ferry talks, round 0", "text": cut})
    rows.append(
        {"id": "digest", "time": "2026-03-16", "title": "Five Things to Know", "text": DIGEST}
    )
    return rows


def _documents(
    folder: Path, rows: list[dict[str, str]], name: str = "corpus.jsonl"
) -> list[Document]:
    path = folder / name
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return list(ingest([path]).documents)


def _seen(sieved: Sieved) -> object:
    """What a user sees of the sieve: the documents read with their blocks, and the notes."""
    return (
        sorted((d.id, d.blocks) for d in sieved.documents),
        sorted((n.doc, n.message) for n in sieved.notes),
    )


@pytest.fixture
def sketched(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts the copy search sketched, and (prefixed "shingles:") shingled."""
    seen: list[str] = []
    sketch, shingles = copies.sketch, copies._shingles

    def spy_sketch(text: str) -> copies.Sketch:
        seen.append(text)
        return sketch(text)

    def spy_shingles(text: str) -> set[bytes]:
        seen.append(f"shingles:{text}")
        return shingles(text)

    monkeypatch.setattr(copies, "sketch", spy_sketch)
    monkeypatch.setattr(copies, "_shingles", spy_shingles)
    return seen


def test_a_rebuild_finds_the_same_copies_and_stories_as_a_cold_build(tmp_path: Path) -> None:
    docs = _documents(tmp_path, _rows())
    uncached = sieve(docs)
    with StructureCache(tmp_path / "cache.sqlite") as cache:
        cold = sieve(docs, cache=cache)
    with StructureCache(tmp_path / "cache.sqlite") as cache:
        rebuilt = sieve(docs, cache=cache)
    assert _seen(cold) == _seen(uncached) == _seen(rebuilt)
    # the fixture holds what the cache must keep alike: a copy, and a digest's other stories
    assert any(n.doc == "copy" and n.dropped == "duplicate" for n in rebuilt.notes)
    digest = next(d for d in rebuilt.documents if d.id == "digest")
    assert {b.kind for b in digest.blocks} >= {"story_break", "other_story"}


def test_a_renamed_reordered_corpus_is_not_sketched_again_an_edited_text_is(
    tmp_path: Path, sketched: list[str]
) -> None:
    rows = _rows()
    with StructureCache(tmp_path / "cache.sqlite") as cache:
        cold = sieve(_documents(tmp_path, rows), cache=cache)
    assert len([s for s in sketched if not s.startswith("shingles:")]) == len(rows)
    assert any(s.startswith("shingles:") for s in sketched)  # the copy made MinHash run
    sketched.clear()

    # the same articles in another order, in a file of another name
    moved = _documents(tmp_path, rows[::-1], name="renamed.jsonl")
    with StructureCache(tmp_path / "cache.sqlite") as cache:
        again = sieve(moved, cache=cache)
    # no text sketched again; shingles only for the pair LSH names as candidates
    assert [s for s in sketched if not s.startswith("shingles:")] == []
    assert {s.removeprefix("shingles:") for s in sketched} <= {rows[0]["text"], rows[10]["text"]}
    assert _seen(again) == _seen(sieve(moved))
    assert _seen(cold) != _seen(again)  # reordered: the cut copy now comes first and is kept
    sketched.clear()

    edited = [dict(r) for r in rows]
    edited[3]["text"] = edited[3]["text"].replace("on Monday", "on Tuesday", 1)
    docs = _documents(tmp_path, edited)
    with StructureCache(tmp_path / "cache.sqlite") as cache:
        rebuilt = sieve(docs, cache=cache)
    assert [s for s in sketched if not s.startswith("shingles:")] == [edited[3]["text"]]
    assert _seen(rebuilt) == _seen(sieve(docs))


def test_a_rebuild_reads_the_bodies_names_back_rather_than_the_bodies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    named: list[str] = []
    original = stories.naming

    def spy(document: Document) -> stories.Naming:
        named.append(document.id)
        return original(document)

    monkeypatch.setattr(stories, "naming", spy)
    monkeypatch.setattr(sieve_module, "naming", spy)
    docs = _documents(tmp_path, _rows())
    with StructureCache(tmp_path / "cache.sqlite") as cache:
        cold = sieve(docs, cache=cache)
    assert sorted(named) == sorted(d.id for d in cold.documents)
    named.clear()
    with StructureCache(tmp_path / "cache.sqlite") as cache:
        rebuilt = sieve(docs, cache=cache)
    assert named == []
    assert _seen(rebuilt) == _seen(cold)
