"""This desk's settings: the window comes back as it was left, bad files don't hurt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QByteArray, QSettings

from followup_desk import paths
from followup_desk.ui import desk_settings
from followup_desk.ui.main_window import CALENDAR_TAB, MainWindow

BIG_SCREEN = {
    "name": "shop",
    "x": 0,
    "y": 0,
    "width": 2560,
    "height": 1440,
    "logicalDpi": 96,
    "logicalBaseDpi": 96,
    "dpr": 1,
}
# One start of the desk, in a process of its own: build the window over the
# given database, report what it restored, then change the layout as a person
# would (when told to) and close it.
DESK = textwrap.dedent(
    """
    import json, sys
    from followup_desk.storage.database import open_database
    from followup_desk.ui import theme
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    theme.apply(app)
    open_database(sys.argv[1])
    from followup_desk.ui.main_window import CALENDAR_TAB, MainWindow
    window = MainWindow()
    window.show()
    app.processEvents()
    header = window.ui.prospect_table.horizontalHeader()
    print(json.dumps({
        "size": [window.width(), window.height()],
        "column0": header.sectionSize(0),
        "column2": header.sectionSize(2),
        "tab": window.ui.tabs.currentIndex(),
        "prospect": window.detail.prospect_id,
        "splitter": window.ui.main_splitter.sizes(),
    }))
    if sys.argv[2] != "-":
        window.show_prospect(int(sys.argv[2]))
        window.ui.tabs.setCurrentIndex(CALENDAR_TAB)
        window.resize(1717, 1011)
        header.resizeSection(0, 263)
        header.resizeSection(2, 97)
        window.ui.main_splitter.setSizes([520, 1140])
        app.processEvents()
        print(json.dumps({"splitter": window.ui.main_splitter.sizes()}))
    window.close()
    """
)


def _start_desk(tmp_path, prospect_id: str) -> list[dict]:
    # The test platform's screen is 800 pixels square, smaller than the
    # window; these starts get a screen the size a shop's would be.
    screens = tmp_path / "screens.json"
    screens.write_text(json.dumps({"screens": [BIG_SCREEN]}), encoding="utf-8")
    env = dict(
        os.environ,
        FOLLOWUP_DESK_HOME=str(tmp_path),
        QT_QPA_PLATFORM=f"offscreen:configfile={screens}",
    )
    result = subprocess.run(
        [sys.executable, "-c", DESK, str(tmp_path / "t.sqlite3"), prospect_id],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines() if line[:1] == "{"]


def test_the_window_comes_back_as_it_was_left(ui_db, make_prospect, tmp_path):
    prospect = make_prospect(first_name="Zoë", last_name="Ångström")

    first_start = _start_desk(tmp_path, str(prospect.id))
    assert first_start[0]["prospect"] is None  # nothing remembered yet
    assert paths.settings_file().is_file()
    restored = _start_desk(tmp_path, "-")[0]

    assert restored["size"] == [1717, 1011]
    assert (restored["column0"], restored["column2"]) == (263, 97)
    assert restored["tab"] == CALENDAR_TAB
    assert restored["prospect"] == prospect.id
    assert restored["splitter"] == first_start[1]["splitter"]


def test_a_damaged_settings_file_gives_the_defaults(qtbot, qapp, ui_db):
    paths.settings_file().write_text(
        "[meta]\nversion=1\n[main_window]\ngeometry=@ByteArray(garbage)\n"
        "prospect_columns=wide, wider\nlast_tab=seven\nlast_prospect=-3\n"
        "[reminders]\nenabled=maybe\nminutes_ahead=soon\n",
        encoding="utf-8",
    )
    desk_settings.forget_upgrades()

    assert desk_settings.LAST_TAB.get() == 0
    assert desk_settings.PROSPECT_COLUMNS.get() == []
    assert desk_settings.REMINDERS_ENABLED.get() is True
    assert desk_settings.REMINDER_MINUTES.get() == 15
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.ui.tabs.currentIndex() == 0
    assert window.width() > 600  # the default size, not a broken one
    assert window.detail.prospect_id is None


def test_window_state_from_the_old_file_moves_over_once(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("FOLLOWUP_DESK_HOME", str(tmp_path))
    desk_settings.forget_upgrades()
    old = QSettings(
        str(paths.data_dir() / desk_settings.OLD_STATE_FILE), QSettings.Format.IniFormat
    )
    old.setValue("settings_dialog/geometry", QByteArray(b"\x01\x02geometry"))
    old.setValue("sign_in/last_name", "Zoë")
    old.sync()
    del old

    assert desk_settings.SIGN_IN_LAST_NAME.get() == "Zoë"
    geometry = desk_settings.dialog_geometry("settings_dialog").get()
    assert bytes(geometry.data()) == b"\x01\x02geometry"
    assert not (paths.data_dir() / desk_settings.OLD_STATE_FILE).exists()
    stored = QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)
    assert (
        int(stored.value(desk_settings.VERSION_KEY)) == desk_settings.SETTINGS_VERSION
    )


def test_a_setting_takes_only_its_own_type(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("FOLLOWUP_DESK_HOME", str(tmp_path))

    with pytest.raises(TypeError):
        desk_settings.REMINDER_MINUTES.set("15")
    desk_settings.REMINDER_MINUTES.set(5)
    desk_settings.PROSPECT_COLUMNS.set([120, 80])

    assert desk_settings.REMINDER_MINUTES.get() == 5
    assert desk_settings.PROSPECT_COLUMNS.get() == [120, 80]
    # Every setting is declared once, under its own key.
    keys = [setting.key for setting in desk_settings.ALL_SETTINGS]
    assert len(keys) == len(set(keys))
