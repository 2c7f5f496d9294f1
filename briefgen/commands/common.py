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
from typer.core import TyperCommand, TyperGroup

from briefgen.errors import BriefgenError

log = logging.getLogger("briefgen")


@dataclass
class Output:
    """How a command talks to the user: rich text, nothing (--quiet), or JSON (--json)."""

    quiet: bool = False
    json: bool = False
    debug: bool = False
    warnings: WarningPrinter | None = None

    def info(self, message: str) -> None:
        if not (self.quiet or self.json):
            typer.echo(message)

    def result(self, message: str, data: dict[str, Any]) -> None:
        """The command's final line: a sentence, or one JSON object with --json.

        The JSON object carries ``"ok": true``, as a failure's carries ``"ok": false``.
        """
        self.flush_warnings()
        if self.json:
            typer.echo(json.dumps({"ok": True, **data}, sort_keys=True, default=str))
        elif not self.quiet:
            typer.echo(message)

    def warn(self, message: str) -> None:
        """A warning, through the same path as the library's logged warnings."""
        log.warning("%s", message)

    def flush_warnings(self, said: str = "") -> None:
        if self.warnings is not None:
            self.warnings.flush(said)

    def fail(self, where: str | None, problem: str) -> None:
        """The one error line on stderr, or with --json one object on stdout."""
        self.flush_warnings(said=problem)
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


class WarningPrinter(logging.Handler):
    """The one path every log record takes to the terminal (stderr).

    Warnings and errors are held until ``flush`` (the end of the command, or the next
    record of a lower level), then printed once each, like MkDocs' ``DuplicateFilter``:
    an exact repeat is dropped, and messages alike but for a file name or a number are
    collapsed into the first, with ``(and 12 more like it)``. Information prints at once,
    as the bare message. Control characters are escaped.
    """

    def __init__(self) -> None:
        super().__init__()
        self.pending: dict[tuple[str, str], tuple[str, set[str]]] = {}

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
        except Exception:  # a broken log call must not end the command
            self.handleError(record)
            return
        if record.levelno >= logging.WARNING:
            label = "warning" if record.levelno == logging.WARNING else "error"
            key = (label, _kind(record, message))
            _, seen = self.pending.setdefault(key, (message, set()))
            seen.add(message)
            return
        self.flush()
        if record.levelno <= logging.DEBUG:
            _stderr(f"debug: {record.name}: {message}")
        else:
            _stderr(message)

    def flush(self, said: str = "") -> None:
        """Print the held messages, but for those the text ``said`` (an error) repeats."""
        pending, self.pending = self.pending, {}
        for (label, _), (first, seen) in pending.items():
            left = [m for m in [first, *sorted(seen - {first})] if not _repeats(said, m)]
            if left:
                more = len(left) - 1
                _stderr(f"{label}: {left[0]}" + (f" (and {more} more like it)" if more else ""))


def _repeats(said: str, message: str) -> bool:
    """Whether the error ``said`` already tells ``message``'s problem (its "where: " aside)."""
    if not said:
        return False
    return message in said or message.split(": ", 1)[-1] in said


def _stderr(line: str) -> None:
    # sys.stderr looked up each time: a test runner swaps it between commands.
    sys.stderr.write(printable(line) + "\n")
    sys.stderr.flush()


_NUMBER = re.compile(r"\d+")
# "seeds/x.txt: binary file…": the project's "<file>: <problem>" shape.
_FILE_PREFIX = re.compile(r"^[^:\s]*[./\\][^:]*: ")


def _kind(record: logging.LogRecord, message: str) -> str:
    """What makes two warnings "alike": the same template, file and numbers aside."""
    template = str(record.msg)
    if record.args and template.strip("%s:; ") != "":
        return template
    return _NUMBER.sub("#", _FILE_PREFIX.sub("", message))


def setup_logging(out: Output) -> WarningPrinter:
    """Route every log record through one ``WarningPrinter`` at the level the flags ask.

    --quiet is errors only; --debug adds the library's debug records.
    """
    level = logging.DEBUG if out.debug else logging.ERROR if out.quiet else logging.WARNING
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, WarningPrinter)]:
        root.removeHandler(old)
    printer = WarningPrinter()
    root.addHandler(printer)
    root.setLevel(level)
    noisy_level = logging.NOTSET if out.debug else logging.ERROR
    # Font-subsetting chatter from the PDF engine is not the user's problem.
    for noisy in ("weasyprint", "fontTools"):
        logging.getLogger(noisy).setLevel(noisy_level)
    return printer


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
    out.warnings = setup_logging(out)
    try:
        with handle_errors(out):
            yield out
    finally:
        out.flush_warnings()


QUIET = typer.Option(False, "--quiet", "-q", help="Print nothing but errors.")
JSON = typer.Option(False, "--json", help="Print one machine-readable JSON object.")
DEBUG = typer.Option(False, "--debug", help="Show debug logs and full tracebacks.")


class _CleanFlags:
    """Help with metavars written for users: ``--since DATE``, ``--to ADDR``, no type at all
    for an on/off flag. Typer's rich help prints Python types there (``<bool>``,
    ``<list[str]>``) and, since Typer vendors Click, takes no metavar for a flag; so each
    parameter's type label is set here, once the command's parameters exist.
    """

    # Any: Typer >= 0.20 vendors its own Click, whose classes are not click's.
    def get_params(self, ctx: Any) -> Any:
        params = super().get_params(ctx)  # type: ignore[misc]
        for param in params:
            if getattr(param, "param_type_name", None) == "argument":
                label = None  # an argument is shown by its metavar already
            elif getattr(param, "is_flag", False) or getattr(param, "count", False):
                label = None
            else:
                name = getattr(getattr(param, "type", None), "name", "value")
                label = param.metavar or str(name).upper()
            # An instance attribute: the label Typer's help asks each parameter for.
            param.__dict__["display_type_rich"] = lambda ctx, label=label: label
        return params


class Command(_CleanFlags, TyperCommand):
    """Every briefgen command: ``app.command("name", cls=Command)``."""


class Group(_CleanFlags, TyperGroup):
    """The briefgen command groups: ``typer.Typer(cls=Group)``.

    With --json, a usage error (an unknown option, a missing argument: exit 2) is one JSON
    object on stdout too, like every other failure; Click would print a box on stderr.
    """

    def main(self, args: Any = None, standalone_mode: bool = True, **kw: Any) -> Any:  # type: ignore[override]
        argv = sys.argv[1:] if args is None else list(args)
        if "--json" not in argv or not standalone_mode:
            return super().main(argv, standalone_mode=standalone_mode, **kw)
        try:
            code = super().main(argv, standalone_mode=False, **kw)
        except Exception as exc:
            problem = getattr(exc, "format_message", None)
            exit_code = getattr(exc, "exit_code", None)
            if problem is None or not isinstance(exit_code, int):
                raise
            ctx = getattr(exc, "ctx", None)
            where = ctx.command_path if ctx is not None else None
            error = {"where": where, "problem": problem()}
            typer.echo(json.dumps({"ok": False, "error": error}, sort_keys=True))
            sys.exit(exit_code)
        sys.exit(code if isinstance(code, int) else 0)
