"""The schema: per-domain Query/Mutation classes merged into one root each.

A new domain adds its classes to the tuples below and a rule per operation to the policy.
"""
import functools
from typing import Optional

import strawberry
from graphql.validation import NoSchemaIntrospectionCustomRule
from strawberry.extensions import (
    AddValidationRules,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    ParserCache,
    QueryDepthLimiter,
    ValidationCache,
)
from strawberry.tools import merge_types
from strawberry.types import Info

from ..config import Settings
from ..domain.vocabulary import Palier
from ..services import reference
from .accounts.mutations import AccountMutation, resolve_me
from .accounts.types import Viewer
from .base import Connection
from .context import PerOperationLoaders
from .enums import PalierEnum
from .errors import ErrorPolicy
from .notifications.resolvers import NotificationMutation, resolve_notifications, resolve_unread_count
from .notifications.types import Notice
from .procedure.mutations import ProcedureMutation
from .pupils.resolvers import resolve_pupil, resolve_pupils
from .pupils.types import Pupil, Voie
from .subscriptions import Subscription


@strawberry.type
class AccountQuery:
    me: Optional[Viewer] = strawberry.field(resolver=resolve_me, description="The logged-in account (null when anonymous).")


@strawberry.type
class PupilQuery:
    pupil: Optional[Pupil] = strawberry.field(resolver=resolve_pupil, description="A pupil the viewer may see, else null.")
    pupils: Connection[Pupil] = strawberry.field(resolver=resolve_pupils)


@strawberry.type
class NomenclatureQuery:
    @strawberry.field(description="Voies that may be requested from a palier, in display order.")
    async def voies(self, info: Info, palier: PalierEnum) -> list[Voie]:
        from sqlalchemy import select

        from ..db.models import Voie as VoieRow

        async with info.context.loaders.read() as session:
            rows = (
                await session.execute(
                    select(VoieRow).where(VoieRow.palier == Palier(palier).value, VoieRow.active.is_(True)).order_by(VoieRow.rank)
                )
            ).scalars()
            infos = await reference.voies(session)
            return [Voie.of(infos[r.code]) for r in rows]


@strawberry.type
class NotificationQuery:
    notifications: Connection[Notice] = strawberry.field(resolver=resolve_notifications)
    unread_notification_count: int = strawberry.field(resolver=resolve_unread_count)


Query = merge_types("Query", (AccountQuery, PupilQuery, NomenclatureQuery, NotificationQuery))
Mutation = merge_types("Mutation", (AccountMutation, ProcedureMutation, NotificationMutation))


def _rules_built_once(limiter: AddValidationRules):  # type: ignore[no-untyped-def]
    """The limiter's rule classes, made once per schema: a limiter constructed per request
    makes new rule classes each time, so ValidationCache (keyed on them) never hit."""
    return functools.partial(AddValidationRules, list(limiter.validation_rules))


def build_schema(settings: Optional[Settings] = None) -> strawberry.Schema:
    depth = settings.max_query_depth if settings else 12
    aliases = settings.max_aliases if settings else 30
    extensions = [
        PerOperationLoaders,
        ErrorPolicy,
        functools.partial(ParserCache, maxsize=512),
        functools.partial(ValidationCache, maxsize=512),
        _rules_built_once(QueryDepthLimiter(max_depth=depth)),
        _rules_built_once(MaxAliasesLimiter(max_alias_count=aliases)),
        functools.partial(MaxTokensLimiter, max_token_count=2000),
    ]
    if settings is not None and settings.production:
        extensions.append(functools.partial(AddValidationRules, [NoSchemaIntrospectionCustomRule]))
    return strawberry.Schema(query=Query, mutation=Mutation, subscription=Subscription, extensions=extensions)


schema = build_schema()
