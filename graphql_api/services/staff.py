"""The head's administration of the establishment: delegation of rights, scanned signature."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from ..db.models import Account, Division, Etablissement, PrincipalTeacher
from ..domain.events import HeadRightsGranted, HeadRightsWithdrawn, SignatureUploaded
from ..domain.errors import DomainError
from ..domain.signature import check_signature
from ..domain.vocabulary import Role, StaffFunction
from ..policy import Action, Principal, Target, require, require_authenticated
from ..domain.texts import errors as texts
from . import events
from .clock import utcnow



@dataclass
class StaffMember:
    account: Account
    pp_divisions: list[str]


async def _etablissement(session: AsyncSession, principal: Principal | None, action: Action) -> tuple[Principal, Etablissement]:
    principal = require_authenticated(principal)
    etab = await session.get(Etablissement, principal.etablissement_id) if principal.etablissement_id else None
    target = Target(etablissement_id=etab.id if etab else -1, academie_id=etab.academie_id if etab else None)
    return require(principal, action, target), etab  # type: ignore[return-value]


async def staff_members(session: AsyncSession, principal: Principal | None) -> list[StaffMember]:
    """Staff of the head's establishment, with the divisions each one is PP of (from STS)."""
    principal, etab = await _etablissement(session, principal, Action.MANAGE_DELEGATION)
    accounts = (
        await session.execute(
            select(Account)
            .where(Account.etablissement_id == etab.id, Account.role == Role.STAFF.value)
            .order_by(Account.last_name, Account.first_name, Account.id)
        )
    ).scalars().all()
    divisions: dict[int, list[str]] = {}
    for account_id, code in await session.execute(
        select(PrincipalTeacher.account_id, Division.code)
        .join(Division, Division.id == PrincipalTeacher.division_id)
        .where(Division.etablissement_id == etab.id)
        .order_by(Division.code)
    ):
        divisions.setdefault(account_id, []).append(code)
    return [StaffMember(a, divisions.get(a.id, [])) for a in accounts]


async def set_delegation(session: AsyncSession, principal: Principal | None, account_id: int, delegated: bool) -> Account:
    """The head grants (or withdraws) the head's rights on every class to a named member of staff."""
    principal, etab = await _etablissement(session, principal, Action.MANAGE_DELEGATION)
    account = (
        await session.execute(select(Account).where(Account.id == account_id).with_for_update())
    ).scalar_one_or_none()
    if account is None or account.etablissement_id != etab.id or account.role != Role.STAFF.value:
        raise DomainError.of("NOT_FOUND", texts.STAFF_NOT_IN_YOUR_SCHOOL, "accountId")
    if account.staff_function == StaffFunction.HEAD.value:
        raise DomainError.of(
            "ALREADY_HEAD", texts.ALREADY_HEAD, "accountId"
        )
    if account.delegated == delegated:
        return account
    account.delegated = delegated
    events.record_event(
        session,
        (HeadRightsGranted if delegated else HeadRightsWithdrawn)(
            account_id=account.id, first_name=account.first_name, last_name=account.last_name
        ),
        now=utcnow(),
        principal=principal,
        etablissement_id=etab.id,
        academie_id=etab.academie_id,
        channel="STAFF",
    )
    return account


async def upload_signature(session: AsyncSession, principal: Principal | None, mime: str, body: bytes) -> Etablissement:
    """Store the establishment's scanned signature (printed on the fiches de dialogue)."""
    principal = require_authenticated(principal)
    etab = (
        await session.execute(
            select(Etablissement).where(Etablissement.id == (principal.etablissement_id or -1)).with_for_update()
        )
    ).scalar_one_or_none()
    require(principal, Action.UPLOAD_SIGNATURE, Target(etablissement_id=etab.id if etab else -1))
    assert etab is not None
    etab.signature_mime = check_signature(mime, body)
    etab.signature_image = body
    events.record_event(
        session,
        SignatureUploaded(mime=etab.signature_mime, size=len(body)),
        now=utcnow(),
        principal=principal,
        etablissement_id=etab.id,
        academie_id=etab.academie_id,
        channel="STAFF",
    )
    return etab
