"""Hand a message to an SMTP server, recipient by recipient, retrying what is transient.

Connection problems, timeouts and 4xx replies are retried with exponential backoff;
5xx replies are final. The result says, for every recipient, what the server answered.
"""

from __future__ import annotations

import contextlib
import logging
import smtplib
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from pathlib import Path

from briefgen.config import SmtpConfig

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outcome:
    """What happened to one recipient: sent or failed, after how many tries, and the reply."""

    recipient: str
    sent: bool
    attempts: int
    reply: str
    permanent: bool = False


class _Transient(Exception):
    """A failure worth another try: connection, timeout, 4xx."""


class _Permanent(Exception):
    """A failure no retry will fix: 5xx, TLS verification, bad login."""


def _reply(code: int, message: bytes | str) -> str:
    text = message.decode("utf-8", "replace") if isinstance(message, bytes) else message
    return f"{code} {' '.join(text.split())}".strip()


def _tls_context(cafile: Path | None) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(cafile) if cafile else None)


def _open(cfg: SmtpConfig, password: str | None, cafile: Path | None) -> smtplib.SMTP:
    """Connect, say EHLO, secure the channel and log in, or raise _Transient/_Permanent."""
    where = f"{cfg.host}:{cfg.port}"
    try:
        if cfg.security == "ssl":
            conn: smtplib.SMTP = smtplib.SMTP_SSL(
                cfg.host, cfg.port, timeout=cfg.timeout, context=_tls_context(cafile)
            )
        else:
            conn = smtplib.SMTP(cfg.host, cfg.port, timeout=cfg.timeout)
    except ssl.SSLError as exc:
        raise _Permanent(f"TLS with {where} failed: {exc.reason or exc}") from None
    except ConnectionRefusedError:
        raise _Transient(f"{where} refused the connection") from None
    except smtplib.SMTPConnectError as exc:
        raise _Transient(f"{where} answered {_reply(exc.smtp_code, exc.smtp_error)}") from None
    except (TimeoutError, OSError, smtplib.SMTPException) as exc:
        raise _Transient(f"cannot connect to {where}: {exc}") from None
    try:
        conn.ehlo()
        if cfg.security == "starttls":
            if not conn.has_extn("starttls"):
                conn.close()
                raise _Permanent(f"{where} does not offer STARTTLS; check smtp.security")
            conn.starttls(context=_tls_context(cafile))
            conn.ehlo()
        if cfg.username:
            conn.login(cfg.username, password or "")
    except smtplib.SMTPAuthenticationError as exc:
        conn.close()
        raise _Permanent(
            f"{where} refused the login for {cfg.username!r}: "
            f"{_reply(exc.smtp_code, exc.smtp_error)}"
        ) from None
    except smtplib.SMTPNotSupportedError as exc:
        conn.close()
        raise _Permanent(f"{where}: {exc}") from None
    except ssl.SSLError as exc:
        conn.close()
        raise _Permanent(f"TLS with {where} failed: {exc.reason or exc}") from None
    except smtplib.SMTPResponseException as exc:
        conn.close()
        kind = _Transient if 400 <= exc.smtp_code < 500 else _Permanent
        raise kind(f"{where} answered {_reply(exc.smtp_code, exc.smtp_error)}") from None
    except (TimeoutError, OSError, smtplib.SMTPException) as exc:
        conn.close()
        raise _Transient(f"lost the connection to {where}: {exc}") from None
    return conn


def _transaction(
    conn: smtplib.SMTP, sender: str, rcpts: list[str], data: bytes
) -> dict[str, tuple[int, str]]:
    """One MAIL/RCPT/DATA exchange; the reply code and text for every recipient."""
    code, msg = conn.mail(sender)
    if code != 250:
        conn.rset()
        return {r: (code, _reply(code, msg)) for r in rcpts}
    replies: dict[str, tuple[int, str]] = {}
    accepted = []
    for r in rcpts:
        code, msg = conn.rcpt(r)
        replies[r] = (code, _reply(code, msg))
        if code in (250, 251):
            accepted.append(r)
    if not accepted:
        conn.rset()
        return replies
    try:
        code, msg = conn.data(data)
    except smtplib.SMTPDataError as exc:  # refused the DATA command itself
        code, msg = exc.smtp_code, exc.smtp_error  # type: ignore[assignment]
    for r in accepted:
        replies[r] = (code, _reply(code, msg))
    return replies


def send(
    cfg: SmtpConfig,
    message: EmailMessage,
    sender: str,
    rcpts: list[str],
    *,
    password: str | None = None,
    cafile: Path | None = None,
    sleep: Callable[[float], None] = time.sleep,
    on_result: Callable[[Outcome], None] | None = None,
) -> list[Outcome]:
    """Send ``message`` to ``rcpts``; every recipient gets an :class:`Outcome`.

    ``on_result`` is called as soon as a recipient's fate is final, so the caller can record
    it before anything else can go wrong.
    """
    data = message.as_bytes(policy=SMTP_POLICY)
    pending = list(rcpts)
    attempts = dict.fromkeys(rcpts, 0)
    last: dict[str, str] = {}
    done: list[Outcome] = []

    def final(outcome: Outcome) -> None:
        done.append(outcome)
        if on_result:
            on_result(outcome)

    for attempt in range(cfg.retries + 1):
        if attempt:
            delay = cfg.backoff * 2 ** (attempt - 1)
            log.info("retrying %d recipient(s) in %.1fs: %s", len(pending), delay, last[pending[0]])
            sleep(delay)
        for r in pending:
            attempts[r] += 1
        try:
            conn = _open(cfg, password, cafile)
        except _Permanent as exc:
            for r in pending:
                final(Outcome(r, False, attempts[r], str(exc), permanent=True))
            return done
        except _Transient as exc:
            last.update(dict.fromkeys(pending, str(exc)))
            continue
        try:
            replies = _transaction(conn, sender, pending, data)
        except (TimeoutError, OSError, smtplib.SMTPException) as exc:
            # Cut off mid-transaction: the server has not taken responsibility for the mail.
            last.update(dict.fromkeys(pending, f"lost the connection to {cfg.host}: {exc}"))
            _quietly_close(conn)
            continue
        _quit(conn)
        still = []
        for r in pending:
            code, text = replies[r]
            if code in (250, 251):
                final(Outcome(r, True, attempts[r], text))
            elif 400 <= code < 500:
                last[r] = text
                still.append(r)
            else:
                final(Outcome(r, False, attempts[r], text, permanent=True))
        pending = still
        if not pending:
            return done
    for r in pending:
        final(Outcome(r, False, attempts[r], f"{last[r]} (gave up after {attempts[r]} tries)"))
    return done


def _quit(conn: smtplib.SMTP) -> None:
    try:
        conn.quit()
    except (OSError, smtplib.SMTPException):
        _quietly_close(conn)


def _quietly_close(conn: smtplib.SMTP) -> None:
    with contextlib.suppress(OSError):
        conn.close()
