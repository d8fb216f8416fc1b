"""Helpers to play the procedure through the API."""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import update

from graphql_api.db.models import PhaseWindow
from graphql_api.services.clock import utcnow

FULL = """
query($id: ID!) { pupil(id: $id) { id horsProcedureReason orientation {
  horsProcedure
  intentions { revision channel requests { rank voie { code } serie { code } serieOption specialites { code rank offered label } } }
  provisionalAvis { items { rank value } motivation specialiteRecommendations { code label } }
  acknowledgement { acknowledgedAt }
  choices { revision channel requests { rank voie { code } serie { code } serieOption specialites { code rank offered label } } }
  proposition { voie { code } serie { code } motivation differsFromRequest published specialiteRecommendations { code } }
  familyAnswer { agrees channel byViewer message }
  headInterview { date }
  decision { voie { code } serie { code } remiseANiveau motivation byHead notifiedOn appealDeadline appealMessage notice }
  appeal { filedOn channel outcome { voie { code } upheld message } }
  maintien { filedOn }
  disagreements { message byViewer }
  ppInterviewOn
} } }
"""
VIEWER = """
query($id: ID!) { pupil(id: $id) { orientation { viewer {
  canEnterChoices choicesBlocker { code message } canAnswerProposition answerBlocker { code message }
  canAppeal appealBlocker { code message } canRequestMaintien maintienBlocker { code message }
  canRecordDisagreement disagreementBlocker { code message } canEditIntentions canAcknowledge
} } } }
"""
AUDIT = """
query($id: ID!, $first: Int, $after: String) { auditTrail(pupilId: $id, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { action description channel at actor { firstName lastName role } } }
} }
"""


def mutation(name: str, input_type: str, result: str = "pupil { id }") -> str:
    return f"mutation($input: {input_type}!) {{ {name}(input: $input) {{ {result} errors {{ field code message }} }} }}"


VALIDATE_INTENTIONS = mutation("validateIntentions", "ValidateIntentionsInput", "message pupil { id }")
ENTER_PAPER_INTENTIONS = mutation("enterPaperIntentions", "EnterPaperIntentionsInput")
ENTER_AVIS = mutation("enterProvisionalAvis", "EnterProvisionalAvisInput")
ACKNOWLEDGE = mutation("acknowledgeAvis", "AcknowledgeAvisInput")
SET_TELESERVICE = mutation("setTeleservice", "SetTeleserviceInput", "etablissement { teleserviceOpen }")
VALIDATE_CHOICES = mutation("validateChoices", "ValidateChoicesInput", "message pupil { id }")
ENTER_PAPER_CHOICES = mutation("enterPaperChoices", "EnterPaperChoicesInput")
ENTER_PROPOSITION = mutation("enterProposition", "EnterPropositionInput")
ANSWER = mutation("answerProposition", "AnswerPropositionInput", "message pupil { id }")
HEAD_INTERVIEW = mutation("recordHeadInterview", "RecordHeadInterviewInput")
DECISION = mutation("takeDecision", "TakeDecisionInput")
APPEAL = mutation("fileAppeal", "FileAppealInput")
OUTCOME = mutation("recordAppealOutcome", "RecordAppealOutcomeInput")
MAINTIEN = mutation("requestMaintien", "PupilOnlyInput")
DISAGREEMENT = mutation("recordGuardianDisagreement", "RecordGuardianDisagreementInput")
HORS_PROCEDURE = mutation("setHorsProcedure", "SetHorsProcedureInput", "pupil { id horsProcedureReason orientation { horsProcedure } }")
PP_INTERVIEW = mutation("setPpInterview", "SetPpInterviewInput", "pupil { orientation { ppInterviewOn } }")


async def ok(client, query: str, input_: dict[str, Any], as_: str) -> dict[str, Any]:
    data = await client.data(query, {"input": input_}, as_=as_)
    payload = next(iter(data.values()))
    assert payload["errors"] == [], payload["errors"]
    return payload


async def snapshot(client, pid: str, staff: str) -> tuple[Any, int]:
    file = (await client.data(FULL, {"id": pid}, as_=staff))["pupil"]
    audit = (await client.data(AUDIT, {"id": pid, "first": 1}, as_=staff))["auditTrail"]["totalCount"]
    return file, audit


async def rejected(client, query: str, input_: dict[str, Any], as_: str, code: str, *, pid: str, staff: str) -> str:
    """The mutation is refused with `code`, a French message, and the file is exactly as before."""
    before = await snapshot(client, pid, staff)
    data = await client.data(query, {"input": input_}, as_=as_)
    payload = next(iter(data.values()))
    codes = [e["code"] for e in payload["errors"]]
    assert code in codes, payload["errors"]
    assert all(e["message"] for e in payload["errors"])
    assert await snapshot(client, pid, staff) == before
    return next(e["message"] for e in payload["errors"] if e["code"] == code)


async def move_to_definitive(db, academie_id: int) -> None:
    """Put "now" inside the definitive phase of both paliers (the provisional one is over)."""
    now = utcnow()
    async with db.write() as session:
        for phase, start, end in (("PROVISOIRE", -100, -50), ("DEFINITIVE", -10, 30)):
            await session.execute(
                update(PhaseWindow)
                .where(PhaseWindow.academie_id == academie_id, PhaseWindow.phase == phase)
                .values(starts_at=now + dt.timedelta(days=start), ends_at=now + dt.timedelta(days=end))
            )


async def file_of(client, pid: str, as_: str) -> dict[str, Any]:
    return (await client.data(FULL, {"id": pid}, as_=as_))["pupil"]["orientation"]


async def viewer_of(client, pid: str, as_: str) -> dict[str, Any]:
    return (await client.data(VIEWER, {"id": pid}, as_=as_))["pupil"]["orientation"]["viewer"]
