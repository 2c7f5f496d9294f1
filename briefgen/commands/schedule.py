"""``briefgen schedule run|next|cron``: build and mail the brief on a cron schedule."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import typer

from briefgen.commands.common import DEBUG, JSON, QUIET, Command, Group, command_output

schedule_app = typer.Typer(
    help="Build and mail the brief on the schedule.cron times, each window exactly once.",
    no_args_is_help=True,
    cls=Group,
)
CONFIG = typer.Option(
    None,
    "--config",
    "-c",
    help="A brief.toml project file (its schedule, email and smtp tables).",
    metavar="FILE",
)


def _waiter(event: threading.Event) -> Callable[[float], None]:
    def wait(seconds: float) -> None:
        event.wait(seconds)

    return wait


@schedule_app.command("run", cls=Command)
def run(
    config_file: Path | None = CONFIG,
    once: bool = typer.Option(
        False, "--once", help="Build the windows that are due, then exit (for cron/systemd)."
    ),
    quiet: bool = QUIET,
    as_json: bool = JSON,
    debug: bool = DEBUG,
) -> None:
    """Run the scheduler: every due window is built and mailed once; missed ones caught up."""
    with command_output(quiet=quiet, as_json=as_json, debug=debug) as out:
        import logging
        import signal

        from briefgen.config import load_config
        from briefgen.deliver.schedule import default_build_and_send, run_scheduler
        from briefgen.errors import ConfigError

        if config_file is None:
            # Without a project file the scheduler would mail nobody and leave a delivery
            # log and a lock in whatever folder it was started from.
            raise ConfigError(
                [
                    "schedule run needs a project file: --config brief.toml (see the README's "
                    "'A weekly brief by e-mail')"
                ]
            )
        if not (quiet or debug):
            logging.getLogger("briefgen.deliver").setLevel(logging.INFO)
        config = load_config(config_file)
        stopping = threading.Event()
        # SIGTERM (systemctl stop) ends the scheduler between runs, not in the middle of one.
        previous = signal.signal(signal.SIGTERM, lambda *_: stopping.set())
        try:
            results = run_scheduler(
                config,
                default_build_and_send(config),
                once=once,
                stop=stopping.is_set,
                sleep=_waiter(stopping),
            )
        finally:
            signal.signal(signal.SIGTERM, previous)
        failed = [r for r in results if r.status == "failed"]
        out.result(
            f"{len(results) - len(failed)} run(s) done, {len(failed)} failed",
            {
                "runs": [
                    {
                        "scheduled_for": r.scheduled_for.isoformat(),
                        "status": r.status,
                        "error": r.error,
                    }
                    for r in results
                ]
            },
        )
        if failed:
            raise typer.Exit(1)


@schedule_app.command("next", cls=Command)
def next_(
    config_file: Path | None = CONFIG,
    count: int = typer.Option(
        5, "--count", "-n", min=1, help="How many windows to show.", metavar="N"
    ),
    quiet: bool = QUIET,
    as_json: bool = JSON,
    debug: bool = DEBUG,
) -> None:
    """Show when the next briefs will be built."""
    with command_output(quiet=quiet, as_json=as_json, debug=debug) as out:
        from datetime import UTC

        from briefgen.config import load_config
        from briefgen.deliver.schedule import next_runs

        config = load_config(config_file)
        runs = next_runs(config, count)
        lines = []
        for t in runs:
            line = f"{t:%a %Y-%m-%d %H:%M %Z}"
            if t.utcoffset():
                line += f" ({t.astimezone(UTC):%H:%M} UTC)"
            lines.append(line)
        out.result("\n".join(lines), {"next": [t.isoformat() for t in runs]})


@schedule_app.command("cron", cls=Command)
def cron(
    config_file: Path | None = CONFIG,
    quiet: bool = QUIET,
    as_json: bool = JSON,
    debug: bool = DEBUG,
) -> None:
    """Print a crontab line and systemd service/timer units, instead of a running scheduler."""
    with command_output(quiet=quiet, as_json=as_json, debug=debug) as out:
        from briefgen.config import load_config
        from briefgen.deliver.cron import cron_files

        crontab, service, timer = cron_files(load_config(config_file))
        out.result(
            f"# crontab -e\n{crontab}\n\n"
            f"# ~/.config/systemd/user/briefgen.service\n{service}\n"
            f"# ~/.config/systemd/user/briefgen.timer "
            f"(then: systemctl --user enable --now briefgen.timer)\n{timer}",
            {"crontab": crontab, "service": service, "timer": timer},
        )


def register(app: typer.Typer) -> None:
    """Add the ``schedule`` command group to ``app``."""
    app.add_typer(schedule_app, name="schedule")
