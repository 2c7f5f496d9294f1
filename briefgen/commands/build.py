"""``briefgen build``, ``briefgen extract`` and ``briefgen render``."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from briefgen.commands.common import DEBUG, JSON, QUIET, Command, Output, command_output
from briefgen.formats import DEFAULT_FORMATS, suffixes
from briefgen.formats import FORMATS as KNOWN_FORMATS

if TYPE_CHECKING:
    from briefgen.config import Config

INPUTS = typer.Argument(
    None,
    help="Files, folders or globs (.txt .md .html .htm .jsonl .pdf .docx). Default: the "
    "config's inputs, else seeds/ in the current folder.",
    metavar="INPUT",
)
CONFIG = typer.Option(None, "--config", "-c", help="A brief.toml project file.", metavar="FILE")
TITLE = typer.Option(None, "--title", help="Title on the cover.", metavar="TEXT")
SINCE = typer.Option(
    None,
    "--since",
    help="Start of the period: 2021-08-01, '1 Aug 2021', '2 weeks ago'.",
    metavar="DATE",
)
UNTIL = typer.Option(
    None, "--until", help="End of the period, written as for --since.", metavar="DATE"
)
QUERY = typer.Option(
    None,
    "--query",
    help="Comma-separated words or phrases; on topic = in title, headline or body.",
    metavar="WORDS",
)
TEMPLATES = typer.Option(
    None, "--templates", help="Folder of templates overriding the defaults.", metavar="DIR"
)
REF_DATE = typer.Option(
    None,
    "--ref-date",
    help="Date for documents that state none, written as for --since.",
    metavar="DATE",
)
TIMELINE_DATES = typer.Option(
    None, "--timeline-dates", help="How many dates the timeline shows (25).", metavar="N"
)
TIMELINE_SENTENCES = typer.Option(
    None,
    "--timeline-sentences",
    help="How many sentences each timeline date quotes (2).",
    metavar="N",
)
OUTPUT_DIR = typer.Option(
    # A string, not a Path: Path("") is ".", and -o '' must be an error, not the current folder.
    None,
    "--output",
    "-o",
    help="Folder the dated build folders go in (reports/).",
    metavar="DIR",
)
EXECUTOR = typer.Option(
    None,
    "--executor",
    help="Where documents are extracted: local (this machine's cores) or dask.",
    metavar="local|dask",
)
DASK_SCHEDULER = typer.Option(
    None,
    "--dask-scheduler",
    help="A dask.distributed scheduler to extract on (implies --executor dask).",
    metavar="tcp://HOST:PORT",
)
FORMATS = typer.Option(
    None,
    "--format",
    "-f",
    help=f"Comma-separated: {','.join(KNOWN_FORMATS)} (default {','.join(DEFAULT_FORMATS)}).",
    metavar="FORMATS",
)


def build(
    inputs: list[str] | None = INPUTS,
    output: str | None = OUTPUT_DIR,
    config_file: Path | None = CONFIG,
    title: str | None = TITLE,
    since: str | None = SINCE,
    until: str | None = UNTIL,
    query: str | None = QUERY,
    formats: str | None = FORMATS,
    templates: Path | None = TEMPLATES,
    ref_date: str | None = REF_DATE,
    timeline_dates: int | None = TIMELINE_DATES,
    timeline_sentences: int | None = TIMELINE_SENTENCES,
    email: bool = typer.Option(False, "--email", help="Mail the brief as configured."),
    notify: bool = typer.Option(
        False, "--notify", help="Post the brief to the [[notify]] channels of the config."
    ),
    store: bool = typer.Option(
        False, "--store", help="Read the article store filled by `briefgen collect`."
    ),
    dry_run: bool = typer.Option(False, "--dry-run", help="With --email: write the .eml only."),
    no_cache: bool = typer.Option(
        False, "--no-cache", help="Extract every document again; neither read nor fill the cache."
    ),
    executor: str | None = EXECUTOR,
    dask_scheduler: str | None = DASK_SCHEDULER,
    quiet: bool = QUIET,
    as_json: bool = JSON,
    debug: bool = DEBUG,
) -> None:
    """Build the brief: PDF, HTML and JSON in a dated folder under the output folder."""
    with command_output(quiet=quiet, as_json=as_json, debug=debug) as out:
        from briefgen.config import Config, load_config

        if not (inputs or config_file or store or Path("seeds").exists()):
            from briefgen.errors import InputError

            # The default seeds/ exists only in a checkout of the repository.
            raise InputError(
                "nothing to build: give files, folders or globs (briefgen build articles/), "
                "a project file (--config brief.toml), or try the bundled example: briefgen demo"
            )
        config = load_config(
            config_file,
            inputs=inputs or None,
            output_dir=output,
            title=title,
            since=since,
            until=until,
            query=query,
            formats=formats,
            templates=templates,
            ref_date=ref_date,
            timeline_dates=timeline_dates,
            timeline_sentences=timeline_sentences,
            store=store or None,
            cache=False if no_cache else None,
            executor=executor,
            dask_scheduler=dask_scheduler,
        )
        if store and not inputs and config.inputs == Config.inputs:
            # --store alone means the store alone, not the store and the default seeds/.
            config = replace(config, inputs=())
        _build(out, config, email=email, dry_run=dry_run, notify=notify)


def demo(
    output: str | None = OUTPUT_DIR,
    formats: str | None = FORMATS,
    quiet: bool = QUIET,
    as_json: bool = JSON,
    debug: bool = DEBUG,
) -> None:
    """Build a brief from the example articles shipped with briefgen, from any folder."""
    with command_output(quiet=quiet, as_json=as_json, debug=debug) as out:
        from briefgen.config import load_config
        from briefgen.resources import seeds_dir

        config = load_config(None, inputs=[str(seeds_dir())], output_dir=output, formats=formats)
        _build(out, config, email=False, dry_run=False)


def _build(
    out: Output, config: Config, *, email: bool, dry_run: bool, notify: bool = False
) -> None:
    from briefgen.build_notes import read_summary
    from briefgen.deliver.publish import build_and_deliver
    from briefgen.errors import NothingNew

    now = datetime.now(UTC).replace(microsecond=0)
    if notify and not config.notify:
        from briefgen.errors import ConfigError

        raise ConfigError(
            ["--notify: no [[notify]] channels configured (see the README's Channels section)"],
            str(config.config_path) if config.config_path else None,
        )
    with _progress(out, config) as step, _locked(config):
        try:
            published = build_and_deliver(
                config, now=now, email=email, dry_run=dry_run, progress=step, notify=notify
            )
        except NothingNew as exc:
            out.result(f"skipped: {exc.problem}", {"skipped_build": exc.problem})
            return
    result = published.build
    delivered = published.delivery.describe() if published.delivery else None
    posted = published.notified
    for problem in result.skipped:
        out.warn(problem)
    if posted is not None:
        # The build stands; a channel that failed is told, and `briefgen notify` retries it.
        for channel, why in sorted(posted.failed.items()):
            out.warn(
                f"notify {channel}: not posted ({why}); retry: briefgen notify {result.build_dir}"
            )
        delivered = "; ".join(x for x in (delivered, posted.describe()) if x)
    names = ", ".join(str(p) for p in result.files.values())
    line = f"{read_summary(result.brief)}; wrote {names}"
    reused = result.counts.get("from_cache", 0)
    if reused:
        total = reused + result.counts.get("extracted", 0)
        line += f"; {reused} of {total} extractions from the cache"
    out.result(
        line + (f"; {delivered}" if delivered else ""),
        {
            "extraction": result.counts,
            "build_dir": str(result.build_dir),
            "files": {k: str(v) for k, v in result.files.items()},
            "skipped": list(result.skipped),
            "timings_s": result.timings,
            "delivery": delivered,
            "notify": posted.as_dict() if posted is not None else None,
        },
    )


def extract(
    inputs: list[str] = typer.Argument(
        ..., help="Files, folders or globs (.txt .md .html .htm .jsonl).", metavar="INPUT"
    ),
    output: Path = typer.Option(
        Path("brief.json"), "--output", "-o", help="JSON file to write.", metavar="FILE"
    ),
    config_file: Path | None = CONFIG,
    title: str | None = TITLE,
    since: str | None = SINCE,
    until: str | None = UNTIL,
    query: str | None = QUERY,
    ref_date: str | None = REF_DATE,
    timeline_dates: int | None = TIMELINE_DATES,
    timeline_sentences: int | None = TIMELINE_SENTENCES,
    quiet: bool = QUIET,
    as_json: bool = JSON,
    debug: bool = DEBUG,
) -> None:
    """Extract everything into one JSON file, without rendering."""
    with command_output(quiet=quiet, as_json=as_json, debug=debug) as out:
        from briefgen.build_notes import read_summary
        from briefgen.config import load_config
        from briefgen.outputs import write_atomic
        from briefgen.pipeline import assemble_brief
        from briefgen.render.json import brief_to_json

        config = load_config(
            config_file,
            inputs=inputs,
            title=title,
            since=since,
            until=until,
            query=query,
            ref_date=ref_date,
            timeline_dates=timeline_dates,
            timeline_sentences=timeline_sentences,
        )
        now = datetime.now(UTC).replace(microsecond=0)
        with _progress(out, config) as step:
            brief, skipped = assemble_brief(config, now=now, progress=step)
        for problem in skipped:
            out.warn(problem)
        write_atomic(output, brief_to_json(brief).encode("utf-8"))
        out.result(
            f"{read_summary(brief)}; wrote {output} ({len(brief.events)} events, "
            f"{len(brief.actors)} actors, {len(brief.positions)} positions)",
            {"file": str(output), "skipped": list(skipped)},
        )


def render(
    brief_json: Path = typer.Argument(
        ..., help="A brief.json written by build or extract.", metavar="BRIEF_JSON"
    ),
    output: Path = typer.Option(
        ...,
        "--output",
        "-o",
        help=f"File to write, in the format its suffix names: {suffixes()}.",
        metavar="FILE",
    ),
    templates: Path | None = TEMPLATES,
    quiet: bool = QUIET,
    as_json: bool = JSON,
    debug: bool = DEBUG,
) -> None:
    """Re-render a brief.json (e.g. after editing a template) without running the NLP."""
    with command_output(quiet=quiet, as_json=as_json, debug=debug) as out:
        from briefgen.outputs import render_file

        render_file(brief_json, output, templates)
        out.result(f"wrote {output}", {"file": str(output)})


@contextmanager
def _locked(config: Config) -> Iterator[None]:
    """Hold the output folder's lock, so a scheduled run never overlaps a manual one."""
    from briefgen.archive import check_writable
    from briefgen.deliver.lock import build_lock

    check_writable(config.output_dir)
    with build_lock(config.output_dir):
        yield


@contextmanager
def _progress(out: Output, config: Config) -> Iterator[Callable[[str], None]]:
    """A progress bar fed by the pipeline's one-line step messages.

    Listing the inputs first also reports a missing input before anything is created.
    """
    from briefgen.ingest import list_inputs

    total = len(list_inputs(config.inputs)) * 2 + 2
    with out.progress(total, "building") as advance:
        yield lambda message: advance(1, message)


def register(app: typer.Typer) -> None:
    app.command("build", cls=Command)(build)
    app.command("demo", cls=Command)(demo)
    app.command("extract", cls=Command)(extract)
    app.command("render", cls=Command)(render)
