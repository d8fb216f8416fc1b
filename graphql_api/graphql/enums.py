"""GraphQL enums mirror the domain vocabulary."""
import strawberry

from ..domain.calendar import CampaignState
from ..domain.error_codes import ErrorCode
from ..domain.vocabulary import AvisValue, Channel, Palier, Phase, Role

PalierEnum = strawberry.enum(Palier, name="Palier")
PhaseEnum = strawberry.enum(Phase, name="Phase")
RoleEnum = strawberry.enum(Role, name="Role")
AvisValueEnum = strawberry.enum(AvisValue, name="AvisValue")
ChannelEnum = strawberry.enum(Channel, name="Channel")
CampaignStateEnum = strawberry.enum(CampaignState, name="CampaignState")
ErrorCodeEnum = strawberry.enum(
    ErrorCode,
    name="ErrorCode",
    description="Stable machine code of a rejected input or request (meanings: README, Error codes).",
)
