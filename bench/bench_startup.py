"""Start-up figures of the desktop app, on a shop-sized database.

    python bench/bench_startup.py /tmp/shop.sqlite3

Copies the database first (opening may upgrade it), then measures in fresh
processes, each number the median of a few runs:

* ``import_ms``: importing the window's modules (Qt included);
* ``window_painted_ms``: from the process start to the main window painted,
  through ``ui.app.run`` (single-instance check, settings, database, window);
* ``holidays_loaded_at_start``: whether the slow ``holidays`` package was
  imported before the window was painted (it should not be);
* ``hand_over_ms``: a second start finding the first and quitting;
* ``settings_ms``: reading every declared setting once.

Prints one JSON line.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

RUNS = 3

PAINT = textwrap.dedent(
    """
    import time
    started = time.perf_counter()
    import json, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from followup_desk.ui import app as app_module
    imported = time.perf_counter()
    result = {}

    def painted(window):
        def measure():
            window.repaint()
            result["painted"] = time.perf_counter()
            result["holidays"] = "holidays" in sys.modules
            QApplication.quit()
        QTimer.singleShot(0, measure)

    original = app_module.Desk._open_window
    def open_window(self):
        original(self)
        painted(self.window)
    app_module.Desk._open_window = open_window
    app_module.ask = lambda dialog: 1
    code = app_module.run(sys.argv[1])
    print(json.dumps({
        "import_ms": (imported - started) * 1000,
        "window_painted_ms": (result["painted"] - started) * 1000,
        "holidays": result["holidays"],
        "code": code,
    }))
    """
)

SETTINGS = textwrap.dedent(
    """
    import json, time
    from PySide6.QtCore import QCoreApplication
    app = QCoreApplication([])
    from followup_desk.ui import desk_settings
    desk_settings.store()
    started = time.perf_counter()
    for setting in desk_settings.ALL_SETTINGS:
        setting.get()
    print(json.dumps({"settings_ms": (time.perf_counter() - started) * 1000}))
    """
)

LISTEN = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication
    from followup_desk.ui.single_instance import SingleInstance
    app = QApplication([])
    instance = SingleInstance()
    instance.listen()
    instance.activation_requested.connect(lambda args: None)
    print("listening", flush=True)
    app.exec()
    """
)


def _run(code: str, *args: str, env: dict) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="followup-startup-"))
    database = work / "shop.sqlite3"
    shutil.copyfile(sys.argv[1], database)
    env = dict(
        os.environ,
        FOLLOWUP_DESK_HOME=str(work / "home"),
        QT_QPA_PLATFORM="offscreen",
    )
    # An installed app starts from compiled bytecode (pip and the bundle write
    # it); a shell that forbids writing it would time the compiler instead.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    # The first open may upgrade and back up the copy: not part of a start.
    _run(PAINT, str(database), env=env)

    paints = [_run(PAINT, str(database), env=env) for _ in range(RUNS)]
    settings = [_run(SETTINGS, env=env)["settings_ms"] for _ in range(RUNS)]

    listener = subprocess.Popen(
        [sys.executable, "-c", LISTEN],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    listener.stdout.readline()
    hand_overs = []
    for _ in range(RUNS):
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "followup_desk", "--database", str(database)],
            env=env,
            check=True,
            timeout=120,
        )
        hand_overs.append((time.perf_counter() - started) * 1000)
    listener.terminate()
    listener.wait()
    shutil.rmtree(work, ignore_errors=True)

    print(
        json.dumps(
            {
                "import_ms": round(statistics.median(p["import_ms"] for p in paints)),
                "window_painted_ms": round(
                    statistics.median(p["window_painted_ms"] for p in paints)
                ),
                "holidays_loaded_at_start": any(p["holidays"] for p in paints),
                "hand_over_ms": round(statistics.median(hand_overs)),
                "settings_ms": round(statistics.median(settings), 2),
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
