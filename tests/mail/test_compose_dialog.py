"""The compose dialog and "send all due", driven offscreen with pytest-qt."""

from __future__ import annotations

import email
import email.policy
import os

import pytest
from mail_fixtures import configure_mail, new_prospect, with_quote

from followup_desk.services import mail_settings, touches
from followup_desk.storage.mail_models import OutboxMessage
from followup_desk.storage.models import Touch

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]

SHOTS = os.environ.get("FOLLOWUP_DESK_SCREENSHOTS", "")


@pytest.fixture
def styled(qapp):
    from followup_desk.ui import theme

    if qapp.styleSheet() != theme.style_sheet():
        theme.apply(qapp)
    return qapp


@pytest.fixture
def shown(monkeypatch):
    from followup_desk.ui import messages

    seen = []

    def present(kind, parent, title, text, details, yes_label):
        seen.append((kind, title, text))
        return True

    monkeypatch.setattr(messages, "_present", present)
    return seen


def _shot(widget, name: str) -> None:
    if SHOTS:
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()  # let layouts settle before the picture
        widget.grab().save(os.path.join(SHOTS, f"{name}.png"))


def touch_of(prospect, step: str) -> Touch:
    return Touch.get((Touch.prospect == prospect.id) & (Touch.step_key == step))


def test_compose_edit_preview_and_send(qtbot, styled, shop, smtp_server, shown):
    from followup_desk.ui.compose_dialog import ComposeDialog
    from followup_desk.ui.mail_sending import OutboxSender

    configure_mail(smtp_server)
    prospect = new_prospect(first_name="Zoë", last_name="O'Hara & <Sons>")
    quote = with_quote(prospect)
    touch = touch_of(prospect, "quote_email")
    host = __import__("PySide6.QtWidgets", fromlist=["QWidget"]).QWidget()
    qtbot.addWidget(host)
    sender = OutboxSender(host)

    dialog = ComposeDialog.for_touch(touch.id, host, who="anna", sender=sender)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.to_label.text() == "Zoë O'Hara & <Sons> <zoe@example.com>"
    assert dialog.ui.attach_check.isChecked()
    assert quote.number in dialog.ui.attach_check.text()
    _shot(dialog, "compose_write")

    dialog.ui.body_edit.setPlainText(
        dialog.ui.body_edit.toPlainText().replace(
            "Thank you", "Lovely to meet you today. Thank you"
        )
    )
    dialog.show_preview()
    preview = dialog.ui.preview_browser.toPlainText()
    assert "Lovely to meet you today." in preview
    assert f"Quotation {quote.number}.pdf" in preview
    _shot(dialog, "compose_preview")

    with qtbot.waitSignal(sender.sent, timeout=20_000):
        assert dialog.send()
    assert not dialog.isVisible()

    assert len(smtp_server.messages) == 1
    message = email.message_from_bytes(
        smtp_server.messages[0].raw, policy=email.policy.default
    )
    body = message.get_body(("plain",)).get_content()
    assert "Lovely to meet you today." in body
    assert touches.get_touch(touch.id).status == "done"
    assert sender.last_report.sent == [OutboxMessage.get().id]


