"""Mail delivery against real SMTP servers on 127.0.0.1 (aiosmtpd): no mocks of smtplib."""

from __future__ import annotations

import socket
from dataclasses import replace
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from deliver_fixtures import NOW, cli_app, mail_config, pdf_bytes, small_brief, write_pdf
from smtp_servers import Handler, free_port, smtp_server
from typer.testing import CliRunner

from briefgen.config import Config, EmailConfig
from briefgen.deliver import RecipientsFailed, deliver_brief, deliver_pdf
from briefgen.deliver.content import content_from_brief
from briefgen.deliver.message import build_message
from briefgen.deliver.store import default_db_path, open_store
from briefgen.errors import ConfigError, DeliveryError
from briefgen.models import Cited
from briefgen.render.json import brief_to_json

ALL = ["ann@example.org", "bob@example.org", "carol@example.org"]


def _parts(msg):  # type: ignore[no-untyped-def]
    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    attachments = list(msg.iter_attachments())
    return text, html, attachments


def _log(config: Config) -> list[dict[str, object]]:
    with open_store(default_db_path(config.output_dir)) as store:
        return store.deliveries()


# -- the message --------------------------------------------------------------------------


def test_message_has_text_html_and_the_pdf(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path)
    config = mail_config(tmp_path, 25)
    msg = build_message(config, content_from_brief(small_brief()), pdf, build_id="b1", now=NOW)

    assert msg.get_content_type() == "multipart/mixed"
    assert msg["Subject"] == "Black Sea grain: 16–23 November 2026"
    assert msg["From"] == "Briefs <briefs@example.org>"
    assert msg["To"] == "Ann Reader <ann@example.org>, bob@example.org"
    assert msg["Cc"] == "carol@example.org"
    assert msg["Date"] == "Mon, 23 Nov 2026 07:00:00 +0000"
    assert msg["Message-ID"].startswith("<briefgen.b1.") and msg["Message-ID"].endswith(
        "@example.org>"
    )
    text, html, attachments = _parts(msg)
    assert "Talks resumed and two ports reopened. [1][2]" in text
    assert "1. Shipping will rise <script>alert(1)</script> & insurers agree. [2]" in text
    assert "2026-11-20: Odesa port reopened" in text and "New actors: Recep Erdogan" in text
    assert "Period: 16–23 November 2026" in text and "Based on 2 sources." in text
    assert "[1] Grain talks resume in Istanbul, Reuters, 2026-11-18 <https://example.org/a>" in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; insurers" in html
    assert "<script>" not in html and "javascript:" not in html
    (pdf_part,) = attachments
    assert pdf_part.get_content_type() == "application/pdf"
    assert pdf_part.get_filename() == "Black-Sea-grain-2026-11-23.pdf"
    assert pdf_part.get_content() == pdf_bytes()
    # 7-bit clean: any server takes it, 8BITMIME or not.
    msg.as_bytes().decode("ascii")


def test_crlf_in_title_and_config_cannot_add_headers(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path)
    config = mail_config(tmp_path, 25)
    config = replace(config, email=replace(config.email, subject="{title}\r\nX-Injected: 1"))
    brief = small_brief(title="Grain\r\nBcc: victim@evil.example\n\nbody")
    raw = build_message(config, content_from_brief(brief), pdf, build_id="b", now=NOW).as_bytes()

    parsed = message_from_bytes(raw, policy=policy.default)
    assert parsed["Bcc"] is None and parsed["X-Injected"] is None
    assert parsed["Subject"] == "Grain Bcc: victim@evil.example body X-Injected: 1"
    assert (
        parsed.get_payload()[1].get_filename()
        == "Grain-Bcc-victim-evil-example-body-2026-11-23.pdf"
    )

    bad = replace(
        config.email,
        sender="me@example.org\r\nBcc: victim@evil.example",
        to=("ann@example.org\nBcc: x@evil.example", "not-an-address"),
    )
    with pytest.raises(ConfigError) as err:
        build_message(replace(config, email=bad), content_from_brief(brief), pdf, build_id="b")
    assert err.value.problems == [
        "email.from: 'me@example.org\\r\\nBcc: victim@evil.example' contains a line break or "
        "control character",
        "email.to: 'ann@example.org\\nBcc: x@evil.example' contains a line break or control "
        "character",
        "email.to: 'not-an-address' is not an address like name@example.org",
    ]


