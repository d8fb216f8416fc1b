"""Live dashboard counters (services/dashboard.py): what each pupil contributes, and the sums.

A pupil's contribution (a small {key: count} map) is stored with the scope it was counted in,
so a change subtracts exactly what was added before, even when the pupil moved or left.
Both carry the campaign year of the file (each year's file is its own pupil row): after a
rollover, last year's sums stay apart from this year's.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, BigInteger, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base

PupilKey = BigInteger().with_variant(Integer(), "sqlite")


class DashboardPupil(Base):
    __tablename__ = "dashboard_pupil"
    pupil_id: Mapped[int] = mapped_column(PupilKey, primary_key=True, autoincrement=False)
    school_year: Mapped[str] = mapped_column(String(9))
    academie_id: Mapped[int] = mapped_column(Integer)
    etablissement_id: Mapped[int] = mapped_column(Integer, index=True)
    division_id: Mapped[int | None] = mapped_column(Integer)
    palier: Mapped[str] = mapped_column(String(16))
    counts: Mapped[dict[str, Any]] = mapped_column(JSON)


class DashboardCounter(Base):
    """One sum: level A (académie), E (establishment), D (division), N (establishment's pupils
    without a division); scope_id is the académie, establishment or division id; school_year the
    campaign year of the files summed."""

    __tablename__ = "dashboard_counter"
    __table_args__ = (Index("ix_dashboard_counter_key", "level", "school_year", "key"),)
    level: Mapped[str] = mapped_column(String(1), primary_key=True)
    scope_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    school_year: Mapped[str] = mapped_column(String(9), primary_key=True)
    palier: Mapped[str] = mapped_column(String(16), primary_key=True)
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    n: Mapped[int] = mapped_column(BigInteger, default=0)


class DashboardEtablissement(Base):
    """An establishment's line of the académie breakdown, per campaign year and palier: its
    level-E counters of the three keys the breakdown shows ("pupils", "sets" PROVISOIRE and
    DEFINITIVE), kept by the same upserts in the same transaction (services/dashboard._apply),
    so the breakdown reads one narrow row per establishment instead of summing counter rows."""

    __tablename__ = "dashboard_etablissement"
    etablissement_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    school_year: Mapped[str] = mapped_column(String(9), primary_key=True)
    palier: Mapped[str] = mapped_column(String(16), primary_key=True)
    pupils: Mapped[int] = mapped_column(Integer, default=0)
    validated_intentions: Mapped[int] = mapped_column(Integer, default=0)
    validated_choices: Mapped[int] = mapped_column(Integer, default=0)
