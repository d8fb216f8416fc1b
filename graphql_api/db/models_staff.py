"""Tables of the staff tools: SIECLE identifiers and the MEF nomenclature."""
from __future__ import annotations

from sqlalchemy import BigInteger, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, BigId


class SiecleLink(Base):
    """A SIECLE/STS identifier (ELEVE_ID, PERSONNE_ID, INDIVIDU ID) and the row it became here.

    Re-imports find their rows through it, so a file imported twice never duplicates anyone.
    """

    __tablename__ = "siecle_link"
    __table_args__ = (UniqueConstraint("etablissement_id", "kind", "siecle_id"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    etablissement_id: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))  # ELEVE | PERSONNE | INDIVIDU
    siecle_id: Mapped[str] = mapped_column(String(40))
    local_id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer(), "sqlite"))


class Mef(Base):
    """MEF codes from BEE_NOMENCLATURES: which palier (if any) a pupil's programme belongs to."""

    __tablename__ = "mef"
    code: Mapped[str] = mapped_column(String(11), primary_key=True)
    label: Mapped[str] = mapped_column(String(200))
    formation: Mapped[str | None] = mapped_column(String(100))
    palier: Mapped[str | None] = mapped_column(String(16))
    segpa: Mapped[bool] = mapped_column(default=False)
