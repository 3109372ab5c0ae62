"""Follow-up Desk: turn every first contact into a planned series of follow-ups."""

__version__ = "0.1.0"
