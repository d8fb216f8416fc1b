"""The event catalog: every event the procedure records, its payload as a frozen dataclass, and
who is told about it (inbox notice, mail, push) — in one place, so a typo cannot silently drop
a notice or a mail.

Writers build a payload object (``IntentionsValidated(...)``) and give it to
``services.events.record_event``; readers (notices, mails, pushes, counters) get it back with
``read(type, payload)``. ``payload_of`` is the only serialisation: field names become the
camelCase keys stored in the outbox and sent to the broker (``took_the_hand`` → ``tookTheHand``),
dates become ISO strings, tuples lists.

To add an event: a member of ``EventType``, a payload class registered with ``@payload``, and a
row of ``DELIVERY`` (tests/structure/test_event_catalog.py fails until all three exist and the
notice text exists when the row says families are told).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, TypeVar


class EventType(str, enum.Enum):
    """Stable event types: front-ends, dashboards and the outbox switch on them."""

    # Intentions provisoires and the téléservice (phase provisoire)
    INTENTIONS_VALIDATED = "INTENTIONS_VALIDATED"
    PAPER_INTENTIONS_ENTERED = "PAPER_INTENTIONS_ENTERED"
    TELESERVICE_OPENED = "TELESERVICE_OPENED"
    TELESERVICE_CLOSED = "TELESERVICE_CLOSED"
    AVIS_ENTERED = "AVIS_ENTERED"
    AVIS_PUBLISHED = "AVIS_PUBLISHED"
    AVIS_ACKNOWLEDGED = "AVIS_ACKNOWLEDGED"
    CALENDAR_CHANGED = "CALENDAR_CHANGED"
    # Choix définitifs → décision → appel (phase définitive)
    CHOICES_VALIDATED = "CHOICES_VALIDATED"
    PAPER_CHOICES_ENTERED = "PAPER_CHOICES_ENTERED"
    PROPOSITION_ENTERED = "PROPOSITION_ENTERED"
    PROPOSITION_PUBLISHED = "PROPOSITION_PUBLISHED"
    PROPOSITION_ANSWERED = "PROPOSITION_ANSWERED"
    HEAD_INTERVIEW_RECORDED = "HEAD_INTERVIEW_RECORDED"
    DECISION_TAKEN = "DECISION_TAKEN"
    APPEAL_FILED = "APPEAL_FILED"
    APPEAL_OUTCOME_RECORDED = "APPEAL_OUTCOME_RECORDED"
    MAINTIEN_REQUESTED = "MAINTIEN_REQUESTED"
    APPEAL_DEADLINE_APPROACHING = "APPEAL_DEADLINE_APPROACHING"
    # Around the procedure
    GUARDIAN_DISAGREEMENT_RECORDED = "GUARDIAN_DISAGREEMENT_RECORDED"
    HORS_PROCEDURE_CHANGED = "HORS_PROCEDURE_CHANGED"
    PP_INTERVIEW_SET = "PP_INTERVIEW_SET"
    HAND_RELEASED = "HAND_RELEASED"
    PASSERELLE_OPINION_RECORDED = "PASSERELLE_OPINION_RECORDED"
    # Académie and school settings
    NOMENCLATURE_CHANGED = "NOMENCLATURE_CHANGED"
    OFFERED_SPECIALITES_CHANGED = "OFFERED_SPECIALITES_CHANGED"
    ACADEMIE_PARAMETERS_CHANGED = "ACADEMIE_PARAMETERS_CHANGED"
    ACADEMIE_NOTICE_PUBLISHED = "ACADEMIE_NOTICE_PUBLISHED"
    ACADEMIE_NOTICE_WITHDRAWN = "ACADEMIE_NOTICE_WITHDRAWN"
    ACADEMIE_NOTICE = "ACADEMIE_NOTICE"
    HEAD_RIGHTS_GRANTED = "HEAD_RIGHTS_GRANTED"
    HEAD_RIGHTS_WITHDRAWN = "HEAD_RIGHTS_WITHDRAWN"
    SIGNATURE_UPLOADED = "SIGNATURE_UPLOADED"
    SIECLE_IMPORTED = "SIECLE_IMPORTED"
    DIRECTORY_IMPORTED = "DIRECTORY_IMPORTED"
    # Campaign years (services/campaigns.py, services/retention.py)
    CAMPAIGN_YEAR_OPENED = "CAMPAIGN_YEAR_OPENED"
    CAMPAIGN_DATA_PURGED = "CAMPAIGN_DATA_PURGED"
    TERRITORY_CHANGED = "TERRITORY_CHANGED"  # an académie's time zone or local holidays (operator)


# --- who is told ---------------------------------------------------------------------------------


class Audience(enum.Enum):
    """Which families get the inbox notice / the push of an event (staff feeds get every event of
    their scope, whatever this says)."""

    NOBODY = "NOBODY"
    FAMILY = "FAMILY"  # the pupil's guardians and pupil account
    SCHOOL_FAMILIES = "SCHOOL_FAMILIES"  # every family of the establishment (the téléservice switch)


class Mail(enum.Enum):
    """What the guardians with an e-mail address receive."""

    NONE = "NONE"
    CONFIRMATION_AND_RECAP = "CONFIRMATION_AND_RECAP"  # the actor's confirmation, then one recap per session
    PAPER_RECAP = "PAPER_RECAP"  # the recap of a paper form the school entered
    NOTICE = "NOTICE"  # the notice, to the guardians other than the actor (who saw it on screen)
    NOTICE_TO_ALL = "NOTICE_TO_ALL"  # the notice, the actor included (a décision, an appeal: kept by mail)


@dataclass(frozen=True)
class Delivery:
    notice: Audience
    mail: Mail
    push: Audience
    counters: bool = False  # changes the live dashboard counters
    alert_heads: bool = False  # the head (and delegated staff) get an inbox alert and a mail
    academie_notices: bool = False  # validated requests may fall under an académie notice


def _family(mail: Mail, **flags: bool) -> Delivery:
    return Delivery(Audience.FAMILY, mail, Audience.FAMILY, **flags)


_STAFF_ONLY = Delivery(Audience.NOBODY, Mail.NONE, Audience.NOBODY)
_SCHOOL = Delivery(Audience.SCHOOL_FAMILIES, Mail.NONE, Audience.SCHOOL_FAMILIES)
E = EventType

DELIVERY: Mapping[EventType, Delivery] = {
    E.INTENTIONS_VALIDATED: _family(Mail.CONFIRMATION_AND_RECAP, counters=True, academie_notices=True),
    E.PAPER_INTENTIONS_ENTERED: _family(Mail.PAPER_RECAP, counters=True, academie_notices=True),
    E.TELESERVICE_OPENED: _SCHOOL,
    E.TELESERVICE_CLOSED: _SCHOOL,
    E.AVIS_ENTERED: dataclasses.replace(_STAFF_ONLY, counters=True),  # a draft is not the family's until published
    E.AVIS_PUBLISHED: _family(Mail.NOTICE, counters=True),
    E.AVIS_ACKNOWLEDGED: _family(Mail.NOTICE, counters=True),
    E.CALENDAR_CHANGED: _STAFF_ONLY,
    E.CAMPAIGN_YEAR_OPENED: _STAFF_ONLY,
    E.CAMPAIGN_DATA_PURGED: _STAFF_ONLY,
    E.TERRITORY_CHANGED: _STAFF_ONLY,
    E.CHOICES_VALIDATED: _family(Mail.NOTICE, academie_notices=True),
    E.PAPER_CHOICES_ENTERED: _family(Mail.NOTICE, academie_notices=True),
    E.PROPOSITION_ENTERED: _STAFF_ONLY,
    E.PROPOSITION_PUBLISHED: _family(Mail.NOTICE),
    E.PROPOSITION_ANSWERED: _family(Mail.NOTICE),
    E.HEAD_INTERVIEW_RECORDED: _family(Mail.NONE),  # held with the family in person: notice only
    E.DECISION_TAKEN: _family(Mail.NOTICE_TO_ALL),
    E.APPEAL_FILED: _family(Mail.NOTICE_TO_ALL),
    E.APPEAL_OUTCOME_RECORDED: _family(Mail.NOTICE),
    E.MAINTIEN_REQUESTED: _family(Mail.NOTICE),
    E.APPEAL_DEADLINE_APPROACHING: _family(Mail.NOTICE),
    E.GUARDIAN_DISAGREEMENT_RECORDED: _family(Mail.NOTICE, alert_heads=True),
    E.HORS_PROCEDURE_CHANGED: _STAFF_ONLY,
    E.PP_INTERVIEW_SET: _STAFF_ONLY,
    E.HAND_RELEASED: _STAFF_ONLY,
    E.PASSERELLE_OPINION_RECORDED: _STAFF_ONLY,  # the family reads it in the file; the host told the school
    E.NOMENCLATURE_CHANGED: _STAFF_ONLY,
    E.OFFERED_SPECIALITES_CHANGED: _STAFF_ONLY,
    E.ACADEMIE_PARAMETERS_CHANGED: _STAFF_ONLY,
    E.ACADEMIE_NOTICE_PUBLISHED: _STAFF_ONLY,
    E.ACADEMIE_NOTICE_WITHDRAWN: _STAFF_ONLY,
    E.ACADEMIE_NOTICE: _family(Mail.NOTICE),
    E.HEAD_RIGHTS_GRANTED: _STAFF_ONLY,
    E.HEAD_RIGHTS_WITHDRAWN: _STAFF_ONLY,
    E.SIGNATURE_UPLOADED: _STAFF_ONLY,
    E.SIECLE_IMPORTED: _STAFF_ONLY,
    E.DIRECTORY_IMPORTED: _STAFF_ONLY,
}

_NO_DELIVERY = _STAFF_ONLY


def known(event_type: str) -> EventType | None:
    """The member for a stored type, or None for one this version does not know (a newer row)."""
    try:
        return EventType(event_type)
    except ValueError:
        return None


def delivery(event_type: str) -> Delivery:
    """The decision for a type; an unknown type (a row written by a newer version) tells nobody."""
    member = known(event_type)
    return DELIVERY[member] if member is not None else _NO_DELIVERY


def types_where(predicate: Callable[[Delivery], bool]) -> frozenset[EventType]:
    return frozenset(t for t, d in DELIVERY.items() if predicate(d))


# --- payloads ------------------------------------------------------------------------------------

P = TypeVar("P", bound="EventPayload")
PAYLOADS: dict[EventType, type[EventPayload]] = {}


@dataclass(frozen=True, kw_only=True)
class EventPayload:
    """Base of every payload; ``TYPE`` is set by ``@payload``.

    Reading is lenient (a key missing from an older row reads as None) except for the fields
    in ``REQUIRED``: without them the event cannot be told at all, and reading it fails (the
    dispatcher then leaves it pending, visible in the backlog)."""

    TYPE: ClassVar[EventType]
    REQUIRED: ClassVar[tuple[str, ...]] = ()


def payload(*event_types: EventType) -> Callable[[type[P]], type[P]]:
    """Register a payload class for one or more event types (the first is its default TYPE)."""

    def register(cls: type[P]) -> type[P]:
        cls.TYPE = event_types[0]
        for event_type in event_types:
            assert event_type not in PAYLOADS, f"two payload classes for {event_type}"
            PAYLOADS[event_type] = cls
        return cls

    return register


@dataclass(frozen=True, kw_only=True)
class PupilEvent(EventPayload):
    """Who the event is about, frozen at the time of the step (mails and pushes show it)."""

    pupil_id: int
    first_name: str
    last_name: str
    palier: str | None = None


@dataclass(frozen=True, kw_only=True)
class SchoolPupilEvent(PupilEvent):
    etablissement_name: str | None = None


@dataclass(frozen=True, kw_only=True)
class RequestLine:
    """One request as the mails and pushes show it."""

    rank: int
    voie: str | None
    voie_label: str | None
    serie: str | None = None
    serie_option: str | None = None
    metier: str | None = None
    statut_scolaire: bool | None = None
    statut_apprenti: bool | None = None
    specialites: tuple[str, ...] = ()


@payload(E.INTENTIONS_VALIDATED)
@dataclass(frozen=True, kw_only=True)
class IntentionsValidated(PupilEvent):
    phase: str
    requests: tuple[RequestLine, ...]
    validated_at: dt.datetime
    revision: int
    took_the_hand: bool
    etablissement_name: str | None = None


@payload(E.PAPER_INTENTIONS_ENTERED)
@dataclass(frozen=True, kw_only=True)
class PaperIntentionsEntered(PupilEvent):
    phase: str
    requests: tuple[RequestLine, ...]
    validated_at: dt.datetime
    paper_form_received_on: dt.date
    revision: int
    etablissement_name: str | None = None


@payload(E.TELESERVICE_OPENED, E.TELESERVICE_CLOSED)
@dataclass(frozen=True, kw_only=True)
class TeleserviceSwitched(EventPayload):
    etablissement_id: int
    etablissement_name: str | None
    open: bool
    expected_reopening_on: dt.date | None = None

    @property
    def type(self) -> EventType:
        return E.TELESERVICE_OPENED if self.open else E.TELESERVICE_CLOSED


@payload(E.AVIS_PUBLISHED, E.PROPOSITION_PUBLISHED)
@dataclass(frozen=True, kw_only=True)
class AnswerPublished(PupilEvent):
    """The council's answer (avis provisoire or proposition) became visible to the family."""

    phase: str
    etablissement_name: str | None = None

    @property
    def type(self) -> EventType:
        return E.AVIS_PUBLISHED if self.phase == "PROVISOIRE" else E.PROPOSITION_PUBLISHED


