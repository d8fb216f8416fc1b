import datetime as dt
from typing import Optional

import strawberry
from strawberry.types import Info

from ...db.models import Account, Etablissement as EtabRow
from ...policy import Principal
from ...domain.vocabulary import Role
from ..base import UserErrorType, encode_id
from ..enums import RoleEnum
from ..pupils.resolvers import pupil_loader
from ..pupils.types import Etablissement, Pupil


@strawberry.type
class Viewer:
    id: strawberry.ID
    role: RoleEnum
    staff_function: Optional[str]
    delegated: bool
    first_name: str
    last_name: str
    email: Optional[str]
    _account_id: strawberry.Private[int]
    _etablissement_id: strawberry.Private[Optional[int]]

    @strawberry.field(description="Guardian: their children. Pupil: themselves. Staff: none (use `pupils`).")
    async def children(self, info: Info) -> list[Pupil]:
        principal = info.context.principal
        ids: list[int] = []
        if principal is None or principal.account_id != self._account_id:
            return []  # only the viewer's own children, under the viewer's own session
        if principal.role is Role.GUARDIAN:
            # The guardianships the token check read, the same ones the policy's scope uses.
            ids = sorted(principal.child_ids)
        elif principal.role is Role.PUPIL and principal.pupil_id:
            ids = [principal.pupil_id]
        pupils = await pupil_loader(info.context.loaders).load_many(ids)
        return [p for p in pupils if p is not None]

    @strawberry.field
    async def etablissement(self, info: Info) -> Optional[Etablissement]:
        if self._etablissement_id is None:
            return None
        async with info.context.loaders.read() as session:
            row = await session.get(EtabRow, self._etablissement_id)
        return Etablissement.of(row) if row else None

    @classmethod
    def of_principal(cls, principal: Principal) -> "Viewer":
        profile = principal.profile
        assert profile is not None
        return cls(
            id=encode_id("Account", principal.account_id),
            role=principal.role,
            staff_function=principal.staff_function.value if principal.staff_function else None,
            delegated=principal.delegated,
            first_name=profile.first_name,
            last_name=profile.last_name,
            email=profile.email,
            _account_id=principal.account_id,
            _etablissement_id=principal.etablissement_id,
        )

    @classmethod
    def of(cls, account: Account) -> "Viewer":
        return cls(
            id=encode_id("Account", account.id),
            role=Role(account.role),
            staff_function=account.staff_function,
            delegated=account.delegated,
            first_name=account.first_name,
            last_name=account.last_name,
            email=account.email,
            _account_id=account.id,
            _etablissement_id=account.etablissement_id,
        )


@strawberry.type
class LoginPayload:
    token: Optional[str]
    expires_at: Optional[dt.datetime]
    viewer: Optional[Viewer]
    errors: list[UserErrorType]
