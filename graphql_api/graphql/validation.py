"""Validation cached by document identity.

Strawberry's ValidationCache keys an lru_cache on the parsed document, so every request hashes
the whole syntax tree (≈ 6 % of a family page). ParserCache already returns the same document
object for the same query text, so this cache keys on that object's identity (and the rule
classes), keeping the document in the entry so its id cannot be reused while cached."""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator
from typing import Any

from graphql import GraphQLError
from strawberry.extensions import SchemaExtension


class ValidationResults:
    """Shared by every request of one schema (the extension is built per request)."""

    def __init__(self, maxsize: int = 512) -> None:
        self.maxsize = maxsize
        self._entries: OrderedDict[tuple[int, tuple[Any, ...]], tuple[Any, list[GraphQLError]]] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def validated(self, schema: Any, document: Any, rules: tuple[Any, ...]) -> list[GraphQLError]:
        from strawberry.schema.schema import validate_document

        key = (id(document), rules)
        entry = self._entries.get(key)
        if entry is not None and entry[0] is document:
            self._entries.move_to_end(key)
            self.hits += 1
            return entry[1]
        self.misses += 1
        errors = validate_document(schema, document, rules)
        self._entries[key] = (document, errors)
        while len(self._entries) > self.maxsize:
            self._entries.popitem(last=False)
        return errors


class DocumentValidationCache(SchemaExtension):
    def __init__(self, *, results: ValidationResults) -> None:
        self.results = results

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        context.pre_execution_errors = self.results.validated(
            context.schema._schema, context.graphql_document, tuple(context.validation_rules)
        )
        yield
