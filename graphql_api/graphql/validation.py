"""Validation cached by document identity.

Strawberry's ValidationCache keys an lru_cache on the parsed document, so every request hashes
the whole syntax tree (≈ 6 % of a family page). ParserCache already returns the same document
object for the same query text, so this cache keys on that object's identity and the rule
classes (identity_cache.py)."""
from __future__ import annotations

from collections.abc import Iterator

from graphql import GraphQLError
from strawberry.extensions import SchemaExtension

from .documents import cacheable
from .identity_cache import IdentityCache


class DocumentValidationCache(SchemaExtension):
    """`results` is shared by every request of one schema (the extension is built per request)."""

    def __init__(self, *, results: IdentityCache[list[GraphQLError]], cache_max_bytes: int = 1 << 62) -> None:
        self.results = results
        self.cache_max_bytes = cache_max_bytes

    def on_validate(self) -> Iterator[None]:
        from strawberry.schema.schema import validate_document

        context = self.execution_context
        document, rules = context.graphql_document, tuple(context.validation_rules)
        if not cacheable(context.query, self.cache_max_bytes):  # a one-off document (documents.py)
            context.pre_execution_errors = validate_document(context.schema._schema, document, rules)
            yield
            return
        context.pre_execution_errors = self.results.get_or_make(
            (document,), rules, lambda: validate_document(context.schema._schema, document, rules)
        )
        yield
