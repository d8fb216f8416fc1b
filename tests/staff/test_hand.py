"""The hand (domain/hand.py, services/hand.py): who may write, and a release that is recorded."""
from sqlalchemy import select

from graphql_api.db.models import Account, AuditEntry, OutboxEvent, Pupil
from graphql_api.domain import hand
from graphql_api.domain.family import MSG_OTHER_GUARDIAN, MSG_PUPIL_CANNOT_WRITE
from graphql_api.domain.vocabulary import Role
from graphql_api.services.siecle_import import import_file
from tests.staff.siecle_files import eleves_document, responsables_document, write
from tests.staff.test_siecle_import import PUPILS, UAI


def test_who_may_write_and_what_the_others_read():
    assert hand.read_only_message(Role.GUARDIAN, 1, None) is None
    assert hand.read_only_message(Role.GUARDIAN, 1, 1) is None
    assert hand.read_only_message(Role.GUARDIAN, 2, 1) == MSG_OTHER_GUARDIAN
    assert hand.read_only_message(Role.PUPIL, 3, None) == MSG_PUPIL_CANNOT_WRITE
    assert hand.may_take_it(None, 2) and hand.may_take_it(2, 2) and not hand.may_take_it(1, 2)


async def test_siecle_unlinking_the_guardian_with_the_hand_releases_it_with_an_event_and_an_audit_row(db, demo, tmp_path):
    eleves = tmp_path / "eleves.xml"
    write(eleves, eleves_document(UAI, PUPILS[:3]))
    assert (await import_file(db, "eleves", eleves, UAI, progress=False)).imported
    persons = [{"id": "P1", "nom": "ŒUVRE", "prenom": "Hélène"}, {"id": "P2", "nom": "ŒUVRE", "prenom": "Marc"}]
    path = tmp_path / "responsables.xml"
    write(path, responsables_document(UAI, persons, [("102", "P1", "1"), ("102", "P2", "1")]))
    assert (await import_file(db, "responsables", path, UAI, progress=False)).imported
    async with db.write() as session:
        zoe = (await session.execute(select(Pupil).where(Pupil.ine == "120456789KL"))).scalar_one()
        marc = (await session.execute(select(Account).where(Account.first_name == "Marc", Account.last_name == "ŒUVRE"))).scalar_one()
        zoe.entering_guardian_id = marc.id
        version = zoe.version

    write(path, responsables_document(UAI, persons, [("102", "P1", "1")]))
    assert (await import_file(db, "responsables", path, UAI, progress=False)).imported
    async with db.read() as session:
        pupil = await session.get(Pupil, zoe.id)
        assert pupil.entering_guardian_id is None and pupil.version > version
        released = (await session.execute(select(OutboxEvent).where(OutboxEvent.type == "HAND_RELEASED"))).scalars().all()
        assert [(e.pupil_id, e.payload["accountId"], e.payload["reason"]) for e in released] == [(zoe.id, marc.id, "SIECLE_UNLINKED")]
        audit = (await session.execute(select(AuditEntry).where(AuditEntry.action == "HAND_RELEASED"))).scalars().all()
        assert [(a.pupil_id, a.event_id) for a in audit] == [(zoe.id, released[0].id)]
