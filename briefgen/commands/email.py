"""``briefgen email PDF``: mail a brief that is already built."""

from __future__ import annotations

from pathlib import Path

import typer

from briefgen.commands.common import DEBUG, JSON, QUIET, Command, command_output


def email(
    pdf: Path = typer.Argument(
        ...,
        help="The brief's PDF, or its build folder (a brief.json beside it fills the body). "
        "Recipients who already got this build are skipped, so it also retries a failed one.",
        metavar="PDF",
    ),
    to: list[str] | None = typer.Option(
        None,
        "--to",
        help="Recipient; repeatable. Replaces the configured to, cc and bcc.",
        metavar="ADDR",
    ),
    config_file: Path | None = typer.Option(
        None,
        "--config",
        "-c",
        help="A brief.toml project file (its email and smtp tables).",
        metavar="FILE",
    ),
    subject: str | None = typer.Option(
        None, "--subject", help="Subject template: {title}, {period}, {date}.", metavar="TEXT"
    ),
    sender: str | None = typer.Option(
        None, "--from", help="Sender address (email.from).", metavar="ADDR"
    ),
    dry_run: bool = typer.Option(
        False, "--dry-run", help="Write the .eml beside the PDF instead of sending."
    ),
    quiet: bool = QUIET,
    as_json: bool = JSON,
    debug: bool = DEBUG,
) -> None:
    """Mail an existing PDF brief; recipients who already got this build are skipped."""
    with command_output(quiet=quiet, as_json=as_json, debug=debug) as out:
        from dataclasses import replace

        from briefgen.config import load_config
        from briefgen.deliver import deliver_pdf

        config = load_config(config_file)
        mail = config.email
        if to:
            mail = replace(mail, to=tuple(to), cc=(), bcc=())
        mail = replace(mail, subject=subject or mail.subject, sender=sender or mail.sender)
        if pdf.is_dir():  # a build folder: its PDF, and its name as the build id
            pdf = pdf / "brief.pdf"
        report = deliver_pdf(replace(config, email=mail), pdf, dry_run=dry_run)
        out.result(report.describe(), report.as_dict())


def register(app: typer.Typer) -> None:
    """Add the ``email`` command to ``app``."""
    app.command("email", cls=Command)(email)
