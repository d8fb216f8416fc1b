"""Orientation GraphQL server: the procédure d'orientation served as one GraphQL API."""
