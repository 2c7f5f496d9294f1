"""The weekly (or any cron) scheduler: every due window built and sent exactly once.

State lives in ``<output_dir>/delivery.sqlite`` (table ``runs``, keyed by the window's UTC
time). Each tick:

* windows that came due since the last recorded one are found by walking back from now;
  the newest ``catch_up`` of them are run, oldest first, and older ones are recorded as
  ``skipped`` (so a scheduler down for months does not send a dozen stale briefs);
* a ``failed`` window is tried again on a later tick, at most ``max_attempts`` times in
  all and no sooner than ``retry_after`` seconds after its last failure; a failing build
  never stops the scheduler;
* each run holds ``build.lock``, so it never overlaps a manual ``briefgen build``; the
  scheduler holds ``scheduler.lock`` for its whole life, so a second one refuses to start.

Windows before the scheduler's first start are not caught up, except one that came due
less than ``FIRST_START_GRACE`` before it (so a cron- or timer-started ``--once`` run that
starts a few seconds late still builds its window).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from croniter import croniter

from briefgen.config import Config
from briefgen.cron_check import check_schedule
from briefgen.deliver.lock import Locked, build_lock, scheduler_lock
from briefgen.deliver.store import Store, default_db_path, open_store
from briefgen.errors import ConfigError

log = logging.getLogger(__name__)

__all__ = ["RunResult", "build_lock", "next_runs", "run_scheduler"]

FIRST_START_GRACE = timedelta(minutes=10)
# Walking back over a long downtime stops after this many windows beyond catch_up.
MAX_SKIPPED = 500


@dataclass(frozen=True)
class RunResult:
    """What the scheduler did with one window."""

    scheduled_for: datetime
    status: str
    error: str = ""


def build_id(when: datetime) -> str:
    """The delivery-log id of a scheduled window, e.g. ``2026-11-23T0700Z`` (UTC)."""
    return _aware(when).astimezone(UTC).strftime("%Y-%m-%dT%H%MZ")


def utc_now() -> datetime:
    """The real clock, timezone-aware UTC."""
    return datetime.now(UTC)


def _validated(config: Config) -> ZoneInfo:
    problems = check_schedule(config.schedule)
    if problems:
        raise ConfigError(problems, str(config.config_path) if config.config_path else None)
    return ZoneInfo(config.schedule.timezone)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


# Wider than any change of a zone's UTC offset: where a walk over wall-clock times starts.
_SHIFT = timedelta(hours=3)


def window_utc(local: datetime, tz: ZoneInfo) -> datetime:
    """The UTC instant of a wall-clock time the cron names in ``tz``: a window's key.

    Cron expressions name wall-clock times, and clock changes make some of those happen
    twice (autumn) or not at all (spring). Walking the wall clock itself (naive times)
    meets each time once; here a repeated time is its first occurrence (``fold=0``) and a
    skipped one falls just after the gap (02:30 in a 02:00→03:00 change is 03:30), so a
    window is neither run twice nor lost.
    """
    return local.replace(tzinfo=tz, fold=0).astimezone(UTC)


def next_runs(config: Config, n: int = 5, now: datetime | None = None) -> list[datetime]:
    """The next ``n`` windows strictly after ``now``, in the schedule's time zone."""
    tz = _validated(config)
    moment = _aware(now or utc_now()).astimezone(UTC)
    it = croniter(config.schedule.cron, moment.astimezone(tz).replace(tzinfo=None) - _SHIFT)
    out: list[datetime] = []
    while len(out) < n:
        when = window_utc(it.get_next(datetime), tz)
        # Two wall-clock times can share an instant across a spring gap: one window.
        if when > moment and (not out or when > out[-1]):
            out.append(when)
    return [w.astimezone(tz) for w in out]


def _walk_back(config: Config, tz: ZoneInfo, now: datetime, stop_at: datetime) -> list[datetime]:
    """Windows in (stop_at, now], newest first, at most catch_up + MAX_SKIPPED of them."""
    it = croniter(config.schedule.cron, now.astimezone(tz).replace(tzinfo=None) + _SHIFT)
    out: list[datetime] = []
    while len(out) < config.schedule.catch_up + MAX_SKIPPED:
        when = window_utc(it.get_prev(datetime), tz)
        if when > now or (out and when == out[-1]):
            continue
        if when <= stop_at:
            break
        out.append(when)
    return out


def due_windows(config: Config, store: Store, epoch: datetime, now: datetime) -> list[datetime]:
    """Windows to run now, oldest first; records the ones too old to catch up as skipped."""
    tz = ZoneInfo(config.schedule.timezone)
    runs = store.runs()
    recorded = max(runs, default=epoch)
    new = _walk_back(config, tz, now, max(recorded, epoch))
    if not runs:
        # A first start owes nothing to the windows before it, but the one just due.
        return new[:1]
    keep = config.schedule.catch_up
    for when in new[keep:]:
        store.end_run(when, "skipped", now, "older than schedule.catch_up windows")
    if new[keep:]:
        log.warning(
            "skipped %d missed window(s) from %s to %s (schedule.catch_up = %d)",
            len(new[keep:]),
            new[-1].isoformat(),
            new[keep].isoformat(),
            keep,
        )
    retry_after = timedelta(seconds=config.schedule.retry_after)
    retries = [
        r.scheduled_for
        for r in runs.values()
        if r.status == "failed"
        and r.attempts < config.schedule.max_attempts
        and (r.finished_at is None or r.finished_at + retry_after <= now)
    ]
    return sorted(set(new[:keep]) | set(retries))


