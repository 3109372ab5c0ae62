"""Time the e-mail work on a shop-sized database; print one JSON line.

    python bench/mail_bench.py /tmp/shop.sqlite3 [--day YYYY-MM-DD] [--repeats 7]

The database is copied first (queuing and sending change it). A real SMTP
server runs on loopback (the tests' aiosmtpd server: STARTTLS, login, a
certificate made for the run), so the sending figures include TLS and the
SMTP conversation, not the internet. Figures, in milliseconds:

- ``draft_ms``: one planned e-mail filled in from its template (median);
- ``queue_ms`` / ``queue_with_quote_ms``: one e-mail saved in the outbox,
  without and with the quotation PDF attached (median);
- ``queue_due_ms``: "send all due" writing every e-mail due by the day, with
  ``due_emails`` found and ``per_email_ms``;
- ``send_ms``: sending what was queued through the loopback server, with
  ``sent`` and ``per_send_ms``;
- ``peak_rss_mb``: the process's peak memory.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "mail"))


def median_ms(action, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times), 2)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("database", type=Path)
    parser.add_argument("--day", type=dt.date.fromisoformat, help="default: today")
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args(argv)

    import keyring
    from keyring_backends import MemoryKeyring
    from mail_server import PASSWORD, USER, MailServer, make_certificates

    with tempfile.TemporaryDirectory(prefix="followup-mail-bench-") as tmp:
        folder = Path(tmp)
        os.environ["FOLLOWUP_DESK_HOME"] = str(folder / "home")
        database = folder / "shop.sqlite3"
        shutil.copyfile(args.database, database)
        keyring.set_keyring(MemoryKeyring())
        server = MailServer(make_certificates(folder / "certs")).start()

        from followup_desk.services import mail, mail_settings, profile
        from followup_desk.storage.database import close_database, open_database
        from followup_desk.storage.models import Touch

        open_database(database)
        try:
            mail_settings.update_settings(
                smtp_host="127.0.0.1",
                smtp_port=server.port,
                smtp_user=USER,
                from_address="desk@example.com",
                ca_file=str(server.certificates.ca_file),
            )
            mail_settings.set_password(PASSWORD)
            day = args.day or profile.shop_today()
            due = mail.due_email_touches(day)
            sample = due[0]
            with_quote = next(
                (
                    t
                    for t in due
                    if mail.quote_service.latest_quote(t.prospect_id) is not None
                ),
                None,
            )
            figures: dict[str, object] = {"day": day.isoformat()}
            figures["draft_ms"] = median_ms(
                lambda: mail.draft_for_touch(sample.id), args.repeats
            )
            draft = mail.draft_for_touch(sample.id)
            draft.attach_quote = False
            free = mail.Draft(**{**draft.__dict__, "touch_id": None})
            figures["queue_ms"] = median_ms(lambda: mail.queue(free), args.repeats)
            if with_quote is not None:
                quoted = mail.draft_for_touch(with_quote.id)
                quoted = mail.Draft(
                    **{**quoted.__dict__, "touch_id": None, "attach_quote": True}
                )
                figures["queue_with_quote_ms"] = median_ms(
                    lambda: mail.queue(quoted), args.repeats
                )
            mail.send_outbox(ignore_schedule=True)  # the samples above
            sent_before = len(server.messages)

            started = time.perf_counter()
            report = mail.queue_due(day)
            elapsed = (time.perf_counter() - started) * 1000
            figures["queue_due_ms"] = round(elapsed, 1)
            figures["due_emails"] = len(due)
            figures["per_email_ms"] = round(elapsed / max(len(due), 1), 2)

            started = time.perf_counter()
            sent = mail.send_outbox(ignore_schedule=True)
            elapsed = (time.perf_counter() - started) * 1000
            figures["send_ms"] = round(elapsed, 1)
            figures["sent"] = len(sent.sent)
            figures["per_send_ms"] = round(elapsed / max(len(sent.sent), 1), 2)
            figures["server_received"] = len(server.messages) - sent_before
            figures["queued"] = len(report.queued)
            figures["done_touches"] = (
                Touch.select()
                .where((Touch.outcome == "sent") & (Touch.kind == "email"))
                .count()
            )
        finally:
            close_database()
            server.stop()
    figures["peak_rss_mb"] = round(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1
    )
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
