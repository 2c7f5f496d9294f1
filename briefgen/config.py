"""The one place configuration is loaded: defaults < brief.toml < non-None flags.

Every key is checked and every problem is reported at once; unknown keys are
rejected. Relative paths are resolved against the config file's folder.
Secrets never live here: ``smtp.password_env`` names an environment variable.
"""

from __future__ import annotations

import math
import re
import tomllib
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from briefgen.channels import NotifyConfig, parse_notify
from briefgen.collect.sources import CollectConfig, SourceConfig, parse_collect, parse_sources
from briefgen.cron_check import check_schedule
from briefgen.errors import ConfigError
from briefgen.formats import DEFAULT_FORMATS, FORMATS
from briefgen.formats import names as format_names

SECURITY_MODES = ("starttls", "ssl", "none")
_WINDOW = re.compile(r"^(\d+)([dw])$|^since-last$")
# A dask.distributed scheduler's address: tcp://HOST:PORT (tls:// on a secured cluster).
_SCHEDULER = re.compile(r"^(?:tcp|tls)://(?:\[[0-9A-Fa-f:.]+\]|[^\s:/\[\]]+):\d{1,5}$")
# Where documents are extracted: this machine's cores, or a dask.distributed cluster.
Executor = Literal["local", "dask"]
EXECUTORS: tuple[Executor, ...] = ("local", "dask")
# In ``inputs``, this word means the article store that ``briefgen collect`` fills.
STORE_INPUT = "store"


@dataclass(frozen=True)
class EmailConfig:
    to: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    bcc: tuple[str, ...] = ()
    sender: str = ""
    subject: str = "{title}: {period}"


@dataclass(frozen=True)
class SmtpConfig:
    host: str = "localhost"
    port: int = 25
    security: str = "starttls"
    username: str | None = None
    password_env: str | None = None
    timeout: float = 30.0
    retries: int = 3
    backoff: float = 2.0
    # PEM bundle to trust instead of the system CAs (a private relay's self-signed cert).
    cafile: str | None = None


@dataclass(frozen=True)
class ScheduleConfig:
    cron: str = "0 7 * * 1"
    timezone: str = "UTC"
    catch_up: int = 3
    # A failed window is tried again on a later tick, at most this many times in all,
    # and no sooner than retry_after seconds after the last failure.
    max_attempts: int = 3
    retry_after: float = 900.0


@dataclass(frozen=True)
class Config:
    title: str | None = None  # None: named after the corpus' main actors
    inputs: tuple[Path, ...] = (Path("seeds"),)
    output_dir: Path = Path("reports")
    formats: tuple[str, ...] = DEFAULT_FORMATS
    templates: Path | None = None
    since: date | None = None
    until: date | None = None
    window: str | None = None
    query: tuple[str, ...] = ()
    timeline_dates: int = 25
    timeline_sentences: int = 2
    judgments: int = 7
    skip_if_empty: bool = False
    keep: int = 0  # build folders kept in output_dir; the oldest go first; 0 keeps all
    # A tagged (PDF/UA-1) PDF for screen readers: opt-in, it costs about a tenth more PDF
    # time (README, "The HTML page").
    tagged_pdf: bool = False
    ref_date: date | None = None
    email: EmailConfig = field(default_factory=EmailConfig)
    smtp: SmtpConfig = field(default_factory=SmtpConfig)
    schedule: ScheduleConfig = field(default_factory=ScheduleConfig)
    sources: tuple[SourceConfig, ...] = ()
    collect: CollectConfig = field(default_factory=CollectConfig)
    notify: tuple[NotifyConfig, ...] = ()  # [[notify]]: chat channels and webhooks
    store: bool = False  # read the article store (inputs = ["store"], or --store)
    cache: bool = True  # reuse extractions stored in <output_dir>/.cache (--no-cache: off)
    # Where documents are extracted: "local" (this machine's cores) or "dask" (the
    # dask.distributed scheduler at dask_scheduler, tcp://HOST:PORT). Naming a scheduler
    # alone chooses "dask".
    executor: Executor = "local"
    dask_scheduler: str | None = None
    config_path: Path | None = None


_SECTIONS: dict[str, type] = {"email": EmailConfig, "smtp": SmtpConfig, "schedule": ScheduleConfig}
# TOML spells the sender "from", a Python keyword.
_RENAMED = {("email", "from"): "sender"}


