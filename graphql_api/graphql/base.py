"""Shared GraphQL pieces: opaque IDs, user errors, payload helper, Relay connections."""
import base64
import binascii
import logging
from collections.abc import Awaitable, Callable
from typing import Generic, Optional, TypeVar

import strawberry

from ..db import outage
from ..domain.error_codes import ErrorCode
from ..domain.errors import DomainError, UserError as DomainUserError
from .enums import ErrorCodeEnum
from ..domain.texts import errors as texts

log = logging.getLogger("graphql_api.mutations")
T = TypeVar("T")


def encode_id(type_name: str, pk: int | str) -> strawberry.ID:
    return strawberry.ID(base64.urlsafe_b64encode(f"{type_name}:{pk}".encode()).decode().rstrip("="))


def decode_id(type_name: str, value: str | None) -> int | None:
    """The primary key behind an opaque ID of the given type, or None if it is not one."""
    if not value:
        return None
    try:
        raw = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    prefix, _, pk = raw.partition(":")
    if prefix != type_name or not pk.isdigit() or len(pk) > 18:
        return None
    return int(pk)


def require_id(type_name: str, value: str, field: str = "id") -> int:
    pk = decode_id(type_name, value)
    if pk is None:
        from ..domain.errors import NOT_FOUND

        code, message = NOT_FOUND if type_name == "Pupil" else ("NOT_FOUND", texts.ITEM_NOT_FOUND)
        raise DomainError(DomainUserError(code, message, (field,)))
    return pk


@strawberry.type(name="UserError", description="A rejected input: nothing was changed.")
class UserErrorType:
    field: list[str] = strawberry.field(description="Path of the input field at fault, e.g. ['intentions', '2', 'metier'].")
    code: ErrorCodeEnum = strawberry.field(description="Stable machine code (see README).")
    message: str = strawberry.field(description="Message in French, ready to show to the family.")

    @classmethod
    def from_domain(cls, error: DomainUserError) -> "UserErrorType":
        return cls(field=[str(part) for part in error.field], code=error_code(error.code), message=error.message)


def error_code(code: str) -> ErrorCode:
    """The declared code; an undeclared one (a bug tests/structure/test_error_codes.py catches) is
    logged and answered as INTERNAL_ERROR rather than breaking the enum's contract."""
    try:
        return ErrorCode(code)
    except ValueError:
        log.error("undeclared error code %s: declare it in graphql_api/domain/error_codes.py", code)
        return ErrorCode.INTERNAL_ERROR


async def run_mutation(action: Callable[[], Awaitable[T]]) -> tuple[T | None, list[UserErrorType]]:
    """Run a use case: user errors come back as a list; anything unexpected is logged and masked."""
    try:
        return await action(), []
    except DomainError as exc:
        return None, [UserErrorType.from_domain(e) for e in exc.errors]
    except Exception as exc:  # noqa: BLE001 - masked on purpose, logged with its stack
        if outage.is_unavailable(exc):
            raise  # the operation answers SERVICE_UNAVAILABLE (503) and its transaction rolls back
        log.exception("mutation failed")
        return None, [
            UserErrorType(
                field=[],
                code=ErrorCode.INTERNAL_ERROR,
                message=texts.INTERNAL_ERROR_NOTHING_SAVED,
            )
        ]


@strawberry.type
class PageInfo:
    has_next_page: bool
    has_previous_page: bool
    start_cursor: Optional[str]
    end_cursor: Optional[str]


@strawberry.type
class Edge(Generic[T]):
    cursor: str
    node: T


@strawberry.type
class Connection(Generic[T]):
    edges: list[Edge[T]]
    page_info: PageInfo
    total_count: int

    @strawberry.field
    def nodes(self) -> list[T]:
        return [edge.node for edge in self.edges]


def page_of(edges: list[Edge[T]], *, has_next: bool, has_previous: bool, total: int) -> Connection[T]:
    """A Relay page whose start and end cursors are those of its first and last edges."""
    return Connection(
        edges=edges,
        page_info=PageInfo(
            has_next_page=has_next,
            has_previous_page=has_previous,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
        total_count=total,
    )


def encode_cursor(pk: int) -> str:
    return base64.urlsafe_b64encode(f"c:{pk}".encode()).decode().rstrip("=")


def decode_cursor(value: str | None) -> int | None:
    if not value:
        return None
    try:
        raw = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise DomainError(DomainUserError("INVALID_CURSOR", texts.INVALID_CURSOR, ("after",)))
    prefix, _, pk = raw.partition(":")
    if prefix != "c" or not pk.isdigit():
        raise DomainError(DomainUserError("INVALID_CURSOR", texts.INVALID_CURSOR, ("after",)))
    return int(pk)


def page_size(first: int | None, maximum: int, default: int = 20) -> int:
    if first is None:
        return min(default, maximum)
    if first < 0 or first > maximum:
        raise DomainError(
            DomainUserError("INVALID_PAGE_SIZE", texts.invalid_page_size(0, maximum), ("first",))
        )
    return first