@payload(E.AVIS_ENTERED)
@dataclass(frozen=True, kw_only=True)
class AvisEntered(PupilEvent):
    phase: str
    corrected: bool


@payload(E.AVIS_ACKNOWLEDGED)
@dataclass(frozen=True, kw_only=True)
class AvisAcknowledged(PupilEvent):
    phase: str
    acknowledged_at: dt.datetime


@payload(E.CALENDAR_CHANGED)
@dataclass(frozen=True, kw_only=True)
class CalendarChanged(EventPayload):
    palier: str
    phase: str
    starts_at: dt.datetime
    ends_at: dt.datetime


@payload(E.CAMPAIGN_YEAR_OPENED)
@dataclass(frozen=True, kw_only=True)
class CampaignYearOpened(EventPayload):
    school_year: str
    previous_year: str
    operator: bool


@payload(E.CAMPAIGN_DATA_PURGED)
@dataclass(frozen=True, kw_only=True)
class CampaignDataPurged(EventPayload):
    school_year: str
    academie_code: str
    counts: dict[str, int]
    aggregates_stored: int


@payload(E.TERRITORY_CHANGED)
@dataclass(frozen=True, kw_only=True)
class TerritoryChanged(EventPayload):
    academie_code: str
    time_zone: str
    local_holidays: tuple[str, ...]
    previous_time_zone: str
    previous_local_holidays: tuple[str, ...]


