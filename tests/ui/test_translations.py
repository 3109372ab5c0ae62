"""German proves the translation pipeline: forms, code, Qt's own words, dates.

The catalogue checks read the ``.ts`` sources: every German message is
finished and keeps its placeholders, and no string the code hands to Qt's
translation is missing from the catalogue. The screen checks open the window
and the main dialogs in German and look for English left on them.
"""

from __future__ import annotations

import ast
import datetime as dt
import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QWidget,
)

from followup_desk import paths
from followup_desk.services.errors import NotFoundError
from followup_desk.translatable import QT_TRANSLATE_NOOP
from followup_desk.ui import formatting, i18n, messages

REPO = Path(__file__).resolve().parents[2]
GERMAN_TS = paths.translations_dir() / "followup_desk_de.ts"
ENGLISH_TS = paths.translations_dir() / "followup_desk_en.ts"
# Placeholders a translation must keep: {name}, {seq:04}, %n, %Ln, %1.
_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*[^{}]*\}|%L?n|%[0-9]")


@pytest.fixture
def german(qapp):
    locale = i18n.install(qapp, "de")
    yield locale
    i18n.uninstall(qapp)


def _messages(ts: Path):
    """(context, source, numerus, translation element) for every message."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield (
                name,
                message.findtext("source"),
                message.get("numerus") == "yes",
                message.find("translation"),
            )


def _forms(translation: ET.Element, numerus: bool) -> list[str]:
    if numerus:
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def _placeholders(text: str) -> set[str]:
    """The fields by name: a translation may write a day as {day:%d.%m.}."""
    found = _PLACEHOLDER.findall(text.replace("{{", "").replace("}}", ""))
    return {re.split(r"[:!}]", field)[0] for field in found}


# -- the catalogues --------------------------------------------------------------


def test_the_compiled_catalogues_ship_with_the_app():
    folder = paths.translations_dir()
    for language in ("de", "en"):
        assert (folder / f"followup_desk_{language}.ts").is_file()
        assert (folder / f"followup_desk_{language}.qm").stat().st_size > 100


def test_every_german_message_is_finished_and_keeps_its_placeholders():
    problems = []
    count = 0
    for context, source, numerus, translation in _messages(GERMAN_TS):
        count += 1
        where = f"{context}: {source!r}"
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"unfinished {where}")
            continue
        forms = _forms(translation, numerus)
        if not forms or not all(form.strip() or not source.strip() for form in forms):
            problems.append(f"empty {where}")
            continue
        wanted = _placeholders(source)
        for form in forms:
            # A singular may say "1" instead of %n ("1 Tag"); nothing else goes.
            if _placeholders(form) != wanted and not (
                numerus and _placeholders(form) == wanted - {"%n", "%Ln"}
            ):
                problems.append(f"placeholders differ in {where}: {form!r}")
    assert count > 2000
    assert not problems, "\n".join(problems)


def test_english_gives_every_plural_its_singular():
    plural = [m for m in _messages(ENGLISH_TS) if m[2]]
    assert len(plural) > 50
    unfinished = [
        source
        for _context, source, _numerus, translation in plural
        if translation.get("type") == "unfinished"
        or len(_forms(translation, True)) != 2
    ]
    assert not unfinished


def _marked_in_code() -> set[tuple[str | None, str]]:
    """(context, text) for every literal handed to tr, translate or the marker.

    ``tr`` gives its context at run time (the class), so only the text counts.
    """
    found = set()
    for path in (REPO / "followup_desk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else ""
            name = name or getattr(func, "id", "")
            texts = [
                a.value if isinstance(a, ast.Constant) else None for a in node.args
            ]
            if name == "tr" and texts and isinstance(texts[0], str):
                found.add((None, texts[0]))
            elif name in ("translate", "QT_TRANSLATE_NOOP") and len(texts) >= 2:
                if isinstance(texts[0], str) and isinstance(texts[1], str):
                    found.add((texts[0], texts[1]))
    return found


def test_every_text_marked_in_the_code_is_in_the_catalogue():
    # lupdate skips a tr() inside an f-string, and a plural translate() whose
    # count is not a literal: such a text would show in English for ever.
    catalogue: dict[str, set[str]] = {}
    for context, source, _numerus, _translation in _messages(GERMAN_TS):
        catalogue.setdefault(source, set()).add(context)
    marked = _marked_in_code()
    assert len(marked) > 1000
    missing = [
        f"{context or '(class)'}: {text!r}"
        for context, text in sorted(marked, key=str)
        if text not in catalogue or (context and context not in catalogue[text])
    ]
    assert not missing, "Run packaging/translations.py --update:\n" + "\n".join(missing)


def _lupdate() -> str | None:
    beside = Path(sys.executable).with_name("pyside6-lupdate")
    return str(beside) if beside.exists() else shutil.which("pyside6-lupdate")


@pytest.mark.skipif(_lupdate() is None, reason="pyside6-lupdate is not installed")
def test_the_catalogue_is_up_to_date_with_the_sources(tmp_path):
    spec = importlib.util.spec_from_file_location(
        "translations_build", REPO / "packaging" / "translations.py"
    )
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [_lupdate(), *build.sources(), "-locations", "none", "-ts", str(fresh)],
        cwd=REPO,
        check=True,
        capture_output=True,
    )

    def keys(ts: Path) -> set[tuple[str, str, bool]]:
        return {(c, s, n) for c, s, n, _t in _messages(ts)}

    stale = keys(GERMAN_TS) ^ keys(fresh)
    assert not stale, (
        "The .ts files differ from the sources; run "
        "packaging/translations.py --update and translate what is new:\n"
        + "\n".join(sorted(map(str, stale))[:40])
    )


def test_english_plurals_read_right(qapp):
    i18n.install(qapp, "en")
    try:
        text = "%n calls in the next few minutes"
        one = QCoreApplication.translate("CallReminders", text, "", 1)
        two = QCoreApplication.translate("CallReminders", text, "", 2)
    finally:
        i18n.uninstall(qapp)
    assert (one, two) == (
        "1 call in the next few minutes",
        "2 calls in the next few minutes",
    )


def test_an_unknown_language_falls_back_to_english(qapp):
    locale = i18n.install(qapp, "xx")
    try:
        assert i18n.language_of(locale) == "en"
    finally:
        i18n.uninstall(qapp)


@pytest.mark.parametrize("language", ["fr", "C"])
def test_a_language_not_shipped_still_counts_in_english(qapp, language):
    i18n.install(qapp, language)  # e.g. a French computer with no setting
    try:
        quotes = QCoreApplication.translate("ProspectDetail", "%n quotes", "", 1)
        rows = QCoreApplication.translate(
            "ImportWizard", "Importing… %v of %n rows", "", 1
        )
    finally:
        i18n.uninstall(qapp)
    assert (quotes, rows) == ("1 quote", "Importing… %v of 1 row")


# -- dates and numbers -----------------------------------------------------------


def test_dates_and_numbers_follow_the_language(german):
    day = dt.date(2026, 12, 4)

    assert QLocale().name() == "de_DE"
    assert formatting.long_day(day) == "Freitag, 4. Dezember 2026"
    assert formatting.short_day(day) == "4. Dez. 2026"
    assert formatting.day_and_month(day) == "4. Dez."
    assert formatting.month_and_year(day) == "Dezember 2026"
    assert QLocale().toString(1234567) == "1.234.567"


def test_english_dates_keep_their_own_order(qapp):
    i18n.install(qapp, "en")
    try:
        day = dt.date(2026, 12, 4)
        assert formatting.long_day(day) == "Friday, December 4, 2026"
        assert formatting.short_day(day) == "Dec 4, 2026"
    finally:
        i18n.uninstall(qapp)


# -- messages from the services ----------------------------------------------------


def test_a_service_message_is_english_below_and_german_on_screen(german):
    error = NotFoundError(
        QT_TRANSLATE_NOOP(
            "Contacts", "There is no prospect with id {prospect_id}."
        ).format(prospect_id=42)
    )

    assert str(error) == "There is no prospect with id 42."
    assert messages.translated(error) == (
        "Es gibt keinen Interessenten mit der Nummer 42."
    )


def test_marked_words_and_days_inside_a_message_are_translated_too(german):
    from followup_desk.services.touches import STATUS_WORDS

    moved = QT_TRANSLATE_NOOP(
        "Touches", "The shop is closed on {day} ({closed}); pick a working day."
    ).format(day=dt.date(2026, 12, 25), closed=STATUS_WORDS["done"])

    assert "Fri 25 Dec" in str(moved)
    assert messages.translated(moved) == (
        "Am 25. Dez. 2026 ist das Geschäft geschlossen (erledigt); "
        "wählen Sie einen Arbeitstag."
    )


def test_a_refused_prospect_is_explained_in_german(german, qtbot, ui_db):
    from followup_desk.ui.new_prospect_dialog import NewProspectDialog

    dialog = NewProspectDialog()
    qtbot.addWidget(dialog)
    dialog.accept()

    assert dialog.ui.error_label.text() == "Geben Sie einen Namen oder eine Firma ein."
    assert dialog.prospect is None


def test_the_plan_reads_in_german(german):
    from followup_desk.domain.plan import load_plan
    from followup_desk.domain.plan_text import describe_step, step_details

    plan = load_plan(paths.resources_dir() / "default_plan.json")
    call = plan.step("first_call")

    assert messages.translated(describe_step(call)) == (
        "Anruf 2–3 Arbeitstage nach dem Versand des Pakets, Empfang"
    )
    assert messages.translated(step_details(call)[0]) == (
        "Für Interessenten, die wir anrufen dürfen."
    )


def test_the_shipped_plan_reads_in_german_and_the_owners_words_as_typed(
    german, window, make_prospect, last_working_day
):
    import json

    from followup_desk.storage.models import Touch
    from followup_desk.ui.default_plan_words import WORDS, shown

    shipped = json.loads(
        (paths.resources_dir() / "default_plan.json").read_text(encoding="utf-8")
    )
    words = {
        step[key]
        for step in shipped["steps"]
        for key in ("title", "talking_points")
        if step.get(key)
    }
    # Every word of the shipped plan reaches the translators, and no others.
    assert words == set(WORDS)
    assert shown("First follow-up call") == "Erster Nachfassanruf"
    assert shown("Ring Mrs Brown about the tiles") == "Ring Mrs Brown about the tiles"

    for name in ("Ana", "Ben"):
        make_prospect(
            contacted_on=last_working_day, first_name=name, email=f"{name}@example.com"
        )
    window.refresh()
    model = window.today_pane.model
    # One follow-up on Today gets a title the owner wrote: it stays as written.
    own = model.items[0]
    Touch.update(title="Ring Mrs Brown about the tiles").where(
        Touch.id == own.touch_id
    ).execute()
    window.refresh()

    titles = {model.index(row, 1).data() for row in range(model.rowCount())}
    assert "Ring Mrs Brown about the tiles" in titles
    assert not titles & set(WORDS)
    assert titles & {shown(word) for word in WORDS}
    # Only the screen translates: the stored titles stay as planned.
    stored = {touch.title for touch in Touch.select()}
    assert stored & set(WORDS)
    assert not stored & {shown(word) for word in WORDS}


# -- the screens in German ---------------------------------------------------------


def _english_sources() -> set[str]:
    """English texts that are no German text: seeing one on screen is a miss.

    "Port" reads the same in both, and German "Quote" (a rate) is no English
    "Quote": words the German catalogue itself uses are left out.
    """
    english, german = set(), set()
    for _context, source, numerus, translation in _messages(GERMAN_TS):
        german.update(_plain(form) for form in _forms(translation, numerus))
        english.add(_plain(source))
    return english - german


_WORD = re.compile(r"[A-Za-z][a-z]{2,}")
# Names that read the same in German: the US paper size.
_SAME_IN_GERMAN = frozenset({"letter"})
# Labels that show the shop's own data (names, plan step titles, notes).
_DATA_LABELS = frozenset(
    {
        "name_label",
        "company_label",
        "contact_label",
        "notes_label",
        "points_label",
        "points_heading",
        "step_label",
        "title_label",
        "touch_title_label",
        "touch_info_label",
        "info_label",
        "intro_label",
        "country_label",
        "holidays_label",
        "file_edit placeholder",
    }
)


def _english_words() -> set[str]:
    """Words only the English side uses: "planned" on screen is a miss."""
    english, german = set(), set()
    for _context, source, numerus, translation in _messages(GERMAN_TS):
        english.update(w.lower() for w in _WORD.findall(_plain(source)))
        for form in _forms(translation, numerus):
            german.update(w.lower() for w in _WORD.findall(_plain(form)))
    return english - german


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _shown_texts(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every title, label, button, tab and header on show."""
    texts = [("window title", top.windowTitle())]
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisibleTo(top) and widget is not top:
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QLabel) and not widget.pixmap().isNull():
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append((name, widget.text()))
        if isinstance(widget, QLineEdit):
            texts.append((f"{name} placeholder", widget.placeholderText()))
        if isinstance(widget, QGroupBox):
            texts.append((name, widget.title()))
        if isinstance(widget, QTabWidget):
            texts += [(f"{name} tab", widget.tabText(i)) for i in range(widget.count())]
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            for section in range(model.columnCount()):
                title = model.headerData(section, Qt.Orientation.Horizontal)
                texts.append((f"{name} header", str(title or "")))
        for action in widget.actions():
            texts.append((f"{name} action", action.text()))
            texts.append((f"{name} action tip", action.statusTip()))
    return [(where, text) for where, text in texts if text and text.strip()]


