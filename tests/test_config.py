"""Configuration: defaults < brief.toml < flags, every problem reported at once."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from briefgen.config import load_config
from briefgen.errors import ConfigError


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "brief.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults() -> None:
    config = load_config()
    assert config.inputs == (Path("seeds"),)
    assert config.output_dir == Path("reports")
    assert config.formats == ("pdf", "html", "json")


def test_file_values_paths_relative_to_the_file_and_flags_win(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        """
title = "Weekly: Sahel"
inputs = ["feeds/*.jsonl", "articles"]
output_dir = "out"
window = "7d"
query = ["coup", "junta"]

[email]
to = ["desk@example.org"]
from = "briefgen@example.org"

[smtp]
host = "mail.example.org"
port = 587
security = "starttls"
password_env = "BRIEFGEN_SMTP_PASSWORD"

[schedule]
cron = "0 7 * * 1"
timezone = "Europe/Paris"
""",
    )
    config = load_config(path, title=None, since="2024-01-01")
    assert config.title == "Weekly: Sahel"
    assert config.inputs == (tmp_path / "feeds/*.jsonl", tmp_path / "articles")
    assert config.output_dir == tmp_path / "out"
    assert config.query == ("coup", "junta")
    assert config.email.sender == "briefgen@example.org"
    assert config.smtp.port == 587 and config.smtp.password_env == "BRIEFGEN_SMTP_PASSWORD"
    assert config.schedule.timezone == "Europe/Paris"
    assert config.since == date(2024, 1, 1)
    assert load_config(path, title="Other").title == "Other"


def test_all_problems_reported_at_once(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        """
titel = "typo"
formats = ["pdf", "odt"]
window = "a week"
[smtp]
port = "25"
security = "tls"
passwd = "secret"
[schedule]
timezone = "Mars/Olympus"
""",
    )
    with pytest.raises(ConfigError) as info:
        load_config(path)
    problems = info.value.problems
    assert "unknown key 'titel'" in problems
    assert "unknown key smtp.passwd" in problems
    assert "smtp.port must be a number" in problems
    assert "smtp.security must be one of starttls, ssl, none" in problems
    assert any("unknown format odt" in p for p in problems)
    assert any("window must look like" in p for p in problems)
    assert any("Mars/Olympus" in p for p in problems)
    assert str(info.value).startswith(f"{path}: ")


def test_invalid_toml_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(_write(tmp_path, "title = "))
    with pytest.raises(ConfigError, match="file does not exist"):
        load_config(tmp_path / "nope.toml")


def test_sender_cannot_be_spelled_as_the_python_name(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"unknown key email\.sender"):
        load_config(_write(tmp_path, '[email]\nsender = "a@example.org"\n'))


def test_values_that_used_to_pass_loading_and_crash_later_are_all_reported(
    tmp_path: Path,
) -> None:
    path = _write(
        tmp_path,
        """
timeline_dates = 1e400
formats = 5
since = 2026-01-01T09:00:00
until = 2026-02-01
[smtp]
port = nan
timeout = 0
retries = -1
[schedule]
cron = "0 7 30 2 *"
""",
    )
    with pytest.raises(ConfigError) as info:
        load_config(path)
    problems = info.value.problems
    assert "timeline_dates must be a finite number, not inf" in problems
    assert "smtp.port must be a finite number, not nan" in problems
    assert "formats must be a list of format names, not 5" in problems
    assert any(
        p.startswith("since must be a date like 2021-08-16, not a date and") for p in problems
    )
    assert "smtp.timeout must be more than 0 seconds" in problems
    assert "smtp.retries must not be negative" in problems
    assert any("'0 7 30 2 *' never fires" in p for p in problems)


@pytest.mark.parametrize("cron", ["* * * * * *", "0 7 * * 1 2026", "0 7 * *"])
def test_only_five_field_cron_expressions(tmp_path: Path, cron: str) -> None:
    with pytest.raises(ConfigError, match="minute hour day-of-month month day-of-week"):
        load_config(_write(tmp_path, f'[schedule]\ncron = "{cron}"\n'))


def test_aliases_and_real_leap_days_are_fine(tmp_path: Path) -> None:
    assert load_config(_write(tmp_path, '[schedule]\ncron = "@weekly"\n')).schedule.cron
    assert load_config(_write(tmp_path, '[schedule]\ncron = "0 7 29 2 *"\n')).schedule.cron


def test_whole_numbers_where_counts_are_meant(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"smtp\.retries must be a whole number, not 2\.5"):
        load_config(_write(tmp_path, "[smtp]\nretries = 2.5\n"))


def test_missing_templates_folder_and_empty_output_are_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(None, templates=tmp_path / "nonexistent", output_dir="")
    assert f"templates: {tmp_path / 'nonexistent'} is not a folder" in info.value.problems
    assert "output_dir must be a path, not an empty string" in info.value.problems
    with pytest.raises(ConfigError, match="output_dir must be a path"):
        load_config(_write(tmp_path, 'output_dir = ""\n'))


def test_naming_a_dask_scheduler_chooses_the_dask_executor(tmp_path: Path) -> None:
    toml = tmp_path / "brief.toml"
    toml.write_text('dask_scheduler = "tcp://10.0.0.5:8786"\n', encoding="utf-8")
    config = load_config(toml)
    assert (config.executor, config.dask_scheduler) == ("dask", "tcp://10.0.0.5:8786")
    assert load_config(toml, executor="local").executor == "local"
    assert load_config(None).executor == "local"


def test_a_dask_executor_without_a_scheduler_or_a_bad_address_is_refused() -> None:
    with pytest.raises(ConfigError, match=r"executor 'dask' needs dask_scheduler"):
        load_config(None, executor="dask")
    with pytest.raises(ConfigError, match=r"dask_scheduler must look like tcp://HOST:PORT"):
        load_config(None, dask_scheduler="10.0.0.5:8786")
    with pytest.raises(ConfigError, match=r"executor must be one of local, dask, not 'spark'"):
        load_config(None, executor="spark")
