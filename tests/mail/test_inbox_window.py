"""Replies in the window: Today, the timeline, "Mark as read", the settings tab.

The real window offscreen, driven with pytest-qt, over a real dovecot.
"""

from __future__ import annotations

import datetime as dt
import os

import pytest
from imap_server import PASSWORD as IMAP_PASSWORD
from inbox_fixtures import configure_inbox, reply

from followup_desk.services import contacts, inbox_settings, mail
from followup_desk.services import profile as profile_service
from followup_desk.storage.inbox_models import InboxMessage
from followup_desk.storage.models import Touch

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]

SHOTS = os.environ.get("FOLLOWUP_DESK_SCREENSHOTS", "")


def _shot(widget, name: str) -> None:
    if SHOTS:
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()  # let layouts settle before the picture
        widget.grab().save(os.path.join(SHOTS, f"{name}.png"))


@pytest.fixture
def shown(monkeypatch):
    from followup_desk.ui import messages

    seen = []

    def present(kind, parent, title, text, details, yes_label):
        seen.append((kind, title, text))
        return True

    monkeypatch.setattr(messages, "_present", present)
    return seen


@pytest.fixture
def window(qtbot, qapp, shop, shown):
    from followup_desk.ui import theme
    from followup_desk.ui.main_window import MainWindow

    if qapp.styleSheet() != theme.style_sheet():
        theme.apply(qapp)
    main = MainWindow()
    main.resize(1400, 900)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()
    main.deleteLater()
    qapp.processEvents()


def _last_working_day() -> dt.date:
    calendar = profile_service.work_calendar()
    day = profile_service.shop_today()
    while not calendar.is_working_day(day):
        day -= dt.timedelta(days=1)
    return day


def _zoe():
    contact = contacts.NewContact(
        first_name="Zoë", last_name="Ørsted", email="zoe@example.com", channel="phone"
    )
    return contacts.log_first_contact(contact, contacted_on=_last_working_day())


def test_a_reply_shows_on_today_and_the_timeline_and_reading_it_releases_the_email(
    qtbot, window, mailbox, certificates
):
    from PySide6.QtCore import Qt

    from followup_desk.ui.agenda_model import TOUCH_ID_ROLE
    from followup_desk.ui.main_window import PROSPECT_TAB, TODAY_TAB

    configure_inbox(mailbox, certificates)
    zoe = _zoe()
    email = Touch.get((Touch.prospect == zoe.id) & (Touch.step_key == "quote_email"))
    mailbox.deliver(
        reply(subject="Re: Ihr Angebot", text="Können Sie auch am Samstag liefern?")
    )
    window.refresh()
    pane = window.today_pane
    assert not pane.replies.isVisible()

    assert window.inbox_actions.check_now()
    qtbot.waitUntil(lambda: not window.inbox_actions.busy, timeout=15_000)
    qtbot.waitUntil(pane.replies.isVisible, timeout=5_000)

    # Today: the reply on top, the e-mail below waiting for it.
    card = pane.replies
    assert card.model.rowCount() == 1
    text = card.model.index(0, 1).data()
    assert text == "Re: Ihr Angebot — Können Sie auch am Samstag liefern?"
    assert card.ui.replies_heading.text() == "Replied — read it · 1"
    row = pane.model.index_of(email.id).row()
    what = pane.model.index(row, 1).data()
    assert what == f"Waits for the reply to be read: {email.title}"
    assert pane.model.index(row, 0).data(TOUCH_ID_ROLE) == email.id
    assert email.id not in [t.id for t in mail.due_email_touches(include_held=False)]
    window.ui.tabs.setCurrentIndex(TODAY_TAB)
    _shot(window, "inbox_today")

    # The timeline: the reply, unread, and the e-mail that waits for it.
    window.show_prospect(zoe.id)
    entries = window.detail.timeline.entries
    [found] = [e for e in entries if e.kind == "reply"]
    assert found.status == "unread" and found.title == "Re: Ihr Angebot"
    waiting = [e for e in entries if e.touch_id == email.id][0]
    assert waiting.why == "Waits until the reply is read"
    row = entries.index(found)
    assert window.detail.timeline.index(row, 1).data() == "Reply"
    assert window.detail.timeline.index(row, 3).data() == "Unread"
    _shot(window.detail, "inbox_timeline")

    # Back on Today, the keyboard alone marks it read.
    window.ui.tabs.setCurrentIndex(TODAY_TAB)
    card.ui.replies_view.setFocus()
    assert window.today_pane.selected_reply_id() == found.reply_id
    qtbot.keyClick(
        card.ui.replies_view,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: not card.isVisible(), timeout=5_000)

    assert InboxMessage.get().read_at is not None
    row = pane.model.index_of(email.id).row()
    assert pane.model.index(row, 1).data() == email.title
    assert email.id in [t.id for t in mail.due_email_touches(include_held=False)]
    window.ui.tabs.setCurrentIndex(PROSPECT_TAB)
    entries = window.detail.timeline.entries
    assert [e.status for e in entries if e.kind == "reply"] == ["read"]
    assert all(e.why == "" for e in entries if e.touch_id == email.id)


