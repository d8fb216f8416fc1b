"""Application services: one transaction per use case, domain checks inside, event in the outbox."""
