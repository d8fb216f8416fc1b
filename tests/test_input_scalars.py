"""A Date or DateTime that does not parse is refused without the Python parser's message."""
import pytest

PAPER_ACK = "mutation($id: ID!, $on: Date!) { recordPaperAcknowledgement(input: {pupilId: $id, receivedOn: $on}) { errors { code } } }"
WINDOW = 'mutation { setPhaseWindow(input: {palier: TROISIEME, phase: DEFINITIVE, startsAt: "%s", endsAt: "2030-01-01T00:00:00+00:00"}) { errors { code } } }'


@pytest.mark.parametrize("value", ["2026-13-45", "demain", "", "9" * 30])
async def test_bad_dates_are_refused_without_parser_details(client, value):
    variables = await client.execute(PAPER_ACK, {"id": "UHVwaWw6MQ", "on": value})
    literal = await client.execute(WINDOW % value)
    for body in (variables, literal):
        (error,) = body["errors"]
        assert "cannot represent a Date" in error["message"], error
        assert error["message"].rstrip().endswith(f'"{value}".') or error["message"].endswith("."), error
        for python_detail in ("isoformat", "ISO string", "month must be", "out of range", "Error"):
            assert python_detail not in error["message"], error


async def test_variables_of_the_wrong_type_are_request_errors_not_internal_ones(client):
    await client.login("chef.aubrac")
    body = await client.execute("query($n: Int) { pupils(first: $n) { totalCount } }", {"n": "vingt"}, as_="chef.aubrac")
    (error,) = body["errors"]
    assert "Int cannot represent" in error["message"] and (error.get("extensions") or {}).get("code") != "INTERNAL_ERROR", error
