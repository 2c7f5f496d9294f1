"""JSONL corpora: one article per line, read as a stream, each line checked on its own.

A corpus can be hundreds of megabytes, so the file is never held whole: lines are read,
decoded and parsed one at a time. A bad line (malformed, nested deeper than any article
needs, wrong types) is skipped and reported; the other lines still count.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefgen.errors import InputError
from briefgen.ingest.header import find_date
from briefgen.models import DateSource, Document

# An article row is flat; a little nesting (authors, metadata) is fine. Deeper lines are
# refused before json.loads, whose recursion would otherwise end in a RecursionError.
MAX_DEPTH = 32
# Skipped lines named in the warning; the rest are counted.
SHOWN = 3
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_BRACKETS = re.compile(r"[\[\]{}]")
_ISO_DAY = re.compile(r"^(?:19|20)\d\d-[01]\d-[0-3]\d$")


@dataclass(frozen=True)
class JsonlResult:
    """The documents of one JSONL file and its skipped lines (``line N: problem``)."""

    documents: tuple[Document, ...]
    skipped: tuple[str, ...]

    def summary(self) -> str | None:
        """One line for the terminal and the data notes: how many skipped, the first few."""
        if not self.skipped:
            return None
        shown = "; ".join(self.skipped[:SHOWN])
        more = f" (and {len(self.skipped) - SHOWN} more)" if len(self.skipped) > SHOWN else ""
        return f"{len(self.skipped)} line(s) skipped: {shown}{more}"


class LineProblem(ValueError):
    """Why one line is not usable."""


def nesting_depth(line: str) -> int:
    """How deeply the arrays and objects of a JSON text nest (strings ignored)."""
    depth = deepest = 0
    for bracket in _BRACKETS.findall(_STRING.sub("", line)):
        if bracket in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def parse_line(line: str) -> Any:
    """One JSON value, or :class:`LineProblem` (malformed, or nested too deeply)."""
    # Counting brackets is cheap; the exact depth is computed only when it could matter.
    if line.count("[") + line.count("{") > MAX_DEPTH and nesting_depth(line) > MAX_DEPTH:
        raise LineProblem(f"nested deeper than {MAX_DEPTH} levels")
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise LineProblem(f"malformed JSON ({exc.msg}, column {exc.colno})") from None
    except RecursionError:
        raise LineProblem(f"nested deeper than {MAX_DEPTH} levels") from None


def iter_lines(path: Path) -> Iterator[tuple[int, str | LineProblem]]:
    """``(line number, text)`` for every non-blank line, or a problem for an undecodable one."""
    try:
        with path.open("rb") as fh:
            for number, raw in enumerate(fh, start=1):
                try:
                    line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
                except UnicodeDecodeError as exc:
                    yield number, LineProblem(f"not UTF-8 text (byte {exc.start + 1})")
                    continue
                if line.strip():
                    yield number, line.rstrip("\r\n")
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror or exc}); skipped", str(path)) from None


def read_jsonl(path: Path) -> JsonlResult:
    """Every article of a JSONL file; InputError if not one line is usable."""
    docs: list[Document] = []
    skipped: list[str] = []
    for number, line in iter_lines(path):
        try:
            if isinstance(line, LineProblem):
                raise line
            docs.append(_document(parse_line(line), path, number))
        except LineProblem as exc:
            skipped.append(f"line {number}: {exc}")
    result = JsonlResult(tuple(docs), tuple(skipped))
    if not docs:
        raise InputError(result.summary() or "no articles in the file; skipped", str(path))
    return result


def _kind(value: Any) -> str:
    names = {dict: "an object", list: "a list", bool: "true or false", type(None): "null"}
    return names.get(type(value), f"a {type(value).__name__}")


def _text_field(row: dict[str, Any], key: str) -> str | None:
    value = row.get(key)
    if value is None or isinstance(value, str):
        return value
    raise LineProblem(f'"{key}" must be a string, not {_kind(value)}')


def _document(row: Any, path: Path, number: int) -> Document:
    """A Document from one parsed row; LineProblem names the first field of a wrong type."""
    if not isinstance(row, dict):
        raise LineProblem(f"each line must be a JSON object, not {_kind(row)}")
    text = _text_field(row, "text")
    if not text or not text.strip():
        raise LineProblem('missing or empty "text"')
    raw_id = row.get("id")
    if raw_id is None:
        doc_id = f"{path.name}:{number}"
    elif isinstance(raw_id, str | int) and not isinstance(raw_id, bool) and str(raw_id).strip():
        doc_id = str(raw_id)
    else:
        raise LineProblem(f'"id" must be a string or a whole number, not {_kind(raw_id)}')
    time = _text_field(row, "time")
    title = _text_field(row, "title")
    authors = row.get("authors")
    if isinstance(authors, str):
        authors = [authors]
    if authors is None:
        authors = []
    if not isinstance(authors, list) or not all(isinstance(a, str) for a in authors):
        raise LineProblem('"authors" must be a string or a list of strings')
    date: str | None = None
    source: DateSource = "none"
    if time and time.strip():
        found = find_date(time)
        date = found[0] if found else (time[:10] if _ISO_DAY.match(time[:10]) else None)
        source = "field" if date else "none"
    return Document(
        id=doc_id,
        source=f"{path}:{number}",
        format="jsonl",
        text=text,
        # a row without a title has none: a stand-in naming the file and line would move
        # its extraction's cache key when the export is renamed or its lines move down
        # (the brief shows its headline or first sentence instead: ``shown_title``)
        title=(title or "").strip(),
        date=date,
        date_source=source,
        date_as_written=time,
        authors=tuple(authors),
        publisher=_text_field(row, "publisher"),
        url=_text_field(row, "url"),
        sha1=hashlib.sha1(text.encode("utf-8")).hexdigest(),
    )
