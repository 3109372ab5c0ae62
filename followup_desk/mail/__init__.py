"""E-mail: templates, message building, SMTP sending, the outbox and the keyring.

Nothing here imports Qt. The services in ``followup_desk.services.mail`` are
what the window and the command line call.
"""
