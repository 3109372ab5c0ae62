"""The welcome wizard of a new shop: a few questions, then the window.

Pages: welcome (set up, or try the sample shop), the shop and its logo, money,
calendar and trading area (filled in from the country), the people at the
desk, and e-mail (optional). Each page checks what it can as the person goes
on; the last one saves everything in one step through
``services.first_run.set_up_shop``. A mistake only the save can find (a name
already taken, say) brings back the page with the field to fix, with nothing
saved. Everything asked here can be changed later in the settings dialogs.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import zoneinfo
from decimal import Decimal
from functools import cache
from pathlib import Path

from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QCompleter,
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from followup_desk.domain.countries import (
    CountryDefaults,
    country_choices,
    country_defaults,
    holiday_region_choices,
    upcoming_holidays,
)
from followup_desk.domain.money import format_money
from followup_desk.mail.smtp import DEFAULT_PORTS
from followup_desk.services import first_run
from followup_desk.services.errors import ValidationError
from followup_desk.services.profile import MAX_LOGO_BYTES
from followup_desk.ui import formatting, messages, theme
from followup_desk.ui.forms import load_form

log = logging.getLogger("followup_desk.ui")

WELCOME_PAGE, SHOP_PAGE, CALENDAR_PAGE, PEOPLE_PAGE, MAIL_PAGE = range(5)
NAME_COLUMN, ROLE_COLUMN, PASSWORD_COLUMN = range(3)
COMMON_CURRENCIES = ("USD", "EUR", "GBP", "CAD", "AUD", "CHF", "SEK", "NOK", "DKK")
# Which page shows each field the save may complain about.
FIELD_PAGES = {
    "name": SHOP_PAGE,
    "country": SHOP_PAGE,
    "email": SHOP_PAGE,
    "logo": SHOP_PAGE,
    "currency": CALENDAR_PAGE,
    "timezone": CALENDAR_PAGE,
    "holiday_region": CALENDAR_PAGE,
    "prime_area": CALENDAR_PAGE,
    "password": PEOPLE_PAGE,
    "owner_name": PEOPLE_PAGE,
    "staff": PEOPLE_PAGE,
    "role": PEOPLE_PAGE,
    "smtp_host": MAIL_PAGE,
    "smtp_port": MAIL_PAGE,
    "smtp_user": MAIL_PAGE,
    "from_address": MAIL_PAGE,
    "reply_to": MAIL_PAGE,
}


class FormPage(QWizardPage):
    """A wizard page whose contents are a Designer form, kept as ``self.ui``.

    ``check`` runs when the person presses Next or Finish; it returns an error
    message to show on the page, or "" to go on.
    """

    def __init__(self, form: str) -> None:
        super().__init__()
        self.ui = load_form(form, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.ui)
        self.final = False

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        # Asked through Qt, not kept as an attribute: a Python reference back
        # to the wizard would make a cycle that the garbage collector breaks
        # at some random later moment, deleting the wizard under Qt's feet.
        error = self.wizard().check_page(self)
        label = getattr(self.ui, "error_label", None)
        if label is not None:
            label.setText(error)
            label.setVisible(bool(error))
        return not error

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        return -1 if self.final else super().nextId()


class FirstRunWizard(QWizard):
    """Welcome and set up a new shop, or open the sample shop instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_run_wizard")
        self.setWindowTitle(self.tr("Welcome to Follow-up Desk"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, _app_logo(48))
        self.chose_sample = False
        self.setup_result: first_run.SetupResult | None = None
        self.logo_path: Path | None = None
        self._defaults: CountryDefaults | None = None
        self._display_locale = QLocale().name()

        self.welcome = self._page(WELCOME_PAGE, "first_run_welcome")
        self.shop = self._page(SHOP_PAGE, "first_run_shop")
        self.calendar = self._page(CALENDAR_PAGE, "first_run_calendar")
        self.people = self._page(PEOPLE_PAGE, "first_run_people")
        self.mail = self._page(MAIL_PAGE, "first_run_mail")
        self._set_titles()
        self._setup_welcome()
        self._setup_shop()
        self._setup_calendar()
        self._setup_people()
        self._setup_mail()
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Open my shop"))
        self.resize(760, 640)

    # -- what the app and tests drive -----------------------------------------

    def choose_sample(self, sample: bool) -> None:
        """Pick "Try with sample data" (True) or "Set up my shop" (False)."""
        button = (
            self.welcome.ui.sample_button if sample else self.welcome.ui.setup_button
        )
        button.setChecked(True)

    def set_country(self, code: str) -> None:
        combo = self.shop.ui.country_combo
        index = combo.findData(code.upper())
        if index >= 0:
            combo.setCurrentIndex(index)

    def choose_logo(self, path: Path) -> bool:
        """Show a logo to be saved with the shop; False if it cannot be used."""
        error = _logo_problem(path)
        pixmap = QPixmap(str(path)) if not error else QPixmap()
        if not error and pixmap.isNull():
            error = self.tr("{name} is not an image Follow-up Desk can read.").format(
                name=path.name
            )
        if error:
            self._show_error(self.shop, error)
            return False
        self.logo_path = path
        self._show_logo(pixmap, path.name)
        self._show_error(self.shop, "")
        return True

    def add_person(
        self, name: str = "", role: str = "staff", password: str = ""
    ) -> int:
        """Add a row to the staff table; return its row number."""
        table = self.people.ui.staff_table
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, NAME_COLUMN, QTableWidgetItem(name))
        roles = QComboBox(table)
        roles.setAccessibleName(self.tr("Role"))
        roles.addItem(self.tr("Staff"), "staff")
        roles.addItem(self.tr("Owner"), "owner")
        roles.setCurrentIndex(max(0, roles.findData(role)))
        table.setCellWidget(row, ROLE_COLUMN, roles)
        secret = QLineEdit(table)
        secret.setEchoMode(QLineEdit.EchoMode.Password)
        secret.setAccessibleName(self.tr("First password"))
        secret.setText(password)
        table.setCellWidget(row, PASSWORD_COLUMN, secret)
        table.setCurrentCell(row, NAME_COLUMN)
        return row

    def setup(self) -> first_run.ShopSetup:
        """What the pages hold, as the service takes it."""
        shop, cal, people, mail = (
            self.shop.ui,
            self.calendar.ui,
            self.people.ui,
            self.mail.ui,
        )
        return first_run.ShopSetup(
            name=shop.name_edit.text(),
            street=shop.street_edit.text(),
            postcode=shop.postcode_edit.text(),
            city=shop.city_edit.text(),
            region=shop.region_edit.text(),
            country=self._country_code(),
            phone=shop.phone_edit.text(),
            email=shop.email_edit.text(),
            website=shop.website_edit.text(),
            currency=cal.currency_combo.currentText().strip().upper(),
            timezone=cal.timezone_combo.currentText().strip(),
            holiday_region=cal.holiday_region_combo.currentData() or "",
            locale=self._defaults.locale if self._defaults else "",
            prime_area=cal.prime_area_edit.text(),
            logo=self.logo_path,
            owner_name=people.owner_name_edit.text(),
            owner_password=people.owner_password_edit.text(),
            staff=self._staff(),
            mail=self._mail() if mail.use_smtp_check.isChecked() else None,
        )

    def accept(self) -> None:
        if self.chose_sample:
            super().accept()
            return
        try:
            self.setup_result = first_run.set_up_shop(self.setup())
        except ValidationError as exc:
            self._go_to_field(exc.field, messages.translated(exc))
            return
        log.info("First run finished: shop set up")
        super().accept()

    # -- checks per page ------------------------------------------------------

    def check_page(self, page: FormPage) -> str:
        """An error to show on ``page`` before going on, or ""."""
        if page is self.welcome:
            self.chose_sample = self.welcome.ui.sample_button.isChecked()
            return ""
        if page is self.shop:
            return self._check_shop()
        if page is self.calendar:
            return self._check_calendar()
        if page is self.people:
            return self._check_people()
        return self._check_mail()

    def _check_shop(self) -> str:
        ui = self.shop.ui
        if not ui.name_edit.text().strip():
            return self._flag(ui.name_edit, self.tr("Enter your shop's name."))
        if not self._country_code():
            return self._flag(
                ui.country_combo, self.tr("Choose your country from the list.")
            )
        return ""

    def _check_calendar(self) -> str:
        ui = self.calendar.ui
        currency = ui.currency_combo.currentText().strip()
        if len(currency) != 3 or not currency.isalpha():
            return self._flag(
                ui.currency_combo,
                self.tr("The currency is a three-letter code such as USD or EUR."),
            )
        zone = ui.timezone_combo.currentText().strip()
        if zone not in _all_zones():
            return self._flag(
                ui.timezone_combo,
                self.tr("Choose a time zone from the list, e.g. Europe/Berlin."),
            )
        return ""

    def _check_people(self) -> str:
        ui = self.people.ui
        if not ui.owner_name_edit.text().strip():
            return self._flag(ui.owner_name_edit, self.tr("Enter your name."))
        password = ui.owner_password_edit.text()
        if len(password) < _min_password_length():
            return self._flag(
                ui.owner_password_edit,
                self.tr(
                    "Choose a password of at least %n characters.",
                    "",
                    _min_password_length(),
                ),
            )
        if password != ui.owner_repeat_edit.text():
            ui.owner_repeat_edit.clear()
            return self._flag(
                ui.owner_repeat_edit,
                self.tr("The two passwords differ; type the password again."),
            )
        for member in self._staff():
            if len(member.password) < _min_password_length():
                return self.tr(
                    "Give {name} a first password of at least %n characters.",
                    "",
                    _min_password_length(),
                ).format(name=member.name or self.tr("everyone in the list"))
        return ""

    def _check_mail(self) -> str:
        ui = self.mail.ui
        if not ui.use_smtp_check.isChecked():
            return ""
        if not ui.smtp_host_edit.text().strip():
            return self._flag(ui.smtp_host_edit, self.tr("Enter the mail server."))
        if "@" not in ui.from_address_edit.text():
            return self._flag(
                ui.from_address_edit,
                self.tr("Enter the address your e-mails come from."),
            )
        return ""

    # -- building the pages ---------------------------------------------------

    def _page(self, number: int, form: str) -> FormPage:
        page = FormPage(form)
        self.setPage(number, page)
        error = getattr(page.ui, "error_label", None)
        if error is not None:
            error.hide()
        return page

    def _set_titles(self) -> None:
        titles = (
            (
                self.welcome,
                self.tr("Welcome to Follow-up Desk"),
                self.tr("Every first contact gets its follow-ups, on time."),
            ),
            (
                self.shop,
                self.tr("Your shop"),
                self.tr("As it appears on letters, quotations and envelopes."),
            ),
            (
                self.calendar,
                self.tr("Money, calendar and area"),
                self.tr("Filled in from your country; change what is different."),
            ),
            (
                self.people,
                self.tr("People at the desk"),
                self.tr("Everyone signs in as themselves."),
            ),
            (self.mail, self.tr("E-mail"), self.tr("Optional: you can do this later.")),
        )
        # QWizard's header draws its title in the normal font size; rich text
        # makes it a heading like every other screen's.
        self.setTitleFormat(Qt.TextFormat.RichText)
        for page, title, subtitle in titles:
            page.setTitle(f'<span style="font-size:15pt">{html.escape(title)}</span>')
            page.setSubTitle(subtitle)

    def _setup_welcome(self) -> None:
        ui = self.welcome.ui
        ui.setup_button.setChecked(True)
        ui.setup_button.setIcon(theme.icon("settings"))
        ui.sample_button.setIcon(theme.icon("today"))
        for button in (ui.setup_button, ui.sample_button):
            button.setIconSize(QSize(22, 22))
        ui.sample_button.toggled.connect(self._on_sample_button_toggled)

    def _setup_shop(self) -> None:
        ui = self.shop.ui
        combo = ui.country_combo
        for code, name in country_choices(self._display_locale):
            combo.addItem(name, code)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # Typing "ger" or "deut" finds Germany anywhere in the name.
        completer = QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        self.set_country(_home_country())
        combo.currentIndexChanged.connect(self._on_country_combo_current_index_changed)
        ui.logo_button.clicked.connect(self._on_logo_button_clicked)
        ui.logo_clear_button.clicked.connect(self._on_logo_clear_button_clicked)
        self._show_logo(None, "")
        ui.name_edit.setFocus()

    def _setup_calendar(self) -> None:
        ui = self.calendar.ui
        ui.currency_combo.addItems(COMMON_CURRENCIES)
        ui.currency_combo.currentTextChanged.connect(self._show_formats)
        ui.holiday_region_combo.currentIndexChanged.connect(
            self._on_holiday_region_combo_current_index_changed
        )
        ui.prime_area_edit.textChanged.connect(self._on_prime_area_edit_text_changed)
        completer = QCompleter(sorted(_all_zones()), ui.timezone_combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        ui.timezone_combo.setCompleter(completer)
        ui.timezone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._apply_country()

    def _setup_people(self) -> None:
        ui = self.people.ui
        table = ui.staff_table
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("First password")]
        )
        theme.setup_table(table, (260, 140, 200), read_only=False, row_height=34)
        table.setSelectionBehavior(table.SelectionBehavior.SelectRows)
        table.horizontalHeader().setSectionResizeMode(
            NAME_COLUMN, QHeaderView.ResizeMode.Stretch
        )
        ui.add_person_button.clicked.connect(self._on_add_person_button_clicked)
        ui.remove_person_button.clicked.connect(self._on_remove_person_button_clicked)
        ui.add_person_button.setIcon(theme.icon("new"))

    def _setup_mail(self) -> None:
        ui = self.mail.ui
        ui.smtp_security_combo.addItem(
            self.tr("STARTTLS (usually port 587)"), "starttls"
        )
        ui.smtp_security_combo.addItem(self.tr("TLS (usually port 465)"), "tls")
        ui.smtp_security_combo.currentIndexChanged.connect(
            self._on_smtp_security_combo_current_index_changed
        )
        # Arrows to step a port number by one help nobody; typing does.
        ui.smtp_port_spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        ui.use_smtp_check.toggled.connect(ui.mail_fields.setEnabled)
        ui.mail_fields.setEnabled(False)
        ui.keyring_label.setText(
            self.tr(
                "The password is kept in this computer's password store, never "
                "in a file."
            )
        )

    # -- country and what follows from it ---------------------------------------

    def _country_code(self) -> str:
        combo = self.shop.ui.country_combo
        # The typed text must match an entry: "Germ" alone is not a country.
        index = combo.findText(combo.currentText(), Qt.MatchFlag.MatchFixedString)
        if index < 0:
            return ""
        return combo.itemData(index) or ""

    def _apply_country(self) -> None:
        code = self._country_code() or "US"
        defaults = country_defaults(code, self._display_locale)
        self._defaults = defaults
        ui = self.calendar.ui
        ui.country_note.setText(
            self.tr(
                "For {country}: prices in {currency}, letters on {paper} paper, "
                "the time zone and public holidays of {country}."
            ).format(
                country=defaults.name,
                currency=defaults.currency,
                paper=defaults.paper_name,
            )
        )
        ui.currency_combo.setCurrentText(defaults.currency)
        ui.timezone_combo.clear()
        ui.timezone_combo.addItems(list(defaults.zones))
        ui.timezone_combo.setCurrentText(defaults.timezone)
        ui.paper_label.setText(
            self.tr("{paper}, as usual in {country}").format(
                paper=defaults.paper_name, country=defaults.name
            )
        )
        regions = ui.holiday_region_combo
        regions.blockSignals(True)
        regions.clear()
        regions.addItem(self.tr("The whole country"), "")
        for region, label in holiday_region_choices(code):
            regions.addItem(label, region)
        regions.blockSignals(False)
        regions.setEnabled(regions.count() > 1)
        self._show_formats()
        self._show_holidays()

    def _show_formats(self) -> None:
        if self._defaults is None:
            return
        currency = self.calendar.ui.currency_combo.currentText().strip().upper()
        try:
            example = format_money(Decimal("1234.50"), currency, self._defaults.locale)
        except Exception:  # babel refuses unknown codes in several ways
            example = self.tr("(unknown currency)")
        self.calendar.ui.format_label.setText(example)

    def _show_holidays(self) -> None:
        code = self._country_code() or "US"
        region = self.calendar.ui.holiday_region_combo.currentData() or ""
        days = upcoming_holidays(code, region, dt.date.today())
        label = self.calendar.ui.holidays_label
        if not days:
            label.setText(
                self.tr(
                    "No public holidays are known for {country}; only weekends are "
                    "skipped. Closed days can be added in Settings."
                ).format(country=self._defaults.name if self._defaults else code)
            )
            return
        label.setText(
            "\n".join(f"{formatting.short_day(day)}  ·  {name}" for day, name in days)
        )

    # -- inside -----------------------------------------------------------------

    def _staff(self) -> list[first_run.StaffMember]:
        table = self.people.ui.staff_table
        members = []
        for row in range(table.rowCount()):
            item = table.item(row, NAME_COLUMN)
            name = item.text().strip() if item else ""
            role = table.cellWidget(row, ROLE_COLUMN).currentData()
            password = table.cellWidget(row, PASSWORD_COLUMN).text()
            if name or password:
                members.append(first_run.StaffMember(name, role, password))
        return members

    def _mail(self) -> first_run.MailSetup:
        ui = self.mail.ui
        return first_run.MailSetup(
            host=ui.smtp_host_edit.text().strip(),
            port=ui.smtp_port_spin.value(),
            security=ui.smtp_security_combo.currentData(),
            user=ui.smtp_user_edit.text().strip(),
            password=ui.smtp_password_edit.text(),
            from_name=ui.from_name_edit.text().strip(),
            from_address=ui.from_address_edit.text().strip(),
        )

    def _show_logo(self, pixmap: QPixmap | None, name: str) -> None:
        ui = self.shop.ui
        preview = ui.logo_preview
        if pixmap is None or pixmap.isNull():
            preview.setPixmap(QPixmap())
            preview.setText(self.tr("No logo yet"))
            ui.logo_name_label.setText(self.tr("PNG or JPEG, up to 10 MB"))
            ui.logo_clear_button.setEnabled(False)
            return
        # Scaled for the screen's pixels, so the preview is sharp at 200 %.
        ratio = preview.devicePixelRatioF()
        target = preview.contentsRect().size() * 0.9 * ratio
        scaled = pixmap.scaled(
            target,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        scaled.setDevicePixelRatio(ratio)
        preview.setPixmap(scaled)
        ui.logo_name_label.setText(name)
        ui.logo_clear_button.setEnabled(True)

    def _flag(self, widget: QWidget, message: str) -> str:
        theme.set_flag(widget, "invalid", True)
        widget.setFocus()
        return message

    def _show_error(self, page: FormPage, message: str) -> None:
        page.ui.error_label.setText(message)
        page.ui.error_label.setVisible(bool(message))

    def _go_to_field(self, field: str, message: str) -> None:
        """Back to the page with the field the save refused, and say why."""
        page_id = FIELD_PAGES.get(field.split(":")[0], PEOPLE_PAGE)
        while self.currentId() > page_id:
            self.back()
        self._show_error(self.page(page_id), message)

    def _on_sample_button_toggled(self, sample: bool) -> None:
        self.chose_sample = sample
        self.welcome.final = sample
        self.setButtonText(
            QWizard.WizardButton.FinishButton,
            self.tr("&Open the sample shop") if sample else self.tr("&Open my shop"),
        )
        # Marking the page final is what makes QWizard show Finish on it.
        self.welcome.setFinalPage(sample)
        self.button(QWizard.WizardButton.NextButton).setVisible(not sample)

    def _on_country_combo_current_index_changed(self, index: int) -> None:
        theme.set_flag(self.shop.ui.country_combo, "invalid", False)
        self._apply_country()

    def _on_holiday_region_combo_current_index_changed(self, index: int) -> None:
        self._show_holidays()

    def _on_prime_area_edit_text_changed(self, text: str) -> None:
        entries = [x.strip() for x in text.replace(";", ",").split(",") if x.strip()]
        label = self.calendar.ui.area_preview_label
        if not entries:
            label.setText(
                self.tr("Empty: no caller gets a package until you add your area.")
            )
            return
        codes = [e for e in entries if any(c.isdigit() for c in e)]
        towns = [e for e in entries if e not in codes]
        parts = []
        if codes:
            parts.append(
                self.tr("postcodes starting {codes}").format(codes=", ".join(codes))
            )
        if towns:
            parts.append(self.tr("the towns {towns}").format(towns=", ".join(towns)))
        label.setText(
            self.tr("Counts as your area: {parts}.").format(
                parts=self.tr(" and ").join(parts)
            )
        )

    def _on_logo_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a logo"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg)"),
        )
        if path:
            self.choose_logo(Path(path))

    def _on_logo_clear_button_clicked(self) -> None:
        self.logo_path = None
        self._show_logo(None, "")

    def _on_add_person_button_clicked(self) -> None:
        row = self.add_person()
        table = self.people.ui.staff_table
        table.editItem(table.item(row, NAME_COLUMN))

    def _on_remove_person_button_clicked(self) -> None:
        table = self.people.ui.staff_table
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)

    def _on_smtp_security_combo_current_index_changed(self, index: int) -> None:
        security = self.mail.ui.smtp_security_combo.currentData()
        self.mail.ui.smtp_port_spin.setValue(DEFAULT_PORTS.get(security, 587))


def _logo_problem(path: Path) -> str:
    from PySide6.QtCore import QCoreApplication

    try:
        size = path.stat().st_size
    except OSError:
        return QCoreApplication.translate(
            "FirstRunWizard", "{name} cannot be read."
        ).format(name=path.name)
    if size > MAX_LOGO_BYTES:
        return QCoreApplication.translate(
            "FirstRunWizard", "The logo is over 10 MB; save a smaller copy."
        )
    with path.open("rb") as file:
        head = file.read(4)
    if not (head.startswith(b"\x89PNG") or head.startswith(b"\xff\xd8")):
        return QCoreApplication.translate(
            "FirstRunWizard", "{name} is not a PNG or JPEG image."
        ).format(name=path.name)
    return ""


def _home_country() -> str:
    """The computer's country, as a first guess."""
    code = QLocale.territoryToCode(QLocale.system().territory())
    return code if len(code) == 2 else "US"


@cache
def _all_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def _min_password_length() -> int:
    from followup_desk.domain.passwords import MIN_LENGTH

    return MIN_LENGTH


def _app_logo(size: int) -> QPixmap:
    return theme.icon("app").pixmap(size, size)
