"""Académie notices as plain rules: which requests they concern, when the reminder is due."""
import datetime as dt

import pytest

from graphql_api.domain.errors import DomainError
from graphql_api.domain.notices import NoticeTarget, check_notice, concerned, reminder_due


def test_target_matches_voie_and_optional_serie():
    stmt = NoticeTarget("1TECHNO", "STHR")
    assert concerned(stmt, [{"voie": "2GT"}, {"voie": "1TECHNO", "serie": "STHR"}])
    assert not concerned(stmt, [{"voie": "1TECHNO", "serie": "STI2D"}])
    assert concerned(NoticeTarget("1TECHNO"), [{"voie": "1TECHNO", "serie": "STI2D"}])
    assert not concerned(NoticeTarget("2GT"), [])


def test_reminder_window_includes_deadline_day_only_before_it():
    deadline = dt.date(2027, 4, 10)
    assert not reminder_due(deadline, 3, dt.date(2027, 4, 6))
    assert reminder_due(deadline, 3, dt.date(2027, 4, 7))
    assert reminder_due(deadline, 3, deadline)
    assert not reminder_due(deadline, 3, dt.date(2027, 4, 11))
    assert not reminder_due(None, 3, deadline)


@pytest.mark.parametrize(
    ("title", "body", "deadline", "days", "code"),
    [
        ("", "texte", None, 3, "INVALID_TITLE"),
        ("x" * 151, "texte", None, 3, "INVALID_TITLE"),
        ("Titre", " ", None, 3, "INVALID_BODY"),
        ("Titre", "texte", dt.date(2027, 1, 1), 3, "INVALID_DATE"),
        ("Titre", "texte", None, 31, "INVALID_REMINDER"),
    ],
)
def test_invalid_notice_is_refused(title, body, deadline, days, code):
    with pytest.raises(DomainError) as error:
        check_notice(title, body, deadline, days, dt.date(2027, 2, 1))
    assert [e.code for e in error.value.errors] == [code]


def test_valid_notice_passes():
    check_notice("Dossier STD2A", "Envoyer le dossier.", dt.date(2027, 3, 1), 5, dt.date(2027, 2, 1))
