"""The hand: the first guardian to validate (or acknowledge, or answer) becomes the only family
member who writes in the téléservice until the school releases it; the other guardian and the
pupil read. One place for who may write and for the read-only message the guide shows.

Taking and releasing the hand are writes: services/hand.py (claim_hand, release_hand).
"""
from __future__ import annotations

from .family import MSG_OTHER_GUARDIAN, MSG_PUPIL_CANNOT_WRITE
from .vocabulary import Role


def someone_has_it(entering_guardian_id: int | None) -> bool:
    return entering_guardian_id is not None


def has_it(entering_guardian_id: int | None, account_id: int) -> bool:
    return entering_guardian_id == account_id


def other_guardian_has_it(entering_guardian_id: int | None, account_id: int) -> bool:
    """Another guardian took the hand: this one may read, not write."""
    return entering_guardian_id not in (None, account_id)


def may_take_it(entering_guardian_id: int | None, account_id: int) -> bool:
    """Free, or already this guardian's (validating again keeps it)."""
    return not other_guardian_has_it(entering_guardian_id, account_id)


def read_only_message(role: Role, account_id: int, entering_guardian_id: int | None) -> str | None:
    """The guide's message to a family member who can only read, or None if they may write."""
    if role is Role.PUPIL:
        return MSG_PUPIL_CANNOT_WRITE
    if role is Role.GUARDIAN and other_guardian_has_it(entering_guardian_id, account_id):
        return MSG_OTHER_GUARDIAN
    return None
