"""A lighter path for the families' live file (`pupilFileUpdates`) over graphql-transport-ws.

Thousands of families hold this one subscription open, each on its own socket. Through
Strawberry's general path each one keeps, for the socket's life, the operation's 13 schema
extensions suspended in their hooks, the stream generators of Strawberry and graphql-core and
the resolver's generator (~175 objects, ~20 KiB), and each push goes through every extension's
result hooks. Here, a document that is exactly such a subscription — one `pupilFileUpdates`
root field with at most its `pupilId` and a null `since`, plain fields below it (no alias,
fragment or directive), within the limits — is served by one loop per socket: the hub
subscription with the family's scope (the same `file_updates_scope` as the resolver: the
policy's family scope and the schools the principal carries), and for each event the same
`FileEvent` executed against the document by graphql-core with the schema's executor; the
`next` payload of one event is encoded once for every socket of the same document.

Anything else — another document, variables that are not IDs, a replay (`since`: it reads the
outbox), a principal outside the family scope or without its children's schools, a pupil that
is not the viewer's child — takes Strawberry's path, which answers it (errors included) as
before. The session check before the operation (app.SessionBoundConnection) and the close of
live operations when the session ends are the connection's, and the same for both paths.
"""
from __future__ import annotations

import json
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from inspect import isawaitable
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    GraphQLError,
    IntValueNode,
    NamedTypeNode,
    NullValueNode,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
    StringValueNode,
    VariableNode,
    execute,
    parse,
    specified_rules,
    validate,
)
from graphql.validation import NoSchemaIntrospectionCustomRule

from ..config import Settings
from ..metrics import record_operation
from ..domain.errors import DomainError
from .errors import ErrorPolicy
from .inputs import document_has_nul, has_nul
from .limits import operation_cost
from .subscriptions import FamilyFilter, file_event, file_updates_scope

FIELD = "pupilFileUpdates"
ARGUMENTS = frozenset({"pupilId", "since"})
PLANS = 256  # documents remembered (eligible or not)
PAYLOADS = 1024  # encoded payloads remembered (one event reaches its sockets within a burst)


@dataclass(frozen=True, eq=False)
class Plan:
    """An eligible document, checked once."""

    document: DocumentNode
    operation_name: str | None
    arguments: dict[str, Any]  # argument name -> its value node (literal or variable)


@dataclass(frozen=True, eq=False)
class LiveOperation:
    plan: Plan
    variables: dict[str, Any] | None
    scope: FamilyFilter


