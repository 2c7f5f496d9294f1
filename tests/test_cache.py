"""The extraction cache: a rebuild extracts only what is new or changed, gives the same
brief, and never trusts an entry that does not check out; extraction of one document
depends on nothing but its inputs."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
import textwrap
import zlib
from dataclasses import fields, is_dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.config import load_config
from briefgen.extract import run
from briefgen.extract.cache import ExtractionCache, cache_path, cache_stats
from briefgen.extract.codec import DecodeError, decode, encode
from briefgen.models import Document, Extraction
from briefgen.pipeline import build_brief

NOW = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)
runner = CliRunner()

ARTICLES = {
    "grain.txt": (
        "Ministers agree on a grain deal\n\nJuly 15, 2021\n\n"
        "On 3 May 2021 ministers met in Paris. Anna Berg, the trade minister, said the deal "
        "would hold. The talks resumed on 12 July."
    ),
    "port.txt": (
        "Port reopens after strike\n\nJuly 20, 2021\n\n"
        "Dock workers ended their strike on 18 July 2021, the union said. Carlos Mendes, "
        "its leader, said pay talks would continue in August."
    ),
    "court.txt": (
        "Court rules on export ban\n\nAugust 2, 2021\n\n"
        "The high court struck down the export ban on 30 July 2021. Judge Mary Okafor said "
        "the ministry had exceeded its powers."
    ),
    # No date anywhere but a day and month: the corpus's usual year places it.
    "undated.txt": (
        "Farmers protest in the capital\n\n"
        "Thousands of farmers marched on 23 August. Their spokesman, Piet de Vries, said "
        "prices had fallen since the spring."
    ),
}


def _corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _build(inputs: Path, output: Path, **flags: object):  # type: ignore[no-untyped-def]
    config = load_config(None, inputs=[str(inputs)], output_dir=str(output), **flags)
    return build_brief(config, now=NOW)


def _brief_json(result) -> bytes:  # type: ignore[no-untyped-def]
    return (result.build_dir / "brief.json").read_bytes()


def _build_script(inputs: Path, output: Path, printed: str) -> str:
    """A script that builds ``inputs`` into ``output`` as JSON in a process of its own, at
    the minute given as its argument (a minute apart: two build folders), and prints
    ``printed`` (an expression of ``result`` and ``sys``)."""
    return textwrap.dedent(
        f"""
        import sys
        from datetime import UTC, datetime
        from briefgen.config import load_config
        from briefgen.pipeline import build_brief
        config = load_config(None, inputs=[{str(inputs)!r}], output_dir={str(output)!r},
                             formats="json")
        minute = int(sys.argv[1])
        result = build_brief(config, now=datetime(2026, 11, 23, 7, minute, tzinfo=UTC))
        print({printed})
        """
    )


def test_a_second_build_extracts_nothing_and_writes_the_same_brief(tmp_path: Path) -> None:
    inputs = _corpus(tmp_path / "in")
    first = _build(inputs, tmp_path / "a", formats="json")
    assert first.counts == {"extracted": 4, "from_cache": 0}
    # The same cache in a fresh output folder: same brief, nothing new to compare against.
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / ".cache").rename(tmp_path / "b" / ".cache")
    second = _build(inputs, tmp_path / "b", formats="json")
    assert second.counts == {"extracted": 0, "from_cache": 4}
    assert _brief_json(second) == _brief_json(first)
    manifest = json.loads((second.build_dir / "manifest.json").read_text())
    assert manifest["extraction"] == {"extracted": 0, "from_cache": 4}


def test_an_extraction_is_stored_without_its_text_and_blocks(tmp_path: Path) -> None:
    inputs = _corpus(tmp_path / "in")
    _build(inputs, tmp_path / "out", formats="json")
    with sqlite3.connect(cache_path(tmp_path / "out")) as db:
        values = [r[0] for r in db.execute("SELECT value FROM entries")]
    db.close()
    entries = [json.loads(zlib.decompress(v))["value"] for v in values]
    stored = [decode(Extraction, entry).document for entry in entries]
    assert len(stored) == 4
    assert all(d.text == "" and d.blocks == () and d.title for d in stored)


def test_entries_of_the_format_that_stored_the_text_are_never_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefgen.extract import cache

    inputs = _corpus(tmp_path / "in")
    current = cache.FORMAT
    monkeypatch.setattr(cache, "FORMAT", 3)
    with monkeypatch.context() as old:  # format 3 stored the document whole
        old.setattr(cache.ExtractionCache, "put", cache.EntryCache.put)
        first = _build(inputs, tmp_path / "a", formats="json")
    monkeypatch.setattr(cache, "FORMAT", current)
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / ".cache").rename(tmp_path / "b" / ".cache")
    second = _build(inputs, tmp_path / "b", formats="json")
    assert second.counts == {"extracted": 4, "from_cache": 0}
    assert _brief_json(second) == _brief_json(first)
    assert cache_stats(cache_path(tmp_path / "b")).entries == 4  # the old ones dropped


def test_a_build_the_cache_holds_whole_never_loads_the_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inputs = _corpus(tmp_path / "in")
    first = _build(inputs, tmp_path / "out", formats="json")
    assert "model" in first.timings

    def no_model() -> None:
        raise AssertionError("the model was loaded though every document was in the cache")

    monkeypatch.setattr("briefgen.extract.nlp.load_nlp", no_model)
    second = _build(inputs, tmp_path / "out", formats="json")
    assert second.counts == {"extracted": 0, "from_cache": 4}
    assert "model" not in second.timings
    assert json.loads(_brief_json(second))["events"] == json.loads(_brief_json(first))["events"]


def test_a_build_the_cache_holds_whole_does_not_import_spacy(tmp_path: Path) -> None:
    inputs = _corpus(tmp_path / "in")
    script = _build_script(
        inputs, tmp_path / "out", 'result.counts["from_cache"], "spacy" in sys.modules'
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", script, str(minute)], capture_output=True, text=True, check=True
        ).stdout.split()
        for minute in (0, 1)
    ]
    assert runs == [["0", "True"], ["4", "False"]]


def test_the_model_named_in_the_key_is_the_model_loaded(nlp) -> None:  # type: ignore[no-untyped-def]
    from briefgen.extract.model import model_info

    info = model_info()
    assert info.name == f"{nlp.meta['lang']}_{nlp.meta['name']}"
    assert info.version == nlp.meta["version"]
    assert info.pipeline == tuple(nlp.pipe_names)


def test_changing_one_document_extracts_exactly_that_one(tmp_path: Path) -> None:
    inputs = _corpus(tmp_path / "in")
    _build(inputs, tmp_path / "out", formats="json")
    with (inputs / "port.txt").open("a", encoding="utf-8") as fh:
        fh.write(" The first ship left on 21 July.")
    again = _build(inputs, tmp_path / "out", formats="json")
    assert again.counts == {"extracted": 1, "from_cache": 3}
    (inputs / "extra.txt").write_text(
        "Rail strike called off\n\nJuly 22, 2021\n\nThe rail union called off its strike."
    )
    third = _build(inputs, tmp_path / "out", formats="json")
    assert third.counts == {"extracted": 1, "from_cache": 4}
    assert "extra.txt" in {d.id for d in third.brief.documents}


@pytest.mark.parametrize("titled", [True, False])
def test_a_week_added_at_the_top_of_a_jsonl_file_extracts_only_the_new_articles(
    tmp_path: Path, titled: bool
) -> None:
    """A feed export puts the newest articles first: every older line moves down, and the
    file may be renamed each week. Where a document was read is no part of its entry, with
    a title or without one (a bare export: id, time, text), whose shown title is then its
    headline, not a stand-in naming the file."""

    def line(name: str, text: str) -> str:
        title = {"title": text.partition("\n\n")[0]} if titled else {}
        return json.dumps({"id": name, **title, "text": text, "time": "2021-08-02"})

    old = [line(n, t) for n, t in ARTICLES.items() if n != "undated.txt"]
    first = tmp_path / "week1.jsonl"
    first.write_text("\n".join(old) + "\n", encoding="utf-8")
    _build(first, tmp_path / "out", formats="json")
    second = tmp_path / "week2.jsonl"
    new = line("rail.txt", "Rail strike called off\n\nThe rail union called off its strike.")
    second.write_text("\n".join([new, *old]) + "\n", encoding="utf-8")
    again = _build(second, tmp_path / "out", formats="json")
    assert again.counts == {"extracted": 1, "from_cache": 3}
    # each document says where this build read it, not where the cached copy was read
    sources = {d.source for d in again.brief.documents}
    assert sources and all(s.startswith(str(second)) for s in sources), sources
    shown = json.loads((tmp_path / "out" / "latest" / "brief.json").read_text())
    titles = " ".join(str(d.get("title", "")) for d in shown["documents"])
    assert "jsonl" not in titles and "line " not in titles, titles


def test_a_shift_of_the_corpus_year_re_extracts_only_the_documents_that_read_it(
    tmp_path: Path,
) -> None:
    """JSONL dates are never replaced by content dates: when new articles tip the corpus's
    usual year, the dated articles stay cached and only the undated one is extracted again,
    and the brief is the one a build without the cache makes."""

    def row(i: str, time: str | None, text: str) -> str:
        return json.dumps({"id": i, "text": text, **({"time": time} if time else {})})

    lines = [
        row("a", "2021-07-15", "On 3 May 2021 ministers met in Paris. Anna Berg spoke."),
        row("b", "2021-07-20", "Dock workers ended their strike on 18 July 2021."),
        row("c", None, "Thousands of farmers marched on 23 August, Piet de Vries said."),
    ]
    corpus = tmp_path / "in" / "week.jsonl"
    corpus.parent.mkdir()
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    first = _build(corpus.parent, tmp_path / "out", formats="json")
    assert first.counts == {"extracted": 3, "from_cache": 0}
    lines += [
        row("d", "2023-03-01", "The court struck down the export ban on 27 February 2023."),
        row("e", "2023-03-02", "Judge Mary Okafor said the ministry exceeded its powers."),
        row("f", "2023-03-03", "The ministry said on 2 March 2023 it would appeal."),
    ]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    again = _build(corpus.parent, tmp_path / "out", formats="json")
    assert again.counts == {"extracted": 4, "from_cache": 2}
    fresh = _build(corpus.parent, tmp_path / "fresh", formats="json", cache=False)

    def content(result) -> dict:  # type: ignore[no-untyped-def,type-arg]
        # What is new since the previous build exists only in the folder that has one.
        data = json.loads(_brief_json(result))
        data.pop("whats_new", None)
        return data  # type: ignore[no-any-return]

    assert content(again) == content(fresh)


def _entry_bytes(path: Path) -> list[bytes]:
    with sqlite3.connect(path) as db:
        return [row[0] for row in db.execute("SELECT value FROM entries ORDER BY key")]


def _assert_one_entry_extracted_again(inputs: Path, tmp_path: Path, first: Any) -> None:
    """A build in a new folder ``b`` given the cache of folder ``a`` (its first entry
    spoiled) extracts that document again, reads the other three, and writes ``first``'s
    brief; the cache's statistics say one entry was rejected."""
    (tmp_path / "b").mkdir()
    cache_path(tmp_path / "a").parent.rename(tmp_path / "b" / ".cache")
    second = _build(inputs, tmp_path / "b", formats="json")
    assert second.counts == {"extracted": 1, "from_cache": 3}
    assert _brief_json(second) == _brief_json(first)
    assert cache_stats(cache_path(tmp_path / "b")).last_build == {
        "extracted": 1,
        "hits": 3,
        "rejected": 1,
    }