def load_config(path: Path | str | None = None, **overrides: Any) -> Config:
    """Load ``brief.toml`` (if given) and apply the flags that are not None."""
    raw: dict[str, Any] = {}
    base = Path.cwd()
    cfg_path: Path | None = None
    if path is not None:
        cfg_path = Path(path)
        try:
            raw = tomllib.loads(cfg_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(["file does not exist"], str(cfg_path)) from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError([f"not valid TOML ({exc})"], str(cfg_path)) from None
        base = cfg_path.resolve().parent

    problems: list[str] = []
    values = _coerce_top(raw, base, problems)
    for key, value in overrides.items():
        if value is None:
            continue
        if key not in {f.name for f in fields(Config)}:
            problems.append(f"unknown option {key!r}")
            continue
        values[key] = _coerce_flag(key, value, problems)
    if values.get("dask_scheduler") and "executor" not in values:
        values["executor"] = "dask"
    config = Config(**values, config_path=cfg_path)
    problems.extend(_cross_checks(config))
    if problems:
        raise ConfigError(problems, str(cfg_path) if cfg_path else None)
    return config


def _coerce_top(raw: dict[str, Any], base: Path, problems: list[str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    known = {f.name for f in fields(Config)} - {"config_path"}
    for key, value in raw.items():
        if key in _SECTIONS:
            if not isinstance(value, dict):
                problems.append(f"[{key}] must be a table")
                continue
            values[key] = _coerce_section(key, value, problems)
        elif key == "sources":
            values[key] = parse_sources(value, base, problems)
        elif key == "collect":
            values[key] = parse_collect(value, problems)
        elif key == "notify":
            values[key] = parse_notify(value, problems)
        elif key == "inputs" and STORE_INPUT in (value if isinstance(value, list) else [value]):
            values["store"] = True
            rest = [v for v in (value if isinstance(value, list) else [value]) if v != STORE_INPUT]
            values[key] = _coerce_value(key, rest, base, problems) if rest else ()
        elif key not in known:
            problems.append(f"unknown key {key!r}")
        else:
            values[key] = _coerce_value(key, value, base, problems)
    return values


def _coerce_section(name: str, raw: dict[str, Any], problems: list[str]) -> Any:
    cls = _SECTIONS[name]
    allowed = {f.name: f for f in fields(cls)}
    kwargs: dict[str, Any] = {}
    for key, value in raw.items():
        attr = _RENAMED.get((name, key), key)
        python_only = {v for (section, _), v in _RENAMED.items() if section == name}
        if attr not in allowed or key in python_only:
            problems.append(f"unknown key {name}.{key}")
            continue
        default = getattr(cls(), attr)
        kwargs[attr] = _check_type(f"{name}.{key}", value, default, problems)
    return cls(**kwargs)


def _check_type(label: str, value: Any, default: Any, problems: list[str]) -> Any:
    if isinstance(default, tuple):
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            problems.append(f"{label} must be a list of strings")
            return default
        return tuple(value)
    if isinstance(default, bool):
        if not isinstance(value, bool):
            problems.append(f"{label} must be true or false")
            return default
        return value
    if isinstance(default, int | float) and not isinstance(default, bool):
        return _check_number(label, value, default, problems)
    if default is None or isinstance(default, str):
        if not isinstance(value, str):
            problems.append(f"{label} must be a string")
            return default
        return value
    return value


def _check_number(label: str, value: Any, default: int | float, problems: list[str]) -> Any:
    """A finite number; a whole one where the default is an int (TOML's 1e400 is inf)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        problems.append(f"{label} must be a number")
        return default
    if not math.isfinite(value):
        problems.append(f"{label} must be a finite number, not {value!r}")
        return default
    if isinstance(default, int) and not isinstance(value, int):
        problems.append(f"{label} must be a whole number, not {value!r}")
        return default
    return type(default)(value)


def _coerce_value(key: str, value: Any, base: Path, problems: list[str]) -> Any:
    """A value from brief.toml: type-checked, paths resolved against the file's folder."""
    if key in _PARSED:
        return _parse(key, value, problems)
    if key == "inputs":
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or not all(isinstance(v, str) for v in items):
            problems.append("inputs must be a list of paths or globs")
            return Config.inputs
        return tuple(_resolve(base, v) for v in items)
    if key in ("output_dir", "templates"):
        if not isinstance(value, str) or not value.strip():
            problems.append(f"{key} must be a path (not empty)")
            return getattr(Config(), key)
        return _resolve(base, value)
    return _check_type(key, value, getattr(Config(), key), problems)


def _coerce_flag(key: str, value: Any, problems: list[str]) -> Any:
    """A value from a command-line flag: already typed by the CLI, paths relative to cwd."""
    if key in _PARSED:
        return _parse(key, value, problems)
    if key == "inputs":
        return tuple(Path(v) for v in value)
    if key in ("output_dir", "templates"):
        # An empty -o '' would silently mean the current folder.
        if not str(value).strip():
            problems.append(f"{key} must be a path, not an empty string")
            return getattr(Config(), key)
        return Path(value)
    if key in _NUMBERS:
        return _check_number(key, value, _NUMBERS[key], problems)
    return value


_NUMBERS: dict[str, int | float] = {
    "timeline_dates": Config.timeline_dates,
    "timeline_sentences": Config.timeline_sentences,
    "judgments": Config.judgments,
}


_PARSED = ("since", "until", "ref_date", "formats", "query")


def _parse(key: str, value: Any, problems: list[str]) -> Any:
    if key == "formats":
        return _parse_formats(value, problems)
    if key == "query":
        return _parse_query(value, problems)
    return _parse_date(key, value, problems)


def _resolve(base: Path, value: str) -> Path:
    p = Path(value).expanduser()
    return p if p.is_absolute() else base / p


def _parse_date(key: str, value: Any, problems: list[str]) -> date | None:
    # TOML has date-times too, and a datetime is a date subclass that cannot be compared
    # with a date: refused here rather than crashing a comparison later.
    if isinstance(value, datetime):
        problems.append(f"{key} must be a date like 2021-08-16, not a date and time {value}")
        return None
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        problems.append(f"{key} must be a date like 2021-08-16, not {value!r}")
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        pass
    parsed = _human_date(key, value)
    if parsed is None:
        problems.append(
            f"{key} must be a date like 2021-08-16, '16 Aug 2021' or '2 weeks ago', not {value!r}"
        )
    return parsed


def _human_date(key: str, value: str) -> date | None:
    """A date as people write it ("last monday", "2 weeks ago", "1er août 2021"), via dateparser.

    A month or a year alone stands for its first day in --since and its last in --until,
    so "--since 2021 --until 2021" is the whole year. Imported here: it is slow to load.
    """
    import dateparser

    settings: dict[str, Any] = {
        "PREFER_DAY_OF_MONTH": "last" if key == "until" else "first",
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    if key == "until" and re.fullmatch(r"\s*\d{4}\s*", value):
        settings["PREFER_MONTH_OF_YEAR"] = "last"
    elif re.fullmatch(r"\s*\d{4}\s*", value):
        settings["PREFER_MONTH_OF_YEAR"] = "first"
    try:
        found = dateparser.parse(value, settings=settings)
    except Exception:  # a heuristic parser: whatever it cannot read is just not a date
        return None
    return found.date() if found is not None else None


def _parse_formats(value: Any, problems: list[str]) -> tuple[str, ...]:
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, list | tuple) or not all(isinstance(v, str) for v in items):
        problems.append(f"formats must be a list of format names, not {value!r}")
        return DEFAULT_FORMATS
    out = tuple(dict.fromkeys(str(v).strip().lower() for v in items if str(v).strip()))
    bad = [f for f in out if f not in FORMATS]
    if bad or not out:
        problems.append(
            f"unknown format {', '.join(bad) or '(none)'}; choose from {format_names()}"
        )
        return DEFAULT_FORMATS
    return out


def _parse_query(value: Any, problems: list[str]) -> tuple[str, ...]:
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, list | tuple):
        problems.append("query must be a comma-separated string or a list")
        return ()
    return tuple(str(v).strip() for v in items if str(v).strip())


def _cross_checks(config: Config) -> list[str]:
    problems = []
    if config.since and config.until and config.since > config.until:
        problems.append(f"--since {config.since} is after --until {config.until}")
    if config.window is not None and not _WINDOW.match(config.window):
        problems.append(f"window must look like '7d', '2w' or 'since-last', not {config.window!r}")
    if config.smtp.security not in SECURITY_MODES:
        problems.append(f"smtp.security must be one of {', '.join(SECURITY_MODES)}")
    if not 0 < config.smtp.port < 65536:
        problems.append("smtp.port must be between 1 and 65535")
    if config.smtp.timeout <= 0:
        problems.append("smtp.timeout must be more than 0 seconds")
    if config.smtp.retries < 0:
        problems.append("smtp.retries must not be negative")
    if config.smtp.backoff < 0:
        problems.append("smtp.backoff must not be negative")
    if config.timeline_dates < 1 or config.timeline_sentences < 1:
        problems.append("timeline_dates and timeline_sentences must be at least 1")
    if config.judgments < 0:
        problems.append("judgments must not be negative")
    if config.keep < 0:
        problems.append("keep must be 0 (keep every build) or more")
    problems.extend(_executor_checks(config))
    if config.templates is not None and not config.templates.is_dir():
        problems.append(f"templates: {config.templates} is not a folder")
    try:
        ZoneInfo(config.schedule.timezone)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        problems.append(f"schedule.timezone {config.schedule.timezone!r} is not an IANA time zone")
    problems.extend(check_schedule(config.schedule))
    return problems


def _executor_checks(config: Config) -> list[str]:
    if config.executor not in EXECUTORS:
        return [f"executor must be one of {', '.join(EXECUTORS)}, not {config.executor!r}"]
    address = config.dask_scheduler
    if address is not None and not _SCHEDULER.match(address):
        return [f"dask_scheduler must look like tcp://HOST:PORT, not {address!r}"]
    if config.executor == "dask" and address is None:
        return ["executor 'dask' needs dask_scheduler (--dask-scheduler tcp://HOST:PORT)"]
    return []
