"""A throw-away PostgreSQL server with TLS and passwords, on a loopback port.

The shared test server has neither, so the TLS and password tests start
their own: a fresh cluster in a temporary folder, a certificate authority
and a server certificate for ``localhost``, ``hostssl`` lines only (a
connection without TLS is refused) and SCRAM passwords. It needs the
PostgreSQL server programs and root (to run them as ``postgres``);
without them the tests that use it are skipped.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

USER = "shopadmin"
PASSWORD = "Tls&Pass-42"


@dataclass
class TlsServer:
    folder: Path
    port: int
    ca_file: Path
    other_ca_file: Path

    def url(self, sslmode: str, password: str | None = PASSWORD, **extra) -> str:
        from urllib.parse import quote, urlencode

        secret = f":{quote(password, safe='')}" if password else ""
        query = urlencode({"sslmode": sslmode, **extra})
        return f"postgresql://{USER}{secret}@localhost:{self.port}/shop?{query}"


def _bin(name: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found[-1] if found else shutil.which(name)


def _run(*args: str, user: str | None = None, **kwargs) -> None:
    command = ["runuser", "-u", user, "--", *args] if user else list(args)
    subprocess.run(command, check=True, capture_output=True, timeout=60, **kwargs)


def _certificates(folder: Path) -> None:
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    for name in ("ca", "other_ca"):
        _run(
            "openssl",
            "req",
            "-x509",
            *ec,
            "-days",
            "2",
            "-keyout",
            str(folder / f"{name}.key"),
            "-out",
            str(folder / f"{name}.crt"),
            "-subj",
            f"/CN=Follow-up Desk test {name}",
        )
    _run(
        "openssl",
        "req",
        *ec,
        "-subj",
        "/CN=localhost",
        "-keyout",
        str(folder / "server.key"),
        "-out",
        str(folder / "server.csr"),
    )
    (folder / "san.ext").write_text("subjectAltName=DNS:localhost,IP:127.0.0.1\n")
    _run(
        "openssl",
        "x509",
        "-req",
        "-days",
        "2",
        "-in",
        str(folder / "server.csr"),
        "-CA",
        str(folder / "ca.crt"),
        "-CAkey",
        str(folder / "ca.key"),
        "-CAcreateserial",
        "-out",
        str(folder / "server.crt"),
        "-extfile",
        str(folder / "san.ext"),
    )


def start() -> TlsServer | str:
    """A running server, or the reason none could be started."""
    initdb, pg_ctl = _bin("initdb"), _bin("pg_ctl")
    if not (initdb and pg_ctl and shutil.which("runuser") and shutil.which("openssl")):
        return "the PostgreSQL server programs or openssl are not installed"
    if os.geteuid() != 0:
        return "starting a private PostgreSQL server needs root (to run as postgres)"
    folder = Path(tempfile.mkdtemp(prefix="followup-tls-"))
    try:
        os.chmod(folder, 0o755)
        _certificates(folder)
        data = folder / "data"
        (folder / "pw").write_text(PASSWORD)
        shutil.chown(folder, "postgres")
        for path in folder.iterdir():
            shutil.chown(path, "postgres")
        os.chmod(folder / "server.key", 0o600)
        _run(
            initdb,
            "-D",
            str(data),
            "-U",
            USER,
            "-A",
            "scram-sha-256",
            f"--pwfile={folder / 'pw'}",
            user="postgres",
        )
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        with open(data / "postgresql.conf", "a", encoding="utf-8") as conf:
            conf.write(
                f"port = {port}\nlisten_addresses = '127.0.0.1'\n"
                f"unix_socket_directories = '{folder}'\nssl = on\n"
                f"ssl_cert_file = '{folder / 'server.crt'}'\n"
                f"ssl_key_file = '{folder / 'server.key'}'\n"
            )
        (data / "pg_hba.conf").write_text(
            "local all all scram-sha-256\nhostssl all all 127.0.0.1/32 scram-sha-256\n"
        )
        _run(
            pg_ctl,
            "-D",
            str(data),
            "-l",
            str(folder / "log"),
            "-w",
            "start",
            user="postgres",
        )
        import psycopg2

        admin = psycopg2.connect(
            host="127.0.0.1",
            port=port,
            user=USER,
            password=PASSWORD,
            dbname="postgres",
            sslmode="require",
        )
        admin.autocommit = True
        admin.cursor().execute("CREATE DATABASE shop")
        admin.close()
    except (subprocess.SubprocessError, OSError, LookupError) as exc:
        stop_folder(folder)
        return f"the private server did not start ({exc})"
    return TlsServer(folder, port, folder / "ca.crt", folder / "other_ca.crt")


def stop_folder(folder: Path) -> None:
    pg_ctl = _bin("pg_ctl")
    if pg_ctl and (folder / "data" / "postmaster.pid").exists():
        subprocess.run(
            [
                "runuser",
                "-u",
                "postgres",
                "--",
                pg_ctl,
                "-D",
                str(folder / "data"),
                "-m",
                "immediate",
                "stop",
            ],
            capture_output=True,
            timeout=60,
        )
    shutil.rmtree(folder, ignore_errors=True)
