"""Domain rules of the staff tools, tested directly (no database, no HTTP)."""
import datetime as dt
import io

import pytest
from PIL import Image

from graphql_api.domain import siecle
from graphql_api.domain.errors import DomainError
from graphql_api.domain.signature import MAX_SIGNATURE_BYTES, check_signature


def test_pupil_record_accepts_and_rejects_with_reasons():
    ok = siecle.pupil_record(
        {"ID_NATIONAL": " 120456789kl ", "NOM_DE_FAMILLE": "DUPUIS", "NOM_USAGE": "DUPUIS  ROCHE", "PRENOM": "Noé",
         "DATE_NAISS": "12/03/2011", "CODE_MEF": "10310019110", "DATE_SORTIE": "2027-01-15"}, "7")  # fmt: skip
    assert ok == siecle.PupilRecord("7", "120456789KL", "DUPUIS ROCHE", "Noé", dt.date(2011, 3, 12), "10310019110", dt.date(2027, 1, 15))
    base = {"ID_NATIONAL": "120456789KL", "NOM_DE_FAMILLE": "A", "PRENOM": "B", "DATE_NAISS": "01/01/2011", "CODE_MEF": "103"}
    for change, reason in [
        ({"ID_NATIONAL": ""}, "INE (ID_NATIONAL) absent"),
        ({"ID_NATIONAL": "12-45"}, "mal formé"),
        ({"PRENOM": None}, "Nom ou prénom absent"),
        ({"DATE_NAISS": "30/02/2011"}, "illisible"),
        ({"DATE_NAISS": ""}, "DATE_NAISS"),
        ({"CODE_MEF": " "}, "Code MEF absent"),
    ]:
        rejected = siecle.pupil_record({**base, **change}, "9")
        assert isinstance(rejected, siecle.Rejection) and reason in rejected.reason, change


def test_paliers_of_mefs_and_guardian_levels():
    assert siecle.palier_of_mef("10310019110") == ("3EME", False)
    assert siecle.palier_of_mef("16710001110") == ("3EME", True)
    assert siecle.palier_of_mef("99999999999", "3EME SEGPA") == ("3EME", True)
    assert siecle.palier_of_mef("20010018110") == ("2NDE_GT", False)
    assert siecle.palier_of_mef("10010012110", "6EME") == (None, False)
    assert siecle.guardian_link({"ELEVE_ID": "1", "PERSONNE_ID": "2", "NIVEAU_RESPONSABILITE": "1"}) == siecle.GuardianLink("1", "2", 1)
    assert siecle.guardian_link({"ELEVE_ID": "1", "PERSONNE_ID": "2", "NIVEAU_RESPONSABILITE": "2"}) is None
    assert isinstance(siecle.guardian_link({"ELEVE_ID": "1", "RESP_LEGAL": "1"}), siecle.Rejection)


def test_changes_only_lists_what_differs():
    assert siecle.changes({"a": 1, "b": "x", "c": None}, {"a": 1, "b": "y", "c": None}) == {"b": "y"}
    assert siecle.same_school("0750001u", " 0750001U ") and not siecle.same_school("0750001U", None)


def _png(size=(40, 20)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, "white").save(out, "PNG")
    return out.getvalue()


def test_signature_checks_type_by_content_and_size():
    assert check_signature("image/png", _png()) == "image/png"
    jpeg = io.BytesIO()
    Image.new("RGB", (10, 10)).save(jpeg, "JPEG")
    assert check_signature("image/jpeg", jpeg.getvalue()) == "image/jpeg"
    for mime, body, code in [
        ("image/jpeg", _png(), "SIGNATURE_TYPE"),  # renamed file
        ("image/png", b"GIF89a....", "SIGNATURE_TYPE"),
        ("image/png", b"", "SIGNATURE_EMPTY"),
        ("image/png", _png()[:40], "SIGNATURE_UNREADABLE"),
        ("image/png", b"\x89PNG\r\n\x1a\n" + b"0" * MAX_SIGNATURE_BYTES, "SIGNATURE_TOO_LARGE"),
    ]:
        with pytest.raises(DomainError) as caught:
            check_signature(mime, body)
        assert caught.value.errors[0].code == code


def test_both_legal_guardians_and_only_them():
    from graphql_api.domain import siecle

    base = {"ELEVE_ID": "1", "PERSONNE_ID": "9"}
    assert siecle.guardian_link({**base, "RESP_LEGAL": "1", "NIVEAU_RESPONSABILITE": "1"}) == siecle.GuardianLink("1", "9", 1)
    assert siecle.guardian_link({**base, "RESP_LEGAL": "2", "NIVEAU_RESPONSABILITE": "1"}) == siecle.GuardianLink("1", "9", 2)
    assert siecle.guardian_link({**base, "RESP_LEGAL": "0", "NIVEAU_RESPONSABILITE": "3"}) is None
    assert siecle.guardian_link({**base, "NIVEAU_RESPONSABILITE": "1"}) == siecle.GuardianLink("1", "9", 1)
    assert siecle.guardian_link({**base, "NIVEAU_RESPONSABILITE": "2"}) is None
    with pytest.raises(siecle.UnknownLayout, match="RESP_LEGAL attendu"):
        siecle.guardian_link({**base, "LIEN": "1"})


def test_classes_years_and_pp_periods():
    import datetime as dt

    from graphql_api.domain import siecle

    assert siecle.is_class("3A", "D") and not siecle.is_class("3A", "G")
    assert not siecle.is_class("Inactifs", "D") and not siecle.is_class(" INACTIFS ", "d") and not siecle.is_class("", "D")
    assert siecle.school_year("2026") == 2026 and siecle.school_year("2026-2027") == 2026 and siecle.school_year("") is None
    assert siecle.school_year_of(dt.date(2027, 3, 1)) == 2026 and siecle.school_year_of(dt.date(2026, 8, 25)) == 2026
    assert siecle.wrong_year(2026, 2026) is None
    assert "2025-2026" in siecle.wrong_year(2025, 2026) and "2026-2027" in siecle.wrong_year(2025, 2026)
    assert "ANNEE_SCOLAIRE" in siecle.wrong_year(None, 2026)
    assert siecle.pp_active(None, dt.date(2026, 9, 1)) and not siecle.pp_active(dt.date(2026, 8, 31), dt.date(2026, 9, 1))
