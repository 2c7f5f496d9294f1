"""Checking the ``[schedule]`` table: a cron expression that fires, sane retry numbers.

Apart from the scheduler (``deliver.schedule``), so the config can check a schedule
without importing the scheduler, which imports the config.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefgen.config import ScheduleConfig


def check_schedule(schedule: ScheduleConfig) -> list[str]:
    """Every problem with ``[schedule]``, as lines for a ConfigError."""
    s = schedule
    problems = []
    cron_problem = check_cron(s.cron)
    if cron_problem:
        problems.append(f"schedule.cron {s.cron!r} {cron_problem}")
    if s.catch_up < 1:
        problems.append("schedule.catch_up must be at least 1")
    if s.max_attempts < 1:
        problems.append("schedule.max_attempts must be at least 1")
    if s.retry_after < 0:
        problems.append("schedule.retry_after must not be negative")
    return problems


# The @-forms croniter and Vixie cron share; each stands for a five-field expression.
CRON_ALIASES = ("@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly")


def check_cron(cron: str) -> str:
    """Why ``cron`` is not a usable five-field cron expression, or "" if it is."""
    from croniter import CroniterBadDateError, croniter

    fields = cron.split()
    shape = "is not a cron expression like '0 7 * * 1' (minute hour day-of-month month day-of-week)"
    # croniter also takes a sixth field (seconds) and a seventh (year); crontab and systemd
    # do not, and '* * * * * *' would fire every second.
    if not (len(fields) == 5 or (len(fields) == 1 and fields[0].lower() in CRON_ALIASES)):
        return shape
    if not croniter.is_valid(cron):
        return shape
    try:
        # A valid expression can still name a day that never comes ('0 7 30 2 *').
        croniter(cron, datetime(2000, 1, 1)).get_next(datetime)
    except (CroniterBadDateError, ValueError, OverflowError):
        return "never fires (no such day in any year); check day-of-month and month"
    return ""
