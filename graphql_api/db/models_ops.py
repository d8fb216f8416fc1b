"""Operational tables: staff reads of pupils' files (CNIL access log) and write rate limiting."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, BigId


class ReadAuditEntry(Base):
    """A member of staff read a pupil's file. Kept apart from the write audit (audit_entry):
    it is much larger, has its own retention (READ_AUDIT_RETENTION_DAYS) and is purged."""

    __tablename__ = "read_audit_entry"
    __table_args__ = (Index("ix_read_audit_pupil", "pupil_id", "at"), Index("ix_read_audit_at", "at"))
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime]
    account_id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer(), "sqlite"))
    pupil_id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer(), "sqlite"))
    etablissement_id: Mapped[int | None] = mapped_column(Integer)
    operation: Mapped[str] = mapped_column(String(100))


class RateLimitHit(Base):
    """One write attempt by an account (sliding window when Redis is not configured)."""

    __tablename__ = "rate_limit_hit"
    __table_args__ = (Index("ix_rate_limit_account_at", "account_id", "at"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    account_id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer(), "sqlite"))
    at: Mapped[dt.datetime]


class EndedExternalSession(Base):
    """An external (OpenID Connect) token whose holder logged out: kept until the token's own
    expiry, so the token is refused until then. `key` is `sid:<sid>` (every token of that
    identity-provider session) or `token:<sha256>` (that token alone)."""

    __tablename__ = "ended_external_session"
    __table_args__ = (Index("ix_ended_external_session_expires", "expires_at"),)
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    account_id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer(), "sqlite"))
    ended_at: Mapped[dt.datetime]
    expires_at: Mapped[dt.datetime]


class LoginAttempt(Base):
    """A failed login from one client address (the per-address limit against password
    spraying when Redis is not configured)."""

    __tablename__ = "login_attempt"
    __table_args__ = (Index("ix_login_attempt_address_at", "address", "at"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    address: Mapped[str] = mapped_column(String(64))
    at: Mapped[dt.datetime]
class IdempotencyRecord(Base):
    """The answer to a mutation sent with an idempotency key, committed with its writes: a retry
    with the same key by the same account gets this answer and writes nothing more. Kept
    IDEMPOTENCY_TTL_SECONDS, then purged."""

    __tablename__ = "idempotency_record"
    __table_args__ = (
        UniqueConstraint("account_id", "key", name="uq_idempotency_account_key"),
        Index("ix_idempotency_expires_at", "expires_at"),
    )
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    account_id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer(), "sqlite"))
    key: Mapped[str] = mapped_column(String(200))
    # sha256 of the operation (name, document, variables): the same key for another request is refused.
    fingerprint: Mapped[str] = mapped_column(String(64))
    response: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime]
    expires_at: Mapped[dt.datetime]
