"""A real IMAP server on loopback for the inbox tests: Debian's dovecot.

One dovecot runs for the whole test session from a private configuration in
a temporary folder: listening on 127.0.0.1 only, TLS required (implicit TLS
on one port, STARTTLS on another) with a certificate from the same
throw-away authority as the SMTP test server, users in a passwd-file and
their mail in maildir folders next to it. Each test gets a mailbox (a user)
of its own, so tests never see each other's mail and the server never needs
a restart.

Messages are put in place by writing maildir files, as a delivery agent
would; the tests then compare those files and the flags the server reports
before and after the app looked, to prove the app changed nothing.
"""

from __future__ import annotations

import imaplib
import itertools
import os
import pwd
import re
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from mail_server import Certificates, free_port

PASSWORD = "imap-Pässword-Ω-7d1e"
USERS_AT_ONCE = 40
_names = itertools.count(1)


def dovecot_binary() -> str | None:
    """The dovecot program, also where /usr/sbin is not on the PATH."""
    found = shutil.which("dovecot")
    if found:
        return found
    for folder in ("/usr/sbin", "/usr/local/sbin"):
        candidate = Path(folder) / "dovecot"
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return None


@dataclass(frozen=True)
class _Users:
    """Who dovecot's own processes and the mail files run as."""

    internal: str
    login: str
    mail_uid: int
    mail_gid: int


def _users() -> _Users:
    if os.geteuid() != 0:
        # An ordinary user runs every part of dovecot as themselves.
        me = pwd.getpwuid(os.geteuid())
        return _Users(me.pw_name, me.pw_name, me.pw_uid, me.pw_gid)
    # As root, dovecot refuses to run its login processes or read mail as
    # root: it uses the accounts its Debian package creates, and the mail
    # belongs to "nobody".
    nobody = pwd.getpwnam("nobody")
    return _Users("dovecot", "dovenull", nobody.pw_uid, nobody.pw_gid)


_CONFIG = """\
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
instance_name = followup-desk-test-{port}
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
default_internal_user = {users.internal}
default_login_user = {users.login}
first_valid_uid = {users.mail_uid}
first_valid_gid = {users.mail_gid}
ssl = required
ssl_cert = <{cert}
ssl_key = <{key}
disable_plaintext_auth = yes
# A wrong password is answered at once, not after dovecot's usual pause.
auth_failure_delay = 0
auth_mechanisms = plain login
mail_location = maildir:{root}/mail/%u
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {root}/passwd
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {starttls_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
    ssl = yes
  }}
  chroot =
}}
service anvil {{
  chroot =
  # No growing pause after a wrong password: the tests try one on purpose.
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
"""


class Mailbox:
    """One user's INBOX, as maildir files, and a way to read its flags."""

    def __init__(self, server: DovecotServer, user: str, folder: Path) -> None:
        self.server = server
        self.user = user
        self.password = PASSWORD
        self.folder = folder
        self._count = itertools.count(1)

    def deliver(self, raw: bytes, flags: str = "") -> Path:
        """Put one message in the INBOX, as a local delivery agent would."""
        number = next(self._count)
        stamp = 1_790_000_000 + number
        name = f"{stamp}.M{number}P{os.getpid()}.fdtest:2,{flags}"
        temporary = self.folder / "tmp" / name
        temporary.write_bytes(raw)
        self.server.hand_over(temporary)
        target = self.folder / "cur" / name
        temporary.rename(target)
        return target

    def files(self) -> dict[str, bytes]:
        """Every message file, name (with its flags) → bytes."""
        return {
            f"{part}/{path.name}": path.read_bytes()
            for part in ("cur", "new")
            for path in sorted((self.folder / part).iterdir())
        }

    def flags(self) -> dict[int, set[str]]:
        """UID → flags as the server reports them (``\\Recent`` left out)."""
        client = self.server.client()
        try:
            # AUTHENTICATE PLAIN: the password is not ASCII.
            client.authenticate("PLAIN", self._token)
            client.select('"INBOX"', readonly=True)
            status, data = client.uid("FETCH", "1:*", "(UID FLAGS)")
        finally:
            client.logout()
        found: dict[int, set[str]] = {}
        for line in data:
            if not isinstance(line, bytes):
                continue
            uid = re.search(rb"UID (\d+)", line)
            flags = re.search(rb"FLAGS \(([^)]*)\)", line)
            if uid and flags:
                names = set(flags.group(1).decode().split())
                found[int(uid.group(1))] = names - {"\\Recent"}
        return found

    def _token(self, challenge: bytes) -> bytes:
        return f"\0{self.user}\0{self.password}".encode()


