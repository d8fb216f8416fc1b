"""Nomenclatures (académie), offered spécialités and pre-opening check (head), audit trail (staff)."""
import datetime as dt
from typing import Optional

import strawberry
from strawberry.types import Info

from graphql_api.domain.texts.notices import describe_for_staff

from ...services.transaction import committed

from ...db.models import Serie as SerieRow, Specialite as SpecialiteRow
from ...domain.errors import DomainError
from ...domain.requests import VoieInfo
from ...domain.specialites import SpecialiteInfo
from ...domain.vocabulary import Palier
from ...policy import Principal, require_authenticated
from ...services import academie, parameters
from ...services.parameters import NomenclatureKind
from ..base import (
    Connection,
    Edge,
    page_of,
    UserErrorType,
    decode_cursor,
    encode_cursor,
    encode_id,
    page_size,
    require_id,
    run_mutation,
)
from ..enums import ChannelEnum, PalierEnum
from ..pupils.types import Voie
from ...domain.errors import FORBIDDEN

NomenclatureKindEnum = strawberry.enum(NomenclatureKind, name="NomenclatureKind")


@strawberry.type(description="A spécialité an establishment offers.")
class OfferedSpecialite:
    code: str
    label: str
    family: Optional[str] = strawberry.field(description="ARTS, LLCER… when the spécialité belongs to a family.")

    @classmethod
    def of(cls, info: SpecialiteInfo) -> "OfferedSpecialite":
        return cls(code=info.code, label=info.label, family=info.family)


@strawberry.type
class SpecialiteEntry:
    code: str
    label: str
    family: Optional[str] = strawberry.field(description="ARTS (per domain), LLCER (per language)…")
    active: bool
    valid_from: Optional[dt.date]
    valid_to: Optional[dt.date]

    @classmethod
    def of(cls, row: SpecialiteRow) -> "SpecialiteEntry":
        return cls(code=row.code, label=row.label, family=row.family, active=row.active, valid_from=row.valid_from, valid_to=row.valid_to)


@strawberry.type
class SerieEntry:
    code: str
    voie_code: str
    label: str
    options: list[str]
    active: bool

    @classmethod
    def of(cls, row: SerieRow) -> "SerieEntry":
        return cls(code=row.code, voie_code=row.voie_code, label=row.label, options=list(row.options or []), active=row.active)


@strawberry.type
class CheckFinding:
    code: str
    message: str
    subject: Optional[str]


@strawberry.type
class PreOpeningCheck:
    ok: bool = strawberry.field(description="Nothing looks wrong.")
    findings: list[CheckFinding]


@strawberry.type
class AuditActor:
    id: strawberry.ID
    first_name: str
    last_name: str
    role: str
    staff_function: Optional[str]


@strawberry.type
class AuditEntry:
    """One write on a pupil's file: who, when, through which channel."""

    id: strawberry.ID
    at: dt.datetime
    action: str = strawberry.field(description="The event type, e.g. DECISION_TAKEN.")
    description: str
    channel: ChannelEnum
    actor: Optional[AuditActor] = strawberry.field(description="null for the system (e.g. reminders).")


def _etablissement_id(principal: Optional[Principal], value: Optional[strawberry.ID]) -> int:
    """The id given, else the caller's own school (an anonymous caller is told to log in first)."""
    require_authenticated(principal)
    if value is not None:
        return require_id("Etablissement", value, "etablissementId")
    if principal is not None and principal.etablissement_id is not None:
        return principal.etablissement_id
    raise DomainError.of(*FORBIDDEN)


@strawberry.type(description="The académie's parameters of the procedure.")
class AcademieParameters:
    academie_code: str
    academie_name: str
    allow_metier_text: bool = strawberry.field(description="2de pro / CAP requests may name a métier or formation (free text).")
    allow_passerelle: bool = strawberry.field(description="2de GT pupils may ask for the voie professionnelle (passerelle).")
    families_rank_specialites: bool = strawberry.field(description="Families rank their spécialités 1 to 4 instead of checking them.")

    @classmethod
    def of(cls, row, values: academie.AcademieParameters) -> "AcademieParameters":  # type: ignore[no-untyped-def]
        return cls(
            academie_code=row.code, academie_name=row.name, allow_metier_text=values.allow_metier_text,
            allow_passerelle=values.allow_passerelle_pro, families_rank_specialites=values.families_rank_specialites,
        )  # fmt: skip


@strawberry.input(description="Only the fields given change.")
class SetAcademieParametersInput:
    allow_metier_text: Optional[bool] = None
    allow_passerelle: Optional[bool] = None
    families_rank_specialites: Optional[bool] = None


