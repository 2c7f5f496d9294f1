"""The scheduler with an injected clock: each window once, catch-up, locks, restarts."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from deliver_fixtures import cli_app, mail_config, small_brief, write_pdf
from smtp_servers import smtp_server
from typer.testing import CliRunner

from briefgen.config import Config, ScheduleConfig
from briefgen.deliver import Locked, build_lock, cron_files, deliver_brief, next_runs, run_scheduler
from briefgen.deliver.cron import on_calendar
from briefgen.deliver.lock import scheduler_lock
from briefgen.deliver.schedule import build_id
from briefgen.deliver.store import default_db_path, open_store
from briefgen.errors import ConfigError


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


# Monday 07:00 in Paris is 06:00 UTC in winter.
MON = [utc(2026, 11, 23, 6), utc(2026, 11, 30, 6), utc(2026, 12, 7, 6), utc(2026, 12, 14, 6)]


class Clock:
    """A fake clock; ``sleep`` moves it forward."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def sleep(self, seconds: float) -> None:
        assert seconds > 0
        self.now += timedelta(seconds=seconds)


class Builds:
    """An injected build: records (window, clock time); fails while ``failures`` remain."""

    def __init__(self, clock: Clock, failures: int = 0) -> None:
        self.clock = clock
        self.failures = failures
        self.calls: list[tuple[datetime, datetime]] = []

    def __call__(self, when: datetime) -> None:
        self.calls.append((when, self.clock.now))
        if self.failures:
            self.failures -= 1
            raise RuntimeError("the build broke")

    @property
    def windows(self) -> list[datetime]:
        return [w for w, _ in self.calls]


def config(tmp_path: Path, **schedule: object) -> Config:
    settings: dict[str, object] = {"cron": "0 7 * * 1", "timezone": "Europe/Paris"}
    settings.update(schedule)
    return Config(output_dir=tmp_path / "reports", schedule=ScheduleConfig(**settings))  # type: ignore[arg-type]


def runs(cfg: Config) -> dict[datetime, tuple[str, int]]:
    with open_store(default_db_path(cfg.output_dir)) as store:
        return {w: (r.status, r.attempts) for w, r in store.runs().items()}


def test_next_runs_follow_the_time_zone(tmp_path: Path) -> None:
    cfg = config(tmp_path)
    got = next_runs(cfg, 3, utc(2026, 11, 23, 5))
    assert [t.astimezone(UTC) for t in got] == MON[:3]
    assert str(got[0].tzinfo) == "Europe/Paris"
    # Across the spring change, 07:00 stays 07:00 local: 06:00 UTC, then 05:00 UTC.
    daily = next_runs(
        replace(cfg, schedule=replace(cfg.schedule, cron="0 7 * * *")), 2, utc(2027, 3, 27, 12)
    )
    assert [t.astimezone(UTC).hour for t in daily] == [5, 5]
    assert next_runs(cfg, 1, utc(2027, 3, 26, 12))[0].astimezone(UTC) == utc(2027, 3, 29, 5)


