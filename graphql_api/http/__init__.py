"""ASGI pieces around the GraphQL endpoint: request ids, access log, timeout, metrics, limits."""
