"""The corpus's word counts kept per document in the build's cache: a rebuild counts only
the new documents' words and writes the brief a build of the whole corpus writes; an entry
that does not check out is counted again."""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections import Counter
from dataclasses import fields
from pathlib import Path

import pytest
from rebuild_fixtures import ARTICLES, brief_json, build, write_corpus

from briefgen import corpuswords
from briefgen.aggregate.casing import common_phrases, common_words
from briefgen.aggregate.wordcounts import WordCounts
from briefgen.anaphora import story_words, story_words_of
from briefgen.extract.cache import _decoded, cache_path
from briefgen.extract.codec import decode, encode
from briefgen.models import Document, Extraction, Mention


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the documents whose words were counted."""
    seen: list[str] = []
    original = corpuswords._share

    def spy(x: Extraction) -> corpuswords.DocumentWords:
        seen.append(x.document.id)
        return original(x)

    monkeypatch.setattr(corpuswords, "_share", spy)
    return seen


def _moved(tmp_path: Path, old: str, new: str) -> Path:
    """The cache of ``old``'s build moved into a fresh output folder ``new`` (no previous
    brief there: the JSON compares whole)."""
    (tmp_path / new).mkdir()
    (tmp_path / old / ".cache").rename(tmp_path / new / ".cache")
    return tmp_path / new


def test_a_rebuild_with_one_new_article_counts_its_words_alone_and_writes_the_same_brief(
    tmp_path: Path, counted: list[str]
) -> None:
    inputs = write_corpus(tmp_path / "in", new=False)
    build(inputs, tmp_path / "a")
    assert sorted(counted) == ["bridge.txt", "ferry.txt"]
    counted.clear()
    write_corpus(inputs, new=True)
    rebuilt = build(inputs, _moved(tmp_path, "a", "b"))
    assert rebuilt.counts == {"extracted": 1, "from_cache": 2}
    assert counted == ["talks.txt"]
    # the whole corpus built at once, without the cache
    cold = build(inputs, tmp_path / "c", cache=False)
    assert brief_json(rebuilt) == brief_json(cold)


def test_a_corrupt_entry_is_ignored_and_its_document_counted_again(
    tmp_path: Path, counted: list[str]
) -> None:
    inputs = write_corpus(tmp_path / "in", new=True)
    first = build(inputs, tmp_path / "a")
    with sqlite3.connect(cache_path(tmp_path / "a")) as db:
        db.execute("UPDATE words SET value = X'00112233'")
    counted.clear()
    second = build(inputs, _moved(tmp_path, "a", "b"))
    assert sorted(counted) == ["bridge.txt", "ferry.txt", "talks.txt"]
    assert brief_json(second) == brief_json(first)


def _stored(entry: object, key: str = "k") -> bytes:
    """The bytes a cache entry is stored as (its checksum is checked before they are read)."""
    return zlib.compress(json.dumps({"key": key, "value": entry}).encode())


def test_an_entry_whose_words_and_counts_do_not_pair_up_is_not_read() -> None:
    share = corpuswords.DocumentWords.of("The swine flu spread. Swine flu cases rose.")
    good = encode(share)
    assert _decoded(corpuswords.DocumentWords, "k", _stored(good)) == share
    at = [f.name for f in fields(corpuswords.DocumentWords)].index("lower_n")
    counts = good["value"][at]

    def with_counts(other: list[object]) -> dict[str, object]:
        value = [other if i == at else v for i, v in enumerate(good["value"])]
        return {**good, "value": value}

    short = with_counts(counts[:-1])  # written by other code, or damaged
    assert _decoded(corpuswords.DocumentWords, "k", _stored(short)) is None
    flagged = with_counts([True for _ in counts])  # not numbers
    assert _decoded(corpuswords.DocumentWords, "k", _stored(flagged)) is None


TEXTS = {
    "a": "Swine Flu: the facts\nThe swine flu virus has reached Spain, Rosa Klebb said.",
    "b": "Doctors said swine flu spreads like seasonal flu. Rosa Klebb disagreed.",
    "c": "SWINE FLU ALERT\nSchools closed. Swine Flu is here, said Rosa Klebb.",
}


def _mention(doc: str, text: str) -> Mention:
    start = TEXTS[doc].index(text)
    return Mention(doc, start, start + len(text), text, "name", "person")


def test_the_counts_of_the_documents_added_up_are_the_corpus_s() -> None:
    """Each document's share, read back as the cache stores it, adds up to the counts of
    the corpus read at once: the same words found common, the same story words."""
    shares = [
        decode(corpuswords.DocumentWords, json.loads(json.dumps(encode(share))))
        for share in map(corpuswords.DocumentWords.of, TEXTS.values())
    ]
    summed = WordCounts()
    uses: Counter[str] = Counter()
    for share in shares:
        share.add_to(summed, uses)
    assert summed == WordCounts.of(TEXTS.values())
    assert story_words_of(uses, len(TEXTS)) == story_words(TEXTS.values())
    # "Swine Flu", read as a person's name in a headline and after a sentence's start, is
    # written "swine flu" in running text: a disease, no actor. A person's name is not.
    mentions = [
        _mention("a", "Swine Flu"),
        _mention("c", "Swine Flu"),
        _mention("a", "Rosa Klebb"),
        _mention("b", "Rosa Klebb"),
    ]
    assert common_phrases(mentions, TEXTS, summed) == {"swine flu"}
    assert common_words([_mention("a", "Swine")], summed) == {"swine"}


@pytest.mark.parametrize("town", ["Istanbul", "İstanbul"])
def test_a_phrase_written_inside_itself_is_counted_at_each_place(town: str) -> None:
    """ "la la la" writes "la la" twice, in lower case; "La La" once, capitalised inside a
    sentence: written more often in lower case, the name is a common phrase. The same
    where a letter lowered to two ("İ") moves the places of the lowered text."""
    texts = {"a": f"{town} fans sang la la la all night.", "b": "We met La La at the gate."}
    start = texts["b"].index("La La")
    mentions = [Mention("b", start, start + 5, "La La", "name", "person")]
    assert common_phrases(mentions, texts, WordCounts.of(texts.values())) == {"la la"}
    # once in lower case, once capitalised: a name
    texts["a"] = f"{town} fans sang la la all night."
    assert common_phrases(mentions, texts, WordCounts.of(texts.values())) == set()


def test_a_document_s_share_is_a_function_of_its_text_alone() -> None:
    text = ARTICLES["bridge.txt"]
    doc = Document(id="x", source="x", format="txt", text=text, title="t")
    assert corpuswords._share(Extraction(document=doc)) == corpuswords.DocumentWords.of(text)


def test_a_build_counts_each_new_document_s_words_while_the_others_are_extracted(
    tmp_path: Path, counted: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The aggregate stage runs on one core: what it reads of the words it finds stored,
    # each document's share counted as its extraction arrived, and once.
    inputs = write_corpus(tmp_path / "in", new=True)
    stored_first: list[int] = []
    original = corpuswords.corpus_words

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        with sqlite3.connect(cache_path(tmp_path / "a")) as db:
            stored_first.append(db.execute("SELECT count(*) FROM words").fetchone()[0])
        return original(*args, **kwargs)

    monkeypatch.setattr(corpuswords, "corpus_words", spy)
    first = build(inputs, tmp_path / "a")
    assert stored_first == [3]
    assert sorted(counted) == ["bridge.txt", "ferry.txt", "talks.txt"]
    assert brief_json(first) == brief_json(build(inputs, tmp_path / "c", cache=False))
