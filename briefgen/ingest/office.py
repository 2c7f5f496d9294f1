"""PDF and Word (.docx) files: text and metadata from bytes.

Used twice: as readers for local ``.pdf``/``.docx`` inputs, and by ``collect`` for
documents fetched from the web. These formats are binary, so their readers take the
file's bytes rather than decoded text (``BINARY_READERS``).
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from briefgen.errors import InputError
from briefgen.models import DateSource, Document

_PATH_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)-([01]\d)-([0-3]\d)(?!\d)")


@dataclass(frozen=True)
class OfficeText:
    """What a PDF or Word file says: its text and the metadata the file itself records.

    ``page_starts`` are the offsets in ``text`` where each PDF page begins (empty for Word).
    ``created`` is the creation date the file records (YYYY-MM-DD), if any.
    """

    text: str
    title: str | None
    authors: tuple[str, ...]
    created: str | None
    language: str | None
    page_starts: tuple[int, ...] = ()


def pdf_text(data: bytes, where: str) -> OfficeText:
    """Text of every page (pages separated by a blank line) and the document information."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [(page.extract_text() or "").strip() for page in reader.pages]
        meta = reader.metadata
    except (PyPdfError, ValueError, KeyError, TypeError) as exc:
        raise InputError(f"not a readable PDF ({exc})", where) from None
    starts: list[int] = []
    parts: list[str] = []
    offset = 0
    for page in pages:
        starts.append(offset)
        parts.append(page)
        offset += len(page) + 2
    text = "\n\n".join(parts).strip()
    if not text:
        raise InputError("the PDF has no extractable text (a scan?); skipped", where)
    title = _clean(meta.title) if meta else None
    author = _clean(meta.author) if meta else None
    created = _day(_safe_date(lambda: meta.creation_date)) if meta else None
    return OfficeText(text, title, _split_authors(author), created, None, tuple(starts))


def docx_text(data: bytes, where: str) -> OfficeText:
    """Paragraphs and table cells of a Word file, in order, and its core properties."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, ValueError, KeyError) as exc:
        raise InputError(f"not a readable Word file ({exc})", where) from None
    except Exception as exc:  # zipfile.BadZipFile and lxml errors from a damaged package
        raise InputError(f"not a readable Word file ({exc})", where) from None
    blocks = [p.text.strip() for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            cells = [cell.text.strip() for cell in row.cells]
            blocks.append(" | ".join(c for c in cells if c))
    text = "\n\n".join(b for b in blocks if b)
    if not text:
        raise InputError("the Word file has no text; skipped", where)
    props = document.core_properties
    return OfficeText(
        text=text,
        title=_clean(props.title),
        authors=_split_authors(_clean(props.author)),
        created=_day(props.created),
        language=_clean(props.language),
    )


def read_pdf(data: bytes, path: Path, doc_id: str) -> list[Document]:
    return [_document(pdf_text(data, str(path)), "pdf", path, doc_id)]


def read_docx(data: bytes, path: Path, doc_id: str) -> list[Document]:
    return [_document(docx_text(data, str(path)), "docx", path, doc_id)]


def _document(found: OfficeText, fmt: str, path: Path, doc_id: str) -> Document:
    # A date in the file's name is the publisher's; the file's creation date is only the
    # day someone saved it, so it comes second.
    m = _PATH_DATE.search(doc_id)
    date: str | None
    source: DateSource
    if m:
        date, source = f"{m.group(1)}-{m.group(2)}-{m.group(3)}", "filename"
    elif found.created:
        date, source = found.created, "field"
    else:
        date, source = None, "none"
    return Document(
        id=doc_id,
        source=str(path),
        format="pdf" if fmt == "pdf" else "docx",
        text=found.text,
        title=found.title or path.stem.replace("_", " ").replace("-", " ").strip() or path.name,
        date=date,
        date_source=source,
        date_as_written=found.created if source == "field" else None,
        authors=found.authors,
        sha1=hashlib.sha1(found.text.encode("utf-8")).hexdigest(),
    )


def _clean(value: object) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None


def _split_authors(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(a.strip() for a in re.split(r";|\band\b|,(?=\s*\w+\s+\w)", value) if a.strip())


def _safe_date(get: Callable[[], datetime | None]) -> datetime | None:
    # pypdf raises on a malformed date string; a bad date is no date, not a bad file.
    try:
        return get()
    except (ValueError, TypeError):
        return None


def _day(value: datetime | None) -> str | None:
    return value.date().isoformat() if isinstance(value, datetime) else None


BINARY_READERS: dict[str, Callable[[bytes, Path, str], list[Document]]] = {
    ".pdf": read_pdf,
    ".docx": read_docx,
}
