"""The CLI: exact one-line errors for bad input, exit codes, help for every command."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen import __version__
from briefgen.cli import app

runner = CliRunner()


def _run(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args))


def test_version() -> None:
    result = _run("--version")
    assert result.exit_code == 0
    assert result.output.strip() == f"briefgen {__version__}"


def test_missing_input_path(tmp_path: Path) -> None:
    result = _run("build", str(tmp_path / "nope"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert result.output.strip() == f"error: {tmp_path / 'nope'}: no such file or folder"
    assert not (tmp_path / "out").exists()


def test_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    result = _run("build", str(tmp_path / "in"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert result.output.startswith(f"error: {tmp_path / 'in'}: folder has no supported files")
    assert "Traceback" not in result.output


def test_only_file_empty(tmp_path: Path) -> None:
    (tmp_path / "e.txt").write_text("")
    result = _run("build", str(tmp_path / "e.txt"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert "e.txt: file is empty" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_only_jsonl_line_malformed(tmp_path: Path) -> None:
    (tmp_path / "c.jsonl").write_text('{"id": "a", "text": "x"\n')
    result = _run("extract", str(tmp_path / "c.jsonl"), "-o", str(tmp_path / "o.json"))
    assert result.exit_code == 1
    assert f"{tmp_path / 'c.jsonl'}: 1 line(s) skipped: line 1: malformed JSON" in result.output
    assert not (tmp_path / "o.json").exists()


def test_unknown_format(seeds_dir: Path, tmp_path: Path) -> None:
    result = _run("build", str(seeds_dir), "--format", "pdf,odt", "-o", str(tmp_path))
    assert result.exit_code == 1
    assert (
        result.output.strip() == "error: unknown format odt; choose from json, html, pdf, md, docx"
    )


def test_since_after_until(seeds_dir: Path, tmp_path: Path) -> None:
    result = _run(
        "build",
        str(seeds_dir),
        "--since",
        "2021-09-01",
        "--until",
        "2021-08-01",
        "-o",
        str(tmp_path),
    )
    assert result.exit_code == 1
    assert result.output.strip() == "error: --since 2021-09-01 is after --until 2021-08-01"


def test_bad_date_and_all_problems_at_once(seeds_dir: Path, tmp_path: Path) -> None:
    result = _run(
        "build", str(seeds_dir), "--since", "someday", "--format", "x", "-o", str(tmp_path)
    )
    assert result.exit_code == 1
    line = result.output.strip()
    assert (
        "since must be a date like 2021-08-16, '16 Aug 2021' or '2 weeks ago', not 'someday'"
        in line
    )
    assert "unknown format x" in line


def test_output_dir_not_writable(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    doc = tmp_path / "in.txt"
    doc.write_text("Ministers agree on a new plan\n\nOn 3 May 2021 the ministers met in Paris.")
    result = _run("build", str(doc), "-o", str(blocker / "reports"), "--format", "json")
    assert result.exit_code == 1
    assert result.output.startswith(f"error: {blocker / 'reports'}: cannot write here")


def test_render_rejects_non_brief_json(tmp_path: Path) -> None:
    bogus = tmp_path / "b.json"
    bogus.write_text('{"hello": 1}')
    result = _run("render", str(bogus), "-o", str(tmp_path / "x.pdf"))
    assert result.exit_code == 1
    assert result.output.startswith(f"error: {bogus}: not a briefgen JSON file")
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("command", ["build", "extract", "render", "dates"])
def test_every_command_has_help(command: str) -> None:
    result = _run(command, "--help")
    assert result.exit_code == 0
    assert "Usage" in result.output


def test_readme_documents_every_command() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    for command in app.registered_commands:
        assert f"briefgen {command.name}" in readme


def test_the_console_script_leaves_without_the_teardowns_collections(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``briefgen`` ends with the collector frozen (the interpreter's teardown would walk
    every object a build made), having printed what it had to and with the command's code."""
    import gc
    import sys

    from briefgen.cli import main

    monkeypatch.setattr(sys, "argv", ["briefgen", "--version"])
    gc.unfreeze()
    try:
        with pytest.raises(SystemExit) as leaving:
            main()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
    assert leaving.value.code in (0, None)
    assert capsys.readouterr().out == f"briefgen {__version__}\n"


def test_a_language_model_that_fails_is_one_line_and_no_brief(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefgen.structure import sieve

    def broken(text: str) -> str:
        raise ValueError("model file unreadable")

    # the check runs in a forked child, which inherits this patch
    monkeypatch.setattr(sieve, "detect_language", broken)
    inputs = tmp_path / "in"
    inputs.mkdir()
    words = "La alcaldesa habló ayer en la plaza mayor sobre el nuevo tranvía de la ciudad. "
    (inputs / "plaza.txt").write_text("Plaza\n\nMarch 3, 2022\n\n" + words * 5, encoding="utf-8")
    result = _run("build", str(inputs), "-o", str(tmp_path / "out"), "--format", "json")
    assert result.exit_code == 1
    assert result.output.strip() == (
        "error: language model: failed on one text: ValueError: model file unreadable"
    )
    assert not list(tmp_path.glob("out/**/brief.json"))