@payload(E.CHOICES_VALIDATED)
@dataclass(frozen=True, kw_only=True)
class ChoicesValidated(SchoolPupilEvent):
    phase: str
    requests: tuple[RequestLine, ...]
    validated_at: dt.datetime
    revision: int


@payload(E.PAPER_CHOICES_ENTERED)
@dataclass(frozen=True, kw_only=True)
class PaperChoicesEntered(SchoolPupilEvent):
    phase: str
    requests: tuple[RequestLine, ...]
    validated_at: dt.datetime
    paper_form_received_on: dt.date
    revision: int


@payload(E.PROPOSITION_ENTERED)
@dataclass(frozen=True, kw_only=True)
class PropositionEntered(SchoolPupilEvent):
    phase: str
    corrected: bool
    voie: str
    serie: str | None
    voie_label: str | None


@payload(E.PROPOSITION_ANSWERED)
@dataclass(frozen=True, kw_only=True)
class PropositionAnswered(SchoolPupilEvent):
    agrees: bool | None
    voie: str | None = None
    voie_label: str | None = None


@payload(E.HEAD_INTERVIEW_RECORDED)
@dataclass(frozen=True, kw_only=True)
class HeadInterviewRecorded(SchoolPupilEvent):
    date: dt.date | None


@payload(E.DECISION_TAKEN)
@dataclass(frozen=True, kw_only=True)
class DecisionTaken(SchoolPupilEvent):
    voie: str | None
    serie: str | None = None
    remise_a_niveau: bool = False
    motivation: str | None = None
    appeal_deadline: dt.date | None = None
    source: str | None = None  # "AGREEMENT" or "HEAD"
    notified_on: dt.date | None = None
    voie_label: str | None = None


