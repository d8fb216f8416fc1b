"""Live dashboard counters = the full recompute, after random histories played through the services,
over two campaign years with a rollover between them (each year's counters kept apart).

Each history draws, for every demo pupil of the three schools, random steps of both phases
(paper intentions and choices, avis with or without a recommendation, acknowledgements,
téléservice switches that publish, propositions, answers, entretiens, décisions, appeals and
their outcomes, maintien, disagreements, hors procédure and back, pupils leaving and changing
division), each in its own transaction as the API would run it; refused steps roll back. After
every few steps, every scope (académie, each school, each division, each palier) is summed from
the counters and recomputed from the files, and both must be equal, field by field and in order.
"""
from __future__ import annotations

import dataclasses
import os
import datetime as dt
import random

import pytest
from sqlalchemy import select, update

from graphql_api.auth import principal_for
from graphql_api.db.models import Account, Division, Etablissement, Guardianship, PhaseWindow, Pupil
from graphql_api.db.models_dashboard import DashboardCounter, DashboardEtablissement, DashboardPupil
from graphql_api.domain.avis import AvisInput, RecommendationInput
from graphql_api.domain.errors import DomainError
from graphql_api.domain.requests import RequestInput
from graphql_api.domain.vocabulary import AvisValue
from graphql_api.domain import school_year
from graphql_api.services import avis, campaigns, choices, dashboard, decision, intentions, proposition, pupil_status, statistics, teleservice
from graphql_api.services.clock import utcnow
from graphql_api.services.counters import live_counters, recount_live_counters
from graphql_api.services.statistics import Scope, compute, from_counters
from tests.procedure.helpers import move_to_definitive

HEADS = {"0750001U": "chef.aubrac", "0750002V": "chef.moulin", "0750003W": "chef.hugo"}
TROISIEME = [
    [RequestInput("2GT")],
    [RequestInput("2GT"), RequestInput("2PRO", metier="Pâtisserie", statut_scolaire=True)],
    [RequestInput("2PRO", metier="Cuisine", statut_apprenti=True), RequestInput("CAP1", metier="Boulangerie", statut_scolaire=True)],
    [RequestInput("CAP1", metier="Coiffure", statut_scolaire=True), RequestInput("2GT")],
]
SECONDE = [
    [RequestInput("1G", specialites=("MATHS", "PC", "SVT", "NSI"))],
    [RequestInput("1G", specialites=("SES", "HGGSP", "MATHS", "LLCA")), RequestInput("1T", serie="STMG")],
    [RequestInput("1T", serie="STMG"), RequestInput("1T", serie="STD2A")],
    [RequestInput("1T", serie="STL", serie_option="SPCL"), RequestInput("1G", specialites=("NSI", "SVT", "PC", "MATHS"))],
]
RECOMMENDATIONS = {"3EME": [("2GT", None), ("2PRO", None), ("CAP1", None)], "2NDE_GT": [("1G", None), ("1T", "STMG"), ("1T", "STD2A")]}


async def _principal(db, account_id: int):  # type: ignore[no-untyped-def]
    async with db.read() as session:
        return await principal_for(session, await session.get(Account, account_id))


async def _try(db, principal, use_case, *args) -> bool:  # type: ignore[no-untyped-def]
    try:
        async with db.write() as session:
            await use_case(session, principal, *args)
    except DomainError:
        return False
    return True


async def _scopes(db) -> list[Scope]:  # type: ignore[no-untyped-def]
    async with db.read() as session:
        etabs = (await session.execute(select(Etablissement.id, Etablissement.academie_id))).all()
        divisions = (await session.execute(select(Division.id, Division.etablissement_id))).all()
    academie = etabs[0][1]
    scopes = [Scope(academie_id=academie, palier=p) for p in (None, "3EME", "2NDE_GT")]
    scopes += [Scope(academie_id=academie, etablissement_id=e, palier=p) for e, _ in etabs for p in (None, "3EME")]
    scopes += [Scope(academie_id=academie, etablissement_id=e, division_id=d) for d, e in divisions]
    return scopes


