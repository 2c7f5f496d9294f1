"""A small hand-made ``Brief`` and a real PDF, for the delivery and scheduler tests."""

from __future__ import annotations

import functools
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import typer

from briefgen.commands import email as email_command
from briefgen.commands import schedule as schedule_command
from briefgen.config import Config, EmailConfig, SmtpConfig
from briefgen.models import (
    Actor,
    Brief,
    Cited,
    Document,
    Event,
    Evidence,
    Position,
    Summary,
    WhatsNew,
)

NOW = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)


def _ev(doc: str, text: str) -> Evidence:
    return Evidence(doc=doc, start=0, end=len(text), text=text, sentence=text, sentence_start=0)


def small_brief(**changes: Any) -> Brief:
    """Two documents, a bottom line, two judgments, something new; fields replaceable."""
    docs = (
        Document(
            id="d1",
            source="seeds/a.txt",
            format="txt",
            text="...",
            title="Grain talks resume in Istanbul",
            date="2026-11-18",
            publisher="Reuters",
            url="https://example.org/a",
        ),
        Document(
            id="d2",
            source="seeds/b.txt",
            format="txt",
            text="...",
            title="Ports reopen",
            date="2026-11-20",
            url="javascript:alert(1)",
        ),
    )
    bottom = Cited("Talks resumed and two ports reopened.", (_ev("d1", "x"), _ev("d2", "y")))
    judgments = (
        Cited("Shipping will rise <script>alert(1)</script> & insurers agree.", (_ev("d2", "z"),)),
        Cited("Both sides signalled flexibility.", (_ev("d1", "w"),)),
    )
    event = Event(
        id="e1", date="2026-11-20", description="Odesa port reopened", mentions=(), sources=("d2",)
    )
    actor = Actor(id="a1", name="Recep Erdogan", type="person")
    position = Position(
        id="p1",
        doc="d1",
        speaker="Erdogan",
        speaker_id="a1",
        speaker_mention=None,
        text="the corridor must stay open",
        start=0,
        end=10,
        kind="direct",
        cue="said",
        evidence=_ev("d1", "v"),
        attribution="cue",
    )
    brief = Brief(
        title="Black Sea grain",
        generated_at=NOW,
        period=("2026-11-16", "2026-11-23"),
        documents=docs,
        events=(event,),
        timeline=(),
        actors=(actor,),
        positions=(position,),
        summary=Summary(bottom_line=bottom, judgments=judgments),
        whats_new=WhatsNew(
            previous_build="2026-11-16T0700Z", events=("e1",), actors=("a1",), positions=("p1",)
        ),
    )
    return replace(brief, **changes)


@functools.cache
def pdf_bytes() -> bytes:
    """A real one-page PDF, rendered once per session with weasyprint."""
    from weasyprint import HTML

    return bytes(HTML(string="<h1>Black Sea grain</h1><p>Brief body.</p>").write_pdf())


def write_pdf(folder: Path, name: str = "brief.pdf") -> Path:
    """The PDF written to ``folder/name``."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(pdf_bytes())
    return path


def mail_config(tmp: Path, port: int, **smtp: Any) -> Config:
    """A config for a test server on 127.0.0.1:port, with tiny backoff."""
    email = EmailConfig(
        to=("Ann Reader <ann@example.org>", "bob@example.org"),
        cc=("carol@example.org",),
        sender="Briefs <briefs@example.org>",
        subject="{title}: {period}",
    )
    settings: dict[str, Any] = {
        "host": "127.0.0.1",
        "port": port,
        "security": "none",
        "retries": 2,
        "backoff": 0.01,
        "timeout": 5.0,
    }
    settings.update(smtp)
    return Config(output_dir=tmp / "reports", email=email, smtp=SmtpConfig(**settings))


def cli_app() -> typer.Typer:
    """An app with just the email and schedule commands (cli.py registers them for real)."""
    app = typer.Typer()

    @app.callback()
    def _root() -> None:
        """Test root."""

    email_command.register(app)
    schedule_command.register(app)
    return app
