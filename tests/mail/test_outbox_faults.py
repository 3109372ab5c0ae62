"""Faults: the server down then up, and the sending process killed mid-batch."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import keyring
from keyring_backends import FileKeyring
from mail_fixtures import configure_mail, new_prospect
from mail_server import MailServer

from followup_desk.mail import outbox
from followup_desk.services import mail
from followup_desk.storage.mail_models import OutboxMessage
from followup_desk.storage.models import Touch

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent


def queue_quote_mails(count: int) -> list[OutboxMessage]:
    rows = []
    for n in range(count):
        prospect = new_prospect(first_name=f"Кирилл {n}", email=f"buyer{n}@example.com")
        touch = Touch.get(
            (Touch.prospect == prospect.id) & (Touch.step_key == "quote_email")
        )
        rows.append(mail.queue(mail.draft_for_touch(touch.id), who="anna"))
    return rows


def received_ids(server: MailServer) -> Counter:
    return Counter(
        email.message_from_bytes(m.raw, policy=email.policy.default)["Message-ID"]
        for m in server.messages
    )


def test_server_down_then_up_drains_once(shop, smtp_server):
    configure_mail(smtp_server)
    rows = queue_quote_mails(3)
    smtp_server.stop()

    down = mail.send_outbox()

    assert down.error is not None and down.error.kind == "connection"
    assert sorted(down.waiting) == [r.id for r in rows]
    waiting = list(OutboxMessage.select().order_by(OutboxMessage.id))
    assert {r.status for r in waiting} == {"queued"}
    assert all(r.attempts == 1 for r in waiting)
    assert all(r.next_attempt_at > outbox.now_local() for r in waiting)
    assert all("refused the connection" in r.last_error for r in waiting)
    # Before the back-off has passed nothing is tried again.
    assert mail.send_outbox().total == 0

    smtp_server.start()
    later = outbox.now_local() + outbox.backoff(1) + dt.timedelta(seconds=1)
    up = mail.send_outbox(now=later)
    again = mail.send_outbox(now=later, ignore_schedule=True)

    assert sorted(up.sent) == [r.id for r in rows] and up.error is None
    assert again.total == 0
    assert received_ids(smtp_server) == Counter(r.message_id for r in rows)
    assert all(count == 1 for count in received_ids(smtp_server).values())
    done = Touch.select().where(
        (Touch.step_key == "quote_email") & (Touch.status == "done")
    )
    assert done.count() == 3


def _child_env(tmp_path: Path, keyring_file: Path) -> dict:
    env = dict(os.environ)
    env.update(
        PYTHONPATH=os.pathsep.join([str(HERE), str(REPO)]),
        PYTHON_KEYRING_BACKEND="keyring_backends.FileKeyring",
        FOLLOWUP_DESK_TEST_KEYRING=str(keyring_file),
    )
    return env


def _send_in_child(db_path: Path, env: dict) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "followup_desk", "--database", str(db_path)]
        + ["mail", "send"],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _crash_and_restart(tmp_path, monkeypatch, shop, smtp_server, hold: str):
    keyring_file = tmp_path / "keyring.json"
    monkeypatch.setenv("FOLLOWUP_DESK_TEST_KEYRING", str(keyring_file))
    keyring.set_keyring(FileKeyring())
    configure_mail(smtp_server)
    rows = queue_quote_mails(5)
    db_path = Path(shop.database)
    env = _child_env(tmp_path, keyring_file)

    if hold == "rcpt":
        smtp_server.recorder.hold_rcpt_of = 3
    else:
        smtp_server.recorder.hold_data_of = 3
    child = _send_in_child(db_path, env)
    try:
        assert smtp_server.recorder.reached.wait(30), "the child never got to mail 3"
        child.kill()
    finally:
        child.communicate(timeout=30)
    smtp_server.recorder.release.set()
    assert child.returncode != 0

    states = {r.id: r for r in OutboxMessage.select()}
    assert [states[r.id].status for r in rows] == [
        "sent",
        "sent",
        "sending",
        "queued",
        "queued",
    ]
    stuck = states[rows[2].id]

    restart = subprocess.run(
        [sys.executable, "-m", "followup_desk", "--database", str(db_path)]
        + ["mail", "send"],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert restart.returncode == 0, restart.stderr
    assert "Sent 3;" in restart.stdout

    counts = received_ids(smtp_server)
    assert counts == Counter(r.message_id for r in rows)
    assert set(counts.values()) == {1}, "each mail must arrive exactly once"
    assert {r.status for r in OutboxMessage.select()} == {"sent"}
    return stuck


def test_killed_while_the_server_checks_the_address(
    tmp_path, monkeypatch, shop, smtp_server
):
    stuck = _crash_and_restart(tmp_path, monkeypatch, shop, smtp_server, "rcpt")
    # Killed before DATA: the row knew for certain nothing had gone out.
    assert stuck.phase == "connecting"


def test_killed_while_the_message_itself_goes_out(
    tmp_path, monkeypatch, shop, smtp_server
):
    stuck = _crash_and_restart(tmp_path, monkeypatch, shop, smtp_server, "data")
    # Killed after DATA began: resent with the very same Message-ID.
    assert stuck.phase == "data"
