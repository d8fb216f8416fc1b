"""The one authorization policy. Every resolver and service asks it; nothing else decides.

Two questions, always in this order:
1. scope — which pupils may this principal see at all? Answered as a SQL clause, so role
   filtering happens in the query (a pupil outside the scope is "not found", never "forbidden",
   which would leak its existence);
2. action — may this principal perform this action on a pupil (or establishment) in scope?
   Answered by the RULES table below, one line per action.
Procedure rules that depend on the file's state (who has the hand, phase, switch) are domain
rules (``domain/family.py``), checked by the services after this policy.
"""
from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, bindparam, exists, false, select

from .db.models import Campaign, Etablissement, Guardianship, PrincipalTeacher, Pupil
from .domain.errors import FORBIDDEN, NOT_FOUND, UNAUTHENTICATED, DomainError
from .domain.family import MSG_PUPIL_CANNOT_WRITE
from .domain.texts import errors as texts
from .domain.vocabulary import Role, StaffFunction


@dataclass(frozen=True)
class AccountProfile:
    """The account's own details, read with the principal: `me` answers from them."""

    first_name: str
    last_name: str
    email: str | None


@dataclass(frozen=True)
class Principal:
    account_id: int
    role: Role
    etablissement_id: int | None = None
    academie_id: int | None = None
    staff_function: StaffFunction | None = None
    delegated: bool = False
    pupil_id: int | None = None  # the pupil's own account
    child_ids: frozenset[int] = field(default_factory=frozenset)
    division_ids: frozenset[int] = field(default_factory=frozenset)  # divisions this PP follows
    # The schools of the pupils a family follows (pupil id, establishment id), read with them:
    # a live subscription knows its whole scope without a query. None: not read (the caller
    # built the principal by hand; the subscription then reads the schools itself).
    family_schools: tuple[tuple[int, int], ...] | None = field(default=None, compare=False)
    session_id: str | None = None
    # An external token's keys: logout records them as ended (auth.VerifiedToken, sessions.py).
    external_keys: tuple[str, ...] = field(default=(), compare=False)
    expires_at: dt.datetime | None = field(default=None, compare=False)  # the token's expiry
    profile: AccountProfile | None = field(default=None, compare=False)

    @property
    def has_head_rights(self) -> bool:
        """The head, and staff the head delegated: every class of the establishment."""
        return self.role is Role.STAFF and (self.staff_function is StaffFunction.HEAD or self.delegated)

    @property
    def is_secretary(self) -> bool:
        return self.role is Role.STAFF and self.staff_function is StaffFunction.SECRETARY

    @property
    def is_staff(self) -> bool:
        return self.role is Role.STAFF


