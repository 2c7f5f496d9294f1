"""The build archive: dated folders, the window, what's new and skip-if-empty."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from briefgen.config import load_config
from briefgen.errors import NothingNew
from briefgen.pipeline import build_brief

MONDAY = datetime(2024, 3, 11, 7, 0, tzinfo=UTC)


def _corpus(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    lines = [
        json.dumps({"id": i, "time": t, "title": f"Report {i}", "text": text})
        for i, t, text in rows
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


OLD = ("a", "2024-02-01", "On 30 January 2024 the port authority closed the northern terminal.")
NEW = ("b", "2024-03-08", "On 7 March 2024 the port authority reopened the northern terminal.")


def test_window_keeps_only_the_last_week(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c.jsonl", [OLD, NEW])
    config = load_config(
        None, inputs=[str(corpus)], output_dir=tmp_path / "out", window="7d", formats="json"
    )
    result = build_brief(config, now=MONDAY)
    assert [d.id for d in result.brief.documents] == ["b"]
    assert result.brief.period == ("2024-03-04", "2024-03-11")


def test_skip_if_empty_when_nothing_is_new(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c.jsonl", [OLD])
    config = load_config(
        None, inputs=[str(corpus)], output_dir=tmp_path / "out", skip_if_empty=True, formats="json"
    )
    first = build_brief(config, now=MONDAY)
    with pytest.raises(NothingNew, match="nothing new since the brief of 2024-03-11T0700Z"):
        build_brief(config, now=MONDAY.replace(day=18))
    builds = [
        p.name
        for p in (tmp_path / "out").iterdir()
        if p.is_dir() and not p.is_symlink() and p.name[0] != "."
    ]
    assert builds == [first.build_dir.name]

    _corpus(corpus, [OLD, NEW])
    third = build_brief(config, now=MONDAY.replace(day=18))
    assert third.brief.whats_new is not None and len(third.brief.whats_new.events) == 1
    new_event = next(e for e in third.brief.events if e.id in third.brief.whats_new.events)
    assert new_event.date == "2024-03-07"


def test_skip_if_empty_when_the_window_has_no_documents(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c.jsonl", [OLD])
    config = load_config(
        None,
        inputs=[str(corpus)],
        output_dir=tmp_path / "out",
        window="7d",
        skip_if_empty=True,
        formats="json",
    )
    with pytest.raises(NothingNew, match="no documents in the period"):
        build_brief(config, now=MONDAY)


def test_whats_new_reads_the_previous_builds_ids_and_never_a_foreign_file(
    tmp_path: Path,
) -> None:
    import shutil

    from briefgen.archive import KNOWN, _read_known

    old = (*OLD[:2], OLD[2] + ' "The terminal is unsafe," said Maria Lindqvist, its director.')
    new = (*NEW[:2], NEW[2] + ' "We have repaired the cranes," said Tomas Berg, an engineer.')
    corpus = _corpus(tmp_path / "c.jsonl", [old])
    config = load_config(None, inputs=[str(corpus)], output_dir=tmp_path / "out", formats="json")
    first = build_brief(config, now=MONDAY).build_dir
    # The file holds what the brief.json holds, so it answers as the brief.json would.
    from_file = _read_known(first)
    (first / KNOWN).rename(tmp_path / "kept")
    assert from_file == _read_known(first) and from_file is not None
    assert all(from_file)  # mentions, names and positions alike
    (tmp_path / "kept").rename(first / KNOWN)
    # Another build's file (here, of a corpus holding the new report only) put in its place.
    other = load_config(
        None,
        inputs=[str(_corpus(tmp_path / "other.jsonl", [new]))],
        output_dir=tmp_path / "other",
        formats="json",
    )
    foreign = build_brief(other, now=MONDAY).build_dir / KNOWN

    _corpus(corpus, [old, new])
    briefs = {}
    for case in ("own", "foreign", "none", "corrupt"):
        out = tmp_path / case
        shutil.copytree(tmp_path / "out", out, symlinks=True)
        known = out / first.name / KNOWN
        if case == "foreign":
            shutil.copy(foreign, known)
        elif case == "none":
            known.unlink()
        elif case == "corrupt":
            known.write_text('{"brief_json_sha1": 1}')
        built = build_brief(
            load_config(None, inputs=[str(corpus)], output_dir=out, formats="json"),
            now=MONDAY.replace(day=18),
        )
        briefs[case] = built.files["json"].read_text(encoding="utf-8")
        if case == "own":
            found = built.brief.whats_new
            assert found is not None and len(found.events) == 1
            assert len(found.positions) == 1 and found.actors
    # Each writes the brief that reading the previous brief.json gives, byte for byte.
    assert briefs["own"] == briefs["foreign"] == briefs["none"] == briefs["corrupt"]


def test_a_page_is_unseen_until_a_build_has_read_it_as_it_is_now(tmp_path: Path) -> None:
    from dataclasses import replace

    from briefgen.archive import unseen_inputs
    from briefgen.models import Document

    port = Document(
        id="port.txt", source="port.txt", format="txt", text="x", title="Port", sha1="a1"
    )
    assert unseen_inputs(tmp_path / "out", [port])  # no build yet
    build = tmp_path / "out" / "2026-07-20T0700Z"
    build.mkdir(parents=True)
    (build / "brief.json").write_text("{}")
    (build / "manifest.json").write_text(json.dumps({"inputs": {"port.txt": "a1"}}))
    assert not unseen_inputs(tmp_path / "out", [port])
    assert unseen_inputs(tmp_path / "out", [replace(port, sha1="b2")])  # edited since
    rail = Document(
        id="rail.txt", source="rail.txt", format="txt", text="y", title="Rail", sha1="c3"
    )
    assert unseen_inputs(tmp_path / "out", [port, rail])  # added since
