"""Setting up the mail room: printers, label sheets, enclosures, business cards.

Each function is one thing the owner does once in a while (measure a
printer, add a brochure, enter a label sheet the catalogue lacks); the batch
reads the results. Printing here (calibration page, a sheet of business
cards) imports ReportLab only when called.
"""

from __future__ import annotations

import io
import json
import logging
import re
from dataclasses import replace
from pathlib import Path

from followup_desk.printing.formats import (
    FEEDS,
    FormatError,
    LabelTemplate,
    PrinterSetup,
    catalogue,
    find_template,
    template_from_data,
    template_to_data,
)
from followup_desk.services import profile as profile_service
from followup_desk.services.errors import NotFoundError, UserError, ValidationError
from followup_desk.storage.database import database
from followup_desk.storage.posting_models import (
    Enclosure,
    LabelTemplateRecord,
    PrinterSettings,
    StaffCard,
)
from followup_desk.translatable import QT_TRANSLATE_NOOP, message_of

log = logging.getLogger("followup_desk.services")

DEFAULT_PRINTER = "Default printer"
MAX_ENCLOSURE_BYTES = 50 * 1024 * 1024
ENCLOSURE_KINDS = {
    "package": QT_TRANSLATE_NOOP("PostingSetup", "Every package"),
    "mailer": QT_TRANSLATE_NOOP("PostingSetup", "Every mailer"),
}
_PRINTER_FIELDS = (
    "envelope_feed",
    "sheet_offset_x",
    "sheet_offset_y",
    "envelope_offset_x",
    "envelope_offset_y",
    "address_on",
    "envelope",
    "label_product",
    "card_product",
    "guide",
)


# -- printers ------------------------------------------------------------------


def printer_settings(name: str = "") -> PrinterSettings:
    """The saved settings of one printer (the default one if no name).

    A printer never set up gets the plain defaults, unsaved.
    """
    query = PrinterSettings.select()
    if name:
        found = query.where(PrinterSettings.name == name).first()
        if found is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "PostingSetup", "There is no printer called “{name}” set up."
                ).format(name=name)
            )
        return found
    found = query.order_by(
        PrinterSettings.is_default.desc(), PrinterSettings.id
    ).first()
    return found or PrinterSettings(name=DEFAULT_PRINTER, is_default=True)


def printer_names() -> list[str]:
    names = [p.name for p in PrinterSettings.select().order_by(PrinterSettings.name)]
    return names or [DEFAULT_PRINTER]


def save_printer_settings(name: str = "", **changes: object) -> PrinterSettings:
    """Change a printer's settings by field name; unknown fields are refused."""
    for key in changes:
        if key not in _PRINTER_FIELDS:
            raise ValidationError(
                key,
                QT_TRANSLATE_NOOP(
                    "PostingSetup", "“{key}” is not a printer setting."
                ).format(key=key),
            )
    with database.atomic():
        settings = printer_settings(name) if name else printer_settings()
        if not name and settings.id is None:
            settings.is_default = True
        for key, value in changes.items():
            setattr(settings, key, value)
        printer_setup(settings)  # refuses offsets and feeds that cannot be
        if settings.label_product:
            label_template(settings.label_product)
        if settings.envelope:
            _check_envelope(settings.envelope)
        settings.save()
    return settings


def _check_envelope(name: str) -> None:
    from followup_desk.printing.formats import envelope_named

    try:
        envelope_named(name)
    except FormatError as exc:
        raise ValidationError("envelope", message_of(exc)) from None


def printer_setup(settings: PrinterSettings) -> PrinterSetup:
    """The printing layer's view of a printer's settings."""
    if settings.envelope_feed not in FEEDS:
        raise ValidationError(
            "envelope_feed",
            QT_TRANSLATE_NOOP(
                "PostingSetup", "Envelope feed must be one of: {items}."
            ).format(items=", ".join(FEEDS)),
        )
    try:
        return PrinterSetup(
            name=settings.name,
            envelope_feed=settings.envelope_feed,
            sheet_offset_x=float(settings.sheet_offset_x or 0),
            sheet_offset_y=float(settings.sheet_offset_y or 0),
            envelope_offset_x=float(settings.envelope_offset_x or 0),
            envelope_offset_y=float(settings.envelope_offset_y or 0),
        )
    except (FormatError, TypeError, ValueError) as exc:
        raise ValidationError("offset", message_of(exc)) from None


# -- label sheets ------------------------------------------------------------


def custom_templates() -> dict[str, LabelTemplate]:
    """The shop's own label sheets, by key."""
    out = {}
    for record in LabelTemplateRecord.select().order_by(LabelTemplateRecord.key):
        try:
            template = template_from_data(json.loads(record.data), custom=True)
        except (FormatError, ValueError):
            log.warning("Label sheet %s is damaged and was skipped", record.key)
            continue
        out[template.key] = template
    return out


