"""Error codes are a contract with front-ends: every code the source can answer is declared in
graphql_api/domain/error_codes.py (and so in the GraphQL enum ErrorCode), and the README's table
is the one generated from that catalog."""
from __future__ import annotations

import ast
import re
from pathlib import Path

from graphql_api.domain.error_codes import GROUPS, ErrorCode, is_declared, with_table

ROOT = Path(__file__).resolve().parents[2]
CODE = re.compile(r"^[A-Z][A-Z0-9_]+$")
# Calls whose first argument (or ``code=``) is an error code.
ERROR_CALLS = {"UserError", "DomainUserError", "UserErrorType", "Blocker", "AuthError", "of", "add"}


def _constants(node: ast.AST | None) -> list[str]:
    """The string constants an expression may evaluate to (``"A" if x else "B"`` gives both)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _constants(node.body) + _constants(node.orelse)
    return []


def codes_in(source: str) -> set[str]:
    """Every error code a module can raise or answer, read from its syntax tree:
    ``UserError("X", …)``, ``DomainError.of("X", …)``, ``errors.add("X", …)``, ``code="X"``,
    ``{"code": "X"}``, ``("X", "message …")`` constants and ``…CODE = "X"`` assignments."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name in ERROR_CALLS:
                # ``of``/``add`` take (code, message, …): a one-argument .add() is a set's.
                if node.args and (name not in ("of", "add") or len(node.args) >= 2):
                    found.update(_constants(node.args[0]))
                for keyword in node.keywords:
                    if keyword.arg == "code":
                        found.update(_constants(keyword.value))
        elif isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values):
                if isinstance(key, ast.Constant) and key.value == "code":
                    found.update(_constants(value))
        elif isinstance(node, ast.Tuple) and len(node.elts) == 2:
            first, second = (_constants(e) for e in node.elts)
            if first and second and CODE.match(first[0]) and " " in second[0]:
                found.add(first[0])
        elif isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and (t.id == "CODE" or t.id.endswith("_CODE")) for t in node.targets
        ):
            found.update(_constants(node.value))
    return {code for code in found if CODE.match(code)}


def source_codes() -> dict[str, list[str]]:
    where: dict[str, list[str]] = {}
    for package in ("graphql_api", "notifications"):
        for path in sorted((ROOT / package).rglob("*.py")):
            for code in codes_in(path.read_text(encoding="utf-8")):
                where.setdefault(code, []).append(str(path.relative_to(ROOT)))
    return where


def test_the_scan_sees_every_way_of_raising_a_code() -> None:
    source = '''
raise DomainError.of("A_CODE", "Un message.", "field")
errors.add("B_CODE" if x else "C_CODE", "Un message.")
seen.add("NOT_AN_ERROR")
UserError(code="D_CODE", message="m")
GraphQLError("m", extensions={"code": "E_CODE"})
NOT_THERE = ("F_CODE", "Un message pour les gens.")
CODE = "G_CODE"
'''
    assert codes_in(source) == {"A_CODE", "B_CODE", "C_CODE", "D_CODE", "E_CODE", "F_CODE", "G_CODE"}


def test_every_code_raised_is_declared() -> None:
    undeclared = {code: files for code, files in source_codes().items() if not is_declared(code)}
    assert not undeclared, f"add these codes to graphql_api/domain/error_codes.py: {undeclared}"


def test_every_declared_code_is_in_one_readme_row() -> None:
    rows = [code for codes, _ in GROUPS for code in codes]
    assert sorted(rows) == sorted(ErrorCode) and len(rows) == len(set(rows))
    assert all(member.name == member.value for member in ErrorCode)


def test_readme_table_is_generated_from_the_catalog() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme == with_table(readme), "run: python -m graphql_api.domain.error_codes --write README.md"


def test_graphql_enum_declares_every_code() -> None:
    from graphql_api.graphql.schema import build_schema

    enum = build_schema()._schema.type_map["ErrorCode"]
    assert set(enum.values) == {member.value for member in ErrorCode}
    user_error = build_schema()._schema.type_map["UserError"]
    assert str(user_error.fields["code"].type) == "ErrorCode!"
