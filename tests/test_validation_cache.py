"""The validation cache must hit for a repeated operation, and the limits it caches must hold."""
import functools

from graphql_api.graphql.schema import build_schema
from graphql_api.graphql.validation import DocumentValidationCache

DEEP = "{ me { children { orientation { provisionalAvis { items { request { voie { code } } } } } } } }"


async def test_repeated_operation_is_validated_once(settings):
    schema = build_schema(settings)
    cache = next(
        e.keywords["results"] for e in schema.extensions if isinstance(e, functools.partial) and e.func is DocumentValidationCache
    )
    query = "query Cached { unreadNotificationCount __typename }"
    await schema.execute(query)
    assert (cache.hits, cache.misses) == (0, 1)
    await schema.execute(query)
    assert (cache.hits, cache.misses) == (1, 1)
    await schema.execute("query Other { __typename }")  # another text: validated on its own
    assert (cache.hits, cache.misses) == (1, 2)


async def test_depth_and_alias_limits_still_apply_from_the_cache(settings):
    schema = build_schema(settings.__class__(**{**settings.__dict__, "max_query_depth": 4, "max_aliases": 2}))
    for _ in range(2):  # the second answer comes from the cache
        deep = await schema.execute(DEEP)
        assert deep.data is None and "exceeds maximum operation depth" in deep.errors[0].message
        aliased = await schema.execute("{ a: __typename b: __typename c: __typename }")
        assert aliased.data is None and "aliases" in aliased.errors[0].message