def test_a_corrupted_entry_is_extracted_again_and_the_brief_is_right(tmp_path: Path) -> None:
    inputs = _corpus(tmp_path / "in")
    first = _build(inputs, tmp_path / "a", formats="json")
    path = cache_path(tmp_path / "a")
    value = _entry_bytes(path)[0]  # the connection closed: the WAL is back in the file
    data = bytearray(path.read_bytes())
    at = data.find(value)
    assert at > 0
    middle = at + len(value) // 2
    data[middle : middle + 8] = bytes(b ^ 0xFF for b in data[middle : middle + 8])
    path.write_bytes(bytes(data))

    _assert_one_entry_extracted_again(inputs, tmp_path, first)


def _as_objects(value: Any) -> Any:
    """``value`` as format 4 wrote it: each record an object of its named fields, each
    string in place."""
    if isinstance(value, tuple | list):
        return [_as_objects(v) for v in value]
    if is_dataclass(value):
        return {f.name: _as_objects(getattr(value, f.name)) for f in fields(value)}
    return value


def _rewrite_first_entry(path: Path, rewrite: Any) -> None:
    """The first entry's value replaced by ``rewrite(its JSON)``, compressed and with its
    checksum, as other code writing the same table would store it."""
    with sqlite3.connect(path) as db:
        key, value = db.execute("SELECT key, value FROM entries ORDER BY key").fetchone()
        payload = json.loads(zlib.decompress(value))
        stored = zlib.compress(json.dumps(rewrite(payload)).encode())
        checksum = hashlib.sha256(stored).hexdigest()
        db.execute("UPDATE entries SET checksum=?, value=? WHERE key=?", (checksum, stored, key))
    db.close()