@payload(E.APPEAL_FILED)
@dataclass(frozen=True, kw_only=True)
class AppealFiled(SchoolPupilEvent):
    filed_on: dt.date | None


@payload(E.APPEAL_OUTCOME_RECORDED)
@dataclass(frozen=True, kw_only=True)
class AppealOutcomeRecorded(SchoolPupilEvent):
    voie: str | None
    serie: str | None = None
    upheld: bool = False
    voie_label: str | None = None


@payload(E.MAINTIEN_REQUESTED)
@dataclass(frozen=True, kw_only=True)
class MaintienRequested(SchoolPupilEvent):
    filed_on: dt.date | None


@payload(E.APPEAL_DEADLINE_APPROACHING)
@dataclass(frozen=True, kw_only=True)
class AppealDeadlineApproaching(SchoolPupilEvent):
    decision_step_id: int | None
    appeal_deadline: dt.date | None


@payload(E.GUARDIAN_DISAGREEMENT_RECORDED)
@dataclass(frozen=True, kw_only=True)
class GuardianDisagreementRecorded(SchoolPupilEvent):
    message: str | None


@payload(E.HORS_PROCEDURE_CHANGED)
@dataclass(frozen=True, kw_only=True)
class HorsProcedureChanged(SchoolPupilEvent):
    hors_procedure: bool


