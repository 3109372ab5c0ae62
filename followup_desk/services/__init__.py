"""One function per user action; the UI and the CLI both call these."""