def test_subject_placeholders_are_checked(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path)
    config = mail_config(tmp_path, 25)
    for subject, expected in [
        ("Brief {date}", "Brief 2026-11-23"),
        ("{title.__class__}", None),
        ("{nope}", None),
    ]:
        cfg = replace(config, email=replace(config.email, subject=subject))
        if expected is None:
            with pytest.raises(ConfigError, match="unknown placeholder"):
                build_message(cfg, content_from_brief(small_brief()), pdf, build_id="b", now=NOW)
        else:
            msg = build_message(cfg, content_from_brief(small_brief()), pdf, build_id="b", now=NOW)
            assert msg["Subject"] == expected


def test_user_template_overrides_and_extends_the_default(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path)
    user = tmp_path / "tpl" / "email"
    user.mkdir(parents=True)
    (user / "email.txt.j2").write_text(
        'Hello team.\n{% include "default:email/email.txt.j2" %}', encoding="utf-8"
    )
    config = replace(mail_config(tmp_path, 25), templates=tmp_path / "tpl")
    msg = build_message(config, content_from_brief(small_brief()), pdf, build_id="b", now=NOW)
    text, html, _ = _parts(msg)
    assert text.startswith("Hello team.\nBlack Sea grain\n")
    assert "Key judgments" in html


def test_dry_run_writes_the_eml_and_sends_nothing(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "reports" / "2026-11-23T0700Z")
    config = mail_config(tmp_path, free_port())
    report = deliver_brief(config, small_brief(), pdf, "2026-11-23T0700Z", dry_run=True, now=NOW)
    assert report.eml_path == pdf.with_suffix(".eml")
    eml = message_from_bytes(report.eml_path.read_bytes(), policy=policy.default)
    assert eml["Subject"] == "Black Sea grain: 16–23 November 2026"
    assert not default_db_path(config.output_dir).exists()
    assert report.describe() == f"wrote {report.eml_path} (dry run, nothing sent)"


# -- sending ------------------------------------------------------------------------------


def test_plain_delivery_arrives_intact_and_is_not_repeated(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path)
    with smtp_server() as server:
        config = mail_config(tmp_path, server.port)
        report = deliver_brief(config, small_brief(), pdf, "build-1", now=NOW)
        again = deliver_brief(config, small_brief(), pdf, "build-1", now=NOW)

    assert report.sent == tuple(ALL) and not report.failed and not report.skipped
    assert again.skipped == tuple(ALL) and not again.sent
    assert again.describe() == "build-1: sent to 0, 3 already had it"
    (received,) = server.handler.messages
    assert received.mail_from == "briefs@example.org" and received.rcpt_tos == ALL
    msg = received.message
    text, html, (attachment,) = _parts(msg)
    assert "BOTTOM LINE" in text and "<h2" in html
    assert attachment.get_content() == pdf.read_bytes()
    assert msg["Bcc"] is None
    rows = _log(config)
    assert [(r["recipient"], r["status"], r["attempts"]) for r in rows] == [
        (a, "sent", 1) for a in ALL
    ]
    assert str(rows[0]["reply"]).startswith("250 2.0.0 Ok")


def test_bcc_is_in_the_envelope_not_the_headers(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path)
    with smtp_server() as server:
        config = mail_config(tmp_path, server.port)
        config = replace(config, email=replace(config.email, bcc=("dave@example.org",), cc=()))
        deliver_brief(config, small_brief(), pdf, "b", now=NOW)
    (received,) = server.handler.messages
    assert "dave@example.org" in received.rcpt_tos
    assert b"dave@" not in received.data


