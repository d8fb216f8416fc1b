"""National nomenclatures (initial data) and the demo school of the guide, "CLG LUCIE AUBRAC"."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from .auth import hash_password
from .db.models import (
    Academie,
    Account,
    Division,
    Etablissement,
    Guardianship,
    OfferedSpecialite,
    PhaseWindow,
    PrincipalTeacher,
    Pupil,
    Serie,
    Specialite,
    Voie,
)
from .domain import school_year
from .services.campaigns import create_first_campaign
from .services.clock import utcnow

VOIES = [
    # code, palier, label, kind, rank, allows_metier, requires_serie, has_specialites
    ("2GT", "3EME", "2de générale et technologique ou 2de STHR", "GT", 1, False, False, False),
    ("2PRO", "3EME", "2de professionnelle", "PRO", 2, True, False, False),
    ("CAP1", "3EME", "1re année de CAP", "CAP", 3, True, False, False),
    ("1G", "2NDE_GT", "1re générale", "GENERALE", 1, False, False, True),
    ("1T", "2NDE_GT", "1re technologique", "TECHNO", 2, False, True, False),
    ("1BT_MUSIQUE", "2NDE_GT", "1re BT métiers de la musique", "BT", 3, False, False, False),
    ("VOIE_PRO", "2NDE_GT", "Voie professionnelle (passerelle)", "PASSERELLE", 4, True, False, False),
]
SERIES = [
    ("STMG", "Sciences et technologies du management et de la gestion", None),
    ("STI2D", "Sciences et technologies de l'industrie et du développement durable", None),
    ("STL", "Sciences et technologies de laboratoire", ["BIOTECHNOLOGIES", "SPCL"]),
    ("ST2S", "Sciences et technologies de la santé et du social", None),
    ("STD2A", "Sciences et technologies du design et des arts appliqués", None),
    ("STHR", "Sciences et technologies de l'hôtellerie et de la restauration", None),
    ("S2TMD", "Sciences et techniques du théâtre, de la musique et de la danse", None),
    ("STAV", "Sciences et technologies de l'agronomie et du vivant", None),
]
SPECIALITES = [
    ("ARTS_ARTS_PLASTIQUES", "Arts : arts plastiques", "ARTS"),
    ("ARTS_CINEMA", "Arts : cinéma-audiovisuel", "ARTS"),
    ("ARTS_DANSE", "Arts : danse", "ARTS"),
    ("ARTS_HISTOIRE_ARTS", "Arts : histoire des arts", "ARTS"),
    ("ARTS_MUSIQUE", "Arts : musique", "ARTS"),
    ("ARTS_THEATRE", "Arts : théâtre", "ARTS"),
    ("HGGSP", "Histoire-géographie, géopolitique et sciences politiques", None),
    ("HLP", "Humanités, littérature et philosophie", None),
    ("LLCER_ANGLAIS", "Langues, littératures et cultures étrangères et régionales : anglais", "LLCER"),
    ("LLCER_ALLEMAND", "Langues, littératures et cultures étrangères et régionales : allemand", "LLCER"),
    ("LLCER_ESPAGNOL", "Langues, littératures et cultures étrangères et régionales : espagnol", "LLCER"),
    ("LLCER_ITALIEN", "Langues, littératures et cultures étrangères et régionales : italien", "LLCER"),
    ("LLCA", "Littérature, langues et cultures de l'Antiquité", None),
    ("MATHS", "Mathématiques", None),
    ("NSI", "Numérique et sciences informatiques", None),
    ("PC", "Physique-chimie", None),
    ("SI", "Sciences de l'ingénieur", None),
    ("SVT", "Sciences de la vie et de la Terre", None),
    ("SES", "Sciences économiques et sociales", None),
    ("BIO_ECO", "Biologie-écologie", None),
    ("EPPCS", "Éducation physique, pratiques et culture sportives", None),
]

DEMO_PASSWORD = "orientation"


async def seed_nomenclatures(session: AsyncSession) -> None:
    if (await session.execute(select(func.count()).select_from(Voie))).scalar_one():
        return
    for code, palier, label, kind, rank, metier, serie, spe in VOIES:
        session.add(
            Voie(code=code, palier=palier, label=label, kind=kind, rank=rank, allows_metier=metier, requires_serie=serie, has_specialites=spe)
        )
    await session.flush()
    for code, label, options in SERIES:
        session.add(Serie(code=code, voie_code="1T", label=label, options=options))
    for code, label, family in SPECIALITES:
        session.add(Specialite(code=code, label=label, family=family))


@dataclass
class DemoIds:
    academie: int
    etablissement: int
    other_etablissement: int
    division_3a: int
    division_3b: int
    pupils: dict[str, int]
    accounts: dict[str, int]
    lycee: "LyceeIds | None" = None  # the 2de GT demo school (its pupils are not in `pupils`)
    school_year: str = ""  # the académie's current campaign year


PUPILS_3A = [
    # last name, first name, guardians: (login stem, first name, email?) ...
    ("MARTIN", "Léa", [("martin.pere", "Julien", True), ("martin.mere", "Sophie", True)]),
    ("BERNARD", "Hugo", [("bernard.mere", "Claire", True), ("bernard.pere", "Marc", True)]),
    ("PETIT", "Inès", [("petit.mere", "Nadia", True), ("petit.pere", "Karim", True)]),
    ("DURAND", "Lucas", [("durand.mere", "Emma", False)]),  # a single guardian without e-mail
    ("LEROY", "Chloé", [("leroy.mere", "Anne", True), ("leroy.pere", "Paul", True)]),
    ("MOREAU", "Nathan", [("moreau.pere", "Eric", True), ("moreau.mere", "Julie", True)]),
]
PUPILS_3B = [
    ("SIMON", "Manon", [("simon.mere", "Laura", True), ("simon.pere", "David", True)]),
    ("LAURENT", "Enzo", [("laurent.pere", "Thomas", True), ("laurent.mere", "Sarah", True)]),  # SEGPA
    ("LEFEBVRE", "Jade", [("lefebvre.mere", "Camille", True), ("lefebvre.pere", "Nicolas", True)]),  # hors procédure
    ("MICHEL", "Louis", [("michel.pere", "Olivier", True), ("michel.mere", "Aurélie", True)]),
    ("GARCIA", "Zoé", [("garcia.mere", "Maria", True), ("garcia.pere", "José", True)]),
    ("DAVID", "Adam", [("david.pere", "Pierre", True), ("david.mere", "Lucie", True)]),
]


async def seed_demo(session: AsyncSession, *, now: dt.datetime | None = None, password_hash: str | None = None) -> DemoIds:
    """The demo school. Every account's password is DEMO_PASSWORD (README lists them)."""
    now = now or utcnow()
    pw = password_hash or hash_password(DEMO_PASSWORD)
    await seed_nomenclatures(session)
    # The académie and the establishments come from the national directory, as in production.
    from .services import annuaire_import

    etabs = await annuaire_import.apply(
        session, annuaire_import.DEMO_EXTRACT, annuaire_import.DirectoryReport("demo"), only={"0750001U", "0750002V", "0750003W"}
    )
    academie = (await session.execute(select(Academie).where(Academie.code == "01"))).scalar_one()
    academie.allow_metier_text = True
    year = school_year.of_date(now.date())
    await create_first_campaign(session, academie.id, year, now)
    for palier in ("3EME", "2NDE_GT"):
        session.add(PhaseWindow(academie_id=academie.id, school_year=year, palier=palier, phase="PROVISOIRE", starts_at=now - dt.timedelta(days=7), ends_at=now + dt.timedelta(days=60)))
        session.add(PhaseWindow(academie_id=academie.id, school_year=year, palier=palier, phase="DEFINITIVE", starts_at=now + dt.timedelta(days=90), ends_at=now + dt.timedelta(days=150)))
    college, other = await session.get(Etablissement, etabs["0750001U"]), await session.get(Etablissement, etabs["0750002V"])
    for etab in (college, other):
        etab.teleservice_open, etab.teleservice_school_year, etab.teleservice_changed_at = True, year, now
    await session.flush()
    d3a = Division(etablissement_id=college.id, code="3A", palier="3EME")
    d3b = Division(etablissement_id=college.id, code="3B", palier="3EME")
    d3c = Division(etablissement_id=other.id, code="3C", palier="3EME")
    session.add_all([d3a, d3b, d3c])
    await session.flush()

    accounts: dict[str, int] = {}

    def account(login: str, role: str, first: str, last: str, **kw) -> Account:  # type: ignore[no-untyped-def]
        return _add_account(session, pw, login, role, first, last, **kw)

    staff = {
        "chef.aubrac": account("chef.aubrac", "STAFF", "Hélène", "ROUSSEAU", staff_function="HEAD", etablissement_id=college.id, email="ce.0750001U@ac-paris.localhost"),
        "pp.3a": account("pp.3a", "STAFF", "Marc", "FONTAINE", staff_function="TEACHER", etablissement_id=college.id),
        "pp.3b": account("pp.3b", "STAFF", "Isabelle", "GIRARD", staff_function="TEACHER", etablissement_id=college.id),
        "secretariat.aubrac": account("secretariat.aubrac", "STAFF", "Sylvie", "MERCIER", staff_function="SECRETARY", etablissement_id=college.id),
        "chef.moulin": account("chef.moulin", "STAFF", "Alain", "BLANC", staff_function="HEAD", etablissement_id=other.id),
        "pp.3c": account("pp.3c", "STAFF", "Rémi", "FAURE", staff_function="TEACHER", etablissement_id=other.id),
        "admin.academie": account("admin.academie", "ACADEMIE", "Claire", "DUPONT", academie_id=academie.id),
    }
    await session.flush()
    accounts.update({k: v.id for k, v in staff.items()})
    session.add_all(
        [
            PrincipalTeacher(account_id=staff["pp.3a"].id, division_id=d3a.id),
            PrincipalTeacher(account_id=staff["pp.3b"].id, division_id=d3b.id),
            PrincipalTeacher(account_id=staff["pp.3c"].id, division_id=d3c.id),
        ]
    )

    pupils: dict[str, int] = {}
    number = 0
    for division, etab, rows in ((d3a, college, PUPILS_3A), (d3b, college, PUPILS_3B), (d3c, other, [("ROBERT", "Sacha", [("robert.mere", "Inès", True)])])):
        for last, first, guardians in rows:
            number += 1
            pupil = Pupil(
                ine=f"{number:09d}AB",
                school_year=year,
                last_name=last,
                first_name=first,
                birth_date=dt.date(2011, 1 + number % 12, 1 + number % 27),
                mef="10310019110" if last != "LAURENT" else "10310019115",
                palier="3EME",
                etablissement_id=etab.id,
                division_id=division.id,
                segpa=last == "LAURENT",
                hors_procedure_reason="Redoublement exceptionnel décidé après avis médical." if last == "LEFEBVRE" else None,
            )
            await _add_family(session, pw, pupil, guardians, pupils, accounts)
    await session.flush()
    lycee = await seed_lycee(session, academie.id, pw, now, accounts, year)
    return DemoIds(academie.id, college.id, other.id, d3a.id, d3b.id, pupils, accounts, lycee, year)


