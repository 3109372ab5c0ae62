"""Allow ``python -m followup_desk``."""

from followup_desk.cli import main

raise SystemExit(main())
