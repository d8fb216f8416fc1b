"""The docs print the one table of definitions generated from domain/file_states.py."""
from pathlib import Path

from graphql_api.domain.file_states import definitions_table

ROOT = Path(__file__).parent.parent.parent


def test_staff_tools_and_procedure_docs_carry_the_definitions_table():
    table = definitions_table()
    for name in ("docs/STAFF-TOOLS.md", "docs/PROCEDURE.md"):
        text = (ROOT / name).read_text(encoding="utf-8")
        assert text.count("<!-- definitions:begin") == 1, name
        assert table in text, f"{name}: regenerate the table from graphql_api.domain.file_states.definitions_table()"
