"""The GraphQL face: a thin layer over services, per domain (types, resolvers, mutations)."""
