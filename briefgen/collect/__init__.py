"""Collect stage: feeds, sitemaps, URL lists and folders → the article store.

``collect_sources(config)`` runs every ``[[sources]]`` entry of a Config; ``collect`` is the
same without a Config. ``briefgen build`` reads the store when ``inputs`` includes
``"store"`` (see ``briefgen.ingest.store``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefgen.collect.run import CollectReport
    from briefgen.config import Config


def collect_sources(
    config: Config,
    *,
    now: datetime | None = None,
    progress: Callable[[str], None] | None = None,
) -> CollectReport:
    """Fetch what is new from the configured sources into the output folder's store."""
    from briefgen.collect.run import collect

    return collect(config.sources, config.output_dir, config.collect, now=now, progress=progress)