@strawberry.type
class ParametersQuery:
    @strawberry.field(description="The national list of spécialités (selectable ones unless includeRetired).")
    async def specialites(self, info: Info, include_retired: bool = False) -> list[SpecialiteEntry]:
        async with info.context.runtime.db.read() as session:
            return [SpecialiteEntry.of(r) for r in await parameters.specialite_entries(session, include_retired)]

    @strawberry.field(description="Séries of a voie (1re technologique), with their options (STL).")
    async def series(self, info: Info, voie: str = "1T", include_retired: bool = False) -> list[SerieEntry]:
        async with info.context.runtime.db.read() as session:
            return [SerieEntry.of(r) for r in await parameters.serie_entries(session, voie, include_retired)]

    @strawberry.field(
        description="The spécialités an establishment offers (code and label, by label): the viewer's, another by id, "
        "or a pupil's (families)."
    )
    async def offered_specialites(
        self, info: Info, etablissement_id: Optional[strawberry.ID] = None, pupil_id: Optional[strawberry.ID] = None
    ) -> list[OfferedSpecialite]:
        principal = require_authenticated(info.context.principal)
        async with info.context.runtime.db.read() as session:
            if pupil_id is not None:
                pk = require_id("Pupil", pupil_id, "pupilId")
                return [OfferedSpecialite.of(s) for s in await parameters.offered_specialites_of(session, principal, pupil_id=pk)]
            etab_id = _etablissement_id(principal, etablissement_id)
            return [
                OfferedSpecialite.of(s)
                for s in await parameters.offered_specialites_of(session, principal, etablissement_id=etab_id)
            ]

    @strawberry.field(description="The académie's parameters: its administrator, and the staff of its establishments.")
    async def academie_parameters(self, info: Info) -> AcademieParameters:
        async with info.context.runtime.db.read() as session:
            return AcademieParameters.of(*await academie.read_parameters(session, info.context.principal))

    @strawberry.field(description="Head: what looks wrong in the establishment's parameters and data before opening.")
    async def pre_opening_check(self, info: Info, etablissement_id: Optional[strawberry.ID] = None) -> PreOpeningCheck:
        principal = require_authenticated(info.context.principal)
        async with info.context.runtime.db.read() as session:
            findings = await parameters.pre_opening_check(session, principal, _etablissement_id(principal, etablissement_id))
        return PreOpeningCheck(
            ok=not findings, findings=[CheckFinding(code=f.code, message=f.message, subject=f.subject) for f in findings]
        )

    @strawberry.field(description="Staff: every write on a pupil's file, newest first.")
    async def audit_trail(
        self, info: Info, pupil_id: strawberry.ID, first: Optional[int] = None, after: Optional[str] = None
    ) -> Connection[AuditEntry]:
        context = info.context
        limit = page_size(first, context.runtime.settings.max_page_size)
        after_id = decode_cursor(after)
        pk = require_id("Pupil", pupil_id, "pupilId")
        async with context.runtime.db.read() as session:
            rows, accounts, total, has_next = await parameters.audit_page(session, context.principal, pk, limit, after_id)
            payloads = await parameters.audit_payloads(session, rows)
        edges = []
        for row in rows:
            account = accounts.get(row.account_id) if row.account_id else None
            actor = (
                AuditActor(
                    id=encode_id("Account", account.id),
                    first_name=account.first_name,
                    last_name=account.last_name,
                    role=account.role,
                    staff_function=account.staff_function,
                )
                if account
                else None
            )
            node = AuditEntry(
                id=encode_id("AuditEntry", row.id),
                at=row.at,
                action=row.action,
                description=describe_for_staff(row.action, payloads.get(row.event_id) or {}),
                channel=row.channel,
                actor=actor,
            )
            edges.append(Edge(cursor=encode_cursor(row.id), node=node))
        return page_of(edges, has_next=has_next, has_previous=after_id is not None, total=total)


@strawberry.input
class AddSpecialiteInput:
    code: str
    label: str
    family: Optional[str] = None
    valid_from: Optional[dt.date] = None
    valid_to: Optional[dt.date] = None


@strawberry.input
class AddSerieInput:
    code: str
    label: str
    voie_code: str = "1T"
    options: Optional[list[str]] = None


@strawberry.input
class AddVoieInput:
    code: str
    palier: PalierEnum
    label: str
    kind: str
    allows_metier: bool = False
    requires_serie: bool = False
    has_specialites: bool = False


@strawberry.input
class SetNomenclatureEntryActiveInput:
    kind: NomenclatureKindEnum
    code: str
    active: bool = strawberry.field(description="false retires the entry: no longer selectable; past requests keep it.")