def _english_left(top: QWidget) -> list[str]:
    """Texts that are an English source, or use a word only English uses."""
    english, words = _english_sources(), _english_words()
    left = []
    for where, text in _shown_texts(top):
        plain = _plain(text)
        # Markup, file paths and addresses are no words of the language.
        prose = re.sub(r"<[^>]*>|\S*[/@]\S*", " ", plain)
        stray = {
            w
            for w in _WORD.findall(prose)
            if w.lower() in words and w.lower() not in _SAME_IN_GERMAN
        }
        if plain in english or (stray and where not in _DATA_LABELS):
            left.append(f"{where}: {text!r}")
    return left


def _mnemonic(text: str) -> str:
    text = text.replace("&&", "")
    return text[text.index("&") + 1].lower() if "&" in text[:-1] else ""


def _dialog_clashes(top: QWidget) -> list[str]:
    """Alt keys two visible labels or buttons of one dialog page both claim."""
    seen: dict[str, str] = {}
    clashes = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or not isinstance(
            widget, (QLabel, QAbstractButton)
        ):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue  # no Alt key: the "&" of "Müller & Söhne" is just text
        key = _mnemonic(widget.text())
        if not key:
            continue
        if key in seen and seen[key] != widget.text():
            clashes.append(f"{seen[key]!r} and {widget.text()!r} share Alt+{key}")
        seen[key] = widget.text()
    return clashes


