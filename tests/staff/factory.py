"""Writes complete files (phase 1 and phase 2) straight into the database, as the procedure
would have left them, so the staff tools can be checked column by column."""
from __future__ import annotations

import datetime as dt

from graphql_api.db.engine import Database
from graphql_api.db.models import (
    Avis,
    CouncilAnswer,
    Pupil,
    PupilStep,
    Request,
    RequestSet,
    RequestSpecialite,
)
from graphql_api.domain import steps
from graphql_api.services.campaigns import current_school_year_of_etablissement
from graphql_api.services.clock import utcnow

NOW = utcnow()


async def add_pupils(db: Database, *, etablissement_id: int, division_id: int, count: int, by: int, prefix: str = "NOM", palier: str = "3EME", mef: str = "10310019110", school_year: str | None = None) -> list[int]:
    async with db.write() as session:
        year = school_year or await current_school_year_of_etablissement(session, etablissement_id)
        rows = []
        for i in range(count):
            p = Pupil(
                ine=f"{prefix[:3]}{i:06d}XY"[:11],
                school_year=year,
                last_name=f"{prefix}{i:03d}",
                first_name=f"Prénom{i % 7}",
                birth_date=dt.date(2011, 1 + i % 12, 1 + i % 28),
                mef=mef,
                palier=palier,
                etablissement_id=etablissement_id,
                division_id=division_id,
            )
            session.add(p)
            rows.append(p)
        await session.flush()
        return [p.id for p in rows]


async def full_file(
    db: Database,
    pupil_id: int,
    *,
    by: int,
    intentions: list[str] = ("2GT", "2PRO"),
    avis: list[str] = ("FAVORABLE", "RESERVE"),
    choices: list[str] | None = ("2GT",),
    proposition: str | None = "2GT",
    agrees: bool | None = True,
    appeal: bool = False,
    specialites: list[str] | None = None,
    serie: str | None = None,
) -> None:
    """Every column of the list filled in; phase 2 rows shaped as domain/steps.py says."""
    async with db.write() as session:
        for phase, voies in (("PROVISOIRE", intentions), ("DEFINITIVE", choices or [])):
            if not voies:
                continue
            rs = RequestSet(pupil_id=pupil_id, phase=phase, validated_at=NOW, validated_by_id=by, channel="TELESERVICE", revision=1)
            session.add(rs)
            await session.flush()
            for rank, voie in enumerate(voies, start=1):
                r = Request(
                    set_id=rs.id, pupil_id=pupil_id, phase=phase, rank=rank, voie_code=voie,
                    serie_code=serie if voie == "1T" else None,
                    metier="Pâtisserie" if voie == "2PRO" else None, statut_scolaire=voie == "2PRO",
                )  # fmt: skip
                session.add(r)
                if specialites and voie == "1G":
                    await session.flush()
                    for code in specialites:
                        session.add(RequestSpecialite(request_id=r.id, specialite_code=code, rank=None, offered=True))
        if avis:
            answer = CouncilAnswer(
                pupil_id=pupil_id, phase="PROVISOIRE", entered_at=NOW, entered_by_id=by, published_at=NOW,
                acknowledged_at=NOW, acknowledged_by_id=by, acknowledgement_channel="TELESERVICE",
                motivation="Des efforts en mathématiques sont attendus.",
            )  # fmt: skip
            session.add(answer)
            await session.flush()
            for rank, value in enumerate(avis, start=1):
                session.add(Avis(answer_id=answer.id, rank=rank, value=value))
        if proposition:
            session.add(
                CouncilAnswer(
                    pupil_id=pupil_id, phase="DEFINITIVE", recommendation_voie_code=proposition,
                    recommendation_serie_code=serie if proposition == "1T" else None,
                    motivation="Proposition conforme au projet.", entered_at=NOW, entered_by_id=by, published_at=NOW,
                )  # fmt: skip
            )
        if agrees is not None:
            session.add(PupilStep(pupil_id=pupil_id, kind=steps.FAMILY_ANSWER, at=NOW, by_id=by, data={"agrees": agrees}))
        if agrees is False:
            session.add(PupilStep(pupil_id=pupil_id, kind=steps.HEAD_INTERVIEW, at=NOW, by_id=by, data={"date": "2027-06-10"}))
            session.add(
                PupilStep(
                    pupil_id=pupil_id, kind=steps.DECISION, at=NOW, by_id=by,
                    data={"voie": proposition, "serie": None, "remiseANiveau": False, "motivation": "Résultats insuffisants.", "appealDeadline": "2027-06-15"},
                )  # fmt: skip
            )
        if appeal:
            session.add(PupilStep(pupil_id=pupil_id, kind=steps.APPEAL, at=NOW, by_id=by, data={"filedOn": "2027-06-12"}))
            session.add(PupilStep(pupil_id=pupil_id, kind=steps.APPEAL_OUTCOME, at=NOW, by_id=by, data={"voie": "2GT", "serie": None, "upheld": proposition == "2GT"}))
        pupil = await session.get(Pupil, pupil_id)
        pupil.pp_interview_on = dt.date(2027, 1, 15)
