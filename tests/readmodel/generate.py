"""Pupils' files generated THROUGH THE SERVICES (seeded random): every state of both paliers and
both phases, séries (STL with its option), spécialités offered and not, paper and online entries,
disagreements, décisions, appeals granted and refused, maintien, hors procédure.

Only the people (pupils, guardian accounts) are inserted directly, as a SIECLE import would; every
step of every file is written by the service a family or the school would call.
"""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from sqlalchemy import select, update

from graphql_api.auth import principal_for
from graphql_api.db.engine import Database
from graphql_api.db.models import Account, Guardianship, PhaseWindow, Pupil
from graphql_api.domain.avis import AvisInput, RecommendationInput
from graphql_api.domain.requests import RequestInput
from graphql_api.domain.vocabulary import AvisValue
from graphql_api.policy import Principal
from graphql_api.seed import LYCEE_OFFERED
from graphql_api.services import avis, choices, decision, intentions, proposition, pupil_status, teleservice
from graphql_api.services.campaigns import current_school_year_of_etablissement
from graphql_api.services.clock import utcnow
from graphql_api.domain.working_days import paris_date

NOT_OFFERED = ["LLCA", "SI", "ARTS_CINEMA", "BIO_ECO"]
TECHNO = ["STMG", "STI2D", "STL", "ST2S", "STD2A"]
LAST_NAMES = ["Bœuf", "Nguyễn", "Şahin", "Martin", "Lefèvre", "Dupont", "Žukauskas", "O'Neil", "Benoît", "Müller"]


@dataclass
class School:
    etablissement: int
    divisions: list[int]
    palier: str
    mef: str
    head: str
    office: str


@dataclass
class Generated:
    pupil_ids: list[int] = field(default_factory=list)
    by_school: dict[int, list[int]] = field(default_factory=dict)
    guardians: dict[int, list[int]] = field(default_factory=dict)  # pupil -> guardian account ids


async def _principal(db: Database, account_id: int) -> Principal:
    async with db.read() as session:
        return await principal_for(session, await session.get(Account, account_id))


async def _people(db: Database, demo, rng: random.Random, per_school: int) -> tuple[Generated, list[School]]:  # type: ignore[no-untyped-def]
    schools = [
        School(demo.etablissement, [demo.division_3a, demo.division_3b], "3EME", "10310019110", "chef.aubrac", "secretariat.aubrac"),
        School(demo.lycee.etablissement, [demo.lycee.division_2a, demo.lycee.division_2b], "2NDE_GT", "20010018110", "chef.hugo", "secretariat.hugo"),
    ]
    out = Generated()
    async with db.write() as session:
        academie_id = (await session.execute(select(Account.academie_id).where(Account.id == demo.accounts["chef.aubrac"]))).scalar()
        mef_2de = (await session.execute(select(Pupil.mef).where(Pupil.id == next(iter(demo.lycee.pupils.values()))))).scalar_one()
        schools[1].mef = mef_2de
        for s_index, school in enumerate(schools):
            out.by_school[school.etablissement] = []
            school_year = await current_school_year_of_etablissement(session, school.etablissement)
            for i in range(per_school):
                pupil = Pupil(
                    ine=f"{s_index}{i:08d}G{s_index}"[:11], school_year=school_year, last_name=f"{rng.choice(LAST_NAMES)}-{s_index}{i:03d}",
                    first_name=rng.choice(["Inès", "Élise", "Zoé", "Noé", "Chloé", "Hugo", "Œdipe"]),
                    birth_date=dt.date(2010 + s_index, 1 + i % 12, 1 + i % 28), mef=school.mef, palier=school.palier,
                    etablissement_id=school.etablissement, division_id=school.divisions[i % 2],
                )  # fmt: skip
                session.add(pupil)
                await session.flush()
                ids = []
                for g in range(rng.choice([1, 2, 2, 2])):
                    account = Account(
                        login=f"gen{s_index}.{i}.{g}", role="GUARDIAN", last_name=pupil.last_name, first_name=f"Resp{g}",
                        email=f"gen{s_index}.{i}.{g}@example.test", academie_id=academie_id,
                    )  # fmt: skip
                    session.add(account)
                    await session.flush()
                    session.add(Guardianship(pupil_id=pupil.id, account_id=account.id, level=1))
                    ids.append(account.id)
                out.guardians[pupil.id] = ids
                out.pupil_ids.append(pupil.id)
                out.by_school[school.etablissement].append(pupil.id)
    return out, schools


def _intentions_3e(rng: random.Random) -> list[RequestInput]:
    voies = rng.sample(["2GT", "2PRO", "CAP1"], rng.randint(1, 3))
    out = []
    for v in voies:
        if v == "2GT":
            out.append(RequestInput(voie=v))
        else:
            both = rng.random() < 0.3
            out.append(RequestInput(voie=v, metier=rng.choice([None, "Pâtisserie", "Électricien"]), statut_scolaire=True, statut_apprenti=both))
    return out


