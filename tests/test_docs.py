"""The README's CLI reference and each command's --help say the same (as sqlite-utils does).

Every command has an entry; every option an entry's signature names exists, and every
option the command takes is named in its entry, but for the options the reference's
opening paragraph gives every command (--quiet, --json, --debug, --help).
"""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest
import typer.main

from briefgen.cli import app

README = Path(__file__).resolve().parents[1] / "README.md"
EVERY_COMMAND = {"--quiet", "--json", "--debug", "--help"}


def _commands() -> dict[str, click.Command]:
    """Every leaf command, by its words after ``briefgen`` ("schedule next")."""
    found: dict[str, click.Command] = {}

    def walk(command: click.Command, words: list[str]) -> None:
        subcommands = getattr(command, "commands", None)
        if subcommands:
            for name, sub in subcommands.items():
                walk(sub, [*words, name])
        else:
            found[" ".join(words)] = command

    walk(typer.main.get_command(app), [])
    return found


COMMANDS = _commands()


def _reference() -> dict[str, str]:
    """The README's CLI reference: each entry's first line (its signatures), by command."""
    text = README.read_text(encoding="utf-8")
    section = text.split("## CLI reference", 1)[1].split("\n## ", 1)[0]
    entries: dict[str, str] = {}
    for line in section.splitlines():
        if not line.startswith("`briefgen "):
            continue
        words = line[len("`briefgen ") :].split()
        name = words[0]
        if name.startswith("-"):  # `briefgen --version`, in the opening paragraph
            continue
        if len(words) > 1 and f"{name} {words[1]}" in COMMANDS:
            name = f"{name} {words[1]}"
        entries[name] = entries.get(name, "") + line
    return entries


def _options(command: click.Command) -> list[set[str]]:
    """Each option's names (``{"--output", "-o"}``)."""
    ctx = click.Context(command)
    return [
        set(param.opts) | set(getattr(param, "secondary_opts", []))
        for param in command.get_params(ctx)
        if getattr(param, "param_type_name", None) == "option"
    ]


def _long_options(command: click.Command) -> set[str]:
    return {name for names in _options(command) for name in names if name.startswith("--")}


def test_every_command_has_an_entry_and_every_entry_a_command() -> None:
    assert set(_reference()) == set(COMMANDS)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_the_entry_names_exactly_the_command_options(name: str) -> None:
    entry = _reference()[name]
    documented = set(re.findall(r"(?<![\w-])--?[a-zA-Z][a-z-]*", entry))
    options = _options(COMMANDS[name])
    known = set().union(*options)
    assert documented - known == set(), f"README names options `briefgen {name}` lacks"
    missing = [
        sorted(names)
        for names in options
        if not names & (documented | EVERY_COMMAND | {"-h", "-q"})
    ]
    assert missing == [], f"`briefgen {name}` options not in README"


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_takes_what_the_readme_says_every_command_takes(name: str) -> None:
    assert _long_options(COMMANDS[name]) >= EVERY_COMMAND
    section = README.read_text(encoding="utf-8").split("## CLI reference", 1)[1]
    intro = section.split("\n`briefgen build")[0]
    for option in EVERY_COMMAND - {"--help"}:
        assert f"`{option}" in intro


def test_the_weekly_example_builds_the_seeds_as_the_readme_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from typer.testing import CliRunner

    text = README.read_text(encoding="utf-8")
    section = text.split("## A weekly brief by e-mail", 1)[1]
    toml = section.split("```toml\n", 1)[1].split("```", 1)[0]
    # "point inputs at them (inputs = ["seeds/"])", then the command the README gives.
    assert 'inputs = ["articles/"]' in toml
    (tmp_path / "brief.toml").write_text(toml.replace('["articles/"]', '["seeds/"]'))
    shutil.copytree(README.parent / "seeds", tmp_path / "seeds")
    command = re.search(r"`briefgen (build --config brief\.toml --since [^`]+)`", section)
    assert command is not None
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("BRIEFGEN_SMTP_PASSWORD", "unused with --dry-run")
    result = CliRunner().invoke(app, command.group(1).split())
    assert result.exit_code == 0, result.output
    assert "skipped" not in result.output
    assert list((tmp_path / "reports").glob("*/*.eml"))
