"""Query cost limit (Saleor's model): every field costs 1, and what is selected under a
paginated field costs as many times as the page asked (`first`, literal or variable; the
default page when absent). Variables are taken as execution will see them: coerced, with the
operation's default values (`query($n: Int = 100)` sent without variables costs 100 pages).
Depth, alias and token limits are Strawberry's extensions (see schema.py); this one runs after
validation, when the variables are known. Writes: each mutation field counts against the
write rate limit, and a request carries at most MAX_MUTATION_FIELDS of them."""
from __future__ import annotations

import weakref
from collections.abc import Iterator, Mapping
from typing import Any

from graphql import ExecutionResult, GraphQLError, GraphQLSchema
from graphql.execution.values import get_variable_values
from graphql.language import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    VariableNode,
)
from strawberry.extensions import SchemaExtension
from ..domain.texts import errors as texts

PAGE_ARGUMENT = "first"
DEFAULT_PAGE = 20  # graphql/base.page_size's default


def _page(field: FieldNode, variables: Mapping[str, Any]) -> int:
    for argument in field.arguments or ():
        if argument.name.value != PAGE_ARGUMENT:
            continue
        value = argument.value
        if isinstance(value, IntValueNode):
            return max(int(value.value), 0)
        if isinstance(value, VariableNode):
            given = variables.get(value.name.value)
            return max(int(given), 0) if isinstance(given, int) else DEFAULT_PAGE
        return DEFAULT_PAGE
    return 1


def _cost(
    selection_set: SelectionSetNode | None,
    fragments: Mapping[str, FragmentDefinitionNode],
    variables: Mapping[str, Any],
    seen: frozenset[str],
) -> int:
    if selection_set is None:
        return 0
    total = 0
    for selection in selection_set.selections:
        if isinstance(selection, FieldNode):
            children = _cost(selection.selection_set, fragments, variables, seen)
            total += 1 + _page(selection, variables) * children
        elif isinstance(selection, InlineFragmentNode):
            total += _cost(selection.selection_set, fragments, variables, seen)
        elif isinstance(selection, FragmentSpreadNode):
            name = selection.name.value
            if name in fragments and name not in seen:
                total += _cost(fragments[name].selection_set, fragments, variables, seen | {name})
    return total


def _operation(document: DocumentNode, operation_name: str | None) -> OperationDefinitionNode | None:
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    chosen = [o for o in operations if operation_name is None or (o.name and o.name.value == operation_name)]
    return chosen[0] if chosen else None  # none: graphql-core reports the unknown operation itself


def _fragments(document: DocumentNode) -> dict[str, FragmentDefinitionNode]:
    return {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}


def coerced_variables(schema: GraphQLSchema | None, operation: OperationDefinitionNode, variables: Mapping[str, Any] | None) -> Mapping[str, Any]:
    """The values execution will use: given ones coerced, absent ones from their default."""
    if schema is not None:
        result = get_variable_values(schema, operation.variable_definitions or (), dict(variables or {}))
        coerced = getattr(result, "coerced", None)
        if isinstance(coerced, Mapping):
            return coerced
    values = dict(variables or {})  # invalid variables (execution refuses them): defaults still count
    for definition in operation.variable_definitions or ():
        name = definition.variable.name.value
        if name not in values and isinstance(definition.default_value, IntValueNode):
            values[name] = int(definition.default_value.value)
    return values


def operation_cost(
    document: DocumentNode, operation_name: str | None, variables: Mapping[str, Any] | None, schema: GraphQLSchema | None = None
) -> int:
    operation = _operation(document, operation_name)
    if operation is None:
        return 0
    if operation.variable_definitions:
        return _cost(operation.selection_set, _fragments(document), coerced_variables(schema, operation, variables), frozenset())
    # Without variables the cost is the document's own: counted once per cached document
    # (the validation cache hands back the same DocumentNode for the same text).
    entry = _CONSTANT_COSTS.get(id(document))
    if entry is None or entry[0]() is not document:
        key = id(document)
        entry = _CONSTANT_COSTS[key] = (weakref.ref(document, lambda _ref: _CONSTANT_COSTS.pop(key, None)), {})
    known = entry[1]
    cost = known.get(operation_name)
    if cost is None:
        cost = known[operation_name] = _cost(operation.selection_set, _fragments(document), {}, frozenset())
    return cost


