"""``collect``: every configured source, fetched into the article store.

Two phases, each on a thread pool with a thread per host (at most ``MAX_THREADS``): the
listings (feeds, sitemaps) are fetched conditionally, then the pages they list. Threads
mostly wait for their host's turn under the rate limit; the client lets at most
``concurrency`` requests be in flight at once. Workers only fetch and extract; the main thread
alone writes the store, one transaction per article. A failure is recorded against its
source with the reason and tried again next run; it never stops the other sources.
"""

from __future__ import annotations

import logging
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import zip_longest
from pathlib import Path
from urllib.parse import urlsplit

from briefgen.collect.http import Fetched, HttpClient, Validators
from briefgen.collect.listing import Entry, ListingError, feed_entries, sitemap_entries, url_lines
from briefgen.collect.pages import NotAnArticle, to_article
from briefgen.collect.sources import CollectConfig, SourceConfig
from briefgen.collect.store import Article, ArticleStore, Outcome, store_path

log = logging.getLogger(__name__)
MAX_NESTED_SITEMAPS = 50
MAX_THREADS = 64  # threads mostly sleep on a host's rate limit; requests are capped apart


@dataclass
class SourceReport:
    """What one source brought: counts per outcome, and every failure with its reason."""

    name: str
    kind: str
    new: int = 0
    unchanged: int = 0
    updated: int = 0
    duplicate: int = 0
    failed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)

    def count(self, outcome: Outcome) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)

    def fail(self, url: str, reason: str) -> None:
        self.failed += 1
        self.failures.append((url, reason))

    def as_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "kind": self.kind,
            "new": self.new,
            "unchanged": self.unchanged,
            "updated": self.updated,
            "duplicate": self.duplicate,
            "failed": self.failed,
            "failures": [{"url": u, "reason": r} for u, r in self.failures],
        }


@dataclass(frozen=True)
class CollectReport:
    store: Path
    sources: tuple[SourceReport, ...]
    articles: int  # in the store after the run
    seconds: float
    requests: int = 0

    def totals(self) -> dict[str, int]:
        keys = ("new", "unchanged", "updated", "duplicate", "failed")
        return {k: sum(int(getattr(s, k)) for s in self.sources) for k in keys}


@dataclass(frozen=True)
class _Listing:
    source: SourceConfig
    url: str
    fetched: Fetched


def collect(
    sources: Iterable[SourceConfig],
    output_dir: Path,
    settings: CollectConfig | None = None,
    *,
    now: datetime | None = None,
    progress: Callable[[str], None] | None = None,
) -> CollectReport:
    """Fetch what is new from ``sources`` into ``output_dir/articles.sqlite``."""
    started = time.monotonic()
    now = now or datetime.now(UTC).replace(microsecond=0)
    settings = settings or CollectConfig()
    sources = tuple(sources)
    reports = {s.name: SourceReport(s.name, s.kind) for s in sources}
    client = HttpClient(settings)
    step = progress or (lambda message: None)
    with ArticleStore(store_path(output_dir)) as store:
        listings = _fetch_listings(sources, store, client, settings)
        tasks: list[tuple[SourceConfig, Entry]] = []
        done_listings: list[_Listing] = []
        for source in sources:
            if source.kind == "folder":
                step(f"reading {source.name}")
                _collect_folder(source, store, reports[source.name], now)
                continue
            entries = _entries(source, listings.get(source.name, []), store, client, reports)
            entries += [Entry(url) for url in store.pending(source.name)]
            tasks.extend((source, e) for e in entries)
            done_listings.extend(listings.get(source.name, []))
        _collect_pages(tasks, store, client, settings, reports, now, step)
        # Only now is every entry of a listing in the store (or in failures): from here a
        # 304 on the listing may safely stand for "nothing new".
        for listing in done_listings:
            if listing.fetched.ok:
                store.remember(listing.url, listing.fetched.validators, 200, now)
        total = store.count()
    client.close()
    return CollectReport(
        store_path(output_dir),
        tuple(reports[s.name] for s in sources),
        total,
        time.monotonic() - started,
        client.requests,
    )


def _fetch_listings(
    sources: tuple[SourceConfig, ...],
    store: ArticleStore,
    client: HttpClient,
    settings: CollectConfig,
) -> dict[str, list[_Listing]]:
    """Every feed and sitemap, fetched conditionally in parallel (nested sitemaps after)."""
    wanted = [(s, s.url) for s in sources if s.kind in ("feed", "sitemap") and s.url]
    out: dict[str, list[_Listing]] = defaultdict(list)
    with _pool(settings, [url for _, url in wanted]) as pool:
        futures = {
            pool.submit(client.get, url, store.validators(url)): (source, url)
            for source, url in wanted
        }
        for future in as_completed(futures):
            source, url = futures[future]
            out[source.name].append(_Listing(source, url, future.result()))
    return out


def _pool(settings: CollectConfig, urls: Iterable[str]) -> ThreadPoolExecutor:
    """Threads enough for every host to have one waiting for its turn (bounded)."""
    hosts = len({urlsplit(u).netloc for u in urls})
    threads = max(settings.concurrency, min(MAX_THREADS, hosts))
    return ThreadPoolExecutor(max_workers=threads, thread_name_prefix="collect")


