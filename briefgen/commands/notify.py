"""``briefgen notify BUILD_DIR``: post a built brief to the ``[[notify]]`` channels."""

from __future__ import annotations

from pathlib import Path

import typer

from briefgen.commands.common import DEBUG, JSON, QUIET, Command, command_output


def notify(
    build_dir: Path = typer.Argument(
        ...,
        help="A build folder (with its brief.json). Channels that already had this build "
        "are skipped, so it also retries a failed one.",
        metavar="BUILD_DIR",
    ),
    config_file: Path | None = typer.Option(
        None,
        "--config",
        "-c",
        help="A brief.toml project file (its [[notify]] tables).",
        metavar="FILE",
    ),
    quiet: bool = QUIET,
    as_json: bool = JSON,
    debug: bool = DEBUG,
) -> None:
    """Post a built brief to the configured chat channels and webhooks, once per channel."""
    with command_output(quiet=quiet, as_json=as_json, debug=debug) as out:
        from dataclasses import replace

        from briefgen.config import load_config
        from briefgen.deliver.notify import notify_saved
        from briefgen.errors import ConfigError, DeliveryError

        config = load_config(config_file)
        if not config.notify:
            raise ConfigError(
                ["no [[notify]] channels configured"], str(config_file) if config_file else None
            )
        # The delivery log lives beside the builds: the folder this build is in.
        config = replace(config, output_dir=build_dir.resolve().parent)
        report = notify_saved(config, build_dir)
        if report.failed:
            raise DeliveryError(
                f"{report.describe()}: {report.reasons()}; run it again to retry only those",
                f"build {report.build_id}",
            )
        out.result(f"{report.build_id}: {report.describe()}", report.as_dict())


def register(app: typer.Typer) -> None:
    """Add the ``notify`` command to ``app``."""
    app.command("notify", cls=Command)(notify)
