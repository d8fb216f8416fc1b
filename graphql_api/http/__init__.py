"""Plain HTTP endpoints and ASGI pieces around /graphql: files in and out, request ids, access log,
timeout, metrics, limits."""
