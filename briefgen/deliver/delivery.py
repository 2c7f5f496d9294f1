"""Mail a built brief to its recipients, exactly once per build and recipient.

``deliver_brief`` is what ``briefgen build --email`` and the scheduler call;
``deliver_pdf`` is what ``briefgen email PDF`` calls.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from briefgen.config import Config
from briefgen.deliver.content import (
    MailContent,
    content_from_brief,
    content_from_saved,
    content_without_brief,
)
from briefgen.deliver.lock import file_lock
from briefgen.deliver.message import build_message, parse_address, recipients
from briefgen.deliver.smtp import Outcome, send
from briefgen.deliver.store import Store, default_db_path, open_store
from briefgen.errors import ConfigError, DeliveryError, InputError
from briefgen.models import Brief
from briefgen.outputs import write_atomic

log = logging.getLogger(__name__)

# The manifest key naming the id a build is mailed under, if not its folder name.
DELIVERY_ID = "delivery_id"


@dataclass(frozen=True)
class DeliveryReport:
    """What one delivery did: sent, skipped (already delivered), failed (with the reason)."""

    build_id: str
    sent: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()
    failed: dict[str, str] = field(default_factory=dict)
    eml_path: Path | None = None
    message_id: str = ""

    @property
    def ok(self) -> bool:
        return not self.failed

    def describe(self) -> str:
        """One line for the CLI."""
        if self.eml_path is not None:
            return f"wrote {self.eml_path} (dry run, nothing sent)"
        parts = [f"sent to {len(self.sent)}"]
        if self.skipped:
            parts.append(f"{len(self.skipped)} already had it")
        if self.failed:
            parts.append(f"{len(self.failed)} failed")
        return f"{self.build_id}: " + ", ".join(parts)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready, for ``--json``."""
        return {
            "build_id": self.build_id,
            "sent": list(self.sent),
            "skipped": list(self.skipped),
            "failed": dict(self.failed),
            "eml": str(self.eml_path) if self.eml_path else None,
            "message_id": self.message_id,
        }


class RecipientsFailed(DeliveryError):
    """Some recipients did not get the mail; ``report`` has who did and who did not."""

    def __init__(
        self, report: DeliveryReport, retry: str = "run it again to retry only those"
    ) -> None:
        reasons = "; ".join(f"{r}: {why}" for r, why in sorted(report.failed.items()))
        total = len(report.sent) + len(report.skipped) + len(report.failed)
        problem = (
            f"not delivered to {len(report.failed)} of {total} recipient(s): {reasons} "
            f"(sent to {len(report.sent)}); {retry}"
        )
        super().__init__(problem, f"build {report.build_id}")
        self.report = report


def _password(config: Config) -> str | None:
    smtp = config.smtp
    if not smtp.username and not smtp.password_env:
        return None
    if not (smtp.username and smtp.password_env):
        raise ConfigError(
            ["smtp.username and smtp.password_env go together: set both, or neither"],
            str(config.config_path) if config.config_path else None,
        )
    password = os.environ.get(smtp.password_env)
    if not password:
        raise DeliveryError(
            f"environment variable {smtp.password_env} (named by smtp.password_env) is not set; "
            "export it with the SMTP password",
            "smtp.password_env",
        )
    return password


def _cafile(config: Config) -> Path | None:
    if not config.smtp.cafile:
        return None
    path = Path(config.smtp.cafile).expanduser()
    if not path.is_absolute() and config.config_path is not None:
        path = config.config_path.resolve().parent / path
    return path


def deliver_brief(
    config: Config,
    brief: Brief,
    pdf_path: Path,
    build_id: str,
    *,
    dry_run: bool = False,
    now: datetime | None = None,
    db_path: Path | None = None,
) -> DeliveryReport:
    """Mail ``brief`` with ``pdf_path`` attached to ``config.email`` recipients.

    Recipients the log says already got ``build_id`` are skipped. With ``dry_run`` the
    ``.eml`` is written beside the PDF and nothing is sent or logged. Raises
    :class:`RecipientsFailed` (a ``DeliveryError``) after recording, if anyone was not reached.
    """
    return deliver_content(
        config,
        content_from_brief(brief),
        pdf_path,
        build_id,
        dry_run=dry_run,
        now=now,
        db_path=db_path,
    )


