"""Build, then deliver: one library function for ``build --email`` and the scheduler."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from smtp_servers import Handler, smtp_server
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.config import load_config
from briefgen.deliver import RecipientsFailed
from briefgen.deliver.publish import build_and_deliver
from briefgen.deliver.schedule import default_build_and_send
from briefgen.errors import DeliveryError

ARTICLE = (
    "Grain talks resume in Istanbul\n\nNovember 18, 2026\n\n"
    "Negotiators from Ukraine and Russia met in Istanbul on Tuesday to revive the grain "
    "corridor, the Turkish foreign ministry said. The talks ended without a deal.\n"
)


def _project(tmp_path: Path, port: int, formats: str = "pdf") -> Path:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "talks.txt").write_text(ARTICLE, encoding="utf-8")
    toml = tmp_path / "brief.toml"
    toml.write_text(
        f'inputs = ["in"]\noutput_dir = "reports"\nformats = "{formats}"\n'
        '[email]\nto = ["ann@example.org", "bob@example.org", "carol@example.org"]\n'
        'from = "briefs@example.org"\n'
        f'[smtp]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "none"\nretries = 0\n',
        encoding="utf-8",
    )
    return toml


def test_email_without_pdf_is_refused_before_building(tmp_path: Path) -> None:
    toml = _project(tmp_path, 2525, formats="json")
    result = CliRunner().invoke(app, ["build", "-c", str(toml), "--format", "json", "--email"])
    assert result.exit_code == 1
    assert result.output == (
        "error: formats: the mail carries the PDF: add pdf to formats (or --format) to use "
        "--email\n"
    )
    # The scheduler goes through the same function, so it refuses the same way.
    build = default_build_and_send(load_config(toml))
    try:
        build(datetime(2026, 11, 23, 7, tzinfo=UTC))
    except DeliveryError as exc:
        assert str(exc) == result.output.removeprefix("error: ").strip()
    else:
        raise AssertionError("the scheduler built without a PDF to mail")
    assert [p.name for p in (tmp_path / "reports").iterdir() if not p.name.startswith(".")] in (
        [],
        ["build.lock"],
    )


def test_the_advice_after_a_partial_failure_names_the_command_that_retries(
    tmp_path: Path,
) -> None:
    handler = Handler(always_refuse={"bob@example.org"})
    with smtp_server(handler=handler) as server:
        toml = _project(tmp_path, server.port)
        failed = CliRunner().invoke(app, ["build", "-c", str(toml), "--email"])
        assert failed.exit_code == 1
        (build_dir,) = [p for p in (tmp_path / "reports").iterdir() if p.name[:2] == "20"]
        advice = f"to retry only those, run: briefgen email {build_dir} --config {toml}\n"
        assert failed.output.startswith(f"error: build {build_dir.name}: not delivered to 1 of 3")
        assert failed.output.endswith(advice)

        handler.always_refuse.clear()
        retried = CliRunner().invoke(app, ["email", str(build_dir), "--config", str(toml)])
    assert retried.exit_code == 0, retried.output
    assert retried.output == f"{build_dir.name}: sent to 1, 2 already had it\n"
    assert [m.rcpt_tos for m in handler.messages] == [
        ["ann@example.org", "carol@example.org"],
        ["bob@example.org"],
    ]


def test_a_scheduled_build_in_a_renamed_folder_is_retried_under_its_window_id(
    tmp_path: Path,
) -> None:
    handler = Handler(always_refuse={"bob@example.org"})
    when = datetime(2026, 11, 23, 7, tzinfo=UTC)
    with smtp_server(handler=handler) as server:
        toml = _project(tmp_path, server.port)
        config = load_config(toml)
        # An earlier attempt at this window left its folder: this build goes to "…-2".
        (tmp_path / "reports" / "2026-11-23T0700Z").mkdir(parents=True)
        with pytest.raises(RecipientsFailed) as failed:
            build_and_deliver(config, now=when, email=True, build_id="2026-11-23T0700Z")
        build_dir = tmp_path / "reports" / "2026-11-23T0700Z-2"
        assert str(failed.value).endswith(f"run: briefgen email {build_dir} --config {toml}")

        handler.always_refuse.clear()
        retried = CliRunner().invoke(app, ["email", str(build_dir), "--config", str(toml)])
    assert retried.output == "2026-11-23T0700Z: sent to 1, 2 already had it\n"
    assert [m.rcpt_tos for m in handler.messages] == [
        ["ann@example.org", "carol@example.org"],
        ["bob@example.org"],
    ]
