"""Crontab and systemd alternatives to a long-running ``briefgen schedule run``.

Both call ``briefgen schedule run --once``, which builds only the windows that are due and
not yet done (see :mod:`briefgen.deliver.schedule`), so a timer that fires late, twice or
after downtime still sends each brief exactly once.
"""

from __future__ import annotations

import shlex
import shutil
import sys
from pathlib import Path

from briefgen.config import Config
from briefgen.cron_check import check_schedule
from briefgen.errors import ConfigError

_DOW = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_NAMES = {n.lower(): i for i, n in enumerate(_DOW[:7])}
_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    )
}
_ALIASES = {
    "@yearly": "0 0 1 1 *",
    "@annually": "0 0 1 1 *",
    "@monthly": "0 0 1 * *",
    "@weekly": "0 0 * * 0",
    "@daily": "0 0 * * *",
    "@midnight": "0 0 * * *",
    "@hourly": "0 * * * *",
}
# When a cron expression has no exact OnCalendar= equivalent the timer wakes this often;
# ``schedule run --once`` then builds only the windows that are due.
FALLBACK_CALENDAR = "*:0/5"


class _Unsupported(Exception):
    pass


def _number(token: str, names: dict[str, int]) -> int:
    low = token.lower()
    if low in names:
        return names[low]
    if not token.isdigit():
        raise _Unsupported(token)
    return int(token)


def _field(value: str, names: dict[str, int] | None = None, width: int = 2) -> str:
    """One cron field (minute, hour, day or month) as systemd calendar syntax."""
    if value == "*":
        return "*"
    out = []
    for item in value.split(","):
        base, _, step = item.partition("/")
        if base == "*":
            base = "0" if step else "*"
        lo, _, hi = base.partition("-")
        if step and hi:
            raise _Unsupported(item)  # systemd has no "range with step"
        first = _number(lo, names or {})
        text = f"{first:0{width}d}"
        if hi:
            text += f"..{_number(hi, names or {}):0{width}d}"
        if step:
            text += f"/{int(step)}"
        out.append(text)
    return ",".join(out)


def _weekdays(value: str) -> str:
    if value in ("*", "?"):
        return ""
    out = []
    for item in value.split(","):
        lo, _, hi = item.partition("-")
        if any(c in item.upper() for c in "/#L"):
            raise _Unsupported(item)
        a = _number(lo, _NAMES)
        if hi:
            b = _number(hi, _NAMES)
            if b < a or b > 7:
                raise _Unsupported(item)
            out.append(f"{_DOW[a]}..{_DOW[b]}" if a != b else _DOW[a])
        else:
            out.append(_DOW[a])
    return ",".join(out)


def on_calendar(cron: str, timezone: str) -> str | None:
    """The systemd ``OnCalendar=`` value for a cron expression, or None when there is none."""
    fields = _ALIASES.get(cron.strip(), cron).split()
    if len(fields) != 5:
        return None
    minute, hour, dom, month, dow = fields
    if dom not in ("*", "?") and dow not in ("*", "?"):
        return None  # cron ORs day-of-month and day-of-week; systemd ANDs them
    try:
        days = _weekdays(dow)
        date = f"*-{_field(month, _MONTHS)}-{_field(dom if dom != '?' else '*')}"
        clock = f"{_field(hour)}:{_field(minute)}:00"
    except (_Unsupported, ValueError):
        return None
    return " ".join(p for p in (days, date, clock, timezone) if p)


def _briefgen_command() -> str:
    exe = shutil.which("briefgen")
    if exe:
        return shlex.quote(str(Path(exe).resolve()))
    return f"{shlex.quote(sys.executable)} -m briefgen"


def cron_files(config: Config) -> tuple[str, str, str]:
    """``(crontab_line, service_unit, timer_unit)`` that run ``schedule run --once``.

    The crontab text starts with a ``CRON_TZ=`` line when the schedule is not in UTC (cronie
    and most Linux crons honour it). The timer falls back to waking every five minutes when
    the cron expression has no exact ``OnCalendar=`` equivalent.
    """
    problems = check_schedule(config.schedule)
    if problems:
        raise ConfigError(problems, str(config.config_path) if config.config_path else None)
    s = config.schedule
    cfg = config.config_path.resolve() if config.config_path else None
    workdir = cfg.parent if cfg else Path.cwd()
    args = f"{_briefgen_command()} schedule run --once"
    if cfg:
        args += f" --config {shlex.quote(str(cfg))}"
    logfile = shlex.quote(str((config.output_dir / "schedule.log").resolve()))
    command = f"cd {shlex.quote(str(workdir))} && {args} >> {logfile} 2>&1"
    # cron turns an unescaped % in the command into a newline.
    crontab = f"{s.cron} {command.replace('%', chr(92) + '%')}"
    if s.timezone != "UTC":
        crontab = f"CRON_TZ={s.timezone}\n{crontab}"

    secret = ""
    if config.smtp.password_env:
        secret = (
            f"# {config.smtp.password_env}=<the SMTP password>, in a file only you can read:\n"
            f"EnvironmentFile=%h/.config/briefgen/smtp.env\n"
        )
    service = (
        "[Unit]\n"
        f"Description=briefgen: build and mail the brief ({config.title or 'briefgen'})\n"
        "Wants=network-online.target\n"
        "After=network-online.target\n"
        "\n"
        "[Service]\n"
        "Type=oneshot\n"
        f"WorkingDirectory={workdir}\n"
        f"ExecStart={args}\n"
        f"{secret}"
    )
    calendar = on_calendar(s.cron, s.timezone)
    note = ""
    if calendar is None:
        note = (
            f"# {s.cron!r} has no exact OnCalendar= form: wake every 5 minutes;\n"
            "# 'schedule run --once' builds only the windows that are due.\n"
        )
        calendar = FALLBACK_CALENDAR
    timer = (
        "[Unit]\n"
        f"Description=briefgen schedule ({s.cron}, {s.timezone})\n"
        "\n"
        "[Timer]\n"
        f"{note}"
        f"OnCalendar={calendar}\n"
        "Persistent=true\n"
        "\n"
        "[Install]\n"
        "WantedBy=timers.target\n"
    )
    return crontab, service, timer
