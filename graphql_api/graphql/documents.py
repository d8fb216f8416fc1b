"""Documents: bounded before parsing, cached only when small.

A query text over MAX_QUERY_BYTES is refused before the parser sees it (DOCUMENT_TOO_LARGE). A
text up to DOCUMENT_CACHE_MAX_BYTES is parsed once and cached (the same document object for the
same text, which the validation and compiled-plan caches key on); a larger one is parsed for
this request only, without locations, so nothing cached keeps its text alive."""
from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from typing import Any

from graphql import GraphQLError
from graphql.language.parser import parse
from strawberry.extensions import SchemaExtension
from ..domain.texts import errors as texts

CODE = "DOCUMENT_TOO_LARGE"


@functools.cache
def parse_cache(maxsize: int) -> Callable[..., Any]:
    """One LRU per size, shared by every request of every schema built with it."""
    return functools.lru_cache(maxsize=maxsize)(parse)


def cacheable(query: str | None, cache_max_bytes: int) -> bool:
    return query is not None and len(query) <= cache_max_bytes


class BoundedDocuments(SchemaExtension):
    def __init__(self, *, max_bytes: int, cache_max_bytes: int, maxsize: int = 512) -> None:
        self.max_bytes = max_bytes
        self.cache_max_bytes = cache_max_bytes
        self.cached_parse = parse_cache(maxsize)

    def on_parse(self) -> Iterator[None]:
        ctx = self.execution_context
        query = ctx.query or ""
        # characters, then bytes: a text of N characters has at least N bytes
        if len(query) > self.max_bytes or len(query.encode("utf-8", "surrogatepass")) > self.max_bytes:
            raise GraphQLError(
                texts.document_too_large(self.max_bytes), extensions={"code": CODE}
            )
        if cacheable(query, self.cache_max_bytes):
            ctx.graphql_document = self.cached_parse(query, **ctx.parse_options)
        else:
            ctx.graphql_document = parse(query, **{**ctx.parse_options, "no_location": True})
        yield
