"""User errors: a stable machine code for front-ends, a French message for families."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class UserError:
    code: str
    message: str
    field: tuple[str | int, ...] = ()


class DomainError(Exception):
    """A rejected request. Raised before anything is written (or inside the transaction, which
    then rolls back), so a rejection never changes anything."""

    def __init__(self, errors: list[UserError] | UserError) -> None:
        self.errors = [errors] if isinstance(errors, UserError) else list(errors)
        super().__init__("; ".join(f"{e.code}: {e.message}" for e in self.errors))

    @classmethod
    def of(cls, code: str, message: str, *field: str | int) -> "DomainError":
        return cls(UserError(code, message, tuple(field)))


@dataclass
class ErrorList:
    """Collects every problem of an input so the family can fix them all at once."""

    errors: list[UserError] = field(default_factory=list)

    def add(self, code: str, message: str, *field: str | int) -> None:
        self.errors.append(UserError(code, message, tuple(field)))

    def raise_if_any(self) -> None:
        if self.errors:
            raise DomainError(self.errors)


# Messages shared by several rules; codes are part of the API contract (see README).
NOT_FOUND = ("NOT_FOUND", "Élève introuvable ou non accessible avec ce compte.")
UNAUTHENTICATED = ("UNAUTHENTICATED", "Vous devez être connecté pour effectuer cette action.")
FORBIDDEN = ("FORBIDDEN", "Votre compte ne permet pas d'effectuer cette action.")
