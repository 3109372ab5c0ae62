"""Light and dark colours, and icons that stay sharp at 200 %.

The dark scheme is checked in a process of its own, started dark, as the
app starts: the scheme is chosen once at start, and switching it back and
forth inside one process is not something the app does.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor

from followup_desk.ui import theme

DARK_START = textwrap.dedent(
    """
    import json
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication
    from followup_desk.ui import theme

    def lightness(icon):
        image = icon.pixmap(QSize(32, 32)).toImage()
        values = [
            image.pixelColor(x, y).lightness()
            for x in range(32) for y in range(32)
            if image.pixelColor(x, y).alpha() > 200
        ]
        return sum(values) // len(values)

    app = QApplication([])
    applied = theme.apply(app, "dark")
    palette = app.palette()
    print(json.dumps({
        "applied": applied,
        "current": theme.current_scheme(),
        "window": palette.color(QPalette.ColorRole.Window).lightness(),
        "text": palette.color(QPalette.ColorRole.Text).lightness(),
        "dark_surface_in_sheet": theme.DARK["surface"] in app.styleSheet(),
        "light_window_in_sheet": theme.LIGHT["window"] in app.styleSheet(),
        "danger": QColor(theme.DANGER).lightness(),
        "icon": lightness(theme.icon("phone")),
    }))
    """
)


def _lightness(icon) -> int:
    image = icon.pixmap(QSize(32, 32)).toImage()
    values = [
        image.pixelColor(x, y).lightness()
        for x in range(32)
        for y in range(32)
        if image.pixelColor(x, y).alpha() > 200
    ]
    return sum(values) // len(values)


def test_dark_colours_reach_the_palette_the_sheet_and_the_icons(tmp_path):
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", FOLLOWUP_DESK_HOME=str(tmp_path)
    )
    result = subprocess.run(
        [sys.executable, "-c", DARK_START],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    dark = json.loads(result.stdout.strip().splitlines()[-1])

    assert dark["applied"] == dark["current"] == "dark"
    assert dark["window"] < 60 and dark["text"] > 200
    assert dark["dark_surface_in_sheet"] and not dark["light_window_in_sheet"]
    # Status colours the tables use follow the scheme too.
    assert dark["danger"] > QColor(theme.LIGHT["danger"]).lightness()
    # Dark ink on a dark window would vanish: the icons are lightened.
    assert dark["icon"] > 150


def test_light_icons_keep_their_dark_ink(qapp):
    theme.apply(qapp, "light")
    assert theme.current_scheme() == "light"
    assert _lightness(theme.icon("phone")) < 120


def test_every_text_colour_stands_out_from_its_background():
    def contrast(a: str, b: str) -> float:
        def luminance(colour: str) -> float:
            parts = []
            for value in QColor(colour).getRgbF()[:3]:
                linear = (
                    value / 12.92
                    if value <= 0.03928
                    else ((value + 0.055) / 1.055) ** 2.4
                )
                parts.append(linear)
            return 0.2126 * parts[0] + 0.7152 * parts[1] + 0.0722 * parts[2]

        light, dark = sorted((luminance(a), luminance(b)), reverse=True)
        return (light + 0.05) / (dark + 0.05)

    for scheme in (theme.LIGHT, theme.DARK):
        for text in ("text", "muted", "header_text", "accent"):
            assert contrast(scheme[text], scheme["surface"]) >= 4.5, (text, scheme)
        assert contrast(scheme["text"], scheme["window"]) >= 7
        assert contrast(scheme["danger"], scheme["surface"]) >= 4.5


def test_icons_are_drawn_for_the_screen_scale(qapp):
    for colour in ("", "#ffffff"):
        icon = theme.icon("print", colour)
        sharp = icon.pixmap(QSize(20, 20), 2.0)
        assert sharp.devicePixelRatio() == 2.0
        assert sharp.width() == 40  # real pixels, not 20 blown up
