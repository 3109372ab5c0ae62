"""The Linux one-folder bundle: built with PyInstaller, then started on its own.

Building takes one to three minutes, so it runs when FOLLOWUP_DESK_TEST_BUNDLE
is set; ``.ci/run`` sets it. The bundle is started from a copy outside the
source tree, so it cannot lean on the checkout's resources or forms.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from followup_desk import __version__

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "followup-desk.spec"

pytestmark = [
    pytest.mark.skipif(
        not os.environ.get("FOLLOWUP_DESK_TEST_BUNDLE"),
        reason="set FOLLOWUP_DESK_TEST_BUNDLE=1 to build and start the bundle",
    ),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux bundle"),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    pytest.importorskip("PyInstaller")
    work = tmp_path_factory.mktemp("bundle")
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "translations.py")],
        check=True,
        capture_output=True,
    )
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(SPEC),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    # Moved away from the checkout: only what the bundle holds is there.
    moved = work / "elsewhere" / "followup-desk"
    shutil.move(work / "dist" / "followup-desk", moved)
    return moved


def _run(bundle: Path, *args: str, home: Path) -> subprocess.CompletedProcess:
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "FOLLOWUP_DESK_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }
    return subprocess.run(
        [str(bundle / "followup-desk"), *args],
        env=env,
        cwd=home,
        capture_output=True,
        text=True,
        timeout=180,
    )


def test_the_bundle_holds_what_the_app_reads(bundle):
    inside = bundle / "_internal"
    assert (inside / "forms" / "main_window.ui").is_file()
    assert (inside / "forms" / "first_run_welcome.ui").is_file()
    assert (inside / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert (inside / "resources" / "default_plan.json").is_file()
    assert (inside / "resources" / "translations" / "followup_desk_de.qm").is_file()
    assert not (inside / "tests").exists()


def test_the_bundle_says_its_version(bundle, tmp_path):
    result = _run(bundle, "--version", home=tmp_path)

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"followup-desk {__version__}"


def test_the_bundle_opens_its_window_and_prints(bundle, tmp_path):
    result = _run(bundle, "--self-test", home=tmp_path)

    assert result.returncode == 0, result.stderr + (
        (tmp_path / "logs" / "followup-desk.log").read_text(encoding="utf-8")
    )
    assert "the window opened and closed normally" in result.stdout
    log = (tmp_path / "logs" / "followup-desk.log").read_text(encoding="utf-8")
    assert "Window open on" in log
    assert "Self-test: printed" in log
    printed = list((tmp_path / "documents").glob("self-test-*.pdf"))
    assert printed and printed[0].read_bytes().startswith(b"%PDF")
    # The sample shop went into its own file, not the real database.
    assert (tmp_path / "data" / "sample-shop" / "sample-shop.sqlite3").is_file()


def test_the_bundle_runs_the_commands_too(bundle, tmp_path):
    database = tmp_path / "shop.sqlite3"
    settings = _run(
        bundle,
        "--database",
        str(database),
        "settings",
        "--name",
        "Ελληνικά Έπιπλα & Co",
        "--country",
        "GR",
        home=tmp_path,
    )
    assert settings.returncode == 0, settings.stderr

    agenda = _run(
        bundle, "--database", str(database), "agenda", "--json", home=tmp_path
    )
    assert agenda.returncode == 0, agenda.stderr
    assert agenda.stdout.strip().startswith(("[", "{"))
