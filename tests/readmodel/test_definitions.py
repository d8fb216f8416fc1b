"""Issue 16: the definitions of domain/file_states.py, and the views that used to get them wrong
(propositions matching on the voie only; the appeal's outcome read backwards)."""
import io

from pypdf import PdfReader

from graphql_api.auth import principal_for
from graphql_api.db.models import Account, CouncilAnswer, PupilStep, Request, RequestSet
from graphql_api.domain import file_states, steps
from graphql_api.domain.file_states import FileFacts, PupilState, RequestFacts
from graphql_api.graphql.base import encode_id
from graphql_api.services import exports, pupil_list, statistics
from tests.staff.factory import NOW

STMG = RequestFacts(1, "1T", "STMG")


def test_a_proposition_matches_on_voie_and_serie():
    assert file_states.proposition_matches("1T", "STMG", STMG)
    assert not file_states.proposition_matches("1T", "STMG", RequestFacts(1, "1T", "STD2A"))
    assert file_states.proposition_matches("1G", None, RequestFacts(2, "1G"))
    assert file_states.proposition_matches("1T", None, STMG)  # no série proposed: the voie decides
    facts = FileFacts(choices=(RequestFacts(1, "1T", "STD2A"), RequestFacts(2, "1T", "STMG")), proposition_voie="1T", proposition_serie="STMG")
    assert not file_states.proposition_matches_first_choice(facts) and file_states.proposition_matches_a_choice(facts)


def test_appeal_outcome_words_and_grant():
    assert file_states.appeal_upheld("1T", "STMG", "1T", "STMG") and not file_states.appeal_upheld("1T", "STMG", "1G", None)
    assert file_states.appeal_granted(False) and not file_states.appeal_granted(True)
    assert file_states.appeal_outcome_text(False) == "demande de la famille accordée"
    assert file_states.appeal_outcome_text(True) == "décision maintenue"


def test_states_follow_the_latest_answer_and_the_procedure():
    assert file_states.states_of(FileFacts()) == {PupilState.NOTHING_VALIDATED}
    assert file_states.states_of(FileFacts(hors_procedure=True)) == {PupilState.HORS_PROCEDURE}
    pending = FileFacts(intentions=(RequestFacts(1, "2GT"),), avis_entered=True, avis_published=True)
    assert file_states.states_of(pending) == {PupilState.ACKNOWLEDGEMENT_PENDING}
    assert PupilState.DISAGREEMENT in file_states.states_of(FileFacts(family_agrees=False, appealed=True))
    assert set(file_states.STATE_DEFINITIONS) == set(PupilState)


async def _lycee_file(db, pupil_id: int, by: int, choices, proposition, decision=None, outcome=None):  # type: ignore[no-untyped-def]
    async with db.write() as session:
        rs = RequestSet(pupil_id=pupil_id, phase="DEFINITIVE", validated_at=NOW, validated_by_id=by, channel="TELESERVICE", revision=1)
        session.add(rs)
        await session.flush()
        for rank, (voie, serie) in enumerate(choices, start=1):
            session.add(Request(set_id=rs.id, pupil_id=pupil_id, phase="DEFINITIVE", rank=rank, voie_code=voie, serie_code=serie))
        session.add(CouncilAnswer(pupil_id=pupil_id, phase="DEFINITIVE", recommendation_voie_code=proposition[0], recommendation_serie_code=proposition[1],
                                  motivation="Proposition.", entered_at=NOW, entered_by_id=by, published_at=NOW))  # fmt: skip
        if decision:
            session.add(PupilStep(pupil_id=pupil_id, kind=steps.FAMILY_ANSWER, at=NOW, by_id=by, data={"agrees": False}))
            session.add(PupilStep(pupil_id=pupil_id, kind=steps.DECISION, at=NOW, by_id=by,
                                  data={"voie": decision[0], "serie": decision[1], "remiseANiveau": False, "motivation": "Décision.", "source": "HEAD"}))  # fmt: skip
        if outcome:
            session.add(PupilStep(pupil_id=pupil_id, kind=steps.APPEAL, at=NOW, by_id=by, data={"filedOn": "2027-06-12"}))
            upheld = file_states.appeal_upheld(decision[0], decision[1], outcome[0], outcome[1])
            session.add(PupilStep(pupil_id=pupil_id, kind=steps.APPEAL_OUTCOME, at=NOW, by_id=by, data={"voie": outcome[0], "serie": outcome[1], "upheld": upheld}))


