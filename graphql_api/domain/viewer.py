"""What the viewer of a pupil's file sees and may do: the visibility rules of the file (drafts,
other people's entries, prompts) and the rights it shows with their "why not". The GraphQL
layer (graphql/pupils/) only maps these answers to its types."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .calendar import CampaignStatus
from .choices import choices_blocker
from .decision import Phase2Facts, disagreement_blocker, family_appeal_blocker, family_maintien_blocker
from .errors import UserError
from .family import FileFacts, acknowledgement_blocker, intentions_blocker
from .proposition import answer_blocker
from .vocabulary import Role


def council_answer_visible(published: bool, staff: bool) -> bool:
    """An avis or a proposition is seen by families once published; staff see the draft."""
    return published or staff


def disagreement_visible(staff: bool, author_id: int | None, viewer_id: int) -> bool:
    """A guardian's disagreement is seen by staff and by the guardian who recorded it."""
    return staff or author_id == viewer_id


def differs_from_first_choice(first_choice: tuple[str, str | None] | None, proposition: tuple[str, str | None]) -> bool:
    """The proposition differs from the family's first choice (voie and série): it is motivated then."""
    return first_choice is not None and first_choice != proposition


@dataclass(frozen=True)
class ProvisionalRights:
    """The viewer's rights on phase 1; a blocker is shown only where the step is open to it."""

    acknowledgement_pending: bool  # avis published, not yet acknowledged: the front-end warns before leaving
    edit_blocker: UserError | None
    acknowledge_blocker: UserError | None

    @property
    def can_edit_intentions(self) -> bool:
        return self.edit_blocker is None

    @property
    def can_acknowledge(self) -> bool:
        return self.acknowledgement_pending and self.acknowledge_blocker is None

    @property
    def shows_acknowledgement_prompt(self) -> bool:
        return self.can_acknowledge


def provisional_rights(role: Role, account_id: int, facts: FileFacts, campaign: CampaignStatus) -> ProvisionalRights:
    pending = bool(facts.avis_published and not facts.acknowledged_at)
    return ProvisionalRights(
        acknowledgement_pending=pending,
        edit_blocker=intentions_blocker(role, account_id, facts, campaign),
        acknowledge_blocker=acknowledgement_blocker(role, account_id, facts, campaign) if pending else None,
    )


@dataclass(frozen=True)
class DefinitiveRights:
    """The viewer's rights on phase 2, each with its "why not" (shown once the step exists)."""

    can_enter_choices: bool
    choices_blocker: UserError | None
    can_answer_proposition: bool
    answer_blocker: UserError | None
    can_appeal: bool
    appeal_blocker: UserError | None
    can_request_maintien: bool
    maintien_blocker: UserError | None
    can_record_disagreement: bool
    disagreement_blocker: UserError | None


def definitive_rights(role: Role, account_id: int, facts: Phase2Facts, campaign: CampaignStatus, today: dt.date) -> DefinitiveRights:
    choices = choices_blocker(role, account_id, facts, campaign)
    answer = answer_blocker(role, account_id, facts, campaign)
    appeal = family_appeal_blocker(role, account_id, facts, today)
    maintien = family_maintien_blocker(role, account_id, facts)
    disagreement = disagreement_blocker(role, account_id, facts)
    return DefinitiveRights(
        can_enter_choices=choices is None,
        choices_blocker=choices,
        can_answer_proposition=answer is None,
        answer_blocker=answer if facts.proposition_published else None,
        can_appeal=appeal is None,
        appeal_blocker=appeal if facts.decided else None,
        can_request_maintien=maintien is None,
        maintien_blocker=maintien if facts.decided else None,
        can_record_disagreement=disagreement is None and role is Role.GUARDIAN,
        disagreement_blocker=disagreement,
    )
