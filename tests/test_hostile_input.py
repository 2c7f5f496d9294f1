"""Hostile or careless input: a warning naming the file or line, never a traceback or hang."""

from __future__ import annotations

import errno
import json
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

import pytest
from sample_brief import sample_brief
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.ingest import ingest
from briefgen.render.json import brief_to_json

runner = CliRunner()
DEEP = '{"a": ' * 100_000 + "1" + "}" * 100_000
GOOD = {"id": "n1", "time": "2022-03-03", "title": "Talks", "text": "Talks resumed on Monday."}


def _jsonl(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@contextmanager
def _deadline(seconds: int) -> Iterator[None]:
    def too_slow(signum: int, frame: FrameType | None) -> None:
        raise TimeoutError(f"did not finish in {seconds}s")

    previous = signal.signal(signal.SIGALRM, too_slow)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_a_deeply_nested_line_is_one_skipped_line(tmp_path: Path) -> None:
    corpus = _jsonl(tmp_path / "c.jsonl", json.dumps(GOOD), DEEP)
    result = ingest([corpus])
    assert [d.id for d in result.documents] == ["n1"]
    assert result.skipped == (f"{corpus}: 1 line(s) skipped: line 2: nested deeper than 32 levels",)


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        (
            {"id": {"x": 1}, "text": "Body."},
            '"id" must be a string or a whole number, not an object',
        ),
        (
            {"id": True, "text": "Body."},
            '"id" must be a string or a whole number, not true or false',
        ),
        ({"text": ["Body."]}, '"text" must be a string, not a list'),
        ({"text": "Body.", "title": 5}, '"title" must be a string, not a int'),
        ({"text": "Body.", "time": {"y": 2022}}, '"time" must be a string, not an object'),
        ({"text": "Body.", "authors": [1, 2]}, '"authors" must be a string or a list of strings'),
        ([1, 2], "each line must be a JSON object, not a list"),
    ],
)
def test_wrong_types_are_rejected_per_line(tmp_path: Path, row: object, problem: str) -> None:
    corpus = _jsonl(tmp_path / "c.jsonl", json.dumps(GOOD), json.dumps(row))
    result = ingest([corpus])
    assert [d.id for d in result.documents] == ["n1"]
    assert result.skipped == (f"{corpus}: 1 line(s) skipped: line 2: {problem}",)


def test_an_unreadable_file_is_a_warning_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "bad.txt").write_text("Broken headline\n\nText.", encoding="utf-8")
    (tmp_path / "good.txt").write_text("A perfectly good headline\n\nSome text.")
    real = Path.read_bytes

    def failing_disk(self: Path) -> bytes:
        if self.name == "bad.txt":
            raise OSError(errno.EIO, "Input/output error")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", failing_disk)
    result = ingest([tmp_path])
    assert [d.id for d in result.documents] == ["good.txt"]
    assert result.skipped == (f"{tmp_path / 'bad.txt'}: cannot read (Input/output error); skipped",)


def test_a_glob_over_symlink_loops_finishes(tmp_path: Path) -> None:
    root = tmp_path / "g"
    (root / "a").mkdir(parents=True)
    (root / "a" / "x.txt").write_text("A perfectly good headline\n\nSome text.")
    for name in ("l1", "l2", "l3"):
        (root / name).symlink_to(root)
        (root / "a" / name).symlink_to(root)
    with _deadline(20):
        docs = ingest([f"{root}/**/*.txt"]).documents
    assert [d.id for d in docs] == ["a/x.txt"]


def test_a_newline_in_a_file_name_cannot_forge_an_error_line(tmp_path: Path) -> None:
    forged = f"{tmp_path}/x\nerror: everything is fine"
    result = runner.invoke(app, ["build", forged, "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.output == (
        f"error: {tmp_path}/x\\nerror: everything is fine: no such file or folder\n"
    )


def test_json_mode_prints_a_json_object_on_failure(tmp_path: Path) -> None:
    result = runner.invoke(app, ["build", str(tmp_path / "nope"), "--json"])
    assert result.exit_code == 1
    assert json.loads(result.stdout) == {
        "ok": False,
        "error": {"where": str(tmp_path / "nope"), "problem": "no such file or folder"},
    }


def test_dates_on_a_binary_file_is_an_error(tmp_path: Path) -> None:
    binary = tmp_path / "x.txt"
    binary.write_bytes(b"\x00\x01\x02PK\x03\x04" * 100)
    result = runner.invoke(app, ["dates", str(binary)])
    assert result.exit_code == 1
    assert result.output == f"error: {binary}: binary file, not text\n"


def test_dates_jsonl_skips_a_deeply_nested_line(tmp_path: Path) -> None:
    source = _jsonl(
        tmp_path / "in.jsonl",
        json.dumps({"doc": "a", "dct": "2021-08-16", "text": "Talks began on Monday."}),
        DEEP,
    )
    result = runner.invoke(app, ["dates", "--jsonl", str(source)])
    assert result.exit_code == 0
    assert result.stderr == (f"warning: {source}: line 2: nested deeper than 32 levels; skipped\n")
    assert [json.loads(x)["doc"] for x in result.stdout.splitlines()] == ["a"]


def test_render_of_a_deeply_nested_brief_is_one_line(tmp_path: Path) -> None:
    source = tmp_path / "brief.json"
    source.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    result = runner.invoke(app, ["render", str(source), "-o", str(tmp_path / "b.md")])
    assert result.exit_code == 1
    assert result.output == f"error: {source}: not a briefgen JSON file (nested too deeply)\n"


def test_skipped_lines_are_on_the_terminal_and_in_the_data_notes(tmp_path: Path) -> None:
    bad = ["{oops", DEEP, json.dumps({"id": {"x": 1}, "text": "t"}), "[]", '{"text": ""}']
    corpus = _jsonl(tmp_path / "c.jsonl", json.dumps(GOOD), *bad)
    out = tmp_path / "brief.json"
    result = runner.invoke(app, ["extract", str(corpus), "-o", str(out)])
    assert result.exit_code == 0, result.output
    summary = (
        f"{corpus}: 5 line(s) skipped: line 2: malformed JSON (Expecting property name "
        "enclosed in double quotes, column 2); line 3: nested deeper than 32 levels; "
        'line 4: "id" must be a string or a whole number, not an object (and 2 more)'
    )
    assert f"warning: {summary}\n" in result.stderr
    notes = json.loads(out.read_text(encoding="utf-8"))["notes"]
    message = summary.split(": ", 1)[1]
    assert {"doc": str(corpus), "message": message, "dropped": "unreadable"} in notes


def test_brief_json_fixture_still_renders(tmp_path: Path) -> None:
    source = tmp_path / "brief.json"
    source.write_text(brief_to_json(sample_brief()), encoding="utf-8")
    result = runner.invoke(app, ["render", str(source), "-o", str(tmp_path / "b.md")])
    assert result.exit_code == 0, result.output
