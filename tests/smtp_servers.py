"""Real SMTP servers on 127.0.0.1 for delivery tests (aiosmtpd), and a self-signed cert.

``smtp_server(...)`` starts one on a free port and yields a :class:`Server` whose
``handler.messages`` holds what arrived. Replies can be scripted per recipient or per DATA,
so a test can ask for ``451`` then ``250``, or ``550`` for one address.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

HOST = "127.0.0.1"


def free_port() -> int:
    """A port nothing listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def self_signed_cert(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 / localhost and its key, as PEM files in ``folder``."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address(HOST))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


@dataclass
class Received:
    """One accepted message."""

    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        msg = message_from_bytes(self.data, policy=policy.default)
        assert isinstance(msg, EmailMessage)
        return msg


@dataclass
class Handler:
    """Accepts mail, unless a scripted reply says otherwise.

    ``rcpt_replies[address]`` and ``data_replies`` are queues of replies used one per
    command, e.g. ``["451 4.3.0 try again later"]``; when empty, the command succeeds.
    ``always_refuse`` holds addresses answered with 550 every time.
    """

    messages: list[Received] = field(default_factory=list)
    rcpt_replies: dict[str, list[str]] = field(default_factory=dict)
    data_replies: list[str] = field(default_factory=list)
    always_refuse: set[str] = field(default_factory=set)
    rcpt_seen: list[str] = field(default_factory=list)

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: Any
    ) -> str:
        self.rcpt_seen.append(address)
        if address in self.always_refuse:
            return f"550 5.1.1 <{address}>: no such mailbox"
        queue = self.rcpt_replies.get(address)
        if queue:
            return queue.pop(0)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.data_replies:
            return self.data_replies.pop(0)
        self.messages.append(
            Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.content)
        )
        return f"250 2.0.0 Ok: queued as {len(self.messages)}"


@dataclass
class Server:
    """A running server: where it listens and what it received."""

    port: int
    handler: Handler
    cafile: Path | None = None


def _authenticator(user: str, password: str) -> Any:
    def check(server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> Any:
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login.decode() == user
            and auth_data.password.decode() == password
        )
        return AuthResult(success=ok, handled=False)  # False: send the 535 reply

    return check


@contextmanager
def smtp_server(
    security: str = "none",
    *,
    tmp: Path | None = None,
    auth: tuple[str, str] | None = None,
    handler: Handler | None = None,
) -> Iterator[Server]:
    """An aiosmtpd server on 127.0.0.1: ``none``, ``starttls`` or ``ssl`` (implicit TLS).

    TLS modes need ``tmp`` (a folder for the generated certificate); ``auth`` makes the
    server require that login.
    """
    handler = handler or Handler()
    port = free_port()
    kwargs: dict[str, Any] = {"server_hostname": "localhost"}
    cafile = None
    if security in ("starttls", "ssl"):
        assert tmp is not None, "TLS servers need a folder for the certificate"
        cafile, keyfile = self_signed_cert(tmp)
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cafile, keyfile)
        if security == "starttls":
            kwargs.update(tls_context=context, require_starttls=True)
        else:
            kwargs["ssl_context"] = context
    if auth is not None:
        kwargs.update(
            authenticator=_authenticator(*auth),
            auth_required=True,
            auth_require_tls=security != "none",
        )
    controller = Controller(handler, hostname=HOST, port=port, **kwargs)
    controller.start()
    try:
        yield Server(port, handler, cafile)
    finally:
        controller.stop()
