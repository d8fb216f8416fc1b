"""Notices owed by each step: inbox, pushes and mails, all fed from the outbox."""