class LiveFileUpdates:
    def __init__(self, schema: Any, settings: Settings) -> None:
        self.schema = schema
        self.settings = settings
        self.errors = ErrorPolicy(hide_suggestions=settings.production)
        self._rules = [*specified_rules, NoSchemaIntrospectionCustomRule]
        self._plans: OrderedDict[tuple[str, str | None], Plan | None] = OrderedDict()
        self._payloads: OrderedDict[tuple[Plan, int, bool], str] = OrderedDict()

    # Which operations ---------------------------------------------------------------------

    def prepare(self, context: Any, query: Any, operation_name: Any, variables: Any) -> LiveOperation | None:
        """The operation, when this path serves it; None: Strawberry's path."""
        principal = getattr(context, "principal", None)
        if principal is None or principal.family_schools is None or not isinstance(query, str):
            return None
        if operation_name is not None and not isinstance(operation_name, str):
            return None
        if variables is not None and (not isinstance(variables, dict) or has_nul(variables)):
            return None
        plan = self._plan(query, operation_name)
        if plan is None:
            return None
        values = {name: _value(node, variables) for name, node in plan.arguments.items()}
        if any(v is _INELIGIBLE for v in values.values()) or values.get("since") is not None:
            return None
        try:
            scope = file_updates_scope(principal, values.get("pupilId"))
        except DomainError:
            return None  # Strawberry's path answers it with the error
        return LiveOperation(plan, variables, scope)

    def _plan(self, query: str, operation_name: str | None) -> Plan | None:
        key = (query, operation_name)
        if key in self._plans:
            self._plans.move_to_end(key)
            return self._plans[key]
        plan = self._check(query, operation_name)
        self._plans[key] = plan
        while len(self._plans) > PLANS:
            self._plans.popitem(last=False)
        return plan

    def _check(self, query: str, operation_name: str | None) -> Plan | None:
        if len(query.encode("utf-8", "surrogatepass")) > self.settings.max_query_bytes or has_nul(operation_name):
            return None
        try:
            document = parse(query, max_tokens=self.settings.max_tokens)
        except GraphQLError:
            return None
        if len(document.definitions) != 1 or document_has_nul(document):
            return None
        operation = document.definitions[0]
        if not isinstance(operation, OperationDefinitionNode) or operation.operation is not OperationType.SUBSCRIPTION:
            return None
        if operation.directives or (operation_name is not None and (operation.name is None or operation.name.value != operation_name)):
            return None
        for definition in operation.variable_definitions or ():
            type_ = definition.type
            if definition.default_value is not None or definition.directives or not (isinstance(type_, NamedTypeNode) and type_.name.value == "ID"):
                return None
        selections = operation.selection_set.selections
        if len(selections) != 1:
            return None
        root = selections[0]
        if not isinstance(root, FieldNode) or root.name.value != FIELD or root.alias is not None or root.directives:
            return None
        arguments = {}
        for argument in root.arguments or ():
            if argument.name.value not in ARGUMENTS or not isinstance(argument.value, (VariableNode, StringValueNode, IntValueNode, NullValueNode)):
                return None
            arguments[argument.name.value] = argument.value
        if root.selection_set is None or not _plain(root.selection_set, self.settings.max_query_depth - 1):
            return None
        if validate(self.schema._schema, document, self._rules):
            return None
        if operation_cost(document, operation_name, {}, self.schema._schema) > self.settings.max_query_cost:
            return None
        return Plan(document, operation_name, arguments)

    # Serving one ------------------------------------------------------------------------------

    async def run(self, live: LiveOperation, context: Any, operation_id: str, send: Callable[[str], Awaitable[None]]) -> None:
        """Until cancelled (the client's `complete`, the socket's or the session's end)."""
        runtime = context.runtime
        principal = context.principal
        scope = live.scope
        started = time.perf_counter()
        prefix = '{"id":' + json.dumps(operation_id) + ',"type":"next","payload":'
        subscription = runtime.hub.subscribe(scope, scope.routes())  # the whole scope at once: nothing to read
        try:
            async for message in subscription:
                if not scope(message):
                    continue
                await send(prefix + await self._payload(live, context, message, principal) + "}")
                del message
        finally:
            subscription.close()
            seconds = time.perf_counter() - started
            name = live.plan.operation_name
            record_operation(runtime, name, "subscription", "ok", seconds, runtime.metrics.operation_label(name))

    async def _payload(self, live: LiveOperation, context: Any, message: dict[str, Any], principal: Any) -> str:
        """The `next` payload of this event for this document, encoded once for its sockets (the
        data depends on the document, the event and whether the viewer is its actor; variables
        only choose the scope)."""
        by_viewer = message.get("actorAccountId") == principal.account_id
        event_id = message.get("id")
        key = (live.plan, event_id, by_viewer) if isinstance(event_id, int) else None
        if key is not None:
            cached = self._payloads.get(key)
            if cached is not None:
                return cached
        result = execute(
            self.schema._schema,
            live.plan.document,
            root_value=file_event(context.runtime, message, principal),
            context_value=context,
            variable_values=live.variables,
            operation_name=live.plan.operation_name,
            executor_class=self.schema.execution_context_class,
        )
        if isawaitable(result):
            result = await result
        payload: dict[str, Any] = {"data": result.data}
        if result.errors:
            payload["errors"] = [e.formatted for e in self.errors._process_errors(list(result.errors))]
            key = None
        text = json.dumps(payload)
        if key is not None:
            self._payloads[key] = text
            while len(self._payloads) > PAYLOADS:
                self._payloads.popitem(last=False)
        return text


_INELIGIBLE = object()


def _value(node: Any, variables: dict[str, Any] | None) -> Any:
    """An ID argument's value as graphql-core coerces it (a string), or _INELIGIBLE."""
    if isinstance(node, VariableNode):
        value = (variables or {}).get(node.name.value)
        if value is None:
            return None
        if isinstance(value, str):
            return value
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        return _INELIGIBLE  # Strawberry's path reports the variable's error
    if isinstance(node, (StringValueNode, IntValueNode)):
        return node.value
    return None  # NullValueNode


def _plain(selection_set: SelectionSetNode, depth: int) -> bool:
    """Fields only (no fragment, alias, directive or argument), at most `depth` levels."""
    if depth <= 0:
        return False
    for selection in selection_set.selections:
        if not isinstance(selection, FieldNode) or selection.alias is not None or selection.directives or selection.arguments:
            return False
        if selection.selection_set is not None and not _plain(selection.selection_set, depth - 1):
            return False
    return True
