"""The anchor of the family page (issue 14): the same JSON in ONE round trip, as lean as a
hand-written endpoint gets — raw ASGI, an asyncpg pool, the token checked in Python (PyJWT),
the session check, the account's children, their files and the unread count in one SQL
statement answered as JSON by PostgreSQL, the voies' labels read once at start-up.

The rules (campaign state, blockers, texts) are the domain's functions: a hand-written endpoint
would call them too; only the SQL, the framework and the serialisation differ from the product.
It serves the family page's selection (bench/queries.py: FAMILY_PAGE) and nothing else.

Not part of the product: `uvicorn --factory bench.anchor_app:create_app`.
"""
from __future__ import annotations

import datetime as dt
import json
import os
from typing import Any

import asyncpg
import jwt

from graphql_api.auth import LOCAL_ISSUER
from graphql_api.domain import family, hand
from graphql_api.domain.calendar import Window, campaign_status
from graphql_api.domain.vocabulary import AVIS_LABELS, AvisValue, Palier, Phase, Role
from graphql_api.graphql.base import encode_id

# $1 account id, $2 session id. One row: is the session live, the unread count, the children's
# files (current campaign year, as the policy's scope says) as one JSON array.
PAGE_SQL = """
WITH viewer AS (
  SELECT a.id FROM account a
  WHERE a.id = $1 AND a.active AND a.role = 'GUARDIAN'
    AND EXISTS (SELECT 1 FROM auth_session s WHERE s.id = $2 AND s.account_id = a.id AND s.ended_at IS NULL)
)
SELECT
  EXISTS (SELECT 1 FROM viewer) AS live,
  (SELECT count(*) FROM notification n WHERE n.account_id = $1 AND n.read_at IS NULL) AS unread,
  (SELECT json_agg(json_build_object(
      'id', p.id, 'first_name', p.first_name, 'last_name', p.last_name, 'palier', p.palier,
      'school_year', p.school_year, 'hors', p.hors_procedure_reason IS NOT NULL,
      'entering', p.entering_guardian_id, 'division', d.code,
      'etab', e.name, 'open', e.teleservice_open AND e.teleservice_school_year = p.school_year,
      'etab_open', e.teleservice_open,
      'reopening', e.expected_reopening_on, 'closure', e.closure_message, 'tz', ac.time_zone,
      'windows', (SELECT json_agg(json_build_array(w.phase, w.starts_at, w.ends_at)) FROM phase_window w
                  WHERE w.academie_id = e.academie_id AND w.school_year = p.school_year AND w.palier = p.palier),
      'intentions', (SELECT json_build_object(
            'at', rs.validated_at, 'by', rs.validated_by_id, 'channel', rs.channel, 'revision', rs.revision,
            'requests', (SELECT json_agg(json_build_array(r.rank, r.voie_code, r.metier, r.statut_scolaire, r.statut_apprenti)
                                 ORDER BY r.rank) FROM request r WHERE r.set_id = rs.id))
          FROM request_set rs WHERE rs.pupil_id = p.id AND rs.phase = 'PROVISOIRE'),
      'answer', (SELECT json_build_object(
            'published', ca.published_at IS NOT NULL, 'ack_at', ca.acknowledged_at, 'ack_by', ca.acknowledged_by_id,
            'ack_channel', ca.acknowledgement_channel, 'voie', ca.recommendation_voie_code,
            'metier', ca.recommendation_metier, 'motivation', ca.motivation,
            'avis', (SELECT json_agg(json_build_array(av.rank, av.value, av.advised_metier) ORDER BY av.rank)
                     FROM avis av WHERE av.answer_id = ca.id))
          FROM council_answer ca WHERE ca.pupil_id = p.id AND ca.phase = 'PROVISOIRE')
    ) ORDER BY p.id)
   FROM viewer v
   JOIN guardianship g ON g.account_id = v.id
   JOIN pupil p ON p.id = g.pupil_id
   JOIN etablissement e ON e.id = p.etablissement_id
   JOIN academie ac ON ac.id = e.academie_id
   LEFT JOIN division d ON d.id = p.division_id
   WHERE EXISTS (SELECT 1 FROM campaign c WHERE c.academie_id = e.academie_id
                 AND c.school_year = p.school_year AND c.state = 'CURRENT')
  ) AS children
"""

