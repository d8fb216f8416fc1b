"""The validation cache must hit for a repeated operation, and the limits it caches must hold."""
from strawberry.extensions.validation_cache import _get_validate_cache

from graphql_api.graphql.schema import build_schema

DEEP = "{ me { children { orientation { provisionalAvis { items { request { voie { code } } } } } } } }"


async def test_repeated_operation_is_validated_once(settings):
    schema = build_schema(settings)
    cache = _get_validate_cache(512)
    query = "query Cached { unreadNotificationCount __typename }"
    await schema.execute(query)
    before = cache.cache_info()
    await schema.execute(query)
    after = cache.cache_info()
    assert after.hits == before.hits + 1
    assert after.misses == before.misses


async def test_depth_and_alias_limits_still_apply_from_the_cache(settings):
    schema = build_schema(settings.__class__(**{**settings.__dict__, "max_query_depth": 4, "max_aliases": 2}))
    for _ in range(2):  # the second answer comes from the cache
        deep = await schema.execute(DEEP)
        assert deep.data is None and "exceeds maximum operation depth" in deep.errors[0].message
        aliased = await schema.execute("{ a: __typename b: __typename c: __typename }")
        assert aliased.data is None and "aliases" in aliased.errors[0].message
