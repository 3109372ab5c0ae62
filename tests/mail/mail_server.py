"""A real SMTP server on loopback for the mail tests (aiosmtpd).

It speaks STARTTLS (or TLS from the first byte), demands a login, and keeps
every message it accepts as raw bytes for the tests to parse. The
certificate is made in the test run by a throw-away certificate authority,
which the app trusts through its "extra trusted certificate" setting.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
import threading
from dataclasses import dataclass, field
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

USER = "desk@example.com"
PASSWORD = "s3cret-Pässword-Ω-9f2c"


@dataclass
class Certificates:
    ca_file: Path
    cert_file: Path
    key_file: Path


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def make_certificates(folder: Path, host_names=("localhost",)) -> Certificates:
    """A CA and a server certificate for 127.0.0.1 and ``host_names``."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(_name("Follow-up Desk Test CA"))
        .issuer_name(_name("Follow-up Desk Test CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    names = [x509.DNSName(n) for n in host_names]
    names.append(x509.IPAddress(ipaddress.ip_address("127.0.0.1")))
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(host_names[0]))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]),
            critical=False,
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    folder.mkdir(parents=True, exist_ok=True)
    files = Certificates(folder / "ca.pem", folder / "server.pem", folder / "key.pem")
    files.ca_file.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    files.cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    files.key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return files


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    raw: bytes


@dataclass
class Recorder:
    """The server's mailbox, and hooks to hold a conversation mid-way."""

    messages: list[Received] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)
    # Set by a test: the server waits at RCPT (or DATA) of the n-th message
    # (1-based) until ``release`` is set, after setting ``reached``.
    hold_rcpt_of: int = 0
    hold_data_of: int = 0
    reached: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)
    refuse_addresses: set[str] = field(default_factory=set)
    _rcpt_count: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse_addresses:
            return "550 5.1.1 No such user here"
        with self._lock:
            self._rcpt_count += 1
            count = self._rcpt_count
        if count == self.hold_rcpt_of:
            self.reached.set()
            await _wait(self.release)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if len(self.messages) + 1 == self.hold_data_of:
            self.hold_data_of = 0
            self.reached.set()
            await _wait(self.release)
            # Discard the message if the client went away meanwhile, as a
            # server does that never got to say "250 OK".
            if session.transport is None or session.transport.is_closing():
                return "451 Connection lost before the reply"
        self.messages.append(
            Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.content)
        )
        return "250 Message accepted"


async def _wait(event: threading.Event) -> None:
    import asyncio

    for _ in range(400):
        if event.is_set():
            return
        await asyncio.sleep(0.025)


def _authenticator(recorder: Recorder):
    def check(server, session, envelope, mechanism, auth_data):
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        ok = (
            auth_data.login.decode() == USER
            and auth_data.password.decode("utf-8") == PASSWORD
        )
        if ok:
            recorder.logins.append(USER)
        return AuthResult(success=ok, handled=False)

    return check


class _ImplicitTlsSMTP(SMTP):
    """aiosmtpd only counts STARTTLS as encryption; this whole link is TLS."""

    def connection_made(self, transport) -> None:
        super().connection_made(transport)
        # Any true value tells aiosmtpd the session is encrypted, so it offers
        # AUTH as a real port-465 server does.
        self._tls_protocol = transport.get_extra_info("ssl_object")


class _ImplicitTlsController(Controller):
    """TLS from the first byte, as on port 465."""

    def factory(self):
        return _ImplicitTlsSMTP(self.handler, **self.SMTP_kwargs)

    # aiosmtpd's readiness probe does not speak TLS; do the handshake here.

    def _trigger_server(self):
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        with socket.create_connection((self.hostname, self.port), 2.0) as raw:
            with context.wrap_socket(raw) as tls:
                tls.recv(1024)


class MailServer:
    """Start, stop and restart the loopback server on one port."""

    def __init__(
        self, certificates: Certificates, mode: str = "starttls", port: int = 0
    ) -> None:
        self.certificates = certificates
        self.mode = mode
        self.port = port or free_port()
        self.recorder = Recorder()
        self._controller: Controller | None = None

    @property
    def messages(self) -> list[Received]:
        return self.recorder.messages

    def _server_context(self) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.certificates.cert_file, self.certificates.key_file)
        return context

    def start(self) -> MailServer:
        common = dict(
            hostname="127.0.0.1",
            port=self.port,
            authenticator=_authenticator(self.recorder),
            auth_required=True,
            enable_SMTPUTF8=True,
        )
        if self.mode == "tls":
            self._controller = _ImplicitTlsController(
                self.recorder,
                ssl_context=self._server_context(),
                **common,
            )
        else:
            self._controller = Controller(
                self.recorder,
                tls_context=self._server_context(),
                require_starttls=True,
                auth_require_tls=True,
                **common,
            )
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self.recorder.release.set()
            self._controller.stop()
            self._controller = None