PALIER_NAMES = {p.value: p.name for p in Palier}
UNAUTHENTICATED = json.dumps(
    {"errors": [{"message": "Votre session est terminée : veuillez vous reconnecter.", "extensions": {"code": "TOKEN_EXPIRED"}}]}
).encode()


def _time(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value).astimezone(dt.timezone.utc) if value else None


def _iso(value: dt.datetime) -> str:
    return value.isoformat()


def child_json(c: dict[str, Any], account_id: int, voie_labels: dict[str, str], now: dt.datetime) -> dict[str, Any]:
    windows = [Window(Phase(ph), _time(s), _time(e)) for ph, s, e in c["windows"] or ()]  # type: ignore[arg-type]
    reopening = dt.date.fromisoformat(c["reopening"]) if c["reopening"] else None
    campaign = campaign_status(windows, c["open"], now, expected_reopening_on=reopening, closure_message=c["closure"])
    answer = c["answer"]
    published = bool(answer and answer["published"])
    ack_at = _time(answer["ack_at"]) if answer else None
    facts = family.FileFacts(
        hors_procedure=c["hors"],
        entering_guardian_id=c["entering"],
        avis_published=published,
        acknowledged_at=ack_at,
        acknowledged_by_id=answer["ack_by"] if answer else None,
    )
    role = Role.GUARDIAN
    edit_blocker = family.intentions_blocker(role, account_id, facts, campaign)
    ack_blocker = family.acknowledgement_blocker(role, account_id, facts, campaign)
    pending = bool(published and not ack_at)
    intentions = c["intentions"]
    acknowledgement = None
    if answer and ack_at:
        acknowledgement = {
            "acknowledgedAt": _iso(ack_at),
            "byViewer": answer["ack_by"] == account_id,
            "message": family.acknowledgement_message(role, account_id, facts, answer["ack_channel"], c["tz"] or "Europe/Paris") or "",
        }
    return {
        "id": encode_id("Pupil", c["id"]),
        "firstName": c["first_name"],
        "lastName": c["last_name"],
        "palier": PALIER_NAMES[c["palier"]],
        "division": {"code": c["division"]} if c["division"] is not None else None,
        "etablissement": {"name": c["etab"], "teleserviceOpen": c["etab_open"]},
        "orientation": {
            "campaign": {
                "state": campaign.state.name,
                "phase": campaign.phase.name if campaign.phase else None,
                "message": campaign.message,
                "calendar": [{"phase": w.phase.name, "startsAt": _iso(w.starts_at), "endsAt": _iso(w.ends_at)} for w in campaign.windows],
                "expectedReopeningOn": campaign.expected_reopening_on.isoformat() if campaign.expected_reopening_on else None,
            },
            "horsProcedure": c["hors"],
            "horsProcedureMessage": family.MSG_HORS_PROCEDURE if c["hors"] else None,
            "intentions": {
                "validatedAt": _iso(_time(intentions["at"])),  # type: ignore[arg-type]
                "revision": intentions["revision"],
                "channel": intentions["channel"],
                "validatedByViewer": intentions["by"] == account_id,
                "requests": [
                    {"rank": rank, "voie": {"code": voie, "label": voie_labels.get(voie, voie)}, "metier": metier,
                     "statutScolaire": scolaire, "statutApprenti": apprenti}
                    for rank, voie, metier, scolaire, apprenti in intentions["requests"] or ()
                ],
            }
            if intentions
            else None,
            "provisionalAvis": {
                "published": True,
                "items": [
                    {"rank": rank, "value": value, "label": AVIS_LABELS[AvisValue(value)], "advisedMetier": metier}
                    for rank, value, metier in answer["avis"] or ()
                ],
                "recommendation": {"voie": {"label": voie_labels.get(answer["voie"], answer["voie"])}, "metier": answer["metier"]}
                if answer["voie"]
                else None,
                "motivation": answer["motivation"],
                "notice": family.MSG_AVIS_NOTICE,
            }
            if published
            else None,
            "acknowledgement": acknowledgement,
            "acknowledgementPending": pending,
            "acknowledgementPrompt": {
                "instruction": family.MSG_ACK_REQUIRED,
                "checkboxLabel": family.MSG_ACK_CHECKBOX,
                "contactHint": family.MSG_ACK_CONTACT,
                "leaveWarning": family.MSG_ACK_LEAVE_WARNING,
            }
            if pending and ack_blocker is None
            else None,
            "viewer": {
                "isEnteringGuardian": hand.has_it(c["entering"], account_id),
                "someoneHasTheHand": hand.someone_has_it(c["entering"]),
                "canEditIntentions": edit_blocker is None,
                "editBlocker": {"code": edit_blocker.code, "message": edit_blocker.message} if edit_blocker else None,
                "canAcknowledge": pending and ack_blocker is None,
                "acknowledgeBlocker": {"code": ack_blocker.code, "message": ack_blocker.message} if ack_blocker and pending else None,
                "readOnlyMessage": hand.read_only_message(role, account_id, c["entering"]),
            },
        },
    }