# --- the 2de GT demo school ------------------------------------------------------------------


def _add_account(session: AsyncSession, pw: str, login: str, role: str, first: str, last: str, **kw: Any) -> Account:
    row = Account(login=login, password_hash=pw, role=role, first_name=first, last_name=last, **kw)
    session.add(row)
    return row


async def _add_family(
    session: AsyncSession, pw: str, pupil: Pupil, guardians: list[tuple[str, str, bool]], pupils: dict[str, int], accounts: dict[str, int]
) -> None:
    """A demo pupil, their own account (eleve.<name>) and their guardians', level 1 first."""
    session.add(pupil)
    await session.flush()
    last = pupil.last_name
    pupils[last.lower()] = pupil.id
    student = _add_account(session, pw, f"eleve.{last.lower()}", "PUPIL", pupil.first_name, last, pupil_id=pupil.id)
    await session.flush()
    accounts[f"eleve.{last.lower()}"] = student.id
    for level, (stem, first, has_mail) in enumerate(guardians, start=1):
        guardian = _add_account(session, pw, stem, "GUARDIAN", first, last, email=f"{stem}@famille.localhost" if has_mail else None)
        await session.flush()
        accounts[stem] = guardian.id
        session.add(Guardianship(pupil_id=pupil.id, account_id=guardian.id, level=level))


