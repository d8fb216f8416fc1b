"""The staff read log: after an operation in which a member of staff loaded pupils' files,
one row per pupil (who, which pupil, when, which operation), recorded by services/read_audit.py."""
from __future__ import annotations

from collections.abc import AsyncIterator

from graphql.language import FieldNode, OperationDefinitionNode
from strawberry.extensions import SchemaExtension

from ..services import read_audit
from ..services.transaction import written


def operation_label(execution_context) -> str:  # type: ignore[no-untyped-def]
    """The operation's name, else its root fields (`query pupils,me`)."""
    name = execution_context.operation_name
    if name:
        return name[:100]
    document = execution_context.graphql_document
    for definition in document.definitions if document else ():
        if isinstance(definition, OperationDefinitionNode):
            fields = ",".join(s.name.value for s in definition.selection_set.selections if isinstance(s, FieldNode))
            return f"{definition.operation.value} {fields}"[:100]
    return "unknown"


class ReadAudit(SchemaExtension):
    async def on_operation(self) -> AsyncIterator[None]:
        yield
        context = self.execution_context.context
        principal = getattr(context, "principal", None)
        loaders = getattr(context, "loaders", None)
        if principal is None or not principal.is_staff or loaders is None or not loaders.read_pupils:
            return
        operation = operation_label(self.execution_context)
        await written(context.runtime.db, read_audit.record_reads, principal, loaders.read_pupils, operation)