# By the document's identity: AST nodes are frozen dataclasses whose hash walks the whole tree.
_CONSTANT_COSTS: dict[int, tuple["weakref.ref[DocumentNode]", dict[str | None, int]]] = {}


def root_field_count(document: DocumentNode, operation_name: str | None) -> int:
    """Fields at the root of the operation, through fragments (aliases count one each)."""
    operation = _operation(document, operation_name)
    if operation is None:
        return 0
    fragments = _fragments(document)

    def count(selection_set: SelectionSetNode, seen: frozenset[str]) -> int:
        total = 0
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                total += 1 if selection.name.value != "__typename" else 0
            elif isinstance(selection, InlineFragmentNode):
                total += count(selection.selection_set, seen)
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                if name in fragments and name not in seen:
                    total += count(fragments[name].selection_set, seen | {name})
        return total

    return count(operation.selection_set, frozenset())


class QueryCostLimiter(SchemaExtension):
    def __init__(self, *, max_cost: int) -> None:
        self.max_cost = max_cost

    def on_execute(self) -> Iterator[None]:
        ctx = self.execution_context
        if ctx.graphql_document is not None and ctx.result is None:
            cost = operation_cost(ctx.graphql_document, ctx.operation_name, ctx.variables, ctx.schema._schema)
            if cost > self.max_cost:
                ctx.result = ExecutionResult(
                    data=None,
                    errors=[
                        GraphQLError(
                            texts.query_too_complex(cost, self.max_cost),
                            extensions={"code": "QUERY_TOO_COMPLEX", "cost": cost, "maxCost": self.max_cost},
                        )
                    ],
                )
        yield


class WriteRateLimit(SchemaExtension):
    """Mutations by a logged-in account go through the runtime's rate limiter (ratelimit.py),
    each mutation field counted; more than `max_fields` in one request are refused outright."""

    def __init__(self, *, max_fields: int = 10) -> None:
        self.max_fields = max_fields

    async def on_execute(self):  # type: ignore[no-untyped-def]
        from strawberry.types.graphql import OperationType

        from ..ratelimit import CODE, MESSAGE

        ctx = self.execution_context
        context = ctx.context
        principal = getattr(context, "principal", None)
        writes = 1
        if ctx.result is None and ctx.graphql_document is not None and ctx.operation_type is OperationType.MUTATION:
            writes = root_field_count(ctx.graphql_document, ctx.operation_name)
            if writes > self.max_fields:
                ctx.result = ExecutionResult(
                    data=None,
                    errors=[
                        GraphQLError(
                            texts.too_many_mutations(writes, self.max_fields),
                            extensions={"code": "TOO_MANY_MUTATIONS"},
                        )
                    ],
                )
                yield
                return
        if ctx.result is None and principal is not None and ctx.operation_type is OperationType.MUTATION:
            try:
                allowed = await context.runtime.rate_limiter.allow(principal.account_id, max(writes, 1))
            except Exception as exc:
                from ..db import outage
                from .idempotency import unavailable

                if not outage.is_unavailable(exc):
                    raise
                ctx.result, allowed = unavailable(), True  # the database limiter cannot count: 503, nothing runs
            if not allowed:
                ctx.result = ExecutionResult(data=None, errors=[GraphQLError(MESSAGE, extensions={"code": CODE})])
                response = getattr(context, "response", None)
                if response is not None and hasattr(response, "status_code"):
                    response.status_code = 429
                    response.headers["Retry-After"] = str(int(context.runtime.settings.write_rate_window_seconds))
        yield
