"""What every command shares: error presentation, output modes, progress."""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import typer

from briefgen.errors import BriefgenError

log = logging.getLogger("briefgen")


@dataclass
class Output:
    """How a command talks to the user: rich text, nothing (--quiet), or JSON (--json)."""

    quiet: bool = False
    json: bool = False
    debug: bool = False

    def info(self, message: str) -> None:
        if not (self.quiet or self.json):
            typer.echo(message)

    def result(self, message: str, data: dict[str, Any]) -> None:
        """The command's final line: a sentence, or one JSON object with --json."""
        if self.json:
            typer.echo(json.dumps(data, sort_keys=True, default=str))
        elif not self.quiet:
            typer.echo(message)

    def warn(self, message: str) -> None:
        if not self.json:
            typer.echo(f"warning: {printable(message)}", err=True)

    def fail(self, where: str | None, problem: str) -> None:
        """The one error line on stderr, or with --json one object on stdout."""
        if self.json:
            error = {"where": where, "problem": problem}
            typer.echo(json.dumps({"ok": False, "error": error}, sort_keys=True))
            return
        text = f"{where}: {problem}" if where else problem
        typer.echo(f"error: {printable(text)}", err=True)

    @contextmanager
    def progress(self, total: int, label: str) -> Iterator[Any]:
        """A rich progress bar on stderr; a no-op when quiet, JSON or not a terminal."""
        if self.quiet or self.json or not sys.stderr.isatty():
            yield lambda advance=1, description=None: None
            return
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        with Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            transient=True,
        ) as bar:
            task = bar.add_task(label, total=total)

            def step(advance: int = 1, description: str | None = None) -> None:
                if description:
                    bar.update(task, description=description)
                bar.advance(task, advance)

            yield step


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def printable(text: str) -> str:
    """``text`` with control characters escaped (a newline as ``\\n``).

    File names and article text reach messages; a newline in a file name must not start
    a second, forged ``error:`` line, nor an escape sequence drive the terminal.
    """
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)


class _PrintableFormatter(logging.Formatter):
    """Log lines with control characters escaped, like every other line we print."""

    def formatMessage(self, record: logging.LogRecord) -> str:
        return printable(super().formatMessage(record))


def setup_logging(out: Output) -> None:
    level = logging.DEBUG if out.debug else logging.ERROR if out.quiet else logging.WARNING
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_PrintableFormatter("%(levelname)s: %(message)s"))
    logging.basicConfig(level=level, handlers=[handler])
    if not out.debug:
        # Font-subsetting chatter from the PDF engine is not the user's problem.
        for noisy in ("weasyprint", "fontTools"):
            logging.getLogger(noisy).setLevel(logging.ERROR)


@contextmanager
def handle_errors(out: Output) -> Iterator[None]:
    """Turn a BriefgenError into ``error: <where>: <problem>`` and exit 1.

    Tracebacks only with --debug.
    """
    try:
        yield
    except BriefgenError as exc:
        if out.debug:
            raise
        out.fail(exc.where, exc.problem)
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        out.fail(None, "interrupted")
        raise typer.Exit(130) from None
    except OSError as exc:
        if out.debug:
            raise
        where = getattr(exc, "filename", None)
        out.fail(str(where) if where else None, str(exc.strerror or exc))
        raise typer.Exit(1) from None


@contextmanager
def command_output(
    *, quiet: bool = False, as_json: bool = False, debug: bool = False
) -> Iterator[Output]:
    """A command's output and logging, with its errors turned into one line (``handle_errors``)."""
    out = Output(quiet=quiet, json=as_json, debug=debug)
    setup_logging(out)
    with handle_errors(out):
        yield out


QUIET = typer.Option(False, "--quiet", "-q", help="Print nothing but errors.")
JSON = typer.Option(False, "--json", help="Print one machine-readable JSON object.")
DEBUG = typer.Option(False, "--debug", help="Show debug logs and full tracebacks.")
