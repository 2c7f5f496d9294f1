"""Daylight-saving changes: each scheduled window runs once, never twice, never lost."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from briefgen.config import Config, ScheduleConfig
from briefgen.deliver import next_runs, run_scheduler


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


class Clock:
    """A fake clock; ``sleep`` moves it forward."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += timedelta(seconds=max(seconds, 1))


CASES = {
    # Paris, autumn: 02:30 happens twice (00:30 and 01:30 UTC); the first is the window.
    "Europe/Paris autumn": ("Europe/Paris", "30 2 * * 0", utc(2026, 10, 25, 0, 30)),
    # Paris, spring: 02:30 never happens (02:00 -> 03:00); the window is just after the gap.
    "Europe/Paris spring": ("Europe/Paris", "30 2 * * 0", utc(2026, 3, 29, 1, 30)),
    # New York, spring: 02:30 is skipped (02:00 EST -> 03:00 EDT).
    "America/New_York spring": ("America/New_York", "30 2 * * 0", utc(2026, 3, 8, 7, 30)),
    # New York, autumn: 01:30 happens twice (05:30 and 06:30 UTC).
    "America/New_York autumn": ("America/New_York", "30 1 * * 0", utc(2026, 11, 1, 5, 30)),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_running_scheduler_builds_the_window_of_a_change_day_once(
    tmp_path: Path, case: str
) -> None:
    timezone, cron, window = CASES[case]
    config = Config(
        output_dir=tmp_path / "reports",
        schedule=ScheduleConfig(cron=cron, timezone=timezone),
    )
    clock = Clock(window - timedelta(days=1))
    end = window + timedelta(days=1)
    built: list[datetime] = []
    run_scheduler(
        config,
        built.append,
        clock=clock,
        sleep=clock.sleep,
        poll=600,
        stop=lambda: clock.now > end,
    )
    assert built == [window]


@pytest.mark.parametrize("case", sorted(CASES))
def test_next_runs_list_the_change_day_once(tmp_path: Path, case: str) -> None:
    timezone, cron, window = CASES[case]
    config = Config(schedule=ScheduleConfig(cron=cron, timezone=timezone))
    got = [t.astimezone(UTC) for t in next_runs(config, 3, window - timedelta(days=8))]
    # The week before keeps the old offset, so the same UTC time as the change day's window;
    # the week after has the new offset, an hour earlier (spring) or later (autumn) in UTC.
    after = timedelta(days=7, hours=-1 if "spring" in case else 1)
    assert got == [window - timedelta(days=7), window, window + after]