@payload(E.PP_INTERVIEW_SET)
@dataclass(frozen=True, kw_only=True)
class PpInterviewSet(SchoolPupilEvent):
    date: dt.date | None


@payload(E.HAND_RELEASED)
@dataclass(frozen=True, kw_only=True)
class HandReleased(SchoolPupilEvent):
    """The guardian who had the hand lost it (``reason``: SIECLE_UNLINKED); the other may take it."""

    account_id: int
    reason: str


@payload(E.PASSERELLE_OPINION_RECORDED)
@dataclass(frozen=True, kw_only=True)
class PasserelleOpinionRecorded(SchoolPupilEvent):
    """The host establishment's head's opinion on a pupil's passerelle to the voie professionnelle."""

    phase: str
    favorable: bool
    on: dt.date
    host_etablissement_id: int
    host_uai: str | None = None
    host_name: str | None = None


@payload(E.NOMENCLATURE_CHANGED)
@dataclass(frozen=True, kw_only=True)
class NomenclatureChanged(EventPayload):
    kind: str
    code: str
    change: str


@payload(E.OFFERED_SPECIALITES_CHANGED)
@dataclass(frozen=True, kw_only=True)
class OfferedSpecialitesChanged(EventPayload):
    etablissement_id: int
    codes: tuple[str, ...]


@payload(E.ACADEMIE_PARAMETERS_CHANGED)
@dataclass(frozen=True, kw_only=True)
class AcademieParametersChanged(EventPayload):
    """The académie's parameters changed: ``changes`` and ``before`` by camelCase parameter name."""

    academie_name: str | None
    changes: Mapping[str, bool]
    before: Mapping[str, bool]


@payload(E.ACADEMIE_NOTICE_PUBLISHED)
@dataclass(frozen=True, kw_only=True)
class AcademieNoticePublished(EventPayload):
    notice_id: int
    voie: str
    serie: str | None
    title: str
    deadline: dt.date | None


@payload(E.ACADEMIE_NOTICE_WITHDRAWN)
@dataclass(frozen=True, kw_only=True)
class AcademieNoticeWithdrawn(EventPayload):
    notice_id: int
    title: str


@payload(E.ACADEMIE_NOTICE)
@dataclass(frozen=True, kw_only=True)
class AcademieNoticeOwed(EventPayload):
    """An académie notice owed to a family (on validation, or as a deadline reminder)."""

    REQUIRED: ClassVar[tuple[str, ...]] = ("title", "body", "target")
    pupil_id: int | None
    first_name: str | None
    last_name: str | None
    notice_id: int
    title: str
    body: str
    target: str
    deadline: dt.date | None
    reminder: bool


