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
formats = ["pdf", "docx"]
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
    assert any("unknown format docx" in p for p in problems)
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
