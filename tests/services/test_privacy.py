"""A prospect's data on request: the readable export, and erasure that leaves
no trace of them in the database file while report counts stay."""

import datetime as dt
import json
from decimal import Decimal

import pytest

from followup_desk.domain.money import LineItem
from followup_desk.io import import_runs
from followup_desk.io.import_preview import MERGE, preview_file
from followup_desk.services import contacts, privacy, quotes, touches
from followup_desk.services.errors import UserError
from followup_desk.storage.database import close_database, open_database
from followup_desk.storage.io_models import ErasureRecord, ImportedProspect
from followup_desk.storage.models import Prospect, Quote, QuoteLine, Touch

FRIDAY = dt.date(2026, 12, 4)
FIRST, LAST = "Zoë", "Ωmegapoulou-Kowalska"
EMAIL = "zoe.kowalska@private-mail.example"
PHONE = "617-555-0199"
COMPANY = "Kowalska Bäckerei & Söhne"


def make_person(tmp_path):
    """A prospect known in every table that can hold them."""
    zoe = contacts.log_first_contact(
        contacts.NewContact(
            first_name=FIRST,
            last_name=LAST,
            company=COMPANY,
            email=EMAIL,
            phone=PHONE,
            street="12 Hidden Lane",
            postcode="02108",
            city="Boston",
            notes=f"Call {FIRST} after 5pm",
        ),
        FRIDAY,
    )
    other = contacts.log_first_contact(
        contacts.NewContact(first_name="Bob", last_name="Stays", email="bob@x.example"),
        FRIDAY,
    )
    quote = quotes.create_quote(
        zoe.id, [LineItem(f"Cake for {FIRST} {LAST}", Decimal(2), Decimal("12.50"))]
    )
    first_touch = touches.touches_for(zoe.id)[0]
    touches.complete_touch(
        first_touch.id, f"spoke to {FIRST} {LAST}", note=f"her mobile is {PHONE}"
    )
    # Another prospect's note that mentions her by e-mail.
    bob_touch = touches.touches_for(other.id)[0]
    touches.complete_touch(bob_touch.id, "sent", note=f"referred by {EMAIL}")
    # A merge from an import remembers the values it replaced.
    path = tmp_path / "again.csv"
    path.write_text(
        f"first_name,last_name,email,website\n{FIRST},{LAST},{EMAIL},w.example\n"
    )
    preview = preview_file(path, contacted_on=FRIDAY)
    preview.set_action(0, MERGE)
    import_runs.apply_import(preview)
    _outbox(zoe.id)
    _posting_records(zoe.id, tmp_path)
    return zoe, other, quote


def _posting_records(prospect_id, tmp_path):
    """A printed batch she was in, and a letter to her that came back."""
    try:
        from followup_desk.storage.posting_models import (
            BatchItem,
            PostingBatch,
            ReturnedMail,
        )
    except ImportError:
        return
    pdf = tmp_path / "batch-2026-12-04.pdf"
    pdf.write_bytes(b"%PDF-1.4 stand-in")
    batch = PostingBatch.create(day=FRIDAY, pieces=1, pages=2, pdf_path=str(pdf))
    touch = Touch.select().where(Touch.prospect == prospect_id).first()
    BatchItem.create(
        batch=batch,
        touch=touch,
        prospect=prospect_id,
        kind="package",
        position=1,
        household="12 hidden lane|02108|boston|US",
    )
    ReturnedMail.create(
        prospect=prospect_id,
        returned_on=FRIDAY,
        address=f"{FIRST} {LAST}\n12 Hidden Lane\nBoston, MA 02108",
    )


def _outbox(prospect_id):
    """An e-mail to her in the outbox, as the mail sender stores it."""
    try:
        from followup_desk.storage.mail_models import OutboxMessage
    except ImportError:
        return None
    raw = (
        f"To: {FIRST} {LAST} <{EMAIL}>\r\nSubject: Your quote, {FIRST}\r\n\r\n"
        f"Dear {FIRST} {LAST},\r\nwe tried {PHONE}.\r\n"
    ).encode()
    return OutboxMessage.create(
        prospect=prospect_id,
        message_id="<1@shop.example>",
        from_address="shop@shop.example",
        to_address=EMAIL,
        to_name=f"{FIRST} {LAST}",
        subject=f"Your quote, {FIRST}",
        raw=raw,
        status="sent",
    )