@dataclass(frozen=True, kw_only=True)
class HeadRightsChanged(EventPayload):
    account_id: int
    first_name: str
    last_name: str


@payload(E.HEAD_RIGHTS_GRANTED)
@dataclass(frozen=True, kw_only=True)
class HeadRightsGranted(HeadRightsChanged):
    pass


@payload(E.HEAD_RIGHTS_WITHDRAWN)
@dataclass(frozen=True, kw_only=True)
class HeadRightsWithdrawn(HeadRightsChanged):
    pass


@payload(E.SIGNATURE_UPLOADED)
@dataclass(frozen=True, kw_only=True)
class SignatureUploaded(EventPayload):
    mime: str
    size: int


@payload(E.SIECLE_IMPORTED)
@dataclass(frozen=True, kw_only=True)
class SiecleImported(EventPayload):
    kind: str
    created: int
    updated: int
    left: int
    rejected: int


@payload(E.DIRECTORY_IMPORTED)
@dataclass(frozen=True, kw_only=True)
class DirectoryImported(EventPayload):
    """The national directory of schools was imported (python -m graphql_api import etablissements)."""

    created: int
    updated: int
    academies_created: int


def type_of(event: EventPayload) -> EventType:
    """The event type of a payload (some classes serve two types, e.g. opened / closed)."""
    chosen = getattr(event, "type", None)
    return chosen if isinstance(chosen, EventType) else type(event).TYPE


# --- serialisation (the one place) ---------------------------------------------------------------


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _dump(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return payload_of(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (tuple, list)):
        return [_dump(v) for v in value]
    return value


def payload_of(event: Any) -> dict[str, Any]:
    """The JSON object stored in the outbox (and sent on the broker) for a payload."""
    return {camel(f.name): _dump(getattr(event, f.name)) for f in dataclasses.fields(event)}


@functools.cache
def _hints(cls: Any) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _load(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        return _load(options[0], value) if len(options) == 1 else value
    if origin is tuple:
        inner = typing.get_args(hint)[0]
        return tuple(_load(inner, v) for v in value)
    if hint is dt.datetime and isinstance(value, str):
        return dt.datetime.fromisoformat(value)
    if hint is dt.date and isinstance(value, str):
        return dt.date.fromisoformat(value)
    if dataclasses.is_dataclass(hint) and isinstance(value, Mapping):
        return _build(hint, value)
    return value


def _build(cls: Any, data: Mapping[str, Any]) -> Any:
    missing = [name for name in getattr(cls, "REQUIRED", ()) if data.get(camel(name)) is None]
    if missing:
        raise KeyError(f"{cls.__name__} payload without {missing}")
    hints = _hints(cls)
    values: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        key = camel(f.name)
        if key in data:
            values[f.name] = _load(hints[f.name], data[key])
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            values[f.name] = None  # an older row, or a partial payload: readers treat None as "unknown"
    return cls(**values)


def from_stored(cls: type[P], data: Mapping[str, Any], **fields: Any) -> P:
    """A payload from camelCase data (a step's stored data) plus snake_case fields; a key the
    class does not declare is an error, not a silently dropped value."""
    names = {camel(f.name): f.name for f in dataclasses.fields(cls)}
    unknown = set(data) - set(names)
    if unknown:
        raise KeyError(f"{cls.__name__} has no field for {sorted(unknown)}")
    hints = _hints(typing.cast(Any, cls))
    values = {names[key]: _load(hints[names[key]], value) for key, value in data.items()}
    return cls(**values, **fields)


def read(event_type: str, data: Mapping[str, Any] | None) -> EventPayload | None:
    """The typed payload of a stored event (None for a type this version does not know)."""
    member = known(event_type)
    if member is None:
        return None
    event: EventPayload = _build(PAYLOADS[member], data or {})
    return event


assert set(DELIVERY) == set(EventType), set(EventType) - set(DELIVERY)
assert set(PAYLOADS) == set(EventType), set(EventType) - set(PAYLOADS)
