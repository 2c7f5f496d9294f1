"""``briefgen collect``: fetch what is new from the configured sources into the store."""

from __future__ import annotations

from pathlib import Path

import typer

from briefgen.commands.common import DEBUG, JSON, QUIET, Command, command_output


def collect(
    config_file: Path | None = typer.Option(
        None, "--config", "-c", help="A brief.toml project file with [[sources]].", metavar="FILE"
    ),
    output: Path | None = typer.Option(
        None,
        "--output",
        "-o",
        help="Output folder holding articles.sqlite (reports/).",
        metavar="DIR",
    ),
    quiet: bool = QUIET,
    as_json: bool = JSON,
    debug: bool = DEBUG,
) -> None:
    """Collect feeds, sitemaps, URL lists and folders into the article store."""
    with command_output(quiet=quiet, as_json=as_json, debug=debug) as out:
        from briefgen.collect import collect_sources
        from briefgen.config import load_config
        from briefgen.errors import ConfigError

        config = load_config(config_file, output_dir=output)
        if not config.sources:
            raise ConfigError(
                ["no [[sources]] configured; add feeds, sitemaps, URL files or folders"],
                str(config_file) if config_file else "brief.toml",
            )
        with out.progress(0, "collecting") as advance:
            report = collect_sources(config, progress=lambda m: advance(1, m))
        for source in report.sources:
            out.info(
                f"{source.name}: {source.new} new, {source.unchanged} unchanged, "
                f"{source.updated} updated, {source.failed} failed"
                + (f", {source.duplicate} duplicate" if source.duplicate else "")
            )
            for url, reason in source.failures:
                out.warn(f"{source.name}: {url}: {reason}")
        totals = report.totals()
        out.result(
            f"{report.store}: {totals['new']} new, {totals['updated']} updated, "
            f"{totals['failed']} failed; {report.articles} articles in the store "
            f"({report.seconds:.1f}s)",
            {
                "store": str(report.store),
                "articles": report.articles,
                "seconds": round(report.seconds, 3),
                "requests": report.requests,
                "totals": totals,
                "sources": [s.as_dict() for s in report.sources],
            },
        )


def register(app: typer.Typer) -> None:
    app.command("collect", cls=Command)(collect)