def test_compose_for_an_opted_out_prospect_cannot_send(qtbot, styled, shop, shown):
    from followup_desk.services import mail_respect
    from followup_desk.ui.compose_dialog import ComposeDialog

    prospect = new_prospect()
    mail_respect.opt_out(prospect.id, "asked")
    dialog = ComposeDialog.for_prospect(prospect.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.blocker_label.isVisibleTo(dialog)
    assert "asked not to receive e-mail" in dialog.ui.blocker_label.text()
    assert not dialog.ui.send_button.isEnabled()
    assert not dialog.ui.mail_program_button.isEnabled()


def test_missing_password_is_asked_once_without_a_keyring(
    qtbot, styled, shop, smtp_server, shown, no_keyring, monkeypatch
):
    from mail_server import PASSWORD

    from followup_desk.ui import mail_sending
    from followup_desk.ui.compose_dialog import ComposeDialog

    configure_mail(smtp_server, store_password=False)
    asked = []
    monkeypatch.setattr(
        mail_sending,
        "ask_password",
        lambda parent, text: asked.append(text) or PASSWORD,
    )
    first = new_prospect(email="a@example.com")
    second = new_prospect(email="b@example.com")

    for prospect in (first, second):
        dialog = ComposeDialog.for_touch(touch_of(prospect, "quote_email").id)
        qtbot.addWidget(dialog)
        assert dialog.send()

    assert len(asked) == 1 and "no password store" in asked[0]
    assert mail_settings.smtp_config().password == PASSWORD
    assert OutboxMessage.select().count() == 2


def test_open_in_mail_program_uses_mailto_and_marks_done(
    qtbot, styled, shop, shown, monkeypatch
):
    from PySide6.QtGui import QDesktopServices

    from followup_desk.ui.compose_dialog import ComposeDialog

    mail_settings.update_settings(
        delivery="mail_program", from_address="desk@example.com"
    )
    opened = []
    monkeypatch.setattr(
        QDesktopServices,
        "openUrl",
        staticmethod(lambda url: opened.append(url) or True),
    )
    prospect = new_prospect()
    touch = touch_of(prospect, "first_email")
    dialog = ComposeDialog.for_touch(touch.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.send_button.isVisible()

    assert dialog.open_in_mail_program()

    assert opened[0].scheme() == "mailto"
    assert "zoe@example.com" in opened[0].toString()
    assert touches.get_touch(touch.id).outcome == "sent"
    assert OutboxMessage.select().count() == 0


def test_send_all_due_asks_once_shows_progress_and_sums_up(
    qtbot, styled, shop, smtp_server, shown
):
    from PySide6.QtWidgets import QWidget

    from followup_desk.ui.mail_sending import DueMailSender

    configure_mail(smtp_server)
    for n in range(4):
        new_prospect(email=f"p{n}@example.com")
    new_prospect(email="", first_name="Nomail")
    host = QWidget()
    qtbot.addWidget(host)
    sender = DueMailSender(host, who="anna")

    from mail_fixtures import FRIDAY

    with qtbot.waitSignal(sender.finished, timeout=30_000):
        assert sender.start(FRIDAY)

    confirms = [s for s in shown if s[0] == "confirm"]
    assert len(confirms) == 1 and "Send the 4 e-mails due" in confirms[0][2]
    assert "Sent 4 e-mails." in sender.summary
    assert len(smtp_server.messages) == 4
    assert shown[-1][0] == "info" and shown[-1][1] == "Send e-mails"


def test_mail_settings_dialog_saves_and_tests_for_real(
    qtbot, styled, shop, smtp_server, shown, test_keyring
):
    from mail_server import PASSWORD, USER

    from followup_desk.ui.mail_settings_dialog import MailSettingsDialog

    dialog = MailSettingsDialog(who="anna")
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    ui.smtp_host_edit.setText("127.0.0.1")
    ui.smtp_security_combo.setCurrentIndex(ui.smtp_security_combo.findData("tls"))
    assert ui.smtp_port_spin.value() == 465
    ui.smtp_security_combo.setCurrentIndex(ui.smtp_security_combo.findData("starttls"))
    assert ui.smtp_port_spin.value() == 587
    ui.smtp_port_spin.setValue(smtp_server.port)
    ui.smtp_user_edit.setText(USER)
    ui.password_edit.setText(PASSWORD)
    ui.from_name_edit.setText("Anna at Harbour Print")
    ui.from_address_edit.setText("desk@example.com")
    ui.ca_file_edit.setText(str(smtp_server.certificates.ca_file))
    ui.signature_edit.setPlainText("Harbour Print & Copy\n555-0100")
    _shot(dialog, "mail_settings")

    with qtbot.waitSignal(dialog.test_finished, timeout=20_000) as blocker:
        assert dialog.send_test()
    assert blocker.args[0] is True, blocker.args[1]
    assert "went out to desk@example.com" in ui.test_result_label.text()
    assert ui.password_edit.text() == ""
    assert "Saved in the system keyring" in ui.password_state_label.text()
    assert list(test_keyring.entries.values()) == [PASSWORD]
    assert len(smtp_server.messages) == 1
    _shot(dialog, "mail_settings_tested")

    ui.from_address_edit.setText("not an address")
    dialog.accept()
    assert dialog.isVisible()
    assert "is not an e-mail address" in ui.error_label.text()


def test_mail_settings_test_reports_wrong_password(
    qtbot, styled, shop, smtp_server, shown
):
    from followup_desk.ui.mail_settings_dialog import MailSettingsDialog

    configure_mail(smtp_server, store_password=False)
    mail_settings.set_password("wrong")
    dialog = MailSettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.test_finished, timeout=20_000) as blocker:
        assert dialog.send_test()
    assert blocker.args[0] is False
    assert "did not accept the user name" in dialog.ui.test_result_label.text()
    _shot(dialog, "mail_settings_wrong_password")
    assert smtp_server.messages == []


def test_template_editor_refuses_unknown_fields_and_saves_good_ones(
    qtbot, styled, shop, shown
):
    from followup_desk.services import mail_templates
    from followup_desk.ui.mail_settings_dialog import MailSettingsDialog

    dialog = MailSettingsDialog(who="anna")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.tabs.setCurrentIndex(1)
    editor = dialog.templates
    assert editor.select_step("first_email")
    editor.ui.subject_edit.setText("Hi {{ prospect.nick }}")
    _shot(dialog, "templates_before")

    assert not editor.save_current()
    assert "“prospect.nick”" in editor.ui.template_error_label.text()
    _shot(dialog, "templates_error")

    editor.ui.subject_edit.setText("Hi ")
    editor.ui.subject_edit.end(False)
    editor.insert_field("{{ prospect.first_name }}", into="subject")
    assert editor.select_step("month_email")
    assert "•" in editor.ui.step_list.item(1).text()
    dialog.accept()

    assert not dialog.isVisible()
    saved = mail_templates.template_for("first_email")
    assert saved.subject == "Hi {{ prospect.first_name }}"


@pytest.fixture
def main_window(qtbot, styled, shop, shown):
    from followup_desk.ui.main_window import MainWindow

    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.mail_actions.outbox_sender.wait()
    window.close()
    window.deleteLater()


def test_main_window_writes_the_email_picked_in_today(qtbot, main_window, smtp_server):
    from followup_desk.services import contacts, profile

    configure_mail(smtp_server)
    contacts.log_first_contact(
        contacts.NewContact(
            first_name="Zoë", last_name="Ørsted", email="zoe@example.com"
        ),
        contacted_on=profile.shop_today(),
    )
    main_window.refresh()
    main_window.today_action.trigger()
    today = main_window.today_pane
    email_item = next(i for i in today.items if i.kind == "email")
    assert today.select_touch(email_item.touch_id)
    from PySide6.QtWidgets import QToolBar

    toolbar = main_window.findChild(QToolBar, "main_toolbar")
    assert main_window.mail_actions.send_due_action in toolbar.actions()

    dialog = main_window.mail_actions.write_email()

    assert dialog is not None and dialog.draft.touch_id == email_item.touch_id
    _shot(main_window, "main_window_compose")
    sender = main_window.mail_actions.outbox_sender
    with qtbot.waitSignal(sender.sent, timeout=20_000):
        assert dialog.send()
    qtbot.waitUntil(
        lambda: (
            email_item.touch_id
            not in {i.touch_id for i in main_window.today_pane.items}
        )
    )
    assert len(smtp_server.messages) == 1
    assert "Sent 1 e-mail." in main_window.statusBar().currentMessage()


def test_retry_timer_sends_waiting_mail_only_while_the_window_shows(
    qtbot, styled, shop, smtp_server, shown
):
    from PySide6.QtWidgets import QWidget

    from followup_desk.services import mail
    from followup_desk.ui.mail_sending import OutboxSender

    configure_mail(smtp_server)
    prospect = new_prospect()
    mail.queue(mail.draft_for_touch(touch_of(prospect, "quote_email").id))
    host = QWidget()
    qtbot.addWidget(host)
    sender = OutboxSender(host)

    sender._on_timer_timeout()  # the window is not on screen
    assert not sender.busy

    host.show()
    with qtbot.waitSignal(sender.sent, timeout=20_000):
        sender._on_timer_timeout()
    assert len(smtp_server.messages) == 1