def deliver_pdf(
    config: Config,
    pdf_path: Path,
    *,
    dry_run: bool = False,
    now: datetime | None = None,
    db_path: Path | None = None,
) -> DeliveryReport:
    """Mail an existing PDF; the body comes from a ``brief.json`` beside it, if there is one.

    In a build folder (a ``manifest.json`` beside the PDF) the build id is the one the
    manifest records (a scheduled window's) or else the folder name, so a build is not
    mailed twice to anyone, whichever command sent it first.
    """
    if not pdf_path.is_file():
        raise InputError("no such PDF file", str(pdf_path))
    content = content_without_brief(config.title or "Brief")
    brief_json = pdf_path.with_name("brief.json")
    if brief_json.is_file():
        content = content_from_saved(brief_json)
    manifest = pdf_path.with_name("manifest.json")
    if manifest.is_file():
        build_id = delivery_id_of(manifest) or pdf_path.parent.name
    else:
        build_id = "pdf-" + hashlib.sha256(pdf_path.read_bytes()).hexdigest()[:16]
    return deliver_content(
        config, content, pdf_path, build_id, dry_run=dry_run, now=now, db_path=db_path
    )


def delivery_id_of(manifest: Path) -> str | None:
    """The id a build is delivered under, when its manifest records one (else None)."""
    try:
        value = json.loads(manifest.read_text(encoding="utf-8")).get(DELIVERY_ID)
    except (OSError, ValueError, AttributeError):
        return None
    return value if isinstance(value, str) and value else None


def record_delivery_id(build_dir: Path, build_id: str) -> None:
    """Note in the build's manifest the id it is mailed under, when not its folder name.

    A retried scheduled window builds into ``<window>-2`` but is mailed as ``<window>``;
    ``briefgen email <window>-2`` must use the same id, or it would mail everyone again.
    """
    manifest = build_dir / "manifest.json"
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read the build's manifest ({exc})", str(manifest)) from None
    data[DELIVERY_ID] = build_id
    write_atomic(manifest, (json.dumps(data, sort_keys=True, indent=2) + "\n").encode("utf-8"))


def deliver_content(
    config: Config,
    content: MailContent,
    pdf_path: Path,
    build_id: str,
    *,
    dry_run: bool = False,
    now: datetime | None = None,
    db_path: Path | None = None,
    sleep: Callable[[float], None] | None = None,
) -> DeliveryReport:
    """The shared body of :func:`deliver_brief` and :func:`deliver_pdf`."""
    now = now or datetime.now(UTC)
    message = build_message(config, content, pdf_path, build_id=build_id, now=now)
    msg_id = str(message["Message-ID"])
    if dry_run:
        eml = write_atomic(pdf_path.with_suffix(".eml"), message.as_bytes())
        log.info("dry run: wrote %s", eml)
        return DeliveryReport(build_id, eml_path=eml, message_id=msg_id)

    envelope = recipients(config.email)
    output_dir = config.output_dir
    db = db_path or default_db_path(output_dir)
    # One delivery at a time per output folder: two processes must not both decide that
    # a recipient still needs the mail.
    with (
        file_lock(output_dir / "delivery.lock", timeout=60, what="a delivery"),
        open_store(db) as store,
    ):
        done = store.delivered(build_id)
        skipped = [r for r in envelope if r.lower() in done]
        pending = [r for r in envelope if r.lower() not in done]
        for r in sorted(store.interrupted(build_id) & {p.lower() for p in pending}):
            log.warning("an earlier delivery of %s to %s was cut off; sending again", build_id, r)
        if not pending:
            log.info("%s was already delivered to every recipient", build_id)
            return DeliveryReport(build_id, skipped=tuple(skipped), message_id=msg_id)
        outcomes = _send_logged(config, store, message, build_id, pending, now, sleep)
    report = DeliveryReport(
        build_id,
        sent=tuple(o.recipient for o in outcomes if o.sent),
        skipped=tuple(skipped),
        failed={o.recipient: o.reply for o in outcomes if not o.sent},
        message_id=msg_id,
    )
    if report.failed:
        raise RecipientsFailed(report)
    return report


def _send_logged(
    config: Config,
    store: Store,
    message: EmailMessage,
    build_id: str,
    pending: list[str],
    now: datetime,
    sleep: Callable[[float], None] | None,
) -> list[Outcome]:
    password = _password(config)
    rows = store.begin(build_id, pending, now)

    def record(outcome: Outcome) -> None:
        # Recorded the moment the server answers, before the next recipient or retry.
        store.finish(
            rows[outcome.recipient],
            outcome.sent,
            outcome.attempts,
            outcome.reply,
            datetime.now(UTC),
        )
        level = logging.INFO if outcome.sent else logging.ERROR
        log.log(level, "%s -> %s: %s", build_id, outcome.recipient, outcome.reply)

    sender = parse_address(config.email.sender).addr_spec
    kwargs: dict[str, Any] = {"password": password, "cafile": _cafile(config), "on_result": record}
    if sleep is not None:
        kwargs["sleep"] = sleep
    return send(config.smtp, message, sender, pending, **kwargs)