def _specialites(rng: random.Random) -> tuple[str, ...]:
    four = rng.sample(LYCEE_OFFERED, 4)
    return tuple(four + ([rng.choice(NOT_OFFERED)] if rng.random() < 0.4 else []))


def _requests_2de(rng: random.Random, definitive: bool) -> list[RequestInput]:
    out: list[RequestInput] = []
    used_series: set[str] = set()
    for _ in range(rng.randint(1, 3)):
        kind = rng.choice(["1G", "1T", "1T", "1BT_MUSIQUE"])
        if kind == "1G" and not any(r.voie == "1G" for r in out):
            out.append(RequestInput(voie="1G", specialites=_specialites(rng)))
        elif kind == "1T":
            serie = rng.choice([s for s in TECHNO if s not in used_series])
            used_series.add(serie)
            option = rng.choice(["BIOTECHNOLOGIES", "SPCL"]) if serie == "STL" and definitive else None
            out.append(RequestInput(voie="1T", serie=serie, serie_option=option))
        elif kind == "1BT_MUSIQUE" and not any(r.voie == kind for r in out):
            out.append(RequestInput(voie=kind))
    return out or [RequestInput(voie="1G", specialites=_specialites(rng))]


async def _call(db: Database, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    async with db.write() as session:
        return await fn(session, *args, **kwargs)


async def _teleservice(db: Database, heads: dict[int, Principal], open_: bool) -> None:
    for etab, head in heads.items():
        await _call(db, teleservice.set_teleservice, head, etab, open_)


async def generate(db: Database, demo, *, per_school: int, seed: int) -> Generated:  # type: ignore[no-untyped-def]
    rng = random.Random(seed)
    gen, schools = await _people(db, demo, rng, per_school)
    heads = {s.etablissement: await _principal(db, demo.accounts[s.head]) for s in schools}
    offices = {s.etablissement: await _principal(db, demo.accounts[s.office]) for s in schools}
    guardians = {a: await _principal(db, a) for ids in gen.guardians.values() for a in ids}
    school_of = {pid: s for s in schools for pid in gen.by_school[s.etablissement]}
    today = paris_date(utcnow())
    entering: dict[int, int | None] = {}  # pupil -> the guardian who has the hand (online), if any
    hors: set[int] = set()

    def requests(pid: int, definitive: bool) -> list[RequestInput]:
        if school_of[pid].palier == "3EME":
            return _intentions_3e(rng)
        return _requests_2de(rng, definitive)

    # --- phase 1: intentions (online or paper), avis, acknowledgement --------------------------
    validated: list[int] = []
    intended: dict[int, list[RequestInput]] = {}
    for pid in gen.pupil_ids:
        etab = school_of[pid].etablissement
        r = rng.random()
        if r < 0.05:
            await _call(db, pupil_status.set_hors_procedure, heads[etab], pid, "Redoublement exceptionnel")
            hors.add(pid)
        elif r < 0.15:
            continue  # nothing validated
        elif r < 0.65:
            guardian = rng.choice(gen.guardians[pid])
            intended[pid] = requests(pid, False)
            await _call(db, intentions.validate_intentions, guardians[guardian], pid, intended[pid])
            entering[pid] = guardian
            validated.append(pid)
        else:
            intended[pid] = requests(pid, False)
            await _call(db, intentions.enter_paper_intentions, offices[etab], pid, intended[pid], today)
            validated.append(pid)
    await _teleservice(db, heads, False)
    answered = []
    for pid in validated:
        if rng.random() < 0.85:
            count = len(intended[pid])
            values = [rng.choice([AvisValue.FAVORABLE, AvisValue.FAVORABLE, AvisValue.RESERVE, AvisValue.DEFAVORABLE]) for _ in range(count)]
            motivation = None if all(v is AvisValue.FAVORABLE for v in values) else "Des efforts sont attendus."
            missing = [v for v in ("2PRO", "CAP1") if v not in {r.voie for r in intended[pid]}]
            recommendation = (
                RecommendationInput(voie=missing[0], metier="Cuisine") if school_of[pid].palier == "3EME" and missing and rng.random() < 0.2 else None
            )
            await _call(db, avis.enter_avis, heads[school_of[pid].etablissement], pid,
                        [AvisInput(rank=i + 1, value=v) for i, v in enumerate(values)], recommendation, motivation)  # fmt: skip
            answered.append(pid)
    await _teleservice(db, heads, True)  # publishes the avis
    acknowledged = set()
    for pid in answered:
        r = rng.random()
        if r < 0.55 and pid in entering:
            await _call(db, avis.acknowledge_avis, guardians[entering[pid]], pid, True)
            acknowledged.add(pid)
        elif r < 0.85:
            await _call(db, avis.record_paper_acknowledgement, offices[school_of[pid].etablissement], pid, today)
            acknowledged.add(pid)
    for pid in rng.sample(gen.pupil_ids, max(1, len(gen.pupil_ids) // 40)):
        if pid not in hors:  # hors procédure decided after phase 1
            await _call(db, pupil_status.set_hors_procedure, heads[school_of[pid].etablissement], pid, "Parcours particulier")
            hors.add(pid)

    # --- phase 2: choix définitifs, proposition, answer, décision, appeal --------------------
    await move_to_definitive(db, demo.academie)
    chose: dict[int, list[RequestInput]] = {}
    for pid in gen.pupil_ids:
        if pid in hors or (pid in answered and pid not in acknowledged) or rng.random() < 0.2:
            continue
        items = requests(pid, True)
        if pid in entering and rng.random() < 0.6:
            await _call(db, choices.validate_choices, guardians[entering[pid]], pid, items)
        elif pid not in entering and rng.random() < 0.5:
            guardian = rng.choice(gen.guardians[pid])
            await _call(db, choices.validate_choices, guardians[guardian], pid, items)
            entering[pid] = guardian
        else:
            await _call(db, choices.enter_paper_choices, offices[school_of[pid].etablissement], pid, items, today)
        chose[pid] = items
    await _teleservice(db, heads, False)
    proposed: dict[int, tuple[str, str | None]] = {}
    for pid, items in chose.items():
        if rng.random() < 0.15:
            continue
        head = heads[school_of[pid].etablissement]
        pick = rng.choice(items)
        voie, serie = pick.voie, pick.serie
        if school_of[pid].palier == "2NDE_GT" and voie == "1T" and rng.random() < 0.4:
            serie = rng.choice([s for s in TECHNO if s != serie])  # same voie, another série: no match
        elif rng.random() < 0.15:
            voie, serie = ("2PRO", None) if school_of[pid].palier == "3EME" else ("1T", "STMG")
        await _call(db, proposition.enter_proposition, head, pid, voie, serie, "Proposition motivée par le conseil.")
        proposed[pid] = (voie, serie)
    await _teleservice(db, heads, True)  # publishes the propositions
    for pid, (voie, serie) in proposed.items():
        r = rng.random()
        if r < 0.1:
            continue  # no answer yet
        agrees = r < 0.55
        etab = school_of[pid].etablissement
        if pid in entering and rng.random() < 0.7:
            await _call(db, proposition.answer_proposition, guardians[entering[pid]], pid, agrees)
        else:
            await _call(db, proposition.answer_proposition, offices[etab], pid, agrees)
        if agrees:
            continue
        if rng.random() < 0.1:
            continue  # entretien not held yet
        await _call(db, decision.record_head_interview, heads[etab], pid, today)
        if rng.random() < 0.15:
            continue
        wanted = chose[pid][0]
        decided = (wanted.voie, wanted.serie) if rng.random() < 0.4 else (voie, serie)
        await _call(db, decision.take_decision, heads[etab], pid, decided[0], decided[1], "Décision motivée du chef d'établissement.", rng.random() < 0.2)
        r = rng.random()
        if r < 0.5:
            if pid in entering and rng.random() < 0.5:
                await _call(db, decision.file_appeal, guardians[entering[pid]], pid)
            else:
                await _call(db, decision.file_appeal, heads[etab], pid, today)
            if rng.random() < 0.8:
                if rng.random() < 0.5:
                    outcome = decided  # refused: the commission keeps the décision
                else:
                    outcome = (wanted.voie, wanted.serie) if (wanted.voie, wanted.serie) != decided else ("1BT_MUSIQUE" if school_of[pid].palier == "2NDE_GT" else "CAP1", None)
                await _call(db, decision.record_appeal_outcome, heads[etab], pid, outcome[0], outcome[1])
        elif r < 0.65:
            await _call(db, decision.request_maintien, heads[etab], pid)
    for pid, guardian in entering.items():
        others = [g for g in gen.guardians[pid] if g != guardian]
        if others and guardian is not None and pid not in hors and rng.random() < 0.1:
            await _call(db, pupil_status.record_guardian_disagreement, guardians[others[0]], pid, "Je ne suis pas d'accord avec ces choix.")
    return gen


async def _stored_ranks(db: Database, pid: int) -> list[int]:
    from graphql_api.db.models import Request

    async with db.read() as session:
        return list((await session.execute(select(Request.rank).where(Request.pupil_id == pid, Request.phase == "PROVISOIRE"))).scalars())


async def move_to_definitive(db: Database, academie_id: int) -> None:
    now = utcnow()
    async with db.write() as session:
        for phase, start, end in (("PROVISOIRE", -100, -50), ("DEFINITIVE", -10, 30)):
            await session.execute(
                update(PhaseWindow)
                .where(PhaseWindow.academie_id == academie_id, PhaseWindow.phase == phase)
                .values(starts_at=now + dt.timedelta(days=start), ends_at=now + dt.timedelta(days=end))
            )
