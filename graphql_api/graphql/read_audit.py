"""The staff read log: after an operation in which a member of staff loaded pupils' files,
one row per pupil (who, which pupil, when, which operation), written in one statement."""
from __future__ import annotations

from collections.abc import AsyncIterator

from graphql.language import FieldNode, OperationDefinitionNode
from sqlalchemy import insert
from strawberry.extensions import SchemaExtension

from ..db.models_ops import ReadAuditEntry
from ..services.clock import utcnow


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
        now = utcnow()
        operation = operation_label(self.execution_context)
        rows = [
            {"at": now, "account_id": principal.account_id, "pupil_id": pupil_id, "etablissement_id": etab, "operation": operation}
            for pupil_id, etab in loaders.read_pupils.items()
        ]
        async with context.runtime.db.write() as session:
            await session.execute(insert(ReadAuditEntry), rows)
