"""Writing single output files safely, and re-rendering a saved brief.json."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from briefgen.errors import InputError, OutputError

RENDERABLE = {".pdf": "pdf", ".html": "html", ".htm": "html", ".md": "md", ".json": "json"}


def umask_mode(full: int) -> int:
    """``full`` (0o666 for a file, 0o777 for a folder) less the process umask.

    ``mkstemp`` and ``mkdtemp`` create private (0600/0700) entries whatever the umask:
    right while they are half-written, wrong once they are the user's files, which a
    team or a web server may need to read. Python can only read the umask by setting it,
    so it is set back at once.
    """
    mask = os.umask(0o077)
    os.umask(mask)
    return full & ~mask


def write_atomic(path: Path, data: bytes) -> Path:
    """Write ``data`` to a temporary file beside ``path`` and rename it into place.

    The file is private while written and gets the user's umask when renamed.
    """
    folder = path.parent if str(path.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    except OSError as exc:
        raise OutputError(f"cannot write here ({exc.strerror or exc})", str(path)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            os.fchmod(fh.fileno(), umask_mode(0o666))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def render_file(brief_json: Path, output: Path, templates: Path | None = None) -> Path:
    """Render a brief.json to PDF, HTML, Markdown or JSON, chosen by ``output``'s suffix."""
    from briefgen.render import render_html, render_markdown, render_pdf
    from briefgen.render.json import brief_from_json, brief_to_json

    kind = RENDERABLE.get(output.suffix.lower())
    if kind is None:
        raise OutputError(
            f"unknown output type {output.suffix or '(none)'}; use .pdf, .html, .md or .json",
            str(output),
        )
    try:
        text = brief_json.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError("no such file", str(brief_json)) from None
    except UnicodeDecodeError:
        raise InputError("not a UTF-8 JSON file", str(brief_json)) from None
    brief = brief_from_json(text, str(brief_json))
    if kind == "json":
        data = brief_to_json(brief).encode("utf-8")
    elif kind == "md":
        data = render_markdown(brief, templates).encode("utf-8")
    else:
        from briefgen.render.pdf import PDF_CHRONOLOGY

        limit = PDF_CHRONOLOGY if kind == "pdf" else None
        html = render_html(brief, templates, chronology_limit=limit)
        data = html.encode("utf-8") if kind == "html" else render_pdf(html, templates)
    return write_atomic(output, data)