def all_templates(kind: str | None = None) -> list[LabelTemplate]:
    """The shop's own sheets first, then the catalogue, optionally one kind."""
    templates = [*custom_templates().values(), *catalogue().values()]
    return [t for t in templates if kind is None or t.kind == kind]


def label_template(name: str, kind: str | None = None) -> LabelTemplate:
    """A label sheet by product code or key, the shop's own ones included."""
    try:
        template = find_template(name, custom_templates())
    except FormatError as exc:
        raise UserError(message_of(exc)) from None
    if kind == "address" and template.kind != "address":
        raise UserError(
            QT_TRANSLATE_NOOP(
                "PostingSetup",
                "{name} is a business-card sheet; choose an address label "
                "sheet for the batch.",
            ).format(name=template.name)
        )
    if kind == "card" and template.kind != "card":
        raise UserError(
            QT_TRANSLATE_NOOP(
                "PostingSetup",
                "{name} is an address label sheet; choose a business-card "
                "sheet, e.g. Avery 5371 or Zweckform C32011.",
            ).format(name=template.name)
        )
    return template


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-") or "sheet"


def save_label_template(template: LabelTemplate) -> LabelTemplate:
    """Store one of the shop's own label sheets after checking it prints."""
    if not template.product.strip():
        raise ValidationError(
            "product",
            QT_TRANSLATE_NOOP(
                "PostingSetup", "Give the sheet a name, e.g. “Shelf 40”."
            ),
        )
    problems = template.problems()
    if problems:
        raise ValidationError("layout", " ".join(problems))
    key = template.key if template.custom and template.key else ""
    key = key or f"custom-{_slug(template.brand + ' ' + template.product)}"
    if key in catalogue():
        raise ValidationError(
            "product",
            QT_TRANSLATE_NOOP(
                "PostingSetup", "{name} is already in the catalogue; pick another name."
            ).format(name=template.name),
        )
    template = replace(template, key=key, custom=True)
    data = json.dumps(template_to_data(template), ensure_ascii=False)
    with database.atomic():
        record = LabelTemplateRecord.get_or_none(LabelTemplateRecord.key == key)
        if record is None:
            LabelTemplateRecord.create(key=key, data=data)
        else:
            record.data = data
            record.save()
    log.info("Saved label sheet %s", key)
    return template


def delete_label_template(key: str) -> None:
    deleted = (
        LabelTemplateRecord.delete().where(LabelTemplateRecord.key == key).execute()
    )
    if not deleted:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "PostingSetup", "There is no label sheet of your own called {key}."
            ).format(key=key)
        )


# -- enclosures ----------------------------------------------------------------


def read_pdf(data: bytes, name: str) -> int:
    """Check ``data`` is a PDF every desk can print; returns its page count."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise ValidationError(
            "file",
            QT_TRANSLATE_NOOP("PostingSetup", "{name} is not a PDF file.").format(
                name=name
            ),
        )
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ValidationError(
                "file",
                QT_TRANSLATE_NOOP(
                    "PostingSetup",
                    "{name} is protected by a password. Save a copy without the "
                    "password and add that instead.",
                ).format(name=name),
            )
        pages = len(reader.pages)
        for page in reader.pages:
            page.mediabox  # noqa: B018 (reading it is the check)
    except ValidationError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        log.info("Enclosure %s refused: %s", name, exc)
        raise ValidationError(
            "file",
            QT_TRANSLATE_NOOP(
                "PostingSetup",
                "{name} is damaged and cannot be printed. Save it again as PDF.",
            ).format(name=name),
        ) from None
    if pages == 0:
        raise ValidationError(
            "file",
            QT_TRANSLATE_NOOP("PostingSetup", "{name} has no pages.").format(name=name),
        )
    return pages


def add_enclosure(path: Path, kind: str = "package", name: str = "") -> Enclosure:
    """Put a PDF in every package (or mailer) from now on."""
    if kind not in ENCLOSURE_KINDS:
        raise ValidationError(
            "kind",
            QT_TRANSLATE_NOOP(
                "PostingSetup", "Enclosures go in every package or mailer."
            ),
        )
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_ENCLOSURE_BYTES:
            raise ValidationError(
                "file",
                QT_TRANSLATE_NOOP(
                    "PostingSetup", "{name} is over 50 MB; save a smaller copy."
                ).format(name=path.name),
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            "file",
            QT_TRANSLATE_NOOP("PostingSetup", "Cannot read {path}: {problem}.").format(
                path=path, problem=exc.strerror or exc
            ),
        ) from None
    pages = read_pdf(data, path.name)
    label = (name or path.stem).strip()[:200] or path.name
    with database.atomic():
        position = Enclosure.select().where(Enclosure.kind == kind).count() + 1
        enclosure = Enclosure.create(
            name=label, kind=kind, position=position, pages=pages, data=data
        )
    log.info("Added enclosure %d (%d pages) to every %s", enclosure.id, pages, kind)
    return enclosure


def enclosures(kind: str | None = None) -> list[Enclosure]:
    """Active enclosures, without their bytes (cheap to list)."""
    query = Enclosure.select(
        Enclosure.id,
        Enclosure.name,
        Enclosure.kind,
        Enclosure.position,
        Enclosure.pages,
        Enclosure.active,
    ).where(Enclosure.active == True)  # noqa: E712 (peewee builds SQL from ==)
    if kind:
        query = query.where(Enclosure.kind == kind)
    return list(query.order_by(Enclosure.kind, Enclosure.position, Enclosure.id))


def enclosure_files(kind: str) -> dict[str, bytes]:
    """The PDFs for every ``kind`` piece, keyed "<id>:<name>", in order."""
    query = (
        Enclosure.select()
        .where((Enclosure.active == True) & (Enclosure.kind == kind))  # noqa: E712
        .order_by(Enclosure.position, Enclosure.id)
    )
    return {f"{e.id}:{e.name}": bytes(e.data) for e in query}


def remove_enclosure(enclosure_id: int) -> None:
    changed = (
        Enclosure.update(active=False).where(Enclosure.id == enclosure_id).execute()
    )
    if not changed:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "PostingSetup", "There is no enclosure number {enclosure_id}."
            ).format(enclosure_id=enclosure_id)
        )


# -- business cards ------------------------------------------------------------


def staff_cards() -> list[StaffCard]:
    return list(
        StaffCard.select()
        .where(StaffCard.active == True)  # noqa: E712
        .order_by(StaffCard.name)
    )


def save_staff_card(
    name: str,
    job_title: str = "",
    phone: str = "",
    email: str = "",
    card_id: int | None = None,
) -> StaffCard:
    """Add or change what one person's business card says."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError(
            "name",
            QT_TRANSLATE_NOOP("PostingSetup", "Enter the name to print on the card."),
        )
    email = email.strip()
    if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
        raise ValidationError(
            "email",
            QT_TRANSLATE_NOOP(
                "PostingSetup", "“{email}” is not an e-mail address."
            ).format(email=email),
        )
    if card_id is None:
        return StaffCard.create(
            name=name, job_title=job_title.strip(), phone=phone.strip(), email=email
        )
    card = StaffCard.get_or_none(StaffCard.id == card_id)
    if card is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "PostingSetup", "There is no business card number {card_id}."
            ).format(card_id=card_id)
        )
    card.name, card.job_title = name, job_title.strip()
    card.phone, card.email = phone.strip(), email
    card.save()
    return card


