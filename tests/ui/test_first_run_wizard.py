"""The welcome wizard, driven page by page as a new shop owner would."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtWidgets import QDialog, QWizard

from followup_desk import paths
from followup_desk.mail import credentials
from followup_desk.services import contacts, first_run, mail_settings, users
from followup_desk.services import profile as profile_service
from followup_desk.storage.models import CompanyProfile, Prospect, Touch
from followup_desk.storage.user_models import User
from followup_desk.ui.first_run_wizard import (
    CALENDAR_PAGE,
    MAIL_PAGE,
    PEOPLE_PAGE,
    SHOP_PAGE,
    FirstRunWizard,
)

LOGO = paths.resources_dir() / "logo.png"
SHOP_NAME = "Müller & Söhne <Druck> 印刷 🖨"


class _KeyringInMemory(KeyringBackend):
    """Stands in for the system's password store, which CI does not have."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.saved.get((service, username))

    def set_password(self, service, username, password):
        self.saved[(service, username)] = password

    def delete_password(self, service, username):
        self.saved.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = _KeyringInMemory()
    keyring.set_keyring(backend)
    credentials.forget_session()
    yield backend
    credentials.forget_session()
    keyring.set_keyring(previous)


@pytest.fixture
def wizard(qtbot, ui_db):
    users.sign_out()
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    yield wizard
    users.sign_out()


def _next(wizard) -> None:
    wizard.button(QWizard.WizardButton.NextButton).click()


def _fill_shop(wizard, type_text) -> None:
    _next(wizard)
    assert wizard.currentId() == SHOP_PAGE
    ui = wizard.shop.ui
    type_text(ui.name_edit, SHOP_NAME)
    ui.street_edit.setText("Hauptstraße 5")
    ui.postcode_edit.setText("80331")
    ui.city_edit.setText("München")
    wizard.set_country("DE")
    assert wizard.choose_logo(LOGO)
    _next(wizard)
    assert wizard.currentId() == CALENDAR_PAGE


def _fill_people(wizard, type_text) -> None:
    ui = wizard.people.ui
    type_text(ui.owner_name_edit, "Zoë Ångström")
    ui.owner_password_edit.setText("owner-pass-1")
    ui.owner_repeat_edit.setText("owner-pass-1")
    wizard.add_person("Γιώργος Παπαδόπουλος", "staff", "georg-pass")
    wizard.add_person("Анна Кузнецова", "owner", "anna-pass-2")


