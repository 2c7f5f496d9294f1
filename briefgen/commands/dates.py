"""``briefgen dates``: the temporal expressions of one file, or of a JSONL batch."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from briefgen.commands.common import DEBUG, JSON, QUIET, Command, Output, command_output

if TYPE_CHECKING:
    from briefgen.models import Timex

FILE = typer.Argument(None, help="A text file to tag (omit with --jsonl).", metavar="FILE")
DCT = typer.Option(
    None,
    "--dct",
    help="Document date, YYYY-MM-DD (default: a date line in the file).",
    metavar="DATE",
)
JSONL = typer.Option(
    None,
    "--jsonl",
    help='Tag every line {"doc","dct","text"} of this JSONL file.',
    metavar="FILE",
)
OUTPUT = typer.Option(
    None, "--output", "-o", help="With --jsonl: write here, not to stdout.", metavar="FILE"
)
NARRATIVE = typer.Option(
    None,
    "--narrative/--timeml",
    help="Also tag 'back then', 'since then', 'so far' (default: on for FILE, off for --jsonl).",
)


def parse_dct(value: str | None, where: str) -> date | None:
    """``YYYY-MM-DD`` (or a longer ISO timestamp) -> date; None or "" -> None."""
    from briefgen.errors import InputError

    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(f"dct must be a string YYYY-MM-DD, not {value!r}", where)
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise InputError(f"dct {value!r} is not a date YYYY-MM-DD", where) from None


def tag_jsonl(
    source: Path,
    target: Path | None,
    *,
    narrative: bool = False,
    warn: Callable[[str], None] | None = None,
) -> int:
    """Tag each ``{"doc","dct","text"}`` line of ``source``; write ``{"doc","timexes"}`` lines.

    Writes to ``target``, or stdout when None. Strict TimeML unless ``narrative`` (see
    ``briefgen.extract.timex.tag``). A line that is not such an object (malformed, nested
    too deeply, wrong types) is skipped and reported through ``warn``. Returns the number
    of documents tagged.
    """
    import json
    import sys

    from briefgen.errors import InputError
    from briefgen.extract.timex import tag
    from briefgen.ingest.jsonl import LineProblem, iter_lines, parse_line

    lines: list[str] = []
    for number, line in iter_lines(source):
        where = f"{source}: line {number}"
        try:
            if isinstance(line, LineProblem):
                raise line
            obj = parse_line(line)
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                raise LineProblem('expected an object with a string "text"')
            dct = parse_dct(obj.get("dct"), where)
        except (LineProblem, InputError) as exc:
            problem = exc.problem if isinstance(exc, InputError) else str(exc)
            if warn is not None:
                warn(f"{where}: {problem}; skipped")
            continue
        timexes = [
            {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
            for t in tag(obj["text"], dct, narrative=narrative)
        ]
        lines.append(json.dumps({"doc": obj.get("doc"), "timexes": timexes}) + "\n")
    if target is None:
        sys.stdout.write("".join(lines))
    else:
        from briefgen.outputs import write_atomic

        # Renamed into place: a symbolic link planted at the target is replaced, not followed.
        write_atomic(target, "".join(lines).encode("utf-8"))
    return len(lines)


def stated_date(text: str) -> date | None:
    """A publication date stated on a line of its own near the top of ``text``, if any.

    A month alone ("November 2012") stands for the middle of that month.
    """
    from briefgen.extract.timex import tag

    head = "\n".join(text.splitlines()[:15])
    for t in tag(head, None, narrative=False):
        line_start = head.rfind("\n", 0, t.start) + 1
        line_end = head.find("\n", t.end)
        line = head[line_start : line_end if line_end >= 0 else len(head)]
        rest = line.replace(t.text, "").strip(" \t,:|-").lower()
        if not (t.value[:4].isdigit() and len(t.value) in (7, 10) and len(rest) <= 12):
            continue
        try:
            return date.fromisoformat(t.value if len(t.value) == 10 else t.value + "-15")
        except ValueError:
            continue
    return None


def sentence_of(text: str, t: Timex) -> str:
    """The sentence around a timex (cut at . ! ? or a line break)."""
    import re

    starts = [m.end() for m in re.finditer(r"[.!?]\s|\n", text[: t.start])]
    lo = starts[-1] if starts else 0
    m = re.search(r"[.!?](?=\s|$)|\n", text[t.end :])
    hi = t.end + m.end() if m else len(text)
    return " ".join(text[lo:hi].split())


def dates(
    file: Path | None = FILE,
    dct: str | None = DCT,
    jsonl: Path | None = JSONL,
    output: Path | None = OUTPUT,
    narrative: bool | None = NARRATIVE,
    quiet: bool = QUIET,
    as_json: bool = JSON,
    debug: bool = DEBUG,
) -> None:
    """List the dates and times a text mentions, normalised to TIMEX3 values.

    A table on a terminal, tab-separated values when piped, one JSON object with --json.
    """
    with command_output(quiet=quiet, as_json=as_json, debug=debug) as out:
        from briefgen.errors import InputError

        if jsonl is not None:
            if as_json and output is None:
                raise InputError("--json needs -o OUT.jsonl: the tagged lines go to stdout")
            n = tag_jsonl(jsonl, output, narrative=bool(narrative), warn=out.warn)
            if output is not None:
                out.result(
                    f"tagged {n} documents -> {output}", {"documents": n, "file": str(output)}
                )
            return
        if file is None:
            raise InputError("give a FILE, or --jsonl IN.jsonl")
        text = _read_text(file)
        ref = parse_dct(dct, "--dct") if dct else stated_date(text)
        _print_table(out, file, text, ref, narrative is not False)


def _read_text(file: Path) -> str:
    """The file as text, decoded as ingest decodes it; a binary file is an InputError."""
    from briefgen.errors import InputError
    from briefgen.ingest.readers import decode

    try:
        data = file.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror or exc})", str(file)) from None
    try:
        return decode(data, file)
    except InputError as exc:  # ingest's wording ends "; skipped": here nothing goes on
        raise InputError(exc.problem.removesuffix("; skipped"), exc.where) from None


def _print_table(out: Output, file: Path, text: str, ref: date | None, narrative: bool) -> None:
    """The file's timexes: a table on a terminal, TSV when piped, one object with --json."""
    import sys

    from briefgen.commands.common import printable
    from briefgen.extract.timex import tag

    timexes = tag(text, ref, narrative=narrative)
    rows = [
        {
            "start": t.start,
            "end": t.end,
            "text": t.text,
            "type": t.type,
            "value": t.value,
            "mod": t.mod,
            "sentence": sentence_of(text, t),
        }
        for t in timexes
    ]
    dct = ref.isoformat() if ref else None
    if out.json:
        out.result("", {"file": str(file), "dct": dct, "timexes": rows})
        return
    if out.quiet:
        return
    columns = ("text", "type", "value", "sentence")
    cells = [[_value(r) if c == "value" else str(r[c]) for c in columns] for r in rows]
    if not _to_terminal():
        # One line per timex, tabs between fields: for cut, awk and spreadsheets.
        lines = ["\t".join(columns)]
        lines += ["\t".join(_tsv_field(c) for c in row) for row in cells]
        sys.stdout.write("".join(line + "\n" for line in lines))
        return
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    # Text, not markup: a "[b]" in an article is printed, not interpreted.
    table = Table(title=Text(printable(f"{file.name} (DCT {dct or 'unknown'})")))
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in cells:
        table.add_row(*(Text(printable(c)) for c in row))
    Console().print(table)


def _to_terminal() -> bool:
    import sys

    return sys.stdout.isatty()


def _value(row: Mapping[str, object]) -> str:
    return f"{row['value']}" + (f" ({row['mod']})" if row["mod"] else "")


def _tsv_field(text: str) -> str:
    """A field with no tab or line break left to split it."""
    return " ".join(text.split())


def register(app: typer.Typer) -> None:
    """Add the ``dates`` command to ``app``."""
    app.command("dates", cls=Command)(dates)
