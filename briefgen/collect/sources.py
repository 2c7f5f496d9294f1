"""``[[sources]]`` and ``[collect]`` in brief.toml: what to collect, and how politely.

Parsed once here into frozen records; every problem is reported, like the rest of the
config. A feed, sitemap or page-list URL must be http(s); a folder or URL file is
resolved against the config file's folder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

SourceKind = Literal["feed", "urls", "sitemap", "folder"]
KINDS: tuple[SourceKind, ...] = ("feed", "urls", "sitemap", "folder")
_NAME = re.compile(r"^[\w .@+-]{1,80}$")


@dataclass(frozen=True)
class SourceConfig:
    """One place articles come from.

    ``feed`` and ``sitemap`` take ``url``; ``urls`` takes ``path`` (a text file, one page URL
    a line, ``#`` comments); ``folder`` takes ``path`` (read with the ingest readers).
    """

    name: str
    kind: SourceKind
    url: str | None = None
    path: Path | None = None


@dataclass(frozen=True)
class CollectConfig:
    """Politeness and limits for fetching (``[collect]`` in brief.toml)."""

    # Requests per second to one host; robots.txt's Crawl-delay can only slow this down.
    per_host_rate: float = 1.0
    concurrency: int = 8
    timeout: float = 20.0
    max_bytes: int = 20 * 1024 * 1024
    retries: int = 2
    backoff: float = 1.0
    # A Retry-After longer than this is a failure for this run (retried next run).
    max_retry_wait: float = 60.0
    max_redirects: int = 5
    # Contact address or page for the User-Agent, so a site owner can reach the operator.
    contact: str = "https://github.com/briefgen/briefgen"


def parse_sources(raw: Any, base: Path, problems: list[str]) -> tuple[SourceConfig, ...]:
    """``[[sources]]`` (a TOML array of tables) into SourceConfigs; problems appended."""
    if not isinstance(raw, list) or not all(isinstance(t, dict) for t in raw):
        problems.append("sources must be [[sources]] tables")
        return ()
    out: list[SourceConfig] = []
    names: set[str] = set()
    for number, table in enumerate(raw, start=1):
        label = f"sources[{number}]"
        source = _parse_one(table, base, label, problems)
        if source is None:
            continue
        if source.name in names:
            problems.append(f"{label}: name {source.name!r} is used twice")
            continue
        names.add(source.name)
        out.append(source)
    return tuple(out)


def _parse_one(
    table: dict[str, Any], base: Path, label: str, problems: list[str]
) -> SourceConfig | None:
    unknown = sorted(set(table) - {"name", "kind", "url", "path"})
    if unknown:
        problems.append(f"{label}: unknown key {', '.join(unknown)}")
    kind = table.get("kind")
    if kind not in KINDS:
        problems.append(f"{label}: kind must be one of {', '.join(KINDS)}, not {kind!r}")
        return None
    name = table.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        problems.append(f"{label}: name must be a short label (letters, digits, . _ - @ +)")
        return None
    where = f"sources {name!r}"
    if kind in ("feed", "sitemap"):
        url = table.get("url")
        if not isinstance(url, str) or urlsplit(url).scheme not in ("http", "https"):
            problems.append(f"{where}: url must be an http(s) URL")
            return None
        return SourceConfig(name, kind, url=url)
    path = table.get("path")
    if not isinstance(path, str) or not path.strip():
        problems.append(f"{where}: path must be a file or folder")
        return None
    resolved = Path(path).expanduser()
    return SourceConfig(name, kind, path=resolved if resolved.is_absolute() else base / resolved)


def parse_collect(raw: Any, problems: list[str]) -> CollectConfig:
    """``[collect]`` into a CollectConfig: known keys, right types, positive limits."""
    if not isinstance(raw, dict):
        problems.append("[collect] must be a table")
        return CollectConfig()
    defaults = CollectConfig()
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if not hasattr(defaults, key):
            problems.append(f"unknown key collect.{key}")
            continue
        default = getattr(defaults, key)
        if isinstance(default, str):
            if not isinstance(value, str):
                problems.append(f"collect.{key} must be a string")
                continue
        elif isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            problems.append(f"collect.{key} must be a number ≥ 0")
            continue
        values[key] = type(default)(value)
    config = CollectConfig(**values)
    if config.per_host_rate <= 0 or config.concurrency < 1 or config.timeout <= 0:
        problems.append("collect.per_host_rate, concurrency and timeout must be above 0")
    return config