@strawberry.input
class SetOfferedSpecialitesInput:
    etablissement_id: Optional[strawberry.ID] = None
    codes: list[str]


@strawberry.type
class SpecialitePayload:
    specialite: Optional[SpecialiteEntry]
    errors: list[UserErrorType]


@strawberry.type
class SeriePayload:
    serie: Optional[SerieEntry]
    errors: list[UserErrorType]


@strawberry.type
class VoiePayload:
    voie: Optional[Voie]
    errors: list[UserErrorType]


@strawberry.type
class NomenclatureEntryPayload:
    kind: Optional[NomenclatureKindEnum]
    code: Optional[str]
    active: Optional[bool]
    errors: list[UserErrorType]


@strawberry.type
class OfferedSpecialitesPayload:
    codes: Optional[list[str]]
    errors: list[UserErrorType]


async def _write(info: Info, use_case):  # type: ignore[no-untyped-def]
    runtime = info.context.runtime

    async def action():  # type: ignore[no-untyped-def]
        return await committed(runtime, use_case, info.context.principal)

    return await run_mutation(action)


@strawberry.type
class AcademieParametersPayload:
    parameters: Optional[AcademieParameters]
    errors: list[UserErrorType]


@strawberry.type
class ParametersMutation:
    @strawberry.mutation(
        description="Académie: set its parameters (métier text, passerelle, families ranking spécialités); each change "
        "is audited and pushed to every establishment of the académie."
    )
    async def set_academie_parameters(self, info: Info, input: SetAcademieParametersInput) -> AcademieParametersPayload:
        result, errors = await _write(
            info,
            lambda s, p: academie.set_parameters(
                s, p, allow_metier_text=input.allow_metier_text, allow_passerelle_pro=input.allow_passerelle,
                families_rank_specialites=input.families_rank_specialites,
            ),  # fmt: skip
        )
        return AcademieParametersPayload(parameters=AcademieParameters.of(*result) if result else None, errors=errors)

    @strawberry.mutation(description="Académie: add a spécialité to the national list (selectable at once).")
    async def add_specialite(self, info: Info, input: AddSpecialiteInput) -> SpecialitePayload:
        row, errors = await _write(
            info, lambda s, p: parameters.add_specialite(s, p, input.code, input.label, input.family, input.valid_from, input.valid_to)
        )
        return SpecialitePayload(specialite=SpecialiteEntry.of(row) if row else None, errors=errors)

    @strawberry.mutation(description="Académie: add a série to a voie that has séries.")
    async def add_serie(self, info: Info, input: AddSerieInput) -> SeriePayload:
        row, errors = await _write(
            info, lambda s, p: parameters.add_serie(s, p, input.code, input.label, input.voie_code, input.options or [])
        )
        return SeriePayload(serie=SerieEntry.of(row) if row else None, errors=errors)

    @strawberry.mutation(description="Académie: add a voie for a palier.")
    async def add_voie(self, info: Info, input: AddVoieInput) -> VoiePayload:
        row, errors = await _write(
            info,
            lambda s, p: parameters.add_voie(
                s, p, input.code, Palier(input.palier), input.label, input.kind, input.allows_metier, input.requires_serie, input.has_specialites
            ),
        )
        voie = None
        if row is not None:
            voie = Voie.of(VoieInfo(row.code, row.palier, row.label, row.kind, row.allows_metier, row.requires_serie, row.has_specialites, row.active))
        return VoiePayload(voie=voie, errors=errors)

    @strawberry.mutation(description="Académie: retire (active: false) or restore a voie, série or spécialité.")
    async def set_nomenclature_entry_active(self, info: Info, input: SetNomenclatureEntryActiveInput) -> NomenclatureEntryPayload:
        row, errors = await _write(
            info, lambda s, p: parameters.set_entry_active(s, p, NomenclatureKind(input.kind), input.code, input.active)
        )
        if row is None:
            return NomenclatureEntryPayload(kind=None, code=None, active=None, errors=errors)
        return NomenclatureEntryPayload(kind=input.kind, code=row.code, active=row.active, errors=[])

    @strawberry.mutation(description="Head: the spécialités the establishment offers (replaces the list).")
    async def set_offered_specialites(self, info: Info, input: SetOfferedSpecialitesInput) -> OfferedSpecialitesPayload:
        async def use_case(session, principal):  # type: ignore[no-untyped-def]
            return await parameters.set_offered_specialites(
                session, principal, _etablissement_id(principal, input.etablissement_id), input.codes
            )

        codes, errors = await _write(info, use_case)
        return OfferedSpecialitesPayload(codes=codes, errors=errors)
