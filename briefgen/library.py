"""The output folder as a library of briefs: ``index.html``, ``latest/`` and retention.

After each successful build, ``update_library`` prunes the oldest builds beyond
``keep``, writes ``OUTPUT/index.html`` (every brief kept, newest first, with its
period, sources, what's-new counts and links to its files) and points
``OUTPUT/latest`` at the newest build. All links are relative, so the folder works
from a file share, a ``file://`` URL or any static web server.

``latest`` is a relative symbolic link where the file system allows one (no copy,
and it changes in one atomic rename); where it does not (some Windows and SMB
shares), it is a copy of the newest build's files, replaced whole.
Only build folders (named like ``2026-11-23T0700Z``, with a manifest) are ever
removed: the delivery log, the article store and any other file stay.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from briefgen.archive import BUILD_NAME, MANIFEST, build_time
from briefgen.outputs import umask_mode, write_atomic

log = logging.getLogger(__name__)

INDEX = "index.html"
LATEST = "latest"
INDEX_TEMPLATE = "archive.html.j2"


@dataclass(frozen=True)
class FileLink:
    label: str
    href: str  # relative to the index


@dataclass(frozen=True)
class ArchivedBrief:
    """One build as the index lists it, read from its manifest."""

    name: str
    title: str
    generated: str
    period: str
    sources: int | None
    new: str  # "3 events, 1 actor, 2 positions", "" for the first brief
    files: tuple[FileLink, ...]


def builds(output_dir: Path) -> list[Path]:
    """The build folders in ``output_dir``, oldest first (never ``latest`` or staging)."""
    if not output_dir.is_dir():
        return []
    found = [
        p
        for p in output_dir.iterdir()
        if BUILD_NAME.match(p.name)
        and not p.is_symlink()
        and p.is_dir()
        and (p / MANIFEST).is_file()
    ]
    return sorted(found, key=lambda p: (build_time(p), p.name))


def prune(output_dir: Path, keep: int) -> list[Path]:
    """Remove the oldest builds so that ``keep`` remain (0 keeps all); those removed."""
    found = builds(output_dir)
    if keep <= 0 or len(found) <= keep:
        return []
    removed = found[: len(found) - keep]
    for folder in removed:
        shutil.rmtree(folder)
    return removed


def update_library(output_dir: Path, keep: int = 0, templates: Path | None = None) -> Path:
    """Prune to ``keep`` builds, then rewrite ``index.html`` and ``latest``; the index path."""
    for folder in prune(output_dir, keep):
        log.info("removed %s (keep = %d)", folder, keep)
    kept = builds(output_dir)
    _remove_stale_latest(output_dir)
    if kept:
        point_latest(output_dir, kept[-1])
    return write_index(output_dir, kept, templates)


def write_index(output_dir: Path, kept: list[Path], templates: Path | None = None) -> Path:
    from briefgen.render.templates import environment, render_template

    entries = [_entry(folder) for folder in reversed(kept)]
    latest = None
    if entries and entries[0].files:
        # The newest brief through ``latest/``, in the first format people read.
        latest = f"{LATEST}/{entries[0].files[0].href.rsplit('/', 1)[1]}"
    env = environment(templates)
    html = render_template(env, INDEX_TEMPLATE, {"briefs": entries, "latest": latest})
    return write_atomic(output_dir / INDEX, html.encode("utf-8"))


# The order of the files in the index: what people read first.
_READ_FIRST = ["HTML", "PDF", "Word", "Markdown", "JSON"]


def _entry(folder: Path) -> ArchivedBrief:
    from briefgen.formats import FORMATS
    from briefgen.render.context import human_datetime
    from briefgen.when import period_label

    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        manifest = {}
    # A manifest is ours, but may be from an older briefgen or edited by hand: read leniently.
    if not isinstance(manifest, dict):
        manifest = {}
    names = {
        key: value["name"]
        for key, value in (manifest.get("files") or {}).items()
        if isinstance(value, dict)
        and isinstance(value.get("name"), str)
        and Path(value["name"]).name == value["name"]  # a file in the folder, nothing else
    }
    links = tuple(
        sorted(
            (
                FileLink(fmt.label, f"{folder.name}/{names[name]}")
                for name, fmt in FORMATS.items()
                if name in names and (folder / names[name]).is_file()
            ),
            key=lambda f: _READ_FIRST.index(f.label) if f.label in _READ_FIRST else 99,
        )
    )
    period = manifest.get("period")
    if not (
        isinstance(period, list)
        and len(period) == 2
        and all(isinstance(p, str | None) for p in period)
    ):
        period = None
    new = manifest.get("whats_new")
    if not isinstance(new, dict):
        new = None
    return ArchivedBrief(
        name=folder.name,
        title=str(manifest.get("title") or folder.name),
        generated=human_datetime(build_time(folder)),
        period=period_label(tuple(period)) if period else "—",
        sources=_count(manifest.get("counts")),
        new=_new_label(new) if new else "",
        files=links,
    )


def _count(counts: object) -> int | None:
    value = counts.get("documents") if isinstance(counts, dict) else None
    return value if isinstance(value, int) else None


def _new_label(new: dict[str, int]) -> str:
    parts = []
    for key, one in (("events", "event"), ("actors", "actor"), ("positions", "position")):
        value = new.get(key)
        n = value if isinstance(value, int) else 0
        parts.append(f"{n} {one if n == 1 else one + 's'}")
    return ", ".join(parts)


def point_latest(output_dir: Path, newest: Path) -> None:
    """Make ``output_dir/latest`` show ``newest``: a relative symlink, else a copy."""
    link = output_dir / LATEST
    if link.exists() and not link.is_symlink() and not link.is_dir():
        log.warning("%s is a file, not briefgen's; latest is not updated", link)
        return
    tmp = output_dir / f".{LATEST}.{os.getpid()}"
    try:
        tmp.unlink(missing_ok=True)
        tmp.symlink_to(newest.name, target_is_directory=True)
    except (OSError, NotImplementedError):
        _copy_latest(output_dir, newest)
        return
    if link.is_dir() and not link.is_symlink():
        shutil.rmtree(link)  # a copy left by a file system without links
    os.replace(tmp, link)


def _remove_stale_latest(output_dir: Path) -> None:
    """What a killed update left: ``.latest.*`` links and copies (the caller holds the lock)."""
    for entry in output_dir.glob(f".{LATEST}.*"):
        if entry.is_symlink() or entry.is_file():
            entry.unlink(missing_ok=True)
        else:
            shutil.rmtree(entry, ignore_errors=True)


def _copy_latest(output_dir: Path, newest: Path) -> None:
    link = output_dir / LATEST
    stage = Path(tempfile.mkdtemp(prefix=f".{LATEST}.", dir=output_dir))
    try:
        stage.chmod(umask_mode(0o777))
        for item in newest.iterdir():
            if item.is_file():
                shutil.copy2(item, stage / item.name)
        old = None
        if link.exists():
            old = output_dir / f".{LATEST}.old.{os.getpid()}"
            os.replace(link, old)
        os.replace(stage, link)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
