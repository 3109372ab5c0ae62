"""The daily batch: collated printing, marking posted, and the mail room's habits.

Real SQLite (and PostgreSQL where marked ``store``), real PDFs read back with
pypdf, and a real process killed between printing and marking.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from followup_desk.domain.money import LineItem
from followup_desk.services import batch, contacts, posting_setup, profile, quotes
from followup_desk.services import touches as touch_service
from followup_desk.services.errors import UserError, ValidationError
from followup_desk.storage.models import Prospect, Touch
from followup_desk.storage.posting_models import BatchItem, PostingBatch

SAMPLE = Path(__file__).parents[2] / ".." / "shared" / "samples" / "us-500.csv"
FRIDAY = dt.date(2026, 12, 4)
MONDAY = dt.date(2026, 12, 7)
LETTER = (612.0, 792.0)
ENVELOPE_10 = (684.0, 297.0)


def us_shop() -> None:
    profile.update_profile(
        name="Harbor Light Hardware",
        street="120 Main Street",
        city="Springfield",
        region="IL",
        postcode="62704",
        country="US",
        # Every ZIP starts with a digit: every caller is in the prime area
        # and gets a package.
        prime_area="0,1,2,3,4,5,6,7,8,9",
        signer_name="Anna Berger",
        cost_package="2.50",
        cost_mailer="0.90",
    )


def caller(first: str, last: str, street: str = "1 Main St", **kw) -> Prospect:
    values = dict(
        first_name=first,
        last_name=last,
        street=street,
        city="Peoria",
        region="IL",
        postcode="61602",
        channel="phone",
    )
    values.update(kw)
    return contacts.log_first_contact(
        contacts.NewContact(**values), contacted_on=FRIDAY
    )


def texts(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def sizes(path: Path) -> list[tuple[float, float]]:
    return [
        (round(float(p.mediabox.width), 1), round(float(p.mediabox.height), 1))
        for p in PdfReader(path).pages
    ]


def package(prospect_id: int) -> Touch:
    return Touch.get((Touch.prospect == prospect_id) & (Touch.kind == "package"))


# -- 300 packages from the sample file ---------------------------------------


@pytest.fixture
def sample_300(db, tmp_path):
    if not SAMPLE.exists():
        pytest.skip(f"sample file not found: {SAMPLE} (it lives outside the app)")
    from followup_desk.io.csv_import import import_prospects

    with SAMPLE.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    small = tmp_path / "first-300.csv"
    with small.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows[:301])
    us_shop()
    report = import_prospects(small, channel="phone", contacted_on=FRIDAY)
    assert report.imported == 300
    # Every tenth prospect has a quotation, so some packages carry one.
    for prospect_id in range(10, 301, 10):
        quotes.create_quote(
            prospect_id,
            [LineItem("Paint, 10 l", Decimal(2), Decimal("39.90"))],
            issued_on=FRIDAY,
        )
    return rows[1:301]


def test_300_packages_collated_for_stuffing_then_marked_posted(sample_300, tmp_path):
    out = tmp_path / "batch.pdf"
    first_calls_before = {
        t.prospect_id: t.due
        for t in Touch.select().where(Touch.step_key == "first_call")
    }

    result = batch.print_batch(FRIDAY, out)

    assert result.pieces == 300 and not result.skipped
    pages = texts(out)
    page_sizes = sizes(out)
    # One letter each, 30 one-page quotations, then 300 envelopes.
    assert result.pages == len(pages) == 300 + 30 + 300
    assert page_sizes[:330] == [LETTER] * 330
    assert page_sizes[330:] == [ENVELOPE_10] * 300

    letter_order = []
    for index, text in enumerate(pages[:330]):
        if text.lstrip().startswith("Harbor Light") and "Dear " in text:
            letter_order.append(text.split("Dear ", 1)[1].split(",", 1)[0])
        else:  # a quotation follows its own letter
            assert "Q-2026-" in text
            assert pages[index - 1].count("Dear ") == 1
    envelope_order = [text.splitlines() for text in pages[330:]]
    assert len(letter_order) == 300
    # The envelopes come in the same order as the letters, and everyone is there.
    for name, envelope in zip(letter_order, envelope_order, strict=True):
        assert name in envelope
    everyone = {f"{row[0]} {row[1]}" for row in sample_300}
    assert set(letter_order) == everyone

    # Printing marked nothing; confirming on Monday (one working day late)
    # marks every package and moves the calls that count from it.
    assert (
        Touch.select()
        .where((Touch.kind == "package") & (Touch.status == "done"))
        .count()
        == 0
    )
    marked = batch.mark_batch_posted(result.touch_ids, MONDAY, result.batch_id)
    assert marked == 300
    assert (
        Touch.select()
        .where((Touch.kind == "package") & (Touch.status == "done"))
        .count()
        == 300
    )
    calendar = profile.work_calendar()
    for touch in Touch.select().where(Touch.step_key == "first_call"):
        assert touch.due == calendar.add_working_days(MONDAY, 2)
        assert touch.due > first_calls_before[touch.prospect_id]
    posted = PostingBatch.get_by_id(result.batch_id)
    assert posted.status == "posted" and posted.posted_on == MONDAY
    assert posted.cost_total == Decimal("300") * Decimal("3.70")


def test_sorting_by_postcode_orders_the_envelopes(sample_300, tmp_path):
    out = tmp_path / "by-zip.pdf"
    result = batch.print_batch(
        FRIDAY,
        out,
        options=batch.BatchOptions(
            sort="postcode", address_on="labels", label_product="5160"
        ),
    )
    zips = [entry.address.postcode for entry in batch.batch_entries(FRIDAY, "postcode")]
    assert zips == sorted(zips)
    # 300 labels on 30 a sheet.
    assert result.address_pages == 10
    assert sizes(out)[-1] == LETTER


# -- crash safety --------------------------------------------------------------

CRASH_SCRIPT = textwrap.dedent(
    """
    import datetime as dt, os, signal, sys
    from pathlib import Path
    from followup_desk.storage.database import open_database
    from followup_desk.services import batch

    open_database(sys.argv[1])
    day = dt.date(2026, 12, 4)
    if sys.argv[3] == "while-printing":
        def stop(done, total):
            if done == 2:
                os.kill(os.getpid(), signal.SIGKILL)
        batch.print_batch(day, Path(sys.argv[2]), progress=stop)
    else:
        batch.print_batch(day, Path(sys.argv[2]))
        # The owner never got to "Mark as posted": the power went.
        os.kill(os.getpid(), signal.SIGKILL)
    """
)


@pytest.mark.parametrize("when", ["after-printing", "while-printing"])
def test_killed_before_marking_leaves_nothing_marked(db, tmp_path, when):
    us_shop()
    people = [caller(f"Ann{n}", f"Lee{n}", f"{n} Main St") for n in range(4)]
    database_file = db.database
    db.close()
    out = tmp_path / "batch.pdf"

    done = subprocess.run(
        [sys.executable, "-c", CRASH_SCRIPT, database_file, str(out), when],
        env={**os.environ, "FOLLOWUP_DESK_HOME": str(tmp_path / "home")},
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert done.returncode == -signal.SIGKILL, done.stderr
    db.connect(reuse_if_open=True)
    for person in people:
        assert package(person.id).status == "open"
    assert (
        Prospect.select().where(Prospect.package_posted_on.is_null(False)).count() == 0
    )
    if when == "while-printing":
        assert not out.exists()
        assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
        assert PostingBatch.select().count() == 0
    else:
        assert len(PdfReader(out).pages) == 8
        assert batch.open_batch().status == "printed"
    # The batch prints again, all four pieces, and the first print is superseded.
    again = batch.print_batch(FRIDAY, tmp_path / "again.pdf")
    assert again.pieces == 4
    assert PostingBatch.select().where(PostingBatch.status == "printed").count() == 1


# -- the mail room's habits ------------------------------------------------------


def test_households_get_one_envelope_and_split_the_cost(store, tmp_path):
    us_shop()
    jane = caller("Jane", "Doe", "12 Main St.", company="Doe & Co")
    john = caller("John", "Doe", "12  main st", company="Doe & Co")
    solo = caller("Ann", "Lee", "3 Oak Rd")
    out = tmp_path / "households.pdf"

    result = batch.print_batch(
        FRIDAY, out, options=batch.BatchOptions(one_per_household=True)
    )

    assert result.pieces == 2 and len(result.touch_ids) == 3
    envelopes = [
        t for t, s in zip(texts(out), sizes(out), strict=True) if s == ENVELOPE_10
    ]
    assert len(envelopes) == 2
    shared = next(text for text in envelopes if "Doe & Co" in text)
    assert "Jane Doe & John Doe" in shared

    batch.mark_batch_posted(result.touch_ids, FRIDAY, result.batch_id)
    # One piece's cost ($3.70) split between the two; Ann pays a whole piece.
    assert batch.prospect_spend(jane.id) + batch.prospect_spend(john.id) == Decimal(
        "3.70"
    )
    assert batch.prospect_spend(solo.id) == Decimal("3.70")
    note = package(solo.id).note
    assert note.startswith("Postage and printing $3.70 (batch ")


def test_unticked_pieces_stay_open_for_the_next_batch(store, tmp_path):
    us_shop()
    kept = caller("Ann", "Lee")
    held = caller("Bob", "Ray", "9 Elm St")
    result = batch.print_batch(FRIDAY, tmp_path / "b.pdf")

    batch.mark_batch_posted([package(kept.id).id], FRIDAY, result.batch_id)

    assert package(kept.id).status == "done"
    assert package(held.id).status == "open"
    statuses = {i.prospect_id: i.status for i in BatchItem.select()}
    assert statuses == {kept.id: "posted", held.id: "not_posted"}
    assert [e.prospect_id for e in batch.batch_entries(MONDAY)] == [held.id]


def test_pull_list_names_who_ordered_or_opted_out_after_printing(store, tmp_path):
    us_shop()
    ordered = caller("Ann", "Lee")
    lost = caller("Bob", "Ray", "9 Elm St")
    fine = caller("Cy", "Orr", "5 Ash St")
    result = batch.print_batch(FRIDAY, tmp_path / "b.pdf")
    assert batch.pull_list(result.batch_id) == []

    contacts.record_first_order(ordered, FRIDAY)
    contacts.mark_lost(lost)

    pulls = {p.prospect_id: p.reason for p in batch.pull_list()}
    assert pulls == {ordered.id: "ordered", lost.id: "marked lost"}
    # Marking the whole printed batch posts only what is still open.
    assert batch.mark_batch_posted(result.touch_ids, FRIDAY, result.batch_id) == 1
    assert package(fine.id).status == "done"
    statuses = {i.prospect_id: i.status for i in BatchItem.select()}
    assert statuses[ordered.id] == statuses[lost.id] == "pulled"


def test_incomplete_addresses_are_held_back_and_named(store, tmp_path):
    us_shop()
    good = caller("Ann", "Lee")
    no_zip = caller("Bob", "Ray", "9 Elm St", postcode="", in_prime_area=True)
    entries = {e.prospect_id: e for e in batch.batch_entries(FRIDAY)}
    assert entries[no_zip.id].problems == ("The ZIP code is missing.",)

    result = batch.print_batch(FRIDAY, tmp_path / "b.pdf")

    assert result.touch_ids == [package(good.id).id]
    assert [e.prospect_id for e in result.skipped] == [no_zip.id]
    # Asked for by id, it prints anyway: the owner decided.
    forced = batch.print_batch(
        FRIDAY, tmp_path / "c.pdf", touch_ids=[package(no_zip.id).id]
    )
    assert forced.pieces == 1


def test_returned_mail_pauses_post_and_asks_for_a_new_address(store, tmp_path):
    us_shop()
    person = caller("Ann", "Lee")
    result = batch.print_batch(FRIDAY, tmp_path / "b.pdf")
    batch.mark_batch_posted(result.touch_ids, FRIDAY, result.batch_id)
    mailers_open = (
        Touch.select()
        .where(
            (Touch.prospect == person.id)
            & (Touch.kind == "mailer")
            & (Touch.status == "open")
        )
        .count()
    )

    paused = batch.record_returned(person.id, MONDAY)

    assert paused == mailers_open > 0
    assert batch.is_undeliverable(person.id)
    call = next(
        t
        for t in touch_service.touches_for(person.id)
        if t.kind == "call" and t.status == "open"
    )
    assert call.title.startswith("Ask for their new address: ")
    far = dt.date(2028, 1, 1)
    assert [e for e in batch.batch_entries(far) if e.prospect_id == person.id] == []
    assert BatchItem.get(BatchItem.prospect == person.id).status == "returned"

    # A new address (typed on any screen) resumes the post at the next look.
    Prospect.update(street="77 New Rd").where(Prospect.id == person.id).execute()
    assert (
        len([e for e in batch.batch_entries(far) if e.prospect_id == person.id])
        == paused
    )
    assert not batch.is_undeliverable(person.id)
    call = Touch.get_by_id(call.id)
    assert not call.title.startswith("Ask for their new address")


def test_mailers_carry_the_owners_flyer_merged_in(store, tmp_path):
    us_shop()
    person = caller("Ann", "Lee")
    flyer = tmp_path / "flyer.pdf"
    _two_page_pdf(flyer, "Spring flyer")
    posting_setup.add_enclosure(flyer, "mailer", "Spring flyer")
    brochure = tmp_path / "brochure.pdf"
    _two_page_pdf(brochure, "Our brochure")
    posting_setup.add_enclosure(brochure, "package")
    package_touch = package(person.id)
    touch_service.complete_touch(package_touch.id, "posted", done_on=FRIDAY)
    mailer = (
        Touch.select()
        .where((Touch.prospect == person.id) & (Touch.kind == "mailer"))
        .order_by(Touch.due)
        .first()
    )
    out = tmp_path / "mailer.pdf"

    result = batch.print_batch(
        mailer.due, out, options=batch.BatchOptions(address_on="window")
    )

    pages = texts(out)
    assert result.pages == len(pages) == 2
    assert [p.strip().splitlines()[0] for p in pages] == [
        "Spring flyer page 1",
        "Spring flyer page 2",
    ]


def test_package_enclosures_follow_each_persons_papers(store, tmp_path):
    us_shop()
    ann = caller("Ann", "Lee")
    bob = caller("Bob", "Ray", "9 Elm St")
    brochure = tmp_path / "brochure.pdf"
    _two_page_pdf(brochure, "Our brochure")
    posting_setup.add_enclosure(brochure, "package", "Brochure")
    out = tmp_path / "b.pdf"

    batch.print_batch(FRIDAY, out, options=batch.BatchOptions(sort="name"))

    pages = texts(out)
    firsts = [page.strip().splitlines()[0] for page in pages]
    assert firsts[1:3] == ["Our brochure page 1", "Our brochure page 2"]
    assert firsts[4:6] == ["Our brochure page 1", "Our brochure page 2"]
    assert "Dear Ann Lee," in pages[0] and "Dear Bob Ray," in pages[3]
    assert "Brochure" in pages[0].split("ENCLOSED", 1)[1]
    assert len(pages) == 8  # 2 x (letter + 2) + 2 envelopes
    assert ann.id != bob.id


def _two_page_pdf(path: Path, title: str) -> None:
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path))
    for number in (1, 2):
        canvas.drawString(72, 720, f"{title} page {number}")
        canvas.showPage()
    canvas.save()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"hello", "is not a PDF file"),
        (b"%PDF-1.4\n1 0 obj garbage", "damaged"),
    ],
)
def test_broken_enclosures_are_refused_with_what_to_do(db, tmp_path, content, message):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(content)
    with pytest.raises(ValidationError, match=message):
        posting_setup.add_enclosure(bad)
    assert posting_setup.enclosures() == []


def test_labels_need_a_sheet_and_a_start_it_has(store, tmp_path):
    us_shop()
    caller("Ann", "Lee")
    with pytest.raises(UserError, match="Choose the label sheet"):
        batch.print_batch(
            FRIDAY, tmp_path / "b.pdf", options=batch.BatchOptions(address_on="labels")
        )
    with pytest.raises(UserError, match="from 1 to 30"):
        batch.print_batch(
            FRIDAY,
            tmp_path / "b.pdf",
            options=batch.BatchOptions(
                address_on="labels", label_product="5160", label_start=31
            ),
        )
    with pytest.raises(UserError, match="business-card sheet"):
        batch.print_batch(
            FRIDAY,
            tmp_path / "b.pdf",
            options=batch.BatchOptions(address_on="labels", label_product="5371"),
        )
    assert not (tmp_path / "b.pdf").exists()
    assert PostingBatch.select().count() == 0


def test_business_cards_for_every_package(store, tmp_path):
    us_shop()
    caller("Ann", "Lee")
    caller("Bob", "Ray", "9 Elm St")
    with pytest.raises(UserError, match="no business card"):
        batch.print_batch(
            FRIDAY, tmp_path / "b.pdf", options=batch.BatchOptions(include_cards=True)
        )
    posting_setup.save_staff_card(
        "Anna Berger", "Owner", "(217) 555-0199", "anna@example.com"
    )
    out = tmp_path / "b.pdf"

    result = batch.print_batch(
        FRIDAY, out, options=batch.BatchOptions(include_cards=True)
    )

    last = texts(out)[-1]
    assert last.count("Anna Berger") == 2  # two packages, two cards
    assert "Business card" in texts(out)[0]
    assert result.pages == 2 + 2 + 1