def _older_encoding(payload: dict[str, Any]) -> dict[str, Any]:
    return {**payload, "value": _as_objects(decode(Extraction, payload["value"]))}


def _string_dropped(payload: dict[str, Any]) -> dict[str, Any]:
    # the last string of the entry's table: an index in it now names nothing
    value = payload["value"]
    return {**payload, "value": {**value, "strings": value["strings"][:-1]}}


@pytest.mark.parametrize("rewrite", [_older_encoding, _string_dropped])
def test_an_entry_in_another_encoding_is_extracted_again_and_the_brief_is_right(
    tmp_path: Path, rewrite: Any
) -> None:
    """An entry whose checksum and key check out but whose JSON is not this code's (the
    encoding of format 4, or a string table one short) is not read."""
    inputs = _corpus(tmp_path / "in")
    first = _build(inputs, tmp_path / "a", formats="json")
    _rewrite_first_entry(cache_path(tmp_path / "a"), rewrite)
    _assert_one_entry_extracted_again(inputs, tmp_path, first)


def test_a_cache_file_that_is_not_a_database_is_replaced(tmp_path: Path) -> None:
    inputs = _corpus(tmp_path / "in")
    path = cache_path(tmp_path / "out")
    path.parent.mkdir(parents=True)
    path.write_bytes(b"this is not an SQLite file at all" * 200)
    result = _build(inputs, tmp_path / "out", formats="json")
    assert result.counts == {"extracted": 4, "from_cache": 0}
    assert cache_stats(path).entries == 4