def test_the_timeline_marks_a_reply_read_on_double_click(
    qtbot, window, mailbox, certificates
):
    configure_inbox(mailbox, certificates)
    zoe = _zoe()
    mailbox.deliver(reply())
    assert window.inbox_actions.check_now()
    qtbot.waitUntil(lambda: not window.inbox_actions.busy, timeout=15_000)

    window.show_prospect(zoe.id)
    view = window.detail.ui.timeline_view
    entries = window.detail.timeline.entries
    row = [n for n, e in enumerate(entries) if e.kind == "reply"][0]
    index = window.detail.timeline.index(row, 2)
    view.setCurrentIndex(index)
    assert window.detail.selected_reply_id() == entries[row].reply_id
    view.doubleClicked.emit(index)

    assert InboxMessage.get().read_at is not None
    assert not window.today_pane.replies.isVisible()


def test_a_failed_timed_check_shows_in_the_status_bar_not_a_dialog(
    qtbot, window, mailbox, certificates, shown
):
    configure_inbox(mailbox, certificates)
    inbox_settings.set_password("not the password")
    window.inbox_actions._next_check = 0.0  # due now

    window.inbox_actions._on_timer_timeout()
    qtbot.waitUntil(lambda: not window.inbox_actions.busy, timeout=15_000)

    assert shown == []
    message = window.statusBar().currentMessage()
    assert message.startswith("Inbox not checked: The inbox server did not accept")


def test_the_replies_tab_saves_tests_and_keeps_the_password_in_the_keyring(
    qtbot, shop, mailbox, certificates, test_keyring, shown
):
    from followup_desk.services import mail_settings
    from followup_desk.ui.mail_settings_dialog import INBOX_TAB, MailSettingsDialog

    mail_settings.update_settings(ca_file=str(certificates.ca_file))
    dialog = MailSettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.tabs.setCurrentIndex(INBOX_TAB)
    pane = dialog.inbox
    ui = pane.ui
    assert ui.port_spin.value() == 993 and ui.folder_edit.text() == "INBOX"

    ui.enabled_check.setChecked(True)
    assert not dialog.save()  # switched on, but no server yet
    assert dialog.ui.tabs.currentIndex() == INBOX_TAB
    assert "Enter the inbox server" in ui.inbox_error_label.text()

    ui.host_edit.setText("127.0.0.1")
    ui.security_combo.setCurrentIndex(ui.security_combo.findData("starttls"))
    assert ui.port_spin.value() == 143  # follows the security choice
    ui.port_spin.setValue(mailbox.server.starttls_port)
    ui.user_edit.setText(mailbox.user)
    ui.password_edit.setText(IMAP_PASSWORD)
    _shot(dialog, "inbox_settings")

    with qtbot.waitSignal(pane.test_finished, timeout=15_000) as result:
        assert pane.test_inbox()
    assert result.args[0] is True, result.args
    assert "The inbox works" in ui.inbox_result_label.text()
    assert ui.password_edit.text() == ""
    assert "Saved in the system keyring" in ui.password_state_label.text()
    assert test_keyring.entries == {
        ("Follow-up Desk", f"imap:{mailbox.user}@127.0.0.1"): IMAP_PASSWORD
    }
    saved = inbox_settings.get_settings()
    assert (saved.enabled, saved.security, saved.user) == (
        True,
        "starttls",
        mailbox.user,
    )

    ui.folder_edit.setText("Anfragen")
    with qtbot.waitSignal(pane.test_finished, timeout=15_000) as result:
        assert pane.test_inbox()
    assert result.args[0] is False
    assert "has no folder “Anfragen”" in ui.inbox_result_label.text()
    _shot(dialog, "inbox_settings_failed")


@pytest.fixture(params=["en", "de"])
def window_in(request, qapp):
    """The window in each language; the language is set before it is built."""
    from followup_desk.ui import i18n

    i18n.install(qapp, request.param)
    try:
        yield request.param, request.getfixturevalue("window")
    finally:
        i18n.uninstall(qapp)


def test_the_replies_card_shows_whole_headers_and_six_rows_before_scrolling(
    qtbot, window_in
):
    from PySide6.QtCore import Qt

    from followup_desk.ui.main_window import TODAY_TAB

    language, window = window_in
    for n, name in enumerate(("Olympia Papadopoulou", "Ivan", "Kenji", "Ana") * 2):
        first, _, last = name.partition(" ")
        contact = contacts.NewContact(
            first_name=first, last_name=last, email=f"p{n}@example.com"
        )
        prospect = contacts.log_first_contact(contact, _last_working_day())
        InboxMessage.create(
            prospect=prospect.id,
            message_id=f"<{n}@mail.example>",
            from_address=contact.email,
            subject=f"Re: Ihr Angebot {n}",
            body_snippet="Können Sie auch am Samstag liefern?",
        )

    window.refresh()
    window.ui.tabs.setCurrentIndex(TODAY_TAB)
    card = window.today_pane.replies
    qtbot.waitUntil(card.isVisible, timeout=5_000)

    view = card.ui.replies_view
    header = view.horizontalHeader()
    received = view.model().headerData(2, Qt.Orientation.Horizontal)
    assert received == {"en": "Received", "de": "Eingegangen"}[language]
    for column in range(3):
        needed = header.sectionSizeFromContents(column).width()
        assert header.sectionSize(column) >= needed
    assert header.sectionSize(0) >= view.sizeHintForColumn(0)
    assert view.viewport().height() // view.rowHeight(0) == 6
    # Eight replies scroll; the day's work below keeps most of the pane.
    assert view.verticalScrollBar().maximum() > 0
    assert window.today_pane.ui.agenda_view.height() > card.height()
    _shot(window, f"inbox_today_8_replies_{language}")
