"""The CLI behaves like the tools people already like: -h, completion, clean help, one
JSON object with --json, warnings once, --quiet for errors only, files with the user's
umask, human-written dates, a first run that says what to give it."""

from __future__ import annotations

import json
import logging
import os
from datetime import date, timedelta
from pathlib import Path

import click
import pytest
import typer.main
from typer.testing import CliRunner

from briefgen.archive import staging_dir
from briefgen.cli import app
from briefgen.commands.common import Output, setup_logging
from briefgen.config import load_config
from briefgen.outputs import write_atomic

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]
GOOD = "Ministers agree on a grain deal\n\nJuly 15, 2021\n\nOn 3 May 2021 ministers met in Paris."


def _leaves() -> list[list[str]]:
    found: list[list[str]] = []

    def walk(command: click.Command, words: list[str]) -> None:
        for name, sub in getattr(command, "commands", {}).items():
            found.append([*words, name])
            walk(sub, [*words, name])

    walk(typer.main.get_command(app), [])
    return found


COMMANDS = _leaves()


@pytest.mark.parametrize("words", [[], *COMMANDS], ids=lambda w: " ".join(w) or "briefgen")
def test_dash_h_is_help_and_help_is_written_for_users(words: list[str]) -> None:
    short = runner.invoke(app, [*words, "-h"], env={"COLUMNS": "100"})
    long = runner.invoke(app, [*words, "--help"], env={"COLUMNS": "100"})
    assert short.exit_code == 0, short.output
    assert short.output == long.output
    # No Python types for metavars (<bool>, <list[str]>, <path>) nor letters for help.
    assert "<" not in short.output
    assert not any(noise in short.output for noise in ("L: ", "K: ", "VALUE"))


def test_shell_completion_is_on(monkeypatch: pytest.MonkeyPatch) -> None:
    # Typer's switch for tests: --show-completion takes the shell's name instead of
    # detecting the parent process's shell (under make, "sh", which it has no script for).
    monkeypatch.setenv("_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION", "1")
    script = runner.invoke(app, ["--show-completion", "bash"])
    assert script.exit_code == 0, (script.output, script.exception)
    assert "complete -o default -F _briefgen_completion briefgen" in script.output
    completed = runner.invoke(
        app,
        [],
        prog_name="briefgen",
        env={
            "_BRIEFGEN_COMPLETE": "complete_bash",
            "COMP_WORDS": "briefgen sch",
            "COMP_CWORD": "1",
        },
    )
    assert completed.output.split() == ["schedule"]


def test_build_takes_timeline_sentences(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text(GOOD)
    result = runner.invoke(app, ["build", str(doc), "--timeline-sentences", "0"])
    assert result.exit_code == 1
    assert result.output == "error: timeline_dates and timeline_sentences must be at least 1\n"


def _schedule_toml(tmp_path: Path) -> Path:
    toml = tmp_path / "brief.toml"
    toml.write_text('[schedule]\ncron = "0 7 * * 1"\ntimezone = "UTC"\n')
    return toml


def test_json_success_is_one_object_with_ok_true(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["schedule", "next", "-c", str(_schedule_toml(tmp_path)), "-n", "2", "--json"]
    )
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["ok"] is True
    assert len(data["next"]) == 2


def test_json_failure_is_one_object_with_the_same_exit_code(tmp_path: Path) -> None:
    result = runner.invoke(app, ["schedule", "cron", "-c", str(tmp_path / "none.toml"), "--json"])
    assert result.exit_code == 1
    assert json.loads(result.stdout) == {
        "ok": False,
        "error": {"where": str(tmp_path / "none.toml"), "problem": "file does not exist"},
    }


@pytest.mark.parametrize("command", [["schedule", "next"], ["schedule", "cron"]])
def test_schedule_next_and_cron_take_quiet(tmp_path: Path, command: list[str]) -> None:
    result = runner.invoke(app, [*command, "-c", str(_schedule_toml(tmp_path)), "--quiet"])
    assert result.exit_code == 0
    assert result.output == ""


def test_repeated_warnings_are_collapsed_and_exact_repeats_dropped(
    capsys: pytest.CaptureFixture[str],
) -> None:
    root = logging.getLogger()
    level = root.level
    out = Output()
    out.warnings = setup_logging(out)
    try:
        log = logging.getLogger("briefgen.ingest")
        for n in range(13):
            log.warning("%s", f"in/{n}.txt: file is empty; skipped")
        log.warning("%s", "in/0.txt: file is empty; skipped")  # the same, said twice
        log.warning("refused to fetch %s: only template files", "http://a.example/x.png")
        log.warning("refused to fetch %s: only template files", "http://b.example/y.png")
        out.flush_warnings()
    finally:
        root.removeHandler(out.warnings)
        root.setLevel(level)
    assert capsys.readouterr().err == (
        "warning: in/0.txt: file is empty; skipped (and 12 more like it)\n"
        "warning: refused to fetch http://a.example/x.png: only template files "
        "(and 1 more like it)\n"
    )


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD)
    for name in ("b.txt", "c.txt", "d.txt"):
        (folder / name).write_text("")
    return folder