def test_the_wizard_creates_a_working_profile(wizard, type_text, memory_keyring):
    _fill_shop(wizard, type_text)

    calendar = wizard.calendar.ui
    # The country filled in what follows from it.
    assert calendar.currency_combo.currentText() == "EUR"
    assert calendar.timezone_combo.currentText() == "Europe/Berlin"
    assert "A4" in calendar.paper_label.text()
    assert "1.234,50" in calendar.format_label.text()
    calendar.holiday_region_combo.setCurrentIndex(
        calendar.holiday_region_combo.findData("BY")
    )
    assert "Epiphany" in calendar.holidays_label.text() or (
        "Christmas" in calendar.holidays_label.text()
    )
    calendar.prime_area_edit.setText("803; 804, Freising")
    assert "Freising" in calendar.area_preview_label.text()
    _next(wizard)
    assert wizard.currentId() == PEOPLE_PAGE

    _fill_people(wizard, type_text)
    _next(wizard)
    assert wizard.currentId() == MAIL_PAGE
    mail = wizard.mail.ui
    mail.use_smtp_check.setChecked(True)
    mail.smtp_host_edit.setText("127.0.0.1")
    mail.smtp_security_combo.setCurrentIndex(mail.smtp_security_combo.findData("tls"))
    assert mail.smtp_port_spin.value() == 465
    mail.smtp_user_edit.setText("desk@example.com")
    mail.smtp_password_edit.setText("mail secret")
    mail.from_address_edit.setText("hallo@müller-druck.example")
    wizard.button(QWizard.WizardButton.FinishButton).click()

    assert wizard.setup_result is not None, wizard.mail.ui.error_label.text()
    profile = profile_service.get_profile()
    assert profile.name == SHOP_NAME
    assert (profile.country, profile.currency, profile.locale) == ("DE", "EUR", "de_DE")
    assert (profile.timezone, profile.holiday_region) == ("Europe/Berlin", "BY")
    assert profile.prime_area == "803, 804, Freising"
    assert bytes(profile.logo) == LOGO.read_bytes()
    assert profile.signer_name == "Zoë Ångström"
    assert not profile_service.company_info().uses_letter_paper

    # Everyone can sign in with what the wizard was given.
    assert {u.name: u.role for u in User.select()} == {
        "Zoë Ångström": "owner",
        "Γιώργος Παπαδόπουλος": "staff",
        "Анна Кузнецова": "owner",
    }
    assert users.current_user().name == "Zoë Ångström"
    assert users.sign_in("γιώργος παπαδόπουλος", "georg-pass").role == "staff"

    settings = mail_settings.get_settings()
    assert (settings.smtp_host, settings.smtp_port) == ("127.0.0.1", 465)
    assert list(memory_keyring.saved.values()) == ["mail secret"]

    # The profile works: Bavaria's Christmas and the weekend push the next
    # day's e-mail from Christmas Eve to Monday the 28th.
    prospect = contacts.log_first_contact(
        contacts.NewContact(first_name="Jürgen", last_name="Groß", email="j@x.de"),
        contacted_on=dt.date(2026, 12, 24),
    )
    first_email = Touch.get(
        (Touch.prospect == prospect.id) & (Touch.step_key == "first_email")
    )
    assert first_email.due == dt.date(2026, 12, 28)
    assert first_run.shop_is_set_up()


def test_mistakes_are_pointed_out_on_their_page(wizard, type_text):
    _next(wizard)
    _next(wizard)  # no shop name
    assert wizard.currentId() == SHOP_PAGE
    assert "shop's name" in wizard.shop.ui.error_label.text()
    assert wizard.shop.ui.error_label.isVisible()

    assert not wizard.choose_logo(Path(__file__))  # not an image
    assert "PNG or JPEG" in wizard.shop.ui.error_label.text()

    _fill_shop(wizard, type_text)
    _next(wizard)
    people = wizard.people.ui
    people.owner_name_edit.setText("Sam")
    people.owner_password_edit.setText("owner-pass-1")
    people.owner_repeat_edit.setText("owner-pass-2")
    _next(wizard)
    assert wizard.currentId() == PEOPLE_PAGE
    assert "differ" in people.error_label.text()
    assert people.owner_repeat_edit.text() == ""

    people.owner_repeat_edit.setText("owner-pass-1")
    wizard.add_person("Kim", "staff", "x")
    _next(wizard)
    assert wizard.currentId() == PEOPLE_PAGE
    assert "Kim" in people.error_label.text()


def test_a_refused_save_keeps_nothing_and_returns_to_the_page(wizard, type_text):
    _fill_shop(wizard, type_text)
    _next(wizard)
    _fill_people(wizard, type_text)
    # The same person twice, spelt differently: only the save can tell.
    wizard.add_person("  zoë   ångström ", "staff", "another-pass")
    _next(wizard)
    wizard.button(QWizard.WizardButton.FinishButton).click()

    assert wizard.setup_result is None
    assert wizard.isVisible()
    assert wizard.currentId() == PEOPLE_PAGE
    assert "twice" in wizard.people.ui.error_label.text()
    assert User.select().count() == 0
    assert CompanyProfile.get().name == "My Shop"
    assert users.current_user() is None


def test_try_with_sample_data_finishes_on_the_first_page(wizard):
    wizard.choose_sample(True)
    finish = wizard.button(QWizard.WizardButton.FinishButton)

    assert wizard.currentPage().isFinalPage()
    assert "sample" in finish.text()
    finish.click()

    assert wizard.chose_sample
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.setup_result is None  # nothing was set up
    assert not Prospect.select().exists()
    assert not first_run.shop_is_set_up()
