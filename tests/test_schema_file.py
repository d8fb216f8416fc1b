"""schema.graphql is exported from the code; regenerate it with the command below when this fails."""
from pathlib import Path

from graphql_api.graphql.schema import schema

EXPORT = "strawberry export-schema graphql_api.graphql.schema:schema --output schema.graphql"


def test_schema_file_matches_code():
    on_disk = (Path(__file__).parent.parent / "schema.graphql").read_text(encoding="utf-8")
    assert on_disk.strip() == schema.as_str().strip(), f"schema.graphql is stale: run `{EXPORT}`"
