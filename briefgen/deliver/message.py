"""Build the mail: text and HTML alternatives from templates, the PDF attached.

The email library decodes RFC 2047 encoded words (``=?utf-8?q?...=0D=0A...?=``) when a
header is set, after any cleaning done on the raw text, so a line break can hide inside
one (CPython's header-injection bug). Every header value is therefore decoded first and
refused if the decoded text has a line break or control character; addresses are parsed
and re-serialised by the library; and the finished message is parsed back to check it
has exactly the headers and recipients meant.
"""

from __future__ import annotations

import hashlib
import re
import string
from dataclasses import replace
from datetime import UTC, datetime
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import SMTP as SMTP_POLICY
from email.policy import default as default_policy
from email.utils import format_datetime, getaddresses
from pathlib import Path

from briefgen.config import Config, EmailConfig
from briefgen.deliver.content import MailContent
from briefgen.errors import ConfigError, InputError

TEXT_TEMPLATE = "email/email.txt.j2"
HTML_TEMPLATE = "email/email.html.j2"
SUBJECT_FIELDS = ("title", "period", "date")

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_DOMAIN_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_ADDR_SPEC = re.compile(
    rf"^[A-Za-z0-9.!#$%&'*+/=?^_`{{|}}~-]+@{_DOMAIN_LABEL}(?:\.{_DOMAIN_LABEL})*$"
)


def clean_header(value: str) -> str:
    """One line of text: every run of whitespace (CR and LF included) becomes one space."""
    return _CONTROL.sub("", " ".join(str(value).split()))


def decoded(value: str) -> str:
    """``value`` with its RFC 2047 encoded words decoded, as the email library would see it.

    Decoded until nothing changes, so an encoded word inside an encoded word is seen too;
    ValueError if the result has a line break or control character, or will not decode.
    """
    text = value
    for _ in range(4):
        if _CONTROL.search(text):
            raise ValueError("contains a line break or control character (once decoded)")
        if "=?" not in text:
            return text
        try:
            again = str(make_header(decode_header(text)))
        except (HeaderParseError, LookupError, UnicodeError, ValueError):
            raise ValueError("has an encoded word that cannot be decoded") from None
        if again == text:
            return text
        text = again
    raise ValueError("has encoded words nested too deeply")


def parse_address(value: str) -> Address:
    """``"Ann <ann@example.org>"`` or ``ann@example.org`` -> Address; ValueError says why not."""
    if _CONTROL.search(value):
        raise ValueError("contains a line break or control character")
    pairs = getaddresses([value])
    if len(pairs) != 1 or not pairs[0][1]:
        raise ValueError("must be exactly one address")
    name, spec = pairs[0]
    if not _ADDR_SPEC.match(spec) or ".." in spec or spec.startswith("."):
        raise ValueError("is not an address like name@example.org")
    # The library re-encodes the display name as needed; it must get the decoded text.
    return Address(display_name=clean_header(decoded(name)), addr_spec=spec)


def check_addresses(email: EmailConfig) -> list[str]:
    """Every problem with the sender and recipients, as ``email.to: 'x' is not ...`` lines."""
    problems = []
    if not email.sender.strip():
        problems.append('email.from is not set; add from = "briefs@example.org" under [email]')
    else:
        problems += _bad("email.from", [email.sender])
    for key in ("to", "cc", "bcc"):
        problems += _bad(f"email.{key}", getattr(email, key))
    if not (email.to or email.cc or email.bcc):
        problems.append("no recipients; set email.to in brief.toml or pass --to")
    return problems


def _bad(label: str, values: tuple[str, ...] | list[str]) -> list[str]:
    out = []
    for value in values:
        try:
            parse_address(value)
        except ValueError as exc:
            out.append(f"{label}: {value!r} {exc}")
    return out


def recipients(email: EmailConfig) -> list[str]:
    """The envelope recipients (to, cc, bcc) as bare addresses, each once, in order."""
    seen: dict[str, str] = {}
    for value in (*email.to, *email.cc, *email.bcc):
        spec = parse_address(value).addr_spec
        seen.setdefault(spec.lower(), spec)
    return list(seen.values())


def render_subject(template: str, content: MailContent, now: datetime) -> str:
    """Fill ``{title}``, ``{period}`` and ``{date}``; any other placeholder is a config error."""
    values = {
        "title": clean_header(content.title),
        "period": clean_header(content.period),
        "date": now.date().isoformat(),
    }
    try:
        names = [
            field for _, field, _, _ in string.Formatter().parse(template) if field is not None
        ]
    except ValueError as exc:
        raise ConfigError([f"email.subject is not a valid template ({exc})"]) from None
    unknown = sorted({n for n in names if n not in values})
    if unknown:
        raise ConfigError(
            [
                f"email.subject: unknown placeholder {{{unknown[0]}}}; "
                f"use {', '.join('{' + f + '}' for f in SUBJECT_FIELDS)}"
            ]
        )
    try:
        # Plain line breaks are folded to spaces; one hidden in an encoded word is refused.
        subject = decoded(clean_header(template.format_map(values)))
    except ValueError as exc:
        raise ConfigError([f"email.subject {exc}"]) from None
    return clean_header(subject) or content.title