def test_export_holds_everything_about_the_prospect(db, tmp_path):
    zoe, _, quote = make_person(tmp_path)

    text_path = privacy.export_prospect(zoe.id, tmp_path / "zoe.txt")
    json_path = privacy.export_prospect(zoe.id, tmp_path / "zoe.json")

    text = text_path.read_text(encoding="utf-8")
    assert text.startswith(f"Data held about {FIRST} {LAST}")
    for needle in (EMAIL, PHONE, COMPANY, "12 Hidden Lane", quote.number, "Cake for"):
        assert needle in text
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["prospect"]["email"] == EMAIL
    assert (
        len(data["follow_ups"])
        == Touch.select().where(Touch.prospect == zoe.id).count()
    )
    assert data["quotations"][0]["lines"][0]["unit_price"] == "12.50"
    assert data["importedprospect"][0]["action"] == "merged"
    if "outboxmessage" in data:
        assert data["outboxmessage"][0]["to_address"] == EMAIL


def test_erase_leaves_no_bytes_of_the_person_and_keeps_counts(tmp_path):
    db_path = tmp_path / "shop.sqlite3"
    open_database(db_path)
    try:
        zoe, other, quote = make_person(tmp_path)
        touch_count = Touch.select().where(Touch.prospect == zoe.id).count()
        line_count = QuoteLine.select().count()

        report = privacy.erase_prospect(zoe.id, who="owner")

        assert report.wiped
        assert "batch-2026-12-04.pdf" in report.note  # a file outside the database
        erased = Prospect.get_by_id(zoe.id)
        assert erased.display_name == f"Prospect {zoe.id}"
        assert (erased.channel, erased.first_contact) == ("phone", FRIDAY)
        assert erased.status == "do_not_contact"
        assert Touch.select().where(Touch.prospect == zoe.id).count() == touch_count
        assert (
            not Touch.select()
            .where((Touch.prospect == zoe.id) & (Touch.status == "open"))
            .exists()
        )
        assert Quote.select().where(Quote.prospect == zoe.id).count() == 1
        assert QuoteLine.select().count() == line_count
        assert quotes.totals(quote.id).gross == Decimal("25.00")
        assert Prospect.get_by_id(other.id).email == "bob@x.example"
        assert (
            ErasureRecord.get(ErasureRecord.prospect_id == zoe.id).erased_by == "owner"
        )
        assert ImportedProspect.get(ImportedProspect.prospect == zoe.id).previous == ""
    finally:
        close_database()

    data = db_path.read_bytes()
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists():
        data += wal.read_bytes()
    needles = [
        FIRST,
        LAST,
        EMAIL,
        PHONE,
        COMPANY,
        "Hidden Lane",
        "Ωmegapoulou",
        "kowalska",
    ]
    for needle in needles:
        for form in {needle, needle.lower(), needle.upper()}:
            assert form.encode("utf-8") not in data, form
    assert b"Stays" in data  # the others are still there


def test_erase_asks_for_a_prospect_with_data(db, tmp_path):
    zoe, _, _ = make_person(tmp_path)
    privacy.erase_prospect(zoe.id)
    with pytest.raises(UserError, match="no personal data"):
        privacy.check_can_erase(zoe.id)
    with pytest.raises(UserError, match="no prospect"):
        privacy.check_can_erase(99999)


def test_erase_finds_a_cjk_name_where_it_is_written_family_name_first(db):
    taro = contacts.log_first_contact(
        contacts.NewContact(first_name="太郎", last_name="山田", email="t@x.example"),
        FRIDAY,
    )
    other = contacts.log_first_contact(
        contacts.NewContact(first_name="Bob", last_name="Stays", email="b@x.example"),
        FRIDAY,
    )
    # Another prospect's note names him the way his name is written.
    bob_touch = touches.touches_for(other.id)[0]
    touches.complete_touch(bob_touch.id, "sent", note="referred by 山田 太郎")

    assert taro.display_name == "山田 太郎"
    privacy.erase_prospect(taro.id)

    note = Touch.get_by_id(bob_touch.id).note
    assert note.startswith("referred by") and "山田" not in note and "太郎" not in note
