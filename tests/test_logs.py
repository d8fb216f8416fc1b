"""Logs are JSON lines with a request id and no personal data, even at DEBUG level."""
from __future__ import annotations

import io
import json
import logging

import httpx
import pytest
from sqlalchemy import select

from graphql_api.app import create_app
from graphql_api.db.models import Account, Pupil
from graphql_api.logs import configure_logging, scrub
from graphql_api.runtime import Runtime
from tests.conftest import GraphQLClient, dispatch, make_settings
from tests.test_smoke_phase1 import VALIDATE, pupil_id

WRONG_PASSWORD = "Mdp-Tres-Secret-42"


@pytest.fixture
def captured():
    root = logging.getLogger()
    saved = (list(root.handlers), root.level)
    stream = io.StringIO()
    configure_logging("DEBUG", "json", stream)
    yield stream
    for handler in list(root.handlers):
        root.removeHandler(handler)
    for handler in saved[0]:
        root.addHandler(handler)
    root.setLevel(saved[1])


async def test_login_and_validation_leave_no_personal_data_in_the_logs(tmp_path, db, demo, smtp_server, captured):
    settings = make_settings(tmp_path, SMTP_PORT=str(smtp_server.port))
    runtime = Runtime(settings, db)
    await runtime.start(workers=False)
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=create_app(settings, runtime)), base_url="http://t") as http:
            client = GraphQLClient(http)
            refused = await client.execute(
                "mutation($l: String!, $p: String!) { login(login: $l, password: $p) { errors { code } } }",
                {"l": "martin.pere", "p": WRONG_PASSWORD},
            )
            assert refused["data"]["login"]["errors"][0]["code"] == "INVALID_CREDENTIALS"
            token = await client.login("martin.pere")
            pid = await pupil_id(client, "martin.pere")
            result = await client.data(VALIDATE, {"id": pid, "items": [{"voie": "2GT"}, {"voie": "2PRO", "metier": "Pâtisserie"}]}, as_="martin.pere")
            assert result["validateIntentions"]["errors"] == []
            # Variables in a GET query string, and an invalid query quoting a name.
            await http.get("/graphql", params={"query": "query($id: ID!) { pupil(id: $id) { firstName } }", "variables": json.dumps({"id": pid})}, headers={"Authorization": f"Bearer {token}"})
            await http.post("/graphql", json={"query": '{ login(login: "martin.mere") }'})
            await client.execute("mutation { logout { ok } }", as_="martin.pere")
            await dispatch(runtime)
            assert await runtime.mail_sender.send_due() >= 1
        assert smtp_server.received  # the recap went out: the mail path ran and logged
    finally:
        await runtime.stop()

    lines = [line for line in captured.getvalue().splitlines() if line.strip()]
    entries = [json.loads(line) for line in lines]  # every line is one JSON object
    assert any(e["logger"] == "graphql_api.access" for e in entries)
    operations = [e for e in entries if e["logger"] == "graphql_api.operations"]
    assert operations and all(len(e["request_id"]) == 32 for e in operations)

    text = captured.getvalue()
    async with db.read() as session:
        people = (await session.execute(select(Account.first_name, Account.last_name, Account.email, Account.login))).all()
        people += (await session.execute(select(Pupil.first_name, Pupil.last_name, Pupil.ine, Pupil.ine))).all()
    demo_data = {value for row in people for value in row if value}
    forbidden = demo_data | {"martin", "Martin", "@famille.localhost", WRONG_PASSWORD, token, token.split(".")[2], "Pâtisserie"}
    leaks = sorted(word for word in forbidden if word in text)
    assert leaks == [], leaks


def test_scrub_redacts_addresses_tokens_and_secrets():
    assert scrub("relay refused <lea.martin@example.fr>") == "relay refused <<email>>"
    assert "abc.def" not in scrub("Authorization: Bearer abc.def")
    assert "eyJhbGciOi" not in scrub("got eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig")
    assert "hunter2" not in scrub("password=hunter2")


def test_exception_text_is_scrubbed(captured):
    try:
        raise ValueError("cannot deliver to lea.martin@example.fr")
    except ValueError:
        logging.getLogger("graphql_api.test").exception("delivery failed")
    entry = json.loads(captured.getvalue().splitlines()[-1])
    assert "lea.martin@example.fr" not in captured.getvalue()
    assert "<email>" in entry["exception"] and entry["message"] == "delivery failed"
