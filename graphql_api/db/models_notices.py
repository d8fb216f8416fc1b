"""Académie notices attached to a voie or série, and the record of who was told (idempotence)."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, BigId


class AcademieNotice(Base):
    """E.g. 'STD2A: admission file to send to the lycée before …' for families requesting it."""

    __tablename__ = "academie_notice"
    id: Mapped[int] = mapped_column(primary_key=True)
    academie_id: Mapped[int] = mapped_column(ForeignKey("academie.id"), index=True)
    voie_code: Mapped[str] = mapped_column(ForeignKey("voie.code"))
    serie_code: Mapped[str | None] = mapped_column(ForeignKey("serie.code"))
    title: Mapped[str] = mapped_column(String(150))
    body: Mapped[str] = mapped_column(Text)
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    remind_days_before: Mapped[int] = mapped_column(Integer, default=3)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime]
    created_by_id: Mapped[int] = mapped_column(ForeignKey("account.id"))


class AcademieNoticeDelivery(Base):
    """One row per notice, pupil and occasion (VALIDATED, REMINDER): a family is told once each."""

    __tablename__ = "academie_notice_delivery"
    __table_args__ = (UniqueConstraint("notice_id", "pupil_id", "occasion"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("academie_notice.id"), index=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupil.id"))
    occasion: Mapped[str] = mapped_column(String(16))
    at: Mapped[dt.datetime]