def _entries(
    source: SourceConfig,
    listings: list[_Listing],
    store: ArticleStore,
    client: HttpClient,
    reports: dict[str, SourceReport],
) -> list[Entry]:
    report = reports[source.name]
    if source.kind == "urls":
        assert source.path is not None
        try:
            text = source.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            report.fail(str(source.path), f"cannot read the URL file ({exc})")
            return []
        listed, problems = url_lines(text)
        for problem in problems:
            report.fail(str(source.path), problem)
        return listed
    entries: list[Entry] = []
    queue = list(listings)
    nested_left = MAX_NESTED_SITEMAPS
    while queue:
        listing = queue.pop(0)
        fetched = listing.fetched
        if fetched.not_modified:
            continue
        if not fetched.ok:
            report.fail(listing.url, fetched.error or f"HTTP {fetched.status}")
            continue
        try:
            if source.kind == "feed":
                entries.extend(feed_entries(fetched.body, fetched.url))
                continue
            pages, nested = sitemap_entries(fetched.body, fetched.url)
        except ListingError as exc:
            report.fail(listing.url, str(exc))
            # Not remembered: a garbage listing is fetched in full again next run.
            listings.remove(listing)
            continue
        entries.extend(pages)
        for url in nested[:nested_left]:
            sub = client.get(url, store.validators(url))
            child = _Listing(source, url, sub)
            listings.append(child)
            queue.append(child)
        nested_left -= min(len(nested), nested_left)
    return entries


def _collect_pages(
    tasks: list[tuple[SourceConfig, Entry]],
    store: ArticleStore,
    client: HttpClient,
    settings: CollectConfig,
    reports: dict[str, SourceReport],
    now: datetime,
    step: Callable[[str], None],
) -> None:
    seen: set[str] = set()
    unique = []
    for source, entry in tasks:
        if entry.url not in seen:
            seen.add(entry.url)
            unique.append((source, entry))
    futures: dict[Future[Fetched | Article | NotAnArticle], tuple[SourceConfig, Entry]] = {}
    with _pool(settings, [entry.url for _, entry in unique]) as pool:
        for source, entry in _by_host_round_robin(unique):
            validators = store.validators(entry.url)
            future = pool.submit(_fetch_page, client, entry, source.name, validators)
            futures[future] = (source, entry)
        _record(futures, store, reports, now, step)


def _record(
    futures: dict[Future[Fetched | Article | NotAnArticle], tuple[SourceConfig, Entry]],
    store: ArticleStore,
    reports: dict[str, SourceReport],
    now: datetime,
    step: Callable[[str], None],
) -> None:
    """In the main thread, as pages arrive: one store transaction each, and the report."""
    for future in as_completed(futures):
        source, entry = futures[future]
        report = reports[source.name]
        result = future.result()
        step(f"{source.name}: {entry.url}")
        if isinstance(result, Article):
            fetched_urls = sorted({entry.url, result.url})
            report.count(store.save(result, now, fetched_urls))
            store.succeed(source.name, entry.url)
        elif isinstance(result, NotAnArticle):
            report.fail(entry.url, str(result))
            store.fail(source.name, entry.url, str(result), now)
        elif result.not_modified:
            report.count("unchanged")
            store.succeed(source.name, entry.url)
        else:
            reason = result.error or f"HTTP {result.status}"
            report.fail(entry.url, reason)
            store.fail(source.name, entry.url, reason, now)


def _fetch_page(
    client: HttpClient, entry: Entry, source: str, validators: Validators | None
) -> Fetched | Article | NotAnArticle:
    """In a worker thread: fetch and extract (the CPU work), but never touch the store."""
    fetched = client.get(entry.url, validators)
    if not fetched.ok:
        return fetched
    try:
        return to_article(fetched, entry, source)
    except NotAnArticle as exc:
        return exc
    except Exception as exc:  # an extractor crash on one page must not end the run
        log.debug("extracting %s failed", entry.url, exc_info=True)
        return NotAnArticle(f"could not extract the page ({type(exc).__name__}: {exc})")


def _by_host_round_robin(
    tasks: list[tuple[SourceConfig, Entry]],
) -> list[tuple[SourceConfig, Entry]]:
    """One task per host in turn, so workers waiting on one host's rate limit are few."""
    hosts: dict[str, list[tuple[SourceConfig, Entry]]] = defaultdict(list)
    for task in tasks:
        hosts[urlsplit(task[1].url).netloc].append(task)
    return [t for row in zip_longest(*hosts.values()) for t in row if t is not None]


def _collect_folder(
    source: SourceConfig, store: ArticleStore, report: SourceReport, now: datetime
) -> None:
    """Files in a folder, read by the ingest readers; a file seen unchanged is skipped."""
    from briefgen.errors import BriefgenError
    from briefgen.ingest import list_inputs
    from briefgen.ingest.readers import read_file

    assert source.path is not None
    try:
        files = list_inputs([source.path])
    except BriefgenError as exc:
        report.fail(str(source.path), exc.problem)
        return
    for path in files:
        uri = path.resolve().as_uri()
        stat = path.stat()
        # A file's "ETag" is its size and modification time: unchanged ones are not re-read.
        stamp = Validators(etag=f"{stat.st_mtime_ns}-{stat.st_size}")
        if store.validators(uri) == stamp:
            report.count("unchanged")
            continue
        try:
            documents = read_file(path, source.path)
        except BriefgenError as exc:
            report.fail(uri, exc.problem)
            store.fail(source.name, uri, exc.problem, now)
            continue
        for doc in documents:
            url = uri if len(documents) == 1 else f"{uri}#{doc.id}"
            article = Article(
                url=doc.url or url,
                title=doc.title,
                text=doc.text,
                format=doc.format,
                source=source.name,
                authors=doc.authors,
                publisher=doc.publisher,
                published=doc.date,
                date_from=doc.date_source,
                validators=stamp,
            )
            report.count(store.save(article, now, [uri]))
        store.succeed(source.name, uri)