async def processed(db) -> None:  # type: ignore[no-untyped-def]
    """The outbox dispatcher's processing pass, until nothing is left: the counters follow the
    events it processes (services/dashboard.py)."""
    import tempfile

    from graphql_api.config import load_settings
    from notifications.dispatcher import Dispatcher

    dispatcher = Dispatcher(load_settings({"DATA_DIR": tempfile.mkdtemp()}), db, broker=None)
    while await dispatcher.process():
        pass


async def assert_counters_match(db, years: tuple[str | None, ...] = (None,)) -> None:  # type: ignore[no-untyped-def]
    """Every scope, for each campaign year given (None: every year together), summed from the
    counters and recomputed from the files, once the dispatcher has processed every event; the
    live counters are the current year's."""
    await processed(db)
    await assert_summary_in_step(db)
    async with db.read() as session:
        for each in await _scopes(db):
            for year in years:
                scope = dataclasses.replace(each, school_year=year)
                recomputed = dataclasses.asdict(await compute(session, scope))
                counted = dataclasses.asdict(await from_counters(session, scope))
                assert counted == recomputed, scope
            if each.division_id is None and each.palier is None:
                where = {"etablissement_id": each.etablissement_id} if each.etablissement_id else {"academie_id": each.academie_id}
                assert await live_counters(session, **where) == await recount_live_counters(session, **where), each


async def _summary_rows(db) -> dict:  # type: ignore[type-arg,no-untyped-def]
    """The académie breakdown's summary rows (dashboard_etablissement), the all-zero ones left out."""
    async with db.read() as session:
        rows = (await session.execute(select(DashboardEtablissement))).scalars().all()
        stored = {
            (r.etablissement_id, r.school_year, r.palier): {c: getattr(r, c) for c in dashboard.SUMMARY_COLUMNS} for r in rows
        }
        session.expunge_all()
    return {line: values for line, values in stored.items() if any(values.values())}


async def assert_summary_in_step(db) -> None:  # type: ignore[no-untyped-def]
    """Each summary row holds exactly its establishment's counters of the three keys (per year and
    palier), and no row is missing or left over: the summary cannot drift from the counters."""
    expected: dict = {}  # type: ignore[type-arg]
    async with db.read() as session:
        for etab, year, palier, k, n in await session.execute(
            select(DashboardCounter.scope_id, DashboardCounter.school_year, DashboardCounter.palier, DashboardCounter.key, DashboardCounter.n)
            .where(DashboardCounter.level == "E", DashboardCounter.key.in_(list(dashboard.SUMMARY_KEYS)))
        ):
            line = expected.setdefault((etab, year, palier), dict.fromkeys(dashboard.SUMMARY_COLUMNS, 0))
            line[dashboard.SUMMARY_KEYS[k]] += n
    expected = {line: values for line, values in expected.items() if any(values.values())}
    assert expected  # the histories count pupils: an empty summary would prove nothing
    assert await _summary_rows(db) == expected