def _mnemonic_clashes(actions: list[QAction]) -> list[str]:
    seen: dict[str, str] = {}
    clashes = []
    for action in actions:
        text = action.text().replace("&&", "")
        if action.isSeparator() or "&" not in text:
            continue
        key = text[text.index("&") + 1].lower()
        if key in seen:
            clashes.append(f"{seen[key]!r} and {text!r} share Alt+{key}")
        seen[key] = text
    return clashes


def test_the_window_speaks_german(german, window):
    menus = [a.text() for a in window.menuBar().actions()]
    assert "&Hilfe" in menus and "&Ansicht" in menus
    assert window.desk_menus.guide_action.text() == "&Anleitung"
    # A Designer form, translated by the form loader.
    from followup_desk.ui.first_run_wizard import FirstRunWizard

    wizard = FirstRunWizard()
    try:
        assert wizard.shop.ui.name_label.text() == "&Name des Geschäfts"
        assert "Ihr Geschäft" in wizard.shop.title()
        # Qt's own buttons come from Qt's German catalogue.
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    finally:
        wizard.deleteLater()


def test_no_english_is_left_in_the_german_window(german, window, make_prospect):
    prospect = make_prospect(company="Müller GmbH")
    window.refresh()
    window.show_prospect(prospect.id)
    left = []
    for tab in range(window.ui.tabs.count()):
        window.ui.tabs.setCurrentIndex(tab)
        left += _english_left(window)
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if _plain(menu.title()) in _english_sources():
            left.append(f"menu {menu.title()!r}")
        left += [
            f"menu {menu.title()!r}: {action.text()!r}"
            for action in menu.actions()
            if _plain(action.text()) in _english_sources()
        ]
    assert window.counts_label.text().startswith("1 Interessent angezeigt")
    assert not left, "\n".join(left)


