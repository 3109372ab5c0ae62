"""Helpers the mail tests share: mail settings, prospects and quotes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from mail_server import PASSWORD, USER, MailServer

from followup_desk.domain.money import LineItem
from followup_desk.services import contacts, mail_settings
from followup_desk.services import quotes as quote_service

FRIDAY = dt.date(2026, 12, 4)


def configure_mail(server: MailServer, store_password: bool = True, **extra):
    mail_settings.update_settings(
        smtp_host="127.0.0.1",
        smtp_port=server.port,
        smtp_security=server.mode,
        smtp_user=USER,
        from_name="Anna at Harbour Print",
        from_address="desk@example.com",
        ca_file=str(server.certificates.ca_file),
        signature="Harbour Print & Copy · 555-0100",
        **extra,
    )
    if store_password:
        mail_settings.set_password(PASSWORD)


def new_prospect(**kw):
    base = dict(
        first_name="Zoë",
        last_name="O'Hara & <Sons>",
        email="zoe@example.com",
        street="1 Main St",
        postcode="08014",
        city="Bridgeport",
        region="NJ",
        channel="phone",
    )
    base.update(kw)
    return contacts.log_first_contact(contacts.NewContact(**base), contacted_on=FRIDAY)


def with_quote(prospect):
    return quote_service.create_quote(
        prospect.id,
        [
            LineItem("Business cards, 500", Decimal("2"), Decimal("49.90")),
            LineItem("Flyers A5 — 1 000 Stück", Decimal("1"), Decimal("120.00")),
        ],
        issued_on=FRIDAY,
    )
