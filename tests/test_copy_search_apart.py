"""The copy search's MinHash library (datasketch, numpy, scipy: ~50 MB) loaded in a forked
child, not in the build's process, with the same answer as the search made here."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from briefgen import beside
from briefgen.models import Document
from briefgen.structure import copies
from briefgen.structure.copies import Sketch, find_copies


def _doc(text: str, doc_id: str, sha1: str) -> Document:
    return Document(id=doc_id, source=doc_id, format="txt", text=text, title="", sha1=sha1)


def _story(k: int) -> str:
    return " ".join(
        f"The council{k} of town{k} met{k} on day {i} to weigh{k} its plan{k} again{k}."
        for i in range(30)
    )


def _corpus() -> list[Document]:
    """Three pages, the first read twice (same hash) and edited once: a near-copy."""
    first = _doc(_story(0), "first.txt", "h0")
    return [
        first,
        _doc(_story(1), "1.txt", "h1"),
        _doc(first.text, "again.txt", "h0"),
        _doc(first.text + " The outlet added one line of its own.", "edited.txt", "h2"),
        _doc(_story(2), "2.txt", "h3"),
    ]


def _found(found: copies.Copies) -> tuple[list[str], dict[str, list[str]]]:
    return [d.id for d in found.kept], {k: [d.id for d in v] for k, v in found.copies.items()}


def test_the_search_forked_gives_this_process_s_documents_and_signatures(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    documents = _corpus()
    kept_sketch = copies.sketch(documents[1].text)
    here: dict[str, Sketch] = {"1.txt": kept_sketch}
    with monkeypatch.context() as m:
        m.setattr(copies.beside, "answer", lambda job: job())
        alone = find_copies(documents, sketches=here)
    forked: dict[str, Sketch] = {"1.txt": kept_sketch}
    found = find_copies(documents, sketches=forked)
    assert (
        _found(found)
        == _found(alone)
        == (
            ["first.txt", "1.txt", "2.txt"],
            {"first.txt": ["again.txt", "edited.txt"]},
        )
    )
    # the documents returned are the caller's own objects, not the child's copies
    assert all(any(d is o for o in documents) for d in found.kept)
    assert all(c is documents[3] for c in found.copies["first.txt"][1:])
    # each signature the search worked out comes back, for the cache: the same values,
    # and none for the exact copy, which is never signed
    assert forked == here
    assert forked["again.txt"].signature is None
    assert forked["edited.txt"].signature is not None


@pytest.mark.skipif(not beside.can_fork(), reason="needs fork")
def test_a_corpus_with_a_near_copy_leaves_no_minhash_library_in_this_process() -> None:
    """In a fresh interpreter (this one's tests may have imported it already)."""
    script = (
        "import sys\n"
        "from tests.test_copy_search_apart import _corpus, _found\n"
        "from briefgen.structure.copies import find_copies\n"
        "found = _found(find_copies(_corpus()))\n"
        "assert found[1] == {'first.txt': ['again.txt', 'edited.txt']}, found\n"
        "loaded = sorted(m for m in ('datasketch', 'scipy') if m in sys.modules)\n"
        "print(loaded)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert done.stdout.strip() == "[]"


def test_the_child_s_value_comes_back_and_its_error_is_raised_here() -> None:
    assert beside.answer(lambda: {"kept": [0, 2]}) == {"kept": [0, 2]}

    def broken() -> None:
        raise ValueError("no such page")

    with pytest.raises(ValueError, match="no such page"):
        beside.answer(broken)


def test_a_search_without_near_copies_forks_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(job: object) -> None:
        raise AssertionError("forked")

    monkeypatch.setattr(copies.beside, "answer", refused)
    documents = [_doc(_story(0), "a.txt", "h0"), _doc(_story(1), "b.txt", "h1")]
    assert _found(find_copies(documents)) == (["a.txt", "b.txt"], {})