async def _play(  # type: ignore[no-untyped-def]
    db, demo, rng: random.Random, *, school_year: str | None = None, phases: tuple[str, ...] = ("PROVISOIRE", "DEFINITIVE"),
    years: tuple[str | None, ...] = (None,),
) -> int:
    """Each pupil walks the procedure in order, skipping or repeating steps at random; pupils
    take turns, the schools switch their téléservice between rounds (which publishes).
    ``school_year``: only that year's files play; ``years``: the years checked as it goes."""
    async with db.read() as session:
        stmt = select(Pupil.id, Pupil.palier, Etablissement.uai).join(Etablissement)
        if school_year is not None:
            stmt = stmt.where(Pupil.school_year == school_year)
        pupils = (await session.execute(stmt)).all()
        guardians: dict[int, list[int]] = {}
        for pid, aid in await session.execute(select(Guardianship.pupil_id, Guardianship.account_id).order_by(Guardianship.id)):
            guardians.setdefault(pid, []).append(aid)
        heads = {uai: (await session.execute(select(Account.id).where(Account.login == login))).scalar_one() for uai, login in HEADS.items()}
        divisions = (await session.execute(select(Division.id, Division.etablissement_id, Division.palier))).all()
        etab_of = {uai: eid for eid, uai in (await session.execute(select(Etablissement.id, Etablissement.uai)))}
    head = {uai: await _principal(db, aid) for uai, aid in heads.items()}
    family = {pid: [await _principal(db, aid) for aid in aids] for pid, aids in guardians.items()}
    today = dt.date.today()
    done = 0

    def script(pid: int, palier: str, uai: str, phase: str) -> list:  # type: ignore[type-arg]
        chef, parents = head[uai], family.get(pid, [None])
        parent, other = parents[0], parents[-1]
        sets = TROISIEME if palier == "3EME" else SECONDE
        voie, serie = rng.choice(RECOMMENDATIONS[palier])
        items = [AvisInput(r, rng.choice(list(AvisValue))) for r in (1, 2)]
        if phase == "PROVISOIRE":
            steps = [
                (0.85, chef, intentions.enter_paper_intentions, pid, rng.choice(sets), today),
                (0.3, chef, intentions.enter_paper_intentions, pid, rng.choice(sets), today),
                (0.8, chef, avis.enter_avis, pid, items, rng.choice([None, RecommendationInput(voie, serie)]), "Motivation."),
                (0.2, chef, avis.enter_avis, pid, items[:1], RecommendationInput(voie, serie), "Motivation."),
                (0.5, parent, avis.acknowledge_avis, pid, True),
                (0.3, chef, avis.record_paper_acknowledgement, pid, today),
            ]
        else:
            agrees = rng.random() < 0.4
            steps = [
                (0.85, chef, choices.enter_paper_choices, pid, rng.choice(sets), today),
                (0.25, parent, choices.validate_choices, pid, rng.choice(sets)),
                (0.85, chef, proposition.enter_proposition, pid, voie, serie, "Motivation."),
                (0.8, parent, proposition.answer_proposition, pid, agrees),
                (0.7, chef, decision.record_head_interview, pid, today),
                (0.7, chef, decision.take_decision, pid, *rng.choice(RECOMMENDATIONS[palier]), "Motivation.", False),
                (0.6, parent, decision.file_appeal, pid, today),
                (0.7, chef, decision.record_appeal_outcome, pid, *rng.choice(RECOMMENDATIONS[palier])),
                (0.2, parent, decision.request_maintien, pid),
                (0.3, other, pupil_status.record_guardian_disagreement, pid, "Je ne suis pas d'accord."),
            ]
        return [[4, *step[1:]] for step in steps if rng.random() < step[0]]

    for phase in phases:
        if phase == "DEFINITIVE":
            await move_to_definitive(db, demo.academie)
        todo = {pid: script(pid, palier, uai, phase) for pid, palier, uai in pupils}
        round_ = 0
        while any(todo.values()):
            round_ += 1
            for pid, palier, uai in rng.sample(pupils, len(pupils)):
                if todo[pid]:  # a step refused for its timing (téléservice state) is tried again later
                    ok = await _try(db, *todo[pid][0][1:])
                    done += ok
                    todo[pid][0][0] -= 1
                    if ok or not todo[pid][0][0]:
                        todo[pid].pop(0)
                if rng.random() < 0.05:
                    await _try(db, head[uai], pupil_status.set_hors_procedure, pid, rng.choice([None, "Départ à l'étranger"]))
            for uai, eid in etab_of.items():  # closing then reopening publishes what was entered
                await _try(db, head[uai], teleservice.set_teleservice, eid, rng.random() < 0.5, None, None)
            # Outside the services, as a SIECLE re-import does: a pupil changes division, one may leave.
            pid, palier, uai = rng.choice(pupils)
            same = [d for d, e, p in divisions if e == etab_of[uai] and p == palier]
            async with db.write() as session:
                pupil = await session.get(Pupil, pid)
                pupil.division_id = rng.choice(same + [None])
                if rng.random() < 0.1:
                    pupil.left_on = today
            if round_ % 4 == 0:
                await assert_counters_match(db, years)
        await assert_counters_match(db, years)
    return done