def attachment_name(title: str, now: datetime) -> str:
    """A safe file name for the PDF: ASCII letters, digits and dashes, then the date."""
    slug = re.sub(r"[^A-Za-z0-9]+", "-", title).strip("-")[:60].strip("-") or "brief"
    return f"{slug}-{now.date().isoformat()}.pdf"


def message_id(build_id: str, envelope: list[str], domain: str) -> str:
    """Stable per build and recipient list, so a resent build keeps its Message-ID."""
    digest = hashlib.sha1("\n".join([build_id, *sorted(envelope)]).encode()).hexdigest()[:16]
    slug = re.sub(r"[^A-Za-z0-9.-]+", "-", build_id).strip("-.")[:40] or "brief"
    return f"<briefgen.{slug}.{digest}@{domain}>"


def render_bodies(content: MailContent, templates: Path | None) -> tuple[str, str]:
    """The plain-text and HTML bodies, from the user's templates or the defaults."""
    # Imported here: the render package is the brief's renderers (0.2 CPU s), which a build
    # imports while its workers parse (``formats.prepare``), not before, as the build
    # command imports this module.
    from briefgen.render.templates import environment, render_template

    env = environment(templates)
    out = []
    for name in (TEXT_TEMPLATE, HTML_TEMPLATE):
        out.append(render_template(env, name, {"brief": content}))
    return out[0], out[1]


def build_message(
    config: Config,
    content: MailContent,
    pdf_path: Path,
    *,
    build_id: str,
    now: datetime | None = None,
) -> EmailMessage:
    """A multipart/mixed mail: text and HTML alternatives, then the PDF (``application/pdf``)."""
    now = now or datetime.now(UTC)
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    problems = check_addresses(config.email)
    if problems:
        raise ConfigError(problems, str(config.config_path) if config.config_path else None)
    try:
        pdf = pdf_path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the PDF ({exc.strerror or exc})", str(pdf_path)) from None
    if not pdf.startswith(b"%PDF"):
        raise InputError("not a PDF file", str(pdf_path))

    sender = parse_address(config.email.sender)
    filename = attachment_name(content.title, now)
    if not content.attachment:
        content = replace(content, attachment=filename)
    text, html = render_bodies(content, config.templates)

    where = str(config.config_path) if config.config_path else None
    try:
        subject = render_subject(config.email.subject, content, now)
    except ConfigError as exc:
        raise ConfigError(exc.problems, where) from None
    msg = EmailMessage()
    msg["Subject"] = subject
    msg["From"] = sender
    if config.email.to:
        msg["To"] = [parse_address(a) for a in config.email.to]
    if config.email.cc:
        msg["Cc"] = [parse_address(a) for a in config.email.cc]
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = message_id(build_id, recipients(config.email), sender.domain)
    # Quoted-printable keeps the whole message 7-bit: no 8BITMIME needed from the server.
    msg.set_content(text, subtype="plain", cte="quoted-printable")
    msg.add_alternative(html, subtype="html", cte="quoted-printable")
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=filename)
    check_headers(msg, [*config.email.to, *config.email.cc])
    return msg


_HEADERS = {"subject", "from", "to", "cc", "date", "message-id", "mime-version", "content-type"}


def check_headers(msg: EmailMessage, shown: list[str]) -> None:
    """Parse the serialised message back: only our headers, only the shown recipients.

    The last wall against header injection, whatever path a value took into the message.
    """
    head = msg.as_bytes(policy=SMTP_POLICY).split(b"\r\n\r\n", 1)[0]
    parsed = BytesParser(policy=default_policy).parsebytes(head + b"\r\n\r\n", headersonly=True)
    names = [k.lower() for k in parsed]
    expected = {parse_address(a).addr_spec.lower() for a in shown}
    found = {
        a.addr_spec.lower()
        for key in ("to", "cc")
        for header in parsed.get_all(key, [])
        for a in header.addresses
    }
    extra = sorted(set(names) - _HEADERS) or [n for n in set(names) if names.count(n) > 1]
    if extra or found != expected:
        what = f"header {extra[0]}" if extra else "recipients"
        raise ConfigError([f"the message would have an unexpected {what}; nothing was sent"])