class Action(str, enum.Enum):
    READ_PUPIL = "READ_PUPIL"
    VALIDATE_INTENTIONS = "VALIDATE_INTENTIONS"
    ACKNOWLEDGE_AVIS = "ACKNOWLEDGE_AVIS"
    ENTER_PAPER_REQUESTS = "ENTER_PAPER_REQUESTS"
    RECORD_PAPER_ACKNOWLEDGEMENT = "RECORD_PAPER_ACKNOWLEDGEMENT"
    ENTER_AVIS = "ENTER_AVIS"
    READ_DRAFT_AVIS = "READ_DRAFT_AVIS"
    SET_TELESERVICE = "SET_TELESERVICE"
    READ_ETABLISSEMENT = "READ_ETABLISSEMENT"
    FOLLOW_ETABLISSEMENT = "FOLLOW_ETABLISSEMENT"  # staff lists (e.g. families who validated nothing)
    MANAGE_CALENDAR = "MANAGE_CALENDAR"
    READ_STATISTICS = "READ_STATISTICS"
    READ_OWN_NOTIFICATIONS = "READ_OWN_NOTIFICATIONS"
    # Phase 2 and the rest of the procedure (issue 3).
    VALIDATE_CHOICES = "VALIDATE_CHOICES"
    ANSWER_PROPOSITION = "ANSWER_PROPOSITION"
    ENTER_PROPOSITION = "ENTER_PROPOSITION"
    RECORD_HEAD_INTERVIEW = "RECORD_HEAD_INTERVIEW"
    TAKE_DECISION = "TAKE_DECISION"
    FILE_APPEAL = "FILE_APPEAL"  # the family online, or the school recording a paper appeal
    RECORD_APPEAL_OUTCOME = "RECORD_APPEAL_OUTCOME"
    REQUEST_MAINTIEN = "REQUEST_MAINTIEN"
    RECORD_GUARDIAN_DISAGREEMENT = "RECORD_GUARDIAN_DISAGREEMENT"
    SET_HORS_PROCEDURE = "SET_HORS_PROCEDURE"
    SET_PP_INTERVIEW = "SET_PP_INTERVIEW"
    READ_AUDIT = "READ_AUDIT"
    MANAGE_NOMENCLATURE = "MANAGE_NOMENCLATURE"
    SET_OFFERED_SPECIALITES = "SET_OFFERED_SPECIALITES"
    CHECK_ETABLISSEMENT = "CHECK_ETABLISSEMENT"
    MANAGE_DELEGATION = "MANAGE_DELEGATION"  # grant/withdraw the head's rights, list the staff
    EXPORT_PUPILS = "EXPORT_PUPILS"  # CSV/XLSX lists, liste de tous les vœux (rows still go through pupil_scope)
    PRINT_FICHES = "PRINT_FICHES"  # fiches de dialogue (PDF)
    UPLOAD_SIGNATURE = "UPLOAD_SIGNATURE"
    FOLLOW_LIVE_FEED = "FOLLOW_LIVE_FEED"  # staff live feed; its events are filtered by pupil scope
    READ_FAILED_MAILS = "READ_FAILED_MAILS"  # the school sees mails it must replace by another contact
    MANAGE_ACADEMIE_NOTICES = "MANAGE_ACADEMIE_NOTICES"
    RECORD_PASSERELLE_OPINION = "RECORD_PASSERELLE_OPINION"  # the host establishment's head, on a passerelle request
    READ_ACADEMIE_PARAMETERS = "READ_ACADEMIE_PARAMETERS"  # the académie, and staff of its establishments
    MANAGE_ACADEMIE_PARAMETERS = "MANAGE_ACADEMIE_PARAMETERS"  # métier text, passerelle, ranking spécialités
    READ_NOTIFICATION_BACKLOG = "READ_NOTIFICATION_BACKLOG"
    END_OWN_SESSION = "END_OWN_SESSION"  # logout
    LIST_ETABLISSEMENTS = "LIST_ETABLISSEMENTS"  # the académie's establishments (from the directory)
    # Campaign years (services/campaigns.py).
    OPEN_CAMPAIGN_YEAR = "OPEN_CAMPAIGN_YEAR"  # rollover: next year opens, this one is frozen
    READ_CAMPAIGN_YEARS = "READ_CAMPAIGN_YEARS"


@dataclass(frozen=True)
class Target:
    """What an action is about: a pupil (with its place) or an establishment / académie."""

    etablissement_id: int | None = None
    division_id: int | None = None
    academie_id: int | None = None
    pupil_id: int | None = None

    @classmethod
    def of_pupil(cls, pupil: Pupil, academie_id: int | None = None) -> "Target":
        return cls(pupil.etablissement_id, pupil.division_id, academie_id, pupil.id)


Rule = Callable[[Principal, Target], bool]


def _guardian_of(p: Principal, t: Target) -> bool:
    return p.role is Role.GUARDIAN and t.pupil_id in p.child_ids


def _family_of(p: Principal, t: Target) -> bool:
    return _guardian_of(p, t) or (p.role is Role.PUPIL and p.pupil_id == t.pupil_id)


def _head_of(p: Principal, t: Target) -> bool:
    return p.has_head_rights and p.etablissement_id == t.etablissement_id


