"""Each document's content terms read once a build from the cache's kept terms
(``kept_terms``): the events' merge (``merge_events``), the story's words (``OnStory``) and
the views weigh the same shares, and a build with a cache tokenizes no whole text for them
again. A rebuild reads the shares of the texts it has seen, works out the new text's and
the one whose entry is corrupt, and writes the brief.json a build without a cache writes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from rebuild_fixtures import NOW, brief_json

from briefgen import kept_terms
from briefgen.aggregate import terms as terms_module
from briefgen.aggregate.events import merge_events
from briefgen.config import load_config
from briefgen.extract.cache import cache_path
from briefgen.kept_terms import read_terms
from briefgen.models import Brief, Extraction
from briefgen.on_story import OnStory
from briefgen.pipeline import BuildResult, build_brief
from briefgen.structure.cached import structure_settings

# Ten reports of one story (the story's words are read from ten sources on), and an
# eleventh for the rebuild.
_DAYS = range(3, 14)
_TEMPLATE = (
    "Marlow bridge works, day {n}\n\nMarch {day}, 2022\n\n"
    "Mayor Ann Holt said on {day} March 2022 that the repairs of the Marlow bridge would "
    "take {n} more weeks. Engineer Tom Reed told the council the river had risen again. "
    "The ferry to Eastby carried {n}00 passengers while the bridge was closed."
)


def _write(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n, day in enumerate(list(_DAYS)[:count], start=1):
        text = _TEMPLATE.format(n=n, day=day)
        (folder / f"report{n:02}.txt").write_text(text, encoding="utf-8")
    return folder


def _build(inputs: Path, output: Path, *, cache: bool = True) -> BuildResult:
    config = load_config(
        None, inputs=[str(inputs)], output_dir=str(output), formats="json,md", cache=cache
    )
    return build_brief(config, now=NOW)


@pytest.fixture
def tokenized(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text asked of the terms' tokenizer (``terms._terms``), from now on."""
    seen: list[str] = []
    original = terms_module._terms

    def spy(text: str) -> tuple[str, ...]:
        seen.append(text)
        return original(text)

    monkeypatch.setattr(terms_module, "_terms", spy)
    return seen


def _whole(seen: list[str], brief: Brief) -> list[str]:
    """The texts of ``seen`` that hold a document's whole text."""
    texts = [d.text for d in brief.documents]
    return [t for t in seen if any(text in t for text in texts)]


def test_a_build_with_a_cache_tokenizes_no_whole_text_for_its_content_terms(
    tmp_path: Path, tokenized: list[str], worked_out: list[str]
) -> None:
    cold = _build(_write(tmp_path / "in", 10), tmp_path / "out")
    assert len(worked_out) == 10  # each text's share worked out once, for every stage
    assert len(cold.brief.documents) == 10 and tokenized  # the sentences are tokenized
    assert _whole(tokenized, cold.brief) == []
    # without a cache, the texts are read as they always were
    tokenized.clear()
    uncached = _build(tmp_path / "in", tmp_path / "plain", cache=False)
    assert _whole(tokenized, uncached.brief)


def test_a_rebuild_reads_the_kept_terms_works_out_a_corrupt_one_and_writes_the_same_brief(
    tmp_path: Path, tokenized: list[str], worked_out: list[str]
) -> None:
    inputs = _write(tmp_path / "in", 10)
    _build(inputs, tmp_path / "a")
    # one report's entry spoilt: its bytes no longer match their checksum
    text = (inputs / "report04.txt").read_text(encoding="utf-8")
    key = kept_terms._key(text, structure_settings())
    with sqlite3.connect(cache_path(tmp_path / "a")) as db:
        assert db.execute("UPDATE terms SET value = ? WHERE key = ?", (b"spoilt", key)).rowcount
    _write(inputs, 11)
    # The cache moved to a fresh folder: no previous brief, so the JSON compares whole.
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / ".cache").rename(tmp_path / "b" / ".cache")
    worked_out.clear()
    tokenized.clear()
    rebuilt = _build(inputs, tmp_path / "b")
    assert sorted(worked_out) == ["Marlow bridge works, day 11", "Marlow bridge works, day 4"]
    assert _whole(tokenized, rebuilt.brief) == []
    uncached = _build(inputs, tmp_path / "c", cache=False)
    assert brief_json(rebuilt) == brief_json(uncached)
    assert rebuilt.files["md"].read_text() == uncached.files["md"].read_text()


def test_the_kept_content_terms_give_the_story_and_the_events_the_texts_give(
    tmp_path: Path,
) -> None:
    built = _build(_write(tmp_path / "in", 10), tmp_path / "out", cache=False)
    brief = built.brief
    texts = {d.id: d.text for d in brief.documents}
    content = {doc: share.content for doc, share in read_terms(texts, None).by_doc.items()}
    extractions = [
        Extraction(
            document=d,
            mentions=tuple(m for a in brief.actors for m in a.mentions if m.doc == d.id),
            events=_events(brief, d.id),
        )
        for d in brief.documents
    ]
    read = OnStory.of((), extractions, brief.actors)
    kept = OnStory.of((), extractions, brief.actors, content)
    assert read.common and kept.common == read.common
    assert kept.segments == read.segments
    mentions = [m for x in extractions for m in x.events]
    assert mentions
    assert merge_events(extractions, content=content) == merge_events(extractions)


def _events(brief: Brief, doc: str) -> tuple:  # type: ignore[type-arg]
    return tuple(
        sorted(
            {m.id: m for e in brief.events for m in e.mentions if m.doc == doc}.values(),
            key=lambda m: (m.evidence.start, m.id),
        )
    )
