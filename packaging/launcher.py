"""Entry point of the frozen app: the same ``main`` as the ``followup-desk`` command."""

from followup_desk.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