def test_warnings_print_once_and_quiet_means_errors_only(tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    result = runner.invoke(app, ["extract", str(folder), "-o", str(tmp_path / "b.json")])
    assert result.exit_code == 0, result.output
    assert (
        result.stderr == f"warning: {folder}/b.txt: file is empty; skipped (and 2 more like it)\n"
    )
    quiet = runner.invoke(app, ["extract", str(folder), "-o", str(tmp_path / "c.json"), "-q"])
    assert quiet.exit_code == 0
    assert quiet.output == ""
    as_json = runner.invoke(app, ["extract", str(folder), "-o", str(tmp_path / "d.json"), "--json"])
    data = json.loads(as_json.stdout)  # stdout holds the one object; warnings stay on stderr
    assert data["ok"] is True
    assert len(data["skipped"]) == 3


def test_dates_prints_tsv_when_piped_a_table_on_a_terminal_and_json_when_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Talks\n\nAugust 16, 2021\n\nTalks began on Monday.\n")
    piped = runner.invoke(app, ["dates", str(article)])
    assert piped.exit_code == 0
    assert piped.stdout == (
        "text\ttype\tvalue\tsentence\n"
        "August 16, 2021\tDATE\t2021-08-16\tAugust 16, 2021\n"
        "Monday\tDATE\t2021-08-16\tTalks began on Monday.\n"
    )
    as_json = json.loads(runner.invoke(app, ["dates", str(article), "--json"]).stdout)
    assert as_json["ok"] is True
    assert as_json["dct"] == "2021-08-16"
    assert [t["value"] for t in as_json["timexes"]] == ["2021-08-16", "2021-08-16"]
    monkeypatch.setattr("briefgen.commands.dates._to_terminal", lambda: True)
    table = runner.invoke(app, ["dates", str(article)])
    assert "a.txt (DCT 2021-08-16)" in table.stdout
    assert "┃ text" in table.stdout


def test_schedule_run_refuses_to_start_without_a_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["schedule", "run", "--once"])
    assert result.exit_code == 1
    assert result.output.startswith("error: schedule run needs a project file: --config brief.toml")
    assert list(tmp_path.iterdir()) == []  # no delivery log, no lock, no reports/


def test_build_with_nothing_to_build_says_what_to_give_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["build"])
    assert result.exit_code == 1
    assert result.output == (
        "error: nothing to build: give files, folders or globs (briefgen build articles/), a "
        "project file (--config brief.toml), or try the bundled example: briefgen demo\n"
    )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("umask", [0o022, 0o002, 0o077])
def test_outputs_get_the_users_umask(tmp_path: Path, umask: int) -> None:
    previous = os.umask(umask)
    try:
        written = write_atomic(tmp_path / "out" / "brief.json", b"{}")
        with staging_dir(tmp_path / "reports", "2021-08-16T0700Z") as stage:
            assert stage.path.stat().st_mode & 0o777 == 0o700  # private while half-written
            (stage.path / "brief.pdf").write_bytes(b"%PDF")
    finally:
        os.umask(previous)
    assert written.stat().st_mode & 0o777 == 0o666 & ~umask
    assert stage.final is not None
    assert stage.final.stat().st_mode & 0o777 == 0o777 & ~umask


def test_dates_in_flags_may_be_written_as_people_write_them() -> None:
    today = date.today()
    assert load_config(None, since="2 weeks ago").since == today - timedelta(days=14)
    monday = load_config(None, since="last monday").since
    assert monday is not None
    assert monday.weekday() == 0 and today - timedelta(days=7) <= monday < today
    whole_year = load_config(None, since="2021", until="2021")
    assert (whole_year.since, whole_year.until) == (date(2021, 1, 1), date(2021, 12, 31))
    assert load_config(None, until="August 2021").until == date(2021, 8, 31)
    assert load_config(None, ref_date="16 août 2021").ref_date == date(2021, 8, 16)


def test_dates_in_brief_toml_may_be_written_as_people_write_them(tmp_path: Path) -> None:
    toml = tmp_path / "brief.toml"
    toml.write_text('since = "1 Aug 2021"\nuntil = 2021-08-31\n')
    config = load_config(toml)
    assert (config.since, config.until) == (date(2021, 8, 1), date(2021, 8, 31))


def test_json_usage_error_is_one_object_with_exit_code_2() -> None:
    result = runner.invoke(app, ["build", "--json", "--bogus"])
    assert result.exit_code == 2
    data = json.loads(result.stdout)  # Click's wording of the problem varies by version
    assert (data["ok"], data["error"]["where"]) == (False, "briefgen build")
    assert "No such option" in data["error"]["problem"] and "--bogus" in data["error"]["problem"]


def test_demo_builds_the_bundled_seeds_from_any_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # no seeds/ here
    result = runner.invoke(app, ["demo", "-o", "out", "--format", "json", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    brief = json.loads(Path(data["files"]["json"]).read_text(encoding="utf-8"))
    assert len(brief["documents"]) == len(list((ROOT / "seeds").iterdir()))