async def test_propositions_matching_a_choice_compare_the_serie(db, demo):
    """A 1T STMG proposition against choices of 1T STMG, 1T STD2A, 1T STL and 1G then 1T STMG:
    2 pupils have it among their choices, 1 as first choice (the voie alone counted 4 and 3)."""
    by = demo.accounts["chef.hugo"]
    pupils = list(demo.lycee.pupils.values())[:4]
    choices = [[("1T", "STMG")], [("1T", "STD2A")], [("1T", "STL")], [("1G", None), ("1T", "STMG")]]
    for pid, wanted in zip(pupils, choices):
        await _lycee_file(db, pid, by, wanted, ("1T", "STMG"))
    async with db.read() as session:
        got = await statistics.compute(session, statistics.Scope(academie_id=demo.academie, etablissement_id=demo.lycee.etablissement))
    assert (got.propositions_compared, got.propositions_matching_first_choice, got.propositions_matching_a_choice) == (4, 1, 2)


async def test_a_granted_appeal_is_printed_as_granted_in_the_export_and_the_fiche(db, demo):
    """The head decided 1T STMG; the commission gave the family 1G (upheld = false): granted."""
    by = demo.accounts["chef.hugo"]
    pid = demo.lycee.pupils["dubois"]
    await _lycee_file(db, pid, by, [("1G", None)], ("1T", "STMG"), decision=("1T", "STMG"), outcome=("1G", None))
    async with db.read() as session:
        head = await principal_for(session, await session.get(Account, by))
    rows = [r async for r in await exports.list_rows(db, head, pupil_list.ListFilter())]
    dubois = dict(zip(rows[0], next(r for r in rows if r[0] == "DUBOIS")))
    assert dubois["Appel"] == "Appel du 12/06/2027 : demande de la famille accordée"
    pdf, _ = await exports.fiches_pdf(db, head, pupil_id=pid)
    text = " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    assert "déposé le 12/06/2027 - demande de la famille accordée" in text and "maintenue" not in text


async def test_the_api_and_the_statistics_say_granted_for_the_same_appeal(client, db, demo):
    by = demo.accounts["chef.hugo"]
    pid = demo.lycee.pupils["dubois"]
    await _lycee_file(db, pid, by, [("1G", None)], ("1T", "STMG"), decision=("1T", "STMG"), outcome=("1G", None))
    await client.sign_in("chef.hugo")
    file = await client.data(
        "query($id: ID!) { pupil(id: $id) { orientation { appeal { outcome { upheld granted outcomeLabel } } } listRow { appealUpheld appealGranted appealOutcome } } }",
        {"id": encode_id("Pupil", pid)}, as_="chef.hugo",
    )  # fmt: skip
    assert file["pupil"]["orientation"]["appeal"]["outcome"] == {"upheld": False, "granted": True, "outcomeLabel": "demande de la famille accordée"}
    assert file["pupil"]["listRow"] == {"appealUpheld": False, "appealGranted": True, "appealOutcome": "demande de la famille accordée"}
    async with db.read() as session:
        got = await statistics.compute(session, statistics.Scope(academie_id=demo.academie, etablissement_id=demo.lycee.etablissement))
    assert (got.appeals, got.appeals_granted, got.appeals_refused, got.appeals_rejected) == (1, 1, 0, 0)