def _pp_of(p: Principal, t: Target) -> bool:
    return p.is_staff and p.etablissement_id == t.etablissement_id and t.division_id in p.division_ids


def _secretary_of(p: Principal, t: Target) -> bool:
    return p.is_secretary and p.etablissement_id == t.etablissement_id


def _staff_of(p: Principal, t: Target) -> bool:
    return _head_of(p, t) or _pp_of(p, t) or _secretary_of(p, t)


def _academie_of(p: Principal, t: Target) -> bool:
    return p.role is Role.ACADEMIE and p.academie_id is not None and p.academie_id == t.academie_id


def _anyone(p: Principal, t: Target) -> bool:
    return True


RULES: dict[Action, Rule] = {
    Action.READ_PUPIL: lambda p, t: _family_of(p, t) or _staff_of(p, t),
    # Pupils are in scope but refused with the guide's own message (see deny_message).
    Action.VALIDATE_INTENTIONS: _guardian_of,
    Action.ACKNOWLEDGE_AVIS: _guardian_of,
    Action.ENTER_PAPER_REQUESTS: lambda p, t: _head_of(p, t) or _secretary_of(p, t),
    Action.RECORD_PAPER_ACKNOWLEDGEMENT: lambda p, t: _head_of(p, t) or _secretary_of(p, t),
    Action.ENTER_AVIS: lambda p, t: _head_of(p, t) or _pp_of(p, t),
    Action.READ_DRAFT_AVIS: _staff_of,
    Action.SET_TELESERVICE: _head_of,
    Action.READ_ETABLISSEMENT: lambda p, t: (p.role is not Role.ACADEMIE and p.etablissement_id == t.etablissement_id)
    or _academie_of(p, t),
    Action.FOLLOW_ETABLISSEMENT: lambda p, t: p.is_staff and p.etablissement_id == t.etablissement_id,
    Action.MANAGE_CALENDAR: _academie_of,
    Action.READ_STATISTICS: lambda p, t: _head_of(p, t) or _academie_of(p, t),
    Action.READ_OWN_NOTIFICATIONS: _anyone,
    Action.VALIDATE_CHOICES: _guardian_of,
    # Guardians online; the school records an answer signed on the paper fiche de dialogue.
    Action.ANSWER_PROPOSITION: lambda p, t: _guardian_of(p, t) or _head_of(p, t) or _secretary_of(p, t),
    Action.ENTER_PROPOSITION: lambda p, t: _head_of(p, t) or _pp_of(p, t),
    Action.RECORD_HEAD_INTERVIEW: _head_of,
    Action.TAKE_DECISION: _head_of,
    Action.FILE_APPEAL: lambda p, t: _guardian_of(p, t) or _head_of(p, t) or _secretary_of(p, t),
    Action.RECORD_APPEAL_OUTCOME: _head_of,
    Action.REQUEST_MAINTIEN: lambda p, t: _guardian_of(p, t) or _head_of(p, t) or _secretary_of(p, t),
    Action.RECORD_GUARDIAN_DISAGREEMENT: _guardian_of,
    Action.SET_HORS_PROCEDURE: _head_of,
    Action.SET_PP_INTERVIEW: lambda p, t: _head_of(p, t) or _pp_of(p, t),
    Action.READ_AUDIT: _staff_of,
    # Nomenclatures are national lists: any académie administrator maintains them.
    Action.MANAGE_NOMENCLATURE: lambda p, t: p.role is Role.ACADEMIE and p.academie_id is not None,
    Action.SET_OFFERED_SPECIALITES: _head_of,
    Action.CHECK_ETABLISSEMENT: _head_of,
    # Only the head in person: delegated staff do not delegate further.
    Action.MANAGE_DELEGATION: lambda p, t: p.is_staff
    and p.staff_function is StaffFunction.HEAD
    and p.etablissement_id == t.etablissement_id,
    # A whole-school export is any staff's (pupil_scope narrows a PP's rows); a division's needs
    # rights on that division.
    Action.EXPORT_PUPILS: lambda p, t: (p.is_staff and p.etablissement_id == t.etablissement_id and t.division_id is None)
    or _staff_of(p, t),
    Action.PRINT_FICHES: _staff_of,
    Action.UPLOAD_SIGNATURE: _head_of,
    Action.FOLLOW_LIVE_FEED: lambda p, t: p.is_staff and p.etablissement_id == t.etablissement_id,
    Action.READ_FAILED_MAILS: lambda p, t: p.is_staff and p.etablissement_id == t.etablissement_id,
    Action.MANAGE_ACADEMIE_NOTICES: _academie_of,
    Action.READ_ACADEMIE_PARAMETERS: lambda p, t: _academie_of(p, t)
    or (p.is_staff and p.etablissement_id is not None and p.etablissement_id == t.etablissement_id),
    Action.MANAGE_ACADEMIE_PARAMETERS: _academie_of,
    # The head (or delegated staff) of the HOST establishment, never the pupil's own school: the
    # service also checks both schools are in the same académie and that the request exists.
    Action.RECORD_PASSERELLE_OPINION: lambda p, t: p.has_head_rights
    and p.etablissement_id is not None
    and p.etablissement_id != t.etablissement_id,
    Action.LIST_ETABLISSEMENTS: _academie_of,
    Action.READ_NOTIFICATION_BACKLOG: lambda p, t: p.role is Role.ACADEMIE and p.academie_id is not None,
    Action.END_OWN_SESSION: _anyone,
    Action.OPEN_CAMPAIGN_YEAR: _academie_of,
    # The académie's administrator, and staff of its establishments (their school's years).
    Action.READ_CAMPAIGN_YEARS: lambda p, t: _academie_of(p, t) or (p.is_staff and p.etablissement_id == t.etablissement_id),
}


