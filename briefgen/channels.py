"""The ``[[notify]]`` tables of ``brief.toml``: the chat channels a build is posted to.

A channel's URL is an apprise URL (``slack://…``, ``msteams://…``, ``matrixs://…``,
``json://…``) and holds its secret (a webhook token, a password), so the file only
names the environment variable that holds it (``url_env``). A literal URL in the
file is refused, and so is a ``link`` that carries credentials.

This module only reads the configuration (``config.py`` calls it); sending is
``briefgen.deliver.notify``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, fields
from typing import Any
from urllib.parse import urlsplit

from briefgen.formats import FORMATS

# An environment variable's name as POSIX shells accept it.
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# Query keys that carry a secret when a URL is written in the file.
_SECRET_KEYS = re.compile(r"(?:^|[?&])(?:token|key|secret|password|pass|sig|auth)[^=&]*=", re.I)


@dataclass(frozen=True)
class NotifyConfig:
    url_env: str = ""  # the environment variable holding the apprise URL
    name: str = ""  # in the delivery log and messages; default: url_env
    link: str = ""  # base URL the output folder is served at; the message links the brief
    attach: tuple[str, ...] = ()  # formats attached to the message, e.g. ["pdf"]
    timeout: float = 10.0  # seconds, to connect and to read the answer
    retries: int = 2  # further tries after a failure, waiting backoff, 2×backoff, …
    backoff: float = 2.0

    @property
    def label(self) -> str:
        """The channel's name in the delivery log and in reports."""
        return self.name or self.url_env


def parse_notify(value: Any, problems: list[str]) -> tuple[NotifyConfig, ...]:
    """``[[notify]]`` tables as ``NotifyConfig``s; every problem added to ``problems``."""
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        problems.append("notify must be [[notify]] tables")
        return ()
    channels = [_channel(n, table, problems) for n, table in enumerate(value, start=1)]
    labels = [c.label for c in channels if c.label]
    for twice in sorted({x for x in labels if labels.count(x) > 1}):
        problems.append(f"notify: two channels are named {twice!r}; give each its own name")
    return tuple(channels)


def _channel(n: int, raw: dict[str, Any], problems: list[str]) -> NotifyConfig:
    where = f"notify[{n}]"
    allowed = {f.name for f in fields(NotifyConfig)}
    kwargs: dict[str, Any] = {}
    for key, value in raw.items():
        if key == "url":
            problems.append(
                f"{where}.url: a channel's URL holds its secret and does not belong in the "
                "file; put it in an environment variable and name that with url_env"
            )
        elif key not in allowed:
            problems.append(f"unknown key {where}.{key}")
        else:
            kwargs[key] = _typed(f"{where}.{key}", value, getattr(NotifyConfig(), key), problems)
    channel = NotifyConfig(**kwargs)
    problems.extend(_checks(where, channel))
    return channel


def _typed(label: str, value: Any, default: Any, problems: list[str]) -> Any:
    if isinstance(default, tuple):
        value = [value] if isinstance(value, str) else value
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            problems.append(f"{label} must be a list of strings")
            return default
        return tuple(v.strip().lower() for v in value)
    if isinstance(default, str):
        if not isinstance(value, str):
            problems.append(f"{label} must be a string")
            return default
        return value.strip()
    ok = isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
    if not ok or (isinstance(default, int) and not isinstance(value, int)):
        problems.append(f"{label} must be a {'whole ' if isinstance(default, int) else ''}number")
        return default
    return type(default)(value)


def _checks(where: str, c: NotifyConfig) -> list[str]:
    problems = []
    if not c.url_env:
        problems.append(
            f"{where}.url_env is missing: name the environment variable holding the URL"
        )
    elif "://" in c.url_env:
        problems.append(
            f"{where}.url_env names an environment variable (e.g. BRIEFGEN_SLACK_URL), not the "
            "URL itself; a URL in the file would expose its secret"
        )
    elif not _ENV_NAME.match(c.url_env):
        problems.append(f"{where}.url_env {c.url_env!r} is not an environment variable name")
    if c.link:
        parts = urlsplit(c.link)
        if parts.scheme not in ("http", "https", "file") or not (parts.netloc or parts.path):
            problems.append(f"{where}.link must be an http(s) URL, not {c.link!r}")
        elif parts.username or parts.password or _SECRET_KEYS.search(parts.query):
            problems.append(
                f"{where}.link carries credentials; the link goes to everyone in the channel, "
                "so give the plain address the briefs are served at"
            )
    bad = [a for a in c.attach if a not in FORMATS]
    if bad:
        problems.append(
            f"{where}.attach: unknown format {', '.join(bad)}; choose from {', '.join(FORMATS)}"
        )
    if c.timeout <= 0:
        problems.append(f"{where}.timeout must be more than 0 seconds")
    if c.retries < 0 or c.backoff < 0:
        problems.append(f"{where}.retries and {where}.backoff must not be negative")
    return problems
