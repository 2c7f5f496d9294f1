"""The command line: thin wrappers that parse flags and make one library call each."""

from __future__ import annotations

import gc

import typer

from briefgen import __version__
from briefgen.commands import build, cache, collect, dates, email, notify, schedule
from briefgen.commands.common import Group

app = typer.Typer(
    name="briefgen",
    cls=Group,
    help="Turn a pile of articles on one topic into a cited PDF brief.",
    no_args_is_help=True,
    # -h as well as --help, on every command (Click's context settings are inherited).
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"briefgen {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False,
        "--version",
        "-V",
        callback=_version,
        is_eager=True,
        help="Print the version and exit.",
    ),
) -> None:
    """briefgen: executive summary, timeline, actor profiles and sources, from your articles."""


for module in (build, cache, collect, dates, email, notify, schedule):
    module.register(app)


def main() -> None:
    """The console script. On the way out the garbage collector is frozen: the
    interpreter's teardown would otherwise run full collections over every object the
    command made (a build's model, documents and brief: 0.3-0.4 CPU s, a tenth of the
    seeds' build), to free memory the process hands back whole as it ends. Objects are
    still released as their modules are cleared; only the cycle search is skipped."""
    try:
        app()
    finally:
        gc.freeze()
