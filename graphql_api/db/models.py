"""Tables. One source of truth for families and schools: no nightly synchronisation.

Times are stored in UTC (naive on SQLite, aware on PostgreSQL, always returned aware).
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, BigId, UTCDateTime

__all__ = ["Base", "BigId", "UTCDateTime"]  # re-exported: every table module builds on them


# --- Structure -----------------------------------------------------------------------------


class Academie(Base):
    __tablename__ = "academie"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    # Academic parameters (see DOMAIN.md): métier text and statut for pro/CAP, passerelle, ranking.
    allow_metier_text: Mapped[bool] = mapped_column(Boolean, default=True)
    allow_passerelle_pro: Mapped[bool] = mapped_column(Boolean, default=False)
    families_rank_specialites: Mapped[bool] = mapped_column(Boolean, default=False)
    # The territory's legal calendar (domain/territory.py): dates are read in this time zone and
    # these days are public holidays on top of the national ones ("MM-DD" or "GOOD_FRIDAY").
    time_zone: Mapped[str] = mapped_column(String(40), default="Europe/Paris")
    local_holidays: Mapped[list[Any]] = mapped_column(JSON, default=list)


class Campaign(Base):
    """The académie's campaign for one school year. One is CURRENT; past years are FROZEN."""

    __tablename__ = "campaign"
    __table_args__ = (UniqueConstraint("academie_id", "school_year"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    academie_id: Mapped[int] = mapped_column(ForeignKey("academie.id"), index=True)
    school_year: Mapped[str] = mapped_column(String(9))
    state: Mapped[str] = mapped_column(String(16))  # CURRENT | FROZEN
    opened_at: Mapped[dt.datetime]
    frozen_at: Mapped[dt.datetime | None]
    # Retention (services/retention.py): when this year's personal data was purged.
    purged_at: Mapped[dt.datetime | None]


class CampaignStatistics(Base):
    """Anonymous counts of a campaign year (services/statistics.Statistics), stored before the
    retention purge deletes the files they were computed from. ``scope_key``: "ACADEMIE" or
    "ETAB:<uai>", with an optional ":<palier>"."""

    __tablename__ = "campaign_statistics"
    __table_args__ = (UniqueConstraint("academie_id", "school_year", "scope_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    academie_id: Mapped[int] = mapped_column(ForeignKey("academie.id"), index=True)
    school_year: Mapped[str] = mapped_column(String(9))
    scope_key: Mapped[str] = mapped_column(String(60))
    computed_at: Mapped[dt.datetime]
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class PhaseWindow(Base):
    """The académie's calendar of one school year: when each phase of a palier is open."""

    __tablename__ = "phase_window"
    __table_args__ = (UniqueConstraint("academie_id", "school_year", "palier", "phase", name="uq_phase_window_year"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    academie_id: Mapped[int] = mapped_column(ForeignKey("academie.id"), index=True)
    school_year: Mapped[str] = mapped_column(String(9))
    palier: Mapped[str] = mapped_column(String(16))  # 3EME | 2NDE_GT
    phase: Mapped[str] = mapped_column(String(16))  # PROVISOIRE | DEFINITIVE
    starts_at: Mapped[dt.datetime]
    ends_at: Mapped[dt.datetime]


class Etablissement(Base):
    __tablename__ = "etablissement"
    id: Mapped[int] = mapped_column(primary_key=True)
    uai: Mapped[str] = mapped_column(String(8), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    academie_id: Mapped[int] = mapped_column(ForeignKey("academie.id"), index=True)
    teleservice_open: Mapped[bool] = mapped_column(Boolean, default=False)
    # The campaign year the switch was set for: a new year starts closed (see services/campaigns).
    teleservice_school_year: Mapped[str | None] = mapped_column(String(9))
    teleservice_changed_at: Mapped[dt.datetime | None]
    expected_reopening_on: Mapped[dt.date | None] = mapped_column(Date)
    closure_message: Mapped[str | None] = mapped_column(String(500))
    signature_image: Mapped[bytes | None] = mapped_column(LargeBinary)
    signature_mime: Mapped[str | None] = mapped_column(String(40))
    # From the national directory (Annuaire de l'éducation); None for rows entered otherwise.
    kind: Mapped[str | None] = mapped_column(String(40))  # Collège, Lycée, EREA
    sector: Mapped[str | None] = mapped_column(String(20))  # PUBLIC | PRIVE_SOUS_CONTRAT
    commune: Mapped[str | None] = mapped_column(String(80))
    has_troisieme: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    has_seconde_gt: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class Division(Base):
    __tablename__ = "division"
    __table_args__ = (UniqueConstraint("etablissement_id", "code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    etablissement_id: Mapped[int] = mapped_column(ForeignKey("etablissement.id"), index=True)
    code: Mapped[str] = mapped_column(String(20))
    palier: Mapped[str] = mapped_column(String(16))


class Pupil(Base):
    """A pupil's file for one school year. The INE is the pupil across years: last year's 3e
    file and this year's 2de GT file are two rows with the same INE."""

    __tablename__ = "pupil"
    __table_args__ = (
        UniqueConstraint("ine", "school_year", name="uq_pupil_ine_school_year"),
        Index("ix_pupil_school_year_etablissement", "school_year", "etablissement_id"),
    )
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    ine: Mapped[str] = mapped_column(String(11), index=True)
    school_year: Mapped[str] = mapped_column(String(9))
    last_name: Mapped[str] = mapped_column(String(100))
    first_name: Mapped[str] = mapped_column(String(100))
    birth_date: Mapped[dt.date] = mapped_column(Date)
    mef: Mapped[str] = mapped_column(String(11))
    palier: Mapped[str] = mapped_column(String(16))
    etablissement_id: Mapped[int] = mapped_column(ForeignKey("etablissement.id"), index=True)
    division_id: Mapped[int | None] = mapped_column(ForeignKey("division.id"), index=True)
    segpa: Mapped[bool] = mapped_column(Boolean, default=False)
    ulis: Mapped[bool] = mapped_column(Boolean, default=False)
    prepa_metiers: Mapped[bool] = mapped_column(Boolean, default=False)
    hors_procedure_reason: Mapped[str | None] = mapped_column(String(500))
    left_on: Mapped[dt.date | None] = mapped_column(Date)
    pp_interview_on: Mapped[dt.date | None] = mapped_column(Date)
    # The guardian "qui a la main": set once, race-free, by the first validation.
    entering_guardian_id: Mapped[int | None] = mapped_column(
        ForeignKey("account.id", name="pupil_entering_guardian_id_fkey", use_alter=True)  # account <-> pupil cycle
    )
    version: Mapped[int] = mapped_column(Integer, default=0)


class Account(Base):
    """Anyone who logs in. Guardians and pupils through the téléservice, staff, académie."""

    __tablename__ = "account"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    login: Mapped[str | None] = mapped_column(String(120), unique=True)
    password_hash: Mapped[str | None] = mapped_column(String(200))
    oidc_subject: Mapped[str | None] = mapped_column(String(200), unique=True)
    role: Mapped[str] = mapped_column(String(16))  # GUARDIAN | PUPIL | STAFF | ACADEMIE
    staff_function: Mapped[str | None] = mapped_column(String(16))  # HEAD | TEACHER | SECRETARY
    delegated: Mapped[bool] = mapped_column(Boolean, default=False)
    civility: Mapped[str | None] = mapped_column(String(8))
    last_name: Mapped[str] = mapped_column(String(100))
    first_name: Mapped[str] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(254))
    etablissement_id: Mapped[int | None] = mapped_column(ForeignKey("etablissement.id"), index=True)
    academie_id: Mapped[int | None] = mapped_column(ForeignKey("academie.id"))
    pupil_id: Mapped[int | None] = mapped_column(ForeignKey("pupil.id"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None]


class Guardianship(Base):
    __tablename__ = "guardianship"
    __table_args__ = (UniqueConstraint("pupil_id", "account_id"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupil.id"), index=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"), index=True)
    level: Mapped[int] = mapped_column(Integer, default=1)  # SIECLE NIVEAU_RESPONSABILITE


class PrincipalTeacher(Base):
    """PP of a division, as known from the timetable export (STS)."""

    __tablename__ = "principal_teacher"
    __table_args__ = (UniqueConstraint("account_id", "division_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"), index=True)
    division_id: Mapped[int] = mapped_column(ForeignKey("division.id"), index=True)


class AuthSession(Base):
    """One login. The recap mail is sent when it ends (logout) or goes idle."""

    __tablename__ = "auth_session"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"), index=True)
    created_at: Mapped[dt.datetime]
    ended_at: Mapped[dt.datetime | None]


# --- Nomenclatures (data, not code) ------------------------------------------------------------


class Voie(Base):
    __tablename__ = "voie"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    palier: Mapped[str] = mapped_column(String(16))  # palier the request is made from
    label: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))  # GT | PRO | CAP | GENERALE | TECHNO | BT | PASSERELLE
    rank: Mapped[int] = mapped_column(Integer, default=0)  # display order
    allows_metier: Mapped[bool] = mapped_column(Boolean, default=False)
    requires_serie: Mapped[bool] = mapped_column(Boolean, default=False)
    has_specialites: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Serie(Base):
    __tablename__ = "serie"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    voie_code: Mapped[str] = mapped_column(ForeignKey("voie.code"))
    label: Mapped[str] = mapped_column(String(200))
    options: Mapped[list[Any] | None] = mapped_column(JSON)  # e.g. STL: BIOTECH, SPCL
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Specialite(Base):
    __tablename__ = "specialite"
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    label: Mapped[str] = mapped_column(String(200))
    family: Mapped[str | None] = mapped_column(String(40))  # ARTS, LLCER… groups per domain/language
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    valid_from: Mapped[dt.date | None] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)


class OfferedSpecialite(Base):
    __tablename__ = "offered_specialite"
    __table_args__ = (UniqueConstraint("etablissement_id", "specialite_code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    etablissement_id: Mapped[int] = mapped_column(ForeignKey("etablissement.id"), index=True)
    specialite_code: Mapped[str] = mapped_column(ForeignKey("specialite.code"))


# --- The procedure -----------------------------------------------------------------------------


class RequestSet(Base):
    """A validated set of requests for one phase (intentions provisoires or choix définitifs)."""

    __tablename__ = "request_set"
    __table_args__ = (UniqueConstraint("pupil_id", "phase"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupil.id"), index=True)
    phase: Mapped[str] = mapped_column(String(16))
    validated_at: Mapped[dt.datetime]
    validated_by_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    channel: Mapped[str] = mapped_column(String(16))  # TELESERVICE | PAPER
    paper_form_received_on: Mapped[dt.date | None] = mapped_column(Date)
    revision: Mapped[int] = mapped_column(Integer, default=1)


class Request(Base):
    """One ranked intention or choix définitif."""

    __tablename__ = "request"
    __table_args__ = (UniqueConstraint("set_id", "rank"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    set_id: Mapped[int] = mapped_column(ForeignKey("request_set.id", ondelete="CASCADE"), index=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupil.id"), index=True)
    phase: Mapped[str] = mapped_column(String(16))
    rank: Mapped[int] = mapped_column(Integer)
    voie_code: Mapped[str] = mapped_column(ForeignKey("voie.code"))
    serie_code: Mapped[str | None] = mapped_column(ForeignKey("serie.code"))
    serie_option: Mapped[str | None] = mapped_column(String(40))
    metier: Mapped[str | None] = mapped_column(String(200))
    statut_scolaire: Mapped[bool] = mapped_column(Boolean, default=False)
    statut_apprenti: Mapped[bool] = mapped_column(Boolean, default=False)


class RequestSpecialite(Base):
    __tablename__ = "request_specialite"
    __table_args__ = (UniqueConstraint("request_id", "specialite_code"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("request.id", ondelete="CASCADE"), index=True)
    specialite_code: Mapped[str] = mapped_column(ForeignKey("specialite.code"))
    rank: Mapped[int | None] = mapped_column(Integer)  # None when checked (unordered)
    offered: Mapped[bool] = mapped_column(Boolean, default=True)


class CouncilAnswer(Base):
    """The conseil de classe's answer for a phase: avis provisoires or propositions."""

    __tablename__ = "council_answer"
    __table_args__ = (UniqueConstraint("pupil_id", "phase"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupil.id"), index=True)
    phase: Mapped[str] = mapped_column(String(16))
    recommendation_voie_code: Mapped[str | None] = mapped_column(ForeignKey("voie.code"))
    recommendation_serie_code: Mapped[str | None] = mapped_column(ForeignKey("serie.code"))
    recommendation_metier: Mapped[str | None] = mapped_column(String(200))
    motivation: Mapped[str | None] = mapped_column(Text)
    entered_at: Mapped[dt.datetime]
    entered_by_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    request_revision: Mapped[int] = mapped_column(Integer, default=0)
    published_at: Mapped[dt.datetime | None]
    acknowledged_at: Mapped[dt.datetime | None]
    acknowledged_by_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    acknowledgement_channel: Mapped[str | None] = mapped_column(String(16))
    details: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # e.g. spécialité recommendations


class Avis(Base):
    """One avis (or proposition) per requested voie, by rank."""

    __tablename__ = "avis"
    __table_args__ = (UniqueConstraint("answer_id", "rank"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    answer_id: Mapped[int] = mapped_column(ForeignKey("council_answer.id", ondelete="CASCADE"), index=True)
    rank: Mapped[int] = mapped_column(Integer)
    value: Mapped[str] = mapped_column(String(16))  # FAVORABLE | RESERVE | DEFAVORABLE
    advised_metier: Mapped[str | None] = mapped_column(String(200))


class PupilStep(Base):
    """Phase-2 and other dated steps of a pupil's file: answer, entretien, décision, appel…

    Kept as typed rows rather than columns so each step carries who, when and how.
    """

    __tablename__ = "pupil_step"
    __table_args__ = (
        Index("ix_pupil_step_pupil_kind", "pupil_id", "kind"),
        # The appeal-deadline reminder reads recent décisions at every dispatcher pass.
        Index("ix_pupil_step_kind_at", "kind", "at"),
    )
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupil.id"))
    kind: Mapped[str] = mapped_column(String(32))
    at: Mapped[dt.datetime]
    by_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    channel: Mapped[str] = mapped_column(String(16), default="STAFF")
    data: Mapped[dict[str, Any] | None] = mapped_column(JSON)


# --- Events, inbox, mail, audit ------------------------------------------------------------------


class OutboxEvent(Base):
    """Written in the same transaction as the change it describes."""

    __tablename__ = "outbox_event"
    __table_args__ = (
        Index("ix_outbox_unprocessed", "processed_at", "id"),
        Index("ix_outbox_unpublished", "published_at", "id"),
    )
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    occurred_at: Mapped[dt.datetime]
    type: Mapped[str] = mapped_column(String(40))
    academie_id: Mapped[int | None] = mapped_column(Integer)
    etablissement_id: Mapped[int | None] = mapped_column(Integer, index=True)
    division_id: Mapped[int | None] = mapped_column(Integer)
    pupil_id: Mapped[int | None] = mapped_column(BigInteger().with_variant(Integer(), "sqlite"), index=True)
    actor_account_id: Mapped[int | None] = mapped_column(BigInteger().with_variant(Integer(), "sqlite"))
    session_id: Mapped[str | None] = mapped_column(String(40))
    channel: Mapped[str] = mapped_column(String(16), default="TELESERVICE")
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    processed_at: Mapped[dt.datetime | None]
    published_at: Mapped[dt.datetime | None]
    publish_attempts: Mapped[int] = mapped_column(Integer, default=0)


class Notification(Base):
    """The inbox: every notice a user is owed."""

    __tablename__ = "notification"
    __table_args__ = (
        UniqueConstraint("account_id", "event_id"),
        Index("ix_notification_account", "account_id", "id"),
    )
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    event_id: Mapped[int] = mapped_column(ForeignKey("outbox_event.id"))
    pupil_id: Mapped[int | None] = mapped_column(ForeignKey("pupil.id"))
    kind: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    link_path: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[dt.datetime]
    read_at: Mapped[dt.datetime | None]


class OutgoingMail(Base):
    __tablename__ = "outgoing_mail"
    __table_args__ = (Index("ix_mail_pending", "status", "send_after"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("outbox_event.id"))
    kind: Mapped[str] = mapped_column(String(40))
    account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    pupil_id: Mapped[int | None] = mapped_column(ForeignKey("pupil.id"), index=True)
    to_address: Mapped[str] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(String(300))
    body_text: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str] = mapped_column(Text)
    message_id: Mapped[str] = mapped_column(String(200), unique=True)
    # Recaps are coalesced per session: one row per (pupil, session, recipient), updated in place.
    coalesce_key: Mapped[str | None] = mapped_column(String(200), unique=True)
    session_id: Mapped[str | None] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(16), default="PENDING")  # PENDING | SENT | FAILED
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    send_after: Mapped[dt.datetime]
    # Next time a sender may take it (retry backoff); reset when the relay comes back.
    retry_at: Mapped[dt.datetime | None]
    # The lease of the sender that claimed it: a crashed sender's claim expires.
    claimed_until: Mapped[dt.datetime | None]
    last_error: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[dt.datetime]
    sent_at: Mapped[dt.datetime | None]


class AuditEntry(Base):
    """Every write: who, when, through which channel."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_pupil", "pupil_id", "id"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime]
    account_id: Mapped[int | None] = mapped_column(BigInteger().with_variant(Integer(), "sqlite"))
    pupil_id: Mapped[int | None] = mapped_column(BigInteger().with_variant(Integer(), "sqlite"))
    etablissement_id: Mapped[int | None] = mapped_column(Integer)
    channel: Mapped[str] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(String(60))
    event_id: Mapped[int | None] = mapped_column(BigInteger().with_variant(Integer(), "sqlite"))
    # The event the write recorded, set by the unit of work once the event has its id.
    event: Mapped[OutboxEvent | None] = relationship(primaryjoin="foreign(AuditEntry.event_id) == OutboxEvent.id")


from . import models_staff  # noqa: E402,F401
from . import models_notices  # noqa: E402,F401
from . import models_ops  # noqa: E402,F401
from . import models_dashboard  # noqa: E402,F401