def card_for_signer() -> StaffCard | None:
    """The card of whoever signs the cover letters, else the first card."""
    cards = staff_cards()
    signer = profile_service.get_profile().signer_name.strip().casefold()
    for card in cards:
        if signer and card.name.casefold() == signer:
            return card
    return cards[0] if cards else None


def _card_template(product: str | None, settings: PrinterSettings) -> LabelTemplate:
    chosen = product or settings.card_product
    if not chosen:
        company = profile_service.company_info()
        chosen = "5371" if company.uses_letter_paper else "C32011"
    return label_template(chosen, kind="card")


def card_sheets(count: int, product: str | None, settings: PrinterSettings):
    """Business cards for ``count`` packages, as the batch prints them."""
    from followup_desk.printing.business_cards import CardPerson, card_drawer
    from followup_desk.printing.posting_batch import CardSheets

    card = card_for_signer()
    if card is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "PostingSetup",
                "There is no business card to put in the packages yet. Add "
                "one (name, role, phone, e-mail) in the business card "
                "settings first.",
            )
        )
    person = CardPerson(card.name, card.job_title, card.phone, card.email)
    return CardSheets(
        _card_template(product, settings),
        count,
        card_drawer(profile_service.company_info(), person),
        printer_setup(settings),
    )


def print_business_cards(
    out: Path,
    card_id: int,
    product: str | None = None,
    start: int = 1,
    count: int | None = None,
    printer: str = "",
) -> Path:
    """A sheet of one person's business cards."""
    from followup_desk.printing.business_cards import CardPerson, write_business_cards
    from followup_desk.services.documents import writable_pdf_path

    card = StaffCard.get_or_none(StaffCard.id == card_id)
    if card is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "PostingSetup", "There is no business card number {card_id}."
            ).format(card_id=card_id)
        )
    settings = printer_settings(printer)
    template = _card_template(product, settings)
    try:
        return write_business_cards(
            writable_pdf_path(out),
            template,
            profile_service.company_info(),
            CardPerson(card.name, card.job_title, card.phone, card.email),
            count,
            start,
            printer_setup(settings),
        )
    except FormatError as exc:
        raise UserError(message_of(exc)) from None


def print_calibration(out: Path, product: str, printer: str = "") -> Path:
    """The calibration page for a label sheet on one printer."""
    from followup_desk.printing.calibration import write_calibration_pdf
    from followup_desk.services.documents import writable_pdf_path

    template = label_template(product)
    settings = printer_settings(printer)
    return write_calibration_pdf(
        writable_pdf_path(out),
        template,
        printer_setup(settings),
        profile_service.get_profile().name,
    )