def family_pupils(p: Principal) -> set[int]:
    """The pupils a family member follows live: a guardian's children, a pupil themself.
    Staff have their own feeds: FORBIDDEN here."""
    if p.role is Role.GUARDIAN:
        return set(p.child_ids)
    if p.role is Role.PUPIL and p.pupil_id:
        return {p.pupil_id}
    raise DomainError.of("FORBIDDEN", texts.FAMILIES_ONLY)


def sees_event(p: Principal, etablissement_id: int | None, division_id: int | None) -> bool:
    """The staff live feed's filter, the pupil scope applied to an event (no query per push)."""
    if not p.is_staff or p.etablissement_id is None or p.etablissement_id != etablissement_id:
        return False
    if p.has_head_rights or p.is_secretary or division_id is None:
        return True  # establishment-wide events (téléservice switch) concern every staff member
    return division_id in p.division_ids


def allowed(principal: Principal | None, action: Action, target: Target = Target()) -> bool:
    if principal is None:
        return False
    return RULES[action](principal, target)


def require(principal: Principal | None, action: Action, target: Target = Target()) -> Principal:
    """Raise a DomainError (UNAUTHENTICATED / FORBIDDEN with a French message) unless allowed."""
    if principal is None:
        raise DomainError.of(*UNAUTHENTICATED)
    if not RULES[action](principal, target):
        raise DomainError.of(*deny_message(principal, action))
    return principal


def require_authenticated(principal: Principal | None) -> Principal:
    if principal is None:
        raise DomainError.of(*UNAUTHENTICATED)
    return principal


_FAMILY_WRITES = (
    Action.VALIDATE_INTENTIONS,
    Action.ACKNOWLEDGE_AVIS,
    Action.VALIDATE_CHOICES,
    Action.ANSWER_PROPOSITION,
    Action.FILE_APPEAL,
    Action.REQUEST_MAINTIEN,
    Action.RECORD_GUARDIAN_DISAGREEMENT,
)


