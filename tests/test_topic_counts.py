"""The query's mentions as a reader of the page counts them: the note of a page not read
gives that number, and the topic decision is made on the same reading."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from briefgen.models import Document

ROOT = Path(__file__).resolve().parents[1]


def _write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def _sieve(tmp_path: Path, query: str) -> tuple[list[Document], dict[str, str]]:
    """The documents read, and each dropped one's note."""
    from briefgen.ingest import ingest
    from briefgen.structure.sieve import sieve

    done = sieve(ingest([str(tmp_path / "in")]).documents, query.split(","))
    return list(done.documents), {n.doc: n.message for n in done.notes if n.dropped}


def _checker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("notes_check", ROOT / "benchmarks/notes_check.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _filler(n: int, subject: str = "The harbour board") -> list[str]:
    return [
        f"{subject} met for the {i}th time this season and agreed that the new ferry timetable "
        f"would start after the repairs to the north pier were finished."
        for i in range(n)
    ]


def _long_page(mentions: list[str]) -> str:
    """A page of about 3,000 words on the harbour, naming the flu in the given sentences."""
    lines = _filler(120)
    for k, sentence in enumerate(mentions):
        lines[20 + 5 * k] = sentence
    return "Harbour board agrees new ferry timetable\n\n" + "\n".join(lines) + "\n"


MENTIONS = [
    "Passengers were asked to stay at home if they had symptoms of swine flu.",
    "The board said a swine-flu outbreak among the crews had delayed the repairs.",
    "Two workers were tested for the H1N1 virus.",
    "A leaflet on the new H1N1 swine flu strain was put up in the ticket hall.",
]


def test_the_note_counts_every_form_of_the_query_as_a_reader_does(tmp_path: Path) -> None:
    # "swine flu", "swine-flu" and "H1N1" are three mentions; "H1N1 swine flu" names it
    # once by two names: four in all, too few for a page of 3,000 words
    _write(tmp_path / "in", "harbour.txt", _long_page(MENTIONS))
    read, notes = _sieve(tmp_path, "swine flu,H1N1")
    assert read == []
    assert "names it 4 times (on topic from 2 times" in notes["harbour.txt"]
    text = (tmp_path / "in" / "harbour.txt").read_text(encoding="utf-8")
    assert _checker().ReaderCount(["swine flu", "H1N1"]).mentions(text) == 4


def test_readers_comments_naming_the_query_are_named_in_the_note(tmp_path: Path) -> None:
    post = "\n".join(_filler(8))
    comments = "\n".join(
        [
            "At 09:12 on 22 Jun 2009, harbourwatcher wrote: Is this because of swine flu?",
            "The crews I know are fine.",
            "At 10:40 on 22 Jun 2009, ferryfan wrote: Swine flu is everywhere this summer.",
            "I read that H1N1 closed two ferry ports in the south.",
        ]
    )
    _write(tmp_path / "in", "blog.txt", f"Ferry timetable news\n\n{post}\n{comments}\n")
    read, notes = _sieve(tmp_path, "swine flu,H1N1")
    assert read == []
    # the body does not name it, the page does three times: the note says where
    assert "names it not once (besides 3 in readers' comments;" in notes["blog.txt"]


def test_another_persons_given_name_before_the_surname_is_not_the_query() -> None:
    from briefgen.structure.topic import query_pattern

    corpus = [
        "Michael Jackson said he would tour again. Mr Jackson said the shows would sell out.",
        "Jackson told the court he was well. But Jackson said little else.",
        "The tour was long but Mr Jackson was fine, and the fans stayed but the Press left.",
        "James Jackson from Leeds would like to trace his grandfather's farm.",
        "My father was james Pryce and he had an older brother.",  # a reader's typing
        "James said the archive was closed. James wrote again in May.",
    ]
    pattern = query_pattern(["Michael Jackson"], corpus)
    assert pattern is not None
    assert pattern.search("But Jackson said little else.")
    assert not pattern.search("James Jackson from Leeds would like to trace his farm.")


def test_a_quotation_broken_before_a_capital_is_one_sentence(tmp_path: Path) -> None:
    # a quotation broken at "influenza A mortality" is one sentence: its opening words are
    # no caption, and its mention of the query is the body's
    from briefgen.structure.model import extraction_view

    lines = _filler(6)
    lines[4] = (
        '"It is too early to say why the H1N1 influenza A mortality rate is higher here," '
        "the harbour doctor said."
    )
    # a pull quote glued before a paragraph, its opening mark lost, is still cut off
    lines[3] = (
        'We kept every boat sailing all winter" The harbour master said the crews had '
        "worked through the storms without a break."
    )
    _write(tmp_path / "in", "ferry.txt", "Ferries keep running\n\n" + "\n".join(lines) + "\n")
    from briefgen.ingest import ingest
    from briefgen.structure.sieve import sieve

    (document,) = sieve(ingest([str(tmp_path / "in")]).documents).documents
    body = extraction_view(document.text, document.blocks)
    assert '"It is too early to say why the H1N1 influenza A mortality' in body
    assert "The harbour master said" in body
    assert "every boat sailing" not in body
