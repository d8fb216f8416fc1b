"""Staff administration: the members of staff and the delegation of the head's rights."""
from typing import Optional

import strawberry
from strawberry.types import Info

from ...services.transaction import committed

from ...services import staff
from ..base import UserErrorType, encode_id, require_id, run_mutation


@strawberry.type
class StaffMember:
    id: strawberry.ID
    first_name: str
    last_name: str
    staff_function: Optional[str]
    delegated: bool = strawberry.field(description="Has the head's rights on every class.")
    pp_divisions: list[str] = strawberry.field(description="Divisions this person is PP of (timetable export).")

    @classmethod
    def of(cls, member: staff.StaffMember) -> "StaffMember":
        a = member.account
        return cls(
            id=encode_id("Account", a.id),
            first_name=a.first_name,
            last_name=a.last_name,
            staff_function=a.staff_function,
            delegated=a.delegated,
            pp_divisions=member.pp_divisions,
        )


@strawberry.input
class SetDelegationInput:
    account_id: strawberry.ID
    delegated: bool = strawberry.field(description="true grants the head's rights, false withdraws them.")


@strawberry.type
class SetDelegationPayload:
    member: Optional[StaffMember]
    errors: list[UserErrorType]


async def resolve_staff_members(info: Info) -> list[StaffMember]:
    """Head only: the staff of the establishment (to choose whom to delegate to)."""
    async with info.context.runtime.db.read() as session:
        return [StaffMember.of(m) for m in await staff.staff_members(session, info.context.principal)]


@strawberry.type
class StaffQuery:
    staff_members: list[StaffMember] = strawberry.field(resolver=resolve_staff_members)


@strawberry.type
class StaffMutation:
    @strawberry.mutation(description="The head grants or withdraws the head's rights to a named member of staff.")
    async def set_delegation(self, info: Info, input: SetDelegationInput) -> SetDelegationPayload:
        context = info.context

        async def action() -> staff.StaffMember:
            pk = require_id("Account", input.account_id, "accountId")
            await committed(context.runtime, staff.set_delegation, context.principal, pk, input.delegated)
            async with context.runtime.db.read() as session:
                return next(m for m in await staff.staff_members(session, context.principal) if m.account.id == pk)

        member, errors = await run_mutation(action)
        return SetDelegationPayload(member=StaffMember.of(member) if member else None, errors=errors)
