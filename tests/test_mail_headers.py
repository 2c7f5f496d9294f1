"""Header injection: a line break hidden in an RFC 2047 encoded word never makes a header."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from deliver_fixtures import NOW, cli_app, mail_config, small_brief, write_pdf
from smtp_servers import smtp_server
from typer.testing import CliRunner

from briefgen.config import EmailConfig
from briefgen.deliver import deliver_brief
from briefgen.deliver.content import content_from_brief
from briefgen.deliver.message import build_message
from briefgen.errors import ConfigError

# "Weekly\r\nBcc: evil@x.org" once the email library decodes the encoded word.
EVIL = "=?utf-8?q?Weekly=0D=0ABcc=3A_evil=40x=2Eorg?="
# The same, encoded twice: decoding once leaves an encoded word the library would decode.
EVIL_TWICE = "=?utf-8?q?=3D=3Futf-8=3Fq=3FWeekly=3D0D=3D0ABcc=3D3A_evil=3D40x=3D2Eorg=3F=3D?="

VECTORS = {
    "subject": lambda e: replace(e, subject=EVIL),
    "subject encoded twice": lambda e: replace(e, subject=EVIL_TWICE),
    "display name in to": lambda e: replace(e, to=(f"{EVIL} <ann@example.org>",)),
    "display name in from": lambda e: replace(e, sender=f"{EVIL} <briefs@example.org>"),
    "display name in cc": lambda e: replace(e, cc=(f"{EVIL} <carol@example.org>",)),
    "display name in bcc": lambda e: replace(e, bcc=(f"{EVIL} <dan@example.org>",)),
}


@pytest.mark.parametrize("vector", sorted(VECTORS))
def test_every_vector_is_refused_before_a_message_exists(tmp_path: Path, vector: str) -> None:
    config = mail_config(tmp_path, 25)
    config = replace(config, email=VECTORS[vector](config.email))
    with pytest.raises(ConfigError, match="line break"):
        build_message(config, content_from_brief(small_brief()), write_pdf(tmp_path), build_id="b")


def test_a_title_with_an_encoded_line_break_is_refused(tmp_path: Path) -> None:
    config = mail_config(tmp_path, 25)
    content = content_from_brief(small_brief(title=EVIL))
    with pytest.raises(ConfigError, match=r"email\.subject contains a line break"):
        build_message(config, content, write_pdf(tmp_path), build_id="b", now=NOW)


def test_dry_run_with_an_encoded_subject_writes_no_bcc(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "build")
    toml = tmp_path / "brief.toml"
    toml.write_text(
        f'[email]\nto = ["ann@example.org"]\nfrom = "briefs@example.org"\nsubject = "{EVIL}"\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli_app(), ["email", str(pdf), "-c", str(toml), "--dry-run"])
    assert result.exit_code == 1
    assert result.output.startswith(f"error: {toml}: email.subject contains a line break")
    assert not pdf.with_suffix(".eml").exists()


def test_honest_encoded_words_are_decoded_once_and_sent(tmp_path: Path) -> None:
    with smtp_server() as server:
        config = mail_config(tmp_path, server.port)
        email = EmailConfig(
            to=("=?utf-8?q?Ann_R=C3=A9ader?= <ann@example.org>",),
            sender="Briefs <briefs@example.org>",
            subject="=?utf-8?q?Le_point?= {title}",
        )
        config = replace(config, email=email)
        deliver_brief(config, small_brief(), write_pdf(tmp_path), "b1", now=NOW)
    (received,) = server.handler.messages
    assert received.rcpt_tos == ["ann@example.org"]
    msg = received.message
    assert msg["To"] == "Ann Réader <ann@example.org>"
    assert msg["Subject"] == "Le point Black Sea grain"
    assert sorted(k.lower() for k in msg) == sorted(
        ["subject", "from", "to", "date", "message-id", "mime-version", "content-type"]
    )


def test_an_injected_display_name_never_reaches_a_real_server(tmp_path: Path) -> None:
    with smtp_server() as server:
        config = mail_config(tmp_path, server.port)
        config = replace(
            config, email=replace(config.email, to=(f"{EVIL} <ann@example.org>",), cc=())
        )
        with pytest.raises(ConfigError, match="line break"):
            deliver_brief(config, small_brief(), write_pdf(tmp_path), "b1", now=NOW)
    assert server.handler.messages == [] and server.handler.rcpt_seen == []
