"""Post a built brief to chat channels and webhooks (``[[notify]]``) through apprise.

Each channel gets the title and period, the bottom line, the key judgments and a
link to the brief (``link``: the address the output folder is served at) or the
files named by ``attach``. A build is posted to a channel exactly once: the same
delivery log as the e-mail (``delivery.sqlite``) records it, with the channel as
the recipient (``notify:<name>``), under the same lock.

apprise reports only whether a post succeeded, so every failure (a 5xx, a refused
connection, a timeout) is tried again, ``retries`` times, waiting ``backoff``,
2×``backoff``, …; a 4xx is rare enough after the first success that retrying it
costs little. A channel that still fails is reported with apprise's last error
line; the build it belongs to has succeeded already and stays.
"""

from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from briefgen.channels import NotifyConfig
from briefgen.config import Config
from briefgen.deliver.content import MailContent
from briefgen.deliver.lock import file_lock
from briefgen.deliver.store import Store, default_db_path, open_store
from briefgen.errors import InputError
from briefgen.formats import FORMATS

log = logging.getLogger(__name__)

RECIPIENT = "notify:{}"  # a channel's recipient in the delivery log


@dataclass(frozen=True)
class NotifyReport:
    """What posting one build did: channels posted to, already posted, failed (why)."""

    build_id: str
    sent: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()
    failed: dict[str, str] = field(default_factory=dict)

    def describe(self) -> str:
        """One line for the CLI: ``posted to 2 channel(s), 1 already had it, 1 failed``."""
        parts = [f"posted to {len(self.sent)} channel(s)"]
        if self.skipped:
            parts.append(f"{len(self.skipped)} already had it")
        if self.failed:
            parts.append(f"{len(self.failed)} failed")
        return ", ".join(parts)

    def reasons(self) -> str:
        """Why each failed channel failed: ``desk: timed out …; ops: …``."""
        return "; ".join(f"{name}: {why}" for name, why in sorted(self.failed.items()))

    def as_dict(self) -> dict[str, Any]:
        return {
            "build_id": self.build_id,
            "sent": list(self.sent),
            "skipped": list(self.skipped),
            "failed": dict(self.failed),
        }


def chat_message(content: MailContent, link: str = "") -> tuple[str, str]:
    """The title and plain-text body posted to a channel."""
    title = f"{content.title}: {content.period}"
    lines = []
    if content.bottom_line is not None:
        lines += [f"Bottom line: {content.bottom_line.text}", ""]
    if content.judgments:
        lines.append("Key judgments:")
        lines += [f"{n}. {j.text}" for n, j in enumerate(content.judgments, start=1)]
        lines.append("")
    lines.append(f"{content.source_count} source(s) · generated {content.generated_at}")
    if link:
        lines.append(f"Read the brief: {link}")
    return title, "\n".join(lines)


def brief_link(channel: NotifyConfig, build_dir: Path) -> str:
    """The brief's address under ``channel.link``: its HTML, else its PDF, else its folder."""
    if not channel.link:
        return ""
    base = channel.link.rstrip("/") + "/" + build_dir.name + "/"
    for name in ("html", "pdf"):
        if (build_dir / FORMATS[name].filename).is_file():
            return base + FORMATS[name].filename
    return base


