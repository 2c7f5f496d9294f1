"""Whether a page's body speaks in its writer's voice (the summary's column test), kept from
one build of a folder to the next: the same answers, worked out once."""

from __future__ import annotations

from pathlib import Path

from briefgen.kept_verdicts import memo, remembering
from briefgen.models import Document
from briefgen.structure.opinion import is_column

VOICED = " ".join(
    [
        "I suppose the harbour at Marlow was always going to be rebuilt one day.",
        "We have waited long enough for the council to make up its mind on it.",
        "My own view is that the new quay will serve the town for a century.",
        "I have walked its old stones every morning since I was a small child.",
        "Our children deserve a harbour that does not flood with every tide.",
    ]
)
REPORTED = " ".join(
    [
        "The council approved the new harbour at Marlow on Monday.",
        '"We have waited long enough," said Ann Holt, the council leader.',
        "Work on the quay is due to begin in the spring, officials said.",
    ]
)


def _page(doc: str, text: str) -> Document:
    return Document(doc, doc, "txt", text, "", "2024-03-04", "stated")


def test_a_pages_voice_is_read_once_and_kept_for_the_next_build(tmp_path: Path) -> None:
    pages = [_page(f"voiced-{tmp_path.name}", VOICED), _page(f"news-{tmp_path.name}", REPORTED)]
    outside = [is_column(p) for p in pages]
    assert outside == [True, False]
    cache = tmp_path / "cache.sqlite"
    with remembering(cache):
        assert [is_column(p) for p in pages] == outside
        kept = memo("essay_voice")
        assert kept is not None and kept.worked_out == 2
    with remembering(cache):  # the next build of the folder
        assert [is_column(p) for p in pages] == outside
        kept = memo("essay_voice")
        assert kept is not None and kept.worked_out == 0