async def _no_reset(conn: asyncpg.Connection) -> None:
    return None


def create_app() -> Any:
    url = os.environ["DATABASE_URL"].replace("postgresql+asyncpg://", "postgresql://")
    secret = os.environ["TOKEN_SECRET"]
    key = jwt.PyJWK.from_dict(
        {"kty": "oct", "k": jwt.utils.base64url_encode(secret.encode()).decode(), "alg": "HS256"}
    )
    state: dict[str, Any] = {}

    async def startup() -> None:
        # No reset query when a connection goes back to the pool (asyncpg's default costs a
        # round trip per page); nothing here leaves session state behind.
        pool = await asyncpg.create_pool(url, min_size=2, max_size=10, reset=_no_reset)
        state["pool"] = pool
        async with pool.acquire() as conn:
            state["voies"] = {r["code"]: r["label"] for r in await conn.fetch("SELECT code, label FROM voie")}

    async def respond(send: Any, status: int, body: bytes) -> None:
        await send({"type": "http.response.start", "status": status, "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await startup()
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await state["pool"].close()
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["path"] == "/health":
            await respond(send, 200, b'{"status":"ok"}')
            return
        more = True
        while more:  # the body (the query) is not read: this endpoint serves one page
            more = (await receive()).get("more_body", False)
        authorization = dict(scope["headers"]).get(b"authorization", b"").decode()
        try:
            claims = jwt.decode(
                authorization.partition(" ")[2], key, algorithms=["HS256"], issuer=LOCAL_ISSUER,
                options={"require": ["exp", "sub", "iss"]},
            )
        except jwt.PyJWTError:
            await respond(send, 401, UNAUTHENTICATED)
            return
        account_id = int(claims["sub"])
        async with state["pool"].acquire() as conn:
            row = await conn.fetchrow(PAGE_SQL, account_id, claims.get("sid"))
        if not row["live"]:
            await respond(send, 401, UNAUTHENTICATED)
            return
        now = dt.datetime.now(dt.timezone.utc)
        children = [child_json(c, account_id, state["voies"], now) for c in json.loads(row["children"] or "[]")]
        body = {"data": {"me": {"children": children}, "unreadNotificationCount": row["unread"]}}
        await respond(send, 200, json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode())

    return app
