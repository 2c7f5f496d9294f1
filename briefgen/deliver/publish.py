"""Build, then deliver: the one sequence ``briefgen build --email`` and the scheduler share."""

from __future__ import annotations

import logging
import shlex
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from briefgen.config import Config
from briefgen.deliver.content import content_from_brief
from briefgen.deliver.delivery import (
    DeliveryReport,
    RecipientsFailed,
    deliver_brief,
    record_delivery_id,
)
from briefgen.deliver.notify import NotifyReport, notify_build
from briefgen.errors import DeliveryError
from briefgen.pipeline import BuildResult, Progress, build_brief

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Published:
    """A build and, when it was mailed, what the delivery did."""

    build: BuildResult
    delivery: DeliveryReport | None
    notified: NotifyReport | None = None  # the [[notify]] channels, when posted to


def build_and_deliver(
    config: Config,
    *,
    now: datetime,
    email: bool,
    dry_run: bool = False,
    build_id: str | None = None,
    progress: Progress | None = None,
    notify: bool = False,
) -> Published:
    """Build the brief and, with ``email``, mail its PDF to the configured recipients;
    with ``notify``, post it to the ``[[notify]]`` channels (before the mail, whose
    failure raises; a channel's failure is in the report and fails nothing).

    The caller holds the output folder's build lock. ``build_id`` names the build in the
    delivery log (default: the build folder's name, which ``briefgen email BUILD`` uses
    too); a failed recipient's error says which command retries exactly this build.
    Raises ``NothingNew`` when ``skip_if_empty`` finds nothing to build.
    """
    if email and "pdf" not in config.formats:
        # Checked before the build, not discovered after it as a missing file.
        raise DeliveryError(
            "the mail carries the PDF: add pdf to formats (or --format) to use --email",
            "formats",
        )
    result = build_brief(config, now=now, progress=progress)
    delivery_id = build_id or result.build_dir.name
    if delivery_id != result.build_dir.name and (email or notify):
        record_delivery_id(result.build_dir, delivery_id)
    notified = None
    if notify and config.notify and not dry_run:
        content = content_from_brief(result.brief)
        notified = notify_build(config, content, result.build_dir, delivery_id, now=now)
    if not email:
        return Published(result, None, notified)
    try:
        report = deliver_brief(
            config, result.brief, result.files["pdf"], delivery_id, dry_run=dry_run, now=now
        )
    except RecipientsFailed as exc:
        raise RecipientsFailed(exc.report, retry_advice(config, result.build_dir)) from None
    return Published(result, report, notified)


def retry_advice(config: Config, build_dir: Path) -> str:
    """The command that re-sends this very build to those who did not get it."""
    command = ["briefgen", "email", str(build_dir)]
    if config.config_path is not None:
        command += ["--config", str(config.config_path)]
    return f"to retry only those, run: {shlex.join(command)}"