@dataclass
class LyceeIds:
    etablissement: int
    division_2a: int
    division_2b: int
    pupils: dict[str, int]


LYCEE_OFFERED = ["HGGSP", "HLP", "LLCER_ANGLAIS", "MATHS", "NSI", "PC", "SES", "SVT"]
PUPILS_2A = [
    ("DUBOIS", "Emma", [("dubois.mere", "Céline", True), ("dubois.pere", "Franck", True)]),
    ("ROUX", "Gabriel", [("roux.pere", "Stéphane", True), ("roux.mere", "Élodie", True)]),
    ("FOURNIER", "Alice", [("fournier.mere", "Sandrine", True)]),
]
PUPILS_2B = [
    ("GIRAUD", "Louise", [("giraud.mere", "Nathalie", True), ("giraud.pere", "Bruno", True)]),
    ("BONNET", "Arthur", [("bonnet.pere", "Vincent", True), ("bonnet.mere", "Aurélie", True)]),
]


async def seed_lycee(session: AsyncSession, academie_id: int, pw: str, now: dt.datetime, accounts: dict[str, int], year: str) -> LyceeIds:
    """LYC VICTOR HUGO: 2de GT divisions 2A and 2B, its head, PPs, office and offered spécialités."""
    lycee = (await session.execute(select(Etablissement).where(Etablissement.uai == "0750003W"))).scalar_one()
    lycee.teleservice_open, lycee.teleservice_school_year, lycee.teleservice_changed_at = True, year, now
    await session.flush()
    d2a = Division(etablissement_id=lycee.id, code="2A", palier="2NDE_GT")
    d2b = Division(etablissement_id=lycee.id, code="2B", palier="2NDE_GT")
    session.add_all([d2a, d2b])
    session.add_all([OfferedSpecialite(etablissement_id=lycee.id, specialite_code=c) for c in LYCEE_OFFERED])

    def account(login: str, role: str, first: str, last: str, **kw) -> Account:  # type: ignore[no-untyped-def]
        return _add_account(session, pw, login, role, first, last, **kw)

    staff = {
        "chef.hugo": account("chef.hugo", "STAFF", "Olivier", "LAMBERT", staff_function="HEAD", etablissement_id=lycee.id, email="ce.0750003W@ac-paris.localhost"),
        "pp.2a": account("pp.2a", "STAFF", "Agnès", "CARON", staff_function="TEACHER", etablissement_id=lycee.id),
        "pp.2b": account("pp.2b", "STAFF", "Julien", "PERRIN", staff_function="TEACHER", etablissement_id=lycee.id),
        "secretariat.hugo": account("secretariat.hugo", "STAFF", "Martine", "MARCHAND", staff_function="SECRETARY", etablissement_id=lycee.id),
    }
    await session.flush()
    accounts.update({k: v.id for k, v in staff.items()})
    session.add_all(
        [
            PrincipalTeacher(account_id=staff["pp.2a"].id, division_id=d2a.id),
            PrincipalTeacher(account_id=staff["pp.2b"].id, division_id=d2b.id),
        ]
    )
    pupils: dict[str, int] = {}
    number = 100
    for division, rows in ((d2a, PUPILS_2A), (d2b, PUPILS_2B)):
        for last, first, guardians in rows:
            number += 1
            pupil = Pupil(
                ine=f"{number:09d}CD",
                school_year=year,
                last_name=last,
                first_name=first,
                birth_date=dt.date(2010, 1 + number % 12, 1 + number % 27),
                mef="20010018110",
                palier="2NDE_GT",
                etablissement_id=lycee.id,
                division_id=division.id,
            )
            await _add_family(session, pw, pupil, guardians, pupils, accounts)
    await session.flush()
    return LyceeIds(lycee.id, d2a.id, d2b.id, pupils)
