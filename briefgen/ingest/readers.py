"""One reader per file type. Each returns Documents or raises InputError for that file."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from briefgen.errors import InputError
from briefgen.ingest.header import MIN_SLUG_CHARS, first_line, named_by_file, parse_header, plain
from briefgen.ingest.office import BINARY_READERS
from briefgen.models import DateSource, Document

MAX_ARTICLE_BYTES = 10 * 1024 * 1024
MAX_CORPUS_BYTES = 1024 * 1024 * 1024
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
        if suffix == ".jsonl":  # streamed line by line, never read whole
            return READERS[suffix]("", path, path.name)
        data = path.read_bytes()
    except PermissionError:
        raise InputError("permission denied", str(path)) from None
    except IsADirectoryError:
        raise InputError("is a folder, not a file", str(path)) from None
    except OSError as exc:  # EIO from a failing disk, a vanished network file, ...
        raise InputError(f"cannot read ({exc.strerror or exc}); skipped", str(path)) from None
    doc_id = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.name
    if suffix in BINARY_READERS:
        return BINARY_READERS[suffix](data, path, doc_id)
    text = decode(data, path)
    if not text.strip():
        raise InputError("file is empty; skipped", str(path))
    return READERS[suffix](text, path, doc_id)


def decode(data: bytes, path: Path) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else the encoding charset-normalizer
    finds (a Windows-1251 page reads as Russian, not as mojibake); binary is refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError("invalid UTF-16 text; skipped", str(path)) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = ""
    else:
        if _control_ratio(text) > 0.01:
            raise InputError("binary file, not text; skipped", str(path))
        return text
    if b"\x00" in data[:8192] and not _utf16_without_bom(data):
        raise InputError("binary file, not text; skipped", str(path))
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None:
        text = str(best)
        if _control_ratio(text) <= 0.01:
            return text
    raise InputError("cannot be decoded as text (unknown encoding); skipped", str(path))


def _utf16_without_bom(data: bytes) -> bool:
    """UTF-16 text without a BOM: every other byte of ASCII-range text is zero."""
    sample = data[:4096]
    return len(sample) >= 4 and (
        sample[1::2].count(0) > 0.4 * len(sample) / 2
        or sample[0::2].count(0) > 0.4 * len(sample) / 2
    )


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
            title=_title_named_by_file(text, path) or header.title or _fallback_title(path),
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
    """One article per line; read as a stream from ``path`` by :mod:`briefgen.ingest.jsonl`.

    ``ingest`` calls that module itself, to report skipped lines; this entry registers the
    suffix and serves callers of :func:`read_file`.
    """
    from briefgen.ingest.jsonl import read_jsonl as read_stream

    return list(read_stream(path).documents)


def _path_date(doc_id: str) -> tuple[str | None, DateSource]:
    m = _PATH_DATE.search(doc_id)
    return (f"{m.group(1)}-{m.group(2)}-{m.group(3)}", "filename") if m else (None, "none")


def _title_named_by_file(text: str, path: Path) -> str | None:
    """The opening line, when the file is named after it (a saved page's URL slug).

    A headline may go on in a deck on the next line ("Why X lags on Y;" then "His message
    …"): a slug cut at a fixed length then runs past the first line into the second, and
    the first line, without the semicolon that joins them, is still the title."""
    line = first_line(text)
    if named_by_file(line, path.stem):
        return line
    deck = first_line(text[text.find(line) + len(line) :])
    long_enough = sum(c.isalpha() for c in line) >= MIN_SLUG_CHARS
    if deck and long_enough and named_by_file(f"{line} {deck}", path.stem):
        return line
    return None


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
