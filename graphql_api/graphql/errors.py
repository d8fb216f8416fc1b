"""Errors outside mutation payloads: domain errors keep their code, anything else is masked."""
import logging

from typing import Any

import strawberry
from graphql.error import GraphQLError
from strawberry.extensions import MaskErrors

from ..db import outage
from ..domain.errors import DomainError

log = logging.getLogger("graphql_api.errors")


def _is_expected(error: GraphQLError) -> bool:
    """Parse and validation errors, and input values that cannot be coerced (graphql-core and
    Strawberry raise those as GraphQLError on purpose): about the request, safe to show."""
    return error.original_error is None or isinstance(error.original_error, GraphQLError)


class ErrorPolicy(MaskErrors):
    def __init__(self) -> None:
        super().__init__(should_mask_error=lambda e: not _is_expected(e), error_message="Erreur interne.")

    def anonymise_error(self, error: GraphQLError) -> GraphQLError:
        original = error.original_error
        if isinstance(original, DomainError):
            first = original.errors[0]
            extensions = {"code": first.code}
            if first.field:
                extensions["field"] = [str(part) for part in first.field]
            return GraphQLError(first.message, nodes=error.nodes, positions=error.positions, path=error.path, extensions=extensions)
        if outage.is_unavailable(original):
            log.warning("database unavailable in %s: %s", ".".join(map(str, error.path or [])), type(original).__name__)
            return GraphQLError(
                outage.MESSAGE, nodes=error.nodes, positions=error.positions, path=error.path, extensions={"code": outage.CODE}
            )
        log.error("unexpected error in %s", ".".join(map(str, error.path or [])), exc_info=original)
        return GraphQLError(
            "Une erreur technique est survenue. Veuillez réessayer.",
            nodes=error.nodes,
            positions=error.positions,
            path=error.path,
            extensions={"code": "INTERNAL_ERROR"},
        )


class Schema(strawberry.Schema):
    def process_errors(self, errors: list[GraphQLError], execution_context: Any = None) -> None:
        """Strawberry would log every error with the query text, which may quote a password or a
        name; ErrorPolicy already logs the unexpected ones, the rest are the client's mistakes."""
