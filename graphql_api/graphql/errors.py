"""Errors outside mutation payloads: domain errors keep their code, anything else is masked."""
import logging
import re
from typing import Any

import strawberry
from graphql.error import GraphQLError
from strawberry.extensions import MaskErrors

from ..db import outage
from ..domain.errors import DomainError
from ..domain.texts import errors as texts

log = logging.getLogger("graphql_api.errors")
# graphql-core appends " Did you mean …?" to unknown fields, arguments, types, enum values and
# input fields, on several paths (validation, literal and variable coercion).
_SUGGESTION = re.compile(r"\s*Did you mean\b.*?\?(?=\s|$)", re.S)


def without_suggestions(message: str) -> str:
    return _SUGGESTION.sub("", message)


def _is_expected(error: GraphQLError) -> bool:
    """Parse and validation errors, and input values that cannot be coerced (graphql-core and
    Strawberry raise those as GraphQLError on purpose): about the request, safe to show."""
    return error.original_error is None or isinstance(error.original_error, GraphQLError)


class ErrorPolicy(MaskErrors):
    """`hide_suggestions` (production): no error names what the schema holds."""

    def __init__(self, hide_suggestions: bool = False) -> None:
        super().__init__(should_mask_error=lambda e: not _is_expected(e), error_message="Erreur interne.")
        self.hide_suggestions = hide_suggestions

    def _process_errors(self, errors: list[GraphQLError]) -> list[GraphQLError]:
        processed = super()._process_errors(errors)
        if not self.hide_suggestions:
            return processed
        return [self._hide(error) for error in processed]

    @staticmethod
    def _hide(error: GraphQLError) -> GraphQLError:
        message = without_suggestions(error.message)
        if message == error.message:
            return error
        return GraphQLError(
            message,
            nodes=error.nodes,
            source=error.source,
            positions=error.positions,
            path=error.path,
            original_error=error.original_error,
            extensions=error.extensions,
        )

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
            texts.INTERNAL_ERROR,
            nodes=error.nodes,
            positions=error.positions,
            path=error.path,
            extensions={"code": "INTERNAL_ERROR"},
        )


class Schema(strawberry.Schema):
    def process_errors(self, errors: list[GraphQLError], execution_context: Any = None) -> None:
        """Strawberry would log every error with the query text, which may quote a password or a
        name; ErrorPolicy already logs the unexpected ones, the rest are the client's mistakes."""