def _next_wake(config: Config, store: Store, now: datetime) -> datetime:
    wake = next_runs(config, 1, now)[0].astimezone(UTC)
    retry_after = timedelta(seconds=config.schedule.retry_after)
    for r in store.runs().values():
        if r.status == "failed" and r.attempts < config.schedule.max_attempts and r.finished_at:
            wake = min(wake, r.finished_at + retry_after)
    return wake


def _run_one(
    config: Config,
    store: Store,
    when: datetime,
    build_and_send: Callable[[datetime], None],
    clock: Callable[[], datetime],
    lock_timeout: float | None,
) -> RunResult | None:
    with build_lock(config.output_dir, timeout=lock_timeout):
        current = store.runs().get(when)
        if current is not None and current.status == "done":
            return None
        store.start_run(when, clock())
        log.info("building the brief for %s", when.isoformat())
        try:
            build_and_send(when)
        except Exception as exc:  # a failing build must not stop the scheduler
            error = f"{type(exc).__name__}: {exc}"[:1000]
            store.end_run(when, "failed", _aware(clock()), error)
            log.error("the run for %s failed: %s", when.isoformat(), error)
            return RunResult(when, "failed", error)
        store.end_run(when, "done", _aware(clock()))
        log.info("the run for %s is done", when.isoformat())
        return RunResult(when, "done")


def run_scheduler(
    config: Config,
    build_and_send: Callable[[datetime], None],
    *,
    clock: Callable[[], datetime] = utc_now,
    sleep: Callable[[float], None] = time.sleep,
    max_runs: int | None = None,
    stop: Callable[[], bool] | None = None,
    once: bool = False,
    poll: float = 60.0,
    lock_timeout: float | None = None,
    db_path: Path | None = None,
) -> list[RunResult]:
    """Run every due window through ``build_and_send(scheduled_time_utc)``, for ever.

    Returns (with the runs it made) when ``stop()`` turns true, after ``max_runs`` runs, or,
    with ``once``, after one pass over the due windows (what cron or a systemd timer calls).
    Sleeps at most ``poll`` seconds at a time. ``lock_timeout`` bounds the wait for a manual
    build to finish (None: wait). Raises ``Locked`` if another scheduler runs here.
    """
    _validated(config)
    results: list[RunResult] = []
    db = db_path or default_db_path(config.output_dir)
    with scheduler_lock(config.output_dir), open_store(db) as store:
        start = _aware(clock())
        if store.abandon_running(start):
            log.warning("a previous scheduler stopped during a run; it will be retried")
        epoch = store.epoch(start - FIRST_START_GRACE)
        log.info("scheduler started; next window %s", next_runs(config, 1, start)[0].isoformat())
        while not (stop and stop()):
            for when in due_windows(config, store, epoch, _aware(clock())):
                if stop and stop():
                    return results
                try:
                    result = _run_one(config, store, when, build_and_send, clock, lock_timeout)
                except Locked as exc:
                    # A manual build holds the folder: nothing was recorded; next tick.
                    log.warning("window %s waits: %s", when.isoformat(), exc)
                    break
                if result is not None:
                    results.append(result)
                if max_runs is not None and len(results) >= max_runs:
                    return results
            if once:
                break
            now = _aware(clock())
            wait = (_next_wake(config, store, now) - now).total_seconds()
            sleep(min(poll, max(wait, 0.0)) or 0.01)
    return results


def default_build_and_send(config: Config) -> Callable[[datetime], None]:
    """Build the brief as of the window's time and mail it (what ``schedule run`` uses)."""

    def build_and_send(when: datetime) -> None:
        from briefgen.deliver.publish import build_and_deliver
        from briefgen.errors import NothingNew

        if config.sources:
            from briefgen.collect import collect_sources

            # Fetch times are real times, not the window's (a catch-up window may be past).
            # Failures stay per source in the store; the build uses what is there.
            collect_sources(config)
        email = config.email
        recipients = bool(email.to or email.cc or email.bcc)
        try:
            # The window, not the folder name (a retry may get "…-2"), identifies the build,
            # so a retried window never mails anyone twice.
            published = build_and_deliver(
                config,
                now=when,
                email=recipients,
                build_id=build_id(when),
                notify=bool(config.notify),
            )
        except NothingNew as exc:
            log.info("window %s: %s (skip_if_empty)", when.isoformat(), exc.problem)
            return
        if not recipients:
            log.info(
                "no recipients configured; built %s without mailing it", published.build.build_dir
            )
        if published.notified is not None and published.notified.failed:
            log.warning(
                "window %s: not posted to %s", when.isoformat(), published.notified.reasons()
            )

    return build_and_send
