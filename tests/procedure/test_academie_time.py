"""Dates in the académie's time: a paper form received "today" at 00:30 in Paris, a décision
notified in La Réunion after 20:00 UTC, with the rehearsal clock set to known moments."""
import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, update

from graphql_api.db.models import Academie, PupilStep
from graphql_api.domain import steps
from graphql_api.domain.territory import Territory
from graphql_api.graphql.base import encode_id
from graphql_api.services import clock
from tests.procedure.helpers import DECISION, ENTER_PAPER_INTENTIONS, FULL, ok
from tests.staff.factory import full_file

PARIS = ZoneInfo("Europe/Paris")
UTC = dt.timezone.utc


@pytest.fixture
def rehearsal_clock():
    yield clock
    clock.reset()


async def _set_territory(db, academie_id: int, time_zone: str, holidays: list[str]) -> None:  # type: ignore[no-untyped-def]
    async with db.write() as session:
        await session.execute(update(Academie).where(Academie.id == academie_id).values(time_zone=time_zone, local_holidays=holidays))


async def test_paper_form_received_today_at_half_past_midnight_in_paris(client, demo, db, rehearsal_clock):
    await client.sign_in("secretariat.aubrac")
    tomorrow = clock.utcnow().astimezone(PARIS).date() + dt.timedelta(days=1)
    rehearsal_clock.shift_to(dt.datetime.combine(tomorrow, dt.time(0, 30), tzinfo=PARIS))
    assert clock.utcnow().date() < tomorrow  # still yesterday in UTC: the date the old code compared with
    pid = encode_id("Pupil", demo.pupils["bernard"])
    intentions = {"pupilId": pid, "intentions": [{"voie": "2GT"}], "paperFormReceivedOn": tomorrow.isoformat()}

    # In Guadeloupe it is still the evening before: "today" there is not the Paris date.
    await _set_territory(db, demo.academie, "America/Guadeloupe", ["05-27"])
    data = (await client.data(ENTER_PAPER_INTENTIONS, {"input": intentions}, as_="secretariat.aubrac"))["enterPaperIntentions"]
    assert [(e["code"], e["field"]) for e in data["errors"]] == [("INVALID_DATE", ["paperFormReceivedOn"])]

    await _set_territory(db, demo.academie, "Europe/Paris", [])
    await ok(client, ENTER_PAPER_INTENTIONS, intentions, "secretariat.aubrac")
    file = (await client.data(FULL, {"id": pid}, as_="secretariat.aubrac"))["pupil"]["orientation"]
    assert file["intentions"]["channel"] == "PAPER"


async def _disagreement_after_interview(db, demo) -> int:  # type: ignore[no-untyped-def]
    pupil_id = demo.pupils["martin"]
    head = demo.accounts["chef.aubrac"]
    await full_file(db, pupil_id, by=head, choices=["2GT"], proposition="2PRO", agrees=None)
    async with db.write() as session:
        now = clock.utcnow()
        session.add(PupilStep(pupil_id=pupil_id, kind=steps.FAMILY_ANSWER, at=now, by_id=head, data={"agrees": False}))
        session.add(PupilStep(pupil_id=pupil_id, kind=steps.HEAD_INTERVIEW, at=now, by_id=head, data={"date": "2026-06-02"}))
    return pupil_id


@pytest.mark.parametrize(
    "time_zone, holidays, notified, deadline",
    [
        # 21:30 UTC on Wednesday 3 June 2026 is Thursday 01:30 in La Réunion: notified on the
        # Thursday, deadline on the Monday (Friday, Saturday, Monday).
        ("Indian/Reunion", ["12-20"], "2026-06-04", "2026-06-08"),
        # The same moment in Paris is still Wednesday 23:30: Thursday, Friday, Saturday.
        ("Europe/Paris", [], "2026-06-03", "2026-06-06"),
    ],
)
async def test_decision_deadline_in_the_academie_s_time_zone(client, demo, db, rehearsal_clock, time_zone, holidays, notified, deadline):
    await client.sign_in("chef.aubrac")
    await _set_territory(db, demo.academie, time_zone, holidays)
    pupil_id = await _disagreement_after_interview(db, demo)
    rehearsal_clock.shift_to(dt.datetime(2026, 6, 3, 21, 30, tzinfo=UTC))
    pid = encode_id("Pupil", pupil_id)
    await ok(client, DECISION, {"pupilId": pid, "voie": "2PRO", "motivation": "Projet professionnel construit."}, "chef.aubrac")
    decision = (await client.data(FULL, {"id": pid}, as_="chef.aubrac"))["pupil"]["orientation"]["decision"]
    assert (decision["notifiedOn"], decision["appealDeadline"]) == (notified, deadline)
    assert dt.date.fromisoformat(deadline).strftime("%d/%m/%Y") in decision["appealMessage"]
    async with db.read() as session:
        step = (await session.execute(select(PupilStep).where(PupilStep.pupil_id == pupil_id, PupilStep.kind == steps.DECISION))).scalar_one()
    assert step.data["appealDeadline"] == deadline


