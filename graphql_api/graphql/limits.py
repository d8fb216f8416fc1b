"""Query cost limit (Saleor's model): every field costs 1, and what is selected under a
paginated field costs as many times as the page asked (`first`, literal or variable; the
default page when absent). Depth, alias and token limits are Strawberry's extensions
(see schema.py); this one runs after validation, when the variables are known."""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from graphql import ExecutionResult, GraphQLError
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


def operation_cost(document: DocumentNode, operation_name: str | None, variables: Mapping[str, Any] | None) -> int:
    fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    chosen = [o for o in operations if operation_name is None or (o.name and o.name.value == operation_name)]
    if not chosen:
        return 0  # graphql-core reports the unknown operation itself
    return _cost(chosen[0].selection_set, fragments, variables or {}, frozenset())


class QueryCostLimiter(SchemaExtension):
    def __init__(self, *, max_cost: int) -> None:
        self.max_cost = max_cost

    def on_execute(self) -> Iterator[None]:
        ctx = self.execution_context
        if ctx.graphql_document is not None and ctx.result is None:
            cost = operation_cost(ctx.graphql_document, ctx.operation_name, ctx.variables)
            if cost > self.max_cost:
                ctx.result = ExecutionResult(
                    data=None,
                    errors=[
                        GraphQLError(
                            f"Requête trop coûteuse ({cost} > {self.max_cost}) : demandez moins d'éléments par page ou moins de champs.",
                            extensions={"code": "QUERY_TOO_COMPLEX", "cost": cost, "maxCost": self.max_cost},
                        )
                    ],
                )
        yield


class WriteRateLimit(SchemaExtension):
    """Mutations by a logged-in account go through the runtime's rate limiter (ratelimit.py)."""

    async def on_execute(self):  # type: ignore[no-untyped-def]
        from strawberry.types.graphql import OperationType

        from ..ratelimit import CODE, MESSAGE

        ctx = self.execution_context
        context = ctx.context
        principal = getattr(context, "principal", None)
        if ctx.result is None and principal is not None and ctx.operation_type is OperationType.MUTATION:
            try:
                allowed = await context.runtime.rate_limiter.allow(principal.account_id)
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
