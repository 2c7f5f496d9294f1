"""[[notify]]: chat channels and webhooks through apprise, against a receiver on 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sample_brief import sample_brief
from typer.testing import CliRunner
from webhook_server import Receiver, receiver

from briefgen.cli import app
from briefgen.config import load_config
from briefgen.deliver.content import content_from_brief
from briefgen.deliver.notify import notify_build
from briefgen.deliver.store import open_store
from briefgen.errors import ConfigError

BOTTOM = "Russia reacted to the Taliban takeover of Afghanistan in August 2021 pragmatically"


@pytest.fixture
def hook() -> Iterator[Receiver]:
    with receiver() as rec:
        yield rec


def _config(tmp_path: Path, channels: str) -> Path:
    path = tmp_path / "brief.toml"
    path.write_text(f'output_dir = "out"\nformats = ["json", "html"]\n{channels}', "utf-8")
    return path


def _build_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out" / "2021-12-01T0930Z"
    folder.mkdir(parents=True)
    (folder / "brief.html").write_text("<p>brief</p>")
    (folder / "brief.pdf").write_bytes(b"%PDF-1.7 not really")
    return folder


def test_webhook_receives_bottom_line_judgments_and_link(
    tmp_path: Path, hook: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOOK_URL", f"json://127.0.0.1:{hook.port}/brief")
    cfg = _config(
        tmp_path,
        '[[notify]]\nname = "ops"\nurl_env = "HOOK_URL"\n'
        'link = "https://briefs.example.org/reports"\nattach = ["pdf"]\n',
    )
    folder = _build_dir(tmp_path)
    report = notify_build(load_config(cfg), content_from_brief(sample_brief()), folder, "b1")
    assert report.sent == ("ops",) and not report.failed

    [post] = hook.received("/brief")
    assert (
        post["title"] == "Russia and the Taliban takeover of Afghanistan: 8 July – 30 November 2021"
    )
    assert BOTTOM in post["message"]
    assert "Key judgments:\n1. " in post["message"]
    assert "https://briefs.example.org/reports/2021-12-01T0930Z/brief.html" in post["message"]
    assert [a["filename"] for a in post["attachments"]] == ["brief.pdf"]


def test_500_then_200_is_retried_and_lands_once(
    tmp_path: Path, hook: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOOK_URL", f"json://127.0.0.1:{hook.port}/flaky")
    hook.answers["/flaky"] = [500]
    cfg = _config(tmp_path, '[[notify]]\nurl_env = "HOOK_URL"\nbackoff = 3\n')
    waits: list[float] = []
    content = content_from_brief(sample_brief())
    config = load_config(cfg)
    report = notify_build(config, content, _build_dir(tmp_path), "b1", sleep=waits.append)
    assert report.sent == ("HOOK_URL",)
    assert hook.tries("/flaky") == [500, 200]
    assert waits == [3.0]
    # The log has it as sent; a second delivery of the build posts nothing.
    again = notify_build(config, content, tmp_path / "out" / "2021-12-01T0930Z", "b1")
    assert again.skipped == ("HOOK_URL",) and not again.sent
    assert hook.tries("/flaky") == [500, 200]
    with open_store(tmp_path / "out" / "delivery.sqlite") as store:
        rows = store.deliveries("b1")
    assert [(r["recipient"], r["status"], r["attempts"]) for r in rows] == [
        ("notify:HOOK_URL", "sent", 2)
    ]


def test_a_channel_that_keeps_failing_is_reported_without_the_secret(
    tmp_path: Path, hook: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOOK_URL", f"json://127.0.0.1:{hook.port}/down")
    hook.answers["/down"] = [503, 503, 503]
    cfg = _config(tmp_path, '[[notify]]\nname = "ops"\nurl_env = "HOOK_URL"\nretries = 2\n')
    content = content_from_brief(sample_brief())
    report = notify_build(
        load_config(cfg), content, _build_dir(tmp_path), "b1", sleep=lambda _: None
    )
    assert hook.tries("/down") == [503, 503, 503]
    assert list(report.failed) == ["ops"]
    # One line with apprise's reason (its wording is its own); the URL, the secret, is not in it.
    assert "error=503" in report.failed["ops"] and "\n" not in report.failed["ops"]
    assert str(hook.port) not in report.failed["ops"]


def test_build_notify_survives_a_timeout_and_notify_retries_only_that_channel(
    tmp_path: Path, hook: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text(
        "Port talks\nDate: 2024-03-08\n\nOn 7 March 2024 the port authority reopened the "
        "northern terminal after a week of talks with the dockers' union.\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("GOOD_URL", f"json://127.0.0.1:{hook.port}/good")
    monkeypatch.setenv("SLOW_URL", f"json://127.0.0.1:{hook.port}/slow")
    cfg = _config(
        tmp_path,
        'inputs = ["a.txt"]\n'
        '[[notify]]\nname = "good"\nurl_env = "GOOD_URL"\n'
        '[[notify]]\nname = "slow"\nurl_env = "SLOW_URL"\ntimeout = 0.5\nretries = 0\n',
    )
    hook.stall = 1.5  # longer than the slow channel's timeout, not the good one's
    result = CliRunner().invoke(app, ["build", "--config", str(cfg), "--notify"])
    assert result.exit_code == 0, result.output
    [warning] = [line for line in result.output.splitlines() if "slow" in line and "warn" in line]
    assert warning.startswith("warning: notify slow: not posted (timed out")
    assert "briefgen notify" in warning
    assert len(hook.received("/good")) == 1
    assert "reopened the northern terminal" in hook.received("/good")[0]["message"]

    hook.stall = 0
    [build] = [p for p in (tmp_path / "out").iterdir() if p.name.startswith("20")]
    again = CliRunner().invoke(app, ["notify", str(build), "--config", str(cfg), "--json"])
    assert again.exit_code == 0, again.output
    answer = json.loads(again.output)
    assert answer["sent"] == ["slow"] and answer["skipped"] == ["good"]
    assert len(hook.received("/good")) == 1


@pytest.mark.parametrize(
    ("table", "problem"),
    [
        ('url = "https://hooks.slack.com/services/T0/B0/xyz"', "notify[1].url: a channel's URL"),
        ('url_env = "slack://T0/B0/xyz"', "names an environment variable"),
        ('url_env = "X"\nlink = "https://user:pw@briefs.example.org"', "link carries credentials"),
        ('url_env = "X"\nlink = "https://b.example.org/?token=abc"', "link carries credentials"),
        ('url_env = "X"\nattach = ["odt"]', "attach: unknown format odt"),
        ('url_env = "X"\ntimeout = 0', "timeout must be more than 0"),
        ('name = "n"', "url_env is missing"),
    ],
)
def test_config_refuses_secrets_and_bad_values(tmp_path: Path, table: str, problem: str) -> None:
    cfg = _config(tmp_path, f"[[notify]]\n{table}\n")
    with pytest.raises(ConfigError, match=problem.replace("[", r"\[").replace("]", r"\]")):
        load_config(cfg)


@pytest.mark.parametrize(
    "url",
    [
        "https://hooks.slack.com/services/T0000/B0000/XXXXXXXXXXXXXXXXXXXXXXXX",
        "slack://T0000/B0000/XXXXXXXXXXXXXXXXXXXXXXXX/#briefs",
        "workflows://prod-01.westus.logic.azure.com/a1b2c3d4e5f6/SiGnAtUrE",
        "matrixs://briefs:secret@matrix.example.org/#briefs",
        "jsons://hooks.example.org/briefs",
    ],
)
def test_the_readme_channel_urls_are_ones_apprise_takes(url: str) -> None:
    import apprise

    assert apprise.Apprise().add(url)


def test_notify_command_fails_in_one_line_when_a_channel_fails(
    tmp_path: Path, hook: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefgen.render.json import brief_to_json

    monkeypatch.setenv("HOOK_URL", f"json://127.0.0.1:{hook.port}/gone")
    hook.answers["/gone"] = [404]
    cfg = _config(tmp_path, '[[notify]]\nname = "ops"\nurl_env = "HOOK_URL"\nretries = 0\n')
    folder = _build_dir(tmp_path)
    (folder / "brief.json").write_text(brief_to_json(sample_brief()), encoding="utf-8")
    result = CliRunner().invoke(app, ["notify", str(folder), "--config", str(cfg)])
    assert result.exit_code == 1
    # One line: what happened, the channel and apprise's reason (its wording is its own).
    opening = f"error: build {folder.name}: posted to 0 channel(s), 1 failed: ops: "
    assert result.output.startswith(opening) and result.output.count("\n") == 1
    assert "error=404" in result.output
    assert result.output.endswith("; run it again to retry only those\n")


def test_build_notify_without_channels_says_so(tmp_path: Path) -> None:
    cfg = _config(tmp_path, "")
    result = CliRunner().invoke(app, ["build", "--config", str(cfg), "--notify"])
    assert result.exit_code == 1
    assert "no [[notify]] channels configured" in result.output
    assert not (tmp_path / "out").exists()


def test_the_timeout_is_added_without_losing_the_room_or_a_given_timeout() -> None:
    import apprise

    from briefgen.deliver.notify import with_timeout

    url = with_timeout("matrixs://briefs:secret@matrix.example.org/#briefs", 7)
    service = apprise.Apprise()
    assert service.add(url)
    assert service[0].rooms == ["#briefs"]
    assert (service[0].socket_connect_timeout, service[0].socket_read_timeout) == (7.0, 7.0)
    assert with_timeout("json://127.0.0.1:9/x?rto=2", 7) == "json://127.0.0.1:9/x?rto=2&cto=7"


def test_the_scheduler_posts_a_window_once_even_when_it_is_built_again(
    tmp_path: Path, hook: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import UTC, datetime

    from briefgen.deliver.schedule import default_build_and_send

    (tmp_path / "a.txt").write_text(
        "Port talks\nDate: 2024-03-08\n\nOn 7 March 2024 the port authority reopened the "
        "northern terminal.\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("HOOK_URL", f"json://127.0.0.1:{hook.port}/weekly")
    cfg = _config(tmp_path, 'inputs = ["a.txt"]\n[[notify]]\nurl_env = "HOOK_URL"\n')
    run = default_build_and_send(load_config(cfg))
    window = datetime(2024, 3, 11, 7, tzinfo=UTC)
    run(window)
    run(window)  # a retried window: built again (into "…-2"), posted under the window's id
    builds = sorted(p.name for p in (tmp_path / "out").iterdir() if p.name.startswith("2024"))
    assert builds == ["2024-03-11T0700Z", "2024-03-11T0700Z-2"]
    assert len(hook.received("/weekly")) == 1
