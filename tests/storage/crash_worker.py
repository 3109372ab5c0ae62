"""Run by the crash tests in a child process, which they kill half-way.

    python crash_worker.py backup DATABASE
    python crash_worker.py restore BACKUP DATABASE

Small steps and a pause after each give the test time to kill it mid-copy;
"step" lines on stdout say the copy has started.
"""

import sys
import time
from pathlib import Path

from followup_desk.storage import backup


def progress(done: int, total: int) -> None:
    print(f"step {done} {total}", flush=True)
    time.sleep(0.05)


def main() -> None:
    backup.STEP_PAGES = 8
    mode = sys.argv[1]
    if mode == "backup":
        backup.make_backup(Path(sys.argv[2]), "manual", progress=progress)
    else:
        backup.restore_into(Path(sys.argv[2]), Path(sys.argv[3]), None, progress)
    print("done", flush=True)


if __name__ == "__main__":
    main()
