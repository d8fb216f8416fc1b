"""Persistence: engine, sessions, tables."""