async def test_rehearsal_clock_setting_moves_the_server_into_a_later_phase(tmp_path, pg_schema, demo, rehearsal_clock):
    """REHEARSAL_CLOCK set 100 days ahead: the server answers as during the définitive phase."""
    import httpx

    from tests.conftest import make_settings, running_server

    later = clock.utcnow() + dt.timedelta(days=100)
    settings = make_settings(tmp_path, REHEARSAL_CLOCK=later.isoformat())
    query = "query($id: ID!) { pupil(id: $id) { orientation { campaign { state phase } } } }"
    async with running_server(settings) as address:
        async with httpx.AsyncClient(base_url=f"http://{address}", timeout=30) as http:
            login = await http.post("/graphql", json={"query": 'mutation { login(login: "martin.pere", password: "orientation") { token } }'})
            token = login.json()["data"]["login"]["token"]
            body = (await http.post("/graphql", json={"query": query, "variables": {"id": encode_id("Pupil", demo.pupils["martin"])}},
                                    headers={"Authorization": f"Bearer {token}"})).json()  # fmt: skip
    assert body["data"]["pupil"]["orientation"]["campaign"] == {"state": "OPEN", "phase": "DEFINITIVE"}
    assert abs(clock.utcnow() - later) < dt.timedelta(minutes=5)


def _evening_apart(time_zone: str) -> dt.datetime:
    """A moment of the coming hours whose day in ``time_zone`` is not Paris's day: 21:30 UTC is
    already tomorrow in La Réunion (UTC+4); 02:30 UTC is still yesterday in Guadeloupe (UTC−4)."""
    today = clock.utcnow().date()
    if time_zone == "Indian/Reunion":
        return dt.datetime.combine(today, dt.time(21, 30), tzinfo=UTC)
    return dt.datetime.combine(today + dt.timedelta(days=1), dt.time(2, 30), tzinfo=UTC)