# One history in the suite (~40 s); DASHBOARD_SEEDS=1,2,3,... explores more.
@pytest.mark.parametrize("seed", [int(s) for s in os.environ.get("DASHBOARD_SEEDS", "1").split(",")])
async def test_counters_equal_the_recompute_after_a_random_history(db, demo, seed):
    played = await _play(db, demo, random.Random(seed))
    assert played > 40  # the history really went through the services, deep into phase 2:
    async with db.read() as session:
        academie = await compute(session, Scope(academie_id=demo.academie))
    assert academie.propositions_compared and academie.decisions and academie.family_agrees + academie.family_disagrees
    assert academie.combinations and academie.avis
    async with db.read() as session:
        assert (await session.execute(select(DashboardCounter).limit(1))).first() is not None
    # Rebuilding from the files gives the same counters the changes left behind.
    async with db.read() as session:
        before = sorted((await session.execute(select(DashboardCounter.level, DashboardCounter.scope_id, DashboardCounter.palier,
                                                              DashboardCounter.key, DashboardCounter.n).where(DashboardCounter.n != 0))).all())  # fmt: skip
    summary = await _summary_rows(db)
    async with db.write() as session:
        await session.run_sync(lambda s: dashboard.rebuild(s))
    assert await _summary_rows(db) == summary  # the rows the deltas kept = the rebuild's, set-based
    async with db.read() as session:
        after = sorted((await session.execute(select(DashboardCounter.level, DashboardCounter.scope_id, DashboardCounter.palier,
                                                             DashboardCounter.key, DashboardCounter.n).where(DashboardCounter.n != 0))).all())  # fmt: skip
    assert after == before
    await assert_counters_match(db)

    # --- A rollover, then a second campaign year of the same pupils, played the same way ---------
    year, next_year = demo.school_year, school_year.next_of(demo.school_year)
    scopes = await _scopes(db)
    async with db.read() as session:
        last_year = [dataclasses.asdict(await from_counters(session, dataclasses.replace(s, school_year=year))) for s in scopes]
    async with db.write() as session:
        await campaigns.open_next_year(session, None, demo.academie, operator=True)
    await _next_year_files(db, year, next_year)
    await _move_to_provisoire(db, demo.academie)
    played = await _play(db, demo, random.Random(seed + 1000), school_year=next_year, phases=("PROVISOIRE",), years=(year, next_year))
    assert played > 10
    async with db.read() as session:
        this_year = await compute(session, Scope(academie_id=demo.academie, school_year=next_year))
        assert this_year.pupils and this_year.validated_intentions  # the second year has figures of its own
        # Last year's counters did not move while this year's files were written.
        assert [dataclasses.asdict(await from_counters(session, dataclasses.replace(s, school_year=year))) for s in scopes] == last_year
    await assert_counters_match(db, (year, next_year, None))
    # The statistics of each year and the comparison view read that year's counters.
    head = await _principal(db, demo.accounts["chef.aubrac"])
    async with db.read() as session:
        current, previous = await statistics.comparison(session, head)
        mine = Scope(academie_id=demo.academie, etablissement_id=demo.etablissement)
        assert current == await compute(session, dataclasses.replace(mine, school_year=next_year))
        assert previous == await compute(session, dataclasses.replace(mine, school_year=year))
        assert current.pupils and previous is not None and previous.pupils
        assert await statistics.statistics(session, head, school_year=year) == previous
    # And a rebuild from the files gives back the same per-year counters.
    before = await _all_counters(db)
    async with db.write() as session:
        await session.run_sync(lambda s: dashboard.rebuild(s))
    assert await _all_counters(db) == before


