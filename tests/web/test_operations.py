"""The front-end's operations (web/operations/*.graphql) against the exported schema: a schema
change that breaks one fails here, and the manifest the server trusts is the files' own."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from graphql import build_schema, parse, validate

from graphql_api.trusted_documents import MANIFEST_PATH, WEB_DIR, build_manifest, document_hash, load_documents, manifest_text, read_operations

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = build_schema((ROOT / "schema.graphql").read_text())
OPERATIONS = read_operations()


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.name)
def test_operation_is_valid_against_schema_graphql(operation):
    errors = validate(SCHEMA, parse(operation.body))
    assert not errors, [e.message for e in errors]


def test_manifest_is_up_to_date_and_lists_every_operation_by_sha256():
    assert MANIFEST_PATH.read_text() == manifest_text(build_manifest()), "run: python -m graphql_api operations"
    documents = load_documents()
    assert set(documents) == {document_hash(op.body) for op in OPERATIONS}
    assert all(re.fullmatch(r"[0-9a-f]{64}", key) for key in documents)


def test_every_operation_the_scripts_send_is_in_the_manifest_and_every_file_is_used():
    names = {op.name for op in OPERATIONS}
    sent = set()
    for script in (WEB_DIR / "js").glob("*.js"):
        text = script.read_text()
        sent |= set(re.findall(r"(?:request|subscribe|mutate|save)\((?:\s*form,)?\s*\"([A-Za-z]+)\"", text))
    assert sent - names == set(), "scripts send operations that are not in web/operations"
    assert names - sent == set(), "operations no script sends"


def test_a_broken_operation_is_reported(tmp_path):
    (tmp_path / "Broken.graphql").write_text("query Broken { me { noSuchField } }\n")
    (op,) = read_operations(tmp_path)
    assert validate(SCHEMA, parse(op.body))
    (tmp_path / "Other.graphql").write_text("query Wrong { me { id } }\n")
    with pytest.raises(ValueError, match="Wrong.graphql"):
        read_operations(tmp_path)
