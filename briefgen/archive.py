"""The build archive: one dated folder per build, a manifest, and what is new since the last.

Outputs are written into a hidden temporary folder that is renamed into place
only when every file is complete, so a failed build never leaves half a brief.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from briefgen.errors import OutputError
from briefgen.models import Brief, Document, WhatsNew
from briefgen.outputs import umask_mode

MANIFEST = "manifest.json"
BRIEF_JSON = "brief.json"
# ``build_name``, with the "-2" that a second build in the same minute gets.
BUILD_NAME = re.compile(r"^\d{4}-\d\d-\d\dT\d{4}Z(?:-\d+)?$")


def build_name(now: datetime) -> str:
    """The folder name of a build started at ``now`` (UTC), e.g. ``2026-11-23T0700Z``."""
    return now.strftime("%Y-%m-%dT%H%MZ")


@dataclass
class Staging:
    """A build being written: ``path`` while writing, ``final`` once renamed into place."""

    path: Path
    final: Path | None = None


@contextmanager
def staging_dir(output_dir: Path, name: str) -> Iterator[Staging]:
    """A temporary folder inside ``output_dir`` that becomes ``output_dir/name`` on success."""
    try:
        output_dir.mkdir(parents=True, exist_ok=True)
        stage = Staging(Path(tempfile.mkdtemp(prefix=f".{name}.", dir=output_dir)))
    except OSError as exc:
        raise OutputError(f"cannot write here ({exc.strerror or exc})", str(output_dir)) from None
    try:
        yield stage
        final = _free_name(output_dir, name)
        # Private while half-written; the user's umask once it is their build folder.
        stage.path.chmod(umask_mode(0o777))
        os.replace(stage.path, final)
        stage.final = final
    except BaseException:
        shutil.rmtree(stage.path, ignore_errors=True)
        raise


# ``staging_dir``'s temporary folders: ".<build name>.<random>".
_STAGING = re.compile(r"^\.\d{4}-\d\d-\d\dT\d{4}Z\.[A-Za-z0-9_]+$")


def remove_stale_staging(output_dir: Path) -> list[Path]:
    """Remove the hidden staging folders of builds that were killed; the ones removed.

    Only safe while holding the build lock (no build can be writing one). Symbolic links
    are left alone, and ``rmtree`` does not follow links inside the folder.
    """
    removed: list[Path] = []
    try:
        entries = list(os.scandir(output_dir))
    except OSError:
        return removed
    for entry in entries:
        if _STAGING.match(entry.name) and entry.is_dir(follow_symlinks=False):
            shutil.rmtree(entry.path, ignore_errors=True)
            removed.append(Path(entry.path))
    return removed


def check_writable(output_dir: Path) -> None:
    """Fail before any work is done when ``output_dir`` cannot take a build."""
    try:
        output_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=output_dir):
            pass
    except OSError as exc:
        raise OutputError(f"cannot write here ({exc.strerror or exc})", str(output_dir)) from None


def _free_name(output_dir: Path, name: str) -> Path:
    final, n = output_dir / name, 2
    while final.exists():
        final = output_dir / f"{name}-{n}"
        n += 1
    return final


def write_manifest(folder: Path, data: dict[str, object]) -> Path:
    path = folder / MANIFEST
    path.write_text(json.dumps(data, sort_keys=True, indent=2) + "\n", encoding="utf-8")
    return path


def unseen_inputs(output_dir: Path, documents: Iterable[Document]) -> bool:
    """Whether any of ``documents`` is not among the last build's inputs, by id and text
    digest (its manifest's): a new or edited page, whose extraction is not cached yet.
    True as well with no readable last build; a page that build dropped (a copy, off the
    story) is among its inputs no more, and counts as unseen."""
    builds = previous_builds(output_dir)
    try:
        data = json.loads((builds[-1] / MANIFEST).read_text(encoding="utf-8"))
        seen = data["inputs"]
        return any(seen.get(d.id) != d.sha1 for d in documents)
    except (IndexError, OSError, ValueError, KeyError, TypeError, AttributeError):
        return True


def build_time(folder: Path) -> datetime:
    """When a build folder's brief was generated (its manifest), else its folder time."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        return datetime.fromisoformat(data["generated_at"])
    except (OSError, ValueError, KeyError, TypeError):
        return datetime.strptime(folder.name[:16], "%Y-%m-%dT%H%MZ").replace(tzinfo=UTC)


def previous_builds(output_dir: Path) -> list[Path]:
    """Earlier build folders (those with a manifest and a brief.json), oldest first."""
    if not output_dir.is_dir():
        return []
    found = [
        p
        for p in output_dir.iterdir()
        if BUILD_NAME.match(p.name)  # not ``latest`` (a link to one) or a staging folder
        and not p.is_symlink()
        and p.is_dir()
        and (p / MANIFEST).is_file()
        and (p / BRIEF_JSON).is_file()
    ]
    return sorted(found, key=lambda p: p.name)


def whats_new(brief: Brief, previous: Path | None) -> WhatsNew | None:
    """The events, actors and positions of ``brief`` that the previous build did not have.

    Merged events and canonical names can change as documents arrive, so items are
    compared by what identifies them stably: an event is old if any of its mentions
    (document and offsets) was in the previous build, an actor if any of its names was.
    """
    if previous is None:
        return None
    old = _read_known(previous)
    if old is None:
        return None
    old_mentions, old_names, old_positions = old
    return WhatsNew(
        previous_build=previous.name,
        events=tuple(
            e.id for e in brief.events if not any(m.id in old_mentions for m in e.mentions)
        ),
        actors=tuple(
            a.id
            for a in brief.actors
            if not any(n.casefold() in old_names for n in (a.name, *a.aliases))
        ),
        positions=tuple(p.id for p in brief.positions if p.id not in old_positions),
    )


# What the next build's ``whats_new`` compares against, written beside the manifest: the
# three sets of ids it would otherwise read out of the whole ``brief.json`` (0.2 CPU s for
# a 200-article brief's, growing with the corpus). Keyed by the SHA-1 of the
# ``brief.json`` it was made with, so a brief.json replaced or edited since, or a file
# of another shape, is not believed: the brief.json is read as before.
KNOWN = "known_ids.json"
Known = tuple[set[str | None], set[str], set[str | None]]


def write_known(folder: Path, brief: Brief, brief_json_sha1: str) -> Path:
    """The ids ``whats_new`` reads of this build, for the next (``KNOWN``)."""
    data = {
        "brief_json_sha1": brief_json_sha1,
        "mentions": sorted({m.id for e in brief.events for m in e.mentions}),
        "names": sorted({n.casefold() for a in brief.actors for n in (a.name, *a.aliases)}),
        "positions": sorted({p.id for p in brief.positions}),
    }
    path = folder / KNOWN
    path.write_text(json.dumps(data, sort_keys=True) + "\n", encoding="utf-8")
    return path


def _read_known(previous: Path) -> Known | None:
    """The previous build's mention ids, casefolded actor names and position ids: from its
    ``KNOWN`` file when that was made with its brief.json as it is, else from the brief.json;
    None when there is no readable brief.json."""
    try:
        sha1 = file_sha1(previous / BRIEF_JSON)
    except OSError:
        return None
    try:
        known = json.loads((previous / KNOWN).read_text(encoding="utf-8"))
        if known["brief_json_sha1"] == sha1:
            sets = (known["mentions"], known["names"], known["positions"])
            if all(isinstance(s, list) and all(type(v) is str for v in s) for s in sets):
                return set(sets[0]), set(sets[1]), set(sets[2])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    try:
        old = json.loads((previous / BRIEF_JSON).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return (
        {m.get("id") for e in old.get("events", []) for m in e.get("mentions", [])},
        {
            name.casefold()
            for a in old.get("actors", [])
            for name in (a.get("name", ""), *a.get("aliases", []))
        },
        {p.get("id") for p in old.get("positions", [])},
    )


def file_sha1(path: Path) -> str:
    digest = hashlib.sha1()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()