def test_the_table_of_brief_json_entries_earlier_code_kept_is_dropped(tmp_path: Path) -> None:
    # Part BK kept each document's entry in brief.json in a table ``documents``; no code
    # reads it now, so a folder built before must not keep it for ever.
    path = cache_path(tmp_path / "out")
    path.parent.mkdir(parents=True)
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE documents (key TEXT PRIMARY KEY, value BLOB NOT NULL)")
        db.execute("INSERT INTO documents VALUES ('k', x'00')")
    db.close()
    _build(_corpus(tmp_path / "in"), tmp_path / "out", formats="json")
    with sqlite3.connect(path) as db:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    db.close()
    assert "documents" not in tables
    assert "entries" in tables


def test_an_entry_stored_under_another_key_is_not_trusted(tmp_path: Path) -> None:
    inputs = _corpus(tmp_path / "in")
    _build(inputs, tmp_path / "out", formats="json")
    path = cache_path(tmp_path / "out")
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT key, checksum, value FROM entries ORDER BY key").fetchall()
        # Swap two entries' values (checksums follow them): each is intact, but foreign.
        (k1, c1, v1), (k2, c2, v2) = rows[0], rows[1]
        db.execute("UPDATE entries SET checksum=?, value=? WHERE key=?", (c2, v2, k1))
        db.execute("UPDATE entries SET checksum=?, value=? WHERE key=?", (c1, v1, k2))
    again = _build(inputs, tmp_path / "out", formats="json")
    assert again.counts == {"extracted": 2, "from_cache": 2}


