"""One reader per file type. Each returns Documents or raises InputError for that file."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any, Literal

from briefgen.errors import InputError
from briefgen.ingest.header import find_date, parse_header, plain
from briefgen.ingest.office import BINARY_READERS
from briefgen.models import DateSource, Document

MAX_ARTICLE_BYTES = 10 * 1024 * 1024
MAX_CORPUS_BYTES = 1024 * 1024 * 1024
ENCODINGS = ("utf-8", "utf-8-sig", "cp1252")
_PATH_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)-([01]\d)-([0-3]\d)(?!\d)")


def read_file(path: Path, root: Path) -> list[Document]:
    """Read one file into Documents; ``root`` is the folder ids are relative to."""
    suffix = path.suffix.lower()
    limit = MAX_CORPUS_BYTES if suffix == ".jsonl" else MAX_ARTICLE_BYTES
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputError(
                f"file is {size / 2**20:.1f} MB, over the {limit // 2**20} MB limit for "
                f"{'a corpus' if suffix == '.jsonl' else 'one article'}; skipped",
                str(path),
            )
        data = path.read_bytes()
    except PermissionError:
        raise InputError("permission denied", str(path)) from None
    except IsADirectoryError:
        raise InputError("is a folder, not a file", str(path)) from None
    doc_id = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.name
    if suffix in BINARY_READERS:
        return BINARY_READERS[suffix](data, path, doc_id)
    text = decode(data, path)
    if not text.strip():
        raise InputError("file is empty; skipped", str(path))
    return READERS[suffix](text, path, doc_id)


def decode(data: bytes, path: Path) -> str:
    """UTF-8, UTF-8 with BOM, then cp1252; binary files are refused."""
    if b"\x00" in data[:8192]:
        raise InputError("binary file, not text; skipped", str(path))
    for encoding in ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "utf-8" and text.startswith("\ufeff"):
            text = data.decode("utf-8-sig")
        if _control_ratio(text) > 0.01:
            break
        return text
    raise InputError("cannot be decoded as UTF-8 or cp1252 text; skipped", str(path))


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return bad / max(len(sample), 1)


def read_text(text: str, path: Path, doc_id: str) -> list[Document]:
    header = parse_header(text)
    date, source = header.date, header.date_source
    if not date:
        date, source = _path_date(doc_id)
    fmt: Literal["md", "txt"] = "md" if path.suffix.lower() in (".md", ".markdown") else "txt"
    return [
        Document(
            id=doc_id,
            source=str(path),
            format=fmt,
            text=text,
            title=header.title or _fallback_title(path),
            date=date,
            date_source=source,
            date_as_written=header.date_as_written,
            authors=header.authors,
            publisher=header.publisher,
            url=header.url,
            sha1=_sha1(text),
        )
    ]


def read_html(text: str, path: Path, doc_id: str) -> list[Document]:
    import trafilatura

    extracted = trafilatura.bare_extraction(
        text, with_metadata=True, include_comments=False, include_tables=True
    )
    meta: dict[str, Any] = (
        {}
        if extracted is None
        else extracted
        if isinstance(extracted, dict)
        else extracted.as_dict()
    )
    body = meta.get("text") or ""
    if not body.strip():
        raise InputError("no article text found in the HTML; skipped", str(path))
    date: str | None = meta.get("date")
    source: DateSource = "stated"
    if not date:
        date, source = _path_date(doc_id)
    authors = tuple(a.strip() for a in (meta.get("author") or "").split(";") if a.strip())
    return [
        Document(
            id=doc_id,
            source=str(path),
            format="html",
            text=body,
            title=plain(meta.get("title") or "") or _fallback_title(path),
            date=date,
            date_source=source,
            date_as_written=meta.get("date"),
            authors=authors,
            publisher=meta.get("sitename") or meta.get("hostname"),
            url=meta.get("url"),
            sha1=_sha1(body),
        )
    ]


def read_jsonl(text: str, path: Path, doc_id: str) -> list[Document]:
    """One article per line: {"id","time","title","text"} and optional url/authors/publisher."""
    docs: list[Document] = []
    problems: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            docs.append(_jsonl_document(line, path, number))
        except InputError as exc:
            problems.append(str(exc))
    if not docs:
        raise InputError(problems[0] if problems else "no articles in the file", str(path))
    if problems:
        docs[0] = _with_warning(docs[0], f"{len(problems)} line(s) skipped: {problems[0]}")
    return docs


def _jsonl_document(line: str, path: Path, number: int) -> Document:
    where = f"{path}:{number}"
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"malformed JSON ({exc.msg}, column {exc.colno})", where) from None
    if not isinstance(row, dict):
        raise InputError("each line must be a JSON object", where)
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError('missing or empty "text"', where)
    raw_id = row.get("id", f"{path.name}:{number}")
    time = row.get("time")
    date: str | None = None
    source: DateSource = "none"
    if isinstance(time, str) and time.strip():
        found = find_date(time)
        date = found[0] if found else (time[:10] if _PATH_DATE.match(time[:10]) else None)
        source = "field" if date else "none"
    authors = row.get("authors") or ()
    if isinstance(authors, str):
        authors = (authors,)
    return Document(
        id=str(raw_id),
        source=where,
        format="jsonl",
        text=text,
        title=str(row.get("title") or "").strip() or f"{path.name} line {number}",
        date=date,
        date_source=source,
        date_as_written=time if isinstance(time, str) else None,
        authors=tuple(str(a) for a in authors),
        publisher=row.get("publisher") if isinstance(row.get("publisher"), str) else None,
        url=row.get("url") if isinstance(row.get("url"), str) else None,
        sha1=_sha1(text),
    )


def _with_warning(doc: Document, warning: str) -> Document:
    return replace(doc, warnings=(*doc.warnings, warning))


def _path_date(doc_id: str) -> tuple[str | None, DateSource]:
    m = _PATH_DATE.search(doc_id)
    return (f"{m.group(1)}-{m.group(2)}-{m.group(3)}", "filename") if m else (None, "none")


def _fallback_title(path: Path) -> str:
    return path.stem.replace("_", " ").replace("-", " ").strip() or path.name


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


READERS: dict[str, Callable[[str, Path, str], list[Document]]] = {
    ".txt": read_text,
    ".md": read_text,
    ".markdown": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".jsonl": read_jsonl,
}
# Every suffix a folder is searched for: the text readers above and PDF/Word (office.py).
SUPPORTED = frozenset({*READERS, *BINARY_READERS})
