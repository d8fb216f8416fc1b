"""The académie's establishments, as the national directory import left them (académie only)."""
from typing import Optional

import strawberry
from strawberry.types import Info

from ...services import annuaire_import
from ..base import encode_id


@strawberry.type(name="AcademieEtablissement", description="An establishment of the académie, from the national directory.")
class AcademieEtablissement:
    id: strawberry.ID
    uai: str
    name: str
    kind: Optional[str] = strawberry.field(description="Type_etablissement of the directory: Collège, Lycée, EREA.")
    sector: Optional[str] = strawberry.field(description="PUBLIC or PRIVE_SOUS_CONTRAT.")
    commune: Optional[str]
    has_troisieme: bool = strawberry.field(description="Runs the procedure from 3e.")
    has_seconde_gt: bool = strawberry.field(description="Runs the procedure from 2de générale et technologique.")
    teleservice_open: bool


async def resolve_academie_etablissements(info: Info) -> list[AcademieEtablissement]:
    async with info.context.runtime.db.read() as session:
        rows = await annuaire_import.academie_establishments(session, info.context.principal)
    return [
        AcademieEtablissement(
            id=strawberry.ID(encode_id("Etablissement", r.id)), uai=r.uai, name=r.name, kind=r.kind, sector=r.sector,
            commune=r.commune, has_troisieme=r.has_troisieme, has_seconde_gt=r.has_seconde_gt, teleservice_open=r.teleservice_open,
        )  # fmt: skip
        for r in rows
    ]


@strawberry.type
class EtablissementsQuery:
    academie_etablissements: list[AcademieEtablissement] = strawberry.field(
        resolver=resolve_academie_etablissements,
        description="The académie administrator's establishments (imported from the directory), by commune then name.",
    )