class DovecotServer:
    """Start and stop a private dovecot; hand out mailboxes."""

    def __init__(self, certificates: Certificates, binary: str) -> None:
        self.certificates = certificates
        self.binary = binary
        self.tls_port = free_port()
        self.starttls_port = free_port()
        self.users = _users()
        # A short path: dovecot's sockets live in it, and socket paths are
        # limited to about a hundred characters.
        self.root = Path(tempfile.mkdtemp(prefix="fd-imap-"))
        self._process: subprocess.Popen | None = None
        self._free: list[Mailbox] = []

    def start(self) -> DovecotServer:
        root = self.root
        # dovecot's login and mail processes run as other users when we are
        # root; they must be able to reach their sockets and the mail.
        root.chmod(0o755)
        for sub in ("run", "state", "mail"):
            (root / sub).mkdir()
        (root / "mail").chmod(0o755)
        self.hand_over(root / "mail")
        (root / "passwd").write_text("", encoding="utf-8")
        # Every mailbox the session will want, known before dovecot starts.
        self._add_users(USERS_AT_ONCE)
        shutil.copy(self.certificates.cert_file, root / "cert.pem")
        shutil.copy(self.certificates.key_file, root / "key.pem")
        config = root / "dovecot.conf"
        config.write_text(
            _CONFIG.format(
                root=root,
                port=self.tls_port,
                users=self.users,
                cert=root / "cert.pem",
                key=root / "key.pem",
                starttls_port=self.starttls_port,
                tls_port=self.tls_port,
            ),
            encoding="utf-8",
        )
        self._process = subprocess.Popen(
            [self.binary, "-F", "-c", str(config)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            # Its own process group, so stopping it reaches its children too.
            start_new_session=True,
        )
        self._wait_until_listening()
        return self

    def _wait_until_listening(self) -> None:
        for _ in range(200):
            if self._process.poll() is not None:
                error = self._process.stderr.read().decode("utf-8", "replace")
                raise RuntimeError(f"dovecot did not start: {error}{self.log()}")
            try:
                with socket.create_connection(("127.0.0.1", self.tls_port), 0.5):
                    pass
                with socket.create_connection(("127.0.0.1", self.starttls_port), 0.5):
                    return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"dovecot did not listen in time: {self.log()}")

    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text("utf-8", "replace") if path.exists() else ""

    def hand_over(self, path: Path) -> None:
        """Give a file or folder to the user the mail processes run as."""
        if os.geteuid() == 0:
            os.chown(path, self.users.mail_uid, self.users.mail_gid)

    def _add_users(self, count: int) -> None:
        lines = []
        for _ in range(count):
            user = f"desk{next(_names)}@example.com"
            folder = self.root / "mail" / user
            for sub in ("", "cur", "new", "tmp"):
                (folder / sub).mkdir()
                self.hand_over(folder / sub)
            lines.append(
                f"{user}:{{PLAIN}}{PASSWORD}:{self.users.mail_uid}:"
                f"{self.users.mail_gid}::{folder}\n"
            )
            self._free.append(Mailbox(self, user, folder))
        with (self.root / "passwd").open("a", encoding="utf-8") as users:
            users.writelines(lines)

    def new_mailbox(self) -> Mailbox:
        """A user with an empty INBOX that no other test has had."""
        if not self._free:
            # dovecot notices a changed passwd-file by its time stamp, which
            # may not move within the same second.
            time.sleep(1.1)
            self._add_users(USERS_AT_ONCE)
        return self._free.pop(0)

    def client(self) -> imaplib.IMAP4_SSL:
        """A separate client for the tests' own look at a mailbox."""
        context = ssl.create_default_context(cafile=str(self.certificates.ca_file))
        return imaplib.IMAP4_SSL(
            "127.0.0.1", self.tls_port, ssl_context=context, timeout=10
        )

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(5)
        if process is not None and process.stderr is not None:
            process.stderr.close()
        shutil.rmtree(self.root, ignore_errors=True)