async def _all_counters(db) -> tuple[list, dict]:  # type: ignore[type-arg,no-untyped-def]
    async with db.read() as session:
        counters = sorted((await session.execute(select(
            DashboardCounter.level, DashboardCounter.scope_id, DashboardCounter.school_year, DashboardCounter.palier,
            DashboardCounter.key, DashboardCounter.n).where(DashboardCounter.n != 0))).all())  # fmt: skip
    return counters, await _summary_rows(db)


async def _next_year_files(db, year: str, next_year: str) -> None:  # type: ignore[no-untyped-def]
    """Next year's file of every pupil still there (as a SIECLE import of the new year makes
    them): same INE, same school and division, a blank procedure, the same guardians."""
    async with db.write() as session:
        olds = (await session.execute(select(Pupil).where(Pupil.school_year == year, Pupil.left_on.is_(None)))).scalars().all()
        for old in olds:
            new = Pupil(
                ine=old.ine, school_year=next_year, last_name=old.last_name, first_name=old.first_name, birth_date=old.birth_date,
                mef=old.mef, palier=old.palier, etablissement_id=old.etablissement_id, division_id=old.division_id,
            )  # fmt: skip
            session.add(new)
            await session.flush()
            for (account_id,) in await session.execute(select(Guardianship.account_id).where(Guardianship.pupil_id == old.id)):
                session.add(Guardianship(pupil_id=new.id, account_id=account_id))


async def _move_to_provisoire(db, academie_id: int) -> None:  # type: ignore[no-untyped-def]
    """Put "now" inside the provisional phase of both paliers (the new year's calendar)."""
    now = utcnow()
    async with db.write() as session:
        for phase, start, end in (("PROVISOIRE", -10, 30), ("DEFINITIVE", 50, 100)):
            await session.execute(
                update(PhaseWindow)
                .where(PhaseWindow.academie_id == academie_id, PhaseWindow.phase == phase)
                .values(starts_at=now + dt.timedelta(days=start), ends_at=now + dt.timedelta(days=end))
            )


async def test_a_refused_step_leaves_the_counters_alone_and_a_refresh_is_idempotent(db, demo):
    chef = await _principal(db, demo.accounts["chef.aubrac"])
    lea = demo.pupils["martin"]
    assert await _try(db, chef, intentions.enter_paper_intentions, lea, TROISIEME[1], dt.date.today())
    await processed(db)
    async with db.read() as session:
        before = (await session.execute(select(DashboardCounter.key, DashboardCounter.n).where(
            DashboardCounter.level == "E", DashboardCounter.scope_id == demo.etablissement).order_by(DashboardCounter.key))).all()  # fmt: skip
    assert (dashboard.key("sets", "PROVISOIRE"), 1) in before
    assert not await _try(db, chef, intentions.enter_paper_intentions, lea, [RequestInput("1G")], dt.date.today())  # wrong palier
    for _ in range(2):  # the dispatcher may refresh again what a transaction already counted
        async with db.write() as session:
            await session.run_sync(lambda s: dashboard.refresh(s, [lea]))
    async with db.read() as session:
        after = (await session.execute(select(DashboardCounter.key, DashboardCounter.n).where(
            DashboardCounter.level == "E", DashboardCounter.scope_id == demo.etablissement).order_by(DashboardCounter.key))).all()  # fmt: skip
        assert after == before
        assert (await session.get(DashboardPupil, lea)) is not None
    # A pupil deleted by a bulk statement is subtracted by the establishment's rebuild.
    async with db.write() as session:
        await session.execute(update(Pupil).where(Pupil.id == lea).values(left_on=dt.date.today()))
    async with db.write() as session:
        await session.run_sync(lambda s: dashboard.rebuild(s, etablissement_id=demo.etablissement))
    await assert_counters_match(db)
    # A summary row that drifted from the counters is caught (the check above can fail).
    async with db.write() as session:
        await session.execute(
            update(DashboardEtablissement).where(DashboardEtablissement.etablissement_id == demo.etablissement).values(pupils=DashboardEtablissement.pupils + 1)
        )
    with pytest.raises(AssertionError):
        await assert_summary_in_step(db)