def test_german_menus_give_each_item_its_own_key(german, window):
    clashes = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        clashes += [f"{menu.title()}: {c}" for c in _mnemonic_clashes(menu.actions())]
    clashes += _mnemonic_clashes(window.menuBar().actions())
    assert not clashes, "\n".join(clashes)


def _dialogs(window, prospect_id: int) -> dict[str, QWidget]:
    from followup_desk.services import touches
    from followup_desk.ui.backup_dialog import BackupDialog
    from followup_desk.ui.call_screen import CallScreen
    from followup_desk.ui.call_time_dialog import CallTimeDialog
    from followup_desk.ui.catalogue_dialog import CatalogueDialog
    from followup_desk.ui.compose_dialog import ComposeDialog
    from followup_desk.ui.database_settings_dialog import DatabaseSettingsDialog
    from followup_desk.ui.import_wizard import ImportWizard
    from followup_desk.ui.label_template_dialog import LabelTemplateDialog
    from followup_desk.ui.mail_room_dialog import MailRoomDialog
    from followup_desk.ui.mail_settings_dialog import MailSettingsDialog
    from followup_desk.ui.new_prospect_dialog import NewProspectDialog
    from followup_desk.ui.plan_editor import PlanEditorDialog
    from followup_desk.ui.prospect_edit_dialog import ProspectEditDialog
    from followup_desk.ui.quote_settings_dialog import QuoteSettingsDialog
    from followup_desk.ui.settings_dialog import SettingsDialog
    from followup_desk.ui.touch_done_dialog import TouchDoneDialog
    from followup_desk.ui.users_dialog import UsersDialog

    planned = touches.touches_for(prospect_id)
    call = next(t for t in planned if t.kind == "call")
    email = next(t for t in planned if t.kind == "email")
    return {
        "call": CallScreen(call.id, window),
        "call time": CallTimeDialog(call.id, window),
        "follow-up done": TouchDoneDialog(call.id, window),
        "e-mail": ComposeDialog.for_touch(email.id, window),
        "new prospect": NewProspectDialog(window),
        "edit prospect": ProspectEditDialog(prospect_id, window),
        "company settings": SettingsDialog(window),
        "mail settings": MailSettingsDialog(window),
        "follow-up plan": PlanEditorDialog(window),
        "backups": BackupDialog(window),
        "people": UsersDialog(window),
        "catalogue": CatalogueDialog(window),
        "quotation settings": QuoteSettingsDialog(window),
        "import": ImportWizard(window),
        "label sheet": LabelTemplateDialog(window),
        "mail room": MailRoomDialog(window),
        "database": DatabaseSettingsDialog(window),
    }


def test_no_english_is_left_in_the_german_first_run_wizard(german, qtbot, ui_db):
    from followup_desk.ui.first_run_wizard import FirstRunWizard

    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    left = []
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        left += [f"page {page_id} · {miss}" for miss in _english_left(page)]
        left += [f"page {page_id} · {c}" for c in _dialog_clashes(page)]
    assert not left, "\n".join(left)


def test_no_english_is_left_in_the_german_dialogs(german, window, make_prospect):
    prospect = make_prospect(company="Müller GmbH", email="ana@mueller.example")
    left = []
    for title, dialog in _dialogs(window, prospect.id).items():
        dialog.show()
        tabs = dialog.findChildren(QTabWidget)
        for tab_widget in tabs or [None]:
            for index in range(tab_widget.count() if tab_widget else 1):
                if tab_widget is not None:
                    tab_widget.setCurrentIndex(index)
                left += [f"{title} · {miss}" for miss in _english_left(dialog)]
                left += [f"{title} · {c}" for c in _dialog_clashes(dialog)]
        dialog.hide()
        dialog.deleteLater()
    assert not left, "\n".join(left)