def test_starttls_with_auth(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = write_pdf(tmp_path)
    with smtp_server("starttls", tmp=tmp_path, auth=("briefs", "s3cret")) as server:
        config = mail_config(
            tmp_path,
            server.port,
            security="starttls",
            username="briefs",
            password_env="BRIEFGEN_TEST_SMTP_PASSWORD",
            cafile=str(server.cafile),
        )
        monkeypatch.delenv("BRIEFGEN_TEST_SMTP_PASSWORD", raising=False)
        with pytest.raises(DeliveryError) as err:
            deliver_brief(config, small_brief(), pdf, "b", now=NOW)
        assert str(err.value) == (
            "smtp.password_env: environment variable BRIEFGEN_TEST_SMTP_PASSWORD (named by "
            "smtp.password_env) is not set; export it with the SMTP password"
        )
        monkeypatch.setenv("BRIEFGEN_TEST_SMTP_PASSWORD", "wrong")
        with pytest.raises(RecipientsFailed, match="refused the login for 'briefs': 535"):
            deliver_brief(config, small_brief(), pdf, "b", now=NOW)
        monkeypatch.setenv("BRIEFGEN_TEST_SMTP_PASSWORD", "s3cret")
        report = deliver_brief(config, small_brief(), pdf, "b", now=NOW)
    assert report.sent == tuple(ALL)
    (received,) = server.handler.messages
    assert received.message.get_payload()[1].get_content() == pdf.read_bytes()
    # The bad login was final (5xx): one attempt, no retries.
    assert [r["attempts"] for r in _log(config) if r["status"] == "failed"] == [1, 1, 1]


def test_implicit_tls_and_an_untrusted_certificate(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path)
    with smtp_server("ssl", tmp=tmp_path) as server:
        untrusted = mail_config(tmp_path, server.port, security="ssl")
        with pytest.raises(RecipientsFailed, match=r"TLS with 127\.0\.0\.1:\d+ failed"):
            deliver_brief(untrusted, small_brief(), pdf, "b", now=NOW)
        config = mail_config(tmp_path, server.port, security="ssl", cafile=str(server.cafile))
        assert deliver_brief(config, small_brief(), pdf, "b", now=NOW).sent == tuple(ALL)
    assert len(server.handler.messages) == 1


def test_451_is_retried_then_delivered(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path)
    handler = Handler(
        data_replies=["451 4.3.0 try again later"],
        rcpt_replies={"bob@example.org": ["450 4.2.1 mailbox busy"]},
    )
    with smtp_server(handler=handler) as server:
        config = mail_config(tmp_path, server.port)
        report = deliver_brief(config, small_brief(), pdf, "b", now=NOW)
    assert report.sent == tuple(ALL)
    assert len(handler.messages) == 1
    assert [r["attempts"] for r in _log(config)] == [2, 2, 2]


def test_550_for_one_recipient_is_reported_and_only_it_is_retried(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path)
    handler = Handler(always_refuse={"bob@example.org"})
    with smtp_server(handler=handler) as server:
        config = mail_config(tmp_path, server.port)
        with pytest.raises(RecipientsFailed) as err:
            deliver_brief(config, small_brief(), pdf, "b", now=NOW)
        assert str(err.value) == (
            "build b: not delivered to 1 of 3 recipient(s): bob@example.org: 550 5.1.1 "
            "<bob@example.org>: no such mailbox (sent to 2); run it again to retry only those"
        )
        report = err.value.report
        assert report.sent == ("ann@example.org", "carol@example.org")
        handler.always_refuse.clear()
        handler.rcpt_seen.clear()
        retry = deliver_brief(config, small_brief(), pdf, "b", now=NOW)
    assert retry.sent == ("bob@example.org",) and len(retry.skipped) == 2
    assert handler.rcpt_seen == ["bob@example.org"]
    assert [m.rcpt_tos for m in handler.messages] == [
        ["ann@example.org", "carol@example.org"],
        ["bob@example.org"],
    ]


def test_refused_connection_is_retried_then_reported(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path)
    port = free_port()
    config = mail_config(tmp_path, port)
    with pytest.raises(RecipientsFailed) as err:
        deliver_brief(config, small_brief(), pdf, "b", now=NOW)
    assert f"127.0.0.1:{port} refused the connection (gave up after 3 tries)" in str(err.value)
    assert err.value.report.failed.keys() == set(ALL)
    assert {r["status"] for r in _log(config)} == {"failed"}


def test_a_silent_server_times_out_and_is_retried(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path)
    with socket.socket() as silent:  # accepts connections, never says hello
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        config = mail_config(tmp_path, silent.getsockname()[1], timeout=0.2, retries=1)
        with pytest.raises(RecipientsFailed) as err:
            deliver_brief(config, small_brief(), pdf, "b", now=NOW)
    assert "timed out (gave up after 2 tries)" in err.value.report.failed["ann@example.org"]


def test_no_recipients_is_a_clear_error(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path)
    config = replace(mail_config(tmp_path, 25), email=EmailConfig(sender="a@example.org"))
    with pytest.raises(ConfigError) as err:
        deliver_brief(config, small_brief(), pdf, "b", now=NOW)
    assert err.value.problems == ["no recipients; set email.to in brief.toml or pass --to"]


def test_deliver_pdf_uses_brief_json_and_the_build_folder(tmp_path: Path) -> None:
    build = tmp_path / "reports" / "2026-11-23T0700Z"
    pdf = write_pdf(build)
    (build / "manifest.json").write_text("{}", encoding="utf-8")
    brief = small_brief(title="From JSON")
    summary = replace(
        brief.summary,
        bottom_line=Cited("JSON bottom line.", brief.summary.bottom_line.evidence[:1]),
        judgments=(Cited("JSON judgment.", brief.summary.bottom_line.evidence[::-1]),),
    )
    brief = replace(brief, summary=summary)
    # The same reader as `briefgen render`: the JSON a build writes.
    (build / "brief.json").write_text(brief_to_json(brief), encoding="utf-8")
    with smtp_server() as server:
        report = deliver_pdf(mail_config(tmp_path, server.port), pdf, now=NOW)
    assert report.build_id == "2026-11-23T0700Z"
    text = server.handler.messages[0].message.get_body(("plain",)).get_content()
    assert "JSON bottom line. [1]" in text and "1. JSON judgment. [2][1]" in text
    assert "[2] Ports reopen" in text


def test_cli_email(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "out")
    toml = tmp_path / "brief.toml"
    runner = CliRunner()
    with smtp_server() as server:
        toml.write_text(
            f'output_dir = "reports"\n[email]\nfrom = "briefs@example.org"\n'
            f'[smtp]\nhost = "127.0.0.1"\nport = {server.port}\nsecurity = "none"\n'
            "retries = 0\n",
            "utf-8",
        )
        args = ["email", str(pdf), "--config", str(toml), "--to", "ann@example.org"]
        dry = runner.invoke(cli_app(), [*args, "--dry-run"])
        assert dry.exit_code == 0, dry.output
        assert dry.output == f"wrote {pdf.with_suffix('.eml')} (dry run, nothing sent)\n"
        sent = runner.invoke(
            cli_app(), [*args, "--to", "bob@example.org", "--subject", "Hi {date}"]
        )
        assert sent.exit_code == 0, sent.output
        assert sent.output.endswith(": sent to 2\n")
        server.handler.always_refuse.add("carol@example.org")
        failed = runner.invoke(cli_app(), [*args, "--to", "carol@example.org"])
    assert failed.exit_code == 1
    assert failed.output.startswith("error: build pdf-")
    assert failed.output.endswith(
        "not delivered to 1 of 2 recipient(s): carol@example.org: 550 5.1.1 "
        "<carol@example.org>: no such mailbox (sent to 0); run it again to retry only those\n"
    )
    assert [m.rcpt_tos for m in server.handler.messages] == [["ann@example.org", "bob@example.org"]]


def test_the_mail_s_new_statements_name_whom_a_told_was_told_to() -> None:
    from dataclasses import replace as swap

    from briefgen.models import Evidence, Position

    text = "“The corridor must stay open,” Erdogan told reporters in Istanbul."
    doc = swap(small_brief().documents[0], text=text)
    content = "The corridor must stay open"
    ev = Evidence("d1", 1, 1 + len(content), content, text, 0)
    told = Position("p1", "d1", "Erdogan", "a1", None, content, 1, 1 + len(content), "direct",
                    "told", ev, attribution="cue")  # fmt: skip
    brief = small_brief()
    brief = swap(brief, documents=(doc, *brief.documents[1:]), positions=(told,))
    new = content_from_brief(brief).whats_new
    assert new is not None
    assert new.positions == ("Erdogan told reporters in Istanbul: “The corridor must stay open”",)
