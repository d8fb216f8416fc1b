"""Fixtures of the delivery tests (helpers live in helpers.py)."""
from tests.delivery.helpers import private_redis, processes  # noqa: F401
