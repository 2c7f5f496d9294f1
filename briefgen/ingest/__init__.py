"""Ingest stage: files, folders and globs become ``Document`` records.

Readers are chosen by suffix. A problem with one file is a warning while other
documents remain; when nothing usable is left, it is an error.
"""

from __future__ import annotations

import glob
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from briefgen.errors import InputError, NoDocuments
from briefgen.ingest.jsonl import read_jsonl
from briefgen.ingest.mojibake import repair_mojibake
from briefgen.ingest.readers import MAX_CORPUS_BYTES, READERS, SUPPORTED, read_file
from briefgen.ingest.residue import read_entity_residue
from briefgen.ingest.typewriter import read_typewriter
from briefgen.models import Document

log = logging.getLogger(__name__)

__all__ = ["READERS", "IngestResult", "ingest"]


@dataclass(frozen=True)
class IngestResult:
    documents: tuple[Document, ...]
    skipped: tuple[str, ...]


def ingest(
    inputs: Sequence[Path | str],
    *,
    on_file: Callable[[Path], None] | None = None,
    store: Path | None = None,
) -> IngestResult:
    """Read every supported file under ``inputs`` (files, folders, globs) in a stable order.

    ``store``, when given, is an article store (``briefgen collect``) read first.
    Raises ``InputError`` for an input that does not exist and ``NoDocuments`` when
    nothing usable is found; per-file problems are returned in ``skipped``.
    """
    documents: list[Document] = []
    skipped: list[str] = []
    seen_ids: set[str] = set()
    if store is not None:
        from briefgen.ingest.store import read_store

        documents.extend(_unique(_prepared(doc), seen_ids) for doc in read_store(store))
    for path, root in _expand(inputs):
        if on_file:
            on_file(path)
        try:
            if path.suffix.lower() == ".jsonl":
                docs, problem = _read_corpus(path)
                if problem:
                    log.warning("%s", problem)
                    skipped.append(problem)
            else:
                docs = tuple(read_file(path, root))
        except InputError as exc:
            log.warning("%s", exc)
            skipped.append(str(exc))
            continue
        for doc in docs:
            documents.append(_unique(_prepared(doc), seen_ids))
    if not documents:
        where = ", ".join(str(p) for p in (*inputs, *([store] if store else [])))
        detail = f" ({len(skipped)} skipped: {skipped[0]})" if skipped else ""
        raise NoDocuments(f"no readable documents{detail}", where)
    return IngestResult(tuple(documents), tuple(skipped))


def _read_corpus(path: Path) -> tuple[tuple[Document, ...], str | None]:
    """A JSONL corpus' documents and, if lines were skipped, one line saying which."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror or exc}); skipped", str(path)) from None
    if size > MAX_CORPUS_BYTES:
        raise InputError(
            f"file is {size / 2**20:.1f} MB, over the {MAX_CORPUS_BYTES // 2**20} MB limit "
            "for a corpus; skipped",
            str(path),
        )
    result = read_jsonl(path)
    summary = result.summary()
    return result.documents, (f"{path}: {summary}" if summary else None)


def list_inputs(inputs: Sequence[Path | str]) -> list[Path]:
    """The files ``ingest`` would read, in order (for progress bars)."""
    return [path for path, _ in _expand(inputs)]


def _expand(inputs: Sequence[Path | str]) -> Iterable[tuple[Path, Path]]:
    """Yield (file, root) pairs; ids are the file's path relative to its root."""
    seen: set[Path] = set()
    for raw in inputs:
        for path, root in _expand_one(str(raw)):
            key = path.resolve()
            if key not in seen:
                seen.add(key)
                yield path, root


def _expand_one(raw: str) -> list[tuple[Path, Path]]:
    path = Path(raw).expanduser()
    if path.is_dir():
        files = sorted(
            p
            for p in path.rglob("*")
            if p.is_file()
            and p.suffix.lower() in SUPPORTED
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
        )
        if not files:
            kinds = ", ".join(sorted(SUPPORTED))
            raise NoDocuments(f"folder has no supported files ({kinds})", raw)
        return [(p, path) for p in files]
    if path.is_file():
        if path.suffix.lower() not in SUPPORTED:
            kinds = ", ".join(sorted(SUPPORTED))
            raise InputError(f"unsupported file type {path.suffix or '(none)'}; use {kinds}", raw)
        return [(path, path.parent)]
    if glob.has_magic(raw):
        files = [p for p in _glob(path) if p.is_file() and p.suffix.lower() in SUPPORTED]
        if not files:
            raise NoDocuments("pattern matches no supported files", raw)
        root = Path(raw.split("*")[0].split("?")[0].split("[")[0] or ".")
        root = root if root.is_dir() else root.parent
        return [(p, root) for p in files]
    raise InputError("no such file or folder", raw)


def _glob(pattern: Path) -> list[Path]:
    """The paths matching ``pattern``, hidden ones left out, like the shell.

    ``pathlib`` is used rather than ``glob.glob``: its ``**`` does not descend into
    symbolic links to folders, so a link loop cannot make the walk endless.
    """
    parts = pattern.parts
    first = next(i for i, part in enumerate(parts) if glob.has_magic(part))
    anchor = Path(*parts[:first]) if first else Path(".")
    rest = str(Path(*parts[first:]))
    return sorted(
        p
        for p in anchor.glob(rest)
        if not any(part.startswith(".") for part in p.relative_to(anchor).parts)
    )


def _prepared(doc: Document) -> Document:
    """``doc`` as the later stages read it: misread encoding repaired, wire markup and
    entity residue read."""
    return read_entity_residue(_typeset(repair_mojibake(doc)))


def _typeset(doc: Document) -> Document:
    """``doc`` with wire copy's typewriter quotation marks, dashes and typesetting codes
    read (``typewriter``); its offsets unchanged, so provenance still points into the file."""
    text, title = read_typewriter(doc.text), read_typewriter(doc.title)
    title = " ".join(title.split()) if title != doc.title else title
    return doc if (text, title) == (doc.text, doc.title) else replace(doc, text=text, title=title)


def _unique(doc: Document, seen: set[str]) -> Document:
    doc_id, n = doc.id, 2
    while doc_id in seen:
        doc_id = f"{doc.id}~{n}"
        n += 1
    seen.add(doc_id)
    return doc if doc_id == doc.id else replace(doc, id=doc_id)