@pytest.mark.parametrize("time_zone", ["Indian/Reunion", "America/Guadeloupe"])
async def test_mails_fiche_and_export_print_the_academie_s_day_and_time(db, demo, runtime, rehearsal_clock, time_zone):
    """A family of La Réunion / Guadeloupe validates at a moment when Paris has another date: the
    confirmation and recap mails, the fiche de dialogue and the export rows print their own."""
    from graphql_api.auth import principal_for
    from graphql_api.db.models import Account, CouncilAnswer, OutgoingMail, RequestSet
    from graphql_api.domain.requests import RequestInput
    from graphql_api.services import exports, intentions, pupil_list
    from tests.conftest import dispatch

    await _set_territory(db, demo.academie, time_zone, [])
    moment = _evening_apart(time_zone)
    local, paris = moment.astimezone(ZoneInfo(time_zone)), moment.astimezone(PARIS)
    assert local.date() != paris.date()
    rehearsal_clock.shift_to(moment)
    pupil_id = demo.pupils["bernard"]
    async with db.write() as session:
        guardian = await principal_for(session, await session.get(Account, demo.accounts["bernard.mere"]), "session-tz")
        await intentions.validate_intentions(session, guardian, pupil_id, [RequestInput("2GT")])
    async with db.write() as session:  # the avis acknowledged at the validation's moment (as the factory writes it)
        validated_at = (await session.execute(select(RequestSet.validated_at).where(RequestSet.pupil_id == pupil_id))).scalar_one()
        head = demo.accounts["chef.aubrac"]
        session.add(CouncilAnswer(pupil_id=pupil_id, phase="PROVISOIRE", entered_at=moment, entered_by_id=head, published_at=moment,
                                  acknowledged_at=moment, acknowledged_by_id=demo.accounts["bernard.mere"],
                                  acknowledgement_channel="TELESERVICE"))  # fmt: skip
    await dispatch(runtime)

    local_at, paris_at = validated_at.astimezone(ZoneInfo(time_zone)), validated_at.astimezone(PARIS)
    when, paris_when = f"{local_at:%d/%m/%Y} à {local_at:%H:%M:%S}", f"{paris_at:%d/%m/%Y} à {paris_at:%H:%M:%S}"
    async with db.read() as session:
        mails = (await session.execute(select(OutgoingMail).where(OutgoingMail.pupil_id == pupil_id))).scalars().all()
    assert sorted(m.kind for m in mails) == ["CONFIRMATION", "RECAP", "RECAP"]
    for m in mails:
        assert f"le {when}" in m.body_text and paris_when not in m.body_text, m.body_text
        assert f"le {when}" in m.body_html

    async with db.read() as session:
        staff = await principal_for(session, await session.get(Account, demo.accounts["chef.aubrac"]))
    pdf, _ = await exports.fiches_pdf(db, staff, pupil_id=pupil_id)
    from pypdf import PdfReader
    import io

    page = " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    assert f"Validées le {local:%d/%m/%Y}" in page and f"Accusé de réception de l'avis le {local:%d/%m/%Y}" in page
    assert f"{paris:%d/%m/%Y}" not in page
    assert f"Le chef d'établissement, le {local:%d/%m/%Y}" in page  # the head signs on the académie's day

    from graphql_api.db.models import Pupil
    from graphql_api.http.exports import _text

    async with db.read() as session:
        ine = (await session.get(Pupil, pupil_id)).ine
    rows = [r async for r in await exports.list_rows(db, staff, pupil_list.ListFilter())]
    row = dict(zip(rows[0], next(r for r in rows if r[2] == ine)))
    assert row["Accusé de réception"] == local.date()  # the XLSX cell: a real date, the académie's
    assert _text(row["Accusé de réception"]) == f"{local:%d/%m/%Y}"  # the CSV cell


async def test_territory_command_lists_and_sets_an_academie_s_calendar(db, demo, settings, capsys):
    """`python -m graphql_api territory list|set`: the operator's way to an académie's time zone
    and local holidays; bad values are refused and change nothing; a change is audited."""
    from graphql_api import campaign_cli
    from graphql_api.__main__ import main
    from graphql_api.db.models import AuditEntry, OutboxEvent
    from graphql_api.services import campaigns

    async with db.read() as session:
        code = (await session.get(Academie, demo.academie)).code
    assert await campaign_cli.territory_list(settings) == 0
    assert f"{code}  " in capsys.readouterr().out

    assert await campaign_cli.territory_set(settings, code, "Indian/Reunion", "12-20, good_friday") == 0
    assert "Europe/Paris → Indian/Reunion" in capsys.readouterr().out
    async with db.read() as session:
        territory = await campaigns.territory(session, demo.academie)
        changed = (await session.execute(select(OutboxEvent).where(OutboxEvent.type == "TERRITORY_CHANGED"))).scalar_one()
        assert (await session.execute(select(AuditEntry.action).where(AuditEntry.event_id == changed.id))).scalar_one() == "TERRITORY_CHANGED"
    assert (territory.time_zone, territory.local_holidays) == ("Indian/Reunion", ("12-20", "GOOD_FRIDAY"))
    assert changed.payload["previousTimeZone"] == "Europe/Paris" and changed.academie_id == demo.academie

    for args, said in [
        ((code, "Mars/Olympus", None), "Fuseau horaire inconnu : Mars/Olympus"),
        ((code, None, "12-20,31-12"), "Jour férié local mal écrit : 31-12"),
        (("99", "Europe/Paris", None), "Aucune académie de code 99"),
    ]:
        assert await campaign_cli.territory_set(settings, *args) == 1
        assert said in capsys.readouterr().out
    async with db.read() as session:
        assert await campaigns.territory(session, demo.academie) == territory  # the refusals changed nothing

    assert await campaign_cli.territory_set(settings, code, None, "") == 0  # "" clears the local holidays, keeps the zone
    async with db.read() as session:
        assert await campaigns.territory(session, demo.academie) == Territory("Indian/Reunion", ())
    assert await campaign_cli.territory_set(settings, code, "Indian/Reunion", None) == 0
    assert "rien à changer" in capsys.readouterr().out
    with pytest.raises(SystemExit) as usage:
        main(["territory", "set", "--academie", code])  # nothing to set
    assert usage.value.code == 2
