"""A broken user template is one line naming the file, the line and the problem."""

from __future__ import annotations

from pathlib import Path

import pytest
from sample_brief import sample_brief
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.render.json import brief_to_json

BROKEN = {
    "unknown filter": ("a\n{{ brief.title | shout }}\n", 2, "No filter named 'shout'"),
    "undefined variable": ("a\nb\n{{ nothing_here }}\n", 3, "'nothing_here' is undefined"),
    "syntax error": ("{% if %}\n", 1, "Expected an expression"),
}


@pytest.fixture(scope="module")
def brief_json(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("brief") / "brief.json"
    path.write_text(brief_to_json(sample_brief()), encoding="utf-8")
    return path


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_template_error_is_one_line_with_file_and_line(
    tmp_path: Path, brief_json: Path, case: str
) -> None:
    source, line, problem = BROKEN[case]
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "brief.md.j2").write_text(source, encoding="utf-8")
    out = tmp_path / "brief.md"
    result = CliRunner().invoke(
        app, ["render", str(brief_json), "-o", str(out), "--templates", str(templates)]
    )
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert lines[0].startswith(f"error: {templates / 'brief.md.j2'}:{line}: template error: ")
    assert problem in lines[0]
    assert not out.exists()


def test_missing_templates_folder_is_an_error(tmp_path: Path, brief_json: Path) -> None:
    result = CliRunner().invoke(
        app,
        ["render", str(brief_json), "-o", str(tmp_path / "b.md"), "--templates", "/nonexistent"],
    )
    assert result.exit_code == 1
    assert result.output.strip() == "error: /nonexistent: no such template folder"


def test_build_refuses_a_missing_templates_folder_and_an_empty_output(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Talks resumed on 3 March 2022.\n", encoding="utf-8")
    result = CliRunner().invoke(
        app, ["build", str(tmp_path / "a.txt"), "-o", "", "--templates", "/nonexistent"]
    )
    assert result.exit_code == 1
    assert "templates: /nonexistent is not a folder" in result.output
    assert "output_dir must be a path, not an empty string" in result.output
