"""The rules of the procédure d'orientation, free of GraphQL, HTTP and SQL."""