def test_bad_schedule_is_reported_at_once(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as err:
        next_runs(config(tmp_path, cron="61 7 * * 1", catch_up=0), 1)
    assert err.value.problems == [
        "schedule.cron '61 7 * * 1' is not a cron expression like '0 7 * * 1' "
        "(minute hour day-of-month month day-of-week)",
        "schedule.catch_up must be at least 1",
    ]


def test_each_window_runs_once_on_time(tmp_path: Path) -> None:
    cfg = config(tmp_path)
    clock = Clock(utc(2026, 11, 23, 5))
    builds = Builds(clock)
    results = run_scheduler(cfg, builds, clock=clock, sleep=clock.sleep, max_runs=3, poll=3600)
    assert [r.status for r in results] == ["done"] * 3
    assert builds.windows == MON[:3]
    # Never early, and at most one poll late.
    assert all(w <= at < w + timedelta(hours=1) for w, at in builds.calls)
    # A restart at the same moment finds nothing to do.
    again = Builds(clock)
    assert run_scheduler(cfg, again, clock=clock, sleep=clock.sleep, once=True) == []
    assert runs(cfg) == {w: ("done", 1) for w in MON[:3]}


def test_catch_up_after_downtime_is_bounded(tmp_path: Path) -> None:
    cfg = config(tmp_path, catch_up=2)
    clock = Clock(utc(2026, 11, 23, 5))
    run_scheduler(cfg, Builds(clock), clock=clock, sleep=clock.sleep, max_runs=1)
    # Down for three weeks and a bit: three windows missed (11-30, 12-07, 12-14).
    clock.now = utc(2026, 12, 14, 9)
    builds = Builds(clock)
    results = run_scheduler(cfg, builds, clock=clock, sleep=clock.sleep, once=True)
    assert [(r.scheduled_for, r.status) for r in results] == [(MON[2], "done"), (MON[3], "done")]
    assert runs(cfg) == {
        MON[0]: ("done", 1),
        MON[1]: ("skipped", 0),
        MON[2]: ("done", 1),
        MON[3]: ("done", 1),
    }


def test_first_start_does_not_build_old_windows(tmp_path: Path) -> None:
    clock = Clock(utc(2026, 11, 25, 12))  # a Wednesday
    builds = Builds(clock)
    assert run_scheduler(config(tmp_path / "a"), builds, clock=clock, once=True) == []
    # ...but a cron/timer start a few minutes late still builds its window.
    clock.now = MON[0] + timedelta(minutes=3)
    results = run_scheduler(config(tmp_path / "b"), builds, clock=clock, once=True)
    assert [r.scheduled_for for r in results] == [MON[0]]


def test_first_start_of_a_frequent_schedule_builds_one_window(tmp_path: Path) -> None:
    clock = Clock(utc(2026, 11, 23, 15, 21, 7))
    builds = Builds(clock)
    cfg = config(tmp_path, cron="* * * * *", timezone="UTC")
    results = run_scheduler(cfg, builds, clock=clock, once=True)
    assert [r.scheduled_for for r in results] == [utc(2026, 11, 23, 15, 21)]


def test_a_failing_build_is_retried_later_and_does_not_stop_the_scheduler(tmp_path: Path) -> None:
    cfg = config(tmp_path, max_attempts=3, retry_after=600)
    clock = Clock(utc(2026, 11, 23, 5))
    builds = Builds(clock, failures=4)
    results = run_scheduler(cfg, builds, clock=clock, sleep=clock.sleep, max_runs=5, poll=3600)
    assert [(r.scheduled_for, r.status) for r in results] == [
        (MON[0], "failed"),
        (MON[0], "failed"),
        (MON[0], "failed"),
        (MON[1], "failed"),
        (MON[1], "done"),
    ]
    assert results[0].error == "RuntimeError: the build broke"
    first = [at for w, at in builds.calls if w == MON[0]]
    assert all(b - a >= timedelta(seconds=600) for a, b in pairwise(first))
    assert runs(cfg) == {MON[0]: ("failed", 3), MON[1]: ("done", 2)}


def test_a_run_cut_off_by_a_crash_is_retried_after_restart(tmp_path: Path) -> None:
    cfg = config(tmp_path, retry_after=0)
    clock = Clock(utc(2026, 11, 23, 5))

    def crash(when: datetime) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_scheduler(cfg, crash, clock=clock, sleep=clock.sleep)
    assert runs(cfg) == {MON[0]: ("running", 1)}
    builds = Builds(clock)
    results = run_scheduler(cfg, builds, clock=clock, sleep=clock.sleep, once=True)
    assert [r.status for r in results] == ["done"] and builds.windows == [MON[0]]
    assert runs(cfg) == {MON[0]: ("done", 2)}


def test_locks_keep_schedulers_and_builds_apart(tmp_path: Path) -> None:
    cfg = config(tmp_path)
    clock = Clock(MON[0] + timedelta(minutes=1))
    seen: list[str] = []

    def build(when: datetime) -> None:
        # While a scheduled run is building: a second scheduler and a manual build refuse.
        with pytest.raises(Locked) as err:
            run_scheduler(cfg, build, clock=clock, once=True)
        seen.append(str(err.value))
        with pytest.raises(Locked) as err, build_lock(cfg.output_dir):
            pass
        seen.append(str(err.value))

    assert [r.status for r in run_scheduler(cfg, build, clock=clock, once=True)] == ["done"]
    lock_dir = cfg.output_dir
    assert seen[0].startswith(
        f"{lock_dir / 'scheduler.lock'}: a scheduler is already running here (pid "
    )
    assert seen[1].startswith(f"{lock_dir / 'build.lock'}: a build is already running here (pid ")

    # A manual build holding the folder makes the window wait for the next tick.
    clock.now = MON[1] + timedelta(minutes=1)
    builds = Builds(clock)
    with build_lock(cfg.output_dir):
        assert run_scheduler(cfg, builds, clock=clock, once=True, lock_timeout=0) == []
    assert run_scheduler(cfg, builds, clock=clock, once=True)[0].scheduled_for == MON[1]
    with scheduler_lock(cfg.output_dir), pytest.raises(Locked):
        run_scheduler(cfg, builds, clock=clock, once=True)


def test_a_retried_window_never_mails_anyone_twice(tmp_path: Path) -> None:
    """Exactly once end to end: the build fails after the mail went out, then is retried."""
    with smtp_server() as server:
        cfg = mail_config(tmp_path, server.port)
        cfg = replace(cfg, schedule=ScheduleConfig(cron="0 7 * * 1", retry_after=0))
        clock = Clock(utc(2026, 11, 23, 6, 59))
        attempts = []

        def build_and_send(when: datetime) -> None:
            pdf = write_pdf(cfg.output_dir / f"{build_id(when)}-{len(attempts)}")
            deliver_brief(cfg, small_brief(), pdf, build_id(when), now=when)
            attempts.append(when)
            if len(attempts) == 1:
                raise OSError("disk full while writing the manifest")

        results = run_scheduler(cfg, build_and_send, clock=clock, sleep=clock.sleep, max_runs=2)
    assert [r.status for r in results] == ["failed", "done"]
    assert len(server.handler.messages) == 1
    with open_store(default_db_path(cfg.output_dir)) as store:
        assert [r["status"] for r in store.deliveries("2026-11-23T0700Z")] == ["sent"] * 3


def test_cron_files(tmp_path: Path) -> None:
    toml = tmp_path / "brief.toml"
    toml.write_text('[schedule]\ncron = "0 7 * * 1"\ntimezone = "Europe/Paris"\n', "utf-8")
    from briefgen.config import load_config

    cfg = load_config(toml)
    crontab, service, timer = cron_files(cfg)
    tz_line, line = crontab.splitlines()
    assert tz_line == "CRON_TZ=Europe/Paris"
    assert line.startswith(f"0 7 * * 1 cd {tmp_path} && ")
    assert f"schedule run --once --config {toml}" in line
    assert "Type=oneshot" in service and f"--config {toml}" in service
    assert "OnCalendar=Mon *-*-* 07:00:00 Europe/Paris\nPersistent=true" in timer


@pytest.mark.parametrize(
    ("cron", "calendar"),
    [
        ("30 6 * * 1-5", "Mon..Fri *-*-* 06:30:00 UTC"),
        ("0 */6 * * *", "*-*-* 00/6:00:00 UTC"),
        ("15 8 1 * *", "*-*-01 08:15:00 UTC"),
        ("0 9 * * sun,wed", "Sun,Wed *-*-* 09:00:00 UTC"),
        ("@daily", "*-*-* 00:00:00 UTC"),
        ("0 7 1 * 1", None),  # cron ORs day-of-month and weekday: no exact equivalent
        ("0 8-18/2 * * *", None),
    ],
)
def test_on_calendar(cron: str, calendar: str | None) -> None:
    assert on_calendar(cron, "UTC") == calendar


def test_cli_schedule_next_and_cron(tmp_path: Path) -> None:
    toml = tmp_path / "brief.toml"
    toml.write_text('[schedule]\ncron = "0 7 * * 1"\ntimezone = "Europe/Paris"\n', "utf-8")
    runner = CliRunner()
    result = runner.invoke(cli_app(), ["schedule", "next", "--config", str(toml), "-n", "2"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert len(lines) == 2 and all(" 07:00 CET (06:00 UTC)" in x for x in lines)
    assert lines[0].startswith("Mon ")
    result = runner.invoke(cli_app(), ["schedule", "cron", "--config", str(toml), "--json"])
    assert result.exit_code == 0 and '"timer"' in result.output
    toml.write_text('[schedule]\ncron = "every monday"\n', "utf-8")
    result = runner.invoke(cli_app(), ["schedule", "next", "--config", str(toml)])
    assert result.exit_code == 1
    assert result.output == (
        f"error: {toml}: schedule.cron 'every monday' is not a cron expression like "
        "'0 7 * * 1' (minute hour day-of-month month day-of-week)\n"
    )


def test_cli_schedule_run_once(tmp_path: Path) -> None:
    toml = tmp_path / "brief.toml"
    # Yearly on 1 January: a first start long after it builds nothing (no catch-up before it).
    toml.write_text('output_dir = "reports"\n[schedule]\ncron = "0 3 1 1 *"\n', "utf-8")
    runner = CliRunner()
    result = runner.invoke(cli_app(), ["schedule", "run", "--once", "--config", str(toml)])
    assert result.exit_code == 0, result.output
    assert result.output.endswith("0 run(s) done, 0 failed\n")
    with scheduler_lock(tmp_path / "reports"):
        result = runner.invoke(cli_app(), ["schedule", "run", "--once", "-c", str(toml), "-q"])
    assert result.exit_code == 1
    lock = tmp_path / "reports" / "scheduler.lock"
    assert result.output.startswith(f"error: {lock}: a scheduler is already running here (pid ")