def deny_message(principal: Principal, action: Action) -> tuple[str, str]:
    if principal.role is Role.PUPIL and action in _FAMILY_WRITES:
        from .domain.family import MSG_ACK_PUPIL

        return ("PUPIL_CANNOT_WRITE", MSG_ACK_PUPIL if action is Action.ACKNOWLEDGE_AVIS else MSG_PUPIL_CANNOT_WRITE)
    return FORBIDDEN


def not_found() -> DomainError:
    return DomainError.of(*NOT_FOUND)


def current_year_clause() -> ColumnElement[bool]:
    """WHERE clause on ``Pupil``: the file belongs to its académie's current campaign year."""
    return exists(
        select(Campaign.id)
        .join(Etablissement, Etablissement.academie_id == Campaign.academie_id)
        .where(
            Etablissement.id == Pupil.etablissement_id,
            Campaign.school_year == Pupil.school_year,
            Campaign.state == "CURRENT",
        )
    )


def pupil_scope(principal: Principal | None) -> ColumnElement[bool]:
    """The pupils' files this principal may see, as a WHERE clause on ``Pupil``.

    Families see their current campaign year's files only; staff see their establishment's
    files of every year still kept (past years read-only, see services/campaigns.py)."""
    return _scope(principal, lambda _name, value: value)[1]


def pupil_scope_template(principal: Principal | None) -> tuple[str, ColumnElement[bool], dict[str, Any]]:
    """The same scope with the principal's values as named parameters: (its shape, the clause,
    the values). Clauses of the same shape are the same statement, built and compiled once by
    a caller that keeps it (services/files.py)."""
    shape, params = _scope_values(principal)
    clause = _TEMPLATES.get(shape)
    if clause is None:
        built: dict[str, Any] = {}

        def bound(name: str, value: Any) -> Any:
            built["scope_" + name] = value
            return bindparam("scope_" + name)

        built_shape, clause = _scope(principal, bound)
        assert (built_shape, built) == (shape, params), (built_shape, built, shape, params)
        _TEMPLATES[shape] = clause
    return shape, clause, params


# One clause per shape: building SQLAlchemy expressions cost more per request than running them.
_TEMPLATES: dict[str, ColumnElement[bool]] = {}


def _scope_values(principal: Principal | None) -> tuple[str, dict[str, Any]]:
    """The shape `_scope` gives this principal and the values it binds, without building SQL."""
    if principal is None:
        return "none", {}
    if principal.role is Role.GUARDIAN:
        return "guardian", {"scope_account_id": principal.account_id}
    if principal.role is Role.PUPIL:
        return ("pupil", {"scope_pupil_id": principal.pupil_id}) if principal.pupil_id else ("none", {})
    if principal.role is Role.STAFF and principal.etablissement_id is not None:
        if principal.has_head_rights or principal.is_secretary:
            return "school", {"scope_etablissement_id": principal.etablissement_id}
        return "divisions", {"scope_etablissement_id": principal.etablissement_id, "scope_account_id": principal.account_id}
    return "none", {}


def _scope(principal: Principal | None, value: Callable[[str, Any], Any]) -> tuple[str, ColumnElement[bool]]:
    if principal is None:
        return "none", false()
    if principal.role is Role.GUARDIAN:
        account = value("account_id", principal.account_id)
        return "guardian", Pupil.id.in_(select(Guardianship.pupil_id).where(Guardianship.account_id == account)) & current_year_clause()
    if principal.role is Role.PUPIL:
        if not principal.pupil_id:
            return "none", false()
        return "pupil", (Pupil.id == value("pupil_id", principal.pupil_id)) & current_year_clause()
    if principal.role is Role.STAFF and principal.etablissement_id is not None:
        same_school = Pupil.etablissement_id == value("etablissement_id", principal.etablissement_id)
        if principal.has_head_rights or principal.is_secretary:
            return "school", same_school
        account = value("account_id", principal.account_id)
        return "divisions", same_school & Pupil.division_id.in_(
            select(PrincipalTeacher.division_id).where(PrincipalTeacher.account_id == account)
        )
    return "none", false()  # académie: aggregates only, never individual pupils
