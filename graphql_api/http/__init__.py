"""Plain HTTP endpoints beside /graphql (files in and out)."""
