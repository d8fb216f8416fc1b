"""No NUL character in any string that enters: PostgreSQL refuses it in text (the request
ended as INTERNAL_ERROR), and no name, login or métier has one. Checked once per operation on
the document's string literals and on the variables (HTTP and WebSocket), and on the query
string of the HTTP exports (http/exports.py)."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from graphql import ExecutionResult, GraphQLError
from graphql.language import DocumentNode, StringValueNode, Visitor, visit
from strawberry.extensions import SchemaExtension
from ..domain.texts import errors as texts

CODE = "INVALID_CHARACTER"
MESSAGE = texts.INVALID_CHARACTER
NUL = "\x00"


def has_nul(value: Any) -> bool:
    """Strings anywhere in a JSON value (keys too), without recursion."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if NUL in item:
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)):
            stack.extend(item)
    return False


class _Literals(Visitor):
    found = False

    def enter_string_value(self, node: StringValueNode, *_: Any) -> Any:
        if NUL in node.value:
            self.found = True
            return Visitor.BREAK
        return None


def document_has_nul(document: DocumentNode) -> bool:
    visitor = _Literals()
    visit(document, visitor)
    return visitor.found


class NulCharacterGuard(SchemaExtension):
    def on_execute(self) -> Iterator[None]:
        ctx = self.execution_context
        if ctx.result is None and ctx.graphql_document is not None:
            if has_nul(ctx.variables) or has_nul(ctx.operation_name) or document_has_nul(ctx.graphql_document):
                ctx.result = ExecutionResult(data=None, errors=[GraphQLError(MESSAGE, extensions={"code": CODE})])
        yield