def test_a_rebuild_with_new_articles_and_foreign_entries_writes_the_cold_builds_brief(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A week's new articles, extracted on worker processes, beside entries that do not
    check out (extracted again) and entries read back: the brief is byte for byte the one
    a build without the cache writes."""
    monkeypatch.setattr(run, "PARALLEL_FROM", 2)  # two new articles: worker processes
    inputs = _corpus(tmp_path / "in")
    _build(inputs, tmp_path / "a", formats="json")
    with sqlite3.connect(cache_path(tmp_path / "a")) as db:
        rows = db.execute("SELECT key, checksum, value FROM entries ORDER BY key").fetchall()
        (k1, c1, v1), (k2, c2, v2) = rows[0], rows[1]
        db.execute("UPDATE entries SET checksum=?, value=? WHERE key=?", (c2, v2, k1))
        db.execute("UPDATE entries SET checksum=?, value=? WHERE key=?", (c1, v1, k2))
    (inputs / "rail.txt").write_text(
        "Rail strike called off\n\nJuly 22, 2021\n\nThe rail union called off its strike "
        "on 21 July 2021, its secretary, Lena Holt, said."
    )
    (inputs / "bank.txt").write_text(
        "Central bank holds rates\n\nJuly 29, 2021\n\nThe central bank kept its rate at "
        "2 percent on 28 July 2021. Its governor, Omar Haddad, said prices were steady."
    )
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / ".cache").rename(tmp_path / "b" / ".cache")
    again = _build(inputs, tmp_path / "b", formats="json")
    assert again.counts == {"extracted": 4, "from_cache": 2}
    fresh = _build(inputs, tmp_path / "fresh", formats="json", cache=False)
    assert _brief_json(again) == _brief_json(fresh)
    assert cache_stats(cache_path(tmp_path / "b")).last_build == {
        "extracted": 4,
        "hits": 2,
        "rejected": 2,
    }


def test_a_rebuild_hands_its_new_articles_to_the_workers_before_reading_back_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The new articles' extraction does not wait for the stored ones to be decoded (the
    two overlap), and the brief is the one a build without the cache writes."""
    monkeypatch.setattr(run, "PARALLEL_FROM", 2)  # two new articles: worker processes
    inputs = _corpus(tmp_path / "in")
    _build(inputs, tmp_path / "out", formats="json")
    (inputs / "ferry.txt").write_text(
        "Ferry service resumes\n\nJuly 23, 2021\n\nThe Marlow ferry sailed again on 22 July "
        "2021, its operator, Ann Holt, said."
    )
    (inputs / "bridge.txt").write_text(
        "Bridge reopens\n\nJuly 30, 2021\n\nThe Penbury bridge reopened on 29 July 2021. "
        "The council's engineer, Tom Reed, said repairs were done."
    )
    seen: list[str] = []

    class Pool(run.ExtractionPool):
        def __init__(self, *args: Any) -> None:
            seen.append("workers started")
            super().__init__(*args)

    decoded_many = ExtractionCache.decoded_many

    def decoding(cache: ExtractionCache, intact: Any) -> Any:
        seen.append("stored entries decoded")
        return decoded_many(cache, intact)

    monkeypatch.setattr(run, "ExtractionPool", Pool)
    monkeypatch.setattr(ExtractionCache, "decoded_many", decoding)
    again = _build(inputs, tmp_path / "out", formats="json")
    assert again.counts == {"extracted": 2, "from_cache": 4}
    assert seen == ["workers started", "stored entries decoded"]
    fresh = _build(inputs, tmp_path / "fresh", formats="json", cache=False)
    # what is new since the previous build exists only in the folder that has one
    assert {**json.loads(_brief_json(again)), "whats_new": None} == json.loads(_brief_json(fresh))


def test_two_builds_at_once_on_one_output_folder_both_succeed(tmp_path: Path) -> None:
    inputs = _corpus(tmp_path / "in")
    # A minute apart: two build folders, not two builds racing for one folder name.
    script = _build_script(inputs, tmp_path / "out", "sum(result.counts.values())")
    builds = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(minute)], stdout=subprocess.PIPE, text=True
        )
        for minute in range(2)
    ]
    outputs = [b.communicate(timeout=300)[0] for b in builds]
    assert [b.returncode for b in builds] == [0, 0]
    assert [o.strip() for o in outputs] == ["4", "4"]
    # Two build folders (``latest`` is a link to the newer one, not a third build).
    built = [p for p in (tmp_path / "out").glob("*/brief.json") if not p.parent.is_symlink()]
    assert len(built) == 2
    assert _build(inputs, tmp_path / "out", formats="json").counts["from_cache"] == 4


