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
    QueryDepthLimiter,
)
from strawberry.schema.config import StrawberryConfig
from strawberry.tools import merge_types
from strawberry.types import Info

from ..config import Settings
from ..domain.vocabulary import Palier
from ..metrics import OperationMetrics
from ..services import reference
from .accounts.mutations import AccountMutation, resolve_me
from .accounts.types import Viewer
from .base import Connection
from .compiled import Plans, executor_class
from .context import PerOperationLoaders
from .documents import BoundedDocuments
from .enums import PalierEnum
from .guide_texts import GuideQuery
from .identity_cache import IdentityCache
from .notifications.operations import (
    AcademieNoticeMutation,
    resolve_academie_notices,
    resolve_backlog,
    resolve_failed_mails,
)
from .errors import ErrorPolicy, Schema
from .inputs import NulCharacterGuard
from .idempotency import OperationTransactionExtension
from .limits import QueryCostLimiter, WriteRateLimit
from .notifications.resolvers import NotificationMutation, resolve_notifications, resolve_unread_count
from .notifications.types import AcademieNotice, FailedMail, Notice, NotificationBacklog
from .procedure.avis import AvisMutation
from .procedure.calendar import CalendarMutation
from .procedure.intentions import IntentionsMutation
from .procedure.teleservice import TeleserviceMutation
from .procedure.parameters import ParametersMutation, ParametersQuery
from .procedure.choices import ChoicesMutation
from .procedure.decision import DecisionMutation
from .procedure.passerelle import PasserelleMutation
from .procedure.proposition import PropositionMutation
from .procedure.pupil_status import PupilStatusMutation
from .pupils.resolvers import resolve_pupil, resolve_pupils
from .pupils.types import Pupil, Voie
from .staff.mutations import StaffMutation, StaffQuery
from .read_audit import ReadAudit
from .staff.etablissements import EtablissementsQuery
from .staff.statistics import StatisticsQuery
from .procedure.campaigns import CampaignMutation, CampaignQuery
from .scalars import SCALAR_OVERRIDES
from .subscriptions import Subscription
from .validation import DocumentValidationCache


@strawberry.type
class AccountQuery:
    me: Optional[Viewer] = strawberry.field(resolver=resolve_me, description="The logged-in account (null when anonymous).")


@strawberry.type
class PupilQuery:
    pupil: Optional[Pupil] = strawberry.field(resolver=resolve_pupil, description="A pupil the viewer may see, else null.")
    pupils: Connection[Pupil] = strawberry.field(resolver=resolve_pupils)


@strawberry.type
class NomenclatureQuery:
    @strawberry.field(
        description="Voies that may be requested from a palier, in display order (the passerelle to the voie "
        "professionnelle only where the viewer's académie allows it)."
    )
    async def voies(self, info: Info, palier: PalierEnum) -> list[Voie]:
        async with info.context.loaders.read() as session:
            academie = await reference.viewer_academie(session, info.context.principal)
            return [Voie.of(v) for v in await reference.requestable_voies(session, Palier(palier), academie)]


@strawberry.type
class NotificationQuery:
    notifications: Connection[Notice] = strawberry.field(resolver=resolve_notifications)
    unread_notification_count: int = strawberry.field(resolver=resolve_unread_count)


@strawberry.type
class NotificationOperationsQuery:
    failed_mails: Connection[FailedMail] = strawberry.field(
        resolver=resolve_failed_mails, description="Staff: mails refused for good for pupils in scope, with the reason."
    )
    notification_backlog: NotificationBacklog = strawberry.field(
        resolver=resolve_backlog, description="Académie administrator: what the dispatcher and mail sender still owe."
    )
    academie_notices: list[AcademieNotice] = strawberry.field(resolver=resolve_academie_notices)


Query = merge_types(
    "Query",
    (AccountQuery, PupilQuery, NomenclatureQuery, NotificationQuery, NotificationOperationsQuery, GuideQuery, ParametersQuery, StaffQuery, StatisticsQuery,
     EtablissementsQuery, CampaignQuery),
)
Mutation = merge_types(
    "Mutation",
    (AccountMutation, IntentionsMutation, AvisMutation, TeleserviceMutation, CalendarMutation, NotificationMutation, AcademieNoticeMutation,
     ChoicesMutation, PropositionMutation, DecisionMutation, PasserelleMutation, PupilStatusMutation, ParametersMutation, StaffMutation,
     CampaignMutation),
)


def _rules_built_once(limiter: AddValidationRules):  # type: ignore[no-untyped-def]
    """The limiter's rule classes, made once per schema: a limiter constructed per request
    makes new rule classes each time, so ValidationCache (keyed on them) never hit."""
    return functools.partial(AddValidationRules, list(limiter.validation_rules))


def build_schema(settings: Optional[Settings] = None) -> strawberry.Schema:
    settings = settings or Settings()
    extensions = [
        PerOperationLoaders,
        functools.partial(ErrorPolicy, hide_suggestions=settings.production),
        OperationMetrics,
        ReadAudit,
        functools.partial(
            BoundedDocuments, max_bytes=settings.max_query_bytes, cache_max_bytes=settings.document_cache_max_bytes
        ),
        functools.partial(
            DocumentValidationCache, results=IdentityCache(maxsize=512), cache_max_bytes=settings.document_cache_max_bytes
        ),
        _rules_built_once(QueryDepthLimiter(max_depth=settings.max_query_depth)),
        _rules_built_once(MaxAliasesLimiter(max_alias_count=settings.max_aliases)),
        functools.partial(MaxTokensLimiter, max_token_count=settings.max_tokens),
        NulCharacterGuard,
        functools.partial(QueryCostLimiter, max_cost=settings.max_query_cost),
        functools.partial(WriteRateLimit, max_fields=settings.max_mutation_fields),
        OperationTransactionExtension,
    ]
    if settings.production:
        extensions.append(functools.partial(AddValidationRules, [NoSchemaIntrospectionCustomRule]))
    return Schema(
        query=Query,
        mutation=Mutation,
        subscription=Subscription,
        extensions=extensions,
        scalar_overrides=SCALAR_OVERRIDES,
        config=StrawberryConfig(disable_field_suggestions=settings.production),
        execution_context_class=executor_class(Plans(settings.compiled_execution)),
    )


schema = build_schema()
