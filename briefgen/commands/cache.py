"""``briefgen cache stats|clear``: the extraction cache in the output folder."""

from __future__ import annotations

from pathlib import Path

import typer

from briefgen.commands.common import DEBUG, JSON, QUIET, Command, Group, command_output

cache_app = typer.Typer(
    help="The extraction cache (OUTPUT/.cache): what a rebuild reuses.",
    no_args_is_help=True,
    cls=Group,
)
CONFIG = typer.Option(None, "--config", "-c", help="A brief.toml project file.", metavar="FILE")
OUTPUT = typer.Option(
    None, "--output", "-o", help="The output folder holding the cache (reports/).", metavar="DIR"
)


def _path(config_file: Path | None, output: str | None) -> Path:
    from briefgen.config import load_config
    from briefgen.extract.cache import cache_path

    return cache_path(load_config(config_file, output_dir=output).output_dir)


@cache_app.command("stats", cls=Command)
def stats(
    config_file: Path | None = CONFIG,
    output: str | None = OUTPUT,
    quiet: bool = QUIET,
    as_json: bool = JSON,
    debug: bool = DEBUG,
) -> None:
    """How many extractions are cached, the file's size, and the last build's hit rate."""
    with command_output(quiet=quiet, as_json=as_json, debug=debug) as out:
        from briefgen.extract.cache import cache_stats

        found = cache_stats(_path(config_file, output))
        line = f"{found.path}: {found.entries} extractions, {_size(found.size_bytes)}"
        last = found.last_build
        data: dict[str, object] = {
            "path": str(found.path),
            "entries": found.entries,
            "size_bytes": found.size_bytes,
            "last_build": last,
        }
        if last is not None:
            reused, extracted = last.get("hits", 0), last.get("extracted", 0)
            total = reused + extracted
            rate = reused / total if total else 0.0
            line += f"; last build: {reused} of {total} from the cache ({rate:.0%})"
            data["hit_rate"] = round(rate, 4)
        out.result(line, data)


@cache_app.command("clear", cls=Command)
def clear(
    config_file: Path | None = CONFIG,
    output: str | None = OUTPUT,
    quiet: bool = QUIET,
    as_json: bool = JSON,
    debug: bool = DEBUG,
) -> None:
    """Delete every cached extraction: the next build extracts every document again."""
    with command_output(quiet=quiet, as_json=as_json, debug=debug) as out:
        from briefgen.extract.cache import clear_cache

        path = _path(config_file, output)
        removed = clear_cache(path)
        out.result(
            f"{path}: {removed} extractions removed", {"path": str(path), "removed": removed}
        )


def _size(count: int) -> str:
    if count < 1024:
        return f"{count} bytes"
    if count < 1024**2:
        return f"{count / 1024:.1f} KB"
    return f"{count / 1024**2:.1f} MB"


def register(app: typer.Typer) -> None:
    """Add the ``cache`` command group to ``app``."""
    app.add_typer(cache_app, name="cache")