def test_no_cache_extracts_everything_and_cache_clear_empties_it(tmp_path: Path) -> None:
    inputs = _corpus(tmp_path / "in")
    out = tmp_path / "out"
    args = ["build", str(inputs), "-o", str(out), "-f", "json", "--json"]
    cold = json.loads(runner.invoke(app, args).stdout)
    assert cold["extraction"] == {"extracted": 4, "from_cache": 0}
    warm = runner.invoke(app, [*args[:-1]])
    assert warm.exit_code == 0, warm.output
    assert warm.stdout.strip().endswith("; 4 of 4 extractions from the cache")
    bypass = json.loads(runner.invoke(app, [*args, "--no-cache"]).stdout)
    assert bypass["extraction"] == {"extracted": 4, "from_cache": 0}

    stats = runner.invoke(app, ["cache", "stats", "-o", str(out)])
    assert stats.exit_code == 0
    assert stats.stdout.startswith(f"{cache_path(out)}: 4 extractions, ")
    assert stats.stdout.strip().endswith("last build: 4 of 4 from the cache (100%)")
    cleared = runner.invoke(app, ["cache", "clear", "-o", str(out), "--json"])
    assert json.loads(cleared.stdout) == {"ok": True, "path": str(cache_path(out)), "removed": 4}
    assert (
        json.loads(runner.invoke(app, ["cache", "stats", "-o", str(out), "--json"]).stdout)[
            "entries"
        ]
        == 0
    )
    assert runner.invoke(app, ["cache", "clear", "-o", str(out), "--quiet"]).stdout == ""
    rebuilt = json.loads(runner.invoke(app, args).stdout)
    assert rebuilt["extraction"] == {"extracted": 4, "from_cache": 0}


def test_cache_stats_without_a_cache_says_it_is_empty(tmp_path: Path) -> None:
    result = runner.invoke(app, ["cache", "stats", "-o", str(tmp_path)])
    assert result.exit_code == 0
    assert result.stdout == f"{cache_path(tmp_path)}: 0 extractions, 0 bytes\n"
    assert not (tmp_path / ".cache").exists()


def _documents(folder: Path) -> list[Document]:
    from briefgen.ingest import ingest
    from briefgen.structure.sieve import sieve

    return list(sieve(ingest([folder]).documents).documents)