def notify_build(
    config: Config,
    content: MailContent,
    build_dir: Path,
    build_id: str,
    *,
    now: datetime | None = None,
    db_path: Path | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> NotifyReport:
    """Post ``content`` to every ``[[notify]]`` channel that has not had ``build_id``."""
    now = now or datetime.now(UTC)
    db = db_path or default_db_path(config.output_dir)
    with (
        file_lock(config.output_dir / "delivery.lock", timeout=60, what="a delivery"),
        open_store(db) as store,
    ):
        done = store.delivered(build_id)
        sent, skipped, failed = [], [], {}
        for channel in config.notify:
            recipient = RECIPIENT.format(channel.label)
            if recipient.lower() in done:
                skipped.append(channel.label)
                continue
            ok, reply = _post_logged(store, channel, content, build_dir, build_id, now, sleep)
            if ok:
                sent.append(channel.label)
            else:
                failed[channel.label] = reply
            # Told by the caller (the CLI's warning, the scheduler's log), not twice.
            log.info("%s -> %s: %s", build_id, recipient, reply)
    return NotifyReport(build_id, tuple(sent), tuple(skipped), failed)


def notify_saved(config: Config, build_dir: Path, *, now: datetime | None = None) -> NotifyReport:
    """Post a build folder written earlier (``briefgen notify BUILD_DIR``), from its brief.json.

    The build id is the one its e-mail uses (the manifest's, else the folder name), so a
    channel that had the build when it was made does not get it again.
    """
    from briefgen.deliver.content import content_from_saved
    from briefgen.deliver.delivery import delivery_id_of

    brief_json = build_dir / FORMATS["json"].filename
    if not brief_json.is_file():
        raise InputError("not a build folder with a brief.json", str(build_dir))
    content = content_from_saved(brief_json)
    build_id = delivery_id_of(build_dir / "manifest.json") or build_dir.name
    return notify_build(config, content, build_dir, build_id, now=now)


def _post_logged(
    store: Store,
    channel: NotifyConfig,
    content: MailContent,
    build_dir: Path,
    build_id: str,
    now: datetime,
    sleep: Callable[[float], None],
) -> tuple[bool, str]:
    recipient = RECIPIENT.format(channel.label)
    row = store.begin(build_id, [recipient], now)[recipient]
    url = os.environ.get(channel.url_env, "").strip()
    if not url:
        reply = f"environment variable {channel.url_env} (named by url_env) is not set"
        store.finish(row, False, 0, reply, datetime.now(UTC))
        return False, reply
    title, body = chat_message(content, brief_link(channel, build_dir))
    files = [build_dir / FORMATS[a].filename for a in channel.attach]
    attempts, ok, reply = 0, False, ""
    while not ok and attempts <= channel.retries:
        if attempts:
            sleep(channel.backoff * 2 ** (attempts - 1))
        attempts += 1
        target = with_timeout(url, channel.timeout)
        ok, reply = post(target, title, body, files)
        # The URL is the secret: never in the log or on the terminal.
        reply = reply.replace(target, f"${channel.url_env}").replace(url, f"${channel.url_env}")
    store.finish(row, ok, attempts, reply, datetime.now(UTC))
    return ok, reply


def with_timeout(url: str, seconds: float) -> str:
    """``url`` with apprise's connect and read timeouts (``cto``, ``rto``) unless it has them.

    Appended at the very end: in apprise URLs a ``#`` names a channel or room
    (``slack://…/#briefs``), not a fragment, and apprise reads the options after it.
    """
    for key in ("cto", "rto"):
        if not re.search(rf"[?&]{key}=", url):
            url += f"{'&' if '?' in url else '?'}{key}={seconds:g}"
    return url


def post(url: str, title: str, body: str, files: Sequence[Path] = ()) -> tuple[bool, str]:
    """One post through apprise: whether it landed, and "sent" or why not, in one line."""
    import apprise

    service = apprise.Apprise()
    if not service.add(url):
        return False, "not a URL apprise knows (see apprise's list of services)"
    attach = apprise.AppriseAttachment([str(f) for f in files if f.is_file()]) if files else None
    # apprise's own log lines become the reply; they must not also reach the terminal.
    quiet = logging.getLogger("apprise")
    propagate, quiet.propagate = quiet.propagate, False
    try:
        with apprise.LogCapture(level=logging.DEBUG, fmt="%(levelname)s %(message)s") as log_:
            ok = service.notify(
                title=title, body=body, body_format=apprise.NotifyFormat.TEXT, attach=attach
            )
    finally:
        quiet.propagate = propagate
    if ok:
        return True, "sent"
    return False, _why(log_.getvalue())


def _why(captured: str) -> str:
    """apprise's last warning; for a timeout, says so (apprise logs that only as a detail)."""
    lines = [line.strip() for line in captured.splitlines() if line.strip()]
    if any("timed out" in line.lower() for line in lines if line.startswith("DEBUG")):
        return "timed out: no answer within the channel's timeout"
    warnings = [line.split(" ", 1)[1] for line in lines if line.startswith(("WARNING", "ERROR"))]
    return warnings[-1] if warnings else "not delivered"
