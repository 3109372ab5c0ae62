"""The Help menu, and a window that keyboards and screen readers can use."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QToolBar, QWidget

from followup_desk import __version__, paths
from followup_desk.ui import accessibility
from followup_desk.ui.first_run_wizard import FirstRunWizard
from followup_desk.ui.help_dialogs import AboutDialog, GuideDialog


def _menu_actions(window):
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        yield menu_action, [a for a in menu.actions() if not a.isSeparator()]


def _unnamed_controls(top: QWidget) -> list[str]:
    missing = []
    for widget in top.findChildren(QWidget):
        if (
            isinstance(widget, accessibility._CONTROLS)
            and widget.isVisibleTo(top)
            and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
            and not widget.accessibleName()
        ):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_menu_opens_from_the_keyboard(window):
    for menu_action, actions in _menu_actions(window):
        assert "&" in menu_action.text(), menu_action.text()
        assert actions, f"{menu_action.text()} is empty"
    in_menus = {a for _menu, actions in _menu_actions(window) for a in actions}
    toolbar = window.findChild(QToolBar, "main_toolbar")
    for action in toolbar.actions():
        if action.isSeparator() or action.text() == "":
            continue  # the spacer
        # Toolbar buttons are for the mouse; the same command is in a menu.
        assert action in in_menus or action.shortcuts(), action.text()
        assert action.toolTip(), action.text()


def test_every_control_has_a_name_for_screen_readers(qapp, window):
    accessibility.install(qapp)
    accessibility.complete(window)
    assert _unnamed_controls(window) == []

    wizard = FirstRunWizard()
    wizard.show()
    try:
        for _page in range(4):
            wizard.next()  # the pages check nothing before their Next
        assert _unnamed_controls(wizard) == []
    finally:
        wizard.close()
        wizard.deleteLater()


def test_names_come_from_what_is_on_screen(qapp, qtbot):
    from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton

    accessibility.install(qapp)
    form = QWidget()
    qtbot.addWidget(form)
    layout = QFormLayout(form)
    edit = QLineEdit()
    label = QLabel("&Postcode:")
    label.setBuddy(edit)
    layout.addRow(label, edit)
    placeholder = QLineEdit()
    placeholder.setPlaceholderText("Search name, company or e-mail")
    layout.addRow(placeholder)
    button = QPushButton("Save && close…")
    layout.addRow(button)
    named = QLineEdit()
    named.setAccessibleName("Given by the form")
    layout.addRow(named)
    form.show()

    assert edit.accessibleName() == "Postcode"
    assert placeholder.accessibleName() == "Search name, company or e-mail"
    assert button.accessibleName() == "Save & close"
    assert named.accessibleName() == "Given by the form"


def test_dialogs_qt_builds_itself_get_names_without_crashing(qapp, qtbot):
    # The print dialog's fields have no Python wrapper until the naming filter
    # makes one; these two once made PySide count the field as deleted, and the
    # error leaving the filter took the whole app down.
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QComboBox, QLineEdit

    accessibility.install(qapp)
    owner = QWidget()
    qtbot.addWidget(owner)
    owner.show()
    printer = QPrinter()
    dialog = QPrintDialog(printer, owner)
    dialog.show()
    try:
        assert dialog.findChild(QLineEdit, "filename").accessibleName()
        assert dialog.findChild(QComboBox, "printers").accessibleName()
    finally:
        dialog.reject()
        dialog.deleteLater()


def test_f1_opens_the_guide_with_every_shortcut(window):
    assert window.desk_menus.guide_action.shortcut().toString() == "F1"

    guide = window.desk_menus.open_guide()

    assert isinstance(guide, GuideDialog)
    text = guide.ui.guide_browser.toPlainText()
    assert "Your day" in text
    assert "Ctrl+N" in text and "New prospect" in text
    assert "Ctrl+T" in text and "Set call time" in text
    guide.close()


def test_about_says_the_version_and_where_the_data_is(window):
    about = window.desk_menus.open_about()

    assert isinstance(about, AboutDialog)
    assert about.ui.version_label.text() == __version__
    assert about.ui.data_label.text() == str(paths.data_dir())
    assert about.ui.settings_label.text() == str(paths.settings_file())
    assert "t.sqlite3" in about.ui.database_label.text()
    about.copy_details()
    copied = QGuiApplication.clipboard().text()
    assert __version__ in copied and str(paths.data_dir()) in copied
    about.close()
    assert all(
        not isinstance(w, AboutDialog) or not w.isVisible()
        for w in QApplication.topLevelWidgets()
    )