def test_extraction_is_the_same_in_any_order_alone_or_in_workers(
    tmp_path: Path, nlp, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents = _documents(_corpus(tmp_path / "in"))
    year = run.corpus_year(documents)
    assert year == 2021
    together = run.extract_documents(documents, nlp=nlp).extractions
    backwards = run.extract_documents(documents[::-1], nlp=nlp).extractions[::-1]
    alone = tuple(run.extract_document(d, nlp, year=year) for d in documents)
    monkeypatch.setattr(run, "PARALLEL_FROM", 2)
    pooled = run.extract_documents(documents, nlp=nlp).extractions
    assert together == backwards == alone == pooled
    undated = next(x for x in together if x.document.id.endswith("undated.txt"))
    assert undated.document.date == "2021-08"


def test_an_extraction_survives_its_encoding_and_nothing_else_passes(tmp_path: Path, nlp) -> None:
    documents = _documents(_corpus(tmp_path / "in"))
    for extraction in run.extract_documents(documents, nlp=nlp).extractions:
        assert extraction.events or extraction.mentions
        data = json.loads(json.dumps(encode(extraction)))
        assert decode(Extraction, data) == extraction
    sample = encode(Extraction(document=documents[0]))
    strings, (document, *rest) = sample["strings"], sample["value"]
    field = [f.name for f in fields(Document)].index

    def document_with(name: str, value: object) -> list[object]:
        return [value if i == field(name) else v for i, v in enumerate(document)]

    exe = len(strings)  # the index of a string added to the table: a format no reader has
    for broken in (
        [document, [[1, "2"]], *rest[1:]],
        [document, *rest, 1],
        [document, *rest[:1], *rest[2:]],
        [document_with("format", exe), *rest],
        [document_with("warnings", field("title")), *rest],
    ):
        with pytest.raises(DecodeError):
            decode(Extraction, {"strings": [*strings, "exe"], "value": broken})


def test_a_change_in_what_extraction_reads_changes_the_key(tmp_path: Path) -> None:
    from briefgen.extract.cache import document_key

    doc = Document(id="a.txt", source="a.txt", format="txt", text="Text.", title="T")
    key = document_key(doc, 2021, "settings")
    assert document_key(doc, 2021, "settings") == key
    for other in (
        (replace(doc, text="Text!"), 2021, "settings"),
        (replace(doc, date="2021-07-01", date_source="stated"), 2021, "settings"),
        (doc, 2020, "settings"),
        (doc, 2021, "other model"),
    ):
        assert document_key(*other) != key
    # where it was read is not what extraction reads
    assert document_key(replace(doc, source="renamed/a.txt"), 2021, "settings") == key


def test_brief_toml_turns_the_cache_off_and_checks_the_value(tmp_path: Path) -> None:
    from briefgen.errors import ConfigError

    toml = tmp_path / "brief.toml"
    toml.write_text("cache = false\n")
    assert load_config(toml).cache is False
    assert load_config(None).cache is True
    toml.write_text('cache = "no"\n')
    with pytest.raises(ConfigError, match="cache must be true or false"):
        load_config(toml)


def _open_cache(path: str, results: Any, start: Any) -> None:
    from briefgen.extract.cache import ExtractionCache

    try:
        start.wait()
        with ExtractionCache(Path(path), "settings"):
            pass
        results.put("ok")
    except Exception as exc:  # the test reports whatever went wrong
        results.put(repr(exc))


def test_builds_setting_up_one_new_cache_together_all_open_it(tmp_path: Path) -> None:
    """Switching a new cache file to WAL takes an exclusive lock; a build starting beside
    another was told "database is locked" at once (not after the busy timeout) and failed."""
    import multiprocessing

    outcomes = []
    for n in range(15):
        path = tmp_path / str(n) / ".cache" / "extractions.sqlite"
        results: Any = multiprocessing.Queue()
        start: Any = multiprocessing.Barrier(4)
        workers = [
            multiprocessing.Process(target=_open_cache, args=(str(path), results, start))
            for _ in range(4)
        ]
        for w in workers:
            w.start()
        for w in workers:
            w.join(timeout=60)
        outcomes += [results.get(timeout=5) for _ in workers]
    assert set(outcomes) == {"ok"}
